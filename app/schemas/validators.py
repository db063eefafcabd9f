"""Checks for Chinese identifiers: 统一社会信用代码 (GB 32100-2015) and mobile numbers."""

from __future__ import annotations

import re

from matching.parsing import check_credit_code, normalise_credit_code

MOBILE = re.compile(r"^1[3-9]\d{9}$")


def validate_credit_code(code: str) -> str:
    """The normalised code; the same GB 32100 check, and the same reasons, as a bulk upload gives."""
    problem = check_credit_code(code)
    if problem:
        raise ValueError(problem)
    return normalise_credit_code(code)


def validate_mobile(phone: str) -> str:
    digits = re.sub(r"[\s-]", "", phone).removeprefix("+86")
    if not MOBILE.match(digits):
        raise ValueError("phone must be an 11-digit mainland mobile number, e.g. 13805511234")
    return digits


def mask_name(name: str) -> str:
    return name[:1] + "*" * max(len(name) - 1, 1)


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "*" * len(phone)
