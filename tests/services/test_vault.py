"""The vault: AES-GCM ciphertexts bound to their field, any listed key decrypts, keyed lookup hashes."""

from __future__ import annotations

import secrets

import pytest

from app.keys import Keys
from app.services.privacy.vault import CannotDecrypt, Vault


def keys(*ids: str) -> Keys:
    return Keys(b"x" * 32, tuple((key_id, secrets.token_bytes(32)) for key_id in ids), secrets.token_bytes(32))


def test_round_trips_and_names_its_key_without_showing_the_number():
    vault = Vault(keys("k1"))
    token = vault.encrypt("13805511234", "jobseekers.phone")
    assert token.startswith("v1.k1.") and "13805511234" not in token and "5511234" not in token
    assert vault.decrypt(token, "jobseekers.phone") == "13805511234"


def test_the_same_number_encrypts_differently_each_time():
    vault = Vault(keys("k1"))
    assert vault.encrypt("13805511234", "jobseekers.phone") != vault.encrypt("13805511234", "jobseekers.phone")


def test_a_ciphertext_moved_to_another_field_does_not_decrypt():
    vault = Vault(keys("k1"))
    token = vault.encrypt("13805511234", "jobseekers.phone")
    with pytest.raises(CannotDecrypt):
        vault.decrypt(token, "employers.contact_phone")


def test_a_tampered_or_foreign_ciphertext_does_not_decrypt():
    vault = Vault(keys("k1"))
    token = vault.encrypt("13805511234", "jobseekers.phone")
    flipped = token[:-2] + ("A" if token[-2] != "A" else "B") + token[-1]
    for bad in (flipped, "v1.k9." + token.split(".")[2], "13805511234"):
        with pytest.raises(CannotDecrypt):
            vault.decrypt(bad, "jobseekers.phone")


def test_every_listed_key_decrypts_and_only_the_first_encrypts():
    old = keys("k1")
    token = Vault(old).encrypt("13805511234", "jobseekers.phone")
    rotated = Vault(Keys(old.jwt_secret, (("k2", secrets.token_bytes(32)), *old.pii_keys), old.pii_lookup_key))
    assert rotated.decrypt(token, "jobseekers.phone") == "13805511234"
    assert rotated.needs_rotation(token) and not rotated.needs_rotation(rotated.encrypt("1", "jobseekers.phone"))


def test_lookup_hashes_are_keyed_separate_by_kind_and_ignore_formatting():
    vault = Vault(keys("k1"))
    assert vault.lookup("phone", "0551-6200 0000") == vault.lookup("phone", "055162000000")
    assert vault.lookup("id_number", "11010519491231002x") == vault.lookup("id_number", "11010519491231002X")
    assert vault.lookup("phone", "110105194912310021") != vault.lookup("id_number", "110105194912310021")
    assert Vault(keys("k1")).lookup("phone", "13805511234") != vault.lookup("phone", "13805511234")
    assert "13805511234" not in vault.lookup("phone", "13805511234")
