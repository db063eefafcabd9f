"""Posting screening evaluated on sentences of real postings (labels only, never the text)."""
