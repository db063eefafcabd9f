"""Occupation coding: from a title and a description to the top detailed codes, with confidence."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from matching.coder_weights import CoderWeights
from matching.embedding import Embedder, Vectors, normalize_rows
from matching.job_titles import BODY_CHARS, by_first_char, clean_title, has_han, unhired, weighted_query_terms
from matching.job_titles import document_terms as document_terms  # where the service and benches import it
from matching.keywords import Bm25
from matching.occupation_labels import label_vectors, lexicon, name_vectors
from matching.occupations import Catalog, Coded, Occupation, Synonym, expected_agreement, mentions
from matching.title_context import CONTEXT_KINDS, MADE, TitleContext
from matching.typed_text import folded

# What the coder's rules are, beyond its data and weights (both already in the version): bump on a change of rule.
RULES = (
    "2026-12-05 latin titles, group members, employer and trade cues, text vectors, sellers, licence grades,"
    " business roles by industry, customer roles, groups behind members, hiring verbs unread -s7,"
    " what is made next after a production title's own work -s8, the catalog's products in title and employer -s9,"
    " a title's cosine with the nearest of each occupation's names below the first code, a group it displaces falls -s10"
)

# A colloquial word that, met in a description, is a duty most jobs list (保持工作区域清洁, 参与投标) rather than the trade:
# read in the title (a text's first line) only.
DUTY = "duty"
DEFAULT_WEIGHTS = CoderWeights()
FIRST_KEPT = 1e-6  # how far the label cosine's first code leads where the nearest name would put another first


@dataclass(frozen=True, slots=True)
class Evidence:
    """A text's weighted signals apart from its title's cosine: the same whether the title is read against each
    occupation's label or its nearest name, so both readings share one reading of the words."""

    title_weight: float
    terms: tuple[npt.NDArray[np.float64], ...]  # the whole text's cosine, alias shares, BM25: summed in this order

    def summed(self, title_cosine: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """The scores with this title cosine (label or nearest name), summed as one expression would sum them."""
        total = self.title_weight * title_cosine.astype(np.float64)
        for term in self.terms:
            total = total + term
        return total


class OccupationCoder:
    """Codes texts against the catalog. Label vectors are computed once (or read from a cache)."""

    def __init__(
        self,
        catalog: Catalog,
        synonyms: Sequence[Synonym],
        embedder: Embedder,
        *,
        weights: CoderWeights = DEFAULT_WEIGHTS,
        cache_dir: Path | None = None,
    ) -> None:
        self.catalog = catalog
        self.synonyms = tuple(synonyms)
        self.embedder = embedder
        self.weights = weights
        self._occupations: tuple[Occupation, ...] = catalog.codable
        labels = lexicon(catalog)
        self._term_rows, self._max_term, self._keywords = labels.term_rows, labels.max_term, labels.keywords
        self._expansions = [
            (s.term.lower(), s.means, tuple(w.lower() for w in s.not_in), s.kind == DUTY)
            for s in self.synonyms
            if s.kind not in CONTEXT_KINDS
        ]
        self._expansions_by_char = by_first_char(term for term, _, _, _ in self._expansions)
        self._context = TitleContext(self._occupations, self._term_rows, self.synonyms, weights, self.expand)
        self.version = self._version()
        self._vectors = label_vectors(self.version, self._occupations, embedder, cache_dir)
        self._names = name_vectors(self.version, self._occupations, embedder, cache_dir)
        # whole words an explanation may quote: occupation names and aliases, and the synonym table's terms
        # (not the catalog's product stems: 手工木 of 手工木工 is read in employer names, never quoted)
        self.words = frozenset(self._term_rows) | frozenset(s.term for s in self.synonyms if s.kind != MADE)

    def background_similarity(self, pairs: int = 20_000, seed: int = 22) -> float:
        """The model's cosine between unrelated texts: the median over random pairs of different occupations'
        label vectors (m3e-small: 0.665). Scores are put on this scale (`Weights.semantic_floor`)."""
        rng = np.random.default_rng(seed)
        n = len(self._vectors)
        if n < 2:
            return 0.0
        a, b = rng.integers(0, n, pairs), rng.integers(0, n, pairs)
        keep = a != b
        sims = np.einsum("ij,ij->i", self._vectors[a[keep]], self._vectors[b[keep]])
        return round(float(np.median(sims)), 4)

    def code(
        self, title: str, body: str = "", *, k: int = 3, title_vector: Vectors | None = None, employer: str = ""
    ) -> list[Coded]:
        """`title_vector`: the title's embedding when the caller already has it (a search's text). `employer`: the
        employer's name, read only for what a 普工 posting makes when its own words do not say."""
        vectors = None if title_vector is None else title_vector.reshape(1, -1)
        return self.code_many([(title, body)], k=k, title_vectors=vectors, employers=[employer])[0]

    def code_many(
        self,
        texts: Sequence[tuple[str, str]],
        *,
        k: int = 3,
        title_vectors: Vectors | None = None,
        employers: Sequence[str] | None = None,
        text_vectors: Vectors | None = None,
    ) -> list[list[Coded]]:
        """Top-k codes for each (title, body); titles not given as vectors are embedded in one batch. `employers`:
        each text's employer name ("" where none), as in `code`. `text_vectors`: each whole text's embedding as the
        caller already has it (the service's stored posting or profile vector); without them a text is its title."""
        if not texts:
            return []
        for name, given in (("employer names", employers), ("text vectors", text_vectors)):
            if given is not None and len(given) != len(texts):
                raise ValueError(f"{len(given)} {name} for {len(texts)} texts")
        texts = [(folded(title), folded(body)) for title, body in texts]  # ＢＤ经理 reads as BD经理 (`typed_text`)
        if title_vectors is None:
            title_vectors = self.embedder.embed([unhired(title) for title, _ in texts])
        dense = normalize_rows(title_vectors) @ self._vectors.T
        named = self._names.nearest(title_vectors)  # a title is one name: the nearest of each occupation's counts
        whole = None if text_vectors is None else normalize_rows(text_vectors) @ self._vectors.T
        names = [folded(e) for e in employers] if employers is not None else [""] * len(texts)
        return [
            self._top(
                self._first_kept(title, body, names[i], dense[i], None if whole is None else whole[i], named[i]), k
            )
            for i, (title, body) in enumerate(texts)
        ]

    def _first_kept(
        self,
        title: str,
        body: str,
        employer: str,
        dense: npt.NDArray[np.float32],
        whole: npt.NDArray[np.float32] | None,
        named: npt.NDArray[np.float32],
    ) -> npt.NDArray[np.float64]:
        """The scores with the title read as a name (`named`), the first code kept where the label cosine puts it: the
        nearest name finds the other readings of a title (places 2-5), but the served occupation, which every
        match's agreement and the service's filters read, moves only by the rules that were measured against it."""
        expansions = self.expand(f"{title}\n{body[:BODY_CHARS]}")
        evidence = self._evidence(title, body, expansions, dense, whole)  # once for both readings
        scores = self._context.settle(title, body, employer, evidence.summed(named))
        first = int(np.argmax(self._context.settle(title, body, employer, evidence.summed(dense))))
        top = int(np.argmax(scores))
        if top != first:
            scores[first] = scores[top] + FIRST_KEPT
            if self._context.is_group_below(top):  # a group it displaces falls as any group not first does
                scores[top] -= self.weights.group_below
        return scores

    def _coded_scores(
        self,
        title: str,
        body: str,
        employer: str,
        expansions: Sequence[str],
        dense: npt.NDArray[np.float32],
        whole: npt.NDArray[np.float32] | None,
        named: npt.NDArray[np.float32] | None,
    ) -> npt.NDArray[np.float64]:
        scores = self.scores(title, body, expansions, dense, whole, named=named)
        return self._context.settle(title, body, employer, scores)

    def query_terms(self, title: str, body: str = "") -> list[str]:
        """What one side asks for, as weighted terms: title words, their synonyms, then the body."""
        title, body = folded(title), folded(body)
        expansions = self.expand(f"{title}\n{body[:BODY_CHARS]}")
        return weighted_query_terms(title, body, expansions)

    def keyword_relevance(self, query: Sequence[str], document: Sequence[str]) -> float:
        """BM25 in [0, 1] of the query terms in the other side's `document_terms`."""
        return self._keywords.bm25.score(query, document)

    @property
    def bm25(self) -> Bm25:
        """The BM25 keyword relevance is scored with: document frequencies from the catalog's texts."""
        return self._keywords.bm25

    def keyword_scorer(self, query: Sequence[str]) -> Callable[[Sequence[str]], float]:
        """keyword_relevance(query, ·) with the query prepared once, for ranking many documents."""
        return self._keywords.bm25.prepare(query)

    def agreement(self, a: Sequence[Coded], b: Sequence[Coded]) -> float:
        return expected_agreement(a, b, self.catalog)

    def expand(self, text: str) -> list[str]:
        """Catalog words implied by colloquial or military words in the text (流水线 -> 普工/操作工); a duty word
        (`DUTY`) only in the text's first line, its title."""
        lowered = folded(text).lower()
        first_line = lowered.split("\n", 1)[0]
        # Only the terms that start with one of the text's characters can occur in it: a search's text has a dozen
        # characters and the table hundreds of terms. Kept in the table's order, so the words come out as before.
        rows = sorted({row for char in {"", *lowered} for row in self._expansions_by_char.get(char, ())})
        said = (
            means
            for term, means, not_in, duty in map(self._expansions.__getitem__, rows)
            if mentions(first_line if duty else lowered, term, not_in)
        )
        return list(dict.fromkeys(w for means in said for w in means))

    def scores(
        self,
        title: str,
        body: str,
        expansions: Sequence[str],
        dense: npt.NDArray[np.float32],
        whole: npt.NDArray[np.float32] | None = None,
        *,
        named: npt.NDArray[np.float32] | None = None,
    ) -> npt.NDArray[np.float64]:
        """`dense`: the title's cosine with each occupation's label (`label_text`); `whole`: the whole text's (None:
        the text is its title, `dense`); `named`: the title's with each occupation's nearest name (`name_texts`;
        None: `dense` stands for it). The title counts as a name, the text as a description of the work."""
        return self._evidence(title, body, expansions, dense, whole).summed(dense if named is None else named)

    def _evidence(
        self,
        title: str,
        body: str,
        expansions: Sequence[str],
        dense: npt.NDArray[np.float32],
        whole: npt.NDArray[np.float32] | None,
    ) -> Evidence:
        w, title, body = self.weights, folded(title), folded(body)
        alias = self._alias_scores(clean_title(title), body[:BODY_CHARS].lower(), expansions)
        query = weighted_query_terms(unhired(title), body, expansions)
        # m3e-small reads no English job words: every Latin-only title (Wafer Test Engineer, AM) lands nearest the
        # same few occupations (心理咨询师, 钽铌冶炼工), so its cosine only breaks ties; its words and body speak.
        dense_weight = w.dense if has_han(title) else w.latin_dense
        read, text = (title, dense) if whole is None else (f"{title}{body[:BODY_CHARS]}", whole)
        text_weight = w.text if has_han(read) else 0.0
        return Evidence(
            dense_weight,
            (text_weight * text.astype(np.float64), w.alias * alias, w.keyword * self._keywords.scores(query)),
        )

    def _alias_scores(self, title: str, body: str, expansions: Sequence[str]) -> npt.NDArray[np.float64]:
        out = np.zeros(len(self._occupations), dtype=np.float64)
        hits = self._title_hits(title)
        for term, share in hits.items():
            rows = self._term_rows[term]
            out[rows] = np.maximum(out[rows], share)
        in_title = set(self.expand(title))
        # A synonym in the title stands for the whole title; one met only in the description speaks for less, and
        # not at all against a title that names its trade (煤炭销售部经理 whose description asks 会开车).
        in_body = 0.0 if hits or in_title else self.weights.body_synonym
        for word in expansions:
            rows = self._term_rows.get(word.lower(), [])
            out[rows] = np.maximum(out[rows], 1.0 if word in in_title else in_body)
        for term in self._body_hits(body):
            rows = self._term_rows[term]
            out[rows] = np.maximum(out[rows], self.weights.body_alias)
        return out

    def _title_hits(self, title: str) -> dict[str, float]:
        """Catalog words inside the title, each with the share of the title it covers."""
        hits: dict[str, float] = {}
        for start in range(len(title)):
            for end in range(start + 2, min(len(title), start + self._max_term) + 1):
                if title[start:end] in self._term_rows:
                    hits[title[start:end]] = (end - start) / len(title)
        return hits

    def _body_hits(self, body: str) -> set[str]:
        longest = min(self._max_term, 8)
        return {
            body[s:e]
            for s in range(len(body))
            for e in range(s + 3, min(len(body), s + longest) + 1)
            if body[s:e] in self._term_rows
        }

    def _top(self, scores: npt.NDArray[np.float64], k: int) -> list[Coded]:
        logits = (scores - scores.max()) / self.weights.temperature
        probability = np.exp(logits)
        probability /= probability.sum()
        best = np.argsort(-probability, kind="stable")[:k]
        return [
            Coded(self._occupations[i].code, self._occupations[i].name, round(float(probability[i]), 4)) for i in best
        ]

    def _version(self) -> str:
        parts = [self.catalog.source_digest, repr(self.synonyms), self.embedder.name, repr(self.weights), RULES]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]
