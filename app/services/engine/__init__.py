"""The derived matching engine: the objects a request matches with, the index feed, what it embeds and codes, eligibility bits, duplicates."""
