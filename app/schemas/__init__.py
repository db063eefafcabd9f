"""Pydantic request and response bodies; no ORM here."""
