"""A search's text read once (`TextReads`): the same text searched again skips the model and the reader, and its
page is the one reading it again gives."""

from __future__ import annotations

import re
from typing import Any

import httpx
import numpy as np
import pytest

from app.config import Settings
from app.main import create_app
from app.services.engine.text_reads import TextRead, TextReads
from matching.embedding import Embedder
from matching.facts import seeker_limits
from tests.factories import HEFEI, employer, loc, north_of, post_job
from tests.live import live_server

WISHES = (
    "想找个电焊的活，离家近点，不上夜班",
    "保洁，五十岁了，不能爬高",
    "叉车司机 有证 想要包吃住",
    "想找个电焊的活，离家近点",  # the first one's start: another text, read on its own
)


class Counting:
    """The test embedder, counting the texts it is asked to embed."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.texts = inner, 0
        self.name, self.dim = inner.name, inner.dim

    def embed(self, texts: list[str]) -> np.ndarray:
        self.texts += len(texts)
        return self.inner.embed(texts)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _search(api: httpx.Client, text: str) -> dict[str, Any]:
    response = api.post("/v1/matches/search", json={"text": text, "location": loc(HEFEI)})
    assert response.status_code == 200, response.text
    page: dict[str, Any] = response.json()
    page.pop("request_id")
    return page


def _texts(api: httpx.Client) -> dict[str, float]:
    found = re.findall(
        r'^jobcircle_search_texts_total\{outcome="(\w+)"\} (\S+)$', api.get("/metrics").text, re.MULTILINE
    )
    return {outcome: float(value) for outcome, value in found}


def _post_some(api: httpx.Client) -> None:
    boss = employer(api)
    for km, title in ((0.5, "电焊工"), (1.0, "保洁员"), (1.5, "叉车司机"), (2.0, "普工")):
        post_job(api, boss, title=title, location=loc(north_of(HEFEI, km)))


def test_a_text_searched_again_is_not_read_again_and_gets_the_same_page(
    settings: Settings, fake_embedder: Embedder
) -> None:
    counting = Counting(fake_embedder)
    off = settings.model_copy(update={"search_text_cache": 0})
    with live_server(create_app(settings, embedder=counting)) as api:  # type: ignore[arg-type]
        _post_some(api)
        before, embedded = _texts(api), counting.texts
        kept = [[_search(api, text) for text in WISHES] for _ in range(3)]
        after = _texts(api)
        assert counting.texts - embedded == len(WISHES)  # each text embedded once
        assert after["read"] - before.get("read", 0) == 4 and after["kept"] - before.get("kept", 0) == 8
    with live_server(create_app(off, embedder=fake_embedder)) as api:
        read = [_search(api, text) for text in WISHES]
    for pages in kept:
        assert pages == read  # kept or read now: the same pages


def test_the_least_recently_used_text_goes_first_and_vectors_are_read_only() -> None:
    texts = TextReads(2)
    reads = {k: TextRead(np.ones(4, np.float32), (), seeker_limits([]), (k,)) for k in "abc"}
    texts.put("a", reads["a"])
    texts.put("b", reads["b"])
    assert texts.get("a") is reads["a"]
    texts.put("c", reads["c"])
    assert texts.get("b") is None and texts.get("a") is reads["a"] and len(texts) == 2
    with pytest.raises(ValueError):
        reads["a"].vector[0] = 2.0
