"""Translated names of the core's enums for the screens: the core's own (retention_desktop/labels.py,
shared with the exports and documents), and the phrases only widgets use (periods, units beside a
number field)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from retention_desktop.kinds import CadenceUnit
from retention_desktop.labels import (
    stage_label,
    source_label,
    gender_label,
    kind_label,
    phone_kind_label,
    follow_up_kind_label,
    outcome_label,
    interaction_kind_label,
    vat_category_label,
    payment_method_label,
    payment_status_label,
    payment_status_text,
    document_kind_label,
)

__all__ = [
    "stage_label",
    "source_label",
    "gender_label",
    "kind_label",
    "phone_kind_label",
    "follow_up_kind_label",
    "outcome_label",
    "interaction_kind_label",
    "vat_category_label",
    "payment_method_label",
    "payment_status_label",
    "payment_status_text",
    "document_kind_label",
    "period_label",
    "unit_after_number",
]


# Literal calls, so that lupdate finds every label.
translate = QCoreApplication.translate


def period_label(every: int, unit: CadenceUnit) -> str:
    """ "every 12 months", "every week": a renewal period as a phrase."""
    if every == 1:
        return {
            CadenceUnit.DAYS: translate("Labels", "every day"),
            CadenceUnit.WEEKS: translate("Labels", "every week"),
            CadenceUnit.MONTHS: translate("Labels", "every month"),
        }[unit]
    return {
        CadenceUnit.DAYS: translate("Labels", "every %n days", "", every),
        CadenceUnit.WEEKS: translate("Labels", "every %n weeks", "", every),
        CadenceUnit.MONTHS: translate("Labels", "every %n months", "", every),
    }[unit]


def unit_after_number(unit: CadenceUnit, count: int) -> str:
    """A unit as it follows a number the user chose in a field beside it (the field shows the
    number): the Arabic forms agree with it and leave it out, "كل [12] شهرًا", not "كل [12] أشهر"."""
    return {
        CadenceUnit.DAYS: translate("Labels", "days", "a unit after a number shown beside it", count),
        CadenceUnit.WEEKS: translate("Labels", "weeks", "a unit after a number shown beside it", count),
        CadenceUnit.MONTHS: translate("Labels", "months", "a unit after a number shown beside it", count),
    }[unit]
