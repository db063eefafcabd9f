"""Occupation coding on real posting titles labelled by people reading the 大典 definitions."""
