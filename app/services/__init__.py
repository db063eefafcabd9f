"""Use-cases. Services take a session and matching objects, raise domain errors, never commit."""
