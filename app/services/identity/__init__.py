"""Who is asking and what they may touch: accounts, tokens, WeChat sign-in, the principal, object-level
access, rate limits and the audit log."""
