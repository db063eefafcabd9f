"""Checks and masks for Chinese identifiers: 统一社会信用代码 (GB 32100), 身份证号 (GB 11643), phone numbers."""

from __future__ import annotations

import re

from matching.parsing import check_credit_code, normalise_credit_code

MOBILE = re.compile(r"^1[3-9]\d{9}$")
ID_NUMBER = re.compile(r"^\d{17}[\dX]$")
ID_WEIGHTS = [2 ** (17 - i) % 11 for i in range(17)]  # GB 11643: ISO 7064 MOD 11-2
ID_CHECK = "10X98765432"


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


def validate_id_number(id_number: str) -> str:
    """An 18-character 居民身份证号码, upper-cased, whose check character is right (GB 11643-1999)."""
    normal = re.sub(r"\s", "", id_number).upper()
    if not ID_NUMBER.match(normal):
        raise ValueError("id_number must be 18 characters: 17 digits and a digit or X")
    if ID_CHECK[sum(int(d) * w for d, w in zip(normal, ID_WEIGHTS)) % 11] != normal[-1]:
        raise ValueError("id_number: the check character (the last one) does not match; please re-check the number")
    return normal


def mask_name(name: str) -> str:
    return name[:1] + "*" * max(len(name) - 1, 1)


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "*" * len(phone)


def mask_id_number(id_number: str) -> str:
    """340104********123X: the county of issue and the last four, as printed on receipts."""
    return id_number[:6] + "*" * 8 + id_number[-4:] if len(id_number) == 18 else "*" * len(id_number)
