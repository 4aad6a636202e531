"""The pictures of lost customers and of campaigns: tools/screens.py lists them with the others."""

from __future__ import annotations


from PySide6.QtWidgets import QApplication, QWidget


from ui.widgets import select_row


from tools.shot import Shot, first_customer, settings, settle


# --- lost customers ----------------------------------------------------------------------------------


def lost(shot: Shot) -> QWidget:
    shot.window.tabs.setCurrentIndex(3)
    return shot.window


def lost_marked(shot: Shot) -> QWidget:
    window = lost(shot)
    page = window.page_at(3)
    page.tabs.setCurrentWidget(page.lost)  # type: ignore[attr-defined]
    select_row(page.lost.table, 0)  # type: ignore[attr-defined]
    return window


def lost_report(shot: Shot) -> QWidget:
    window = lost(shot)
    page = window.page_at(3)
    page.tabs.setCurrentWidget(page.report_tab)  # type: ignore[attr-defined]
    return window


def _lost_customer(shot: Shot) -> int | None:
    from sqlalchemy import select

    from retention_desktop.tables import customer_losses

    with shot.db.reading() as connection:
        return connection.scalar(
            select(customer_losses.c.customer_id).where(customer_losses.c.won_back_on.is_(None)).order_by(customer_losses.c.id).limit(1)
        )


def customer_lost(shot: Shot) -> QWidget | None:
    customer = _lost_customer(shot)
    if customer is None:
        return None
    shot.window.show_customers()
    shot.window.book.open_customer(customer)
    return shot.window


def mark_lost(shot: Shot) -> QWidget | None:
    from ui.loss_dialog import MarkLostDialog

    customer = first_customer(shot)
    return None if customer is None else MarkLostDialog(shot.context, customer, shot.window)


def mark_lost_error(shot: Shot) -> QWidget | None:
    dialog = mark_lost(shot)
    if dialog is not None:
        dialog.save()  # type: ignore[attr-defined]
    return dialog


def settings_losses(shot: Shot) -> QWidget:
    dialog = settings(shot)
    dialog.tabs.setCurrentWidget(dialog.losses)  # type: ignore[attr-defined]
    return dialog


def campaigns(shot: Shot) -> QWidget:
    shot.window.show_campaigns()
    return shot.window


def _newest_campaign(shot: Shot) -> int | None:
    from retention_desktop.campaigns import campaign_figures

    figures = campaign_figures(shot.db)
    return figures[0].id if figures else None


def campaign_view(shot: Shot) -> QWidget | None:
    from ui.campaign_view import CampaignView

    campaign_id = _newest_campaign(shot)
    return None if campaign_id is None else CampaignView(shot.context, campaign_id, shot.window)


def campaign_costs(shot: Shot) -> QWidget | None:
    view = campaign_view(shot)
    if view is not None:
        view.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    return view


def campaign_new(shot: Shot) -> QWidget:
    from ui.campaign_dialogs import NewCampaignDialog

    return NewCampaignDialog(shot.context, shot.window)


def _saved_in_background(dialog: QWidget) -> QWidget:
    """The dialog once its Save, run off the GUI thread, has come back with its problems."""
    dialog.save()  # type: ignore[attr-defined]
    app = QApplication.instance()
    while dialog._job is not None and dialog._job.running:  # type: ignore[attr-defined]
        settle(app, 1)  # type: ignore[arg-type]
    return dialog


def campaign_new_error(shot: Shot) -> QWidget:
    return _saved_in_background(campaign_new(shot))


def sequence(shot: Shot) -> QWidget:
    from ui.campaign_dialogs import SequenceDialog

    return SequenceDialog(shot.context, shot.window)


def sequence_error(shot: Shot) -> QWidget:
    dialog = sequence(shot)
    dialog.warm.text.setPlainText("رمضان قريب، كل عام وأنتم بخير")  # type: ignore[attr-defined]
    dialog.offer.text.setPlainText("خصم 15% طوال الشهر")  # type: ignore[attr-defined]
    dialog.days_before.setValue(3)  # type: ignore[attr-defined]
    dialog.every.setValue(5)  # type: ignore[attr-defined]
    return _saved_in_background(dialog)
