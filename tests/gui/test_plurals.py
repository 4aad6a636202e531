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
