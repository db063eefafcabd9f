"""Bulk uploads of postings: reading sheets, checking rows, storing them in resumable chunks."""
