"""Occupation catalog, synonyms, coding and keyword relevance (no database, fake embedder)."""

from __future__ import annotations

import random
from collections import Counter

import numpy as np
import pytest

from matching import occupations
from matching.coding import OccupationCoder, document_terms
from matching.embedding import HashingEmbedder
from matching.keywords import Bm25, KeywordIndex, terms
from matching.occupations import (
    Catalog,
    Coded,
    Occupation,
    agreement,
    alias_terms,
    code_number,
    load_synonyms,
    prefix_range,
)
from matching.ranking import shared_keyword
from matching.sellers import sold_by


def test_catalog_has_every_detailed_occupation_and_named_groups(catalog: Catalog):
    detailed = [o for o in catalog.entries if o.level == 4]
    assert len(detailed) == 1634
    assert catalog.by_code["6-18-02-04"].name == "焊工"
    assert catalog.by_code["4-09-08-01"].name == "保洁员"  # the L (green occupation) mark is stripped
    assert "6-00-00-00" in {o.code for o in catalog.codable}  # 普工/操作工 is named only at group level
    assert catalog.group_names(catalog.by_code["6-18-02-04"])[-1] == "焊工"


def test_every_synonym_means_something_in_the_catalog(catalog: Catalog):
    known = set().union(*(alias_terms(o) for o in catalog.codable))
    for synonym in load_synonyms():
        for word in synonym.means:
            assert word.lower() in known, f"{synonym.term} -> {word}: not a name or alias in csco22"


def test_codes_become_numbers_whose_prefixes_are_ranges():
    assert code_number("6-18-02-04") == 6180204
    low, high = prefix_range("6-18")
    assert low <= code_number("6-18-02-04") < high and not low <= code_number("6-19-01-01") < high
    assert prefix_range("6") == (6_000_000, 7_000_000)
    with pytest.raises(ValueError):
        prefix_range("6-1")


def test_agreement_falls_with_distance_in_the_tree(catalog: Catalog):
    welder, cutter, cleaner = (catalog.by_code[c] for c in ("6-18-02-04", "6-18-02-01", "4-09-08-01"))
    production = catalog.by_code["6-00-00-00"]
    assert agreement(welder, welder) == 1.0
    assert agreement(welder, cleaner) == 0.0
    assert 0 < agreement(welder, cutter) < 1
    assert agreement(production, welder) == agreement(welder, production) > agreement(production, cleaner)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("干过流水线", "6-00-00-00"),  # colloquial: 普工/操作工
        ("汽车兵", "4-02-02-02"),  # military role: a driver
        ("招聘奶茶店店员", "4-03-02-10"),  # an employer's words: 调饮师
        ("外卖骑手", "4-10-08-01"),
        ("电焊工", "6-18-02-04"),
    ],
)
def test_coder_reads_colloquial_and_military_words(coder: OccupationCoder, text: str, code: str):
    coded = coder.code(text)
    assert coded[0].code == code
    assert (
        len(coded) == 3 and coded[0].confidence > 2 * coded[1].confidence and coded[1].confidence >= coded[2].confidence
    )
    assert sum(c.confidence for c in coded) <= 1.0 + 1e-9


def test_coder_expands_synonyms_into_query_terms(coder: OccupationCoder):
    assert "普工/操作工" in coder.expand("干过三年流水线")
    assert set(terms("操作")) <= set(coder.query_terms("干过三年流水线"))


def test_expected_agreement_weights_codes_by_confidence(coder: OccupationCoder):
    welder = [Coded("6-18-02-04", "焊工", 0.9), Coded("6-18-02-01", "气割工", 0.1)]
    cleaner = [Coded("4-09-08-01", "保洁员", 1.0)]
    assert coder.agreement(welder, welder) > coder.agreement(welder, [Coded("6-18-02-01", "气割工", 1.0)]) > 0
    assert coder.agreement(welder, cleaner) == 0.0


def test_terms_are_han_bigrams_and_latin_words():
    assert terms("电焊工 Java") == ["电", "焊", "工", "电焊", "焊工", "java"]
    assert "经验" not in terms("三年经验")  # boilerplate every posting says


