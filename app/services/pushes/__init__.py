"""Nightly pushes: the plan, employer digests, delivery over WeChat, webhooks and the in-app inbox."""
