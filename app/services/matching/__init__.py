"""Matches for a seeker, for a job and for a text search, and seekers as an employer sees them."""