def test_bm25_is_bounded_and_prefers_the_text_that_says_it():
    docs = [terms("焊工 电焊 气保焊"), terms("保洁员 打扫卫生"), terms("叉车司机")]
    bm25 = Bm25.fit(docs)
    query = terms("会电焊")
    welder, cleaner = bm25.score(query, docs[0]), bm25.score(query, docs[1])
    assert 0 < welder < 1 and cleaner < welder
    assert bm25.score([], docs[0]) == 0.0
    index = KeywordIndex(docs)
    assert list(index.scores(query)) == pytest.approx([bm25.score(query, d) for d in docs])


def test_keyword_relevance_reads_title_over_body(coder: OccupationCoder):
    query = coder.query_terms("电焊")
    in_title = coder.keyword_relevance(query, document_terms("电焊工", "工厂招工"))
    in_body = coder.keyword_relevance(query, document_terms("普工", "偶尔电焊"))
    assert in_title > in_body > 0


def _textbook_bm25(bm25: Bm25, query: list[str], document: list[str]) -> float:
    """The formula as written down, term by term, for the prepared scorer to equal exactly."""
    wanted, counts = Counter(query), Counter(document)
    norm = bm25.k1 * (1 - bm25.b + bm25.b * len(document) / bm25.avg_length)
    ceiling = sum(bm25.weight(t) * n for t, n in wanted.items())
    return sum(bm25.weight(t) * n * counts[t] / (counts[t] + norm) for t, n in wanted.items()) / ceiling


def test_a_prepared_query_scores_every_document_as_the_formula_does():
    rng = random.Random(7)
    words = ["电焊", "焊工", "叉车", "保洁", "普工", "厨师", "仓管", "包住", "五险", "夜班"]
    docs = [[rng.choice(words) for _ in range(rng.randint(1, 30))] for _ in range(200)]
    bm25 = Bm25.fit(docs[:50])
    query = ["电焊", "焊工", "焊工", "包住", "未见过的词"]
    prepared = bm25.prepare(query)
    for doc in docs:
        assert prepared(doc) == pytest.approx(_textbook_bm25(bm25, query, doc), rel=1e-12)
    assert bm25.prepare([])(docs[0]) == 0.0


def test_remembered_code_agreement_equals_agreement(catalog: Catalog, monkeypatch: pytest.MonkeyPatch):
    fresh = Catalog(catalog.entries, catalog.source_digest)  # the module's catalog may remember pairs already
    computed = Counter[tuple[str, str]]()

    def counted(a: Occupation, b: Occupation) -> float:
        computed[a.code, b.code] += 1
        return agreement(a, b)

    monkeypatch.setattr(occupations, "agreement", counted)
    codes = [o.code for o in catalog.codable[::40]] + ["9-99-99-99"]
    for a in codes:
        for b in codes:
            x, y = catalog.get(a), catalog.get(b)
            want = None if x is None or y is None else agreement(x, y)
            assert fresh.agreement_of(a, b) == want
            assert fresh.agreement_of(a, b) == want  # the second time from memory
    known = len(codes) - 1
    assert len(computed) == known * known and set(computed.values()) == {1}, "each known pair computed once"


def test_remembered_agreements_never_outgrow_the_cap(catalog: Catalog, monkeypatch: pytest.MonkeyPatch):
    fresh = Catalog(catalog.entries, catalog.source_digest)
    calls = 0

    def counted(a: Occupation, b: Occupation) -> float:
        nonlocal calls
        calls += 1
        return agreement(a, b)

    monkeypatch.setattr(occupations, "agreement", counted)
    monkeypatch.setattr(occupations, "AGREEMENTS_KEPT", 5)
    codes = [o.code for o in catalog.codable[:4]]
    pairs = [(a, b) for a in codes for b in codes]  # 16 pairs, more than the 5 kept
    sizes = []
    for a, b in pairs:
        assert fresh.agreement_of(a, b) == agreement(catalog.by_code[a], catalog.by_code[b])
        sizes.append(len(fresh._agreements))
    assert max(sizes) == 5 and sizes[5] == 1, f"full at 5, then started over: {sizes}"
    assert calls == len(pairs)
    last = pairs[-1]
    fresh.agreement_of(*last)
    assert calls == len(pairs), "the pair asked last is still remembered after the memo started over"


