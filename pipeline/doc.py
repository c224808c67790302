"""Custom attributes that our components set on spaCy objects (registered once, on import)."""
from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = {
    "roles": None,   # {PER ent start_char: (RoleInfo, ...)}: every position phrase of that mention
    "heads": None,   # {PER ent start_char: ISO3 of the delegation the person heads, or ""}
    "role_mentions": None,  # list[RoleInfo] of positions without a name (глава МИД Омана; Он стал министром)
    "actors": None,  # list[Actor]
    "mention_actor": None,  # {(start_char, end_char): actor key}
    "references": None,  # list[Reference]: actors named without a name of their own (американский лидер)
    "source": None,  # publishing agency named in the text, or None
    "source_role": None,  # (role, organization) of the agency's correspondent, or None
    "events": None,  # list[Event]
    "published": None,  # the article's publication date (ISO) as its reader found it, or None
    "header_end": None,  # where the body starts after the header line (0: none); None: no reader saw the text
}

for _name, _default in DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
