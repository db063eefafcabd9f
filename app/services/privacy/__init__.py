"""Personal data at rest: the vault, sealed phone and ID numbers, key rotation, consents for sensitive information."""
