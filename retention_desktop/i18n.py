"""Translation hook for the core: the GUI plugs Qt's translator in, the core stays free of Qt."""

from __future__ import annotations

from collections.abc import Callable, Iterable

Translator = Callable[[str, str, int], str]

# The languages the program speaks, in the windows, on the command line and in print.
LANGUAGES = ("ar", "en")
DEFAULT_LANGUAGE = "ar"


def _untranslated(context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated
# Makes a translator for a language other than the program's (a document printed in English from
# the Arabic program); the GUI and the command line plug Qt's in.
_factory: Callable[[str], Translator] | None = None


def set_translator(translator: Translator | None) -> None:
    """Route every core message through `translator` (``QCoreApplication.translate`` in the GUI)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """Return `text` in the user's language; the signature mirrors Qt's so lupdate finds the calls."""
    return _translator(context, text, n)


def list_separator() -> str:
    """What stands between the items of a list in a sentence: ", " in English, "، " in Arabic."""
    return translate("Lists", ", ")


def join_list(items: Iterable[str]) -> str:
    """The items as a list in a sentence, with the user's language's separator."""
    return list_separator().join(items)


def set_translator_factory(factory: Callable[[str], Translator] | None) -> None:
    """How to translate into a given language (``ui.language`` loads that language's Qt translation)."""
    global _factory
    _factory = factory


def translator_for(language: str) -> Callable[[str, str], str]:
    """`translate(context, text)` into `language`, whatever the program's language: a document's
    words in the document's language (pdf/invoice.py labels()). Untranslated (the English source)
    when no factory is plugged in."""
    translator = _factory(language) if _factory is not None else _untranslated
    return lambda context, text: translator(context, text, -1)
