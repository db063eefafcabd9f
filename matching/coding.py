"""Occupation coding: from a title and a description to the top detailed codes, with confidence."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from matching.drivers import CARGO, FREIGHT_DRIVER, PASSENGER_DRIVER, PASSENGERS, DriverCues
from matching.embedding import Embedder, Vectors, normalize_rows
from matching.keywords import Bm25, KeywordIndex, terms
from matching.occupations import (
    Catalog,
    Coded,
    Occupation,
    Synonym,
    alias_terms,
    expected_agreement,
    mentions,
)
from matching.sellers import SALES_WORKER, SELLING_CODES, business_role, sells_perhaps, sold_by

_BRACKETS = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]|\s+")
# An advert's hiring verb, and the employer a board puts before it ("某某餐饮...招聘服务员"), name no trade; a
# verb that a role follows is the trade itself (招聘专员, 招聘经理).
_HIRING = re.compile(r"^.*?(?:\.\.\.|…)(?=招聘)|(?:招聘|诚聘|急聘|直聘|急招|诚招|直招)(?=[^专经主助顾官总负师])")
# A doctor's licence grade (执业医师, 执业助理医师) splits the specialty it follows (外科执业医生 is a 外科医生).
_LICENCE = re.compile(r"(?:执业|助理)(?:[、/]?(?:执业|助理))?(?=医[生师])")
PRODUCT = "product"  # the synonym kind that names what a factory makes, read only for 普工-type titles
# What the catalog's own manufacturing names say is made (橡胶制品生产工: 橡胶; `catalog_products.csv`): read only in
# a production title and its employer's name, never the description, whose amenities (洗衣机) and steps (上下料)
# these plain words would also match.
MADE = "made"
INDUSTRY = "industry"  # the synonym kind that names what a business serves, read only for its business roles
CONTEXT_KINDS = frozenset([PRODUCT, MADE, INDUSTRY, CARGO, PASSENGERS])  # kinds read only to settle a generic title
PRODUCTION = "6-"  # the major group of production work, whose group codes 普工 and 杂工 name
PRODUCTION_GROUP = "6-00-00-00"  # 生产制造及有关人员, the group 普工 names
# What real 普工/操作工/作业员/杂工/流水线 postings most often make, by the first product word of the table in
# title and description (postings_real.csv.gz: 349 such titles, 151 with one: 包装 49, 汽车 26, 电子 21, 注塑 12).
TYPICAL_PRODUCTS = ("包装工", "汽车装调工", "电子设备装接工")
BODY_CHARS = 400  # the opening of a description says the trade; the rest is benefits and boilerplate
DOCUMENT_CHARS = 800  # how much of a candidate's description keyword relevance reads
TITLE_REPEAT = 3  # a title word counts as much as three description words
_HAN = re.compile(r"[\u4e00-\u9fff]")
# What the coder's rules are, beyond its data and weights (both already in the version): bump on a change of rule.
RULES = (
    "2026-12-05 latin titles, group members, employer and trade cues, text vectors, sellers, licence grades,"
    " business roles by industry, customer roles, groups behind members, hiring verbs unread -s7,"
    " what is made next after a production title's own work -s8, the catalog's products in title and employer -s9"
)


@dataclass(frozen=True, slots=True)
class CoderWeights:
    """How the signals blend before the softmax that turns scores into confidences."""

    # The title's cosine with the occupation's name and aliases, and the whole text's (title and description, as
    # the service embeds it for search); a text with no description is its title and keeps the 4 it had.
    dense: float = 2.0
    text: float = 2.0
    alias: float = 2.0  # share of the title that is a name, alias or colloquial synonym of it
    keyword: float = 2.0  # BM25 of title + description against name, aliases, definition, tasks
    body_alias: float = 0.15  # an alias met only in the description
    body_synonym: float = 0.5  # a colloquial word met only in the description ("打包" in a webpack posting)
    typical: float = 0.3  # how far below the group 普工 names its usual products come when none is named
    product: float = 0.5  # lead of what a 普工 posting makes over the group 普工 names (then 0.05 less per rank)
    # Conservative: at 0.4 the mean top-1 confidence is 0.27 where top-1 accuracy is 0.70 (bench/eval).
    temperature: float = 0.4
    latin_dense: float = 0.5  # the cosine's weight for a title with no Chinese (m3e-small reads no English jobs)
    member: float = 0.01  # how far below a named group (护士, 中医师) its first member comes
    industry: float = 0.02  # how far below the first code a business role's industry (保险, 物业) comes
    customer: float = 0.03  # how far below the first code 营销员 comes for 客户经理 and 顾问
    group_below: float = 1.0  # how far a group that is not first falls (behind the detailed codes)
    made: float = 0.02  # how far below a production title's own work what its posting says is made comes


class OccupationCoder:
    """Codes texts against the catalog. Label vectors are computed once (or read from a cache)."""

    def __init__(
        self,
        catalog: Catalog,
        synonyms: Sequence[Synonym],
        embedder: Embedder,
        *,
        weights: CoderWeights = CoderWeights(),
        cache_dir: Path | None = None,
    ) -> None:
        self.catalog = catalog
        self.synonyms = tuple(synonyms)
        self.embedder = embedder
        self.weights = weights
        self._occupations: tuple[Occupation, ...] = catalog.codable
        lexicon = _lexicon(catalog)
        self._term_rows, self._max_term, self._keywords = lexicon.term_rows, lexicon.max_term, lexicon.keywords
        self._expansions = [
            (s.term.lower(), s.means, tuple(w.lower() for w in s.not_in))
            for s in self.synonyms
            if s.kind not in CONTEXT_KINDS
        ]
        self._expansions_by_char = _by_first_char(term for term, _, _ in self._expansions)
        self._products = [
            (
                s.term.lower(),
                tuple(w.lower() for w in s.not_in),
                [r for m in s.means for r in self._term_rows.get(m.lower(), [])],
            )
            for s in self.synonyms
            if s.kind == PRODUCT
        ]
        self._made = [
            (s.term.lower(), tuple(w.lower() for w in s.not_in), [self._rows_named(m) for m in s.means])
            for s in self.synonyms
            if s.kind == MADE
        ]
        self._made_by_char: dict[str, list[int]] = defaultdict(list)  # 581 terms: only those a text's characters start
        for row, (term, _, _) in enumerate(self._made):
            self._made_by_char[term[:1]].append(row)
        self._industries = [
            (s.term.lower(), tuple(w.lower() for w in s.not_in), [self._rows_named(m) for m in s.means])
            for s in self.synonyms
            if s.kind == INDUSTRY
        ]
        self._typical = [r for name in TYPICAL_PRODUCTS for r in self._term_rows.get(name, [])]
        self._drivers = DriverCues.of(self.synonyms)
        self._freight = [r for r, o in enumerate(self._occupations) if o.code == FREIGHT_DRIVER]
        self._rows = {o.code: r for r, o in enumerate(self._occupations)}
        self._first_member = _first_members(self._occupations)
        self._groups = np.array([o.is_group and o.code != PRODUCTION_GROUP for o in self._occupations])
        self.version = self._version()
        self._vectors = self._label_vectors(cache_dir)
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
        if title_vectors is None:
            title_vectors = self.embedder.embed([_unhired(title) for title, _ in texts])
        dense = normalize_rows(title_vectors) @ self._vectors.T
        whole = None if text_vectors is None else normalize_rows(text_vectors) @ self._vectors.T
        names = employers if employers is not None else [""] * len(texts)
        return [
            self._top(self._coded_scores(title, body, names[i], dense[i], None if whole is None else whole[i]), k)
            for i, (title, body) in enumerate(texts)
        ]

    def _coded_scores(
        self,
        title: str,
        body: str,
        employer: str,
        dense: npt.NDArray[np.float32],
        whole: npt.NDArray[np.float32] | None,
    ) -> npt.NDArray[np.float64]:
        scores = self.scores(title, body, self.expand(f"{title}\n{body[:BODY_CHARS]}"), dense, whole)
        scores = self._by_cargo(title, body, self._by_product(title, body, employer, scores))
        return self._below_first(self._by_group(self._by_industry(title, employer, self._by_seller(title, scores))))

    def query_terms(self, title: str, body: str = "") -> list[str]:
        """What one side asks for, as weighted terms: title words, their synonyms, then the body."""
        expansions = self.expand(f"{title}\n{body[:BODY_CHARS]}")
        return _query_terms(title, body, expansions)

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
        """Catalog words implied by colloquial or military words in the text (流水线 -> 普工/操作工)."""
        lowered = text.lower()
        # Only the terms that start with one of the text's characters can occur in it: a search's text has a dozen
        # characters and the table hundreds of terms. Kept in the table's order, so the words come out as before.
        rows = sorted({row for char in {"", *lowered} for row in self._expansions_by_char.get(char, ())})
        said = (
            means for term, means, not_in in map(self._expansions.__getitem__, rows) if mentions(lowered, term, not_in)
        )
        return list(dict.fromkeys(w for means in said for w in means))

    def scores(
        self,
        title: str,
        body: str,
        expansions: Sequence[str],
        dense: npt.NDArray[np.float32],
        whole: npt.NDArray[np.float32] | None = None,
    ) -> npt.NDArray[np.float64]:
        """`dense`: the title's cosine with each occupation; `whole`: the whole text's (None: the text is its title)."""
        w = self.weights
        alias = self._alias_scores(_clean(title), body[:BODY_CHARS].lower(), expansions)
        query = _query_terms(_unhired(title), body, expansions)
        # m3e-small reads no English job words: every Latin-only title (Wafer Test Engineer, AM) lands nearest the
        # same few occupations (心理咨询师, 钽铌冶炼工), so its cosine only breaks ties; its words and body speak.
        dense_weight = w.dense if _HAN.search(title) else w.latin_dense
        read, text = (title, dense) if whole is None else (f"{title}{body[:BODY_CHARS]}", whole)
        text_weight = w.text if _HAN.search(read) else 0.0
        return (
            dense_weight * dense.astype(np.float64)
            + text_weight * text.astype(np.float64)
            + w.alias * alias
            + w.keyword * self._keywords.scores(query)
        )

    def _by_product(
        self, title: str, body: str, employer: str, scores: npt.NDArray[np.float64]
    ) -> npt.NDArray[np.float64]:
        """普工 or 操作工 names only the group 6-00-00-00; what the posting makes names the occupation (电子厂普工 ->
        电子设备装接工). A trade word of the title, then the products named in the title, the description and
        last the employer's name (某某汽车配件有限公司), go before the group in the order of the table (what is
        made before what is done: 包装, 质检); the group stays next. Where none is written, a product only the
        catalog names (某某橡塑: `catalog_products.csv`) comes right after the group, before what 普工 most often make."""
        top = int(np.argmax(scores))
        if not self._occupations[top].code.startswith(PRODUCTION):
            return scores
        texts = (title.lower(), body[:BODY_CHARS].lower(), employer.lower())
        if not self._occupations[top].is_group:
            return self._made_next(top, (texts[0], texts[2]), scores)
        cued = self._trade_rows(title) + [r for text in texts for r in self._product_rows(text)]
        out = scores.copy()
        for rank, row in enumerate(dict.fromkeys(cued)):
            out[row] = max(out[row], scores[top] + self.weights.product - 0.05 * rank)
        if cued:
            return out
        for rank, row in enumerate(self._typical):  # nothing written says what is made: the group first, then
            out[row] = max(out[row], scores[top] - self.weights.typical - 0.05 * rank)  # what 普工 most often make
        return self._made_next(top, (texts[0], texts[2]), out, written=False)

    def _made_next(
        self, top: int, texts: tuple[str, str], scores: npt.NDArray[np.float64], *, written: bool = True
    ) -> npt.NDArray[np.float64]:
        """A production title that names its own work (打磨工, 看显微镜) keeps it first; what its title or its
        employer's name says is made (某某电子科技: 电子设备装接工) comes right after it, the other reading that
        LABELLING.md's "coded by what is made" gives the same posting: a written product word first, else the
        catalog's (某某橡塑科技: 橡胶制品生产工 and 塑料制品成型制作工, both). The description is not read for it: its
        product words are more often what the work handles or ships (包装, 质检) than what the plant makes.
        `written=False` (a 普工 title that names no written product): the catalog's only, next after the group, so
        the served code stays the group."""
        written_rows = [[r] for text in texts for r in self._product_rows(text)] if written else []
        made = written_rows + [rows for text in texts for rows in self._made_rows(text)]
        first = next((rows for rows in made if set(rows) - {top}), [])
        out = scores.copy()
        for rank, row in enumerate(r for r in first if r != top):  # 橡塑 names two: both come next
            out[row] = max(out[row], scores[top] - self.weights.made - 0.005 * rank)
        return out

    def _by_cargo(self, title: str, body: str, scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """A bare 司机 is listed under passenger drivers; one who carries goods (配送中心司机, 不装不卸) drives
        freight, which then goes first by the lead a 普工 posting's product gets."""
        top = int(np.argmax(scores))
        if self._occupations[top].code != PASSENGER_DRIVER or not self._drivers.carries_goods(title, body[:BODY_CHARS]):
            return scores
        out = scores.copy()
        out[self._freight] = np.maximum(out[self._freight], scores[top] + self.weights.product)
        return out

    def _by_seller(self, title: str, scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """A selling role beside a trade word (医美销售, 口腔市场专员, 销售培训生) sells: where the trade's
        occupation came first, selling goes before it by the lead a 普工 posting's product gets (a manager's
        rank names the professional first), and the trade stays next."""
        top = int(np.argmax(scores))
        sellers = sold_by(_clean(title))
        if self._occupations[top].code.startswith(SELLING_CODES):
            return scores
        if sellers is None:
            return self._perhaps_selling(title, scores) if sells_perhaps(_clean(title)) else scores
        out = scores.copy()
        for rank, code in enumerate(sellers):
            if (row := self._rows.get(code)) is not None:  # a catalog without them (a test's) codes as before
                out[row] = max(out[row], scores[top] + self.weights.product - 0.05 * rank)
        return out

    def _by_industry(self, title: str, employer: str, scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """A business role names no trade (超级经理人, 大客户经理, 管培生): the industry the title or the employer's
        name names (某某人寿保险, 某某物业管理) says what it serves, and its occupation comes right after the first."""
        cleaned = _clean(title)
        if not business_role(cleaned):
            return scores
        top = float(scores.max())
        said = [
            rows
            for text in (cleaned, employer.lower())
            for term, not_in, means in self._industries
            if mentions(text, term, not_in)
            for rows in means
        ]
        out = scores.copy()
        for rank, rows in enumerate(dict.fromkeys(tuple(r) for r in said)):
            out[list(rows)] = np.maximum(out[list(rows)], top - self.weights.industry - 0.005 * rank)
        return out

    def _below_first(self, scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """A group that is not first says less than the detailed codes round it (教学人员 below
        幼儿园教师 takes a place from 在线学习服务师): it falls behind them. Production's group stays where
        `_by_product` puts it, next after what is made."""
        top = int(np.argmax(scores))
        out = scores.copy()
        behind = self._groups.copy()
        behind[top] = False
        out[behind] -= self.weights.group_below
        return out

    def _by_group(self, scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """A title that names only a level-2 or -3 group (护士 is 护理人员, 中医师 中医医师) keeps the group first and
        its first member right after: the 大典 lists a group's general member first (内科护士, 中医内科医师, 营销员
        of 销售人员), the one meant when no specialty is named. Production's group (普工) goes by `_by_product`."""
        top = int(np.argmax(scores))
        first = self._first_member[top]
        if first < 0:
            return scores
        out = scores.copy()
        out[first] = max(out[first], scores[top] - self.weights.member)
        return out

    def _perhaps_selling(self, title: str, scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """客户经理 and 顾问 mostly find and keep customers, whatever code the catalog gives them: 营销员 next."""
        row = self._rows.get(SALES_WORKER)
        if row is None:
            return scores
        out = scores.copy()
        out[row] = max(out[row], float(scores.max()) - self.weights.customer)
        return out

    def _rows_named(self, name: str) -> list[int]:
        return self._term_rows.get(name.lower(), [])

    def _product_rows(self, text: str) -> list[int]:
        return [row for term, not_in, rows in self._products if mentions(text, term, not_in) for row in rows]

    def _made_rows(self, text: str) -> list[list[int]]:
        """For each catalog product the text names, longest first, the occupations that make it."""
        candidates = sorted({row for char in set(text) for row in self._made_by_char.get(char, ())})  # table order
        return [
            [r for rows in means for r in rows]
            for term, not_in, means in map(self._made.__getitem__, candidates)
            if mentions(text, term, not_in)
        ]

    def _trade_rows(self, title: str) -> list[int]:
        """Detailed occupations a trade word of the title names beside 普工 (车瓷部普工: 口腔修复体制作师)."""
        said = (self._term_rows.get(word.lower(), []) for word in self.expand(title))
        return [row for rows in said for row in rows if not self._occupations[row].is_group]

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

    def _label_vectors(self, cache_dir: Path | None) -> npt.NDArray[np.float32]:
        """Embedded once per process and version; `cache_dir` keeps them across restarts."""
        if self.version in _LABEL_VECTORS:
            return _LABEL_VECTORS[self.version]
        _LABEL_VECTORS[self.version] = vectors = self._load_or_embed_labels(cache_dir)
        return vectors

    def _load_or_embed_labels(self, cache_dir: Path | None) -> npt.NDArray[np.float32]:
        path = cache_dir / f"occupations-{self.version}.npy" if cache_dir else None
        if path is not None and path.is_file():
            cached: npt.NDArray[np.float32] = np.load(path).astype(np.float32)
            if cached.shape == (len(self._occupations), self.embedder.dim):
                return cached
        vectors = normalize_rows(self.embedder.embed([label_text(o) for o in self._occupations])).astype(np.float32)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            np.save(path, vectors)
        return vectors


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """What the coder derives from the catalog alone: the same for every coder of one catalog file."""

    term_rows: dict[str, list[int]]
    max_term: int
    keywords: KeywordIndex


# Built once per process and catalog file (the app, the demo loader and every test app share them).
_LEXICONS: dict[str, _Lexicon] = {}
_LABEL_VECTORS: dict[str, Vectors] = {}


def _lexicon(catalog: Catalog) -> _Lexicon:
    key = catalog.source_digest
    if key not in _LEXICONS:
        term_rows = _term_rows(catalog.codable)
        _LEXICONS[key] = _Lexicon(
            term_rows, max(len(t) for t in term_rows), KeywordIndex([_label_terms(o) for o in catalog.codable])
        )
    return _LEXICONS[key]


def _first_members(occupations: Sequence[Occupation]) -> list[int]:
    """For each row, the row of its first detailed member where it is a group of level 2 or 3, else -1."""
    first: dict[str, int] = {}
    for row, occupation in enumerate(occupations):
        if not occupation.is_group:
            for depth in (2, 3):
                first.setdefault("-".join(occupation.segments[:depth]), row)
    return [first.get("-".join(o.segments), -1) if o.is_group and o.level in (2, 3) else -1 for o in occupations]


def label_text(occupation: Occupation) -> str:
    """What an occupation is embedded as: its name, then the names recruiters use for it."""
    others = [a for a in occupation.aliases if a != occupation.name][:8]
    return f"{occupation.name}：{'、'.join(others)}" if others else occupation.name


def _label_terms(occupation: Occupation) -> list[str]:
    return (
        terms(occupation.name) * 3
        + terms(" ".join(occupation.aliases)) * 2
        + terms(occupation.definition)
        + terms(occupation.tasks[:300])
    )


def _term_rows(occupations: Sequence[Occupation]) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = defaultdict(list)
    for row, occupation in enumerate(occupations):
        for term in alias_terms(occupation):
            rows[term].append(row)
    return dict(rows)


def document_terms(title: str, body: str) -> list[str]:
    """The side being ranked: its title words weigh triple, its body is read to DOCUMENT_CHARS."""
    return terms(title) * TITLE_REPEAT + terms(body[:DOCUMENT_CHARS])


def _query_terms(title: str, body: str, expansions: Sequence[str]) -> list[str]:
    return (
        terms(title) * TITLE_REPEAT
        + [t for e in expansions for t in terms(e)] * TITLE_REPEAT
        + terms(body[:BODY_CHARS])
    )


def _clean(title: str) -> str:
    return _LICENCE.sub("", _HIRING.sub("", _BRACKETS.sub("", title))).lower() or title.lower()


def _unhired(title: str) -> str:
    """The title without the advert's hiring verb, wherever it stands (【诚聘】, [直招]): what is embedded and
    searched for, so 招聘师 is not a reading of every advert."""
    return _HIRING.sub("", title) or title


def _by_first_char(terms: Iterable[str]) -> dict[str, list[int]]:
    """Each term's position in `terms`, filed under its first character ("" for an empty term: it occurs anywhere)."""
    out: dict[str, list[int]] = {}
    for row, term in enumerate(terms):
        out.setdefault(term[:1], []).append(row)
    return out
