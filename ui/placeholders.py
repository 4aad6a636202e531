"""Placeholders in the owner's texts (message templates, the welcome kit), shown by a word in the UI's
language and stored as the core reads them.

The core stores each placeholder in English between braces ({name}, {customer_name}) whatever the
language, so that a text written before, or in the other language, keeps working and switching the
program's language changes nothing in the book. An editor shows each one by its word in the UI's
language ({اسم العميل}, {اسم_العميل}) and turns it back when it saves; its insert buttons write that
word. A placeholder typed in English is kept as it is. This is the one home of that mechanism.
"""

from __future__ import annotations

from collections.abc import Mapping


class Placeholders:
    """The words (no braces) by which an editor shows the placeholders `words` maps from their
    stored names."""

    def __init__(self, words: Mapping[str, str]) -> None:
        self.words = dict(words)

    def token(self, placeholder: str) -> str:
        """The placeholder as the editor writes it: "{اسم_العميل}"."""
        return "{" + self.words[placeholder] + "}"

    def shown(self, text: str) -> str:
        """A stored text as the editor shows it: {customer_name} becomes {اسم_العميل} in Arabic."""
        for placeholder, word in self.words.items():
            text = text.replace("{" + placeholder + "}", "{" + word + "}")
        return text

    def stored(self, text: str) -> str:
        """The editor's text as it is stored: each placeholder's word back to the core's name."""
        for placeholder, word in self.words.items():
            text = text.replace("{" + word + "}", "{" + placeholder + "}")
        return text


__all__ = ["Placeholders"]
