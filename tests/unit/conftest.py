"""Hand-built records for the unit tests of pure rules: actors and event mentions, no spaCy pipeline."""
from __future__ import annotations

import pytest

from pipeline.events.frames import TriggerMention
from pipeline.records import Actor, Mention

STATES = {"RUS": "Россия", "USA": "США", "CHN": "Китай", "UKR": "Украина", "TUR": "Турция", "OMN": "Оман"}


@pytest.fixture(scope="session")
def actors() -> dict[str, Actor]:
    """States, a few places and persons, by key."""
    found = {f"country:{iso}": Actor(f"country:{iso}", "country", name, (), country=iso) for iso, name in STATES.items()}
    found["place:Стамбул"] = Actor("place:Стамбул", "location", "Стамбул", (), country="TUR")
    found["place:Маскат"] = Actor("place:Маскат", "location", "Маскат", (), country="OMN")
    found["place:Европа"] = Actor("place:Европа", "location", "Европа", ())
    found["person:0"] = Actor("person:0", "person", "Сергей Лавров", (Mention(0, 6, "Лавров", "PER", "Лавров"),),
                              role_class="foreign_minister", country="RUS")
    found["person:1"] = Actor("person:1", "person", "Ван И", (), role_class="foreign_minister", country="CHN")
    found["person:2"] = Actor("person:2", "person", "Антониу Гутерриш", (), role_class="international_official",
                              organization="ООН")
    return found


@pytest.fixture(scope="session")
def mention():
    """A builder of event mentions: ``mention("meeting", "RUS", "USA", status="planned")``; sides given by ISO3
    are states, others are actor keys."""
    def build(event_type: str, *sides: str, **fields) -> TriggerMention:
        keys = tuple(s if ":" in s else f"country:{s}" for s in sides)
        return TriggerMention(**{"type": event_type, "start_char": 0, "end_char": 1, "text": event_type,
                                 "sentence": None, "status": "occurred", "parties": keys, **fields})
    return build
