"""Our own words on Qt's standard buttons (Save, Cancel, Close, OK…), said once for every dialog and message box.

Commands are named with verbal nouns in Arabic, as Arabic Windows and Office, and Google's Arabic
interfaces, name them: حفظ، إلغاء، إغلاق، فتح، طباعة، عرض — not the imperatives that Qt's own Arabic
translation gives its standard buttons (احفظ، ألغِ، أغلق، افتح). Our buttons follow the same rule;
only sentences that address the user (a hint, a message) use the imperative.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

_Standard = QDialogButtonBox.StandardButton


def standard_button_texts() -> dict[int, str]:
    """The text of each standard button, by its value (the same in QDialogButtonBox and QMessageBox)."""
    translate = QCoreApplication.translate  # literal calls, so that lupdate finds every text
    return {
        _Standard.Ok.value: translate("Buttons", "OK"),
        _Standard.Save.value: translate("Buttons", "Save"),
        _Standard.SaveAll.value: translate("Buttons", "Save All"),
        _Standard.Open.value: translate("Buttons", "Open"),
        _Standard.Yes.value: translate("Buttons", "&Yes"),
        _Standard.YesToAll.value: translate("Buttons", "Yes to &All"),
        _Standard.No.value: translate("Buttons", "&No"),
        _Standard.NoToAll.value: translate("Buttons", "N&o to All"),
        _Standard.Abort.value: translate("Buttons", "Abort"),
        _Standard.Retry.value: translate("Buttons", "Retry"),
        _Standard.Ignore.value: translate("Buttons", "Ignore"),
        _Standard.Close.value: translate("Buttons", "Close"),
        _Standard.Cancel.value: translate("Buttons", "Cancel"),
        _Standard.Discard.value: translate("Buttons", "Discard"),
        _Standard.Help.value: translate("Buttons", "Help"),
        _Standard.Apply.value: translate("Buttons", "Apply"),
        _Standard.Reset.value: translate("Buttons", "Reset"),
        _Standard.RestoreDefaults.value: translate("Buttons", "Restore Defaults"),
    }


def name_buttons(box: QDialogButtonBox | QMessageBox) -> None:
    """Put our words on the standard buttons `box` has now (call it after adding them); buttons of
    our own, added with a text, keep theirs."""
    texts = standard_button_texts()
    for button in box.buttons():
        text = texts.get(box.standardButton(button).value)
        if text is not None:
            button.setText(text)
