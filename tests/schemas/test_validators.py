"""身份证号 check digits (GB 11643) and the masks personal numbers are shown with."""

from __future__ import annotations

import pytest

from app.schemas.validators import mask_id_number, mask_phone, validate_id_number

VALID = ["11010519491231002X", "440524188001010014"]


@pytest.mark.parametrize("number", VALID)
def test_accepts_published_examples(number: str):
    assert validate_id_number(number) == number


def test_normalises_a_lower_case_x_and_spaces():
    assert validate_id_number("110105 19491231 002x") == "11010519491231002X"


@pytest.mark.parametrize(
    "number", ["110105194912310021", "11010519491231002", "1101051949123100XX", "A1010519491231002X"]
)
def test_rejects_a_wrong_check_digit_or_shape(number: str):
    with pytest.raises(ValueError):
        validate_id_number(number)


def test_masks_keep_only_what_receipts_show():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_id_number("34010419900307123X") == "340104********123X"
