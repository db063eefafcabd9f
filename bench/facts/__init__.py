"""Precision and recall of the fact reader (`matching.facts`) on sentences of real postings labelled by hand."""
