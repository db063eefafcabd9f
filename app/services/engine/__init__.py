"""The derived matching engine: the Matcher a request uses, the index feed, the texts it embeds and codes,
eligibility bits, occupations and duplicates."""
