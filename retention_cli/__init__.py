"""The command-line verbs of main.py (due, invoice, kit, report, import, export, backup, restore,
check, demo): each one parses its own arguments' meaning, runs the core and prints the result.
They may use Qt's translator (ui.language) but never open a window."""

LANGUAGES = ("ar", "en")
