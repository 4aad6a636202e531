"""Hostile text and absurd amounts at the core's boundary: refused or cleaned, never a traceback."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal as D
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, text

from retention_desktop.clock import shop_today
from retention_desktop.customers import (
    CustomerDraft,
    LikelyDuplicate,
    ValidationError,
    add_customer,
    customer_details,
    search_customers,
    update_customer,
)
from retention_desktop.db import Database, open_database
from retention_desktop.errors import UserError
from retention_desktop.followups import FollowUpError, follow_ups_due, mark_done, schedule_follow_up
from retention_desktop.i18n import set_translator
from retention_desktop.interactions import InteractionError, customer_timeline, log_interaction
from retention_desktop.models import (
    CatalogueItem,
    InteractionKind,
    Invoice,
    Outcome,
    Payment,
    PaymentMethod,
    Setting,
)
from retention_desktop.money import MoneyError, parse_amount
from retention_desktop.profile import BusinessProfile, ProfileError, get_profile, save_profile
from retention_desktop.sales import (
    CatalogueDraft,
    InvoiceDraft,
    LineDraft,
    SalesError,
    add_catalogue_item,
    catalogue_items,
    document_details,
    issue_credit_note,
    issue_invoice,
    list_documents,
    preview_totals,
    printable_invoice,
    record_payment,
)
from retention_desktop.search_index import search_text
from retention_desktop.settings import (
    INVOICE_PREFIX,
    INVOICE_TERMS,
    SHOP_NAME,
    TIME_ZONE,
    SettingError,
    get_setting,
    set_setting,
)
from retention_desktop.templates import TemplateError, add_template, list_templates, whatsapp_url

NOON = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
REPO = Path(__file__).resolve().parent.parent
# What no stored text and no message may hold: C0 controls but tab and line feed, DEL, C1 controls,
# bidi embeddings, overrides and isolates, the byte order mark and surrogates.
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")
# Only invisible things: zero-width space, joiners, bidi marks, controls, a BOM.
ONLY_MARKS = "\u200b\u200c\u200d\u200e\u200f\u061c\u202e\u2066\u2069\ufeff \x00"


def readable(error: BaseException) -> str:
    """The message as the user reads it: it must encode (no lone surrogate) and hold no control."""
    message = str(error)
    message.encode("utf-8")
    assert not FORBIDDEN.search(message), ascii(message)
    assert message
    return message


@pytest.fixture
def marked() -> Iterator[None]:
    """A translator that marks every message, to see that a message went through translate()."""
    set_translator(lambda context, source, n: f"⟦{source}⟧")
    yield
    set_translator(None)


# --- one-line and multi-line fields of a customer -----------------------------------------------


def test_birthday_is_checked_against_the_shops_day_not_the_pcs(db: Database) -> None:
    # A time zone whose day is not the computer's right now: UTC-12 and UTC+14 are 26 hours apart,
    # so one of them always is.
    zone = next(z for z in ("Pacific/Kiritimati", "Etc/GMT+12") if datetime.now(ZoneInfo(z)).date() != date.today())
    set_setting(db, TIME_ZONE, zone)
    today = shop_today(db)
    born_today = add_customer(db, CustomerDraft("مولود اليوم", birthday=today))
    assert customer_details(db, born_today).birthday == today
    with pytest.raises(ValidationError) as refused:
        add_customer(db, CustomerDraft("مولود غدًا", birthday=today + timedelta(days=1)))
    assert set(refused.value.errors) == {"birthday"}
