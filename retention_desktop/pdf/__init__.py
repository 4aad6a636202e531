"""Printed documents (reportlab): invoices and credit notes, with Arabic shaped and ordered for print."""
