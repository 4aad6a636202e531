"""Retention Desktop's core: customers, follow-ups and sales, with no Qt anywhere in it."""

APP_NAME = "RetentionDesktop"
__version__ = "0.1.0"
