"""Keyword relevance over Chinese text: character n-gram terms and a bounded BM25."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

# A run of Han characters, or a run of Latin letters/digits (Java, C++, CAD, 3D, B2).
_RUNS = re.compile(r"[\u3400-\u9fff]+|[a-z0-9][a-z0-9+#.]*")
# Words that say nothing about the trade: seniority, boilerplate and the suffixes every title has.
STOP_TERMS = frozenset(
    [
        "招聘",
        "高级",
        "资深",
        "初级",
        "中级",
        "岗位",
        "职位",
        "工作",
        "负责",
        "相关",
        "公司",
        "优先",
        "以上",
        "经验",
        "要求",
        "能力",
        "进行",
        "熟悉",
        "以及",
        "具有",
        "良好",
        "我们",
        "你的",
        "任职",
        "职责",
        "描述",
        "薪资",
        "福利",
        "待遇",
        "人员",
    ]
)


def terms(text: str) -> list[str]:
    """Han characters and bigrams plus whole Latin words, lower-cased; stop terms dropped.

    Bigrams carry most of the meaning of Chinese job words (电焊, 叉车, 保洁); single characters
    keep partial credit for words split differently (焊工 vs 电焊).
    """
    out: list[str] = []
    for run in _RUNS.findall(text.lower()):
        if run[0].isascii():
            out.append(run.rstrip("."))
            continue
        out.extend(run)
        out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return [t for t in out if t and t not in STOP_TERMS]


@dataclass(frozen=True, slots=True)
class Bm25:
    """BM25 with document frequencies from a reference corpus, scored into [0, 1].

    The score is divided by the query's own ceiling (every query term at saturation), so it reads
    as "how much of what was asked does this text say" and can be blended with cosine scores.
    """

    idf: Mapping[str, float]
    default_idf: float
    avg_length: float
    k1: float = 1.2
    b: float = 0.75

    @classmethod
    def fit(cls, documents: Iterable[Iterable[str]], *, k1: float = 1.2, b: float = 0.75) -> Bm25:
        df: Counter[str] = Counter()
        n = total = 0
        for doc in documents:
            terms_in_doc = list(doc)
            df.update(set(terms_in_doc))
            n += 1
            total += len(terms_in_doc)  # length counts repeats, as the `norm` that divides by it does
        idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        unseen = math.log(1 + (n + 0.5) / 0.5)  # a term no reference text has is the rarest kind
        return cls(idf, unseen, max(total / max(n, 1), 1.0), k1, b)

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.default_idf)

    def score(self, query: Iterable[str], document: Iterable[str]) -> float:
        return self.prepare(query)(document)

    def prepare(self, query: Iterable[str]) -> Callable[[Iterable[str]], float]:
        """`score` with the query's side done once: a request ranks thousands of documents for one query."""
        wanted = [(term, self.weight(term) * times) for term, times in Counter(query).items()]
        ceiling = 0.0
        for _, w in wanted:
            ceiling += w
        k1, b, avg_length = self.k1, self.b, self.avg_length

        def score(document: Iterable[str]) -> float:
            if not wanted:
                return 0.0
            counts = Counter(document)
            norm = k1 * (1 - b + b * sum(counts.values()) / avg_length)
            got = 0.0
            for term, w in wanted:  # the query's order, as before: the same float sum to the last bit
                tf = counts.get(term, 0)
                if tf:
                    got += w * tf / (tf + norm)
            return got / ceiling

        return score


class KeywordIndex:
    """BM25 of one query against every document of a fixed corpus at once (an inverted index)."""

    def __init__(self, documents: Sequence[Sequence[str]], *, k1: float = 1.2, b: float = 0.75) -> None:
        self.bm25 = Bm25.fit(documents, k1=k1, b=b)
        self.size = len(documents)
        # One (term, row, tf) triple per distinct term of a document, then the gains in one numpy pass.
        counts = [Counter(doc) for doc in documents]
        vocabulary = list({t: None for c in counts for t in c})
        term_ids = {t: i for i, t in enumerate(vocabulary)}
        tids = np.array([term_ids[t] for c in counts for t in c], np.int64)
        rows = np.repeat(np.arange(self.size), [len(c) for c in counts])
        tf = np.array([f for c in counts for f in c.values()], np.float64)
        lengths = np.array([len(doc) for doc in documents], np.float64)
        norm = k1 * (1 - b + b * lengths / self.bm25.avg_length)
        idf = np.array([self.bm25.weight(t) for t in vocabulary])
        gains = idf[tids] * tf / (tf + norm[rows])
        order = np.argsort(tids, kind="stable")
        starts = np.searchsorted(tids[order], np.arange(len(vocabulary) + 1))
        self._postings = {
            t: (rows[order[starts[i] : starts[i + 1]]], gains[order[starts[i] : starts[i + 1]]])
            for i, t in enumerate(vocabulary)
        }

    def scores(self, query: Iterable[str]) -> npt.NDArray[np.float64]:
        """Each document's BM25 for the query over the query's ceiling: values in [0, 1]."""
        out = np.zeros(self.size, dtype=np.float64)
        ceiling = 0.0
        for term, times in Counter(query).items():
            ceiling += self.bm25.weight(term) * times
            hit = self._postings.get(term)
            if hit is not None:
                out[hit[0]] += times * hit[1]
        return out / ceiling if ceiling else out
