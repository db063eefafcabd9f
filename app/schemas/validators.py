"""Checks for Chinese identifiers: 统一社会信用代码 (GB 32100-2015) and mobile numbers."""

from __future__ import annotations

import re

CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100: no I, O, S, V, Z
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
MOBILE = re.compile(r"^1[3-9]\d{9}$")


def credit_code_check_char(first17: str) -> str:
    total = sum(CREDIT_CODE_CHARS.index(c) * w for c, w in zip(first17, CREDIT_CODE_WEIGHTS))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def validate_credit_code(code: str) -> str:
    code = code.strip().upper()
    if len(code) != 18:
        raise ValueError("统一社会信用代码 must have 18 characters")
    if bad := sorted({c for c in code if c not in CREDIT_CODE_CHARS}):
        raise ValueError(f"统一社会信用代码 has characters outside GB 32100: {''.join(bad)}")
    if credit_code_check_char(code[:17]) != code[17]:
        raise ValueError("统一社会信用代码 check character is wrong (GB 32100 checksum)")
    return code


def validate_mobile(phone: str) -> str:
    digits = re.sub(r"[\s-]", "", phone).removeprefix("+86")
    if not MOBILE.match(digits):
        raise ValueError("phone must be an 11-digit mainland mobile number, e.g. 13805511234")
    return digits


def mask_name(name: str) -> str:
    return name[:1] + "*" * max(len(name) - 1, 1)


def mask_phone(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 8 else "*" * len(phone)
