"""A blind set of seeker wordings (issue 22, session 11) and its scorer: what the seeker reader reads of limits."""
