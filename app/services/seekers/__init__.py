"""Jobseeker profiles: creating, reading (masked as the reader's role requires), changing and erasing them."""
