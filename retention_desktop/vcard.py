"""Phone contacts as Android and iPhone export them (vCard 2.1, 3.0 and 4.0), read into plain contacts."""

from __future__ import annotations

import base64
import binascii
import quopri
import re
from dataclasses import dataclass, field
from datetime import date

# A vCard is a list of lines "group.NAME;PARAM=value;PARAM:value". Android still writes vCard 2.1:
# non-ASCII values (an Arabic name) as QUOTED-PRINTABLE bytes of CHARSET=UTF-8, a long value cut
# into lines that end with "=" (a soft line break: the next line goes on with no space before it);
# iPhone and 3.0/4.0 writers fold a long line by starting the next with a space instead, and escape
# "," ";" "\" and line breaks with a backslash. vobject reads the second kind only, which is why
# this small reader exists.


@dataclass
class Contact:
    """One contact of a .vcf file, its values as written (nothing checked yet)."""

    number: int  # its place in the file, from 1
    name: str = ""
    company: str = ""
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    birthday: date | None = None
    birthday_text: str = ""  # as written, when it is not a date the reader understands
    address: str = ""
    area: str = ""
    notes: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    gender: str = ""


@dataclass(frozen=True)
class _Property:
    name: str
    params: dict[str, list[str]]
    value: str  # decoded (quoted-printable, base64) but not unescaped


def looks_like_vcard(text: str) -> bool:
    """Whether a text is a vCard file: its first line that is not blank opens one."""
    for line in text.splitlines():
        if line.strip():
            return line.strip().upper().startswith("BEGIN:VCARD")
    return False


def read_contacts(text: str) -> list[Contact]:
    """Every contact of a .vcf file's text, in order; lines outside BEGIN/END are ignored."""
    contacts: list[Contact] = []
    current: Contact | None = None
    structured_name: list[str] = []
    for line in _logical_lines(text):
        prop = _property(line)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            current = Contact(len(contacts) + 1)
            structured_name = []
        elif prop.name == "END" and current is not None:
            if not current.name and structured_name:
                current.name = _name_from_parts(structured_name)
            contacts.append(current)
            current = None
        elif current is not None:
            if prop.name == "N":
                structured_name = _components(prop.value)
            else:
                _take(current, prop)
    return contacts


def _logical_lines(text: str) -> list[str]:
    """The file's lines unfolded: a line starting with a space or tab goes on the one before
    (RFC 2425 folding); a quoted-printable value ending with "=" goes on with the next line
    whatever it starts with (a soft line break, as vCard 2.1 writers cut long values)."""
    lines: list[str] = []
    for raw in text.splitlines():
        if lines and _soft_break(lines[-1]):
            lines[-1] = lines[-1][:-1] + (raw[1:] if raw[:1] in (" ", "\t") else raw)
        elif lines and raw[:1] in (" ", "\t"):
            lines[-1] += raw[1:]
        else:
            lines.append(raw)
    return lines


_QP = re.compile(r"^[^:]*QUOTED-PRINTABLE[^:]*:", re.IGNORECASE)


def _soft_break(line: str) -> bool:
    return line.endswith("=") and _QP.match(line) is not None


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == separator and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _property(line: str) -> _Property | None:
    if ":" not in line:
        return None
    head, _, value = line.partition(":")
    if '"' in head:  # a quoted parameter may hold a colon (4.0: LABEL="…:…")
        quoted = False
        for index, char in enumerate(line):
            if char == '"':
                quoted = not quoted
            elif char == ":" and not quoted:
                head, value = line[:index], line[index + 1 :]
                break
    parts = _split_outside_quotes(head, ";")
    name = parts[0].rpartition(".")[2].strip().upper()  # "item1.TEL" is a TEL
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, equals, values = part.partition("=")
        if not equals:  # vCard 2.1's bare parameters: TEL;CELL;PREF, N;QUOTED-PRINTABLE
            key, values = ("ENCODING" if key.strip().upper() in ("QUOTED-PRINTABLE", "BASE64", "B") else "TYPE"), key
        params.setdefault(key.strip().upper(), []).extend(v.strip().strip('"') for v in values.split(","))
    return _Property(name, params, _decoded(value, params))


