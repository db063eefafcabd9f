"""Place and physical cues read in context (issue 22, session 6): who does the act, whether it is negated or
hedged, where a word begins and ends, a product against a duty. Each case is a made-up sentence, a reading the
SCHEMA's decisions ask for and its near miss."""

from __future__ import annotations

import pytest

from matching.facts import posting_facts


def codes(description: str, family: str) -> set[str]:
    return {f.code for f in posting_facts("", description) if f.family == family}


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # 外派: to a client, a city or in general is client_site; to the employer's own branches or abroad a trip
        ("本岗位外派至杭州某银行", {"client_site"}),
        ("需接受外派，地点上海浦东", {"client_site"}),
        ("国企外派开发岗，长期项目", {"client_site"}),
        ("表现优秀者可外派到我司海外分公司", {"travel"}),
        ("接受全球轮岗及外派", {"travel"}),
        ("入职后外派参加厂家培训一周", set()),  # sent on a course
        ("公司提供外派学习机会", set()),
        ("非外派，固定在公司办公", set()),
        # 驻地 at a named company
        ("长期驻地南京某科技公司上班", {"client_site"}),
        # 现场: the project's own work at the client stays client_site; support, talks, supervision do not
        ("在客户现场完成系统部署和联调", {"client_site"}),
        ("在客户现场进行售后问题处理和指导", set()),
        ("有机会与头部客户现场交流", set()),
        ("负责监督项目现场的施工质量", set()),
        ("协调处理项目现场的突发情况", set()),
        ("配合支持现场实施工作", set()),
        ("如有需要，短期到客户现场", {"travel"}),
        ("长期驻项目现场", {"client_site"}),
    ],
)
def test_postings_and_sites_read_by_who_is_stationed(description: str, expected: set[str]) -> None:
    assert codes(description, "place") == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # a visit that is why one travels is the trip, not field work; on-call duty is not going out
        ("需出差拜访合作伙伴", {"travel"}),
        ("偶尔出差去客户现场排查故障", {"travel"}),
        ("经常拜访合作伙伴", {"field"}),
        ("节假日提供现场或远程值班", set()),
        ("每周巡店两次，指导门店陈列", {"field"}),
        # 出差 inside another word, 差旅 as a business, 外派 to a course
        ("找出差距并推动改进", set()),
        ("细心负责，确保数据不出差错", set()),
        ("负责企业差旅平台的产品设计", set()),
        ("输出差旅成本的分析报告", set()),
        ("适应出差，差旅费实报实销", {"travel"}),
        # a schedule of trips is a trip asked, even beside its allowance
        ("每年出差三到四次，每次一周，有出差补贴", {"travel"}),
        ("出差补贴按公司标准发放", set()),
        ("需不定期前往深圳总部汇报", {"travel"}),
        ("需到公司参加培训", set()),
    ],
)
def test_visits_and_trips_read_from_the_words_around_them(description: str, expected: set[str]) -> None:
    assert codes(description, "place") == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("客服岗，在家、在宿舍做都可以", {"remote"}),
        ("老师居家录制课程，时间自由", {"remote"}),
        ("接受居家办公，接受无经验者", {"remote"}),
        ("有居家办公经验者优先", set()),  # experience of it, not this job's place
        ("住在家附近都可以", set()),
        ("门店在家乐福旁边，步行都可以到", set()),
    ],
)
def test_home_work_is_read_where_a_home_seeker_would_want_it(description: str, expected: set[str]) -> None:
    assert codes(description, "place") == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        # riders who ride, not riders a product or a shop serves
        ("1、骑手负责接单和送单，多劳多得", {"riding"}),
        ("骑手、配送员、分拣员均可", {"riding"}),
        ("能熟练驾驶电瓶车，熟悉本地路线", {"riding"}),
        ("负责打包出餐并交接骑手", set()),
        ("洞察骑手需求，设计配送产品功能", set()),
        ("提升骑手满意度和留存", set()),
        ("负责骑手端产品的规划", set()),
        ("商家、骑手和用户三方的体验优化", set()),
        # an e-bike as the thing made or tested
        ("负责新能源电动车整车的测试验证", set()),
        ("参与智能电动车开发平台的搭建", set()),
        ("公司配电动车，送货到小区", {"riding"}),
        # a waiter's 送餐 against food delivered on the road
        ("负责点餐、送餐、收餐和清洁桌面", set()),
        ("外卖送餐，单价6元", {"riding"}),
    ],
)
def test_riding_read_only_for_the_one_who_rides(description: str, expected: set[str]) -> None:
    assert codes(description, "physical") == expected


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("有重物补贴，多劳多得", {"lifting"}),
        ("负责卸货和理货", {"lifting"}),
        ("熟悉搬运工作流程，服从安排", {"lifting"}),  # the worker's own work
        ("只需开车，无需装卸", set()),
        ("只送货，如需装卸另付装卸费", set()),
        ("保持装卸区域的清洁卫生", set()),
        ("定期保养搬运工具", set()),
        ("对货物的搬运有一定的了解", set()),
        ("对入库、卸货等作业进行监督检查", set()),
    ],
)
def test_lifting_read_only_when_this_worker_lifts(description: str, expected: set[str]) -> None:
    assert codes(description, "physical") == expected
