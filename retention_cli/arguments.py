"""The command line's arguments, said in the user's language: parsed quietly first; the help asked
for and the usage errors are said by the same parser built again in the language of the command.

A command line that is right says nothing, so the window and `due` do not read a translation for
a help nobody asked to see (reading the Arabic one takes a few milliseconds). When the quiet parser
meets something to say (`--help`, an option it does not know, a value it refuses), the language is
settled as the command would settle it (`--lang`, read before parsing, else the preferences, else
Arabic), the parser is built again with its help translated (`build(parser_class)` calls
`translate()` for each description, help and metavar) and run again, to print the help or the
error and exit (0 for the help, 2 for a usage error, as argparse does).

argparse's own phrases ("usage: ", "options", "the following arguments are required: %s"…) are
composed inside argparse, which looks each one up with gettext when it needs it: argparse.py does
`from gettext import gettext as _` and calls `_()`; Python documents gettext catalogs as the way to
translate them. The program's translations are Qt's compiled files, read by the same function as
every other message: while the parser speaks, argparse's `_` is `_argparse_phrase` instead, which
looks the phrase up in ARGPARSE_PHRASES (translated through the program's own translation file).
That module global is the one private name this relies on. The frame of an error ("{prog}: error:
{message}") is said by overriding `ArgumentParser.error`, as argparse invites. A phrase that
another Python words differently, or argparse without its `_`, stays in English: never an error.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import NoReturn

from retention_cli import LANGUAGES
from retention_desktop.i18n import translate

# Builds the whole command line with the given parser class, its texts through translate().
BuildParser = Callable[[type[argparse.ArgumentParser]], argparse.ArgumentParser]


def parse_command_line(argv: Sequence[str], build: BuildParser) -> argparse.Namespace:
    """The arguments, parsed; the help or a usage error said in the user's language (SystemExit)."""
    try:
        return build(_QuietParser).parse_args(argv)
    except _MustSpeak:
        pass
    from retention_cli.language import start_command_language

    start_command_language(language_asked(argv))
    with argparse_speaking():
        return build(_SpeakingParser).parse_args(argv)


def language_asked(argv: Sequence[str]) -> str | None:
    """The language given with `--lang` (the last one that is one of LANGUAGES: the kit's own
    `--lang` after `kit` is also the language of its messages), read before the arguments are
    parsed; None when there is none. `--lang=en` and argparse's abbreviations (`--la en`) count."""
    found = None
    for index, word in enumerate(argv):
        if word == "--":
            break
        name, equals, value = word.partition("=")
        if len(name) >= 3 and "--lang".startswith(name):
            if not equals:
                value = argv[index + 1] if index + 1 < len(argv) else ""
            if value in LANGUAGES:
                found = value
    return found


def whole_number(text: str) -> int:
    """A count typed on the command line (Arabic-Indic digits too): argparse's `type`. Anything else
    is a usage error saying so in the user's language."""
    try:
        return int(text)
    except ValueError:
        from retention_cli.output import for_terminal

        message = translate("ArgumentParser", "“{value}” is not a whole number.").format(value=for_terminal(text))
        raise argparse.ArgumentTypeError(message) from None


def argparse_phrases() -> dict[str, str]:
    """argparse's own phrases that a user of these commands can meet, as argparse words them, in
    the user's language. A translation that does not keep the phrase's %-placeholders (argparse
    fills them in) is not used: a wrong one would stop the program instead of helping."""
    phrases = {
        "usage: ": translate("ArgumentParser", "usage: "),
        "positional arguments": translate("ArgumentParser", "positional arguments"),
        "options": translate("ArgumentParser", "options"),
        "show this help message and exit": translate("ArgumentParser", "show this help message and exit"),
        "argument %(argument_name)s: %(message)s": translate("ArgumentParser", "argument %(argument_name)s: %(message)s"),
        "the following arguments are required: %s": translate("ArgumentParser", "the following arguments are required: %s"),
        "one of the arguments %s is required": translate("ArgumentParser", "one of the arguments %s is required"),
        "not allowed with argument %s": translate("ArgumentParser", "not allowed with argument %s"),
        "unrecognized arguments: %s": translate("ArgumentParser", "unrecognized arguments: %s"),
        "expected one argument": translate("ArgumentParser", "expected one argument"),
        "ignored explicit argument %r": translate("ArgumentParser", "ignored explicit argument %r"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "ArgumentParser", "ambiguous option: %(option)s could match %(matches)s"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "ArgumentParser", "invalid choice: %(value)r (choose from %(choices)s)"
        ),
    }
    return {phrase: said if _placeholders(said) == _placeholders(phrase) else phrase for phrase, said in phrases.items()}


_PLACEHOLDER = re.compile(r"%(?:\([a-z_]+\))?[sr]")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


@contextmanager
def argparse_speaking() -> Iterator[None]:
    """While it lasts, argparse's own phrases come out in the language of translate()."""
    phrases = argparse_phrases()
    found = getattr(argparse, "_", None)
    if not callable(found):
        yield  # another argparse: its phrases stay in English
        return
    argparse._ = lambda phrase: phrases.get(phrase, phrase)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = found  # type: ignore[attr-defined]


class _MustSpeak(Exception):
    """The quiet parser met something to tell the user."""


class _QuietParser(argparse.ArgumentParser):
    """Parses as ArgumentParser does, but where it would print the help or an error it raises
    _MustSpeak instead (its subcommands' parsers are of its class too)."""

    def error(self, message: str) -> NoReturn:
        raise _MustSpeak(message)

    def print_help(self, file: object = None) -> None:
        raise _MustSpeak()

    def print_usage(self, file: object = None) -> None:
        raise _MustSpeak()


class _SpeakingParser(argparse.ArgumentParser):
    """ArgumentParser, saying the frame of its errors in the user's language, their text made safe
    for a terminal (it may hold the words typed)."""

    def error(self, message: str) -> NoReturn:
        from retention_cli.output import for_terminal

        self.print_usage(sys.stderr)
        said = translate("ArgumentParser", "{prog}: error: {message}").format(prog=self.prog, message=for_terminal(message))
        self.exit(2, said + "\n")
