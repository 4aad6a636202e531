"""English counts read in the singular for one ("1 invoice"), through the English plural forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication


def test_english_counts_read_in_the_singular(language: Callable[[str], None]) -> None:
    language("en")
    assert QCoreApplication.translate("CustomerCard", "%n invoices", None, 1) == "1 invoice"
    assert QCoreApplication.translate("CustomerCard", "%n invoices", None, 3) == "3 invoices"
    assert QCoreApplication.translate("CustomerBook", "%n customers", None, 1) == "1 customer"
    language("ar")
    assert QCoreApplication.translate("CustomerCard", "%n invoices", None, 2) == "فاتورتان"


def test_arabic_counts_agree_with_their_noun(language: Callable[[str], None]) -> None:
    """«3 عميل» was wrong: 3 to 10 take the plural, 11 to 99 the accusative singular."""
    from retention_desktop.i18n import translate

    language("ar")
    said = {n: translate("Demo", "Added %n demo customers.", None, n) for n in (1, 2, 3, 11, 100)}
    assert said == {
        1: "أُضيف عميل تجريبي واحد.",
        2: "أُضيف عميلان تجريبيان.",
        3: "أُضيف 3 عملاء تجريبيين.",
        11: "أُضيف 11 عميلًا تجريبيًا.",
        100: "أُضيف 100 عميل تجريبي.",
    }
    assert translate("Money", "Type at most %n digits after the decimal point.", None, 2) == "اكتب منزلتين عشريتين على الأكثر."
