"""`main.py --help`, each verb's help and the usage errors, in the user's language: Arabic by default,
English when chosen (with `--lang` or in the program's settings); a usage error exits with 2,
changes nothing and shows no traceback."""

from __future__ import annotations

import argparse
import inspect
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from retention_cli.arguments import argparse_phrases, argparse_speaking, language_asked
from retention_desktop import APP_NAME, i18n

REPO = Path(__file__).resolve().parent.parent
MAIN = REPO / "main.py"
VERBS = [
    ("demo",), ("due",), ("invoice",), ("kit",), ("import",), ("export",), ("backup",), ("restore",), ("check",),
    ("report",), ("report", "campaigns"), ("report", "losses"),
]  # fmt: skip
# Three English words in a row: a sentence left untranslated (the Arabic help keeps option names,
# file endings and JSON keys, never three English words together).
ENGLISH_WORDS = re.compile(r"\b[A-Za-z]{2,} [A-Za-z]{2,} [A-Za-z]{2,}\b")


def environment(tmp_path: Path, language: str | None = None) -> dict[str, str]:
    """A user whose settings chose `language` (none chosen: None)."""
    config = tmp_path / "config"
    if language is not None:
        (config / APP_NAME).mkdir(parents=True, exist_ok=True)
        (config / APP_NAME / "preferences.ini").write_text(f"[General]\nlanguage={language}\n", encoding="utf-8")
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(config),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        COLUMNS="100",
    )


