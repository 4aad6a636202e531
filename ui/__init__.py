"""Qt widgets, table models and dialogs of Retention Desktop; they call the core, never SQL."""
