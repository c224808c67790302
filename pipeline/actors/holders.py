"""A position named without a name (``глава МИД Казахстана``) is the one person of the article who
holds that role class in that country, if there is exactly one.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable

from ..records import Actor
from ..roles.describe import RoleInfo


def sole_holder(actors: Iterable[Actor], role_class: str, country: str) -> Actor | None:
    """The one person among ``actors`` with this role class and country, or None when there is none
    or more than one."""
    holders = [a for a in actors if a.kind == "person" and a.role_class == role_class and a.country == country]
    return holders[0] if len(holders) == 1 else None


def link_role_mentions(actors: list[Actor], role_mentions: list[RoleInfo]) -> list[Actor]:
    """A role named without a name (``глава МИД Казахстана``) completes the one person of that role
    class and country: their organisation, or their role when the text gave none."""
    result = list(actors)
    place = {a.key: n for n, a in enumerate(result)}
    for info in (i for i in role_mentions if i.country):
        actor = sole_holder(result, info.role_class, info.country)
        if actor is not None:
            result[place[actor.key]] = replace(actor, organization=actor.organization or info.organization,
                                               role=actor.role or info.role)
    return result
