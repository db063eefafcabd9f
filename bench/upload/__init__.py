"""Bulk upload on real, messy postings: counts, re-upload, a killed worker, rows per second."""