def run_main(tmp_path: Path, *args: str, chosen: str | None = None) -> subprocess.CompletedProcess[str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        cwd=tmp_path,
        env=environment(tmp_path, chosen),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def one_line(text: str) -> str:
    return " ".join(text.split())


def english_left(text: str, verb: tuple[str, ...] = ()) -> str | None:
    """The first three English words in a row in `text`, the program's and the verb's names aside."""
    found = ENGLISH_WORDS.search(text.replace(" ".join(("retention-desktop", *verb)), ""))
    return found.group() if found else None


def test_the_help_is_arabic_by_default(tmp_path: Path) -> None:
    done = run_main(tmp_path, "--help")
    assert done.returncode == 0 and not done.stderr, done.stderr
    out = one_line(done.stdout)
    assert out.startswith("الاستخدام: retention-desktop [-h] [--db المسار] [--lang {ar,en}] الأمر ...")
    assert "الاحتفاظ بالعملاء: حافظ على العملاء الذين لديك." in out
    assert "الوسائط الموضعية: الأمر demo ملء دفتر عملاء فارغ بعملاء تجريبيين واقعيين" in out
    assert "الخيارات: -h, --help عرض هذه المساعدة والخروج --db المسار ملف قاعدة البيانات" in out
    assert "OpenDocument ‏(.ods)" in out  # the import formats, .ods included (as the importer reads)
    assert english_left(done.stdout) is None


@pytest.mark.parametrize("verb", VERBS, ids=" ".join)
def test_every_verb_has_its_help_in_arabic(tmp_path: Path, verb: tuple[str, ...]) -> None:
    done = run_main(tmp_path, "--lang", "ar", *verb, "--help")
    assert done.returncode == 0 and not done.stderr, done.stderr
    assert done.stdout.startswith(f"الاستخدام: retention-desktop {' '.join(verb)} [-h]")
    assert "عرض هذه المساعدة والخروج" in done.stdout
    assert english_left(done.stdout, verb) is None


def test_the_help_of_a_verb_with_its_words(tmp_path: Path) -> None:
    due = one_line(run_main(tmp_path, "--lang", "ar", "due", "--help").stdout)
    assert "يطبع المتابعات المتأخرة أو المستحقة في يوم ما" in due
    assert "--date YYYY-MM-DD اليوم (الافتراضي: اليوم، بحسب المنطقة الزمنية للمتجر)" in due
    kit = one_line(run_main(tmp_path, "--lang", "ar", "kit", "--help").stdout)
    assert "(--customer الرقم_أو_الجوال | --new-since YYYY-MM-DD) [--out الملف.pdf] [--out-dir المجلد]" in kit
    invoice = one_line(run_main(tmp_path, "--lang", "ar", "invoice", "--help").stdout)
    assert invoice.startswith("الاستخدام: retention-desktop invoice [-h] [--out الملف.pdf] الرقم")
    assert "الوسائط الموضعية: الرقم رقم الفاتورة أو الإشعار الدائن" in invoice


def test_the_help_is_english_when_asked_or_chosen_in_the_settings(tmp_path: Path) -> None:
    asked = run_main(tmp_path / "asked", "--lang", "en", "--help")
    chosen = run_main(tmp_path / "chosen", "--help", chosen="en")
    for done in (asked, chosen):
        assert done.returncode == 0, done.stderr
        out = one_line(done.stdout)
        assert out.startswith("usage: retention-desktop [-h] [--db PATH] [--lang {ar,en}] COMMAND ...")
        assert "Retention Desktop: keep the customers you already have." in out
        assert "options: -h, --help show this help message and exit --db PATH database file or SQLAlchemy URL" in out
    assert asked.stdout == chosen.stdout
    # --lang decides over the settings, after the verb too (`kit --lang` is the kit's and its messages' language).
    assert run_main(tmp_path / "chosen", "--lang", "ar", "due", "--help", chosen="en").stdout.startswith("الاستخدام: ")
    assert run_main(tmp_path / "chosen", "kit", "--lang=ar", "--help", chosen="en").stdout.startswith("الاستخدام: ")
    assert run_main(tmp_path / "asked", "--lang", "en", "report", "--help").stdout.startswith("usage: retention-desktop report")


# The command line, what Arabic says and what English says.
USAGE_ERRORS = [
    (("report",), "الوسائط التالية مطلوبة: التقرير", "the following arguments are required: REPORT"),
    (("kit",), "يلزم أحد الوسائط التالية: --customer --new-since", "one of the arguments --customer --new-since is required"),
    (("invoice",), "الوسائط التالية مطلوبة: الرقم", "the following arguments are required: NUMBER"),
    (("demo", "--customers", "abc"), "الوسيط --customers: «abc» ليس عددًا صحيحًا.", "argument --customers: “abc” is not a whole number."),
    (("--bogus", "due"), "وسائط غير معروفة: --bogus", "unrecognized arguments: --bogus"),
    (("due", "--json=yes"), "الوسيط --json: هذا الخيار لا يأخذ قيمة، فلا مكان لـ 'yes'", "argument --json: ignored explicit argument 'yes'"),
    (("kit", "--customer", "1", "--new-since", "2026-01-01"), "الوسيط --new-since: لا يُستعمل مع الوسيط --customer", "argument --new-since: not allowed with argument --customer"),
    (("kit", "--ou", "x.pdf"), "خيار مبهم: --ou قد يكون أيًّا من --out, --out-dir", "ambiguous option: --ou could match --out, --out-dir"),
    (("due", "--date"), "الوسيط --date: يلزمه قيمة واحدة", "argument --date: expected one argument"),
    (("frob",), "الوسيط الأمر: اختيار غير صالح: 'frob' (اختر من بين 'demo', ", "argument COMMAND: invalid choice: 'frob' (choose from 'demo', "),
]  # fmt: skip


@pytest.mark.parametrize(("args", "arabic", "english"), USAGE_ERRORS, ids=lambda value: " ".join(value) if isinstance(value, tuple) else "")
def test_a_usage_error_is_said_in_the_users_language_exits_2_and_changes_nothing(
    tmp_path: Path, args: tuple[str, ...], arabic: str, english: str
) -> None:
    book = tmp_path / "book.sqlite3"
    for language, said, usage, error in (("ar", arabic, "الاستخدام: ", ": خطأ: "), ("en", english, "usage: ", ": error: ")):
        done = run_main(tmp_path, "--db", str(book), "--lang", language, *args)
        assert done.returncode == 2 and not done.stdout, (done.stdout, done.stderr)
        *_usage, last = done.stderr.strip().splitlines()
        assert done.stderr.startswith(usage + "retention-desktop"), done.stderr
        assert last.startswith("retention-desktop") and error in last and said in last, done.stderr
        assert "Traceback" not in done.stderr
        if language == "ar":
            assert "usage:" not in done.stderr and "error:" not in done.stderr
    assert not book.exists() and not (tmp_path / "data").exists()


def test_a_language_that_is_not_one_is_refused_in_the_language_of_the_settings(tmp_path: Path) -> None:
    arabic = run_main(tmp_path, "--lang", "fr", "--help")
    assert arabic.returncode == 2 and not arabic.stdout
    assert "retention-desktop: خطأ: الوسيط --lang: اختيار غير صالح: 'fr' (اختر من بين 'ar', 'en')" in arabic.stderr
    english = run_main(tmp_path, "--lang", "fr", "--help", chosen="en")
    assert english.returncode == 2
    assert "retention-desktop: error: argument --lang: invalid choice: 'fr' (choose from 'ar', 'en')" in english.stderr


def test_a_typed_escape_sequence_is_not_echoed_to_the_terminal(tmp_path: Path) -> None:
    done = run_main(tmp_path, "--lang", "ar", "due", "today\x1b]0;pwned\x07\x1b[2J")
    assert done.returncode == 2 and "خطأ: وسائط غير معروفة: today\n" in done.stderr
    assert "\x1b" not in done.stderr and "\x07" not in done.stderr


def test_a_right_command_line_reads_no_translation_to_be_parsed(tmp_path: Path) -> None:
    """The help is translated only when it is said: the window's start and `due` pay nothing for it."""
    code = (
        "import sys; import main; args = main.parse_args(['--db', 'x.sqlite3', 'demo', '--customers', '٥٠']);"
        "print(args.customers, 'retention_cli.language' in sys.modules, 'retention_desktop.translations' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=environment(tmp_path), capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["50", "False", "False"]


# --- argparse's own phrases --------------------------------------------------------------------


def test_each_phrase_translated_is_one_argparse_looks_up() -> None:
    source = inspect.getsource(argparse)
    assert "from gettext import gettext as _" in source  # what argparse_speaking replaces while it lasts
    for phrase in argparse_phrases():
        assert f"_({phrase!r})" in source, phrase


def test_argparse_speaks_arabic_while_it_lasts_then_as_it_was() -> None:
    from retention_cli.language import start_command_language

    found = argparse._  # type: ignore[attr-defined]
    start_command_language("ar")
    with argparse_speaking():
        parser = argparse.ArgumentParser(prog="p", exit_on_error=False)
        parser.add_argument("--x", choices=("a", "b"))
        assert parser.format_help().startswith("الاستخدام: p [-h] [--x {a,b}]")
        assert "الخيارات:" in parser.format_help() and "عرض هذه المساعدة والخروج" in parser.format_help()
        with pytest.raises(argparse.ArgumentError, match="الوسيط --x: اختيار غير صالح: 'c'"):
            parser.parse_args(["--x", "c"])
    assert argparse._ is found  # type: ignore[attr-defined]
    assert argparse.ArgumentParser(prog="p").format_usage() == "usage: p [-h]\n"


def test_a_translation_that_loses_a_placeholder_is_not_used() -> None:
    """argparse fills a phrase's %-placeholders itself: a translation that dropped one would stop
    the program with a traceback where it should say what is wrong."""
    i18n.set_translator(lambda context, text, n: "مطلوب" if "%" in text else f"[{text}]")
    phrases = argparse_phrases()
    assert phrases["the following arguments are required: %s"] == "the following arguments are required: %s"
    assert phrases["invalid choice: %(value)r (choose from %(choices)s)"] == "invalid choice: %(value)r (choose from %(choices)s)"
    assert phrases["options"] == "[options]"


@pytest.mark.parametrize(
    ("argv", "language"),
    [
        (["--lang", "en", "due"], "en"),
        (["--lang=en", "due"], "en"),
        (["--la", "en", "due"], "en"),
        (["--lang", "ar", "kit", "--lang", "en"], "en"),
        (["--lang", "en", "--lang", "xx"], "en"),
        (["--lang", "xx"], None),
        (["due"], None),
        (["import", "--", "--lang", "en"], None),
        (["--lang"], None),
    ],
)
def test_the_language_asked_is_read_before_the_arguments_are_parsed(argv: list[str], language: str | None) -> None:
    assert language_asked(argv) == language
