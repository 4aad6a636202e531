"""Wording in Arabic: buttons named as Arabic software names commands, counts that agree with their
unit, time zones by name, template placeholders in the UI's language."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from retention_desktop.db import Database
from retention_desktop.settings import TIME_ZONE, get_setting
from retention_desktop.templates import add_template, list_templates

from ui.catalogue_dialog import CatalogueDialog, CatalogueItemDialog
from ui.context import AppContext
from ui.customer_dialog import CustomerDialog
from ui.ops import show_problem
from ui.preferences import Preferences
from ui.settings_dialog import SettingsDialog
from ui.template_dialog import TemplatesDialog

from .conftest import type_text


@pytest.fixture
def arabic(db: Database, language: Callable[[str], None], qapp: QApplication) -> Iterator[AppContext]:
    """The program in Arabic, as its compiled translation has it."""
    language("ar")
    yield AppContext(db=db, preferences=Preferences(), language="ar")


QT_IMPERATIVES = {"احفظ", "ألغِ", "أغلق", "افتح", "حسنًا"}


def test_standard_buttons_carry_our_words_not_qts_imperatives(qtbot: QtBot, arabic: AppContext) -> None:
    dialog = CustomerDialog(arabic)
    qtbot.addWidget(dialog)
    catalogue = CatalogueDialog(arabic)
    qtbot.addWidget(catalogue)
    box = show_problem(None, "عنوان", "نص")
    qtbot.addWidget(box)
    buttons = [
        *dialog.findChild(QDialogButtonBox).buttons(),
        *catalogue.findChild(QDialogButtonBox).buttons(),
        *box.buttons(),
    ]
    texts = {button.text() for button in buttons}
    assert not texts & QT_IMPERATIVES
    translate = QCoreApplication.translate
    assert {translate("Buttons", "Save"), translate("Buttons", "Cancel"), translate("Buttons", "Close"), translate("Buttons", "OK")} <= texts
    assert isinstance(box, QMessageBox)


def test_the_unit_of_a_period_agrees_with_its_number(qtbot: QtBot, arabic: AppContext) -> None:
    dialog = CustomerDialog(arabic)
    qtbot.addWidget(dialog)
    dialog.cadence_on.setChecked(True)
    dialog.contact_every.setValue(12)
    assert dialog.contact_unit.currentText() == "شهرًا"  # «كل 12 شهرًا», not «كل 12 أشهر»
    dialog.contact_every.setValue(3)
    assert dialog.contact_unit.currentText() == "أشهر"
    # Beside the digit 2, the unit in the singular: «كل 2 شهر», not «كل 2 شهرين» (two months twice over).
    dialog.contact_every.setValue(2)
    assert dialog.contact_unit.currentText() == "شهر"
    dialog.contact_unit.setCurrentIndex(0)
    assert dialog.contact_unit.currentText() == "يوم"
    item = CatalogueItemDialog(arabic, None)
    qtbot.addWidget(item)
    assert item.renewal_every.value() == 12 and item.renewal_unit.currentText() == "شهرًا"
    settings = SettingsDialog(arabic)
    qtbot.addWidget(settings)
    settings.satisfaction_days.setValue(11)
    assert settings.satisfaction_days.text() == "11 يومًا"
    settings.satisfaction_days.setValue(7)
    assert settings.satisfaction_days.text() == "7 أيام"
    settings.satisfaction_days.setValue(2)
    assert settings.satisfaction_days.text() == "2 يوم"


def test_the_time_zone_is_shown_by_its_city_and_name(qtbot: QtBot, arabic: AppContext, db: Database) -> None:
    dialog = SettingsDialog(arabic)
    qtbot.addWidget(dialog)
    assert dialog.time_zone.currentText() == "الرياض — التوقيت العربي"
    assert not any("/" in dialog.time_zone.itemText(i) for i in range(dialog.time_zone.count()))
    dialog.time_zone.setCurrentIndex(dialog.time_zone.findData("Asia/Dubai"))
    assert dialog.time_zone.currentText().startswith("دبي")
    type_text(dialog.shop_name, "متجر")
    dialog.save()
    assert get_setting(db, TIME_ZONE) == "Asia/Dubai"  # the setting keeps the code


def test_template_placeholders_are_offered_in_the_ui_language(qtbot: QtBot, arabic: AppContext, db: Database) -> None:
    add_template(db, name="قديم", body="{dear} {name}، أهلًا من {shop}")
    dialog = TemplatesDialog(arabic)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow([t.name for t in list_templates(db)].index("قديم"))
    # An old template is shown with the placeholders' Arabic words…
    assert dialog.body.toPlainText() == "{عزيزي} {اسم_العميل}، أهلًا من {اسم_المتجر}"
    dialog.body.moveCursor(dialog.body.textCursor().MoveOperation.End)
    dialog.findChild(type(dialog.save_button), "insert_date").click()
    assert dialog.body.toPlainText().endswith("{تاريخ_اليوم}")
    dialog.save()
    # …and stored as the core reads them, so that it keeps working in either language.
    saved = {t.name: t.body for t in list_templates(db)}["قديم"]
    assert saved == "{dear} {name}، أهلًا من {shop}{date}"


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_messages_and_the_kit_show_one_word_for_one_value(language: Callable[[str], None], lang: str) -> None:
    """The customer's name, the shop's and today's date have the same word in the template editor
    as in the welcome kit's (English: {customer_name}, not {name} in one and {customer_name} in the
    other), and a template that has the kit's English word is filled as the short one is."""
    from datetime import date

    from retention_desktop.templates import render
    from ui.kit_editor import kit_placeholders
    from ui.template_dialog import placeholder_words

    language(lang)
    words, kit = placeholder_words(), kit_placeholders().words
    assert (words["name"], words["shop"], words["date"]) == (kit["customer_name"], kit["shop_name"], kit["today"])
    values = {"customer_name": "Sara", "shop_name": "Al Noor", "day": date(2026, 12, 1)}
    assert render("{customer_name} / {shop_name} / {today}", **values) == render("{name} / {shop} / {date}", **values) == "Sara / Al Noor / 2026-12-01"


def test_template_placeholders_are_shown_by_arabic_words(language: Callable[[str], None]) -> None:
    from ui.template_dialog import placeholder_words, shown_placeholders

    language("ar")
    words = placeholder_words()
    assert all(re.fullmatch(r"[\u0621-\u064a_]+", word) for word in words.values()), words
    assert shown_placeholders("{dear} {name}، أهلًا بك في {shop}") == "{عزيزي} {اسم_العميل}، أهلًا بك في {اسم_المتجر}"
