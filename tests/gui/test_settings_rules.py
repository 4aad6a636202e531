"""The settings dialog: shop name, time zone and the follow-up rules, saved all together or not at all."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from retention_desktop.db import Database
from retention_desktop.settings import (
    BIRTHDAY_GREETING,
    RENEWAL_CALL,
    RENEWAL_CALL_WEEKS,
    SATISFACTION_CALL,
    SATISFACTION_CALL_DAYS,
    SHOP_NAME,
    TIME_ZONE,
    get_setting,
)

from ui.context import AppContext
from ui.preferences import Preferences
from ui.settings_dialog import SettingsDialog

from .bidi import plain
from .conftest import type_text


def settings_dialog(qtbot: QtBot, db: Database, language: Callable[[str], None]) -> SettingsDialog:
    language("en")
    dialog = SettingsDialog(AppContext(db=db, preferences=Preferences(), language="en"))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_rules_switched_off_and_tuned_are_saved_and_read_back(
    qtbot: QtBot, db: Database, language: Callable[[str], None]
) -> None:
    dialog = settings_dialog(qtbot, db, language)
    assert dialog.satisfaction_call.isChecked() and dialog.satisfaction_days.value() == 3
    assert dialog.time_zone.currentText() == "Riyadh — Arabian Time"
    assert dialog.time_zone_code() == "Asia/Riyadh"
    dialog.shop_name.clear()
    type_text(dialog.shop_name, "صالون الورد")
    dialog.time_zone.setCurrentText("Africa/Cairo")
    dialog.satisfaction_call.setChecked(False)
    assert not dialog.satisfaction_days.isEnabled()
    dialog.renewal_weeks.setValue(6)
    dialog.birthday_greeting.setChecked(False)
    dialog.save()
    assert not dialog.isVisible()

    assert get_setting(db, SHOP_NAME) == "صالون الورد"
    assert get_setting(db, TIME_ZONE) == "Africa/Cairo"
    assert get_setting(db, SATISFACTION_CALL) is False
    assert get_setting(db, SATISFACTION_CALL_DAYS) == 3
    assert get_setting(db, RENEWAL_CALL) is True and get_setting(db, RENEWAL_CALL_WEEKS) == 6
    assert get_setting(db, BIRTHDAY_GREETING) is False

    again = settings_dialog(qtbot, db, language)
    assert again.shop_name.text() == "صالون الورد"
    assert again.time_zone_code() == "Africa/Cairo" and again.time_zone.currentText() == "Cairo — Eastern European Time"
    assert not again.satisfaction_call.isChecked() and not again.birthday_greeting.isChecked()
    assert again.renewal_call.isChecked() and again.renewal_weeks.value() == 6


def test_an_unknown_time_zone_is_refused_and_nothing_is_saved(
    qtbot: QtBot, db: Database, language: Callable[[str], None]
) -> None:
    dialog = settings_dialog(qtbot, db, language)
    dialog.shop_name.setText("Rose Salon")
    dialog.birthday_greeting.setChecked(False)
    dialog.time_zone.setCurrentText("Mars/Olympus")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.errors["time_zone"].isVisible()
    assert plain(dialog.errors["time_zone"].text()) == "“Mars/Olympus” is not a time zone."
    assert get_setting(db, SHOP_NAME) == "" and get_setting(db, BIRTHDAY_GREETING) is True
    assert get_setting(db, TIME_ZONE) == "Asia/Riyadh"


def test_the_time_zone_completes_from_part_of_its_name(
    qtbot: QtBot, db: Database, language: Callable[[str], None]
) -> None:
    dialog = settings_dialog(qtbot, db, language)
    completer = dialog.time_zone.completer()
    completer.setCompletionPrefix("dubai")
    assert completer.currentCompletion() == "Dubai — United Arab Emirates Time"
