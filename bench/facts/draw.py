"""`python -m bench.facts.draw`: draw unlabelled sentences of real postings for a new blind label split.

Every row that any label file already names is left out (and every sentence hash, wherever it recurs), so a new
split shares nothing with what the reader was tuned on. Positives are rare in random sentences, so most are found by
keyword searches, one quota per group of codes (so 残疾/轮椅 are not drowned by 出差); near misses are sentences
with a confusable word and no search word; the random ones are shared by every family drawn with the same seed.
The skeleton lines (row, hash, how drawn, no text) go to `--out`; the texts, to label from, to `--show`, which
must lie outside the project.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import re
from collections import Counter
from pathlib import Path

from bench.facts.__main__ import LABELS, POSTINGS, read_labels, sentences, sid

# draw -> (search groups: name -> pattern, near-miss pattern); a draw is named after its family, and a later
# draw of the same family after it with a suffix
SEARCHES: dict[str, tuple[dict[str, str], str]] = {
    "place": (
        {
            "home": r"居家|在家|远程|线上办公|在线办公|家中",
            "away": r"外勤|外出|拜访|跑业务|跑市场|户外|上门|走访|巡店|巡检",
            "travel": r"出差|差旅|外地|异地|全国各地",
            "site": r"驻场|驻点|派驻|外派|客户现场|常驻|项目现场|甲方",
        },
        r"家|线上|现场|办公室|室外|市场|客户|办公地点|工作地点",
    ),
    "physical": (
        {
            "lifting": r"搬运|搬抬|搬货|搬动|搬家|装卸|负重|\d+\s*(?:斤|公斤|kg|KG)|重物|扛",
            "standing": r"久站|站立|站着|长时间站|站岗",
            "riding": r"骑|电动车|摩托|送餐|送货|外卖|骑手|配送员",
            "height": r"高空|登高|高处|攀爬|爬高",
            "strenuous": r"体力|身体强壮|身强体壮|力气|重活|粗活|苦活|累活",
            "access": r"残疾|残障|轮椅|听障|聋|哑|无障碍|肢体",
        },
        r"吃苦|身体健康|健康|站点|网站|仓库|物流|快递|户外|高温|车间|流水线|配送|体检",
    ),
    # the first physical draw found 39 positives in 307 (its 骑 and 无障碍 mostly hit 骑手 systems and fluent
    # English): this one takes every further sentence of narrower searches, several per posting
    "physical-rest": (
        {
            "lifting": r"搬运|搬抬|搬货|搬动|装卸|负重|\d+\s*(?:斤|公斤|kg|KG)|重物|扛(?!得住|住|起)|卸货|上下货",
            "standing": r"久站|站立|站着|长时间站|站岗|站班",
            "riding": r"骑电|骑摩托|骑车|骑行(?!业务|服务|调度)|电动车|电瓶车|摩托车|骑手|送餐员|外卖员|配送员",
            "height": r"高空|登高|高处作业|攀爬|爬高|爬梯",
            "strenuous": r"体力|身体强壮|身强体壮|力气|重活|粗活|苦活|累活",
            "access": r"残疾|残障|轮椅|听障|聋哑|聋人|哑人|肢体障碍|肢残|视障",
        },
        r"(?!)",
    ),
    # session 6, fresh2 for the other four families (seed 2214)
    "schedule": (
        {
            "day": r"白班|日班|朝九晚五|不上夜班|无夜班|不用上夜班|不值夜",
            "shifts": r"倒班|轮班|两班|三班|排班|轮休|做[一二三四五六]休[一二三]|早晚班|早班|中班",
            "night": r"夜班|晚班|通宵|夜间|值夜|夜场",
            "part_time": r"兼职|小时工|临时工|日结|零工|按小时|时薪|钟点",
            "days_off": r"双休|单休|做五休二|大小周|周末|月休|休息\s*\d|调休",
            "hours": r"\d{1,2}\s*[:：点]\s*\d{0,2}\s*(?:分)?\s*[-—~～至到]|上班时间|工作时间|作息",
        },
        r"时间|班|休|假|小时|加班|弹性|考勤|打卡",
    ),
    "licence": (
        {
            "driving": r"驾照|驾驶证|驾驶执照|[ABCabc][12]照|[ABC][12]驾|[ABC][12]及以上|开车|驾龄|准驾",
            "trade": r"叉车|焊工|电焊|焊接|电工|高处作业|登高|起重|塔吊|行车|特种作业|操作证|上岗证",
            "care": r"健康证|母婴|育婴|月嫂|催乳|养老护理|护理员|保安员|保安证|厨师证|厨师等级",
            "profession": r"会计证|会计职称|初级会计|中级会计|注册会计|CPA|护士|执业|教师资格|资格证",
        },
        r"证书|证件|[^保]证(?!明|券|据)|资质|持有|执照|驾驶|司机|车辆|资格",
    ),
    "lodging": (
        {
            "meals": r"包吃|包餐|三餐|工作餐|午餐|晚餐|管饭|餐补|饭补|饭贴|食堂|用餐|吃饭|伙食|供餐|餐费",
            "housing": r"包住|宿舍|住宿|公寓|住房|提供住|房补|租房",
            "live_in": r"住家|不住家|住雇主|住在客户",
        },
        r"吃|住|餐|饭|房|补贴|福利|待遇",
    ),
    "education": (
        {
            "degree": r"学历|本科|大专|专科|中专|高中|初中|硕士|博士|研究生|技校|职高|学士",
            "graduate": r"应届|毕业|\d{2,4}\s*届|往届|在校",
            "experience": r"经验|年以上|工作年限|从业|工龄|\d\s*年(?:及)?以上",
            "age": r"岁|年龄|年纪|周岁",
        },
        r"学习|教育|培训|学校|专业|年|背景|资历|老员工|新手",
    ),
}
# fresh3 (rows of other families allowed): the earlier searches found under 100 sentences left, so three wider
# groups look for lifting, riding and strenuous work said in other words (warehouse, parcel, fitness)
SEARCHES["physical-fresh3"] = (
    {
        **{name: f"{SEARCHES['physical'][0][name]}|{rest}" for name, rest in SEARCHES["physical-rest"][0].items()},
        "warehouse": r"分拣|理货|拣货|卸车|装车|补货|备货",
        "parcel": r"派送|快递员|送件|跑腿|三轮|揽收|收派",
        "fitness": r"身体素质|身体好|体能|强壮|耐力",
    },
    SEARCHES["physical"][1],
)
# fresh4: drawn for recall of positives; the filter is written from SCHEMA.md's definitions and how Chinese postings
# say physical work and accessibility (not from the reader), its `random` part from blue-collar-looking rows only
SEARCHES["physical-fresh4"] = (
    {
        "lifting": r"搬(?!迁|到|至|离|进|入|砖)|扛|抬(?!头)|装卸|卸货|装货|上下货|装车|卸车|负重|重物|"
        r"\d+\s*(?:斤|公斤|kg|KG)|提重|拎(?!包)|叉车|地牛|液压车|推车|送水|桶装水|力工",
        "standing": r"站立|久站|站着|站岗|站班|长时间站|走动|不能坐|无需坐",
        "riding": r"骑|电动车|电瓶车|摩托|三轮|自行车|配送员|负责配送|送货|送餐|派送|送件|跑腿|外卖员|快递员",
        "height": r"高空|登高|高处|攀爬|爬高|爬梯|上楼|爬楼|搭(?:设)?脚手架|脚手架(?:作业|搭设|工)|吊篮|蜘蛛人",
        "strenuous": r"体力|力气|重活|粗活|累活|苦活|轻活|吃苦(?!耐劳)|身体(?:强壮|好|素质|棒)|身强|强壮|耐力|能扛|腰|体能|蹲|手脚麻利",
        "access": r"残疾|残障|残联|轮椅|听障|聋|哑|视障|肢体|手语|无障碍|盲人|助残",
    },
    # near misses: the words that sit beside physical work without stating it (吃苦耐劳, 身体健康, 配送, 巡逻, 分拣…)
    r"吃苦|健康|坐|仓库|仓储|物流|快递|配送|巡逻|分拣|理货|拣货|补货|打包|上架|车间|流水线|户外|高温|体检|"
    r"站|走|跑|送|脚手架|搬|视力|手脚|勤快",
)
# the `random` part of a draw may be taken from rows whose title looks blue-collar, or that Guangdong's public
# employment service posted (`--random-rows blue`), so negatives and unexpected wordings of the same trades are there
BLUE_TITLES = (
    r"普工|操作工|作业员|仓管|仓库|库管|理货|分拣|搬运|装卸|保洁|清洁|物流|快递|配送|送货|骑手|司机|餐饮|服务员|厨|"
    r"洗碗|传菜|帮工|杂工|安保|保安|门卫|巡逻|护理|护工|保姆|家政|育婴|月嫂|技工|焊|电工|木工|水电|装修|维修|"
    r"包装|打包|拣货|质检|车间|工人|学徒|店员|营业员|收银|导购|理发|美容|足浴|按摩|园林|绿化|养殖|种植|屠宰"
)
BLUE_PLATFORMS = {"GGFW_HRSS_GD"}


def blue_rows(postings: Path) -> set[int]:
    """Rows whose title looks blue-collar or which Guangdong's public employment service posted."""
    title = re.compile(BLUE_TITLES)
    with gzip.open(postings, "rt", encoding="utf-8") as f:
        return {
            row
            for row, posting in enumerate(csv.DictReader(f))
            if posting["发布平台"] in BLUE_PLATFORMS or title.search(posting["职位"])
        }


