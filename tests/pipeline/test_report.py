"""`dipevents report`: the HTML page, and the seed's event and mediator as headless Chromium shows them."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from bs4 import BeautifulSoup

from pipeline.corpus.report import highlights, render

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is absent: install Debian's chromium package (see README, Tests)")
    return found


def event_cells(dom: str, event_id: str) -> dict[str, str]:
    soup = BeautifulSoup(dom, "lxml")
    table = soup.find(id=f"event-{event_id}").find_parent("table")
    header = [th.get_text(strip=True) for th in table.find("tr").find_all("th")]
    row = soup.find(id=f"event-{event_id}").find_parent("tr")
    return dict(zip(header, (td.get_text(strip=True) for td in row.find_all("td"))))


def test_report_is_self_contained(sample_tables):
    page = render(sample_tables)
    assert "<script src" not in page and "<link" not in page and "http://" not in page.replace("http://www.w3.org", "")
    assert "data:image/png;base64," in page  # the timeline is embedded


def test_report_highlights_do_not_overlap():
    import pandas as pd
    mentions = pd.DataFrame({"start": [0, 10, 12], "end": [5, 20, 15], "label": ["PER", "LOC", "ORG"]})
    events = pd.DataFrame({"start": [11, 11], "end": [14, 14]})
    spans = highlights("x" * 30, mentions, events)
    assert [(s["start"], s["end"], s["label"]) for s in spans] == [(0, 5, "PER"), (11, 14, "EVENT")]


def test_report_seed_event_and_mediator_show_in_chromium(seed_tables, tmp_path):
    browser = chromium()
    path = tmp_path / "report.html"
    path.write_text(render(seed_tables), encoding="utf-8")
    dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom",
                          path.as_uri()], capture_output=True, text=True, timeout=120, check=True).stdout
    event = seed_tables.events.to_dict("records")[0]  # the seed has one event (tests/test_golden.py)
    cells = event_cells(dom, event["event_id"])
    assert cells["type"] == "negotiations" and cells["mediator"] == "Оман"
    soup = BeautifulSoup(dom, "lxml")
    marks = [m.get_text(" ", strip=True) for m in soup.find_all("mark")]
    assert any(m.startswith(event["trigger"]) and m.endswith("EVENT") for m in marks)
    assert any(m.startswith("Омана") for m in marks)  # the mediator's mention is highlighted in the text
