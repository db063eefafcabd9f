"""What the rest of a posting says where its title alone names no one trade: what a 普工 makes, what a 司机
carries, what a seller sells, whom a business role serves, and which member a group title means."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt

from matching.coder_weights import CoderWeights
from matching.drivers import CARGO, FREIGHT_DRIVER, PASSENGER_DRIVER, PASSENGERS, DriverCues
from matching.job_titles import BODY_CHARS, clean_title
from matching.occupation_labels import first_members
from matching.occupations import Occupation, Synonym, mentions
from matching.sellers import SALES_WORKER, SELLING_CODES, business_role, sells_perhaps, sold_by

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


class TitleContext:
    """Moves codes after the title's own scores: the context kinds of the synonym table and the catalog's groups."""

    def __init__(
        self,
        occupations: Sequence[Occupation],
        term_rows: dict[str, list[int]],
        synonyms: Sequence[Synonym],
        weights: CoderWeights,
        expand: Callable[[str], list[str]],
    ) -> None:
        """`expand`: the coder's catalog words implied by a text's colloquial words (a trade word beside 普工)."""
        self._occupations = tuple(occupations)
        self._term_rows = term_rows
        self.weights = weights
        self._expand = expand
        self._products = [
            (s.term.lower(), tuple(w.lower() for w in s.not_in), [r for m in s.means for r in self._rows_named(m)])
            for s in synonyms
            if s.kind == PRODUCT
        ]
        self._made = [
            (s.term.lower(), tuple(w.lower() for w in s.not_in), [self._rows_named(m) for m in s.means])
            for s in synonyms
            if s.kind == MADE
        ]
        self._made_by_char: dict[str, list[int]] = defaultdict(list)  # 581 terms: only those a text's characters start
        for row, (term, _, _) in enumerate(self._made):
            self._made_by_char[term[:1]].append(row)
        self._industries = [
            (s.term.lower(), tuple(w.lower() for w in s.not_in), [self._rows_named(m) for m in s.means])
            for s in synonyms
            if s.kind == INDUSTRY
        ]
        self._typical = [r for name in TYPICAL_PRODUCTS for r in term_rows.get(name, [])]
        self._drivers = DriverCues.of(synonyms)
        self._freight = [r for r, o in enumerate(self._occupations) if o.code == FREIGHT_DRIVER]
        self._rows = {o.code: r for r, o in enumerate(self._occupations)}
        self._first_member = first_members(self._occupations)
        self._groups = np.array([o.is_group and o.code != PRODUCTION_GROUP for o in self._occupations])

    def settle(self, title: str, body: str, employer: str, scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """The scores with what the posting's context says moved in, each rule reading the one before's order."""
        scores = self._by_cargo(title, body, self._by_product(title, body, employer, scores))
        return self._below_first(self._by_group(self._by_industry(title, employer, self._by_seller(title, scores))))

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
        sellers = sold_by(clean_title(title))
        if self._occupations[top].code.startswith(SELLING_CODES):
            return scores
        if sellers is None:
            return self._perhaps_selling(title, scores) if sells_perhaps(clean_title(title)) else scores
        out = scores.copy()
        for rank, code in enumerate(sellers):
            if (row := self._rows.get(code)) is not None:  # a catalog without them (a test's) codes as before
                out[row] = max(out[row], scores[top] + self.weights.product - 0.05 * rank)
        return out

    def _by_industry(self, title: str, employer: str, scores: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """A business role names no trade (超级经理人, 大客户经理, 管培生): the industry the title or the employer's
        name names (某某人寿保险, 某某物业管理) says what it serves, and its occupation comes right after the first."""
        cleaned = clean_title(title)
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

    def is_group_below(self, row: int) -> bool:
        """Whether the row is a group that falls behind the detailed codes when not first (`_below_first`)."""
        return bool(self._groups[row])

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
        said = (self._term_rows.get(word.lower(), []) for word in self._expand(title))
        return [row for rows in said for row in rows if not self._occupations[row].is_group]