RANDOM_SEED_OFFSET = 1  # the random sentences use their own stream, shared across families


def labelled(directory: Path, family: str | None = None) -> tuple[set[int], set[str]]:
    """Rows (of `family`'s lines only, when named) and sentence hashes (of every line) already labelled."""
    lines = read_labels(directory)
    rows = {int(str(line["row"])) for line in lines if family is None or line["family"] == family}
    return rows, {str(line["sid"]) for line in lines}


def candidates(postings: Path, rows_out: set[int], sids_out: set[str]) -> list[tuple[int, str, str]]:
    """(row, sid, sentence) of every description sentence not yet labelled, each hash once (its first row)."""
    seen = set(sids_out)
    out = []
    with gzip.open(postings, "rt", encoding="utf-8") as f:
        for row, posting in enumerate(csv.DictReader(f)):
            if row in rows_out:
                continue
            for sentence in sentences(posting["职位描述"]):
                h = sid(sentence)
                if h not in seen:
                    seen.add(h)
                    out.append((row, h, sentence))
    return out


def title_candidates(postings: Path, rows_out: set[int], sids_out: set[str]) -> list[tuple[int, str, str]]:
    """(row, sid, title) of every title not yet labelled, each hash once (its first row)."""
    seen = set(sids_out)
    out = []
    with gzip.open(postings, "rt", encoding="utf-8") as f:
        for row, posting in enumerate(csv.DictReader(f)):
            h = sid(posting["职位"])
            if row not in rows_out and h not in seen:
                seen.add(h)
                out.append((row, h, posting["职位"]))
    return out