def test_explanation_words_are_whole_words(coder: OccupationCoder):
    """What an explanation may quote: no fragment of a title (车司机) and no half of an "a/b" alias
    (主管 of 运营经理/主管, 汽车 of 汽车/摩托车工程师 as an occupation's name)."""
    assert {"司机", "货车司机", "普工", "店员"} <= coder.words
    assert not {"车司机", "主管", "经理", "工程师", "专家"} & coder.words
    assert shared_keyword("开过五年班车司机", "货车司机", words=coder.words) == "司机"
    assert "汽车" not in alias_terms(coder.catalog.by_code["2-02-07-11"])


def test_a_generic_factory_title_is_coded_by_what_the_posting_makes(coder: OccupationCoder):
    electronics = coder.code("普工", "我司为电子厂，主要工作：SMT贴片、插件、焊锡", k=3)
    assert [c.code for c in electronics[:2]] == ["6-25-04-07", "6-00-00-00"]  # 电子设备装接工, then the group
    assert coder.code("汽车座椅操作工")[0].code in {"6-22-02-01", "6-22-01-01"}
    assert coder.code("普工")[0].code == "6-00-00-00"  # nothing says what is made: the group, the rest below
    welder = coder.code("电焊工", "工厂生产汽车配件")[0]
    assert welder.code == "6-18-02-04"  # a title that names its trade is not recoded by the product


def test_software_engineers_are_coded_by_the_definition_not_the_job_board_list(coder: OccupationCoder):
    assert coder.code("前端开发工程师")[0].code == "2-02-10-03"  # 设计、编码和测试计算机软件
    assert "前端开发" not in coder.catalog.by_code["4-04-05-01"].aliases


def test_a_colloquial_word_in_the_description_counts_less_than_in_the_title(coder: OccupationCoder):
    packer = coder.code("打包员")[0]
    coded = coder.code("Java开发工程师", "负责前端工程化，webpack打包与发布")
    assert packer.code == "6-31-05-00" and coded[0].code == "2-02-10-03"


def test_a_word_inside_a_longer_word_with_another_meaning_is_not_read():
    coder = OccupationCoder(Catalog.load(), load_synonyms(), HashingEmbedder(64))
    assert "医疗护理员" not in coder.expand("负责产线设备的日常维护工作")  # 维护工作 holds 护工
    assert "电工" not in coder.expand("包住，水电费自理")
    assert "医疗护理员" in coder.expand("医院护工，照顾病人")
    assert coder.code("设备维护工程师")[0].code != "4-14-01-02"


def test_a_hiring_verb_and_the_employer_before_it_name_no_trade(coder: OccupationCoder):
    assert coder.code("某某餐饮有限...招聘服务员")[0].code == "4-03-02-05"  # 餐厅服务员, not 招聘师
    assert coder.code("诚聘木工")[0].code != "4-07-03-08"
    assert coder.code("招聘专员")[0].code == "4-07-03-08"  # the recruiter's own title keeps its verb


def test_trade_words_of_denture_labs_and_garment_lines_code_their_occupation(coder: OccupationCoder):
    assert coder.code("钢托打磨学徒")[0].code == "4-14-03-02"  # 口腔修复体制作师
    assert coder.code("上腰")[0].code == "6-05-01-03"  # 缝纫工
    assert coder.code("楼面")[0].code == "4-03-02-05"  # a dining floor: 餐厅服务员


def test_a_bare_driver_who_carries_goods_drives_freight(coder: OccupationCoder):
    assert coder.code("物流园司机")[0].code == "4-02-02-02"  # goods in the title
    assert coder.code("司机", "公司提供面包车，负责门店之间配送，不装不卸")[0].code == "4-02-02-02"
    assert coder.code("司机", "负责接送员工上下班，配送中心到厂区")[0].code == "4-02-02-01"  # people said too
    assert coder.code("网约车司机", "兼职送货也可")[0].code == "4-02-02-01"  # the title says passengers


def test_office_administration_in_a_company_is_secretarial_work_not_public_administration(catalog: Catalog):
    assert {"行政", "行政专员"} <= set(catalog.by_code["3-01-02-02"].aliases)  # 秘书: 办公事务处理
    assert "行政专员" not in catalog.by_code["3-01-02-00"].aliases
    assert "行政" not in catalog.by_code["3-01-01-01"].aliases  # 行政办事员 serves public bodies


