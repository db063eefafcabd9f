"""Employers, their postings, job fairs, and the screening and review of what postings ask."""
