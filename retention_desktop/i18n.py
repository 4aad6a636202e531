"""Translation hook for the core: the GUI plugs Qt's translator in, the core stays free of Qt."""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, int], str]


def _untranslated(context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _untranslated


def set_translator(translator: Translator | None) -> None:
    """Route every core message through `translator` (``QCoreApplication.translate`` in the GUI)."""
    global _translator
    _translator = translator or _untranslated


def translate(context: str, text: str, disambiguation: None = None, n: int = -1) -> str:
    """Return `text` in the user's language; the signature mirrors Qt's so lupdate finds the calls."""
    return _translator(context, text, n)
