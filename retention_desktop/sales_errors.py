"""SalesError: what the sales screens and the documents refuse, apart from the sales module itself
(printing an invoice raises it without loading the rest of sales)."""

from __future__ import annotations

from retention_desktop.errors import UserError
from retention_desktop.money import MoneyError


class SalesError(UserError):
    """Input that cannot be saved; the message is for the user, `field` names the input at fault
    (the same names as MoneyError's, plus "customer", "profile", "item", "paid_on", "reason")."""

    def __init__(self, message: str, *, field: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.line = line  # the 0-based line of the invoice at fault, if a line is


def money_error(error: MoneyError, line: int | None = None) -> SalesError:
    return SalesError(str(error), field=error.field, line=line)


__all__ = ["SalesError", "money_error"]
