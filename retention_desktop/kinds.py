"""The kinds that screens, print and rules need (stage, follow-up kind, outcome…), apart from the
tables, so that reading them costs no database machinery."""

from __future__ import annotations

import enum
from decimal import Decimal


class Stage(enum.StrEnum):
    """Where a customer is in the relationship, from first contact to won back."""

    PROSPECT = "prospect"
    FIRST_PURCHASE = "first_purchase"
    ACTIVE = "active"
    AT_RISK = "at_risk"
    LAPSED = "lapsed"
    LOST = "lost"
    WON_BACK = "won_back"


class CustomerKind(enum.StrEnum):
    PERSON = "person"
    BUSINESS = "business"


class Gender(enum.StrEnum):
    """Used to choose the Arabic form of a greeting (عزيزي / عزيزتي)."""

    UNSPECIFIED = "unspecified"
    MALE = "male"
    FEMALE = "female"


class Source(enum.StrEnum):
    """How the customer found the shop."""

    UNKNOWN = "unknown"
    WALK_IN = "walk_in"
    REFERRAL = "referral"
    SOCIAL_MEDIA = "social_media"
    ONLINE_SEARCH = "online_search"
    ADVERTISEMENT = "advertisement"
    EVENT = "event"
    OTHER = "other"


class CadenceUnit(enum.StrEnum):
    """The unit of a "stay in touch" cadence: every N days, weeks or months."""

    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


class FollowUpKind(enum.StrEnum):
    CALL = "call"
    VISIT = "visit"
    MESSAGE = "message"


class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpOrigin(enum.StrEnum):
    """Who put the follow-up on the list: the owner, the cadence, or one of the event rules."""

    MANUAL = "manual"
    CADENCE = "cadence"
    SATISFACTION = "satisfaction"
    RENEWAL = "renewal"
    BIRTHDAY = "birthday"


class Outcome(enum.StrEnum):
    """What came of a call, visit or message."""

    REACHED = "reached"
    NO_ANSWER = "no_answer"
    CALL_BACK = "call_back"
    NOT_INTERESTED = "not_interested"
    OTHER = "other"


class InteractionKind(enum.StrEnum):
    CALL = "call"
    VISIT = "visit"
    MESSAGE = "message"
    PURCHASE = "purchase"
    FEEDBACK = "feedback"
    COMPLAINT = "complaint"
    NOTE = "note"


class VatCategory(enum.StrEnum):
    """How VAT applies to a product or service: at the profile's standard rate, at zero, or not at all."""

    STANDARD = "standard"
    ZERO_RATED = "zero_rated"
    EXEMPT = "exempt"


class DocumentKind(enum.StrEnum):
    """An invoice, or a credit note that corrects one (an issued invoice is never edited)."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"


class PaymentMethod(enum.StrEnum):
    CASH = "cash"
    CARD = "card"
    BANK_TRANSFER = "bank_transfer"
    OTHER = "other"


class PhoneKind(enum.StrEnum):
    MOBILE = "mobile"
    LANDLINE = "landline"
    OTHER = "other"


class PaymentStatus(enum.StrEnum):
    """Where an invoice stands with its payments and credit notes."""

    UNPAID = "unpaid"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    CREDITED = "credited"  # cancelled in full by credit notes, nothing paid
    REFUND_DUE = "refund_due"  # paid, then credited: money is owed back to the customer


def payment_status(total: Decimal, paid: Decimal, credited: Decimal) -> PaymentStatus:
    """Where an invoice of `total` stands, paid `paid` and credited `credited` (both positive)."""
    due = total - credited
    if due <= 0 and paid == 0:
        return PaymentStatus.CREDITED
    if paid > due:
        return PaymentStatus.REFUND_DUE
    if paid >= due:
        return PaymentStatus.PAID
    return PaymentStatus.PARTLY_PAID if paid > 0 else PaymentStatus.UNPAID


class CampaignKind(enum.StrEnum):
    """A win-back campaign (one message, maybe a call after it) or an occasion sequence (warm
    messages before an occasion, then the offer and a reminder)."""

    WIN_BACK = "win_back"
    OCCASION = "occasion"


class Channel(enum.StrEnum):
    """How a campaign's message reaches the customer."""

    CALL = "call"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class TargetOutcome(enum.StrEnum):
    """What came of a campaign for one of its targets; RETURNED also when they bought in its window."""

    NO_ANSWER = "no_answer"
    DECLINED = "declined"
    INTERESTED = "interested"
    RETURNED = "returned"


class CostKind(enum.StrEnum):
    """A line of a campaign's costs, as the owner enters them."""

    DISCOUNTS = "discounts"
    GIFTS = "gifts"
    MESSAGES = "messages"
    OTHER = "other"
