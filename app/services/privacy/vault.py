"""Personal numbers at rest: AES-256-GCM ciphertexts that name their key, and keyed lookup hashes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from app.keys import Keys

VERSION = "v1"
SEPARATORS = re.compile(r"[\s-]")
NONCE_BYTES = 12  # random 96-bit nonces: rotate keys long before 2^32 encryptions under one


class CannotDecrypt(ValueError):
    """A ciphertext under an unknown key, for another field, or tampered with."""


@dataclass(frozen=True)
class Vault:
    keys: Keys

    @property
    def current_key_id(self) -> str:
        return self.keys.pii_keys[0][0]

    def encrypt(self, plaintext: str, context: str) -> str:
        """`v1.<key id>.<base64url(nonce + ciphertext)>`; the context (table.column) is bound as associated data."""
        key_id, key = self.keys.pii_keys[0]
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(key).encrypt(nonce, plaintext.encode(), context.encode())
        return f"{VERSION}.{key_id}.{base64.urlsafe_b64encode(nonce + sealed).decode().rstrip('=')}"

    def decrypt(self, token: str, context: str) -> str:
        version, key_id, body = _parts(token)
        key = dict(self.keys.pii_keys).get(key_id)
        if version != VERSION or key is None:
            raise CannotDecrypt(f"no key {key_id!r} for this ciphertext (was it rotated out too early?)")
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        try:
            return AESGCM(key).decrypt(raw[:NONCE_BYTES], raw[NONCE_BYTES:], context.encode()).decode()
        except InvalidTag as error:
            raise CannotDecrypt(f"ciphertext for {context} does not verify") from error

    def seal_bytes(self, data: bytes, context: str) -> tuple[str, bytes]:
        """A file's bytes sealed whole: (key id, nonce + ciphertext), the context bound as associated data."""
        key_id, key = self.keys.pii_keys[0]
        nonce = os.urandom(NONCE_BYTES)
        return key_id, nonce + AESGCM(key).encrypt(nonce, data, context.encode())

    def open_bytes(self, key_id: str, sealed: bytes, context: str) -> bytes:
        key = dict(self.keys.pii_keys).get(key_id)
        if key is None:
            raise CannotDecrypt(f"no key {key_id!r} for this file (was it rotated out too early?)")
        try:
            return AESGCM(key).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], context.encode())
        except InvalidTag as error:
            raise CannotDecrypt(f"sealed file for {context} does not verify") from error

    def needs_rotation(self, token: str) -> bool:
        return _parts(token)[1] != self.current_key_id

    def lookup(self, kind: str, value: str) -> str:
        """A keyed hash to find a row by its phone or ID number without storing the number; kinds never collide.

        Spaces and hyphens do not count ("0551-6200 0000" finds "055162000000"), nor does the case of an X."""
        normal = SEPARATORS.sub("", value).upper()
        message = f"{kind}\x00{normal}".encode()
        return hmac.new(self.keys.pii_lookup_key, message, hashlib.sha256).hexdigest()


def _parts(token: str) -> tuple[str, str, str]:
    version, _, rest = token.partition(".")
    key_id, _, body = rest.partition(".")
    if not body:
        raise CannotDecrypt("not a jobcircle ciphertext")
    return version, key_id, body
