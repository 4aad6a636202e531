"""The Arabic translation is complete, up to date with the sources, and compiled."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from tools import translations

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_marked_string_has_an_arabic_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "retention_ar.ts"
    shutil.copy(translations.TS, fresh)
    translations.update(fresh)  # what lupdate finds in today's sources, with the committed translations
    missing = []
    for (context, source), message in messages(fresh).items():
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        if translation.get("type") == "unfinished" or not all(f.strip() for f in forms):
            missing.append(f"{context}: {source!r}")
    assert not missing, "strings without an Arabic translation (run python -m tools.translations):\n" + "\n".join(missing)


def test_the_committed_translation_file_is_up_to_date(tmp_path: Path) -> None:
    fresh = tmp_path / "retention_ar.ts"
    shutil.copy(translations.TS, fresh)
    translations.update(fresh)
    assert set(messages(fresh)) == set(messages(translations.TS)), "run python -m tools.translations"


def test_translations_keep_every_placeholder() -> None:
    for (context, source), message in messages(translations.TS).items():
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]:
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (context, source, text)


def test_the_compiled_qm_matches_the_ts(tmp_path: Path) -> None:
    qm = tmp_path / "retention_ar.qm"
    translations.compile_qm(translations.TS, qm)
    assert qm.read_bytes() == translations.QM.read_bytes(), "run python -m tools.translations"


def test_arabic_switches_the_layout_to_right_to_left() -> None:
    direction = messages(translations.TS)[("QGuiApplication", "QT_LAYOUT_DIRECTION")]
    assert direction.findtext("translation") == "RTL"


def test_english_has_every_plural_form(tmp_path: Path) -> None:
    fresh = tmp_path / "retention_en.ts"
    shutil.copy(translations.TS_EN, fresh)
    translations.update(fresh, language="en")
    found = messages(fresh)
    assert set(found) == set(messages(translations.TS_EN)), "run python -m tools.translations"
    assert found, "no plural strings found"
    for (context, source), message in found.items():
        forms = [f.text or "" for f in message.iter("numerusform")]
        assert len(forms) == 2 and all(forms), (context, source)
    qm = tmp_path / "retention_en.qm"
    translations.compile_qm(translations.TS_EN, qm)
    assert qm.read_bytes() == translations.QM_EN.read_bytes(), "run python -m tools.translations"



# A placeholder named like a count ({n}, {count}, {days}…) fills in a number that the sentence's noun
# must agree with: "3 عميل" instead of "3 عملاء". Counts go through %n and the plural forms instead.
COUNT_PLACEHOLDER = re.compile(r"\{(n|count|number_of_\w+|days|weeks|months|years|added)\}")


def test_counts_go_through_plural_forms() -> None:
    counted = [
        f"{context}: {source!r}"
        for (context, source), message in messages(translations.TS).items()
        if message.get("numerus") != "yes" and COUNT_PLACEHOLDER.search(source)
    ]
    assert not counted, "counts written into a sentence without its plural forms:\n" + "\n".join(counted)


def test_every_arabic_plural_has_its_six_forms() -> None:
    short = [
        f"{context}: {source!r}"
        for (context, source), message in messages(translations.TS).items()
        if message.get("numerus") == "yes" and len(list(message.iter("numerusform"))) != 6
    ]
    assert not short, "Arabic plurals need zero, one, two, few, many and other:\n" + "\n".join(short)
