"""A position named without a name (``глава МИД Казахстана``) is the one person of the article who
holds that role class in that country, if there is exactly one.
"""
from __future__ import annotations

from dataclasses import replace

from ..records import Actor
from ..roles.describe import RoleInfo


def link_role_mentions(actors: list[Actor], role_mentions: list[RoleInfo]) -> list[Actor]:
    """A role named without a name (``глава МИД Казахстана``) completes the one person of that role
    class and country: their organisation, or their role when the text gave none."""
    result = list(actors)
    for info in (i for i in role_mentions if i.country):
        matches = [n for n, a in enumerate(result) if a.kind == "person" and a.role_class == info.role_class
                   and a.country == info.country]
        if len(matches) == 1:
            actor = result[matches[0]]
            result[matches[0]] = replace(actor, organization=actor.organization or info.organization,
                                         role=actor.role or info.role)
    return result
