"""The compiled translations (Qt's .qm files) read without Qt, for the command line and documents.

The windows load the same files with QTranslator. A command such as `due` only prints a few
sentences: importing Qt to translate them cost about a tenth of a second of every command, more
than the command's own work. The file format is Qt's (qtbase/src/corelib/kernel/qtranslator.cpp):
a magic number, then sections (a tag byte and a big-endian length); the messages section holds,
per message, its translations (UTF-16), source text, context and comment, and the numerus rules
section the byte code that picks a plural form for a count. This module follows that code: the
same message is found, the same plural form chosen (tests compare it with QTranslator for every
message of both languages).
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags.
_LANGUAGE, _HASHES, _MESSAGES, _CONTEXTS, _NUMERUS_RULES, _DEPENDENCIES = 0xA7, 0x42, 0x69, 0x2F, 0x88, 0x96
# Message tags.
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = range(1, 10)
# Numerus rule byte code.
_EQ, _LT, _LEQ, _BETWEEN = 1, 2, 3, 4
_OP_MASK, _NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x07, 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEW_RULE = 0xFD, 0xFE, 0xFF


class TranslationFileError(ValueError):
    """The file is not a compiled translation this reader understands."""


class TranslationFile:
    """One language's compiled translation: `translate(context, text, n)` as QTranslator gives it."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise TranslationFileError("not a .qm file")
        sections: dict[int, bytes] = {}
        position = len(MAGIC)
        try:
            while position < len(data):
                tag = data[position]
                (length,) = struct.unpack_from(">I", data, position + 1)
                if position + 5 + length > len(data):
                    raise TranslationFileError("a section is cut short")
                sections[tag] = data[position + 5 : position + 5 + length]
                position += 5 + length
        except struct.error as e:
            raise TranslationFileError(f"a section is cut short: {e}") from e
        self.language = sections.get(_LANGUAGE, b"").decode("ascii", "replace")
        self._rules = sections.get(_NUMERUS_RULES, b"")
        self._messages = _read_messages(sections.get(_MESSAGES, b""))

    @classmethod
    def load(cls, path: Path) -> TranslationFile:
        return cls(path.read_bytes())

    def find(self, context: str, text: str, n: int = -1) -> str | None:
        """The translation, or None where the file has none (the caller keeps the source text)."""
        forms = self._messages.get((context, text, ""))
        if not forms:
            return None
        form = forms[min(self.plural_form(n), len(forms) - 1)] if n >= 0 and len(forms) > 1 else forms[0]
        if not form:
            return None
        return form.replace("%n", str(n)) if n >= 0 else form

    def translate(self, context: str, text: str, n: int = -1) -> str:
        found = self.find(context, text, n)
        if found is not None:
            return found
        return text.replace("%n", str(n)) if n >= 0 else text

    def plural_form(self, n: int) -> int:
        """Which of the translation's forms speaks of `n` things (Qt's numerusHelper)."""
        return _plural_form(abs(n), self._rules)


def _read_messages(block: bytes) -> dict[tuple[str, str, str], list[str]]:
    messages: dict[tuple[str, str, str], list[str]] = {}
    position, size = 0, len(block)
    translations: list[str] = []
    source = context = comment = ""
    try:
        while position < size:
            tag = block[position]
            position += 1
            if tag == _END:
                # The first file wins, as in QTranslator's lookup (an identical message twice is a
                # duplicate lrelease would not write).
                messages.setdefault((context, source, comment), translations)
                translations, source, context, comment = [], "", "", ""
                continue
            if tag in (_OBSOLETE1, _OBSOLETE2):
                continue
            if tag not in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT, _SOURCE16, _CONTEXT16):
                raise TranslationFileError(f"unknown message tag {tag}")
            (length,) = struct.unpack_from(">I", block, position)
            position += 4
            if length == 0xFFFFFFFF:  # a null string
                value = b""
            else:
                value = block[position : position + length]
                position += length
                if position > size:
                    raise TranslationFileError("a message is cut short")
            if tag == _TRANSLATION:
                translations.append(value.decode("utf-16-be", "replace"))
            elif tag == _SOURCE:
                source = value.decode("utf-8", "replace")
            elif tag == _CONTEXT:
                context = value.decode("utf-8", "replace")
            elif tag == _COMMENT:
                comment = value.decode("utf-8", "replace")
            # _SOURCE16 and _CONTEXT16 come from Qt 3's files, which lrelease no longer writes.
    except struct.error as e:
        raise TranslationFileError(f"a message is cut short: {e}") from e
    return messages


def _plural_form(n: int, rules: bytes) -> int:
    """Qt's numerusHelper: the rules are tried in order, each an OR of ANDs of comparisons; the
    first that holds gives the form, and a count no rule takes the form after the last."""
    if not rules:
        return 0
    size, i, result = len(rules), 0, 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode = rules[i]
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                operation, right = opcode & _OP_MASK, rules[i + 1]
                i += 2
                if operation == _EQ:
                    truth = left == right
                elif operation == _LT:
                    truth = left < right
                elif operation == _LEQ:
                    truth = left <= right
                else:  # _BETWEEN
                    truth = right <= left <= rules[i]
                    i += 1
                if opcode & _NOT:
                    truth = not truth
                all_true = all_true and truth
                if i == size or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i == size or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return result
        result += 1
        if i == size:
            return result
        i += 1  # _NEW_RULE
