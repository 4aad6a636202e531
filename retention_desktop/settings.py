"""Shop-wide settings, each declared once with its type, default and description."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy import select

from retention_desktop.db import Database
from retention_desktop.i18n import translate
from retention_desktop.models import Setting
from retention_desktop.phones import is_known_country

T = TypeVar("T")


class SettingError(ValueError):
    """A setting value that cannot be used; the message is for the user."""


@dataclass(frozen=True)
class SettingSpec(Generic[T]):
    key: str
    default: T
    description: str


DEFAULT_COUNTRY: SettingSpec[str] = SettingSpec(
    "default_country", "SA", "Country of phone numbers typed without a country code (ISO 3166 code)."
)


def _check(spec: SettingSpec[T], value: T) -> T:
    if spec is DEFAULT_COUNTRY:
        if not isinstance(value, str) or not is_known_country(value):
            raise SettingError(translate("Settings", "“{value}” is not a country code.").format(value=value))
        return value.upper()  # type: ignore[return-value]
    return value


def get_setting(db: Database, spec: SettingSpec[T]) -> T:
    with db.session() as session:
        stored = session.scalar(select(Setting.value).where(Setting.key == spec.key))
    if stored is None:
        return spec.default
    value: T = json.loads(stored)
    return value


def set_setting(db: Database, spec: SettingSpec[T], value: T) -> None:
    value = _check(spec, value)
    with db.session() as session:
        session.merge(Setting(key=spec.key, value=json.dumps(value)))
