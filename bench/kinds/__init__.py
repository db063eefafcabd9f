"""Bodily demands of a job's kind, labelled blind on real posting titles, and the reader scored on them."""