def pick(
    pool: list[tuple[int, str, str]], n: int, rng: random.Random, taken: set[str], rows: Counter[int], per_row: int
) -> list[tuple[int, str, str]]:
    """n sentences of the pool, at most per_row of a posting, none already taken."""
    chosen = []
    for c in rng.sample(pool, len(pool)):
        if len(chosen) == n:
            break
        if c[1] not in taken and rows[c[0]] < per_row:
            chosen.append(c)
            taken.add(c[1])
            rows[c[0]] += 1
    return chosen


def draw(
    name: str,
    pool: list[tuple[int, str, str]],
    seed: int,
    counts: tuple[int, int, int],
    per_row: int,
    random_rows: set[int] | None = None,
) -> list[tuple[str, tuple[int, str, str]]]:
    """counts = (per search group, near misses, random); the random ones only from `random_rows` when given"""
    groups, near_miss = SEARCHES[name]
    per_group, near, randoms = counts
    rng, taken, rows = random.Random(seed), set[str](), Counter[int]()
    random_pool = pool if random_rows is None else [c for c in pool if c[0] in random_rows]
    shared = pick(random_pool, randoms, random.Random(seed + RANDOM_SEED_OFFSET), taken, rows, per_row)
    out = [("random", c) for c in shared]
    any_group = re.compile("|".join(groups.values()))
    for pattern in groups.values():
        hits = [c for c in pool if re.search(pattern, c[2])]
        out += [("positive_search", c) for c in pick(hits, per_group, rng, taken, rows, per_row)]
    misses = [c for c in pool if re.search(near_miss, c[2]) and not any_group.search(c[2])]
    out += [("near_miss", c) for c in pick(misses, near, rng, taken, rows, per_row)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("draw", choices=sorted(SEARCHES), help="which searches; the family is the name before any -")
    parser.add_argument("--split", required=True, help="the new split's name, written on every line")
    parser.add_argument("--out", type=Path, required=True, help="skeleton JSONL: row, sid, sample, empty facts")
    parser.add_argument("--show", type=Path, required=True, help="numbered sentences to label (outside the project)")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--postings", type=Path, default=POSTINGS)
    parser.add_argument("--seed", type=int, default=2212)
    parser.add_argument("--per-group", type=int, default=45)
    parser.add_argument("--near", type=int, default=60)
    parser.add_argument("--random", type=int, default=70)
    parser.add_argument("--per-row", type=int, default=1, help="at most this many sentences of one posting")
    parser.add_argument(
        "--family-rows",
        action="store_true",
        help="leave out only rows the family's own label files name (other families' rows may be drawn; every"
        " labelled sentence hash is still left out)",
    )
    parser.add_argument("--skip", type=Path, nargs="*", default=[], help="skeletons of earlier draws to leave out")
    parser.add_argument(
        "--titles",
        type=int,
        default=0,
        help="also this many titles per search group (fresh4: the description sentences' hits are nearly spent)",
    )
    parser.add_argument(
        "--random-rows",
        choices=("all", "blue"),
        default="all",
        help="draw the random sentences from every row (all) or blue-collar-looking rows only (blue, fresh4)",
    )
    args = parser.parse_args()
    family = args.draw.split("-")[0]
    rows_out, sids_out = labelled(args.labels, family if args.family_rows else None)
    for path in args.skip:
        sids_out |= {json.loads(line)["sid"] for line in path.read_text(encoding="utf-8").splitlines()}
    pool = candidates(args.postings, rows_out, sids_out)
    random_rows = blue_rows(args.postings) if args.random_rows == "blue" else None
    counts = (args.per_group, args.near, args.random)
    drawn = draw(args.draw, pool, args.seed, counts, args.per_row, random_rows)
    fields = ["description"] * len(drawn)
    if args.titles:
        titles = title_candidates(args.postings, rows_out, sids_out | {c[1] for _, c in drawn})
        hit = draw(args.draw, titles, args.seed, (args.titles, 0, 0), args.per_row)
        drawn, fields = drawn + hit, fields + ["title"] * len(hit)
    order = list(zip(drawn, fields, strict=True))
    random.Random(args.seed).shuffle(order)  # the labeller sees no hint of how a sentence was drawn
    with args.out.open("w", encoding="utf-8") as out, args.show.open("w", encoding="utf-8") as show:
        for i, ((sample, (row, h, sentence)), field) in enumerate(order):
            line = {"family": family, "row": row, "sid": h, "field": field, "sample": sample}
            out.write(json.dumps(line | {"split": args.split, "facts": []}, ensure_ascii=False) + "\n")
            show.write(f"{i}\t{sentence}\n")
    print(f"{len(drawn)} sentences from a pool of {len(pool)}")


if __name__ == "__main__":
    main()
