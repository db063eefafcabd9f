"""The service's secrets: the token key, the PII encryption keys and the PII lookup key.

Set in settings, or in development generated once into data_dir/secrets.json (mode 600) so the
embedded default works out of the box. Production never generates: Settings refuses to start.
"""

from __future__ import annotations

import base64
import errno
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from app.config import Settings

logger = logging.getLogger(__name__)

KEY_BYTES = 32  # AES-256, HMAC-SHA256


@dataclass(frozen=True, slots=True)
class Keys:
    jwt_secret: bytes
    pii_keys: tuple[tuple[str, bytes], ...]  # (key id, key); the first encrypts
    pii_lookup_key: bytes


def parse_pii_keys(text: str) -> tuple[tuple[str, bytes], ...]:
    """`"k2:base64,k1:base64"` into (id, 32-byte key) pairs; raises ValueError naming the bad entry."""
    pairs: list[tuple[str, bytes]] = []
    for entry in filter(None, (e.strip() for e in text.split(","))):
        key_id, sep, encoded = entry.partition(":")
        if not sep or not key_id.isalnum() or len(key_id) > 16:
            raise ValueError(f"pii_keys: {entry[:20]!r}… is not id:base64 (id: 1-16 letters or digits)")
        key = _decode(encoded, f"pii_keys[{key_id}]")
        pairs.append((key_id, key))
    if not pairs:
        raise ValueError("pii_keys: no key given")
    if len({key_id for key_id, _ in pairs}) != len(pairs):
        raise ValueError("pii_keys: key ids must be unique")
    return tuple(pairs)


def new_key_text() -> str:
    return base64.b64encode(secrets.token_bytes(KEY_BYTES)).decode()


def load_keys(settings: Settings) -> Keys:
    generated = settings.environment == "development" and not settings.secrets_given
    stored = _development_secrets(settings) if generated else {}
    jwt_secret = settings.jwt_secret or stored.get("jwt_secret", "")
    pii_keys = settings.pii_keys or stored.get("pii_keys", "")
    lookup = settings.pii_lookup_key or stored.get("pii_lookup_key", "")
    return Keys(jwt_secret.encode(), parse_pii_keys(pii_keys), _decode(lookup, "pii_lookup_key"))


def _decode(encoded: str, name: str) -> bytes:
    try:
        key = base64.b64decode(encoded, validate=True)
    except ValueError as error:
        raise ValueError(f"{name}: not base64") from error
    if len(key) != KEY_BYTES:
        raise ValueError(f"{name}: must decode to {KEY_BYTES} bytes, got {len(key)}")
    return key


def _development_secrets(settings: Settings) -> dict[str, str]:
    path = settings.data_dir / "secrets.json"
    if path.exists():
        stored: dict[str, str] = json.loads(path.read_text())
        return stored
    fresh = fresh_secrets()
    _write_private(path, json.dumps(fresh, indent=1))
    logger.warning(
        "development secrets generated in %s; production sets JOBCIRCLE_JWT_SECRET, "
        "JOBCIRCLE_PII_KEYS and JOBCIRCLE_PII_LOOKUP_KEY instead",
        path,
    )
    return fresh


def fresh_secrets() -> dict[str, str]:
    return {
        "jwt_secret": secrets.token_urlsafe(48),
        "pii_keys": f"k1:{new_key_text()}",
        "pii_lookup_key": new_key_text(),
    }


def write_secret_store(directory: Path) -> list[Path]:
    """One file per secret, as `secrets_dir` reads them; raises FileExistsError before writing any if one exists."""
    values = fresh_secrets()
    paths = [directory / name for name in values]
    for path in paths:
        if path.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(path))
    directory.mkdir(parents=True, exist_ok=True)
    for path in paths:
        _write_private(path, values[path.name] + "\n")
    return paths


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(text)