def test_an_agent_who_answers_customers_is_not_the_manager_of_customer_service(coder: OccupationCoder):
    """客户服务管理员 manages customer service (客户服务活动管理工作); an agent answers (呼叫中心服务员) and an engineer
    supports a product's users, whose trade the product decides."""
    assert coder.code("母婴用品售后客服")[0].code == "4-04-05-03"  # 呼叫中心服务员, as 售前客服 already was
    assert coder.code("售后客服", "负责处理退换货和客户投诉")[0].code == "4-04-05-03"
    assert coder.code("售后技术支持工程师")[0].code != "4-07-02-03"
    assert coder.code("客服主管")[0].code == "4-07-02-03"  # the near miss: a manager of the service stays


def test_alias_moves_can_give_a_word_or_drop_a_misplaced_pair(catalog: Catalog):
    assert "口腔医生" in catalog.by_code["2-05-01-07"].aliases  # given: no from
    assert "客房服务员/楼面服务员" not in catalog.by_code["4-03-01-02"].aliases  # dropped: no to
    assert "楼面服务员" in catalog.by_code["4-03-02-05"].aliases


def test_a_colloquial_word_in_the_description_does_not_argue_with_a_title_that_names_its_trade(
    coder: OccupationCoder,
):
    assert coder.code("销售经理", "负责客户开发，会开车优先")[0].code not in {"4-02-02-01", "4-02-02-02"}
    assert coder.code("急招", "会开车，送货")[0].code in {"4-02-02-01", "4-02-02-02"}  # a vague title: it speaks


def test_a_title_with_no_chinese_leans_on_its_words_not_its_cosine(coder: OccupationCoder):
    """m3e-small puts every English title near the same few occupations: their cosine only breaks ties."""
    dense = np.zeros(len(coder.catalog.codable), dtype=np.float32)
    psychologist = next(r for r, o in enumerate(coder.catalog.codable) if o.code == "2-07-11-03")
    dense[psychologist] = 1.0
    english = coder.scores("Senior Test Engineer", "", [], dense)
    chinese = coder.scores("测试工程师", "", [], dense)  # the near miss: a Chinese title keeps the full weight
    zero = coder.scores("Senior Test Engineer", "", [], np.zeros_like(dense))
    assert english[psychologist] - zero[psychologist] == pytest.approx(coder.weights.latin_dense)
    assert chinese[psychologist] - coder.scores("测试工程师", "", [], np.zeros_like(dense))[psychologist] == (
        pytest.approx(coder.weights.dense + coder.weights.text)  # a text with no vector of its own is its title
    )
    assert coder.code("Java")[0].code == "2-02-10-03"  # an English alias still names its occupation


def test_the_whole_text_vector_counts_beside_the_title(coder: OccupationCoder):
    """The service's stored posting vector reads the description too; without it the text is its title."""
    dense = np.zeros(len(coder.catalog.codable), dtype=np.float32)
    whole = dense.copy()
    psychologist = next(r for r, o in enumerate(coder.catalog.codable) if o.code == "2-07-11-03")
    whole[psychologist] = 1.0
    base = coder.scores("测试工程师", "", [], dense, dense)
    assert coder.scores("测试工程师", "", [], dense, whole)[psychologist] - base[psychologist] == (
        pytest.approx(coder.weights.text)
    )
    # an English title with an English description: the model reads neither, so the vector does not speak
    english = coder.scores("Test Engineer", "wafer test", [], dense, whole)
    assert english[psychologist] == coder.scores("Test Engineer", "wafer test", [], dense, dense)[psychologist]
    chinese = coder.scores("Test Engineer", "负责晶圆测试", [], dense, whole)
    assert chinese[psychologist] - coder.scores("Test Engineer", "负责晶圆测试", [], dense, dense)[psychologist] == (
        pytest.approx(coder.weights.text)  # a Chinese description: the whole text's vector reads it
    )


def test_coding_without_text_vectors_codes_a_text_as_its_title(coder: OccupationCoder):
    titles = [("护士", ""), ("电子厂普工", ""), ("Java", "")]
    vectors = coder.embedder.embed([t for t, _ in titles])
    assert coder.code_many(titles, text_vectors=vectors) == coder.code_many(titles)
    with pytest.raises(ValueError, match="text vectors"):
        coder.code_many(titles, text_vectors=vectors[:1])


