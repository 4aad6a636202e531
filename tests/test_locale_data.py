"""Babel's data of a language, kept ready in the cache folder: the same dates, numbers and names as Babel's own."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from babel import localedata

from retention_desktop.locale_data import cached_locale_data

ROOT = Path(__file__).resolve().parents[1]

SAMPLES = """
import json, sys
from datetime import date, time
from decimal import Decimal

from babel import dates, localedata, numbers
from babel.core import Locale

from retention_desktop.locale_data import use_cached_locale_data

language = sys.argv[1]
use_cached_locale_data(language)
locale = Locale.parse(language)
day = date(2025, 9, 24)
print(json.dumps({
    "dates": [dates.format_date(day, pattern, locale=locale) for pattern in ("EEEE d MMMM y", "d MMM", "EEE d MMM", "dd/MM/yyyy")],
    "time": dates.format_time(time(16, 30), "HH:mm", locale=locale),
    "numbers": [numbers.format_decimal(Decimal("1234.5"), locale=locale), numbers.format_decimal(88, locale=locale)],
    "money": numbers.format_currency(Decimal("1150.50"), "SAR", locale=locale),
    "symbol": numbers.get_currency_symbol("SAR", locale=locale),
    "names": [locale.territories["SA"], locale.languages["en"], locale.currencies["SAR"]],
    "plural": [locale.plural_form(n) for n in (0, 1, 2, 3, 11, 100)],
    "babel_read_root": "root" in localedata._cache,
}, ensure_ascii=False))
"""


def samples(language: str, cache: Path) -> dict[str, object]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-c", SAMPLES, language], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_a_start_reads_the_kept_data_and_formats_as_babel_does(tmp_path: Path) -> None:
    for language in ("ar", "en"):
        first = samples(language, tmp_path)  # Babel's own data, kept for the next start
        kept = tmp_path / "RetentionDesktop" / f"babel-{language}.pickle"
        written = kept.stat().st_mtime_ns
        second = samples(language, tmp_path)
        assert kept.stat().st_mtime_ns == written  # read, not written again
        assert second.pop("babel_read_root") is False  # Babel's own files were not read
        assert first.pop("babel_read_root") is True
        assert second == first


def test_without_a_cache_folder_babel_reads_its_own(tmp_path: Path) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    assert samples("ar", blocked) == {**samples("ar", tmp_path / "cache"), "babel_read_root": True}


def test_a_stale_or_damaged_copy_is_made_again(tmp_path: Path) -> None:
    kept = tmp_path / "babel-ar.pickle"
    own = localedata.load("ar")
    kept.write_bytes(pickle.dumps((("0.0", "ar"), {"months": "of another Babel"})))
    assert cached_locale_data("ar", tmp_path)["months"] == own["months"]
    for damage in (b"", b"not a pickle at all", kept.read_bytes()[:1000]):
        kept.write_bytes(damage)
        data = cached_locale_data("ar", tmp_path)
        assert data["months"] == own["months"] and data["days"] == own["days"]
        assert cached_locale_data("ar", tmp_path)["number_symbols"] == own["number_symbols"]  # written whole again
    assert [path.name for path in tmp_path.iterdir()] == ["babel-ar.pickle"]  # no half-written file left
