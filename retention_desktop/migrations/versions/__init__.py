"""The numbered revisions, oldest first."""
