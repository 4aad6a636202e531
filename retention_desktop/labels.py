"""The words for the core's enums (stages, sources, kinds, sales), in one place for the screens
(ui/labels.py re-exports them), the exports and the documents. Context "Labels"."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from retention_desktop.i18n import translate
from retention_desktop.kinds import (
    CustomerKind,
    DocumentKind,
    FollowUpKind,
    Gender,
    InteractionKind,
    Outcome,
    PaymentMethod,
    PaymentStatus,
    PhoneKind,
    Source,
    Stage,
    VatCategory,
)


def stage_label(stage: Stage) -> str:
    return {
        Stage.PROSPECT: translate("Labels", "Prospect"),
        Stage.FIRST_PURCHASE: translate("Labels", "First purchase"),
        Stage.ACTIVE: translate("Labels", "Active"),
        Stage.AT_RISK: translate("Labels", "At risk"),
        Stage.LAPSED: translate("Labels", "Lapsed"),
        Stage.LOST: translate("Labels", "Lost"),
        Stage.WON_BACK: translate("Labels", "Won back"),
    }[stage]


def source_label(source: Source) -> str:
    return {
        Source.UNKNOWN: translate("Labels", "Not known"),
        Source.WALK_IN: translate("Labels", "Walked in"),
        Source.REFERRAL: translate("Labels", "Referred by a customer"),
        Source.SOCIAL_MEDIA: translate("Labels", "Social media"),
        Source.ONLINE_SEARCH: translate("Labels", "Online search or maps"),
        Source.ADVERTISEMENT: translate("Labels", "Advertisement"),
        Source.EVENT: translate("Labels", "Event or exhibition"),
        Source.OTHER: translate("Labels", "Other"),
    }[source]


def gender_label(gender: Gender) -> str:
    return {
        Gender.UNSPECIFIED: translate("Labels", "Not specified"),
        Gender.MALE: translate("Labels", "Male"),
        Gender.FEMALE: translate("Labels", "Female"),
    }[gender]


def kind_label(kind: CustomerKind) -> str:
    return {CustomerKind.PERSON: translate("Labels", "Person"), CustomerKind.BUSINESS: translate("Labels", "Business")}[kind]


def phone_kind_label(kind: PhoneKind) -> str:
    return {PhoneKind.MOBILE: translate("Labels", "Mobile"), PhoneKind.LANDLINE: translate("Labels", "Landline"), PhoneKind.OTHER: translate("Labels", "Phone")}[kind]


def follow_up_kind_label(kind: FollowUpKind) -> str:
    return {
        FollowUpKind.CALL: translate("Labels", "Call"),
        FollowUpKind.VISIT: translate("Labels", "Visit"),
        FollowUpKind.MESSAGE: translate("Labels", "Message"),
    }[kind]


def outcome_label(outcome: Outcome) -> str:
    return {
        Outcome.REACHED: translate("Labels", "Reached"),
        Outcome.NO_ANSWER: translate("Labels", "No answer"),
        Outcome.CALL_BACK: translate("Labels", "Call back"),
        Outcome.NOT_INTERESTED: translate("Labels", "Not interested"),
        Outcome.OTHER: translate("Labels", "Other"),
    }[outcome]


def interaction_kind_label(kind: InteractionKind) -> str:
    return {
        InteractionKind.CALL: translate("Labels", "Call"),
        InteractionKind.VISIT: translate("Labels", "Visit"),
        InteractionKind.MESSAGE: translate("Labels", "Message"),
        InteractionKind.PURCHASE: translate("Labels", "Purchase note"),
        InteractionKind.FEEDBACK: translate("Labels", "Feedback"),
        InteractionKind.COMPLAINT: translate("Labels", "Complaint"),
        InteractionKind.NOTE: translate("Labels", "Note"),
    }[kind]


def vat_category_label(category: VatCategory) -> str:
    return {
        VatCategory.STANDARD: translate("Labels", "Standard rate"),
        VatCategory.ZERO_RATED: translate("Labels", "Zero-rated"),
        VatCategory.EXEMPT: translate("Labels", "Exempt"),
    }[category]


def payment_method_label(method: PaymentMethod) -> str:
    return {
        PaymentMethod.CASH: translate("Labels", "Cash"),
        PaymentMethod.CARD: translate("Labels", "Card"),
        PaymentMethod.BANK_TRANSFER: translate("Labels", "Bank transfer"),
        PaymentMethod.OTHER: translate("Labels", "Other"),
    }[method]


def payment_status_label(status: PaymentStatus) -> str:
    return {
        PaymentStatus.UNPAID: translate("Labels", "Unpaid"),
        PaymentStatus.PARTLY_PAID: translate("Labels", "Partly paid"),
        PaymentStatus.PAID: translate("Labels", "Paid"),
        PaymentStatus.CREDITED: translate("Labels", "Credited in full"),
        PaymentStatus.REFUND_DUE: translate("Labels", "Refund due"),
    }[status]


def payment_status_text(status: PaymentStatus, balance: Decimal, total: Decimal, money: Callable[[Decimal], str]) -> str:
    """The status with the amount that matters: what is still due when part of it is paid or
    credited, what is owed back when a credit note came after payment."""
    label = payment_status_label(status)
    if status in (PaymentStatus.UNPAID, PaymentStatus.PARTLY_PAID) and balance != total:
        return translate("Labels", "{status}: {due} due").format(status=label, due=money(balance))
    if status == PaymentStatus.REFUND_DUE:
        return translate("Labels", "{status}: {amount}").format(status=label, amount=money(-balance))
    return label


def document_kind_label(kind: DocumentKind) -> str:
    return {DocumentKind.INVOICE: translate("Labels", "Invoice"), DocumentKind.CREDIT_NOTE: translate("Labels", "Credit note")}[kind]
