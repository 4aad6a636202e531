"""The command-line verbs of main.py (due, invoice, kit, report, import, export, backup, restore,
check, demo): each one parses its own arguments' meaning, runs the core and prints the result.
They never import Qt: retention_cli.language translates them from the same compiled translations."""

from retention_desktop.i18n import DEFAULT_LANGUAGE, LANGUAGES

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES"]