def test_a_named_group_is_followed_by_its_first_member(coder: OccupationCoder):
    """护士 names the group 护理人员; the 大典 lists its general member (内科护士) first, the one meant."""
    assert [c.code for c in coder.code("护士")[:2]] == ["2-05-08-00", "2-05-08-01"]
    assert [c.code for c in coder.code("中医师")[:2]] == ["2-05-02-00", "2-05-02-01"]
    assert coder.code("外科护士")[0].code == "2-05-08-04"  # the near miss: a named specialty keeps its own
    assert coder.code("外科护士")[1].code != "2-05-08-01"


def test_a_generic_factory_title_reads_what_is_made_from_the_employer_name_last(coder: OccupationCoder):
    """An employer's name says what a 普工 posting makes when the posting does not (某某汽车配件有限公司)."""
    assert coder.code("普工", employer="合肥某某汽车配件有限公司")[0].code == "6-22-02-01"  # 汽车装调工
    assert coder.code("普工", employer="某某劳务派遣有限公司")[0].code == "6-00-00-00"  # an agency names nothing
    assert coder.code("普工", employer="某某电子商务有限公司")[0].code == "6-00-00-00"  # the near miss: 电子商务
    assert coder.code("普工", "SMT贴片", employer="某某汽车配件有限公司")[0].code == "6-25-04-07"  # its own words first
    assert coder.code("电焊工", employer="某某汽车配件有限公司")[0].code == "6-18-02-04"  # a trade is not recoded
    with pytest.raises(ValueError):
        coder.code_many([("普工", ""), ("保洁", "")], employers=["某某汽车厂"])


def test_a_trade_word_beside_a_generic_factory_title_names_the_occupation(coder: OccupationCoder):
    coded = coder.code("招车瓷和石膏部普工")
    assert [c.code for c in coded[:2]] == ["4-14-03-02", "6-00-00-00"]  # 口腔修复体制作师, then the group
    assert coder.code("石膏部普工")[0].code == "6-00-00-00"  # the near miss: 石膏 is no trade word of the table


def test_business_development_is_selling_whatever_the_customer(coder: OccupationCoder):
    """BD (业务拓展) finds and sells to customers: 营销员 or BD经理, not the customer's trade (医生BD)."""
    assert {"4-01-02-01", "2-06-07-02"} & {c.code for c in coder.code("医生BD", k=2)}
    assert {"4-01-02-01", "2-06-07-02"}.isdisjoint(c.code for c in coder.code("外科医生", k=2))  # the near miss


def test_a_selling_role_beside_a_trade_word_sells_that_trade(coder: OccupationCoder):
    """LABELLING.md and the 大典: field sales are 营销员, sales managers 市场营销专业人员; the trade is what is sold."""
    coded = [c.code for c in coder.code("口腔市场专员")]
    assert coded[0] == "4-01-02-01" and any(code.startswith("2-05") for code in coded[1:])  # the trade stays next
    assert sold_by("医美销售") == ("4-01-02-01", "2-06-07-02")
    assert sold_by("外贸销售经理") == ("2-06-07-02", "4-01-02-01")
    assert sold_by("市场开发专员") is not None and sold_by("销售数据分析") is None and sold_by("口腔医生") is None
    assert coder.code("会员营销总监")[0].code == "2-06-07-02"  # a manager's rank names the professional
    assert coder.code("销售工程师")[0].code == "2-06-07-02"  # moved from 工程造价 (cost engineering)
    # near misses: a selling word that names the domain, in brackets, or where the first code already sells
    assert coder.code("Java开发工程师（营销）")[0].code == "2-02-10-03"
    assert coder.code("招聘专员（非销售）")[0].code == "4-07-03-08"
    assert coder.code("汽车销售")[0].code == "4-01-02-03"


