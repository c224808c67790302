"""The Doc contract: the span groups and custom attributes our components set on a spaCy ``Doc``, one name
each (registered once, on import), and how a gazetteer span names its entry."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

if TYPE_CHECKING:
    from .kb.knowledge import Entry, Knowledge

# span groups (doc.spans[...]) and the component that sets each
LAYOUT = "layout"  # layout: the header line, photo credits, boilerplate; natasha_ner adds bylines
TRIGGERS = "triggers"  # triggers: words that name an event (label TRIGGER, id = event type)
GAZETTEER = "gazetteer"  # gazetteer: known names (label = entry kind, id_ = the entry's index)
NESTED_PLACES = "nested_places"  # gazetteer: places inside organisation names
CUES = "cues"  # cues: status, mediator, format, round, head ... cue phrases
SOURCE = "source"  # source: correspondent phrases that name the publishing agency
ROLES = "roles"  # roles: position phrases, for display
TEXT = "text"  # doc.user_data key (tokenizer): the text as decoded, which doc.text may differ from

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
    "syntax": None,  # {token index: (head token index or -1, UD relation)} of the sentences that hold a trigger
    "published": None,  # the article's publication date (ISO) as its reader found it, or None
    "header_end": None,  # where the body starts after the header line (0: none); None: no reader saw the text
}

for _name, _default in DOC_EXTENSIONS.items():
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def entry_of(span: Span, knowledge: Knowledge) -> Entry:
    """The gazetteer entry a span of the gazetteer group names (its ``id_`` is the entry's index)."""
    return knowledge.entries[int(span.id_)][1]