def _decoded(value: str, params: dict[str, list[str]]) -> str:
    encoding = {e.upper() for e in params.get("ENCODING", [])}
    charset = (params.get("CHARSET") or ["utf-8"])[0] or "utf-8"
    if "QUOTED-PRINTABLE" in encoding:
        data = quopri.decodestring(value.encode("utf-8"))
    elif encoding & {"B", "BASE64"}:
        try:
            data = base64.b64decode(value, validate=False)
        except (binascii.Error, ValueError):
            return ""
    else:
        return value
    for name in (charset, "utf-8", "cp1256"):
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", "replace")


_ESCAPES = re.compile(r"\\(.)", re.DOTALL)


def _unescape(text: str) -> str:
    return _ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _components(value: str, separator: str = ";") -> list[str]:
    """A structured value (N, ADR, ORG) cut at its unescaped separators, each part unescaped."""
    return [_unescape(part).strip() for part in re.split(rf"(?<!\\){re.escape(separator)}", value)]


def _name_from_parts(parts: list[str]) -> str:
    """N is family;given;additional;prefix;suffix; people write prefix given additional family suffix."""
    parts = parts + [""] * (5 - len(parts))
    family, given, additional, prefix, suffix = parts[:5]
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def _take(contact: Contact, prop: _Property) -> None:
    value = prop.value
    if prop.name == "FN":
        contact.name = _unescape(value).strip()
    elif prop.name == "TEL":
        number = _unescape(value).strip()
        if number.lower().startswith("tel:"):
            number = number[4:]
        if number:
            contact.phones.append(number)
    elif prop.name == "EMAIL":
        email = _unescape(value).strip()
        if email.lower().startswith("mailto:"):
            email = email[7:]
        if email:
            contact.emails.append(email)
    elif prop.name == "ORG":
        contact.company = " - ".join(p for p in _components(value) if p)
    elif prop.name == "NOTE":
        note = _unescape(value).strip()
        if note:
            contact.notes.append(note)
    elif prop.name == "BDAY":
        _birthday(contact, prop)
    elif prop.name == "ADR":
        _address(contact, _components(value))
    elif prop.name == "CATEGORIES":
        contact.tags.extend(t for t in _components(value, ",") if t)
    elif prop.name in ("GENDER", "X-GENDER"):
        contact.gender = _components(value)[0]


_BDAY = re.compile(r"^(\d{4}|--)-?(\d{2})-?(\d{2})(?:[T ].*)?$")


def _birthday(contact: Contact, prop: _Property) -> None:
    """BDAY as 1990-05-21, 19900521, 1990-05-21T00:00:00Z; without a year (--0521, or iPhone's
    X-APPLE-OMIT-YEAR) it is no date the book can keep, and is left out."""
    text = _unescape(prop.value).strip()
    found = _BDAY.match(text)
    if found is None:
        contact.birthday_text = text
        return
    year_text, month, day = found.groups()
    omitted = prop.params.get("X-APPLE-OMIT-YEAR", [""])[0]
    if year_text == "--" or year_text == omitted:
        return
    try:
        contact.birthday = date(int(year_text), int(month), int(day))
    except ValueError:
        contact.birthday_text = text


def _address(contact: Contact, parts: list[str]) -> None:
    """ADR is post office box;extended;street;locality;region;postal code;country: the city goes
    to the area, the rest to the address."""
    parts = parts + [""] * (7 - len(parts))
    box, extended, street, locality, region, code, country = parts[:7]
    if not contact.address:
        contact.address = ", ".join(p.replace("\n", ", ") for p in (street, extended, box, region, code, country) if p)
    if not contact.area:
        contact.area = locality or region