def test_a_business_role_serves_its_employers_industry(coder: OccupationCoder):
    """超级经理人 of an insurer names no trade: the industry of the title or employer (人寿, 物业, 基金) comes next."""
    assert "4-05-03-01" in [c.code for c in coder.code("超级经理人", employer="某某人寿保险有限公司")[:2]]
    assert "4-06-01-01" in [c.code for c in coder.code("大客户经理", employer="某某物业管理有限公司")[:2]]
    assert "4-05-01-03" in [c.code for c in coder.code("银行客户经理")[:2]]
    # near misses: a trade keeps its places, a foundation (基金会) is no fund, social insurance no insurer
    assert "4-05-03-01" not in [c.code for c in coder.code("电焊工", employer="某某保险有限公司")]
    assert "2-06-11-07" not in [c.code for c in coder.code("项目专员", employer="某某慈善基金会")]
    assert "4-05-03-01" not in [c.code for c in coder.code("专员", employer="某某社会保险服务中心")]


def test_a_customer_manager_or_adviser_may_be_selling(coder: OccupationCoder):
    """客户经理 is the catalog's 客户服务管理员, 顾问 a consultant; both mostly sell, so 营销员 comes next."""
    coded = [c.code for c in coder.code("客户经理")]
    assert coded[:2] == ["4-07-02-03", "4-01-02-01"]
    assert "4-01-02-01" in [c.code for c in coder.code("家庭口腔顾问")]
    assert "4-01-02-01" not in [c.code for c in coder.code("客服专员")[:2]]  # the near miss: service, no customer role


def test_a_group_below_the_first_code_falls_behind_the_detailed_codes(catalog: Catalog, coder: OccupationCoder):
    """老师 and 销售 put 教育服务人员 or 秘书's group among their first five, where a reader wants a detailed code."""
    for title in ("老师", "销售", "工程师"):
        groups = [catalog.get(c.code).is_group for c in coder.code(title, k=8)[1:]]  # type: ignore[union-attr]
        assert groups == sorted(groups), title  # every detailed code before every group
    assert [c.code for c in coder.code("电子厂普工")[:2]] == ["6-25-04-07", "6-00-00-00"]  # production's stays next


def test_an_adverts_hiring_verb_is_not_searched_for_wherever_it_stands(coder: OccupationCoder):
    """[直招]收费员 is a 收费员: 招聘师 is no reading of it, in brackets or not."""
    assert coder.code("急招收费员", k=5) == coder.code("收费员", k=5)  # embedded and searched for as 收费员
    assert coder.code("诚聘收费员", k=5) == coder.code("收费员", k=5)
    assert coder.code("招聘专员")[0].code == "4-07-03-08"  # the near miss: a role after the verb is the trade


def test_quality_control_is_inspection(coder: OccupationCoder):
    assert {"6-31-03-05", "2-02-29-03"} & {c.code for c in coder.code("品控", k=2)}


def test_a_doctors_licence_grade_does_not_split_the_specialty(coder: OccupationCoder):
    """执业医师 and 执业助理医师 are licence grades (医师法), not specialties: 外科执业医生 is a 外科医生."""
    assert coder.code("外科执业医生")[0].code == "2-05-01-02"
    assert coder.code("[急聘]口腔助理医生")[0].code == "2-05-01-07"
    assert coder.code("内科执业、助理医师")[0].code == "2-05-01-01"
    assert coder.code("执业药师")[0].code == "2-05-06-01"  # the near miss: only a doctor's grade is dropped


def test_a_production_title_keeps_its_work_first_and_what_its_employer_makes_next(coder: OccupationCoder):
    """LABELLING.md codes factory work by what is made: 电焊工 at a car-parts maker may be read 汽车装调工, so that
    reading comes right after the title's own work (which stays first: the served occupation does not change)."""
    coded = [c.code for c in coder.code("电焊工", employer="合肥某某汽车配件有限公司")]
    assert coded[:2] == ["6-18-02-04", "6-22-02-01"]  # 焊工, then 汽车装调工
    assert [c.code for c in coder.code("电焊工", employer="某某电子有限公司")][1] == "6-25-04-07"  # 电子设备装接工
    # near misses: a taxi company makes no cars, the description's 包装 is what is done, not made, and a title
    # outside production (保洁员) is not recoded by its employer's product
    assert "6-22-02-01" not in [c.code for c in coder.code("电焊工", employer="某某出租汽车有限公司")]
    assert [c.code for c in coder.code("电焊工", "负责焊接后的包装", employer="")][1] != "6-31-05-00"
    assert "6-22-02-01" not in [c.code for c in coder.code("保洁员", employer="合肥某某汽车配件有限公司")]
