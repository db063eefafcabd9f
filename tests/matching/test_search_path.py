"""The search path's shortcuts answer exactly as the plain code they replace (issue 27, session 9): the coder's
synonym lookup by first character, and the explanations' bits as plain ints."""

from __future__ import annotations

import inspect
import random
import re

import numpy as np
import pytest

from bench.http.vocab import JOB_KINDS, query_texts
from matching.coding import OccupationCoder
from matching.embedding import HashingEmbedder
from matching.facts import Limits, explanations, job_bits, posting_facts, seeker_facts, seeker_limits
from matching.facts.bits import JobBits
from matching.occupations import Catalog, load_synonyms, mentions

SEEKER_TEXTS = [
    "想找普工，不上夜班，要双休",
    "找保安，做一休一，包吃住",
    "本人45岁，有C1驾照，想开网约车",
    "会电焊，持焊工证，不想倒班，能出差",
    "宝妈，只能上午，可以兼职，想居家办公",
    "干过三年会计，有初级会计证，不要周末上班",
    "",
]
POSTING_TEXTS = [
    ("普工", "长白班，包吃住，周末双休，无需经验"),
    ("保安", "两班倒，有夜班，需持保安员证，做六休一"),
    ("货车司机", "持B2驾照，三年以上驾龄，经常出差"),
    ("电工", "持低压电工证，3年以上工作经验，可居家办公"),
    ("仅招持证残疾人 客服", "坐班，早9点到晚6点，双休，可兼职"),
    ("叉车司机", "需叉车证，需有经验，上晚班22:00-06:00"),
]


@pytest.fixture(scope="module")
def coder() -> OccupationCoder:
    return OccupationCoder(Catalog.load(), load_synonyms(), HashingEmbedder(64))


def _expand_by_scan(coder: OccupationCoder, text: str) -> list[str]:
    """`OccupationCoder.expand` as it was: every synonym term tried in the table's order (a duty word in the first
    line only)."""
    lowered = text.lower()
    said = (
        means
        for term, means, not_in, duty in coder._expansions
        if mentions(lowered.split("\n", 1)[0] if duty else lowered, term, not_in)
    )
    return list(dict.fromkeys(w for means in said for w in means))


def test_expand_finds_what_the_whole_scan_finds(coder: OccupationCoder) -> None:
    rng = random.Random(27)
    terms = [term for term, _, _, _ in coder._expansions]
    words = [w for _, _, not_in, _ in coder._expansions for w in not_in]
    texts = [*terms, *words, *query_texts(np.random.default_rng(9), 400), *SEEKER_TEXTS, "", "CNC Operator 叉车"]
    texts += [f"{k.title}，{k.description}" for k in JOB_KINDS]
    texts += ["，".join(rng.sample(terms + words, 4)) for _ in range(400)]  # several terms, some inside longer words
    texts += ["\n".join(rng.sample(terms + words, 3)) for _ in range(100)]  # a title and its description
    found = 0
    for text in texts:
        expected = _expand_by_scan(coder, text)
        assert coder.expand(text) == expected, text
        found += bool(expected)
    assert found > len(texts) // 2  # the texts do name synonyms: the comparison is not of empty lists


def test_query_terms_and_codes_unchanged_by_the_lookup(coder: OccupationCoder, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [*query_texts(np.random.default_rng(11), 60), *SEEKER_TEXTS]
    fast = [(coder.query_terms(t), coder.code(t)) for t in texts]
    monkeypatch.setattr(OccupationCoder, "expand", _expand_by_scan)
    assert [(coder.query_terms(t), coder.code(t)) for t in texts] == fast


def _explain_with_flags() -> object:
    """`explain_facts` compiled from its own source with every plain-int bit put back as `JobBits.NAME`."""
    source = inspect.getsource(explanations.explain_facts)
    names = {m.name for m in JobBits if m.name is not None}
    enum_source = re.sub(r"\b_([A-Z_]+)\b", lambda m: f"JobBits.{m[1]}" if m[1] in names else m[0], source)
    assert enum_source != source and "JobBits.REMOTE" in enum_source
    namespace = dict(vars(explanations))
    exec(compile(enum_source, "<explain_facts with JobBits>", "exec"), namespace)
    return namespace["explain_facts"]


def test_explanations_with_int_bits_say_what_the_flags_said() -> None:
    by_flags = _explain_with_flags()
    rng = random.Random(9)
    limits = [seeker_limits(seeker_facts(t, "")) for t in SEEKER_TEXTS]
    limits += [
        Limits(require=rng.getrandbits(63), exclude=rng.getrandbits(63), wishes=rng.getrandbits(63), unsaid=u)
        for u in (0, rng.getrandbits(63), int(JobBits.NEEDS_EXPERIENCE))
    ]
    postings = [posting_facts(title, body) for title, body in POSTING_TEXTS]
    said = 0
    for facts in postings:
        bit_sets = [job_bits(facts), *(rng.getrandbits(63) for _ in range(20))]
        for bits in bit_sets:
            for limit in limits:
                for employer in (False, True):
                    words = explanations.explain_facts(limit, bits, facts, employer=employer)
                    assert words == by_flags(limit, bits, facts, employer=employer)  # type: ignore[operator]
                    said += bool(words)
    assert said > 100
