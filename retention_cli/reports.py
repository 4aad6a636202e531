"""`report NAME`: the figures a screen shows (losses, campaigns), printed or as JSON."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

from retention_cli.days import bad_day, open_existing_database, parse_day
from retention_cli.output import for_terminal, json_for_terminal, print_out
from retention_desktop.i18n import join_list, translate

# --- reports: `report campaigns` (and its siblings) --------------------------------------------


def add_report_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`report NAME`: the figures a screen shows, printed; each report is one sub-command here and
    one function in REPORTS."""
    report = commands.add_parser(
        "report",
        help=translate("CommandHelp", "print a report: the same figures as the screens"),
        description=translate("CommandHelp", "Print a report: the same figures as the screens show. It only reads the book."),
    )
    reports = report.add_subparsers(dest="report", metavar=translate("CommandHelp", "REPORT"), required=True)
    campaigns = reports.add_parser(
        "campaigns",
        help=translate("CommandHelp", "win-back campaigns and occasion sequences, side by side"),
        description=translate(
            "CommandHelp",
            "Print every campaign and occasion sequence, newest first, with its figures: targeted, "
            "contacted, responded, returned, response rate, win-back rate, costs and cost per returned customer. "
            "It only reads the book.",
        ),
    )
    campaigns.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "CommandHelp",
            "print a JSON array instead, with the keys id, kind, name, channel, call_after_days, starts_on, ends_on, "
            "targeted, contacted, responded, returned, response_rate, win_back_rate (fractions, or null), cost, "
            "currency and cost_per_returned (decimal text, or null)",
        ),
    )
    losses = reports.add_parser(
        "losses",
        help=translate("CommandHelp", "the customers marked lost, by reason"),
        description=translate(
            "CommandHelp",
            "Print the customers marked lost over a period, by reason: how many, their share, how many "
            "were won back since and what they had spent; then how many were lost each month. It only reads the book.",
        ),
    )
    losses.add_argument(
        "--from", dest="start", metavar="YYYY-MM-DD", help=translate("CommandHelp", "the first day (default: a year before --to)")
    )
    losses.add_argument(
        "--to", dest="end", metavar="YYYY-MM-DD", help=translate("CommandHelp", "the last day (default: today, in the shop's time zone)")
    )
    losses.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "CommandHelp",
            "print JSON instead, with the keys from, to, total, won_back, value, reasons (key, reason, count, share, "
            "won_back, value) and months (month, count, by_reason)",
        ),
    )


def run_report(args: argparse.Namespace) -> int:
    return REPORTS[args.report](args)


def run_losses_report(args: argparse.Namespace) -> int:
    """`report losses`: the loss report, as lines or JSON. It only reads."""
    from retention_cli.language import start_command_language


    from retention_desktop.clock import add_months, shop_today
    from retention_desktop.loss_report import loss_report
    from retention_desktop.money import format_money

    language = start_command_language(args.lang)
    days: dict[str, date | None] = {}
    for name in ("start", "end"):
        text = getattr(args, name)
        days[name] = parse_day(text) if text is not None else None
        if text is not None and days[name] is None:
            return bad_day(text)
    db = open_existing_database(args)
    try:
        end = days["end"] or shop_today(db)
        start = days["start"] or add_months(end, -12) + timedelta(days=1)
        report = loss_report(db, start=start, end=end)
    finally:
        db.close()

    def amounts(values: tuple[tuple[str, Decimal], ...]) -> dict[str, str]:
        return {currency: str(amount) for currency, amount in values}

    if args.json:
        return print_out(
            json_for_terminal(
                {
                    "from": start.isoformat(),
                    "to": end.isoformat(),
                    "total": report.total,
                    "won_back": report.won_back,
                    "value": amounts(report.value),
                    "reasons": [
                        {
                            "key": r.key,
                            "reason": r.reason,
                            "count": r.count,
                            "share": round(r.share, 4),
                            "won_back": r.won_back,
                            "value": amounts(r.value),
                        }
                        for r in report.reasons
                    ],
                    "months": [
                        {
                            "month": m.month.strftime("%Y-%m"),
                            "count": m.count,
                            "by_reason": {r.reason: n for r, (_id, n) in zip(report.reasons, m.by_reason) if n},
                        }
                        for m in report.months
                    ],
                }
            )
        )
    locale = language
    lines = [
        translate("Reports", "Customers lost from {start} to {end}: {total}").format(
            start=start.isoformat(), end=end.isoformat(), total=report.total
        )
    ]
    if not report.reasons:
        return print_out(lines[0])
    width = max(len(for_terminal(r.reason)) for r in report.reasons)
    for r in report.reasons:
        value = for_terminal(join_list(format_money(amount, currency, locale) for currency, amount in r.value)) or "-"
        won = translate("Reports", "%n won back", None, r.won_back)
        lines.append(f"  {for_terminal(r.reason).ljust(width)}  {r.count:>6}  {r.share * 100:5.1f} %  {won}  {value}")
    lines.append("")
    lines.append(translate("Reports", "By month:"))
    lines.extend(f"  {m.month.strftime('%Y-%m')}  {m.count:>6}" for m in report.months)
    return print_out("\n".join(lines))


def run_campaigns_report(args: argparse.Namespace) -> int:
    """`report campaigns`: every campaign's figures, as the Campaigns page shows them."""
    from retention_cli.language import start_command_language

    from decimal import Decimal

    from retention_desktop.campaigns import campaign_figures, campaign_kind_name, channel_name
    from retention_desktop.money import format_money

    language = start_command_language(args.lang)
    db = open_existing_database(args)
    try:
        figures = campaign_figures(db)
    finally:
        db.close()
    if args.json:
        return print_out(json_for_terminal([f.as_json() for f in figures]))
    if not figures:
        return print_out(translate("CampaignsCommand", "No campaign yet."))
    locale = "ar_SA" if language == "ar" else "en"

    def rate(value: float | None) -> str:
        return "-" if value is None else f"{value * 100:.1f}%"

    def money(value: Decimal | None, currency: str) -> str:
        return "-" if value is None else format_money(value, currency, locale)

    blocks = []
    for f in figures:
        blocks.append(
            "\n".join(
                (
                    f"{for_terminal(f.name)} — "
                    + join_list(
                        (campaign_kind_name(f.kind), channel_name(f.channel), f"{f.starts_on.isoformat()} – {f.ends_on.isoformat()}")
                    ),
                    "  "
                    + translate("CampaignsCommand", "targeted {targeted}, contacted {contacted}, responded {responded}, returned {returned}").format(
                        targeted=f.targeted, contacted=f.contacted, responded=f.responded, returned=f.returned
                    ),
                    "  "
                    + translate(
                        "CampaignsCommand",
                        "response rate {response}, win-back rate {win_back}, costs {cost}, cost per returned customer {per_returned}",
                    ).format(
                        response=rate(f.response_rate),
                        win_back=rate(f.win_back_rate),
                        cost=money(f.cost, f.currency),
                        per_returned=money(f.cost_per_returned, f.currency),
                    ),
                )
            )
        )
    return print_out("\n\n".join(blocks))


REPORTS: dict[str, Callable[[argparse.Namespace], int]] = {"campaigns": run_campaigns_report, "losses": run_losses_report}
