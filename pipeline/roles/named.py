"""The positions of each named person: every position phrase around the name, read by the describer,
and the workplace a verb or bracket gives it (``работал в «Газпроме»``, ``Петров (ЛДПР)``); a plural
position before a list of names is each one's (``музыканты А, Б и В``). Names in the layout (header,
byline) have none. Each name looks at the spans near it only (``Scene``'s indexes).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.morph import is_plural
from .describe import Describer, RoleInfo
from .phrases import PhraseFinder
from .scene import Scene
from .text import name_of
from .workplaces import WorkplaceLexicon, workplace


def named_roles(doc: Doc, scene: Scene, finder: PhraseFinder, describer: Describer,
                workplaces: WorkplaceLexicon) -> tuple[dict[int, tuple[RoleInfo, ...]], list[Span]]:
    """({start_char of a PER entity: its positions and workplace}, the spans of those positions)."""
    people, person_tokens = scene.people, scene.person_tokens
    by_start = people.at_start
    starts = set(by_start)
    roles: dict[int, tuple[RoleInfo, ...]] = {}
    spans = []
    for ent in people:
        if ent.start in scene.layout.tokens or ent.start_char in roles:
            continue
        listed = listed_after(doc, ent, starts) is not None
        found = finder.phrases(doc, ent, person_tokens, scene.adjectives, listed, scene.quoted, by_start)
        infos = []
        for start, head, end, rule in found:
            info = describer.describe(doc, start, head, end, rule, scene.gazetteer, scene.org_ents, scene.place_ents)
            if info.role:
                infos.append(info)
                spans.append(Span(doc, start, end, label=info.role_class))
        body = workplace(doc, ent, person_tokens, scene.org_ents, workplaces)
        if body is not None and all(body.start_char != i.start for i in infos):
            infos.append(RoleInfo("", "", name_of(body), describer.country_of(body, scene.gazetteer), body.start_char,
                                  body.end_char))
        if not infos:
            continue
        roles[ent.start_char] = tuple(infos)
        if not found:
            continue
        start, head, end, _ = found[0]
        following = listed_after(doc, ent, starts)
        while is_plural(doc[head].text) and end <= ent.start and following is not None:
            roles[by_start[following].start_char] = (infos[0],)  # музыканты А, Б и В
            following = listed_after(doc, by_start[following], starts)
    return roles, spans


def listed_after(doc: Doc, ent: Span, starts: set[int]) -> int | None:
    """The start token of the person named next in a list (``, `` or ``и`` after ``ent``, past a
    bracket: ``А (1990—2000 годы), Б``), or None."""
    i = ent.end
    if i < len(doc) and doc[i].text == "(":
        close = next((k for k in range(i, min(len(doc), i + 12)) if doc[k].text == ")"), None)
        i = close + 1 if close is not None else i
    if i + 1 < len(doc) and doc[i].text in {",", "и"} and i + 1 in starts:
        return i + 1
    return None
