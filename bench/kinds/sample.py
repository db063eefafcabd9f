"""Draw the real non-IT titles whose bodily demands `labels.csv` holds (seeded, re-runnable).

`python -m bench.kinds.sample` prints `row,sid,stratum,split` for every drawn title and writes the private
labelling list (with the title text) to /tmp/kindlab-priv/sample.tsv; the text never enters the project.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SEED = 22
PRIVATE = Path("/tmp/kindlab-priv/sample.tsv")

# A coarse prefilter: titles with any of these are taken for IT/office-tech work and never drawn.
IT_WORDS = (
    "java",
    "python",
    "c++",
    "golang",
    "php",
    "web",
    "前端",
    "后端",
    "开发",
    "算法",
    "软件",
    "测试",
    "运维",
    "数据",
    "产品经理",
    "架构",
    "程序",
    "嵌入式",
    "芯片",
    "ic",
    "ai",
    "大模型",
    "网络安全",
    "实施",
    "技术支持",
    "ui",
    "ux",
    "交互",
    "it",
    "系统",
    "信息",
    "游戏",
    "android",
    "ios",
    "linux",
    "云",
    "devops",
    "sre",
)

# Drawn in this order, without overlap: (stratum, how many, title words that place a title in it).
STRATA: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("cleaning", 28, ("保洁", "清洁", "洗碗", "环卫", "清扫")),
    (
        "kitchen",
        30,
        (
            "厨师",
            "厨房",
            "帮厨",
            "后厨",
            "面点",
            "服务员",
            "传菜",
            "餐饮",
            "烧烤",
            "奶茶",
            "咖啡",
            "烘焙",
            "切配",
            "打荷",
        ),
    ),
    ("warehouse", 30, ("仓库", "仓管", "分拣", "理货", "装卸", "搬运", "打包", "拣货", "物流")),
    (
        "factory",
        32,
        (
            "普工",
            "操作工",
            "作业员",
            "组装",
            "包装工",
            "车间",
            "生产",
            "流水线",
            "质检",
            "焊工",
            "缝纫",
            "车缝",
            "技工",
            "学徒",
        ),
    ),
    ("delivery", 28, ("快递", "配送", "外卖", "骑手", "送货", "派件", "收派")),
    ("security", 25, ("保安", "安保", "门卫", "巡逻", "消防", "监控")),
    ("care", 30, ("护工", "护理", "月嫂", "育婴", "保姆", "家政", "陪护", "养老", "育儿")),
    (
        "construction",
        32,
        (
            "装修",
            "木工",
            "瓦工",
            "电工",
            "水电",
            "钢筋",
            "油漆",
            "维修",
            "维保",
            "安装",
            "施工",
            "泥工",
            "焊",
            "空调",
            "电梯",
        ),
    ),
    ("retail", 28, ("超市", "营业员", "导购", "收银", "店员", "理货员", "促销", "门店", "店长")),
    ("hotel", 25, ("酒店", "客房", "前台", "宾馆", "礼宾", "民宿", "洗衣")),
    ("agriculture", 20, ("绿化", "园林", "养殖", "种植", "农业", "花卉", "苗木", "农场", "饲养", "果园")),
    ("drivers", 28, ("司机", "驾驶", "叉车", "铲车", "货车", "代驾", "押运")),
    ("office", 24, ("文员", "行政", "会计", "出纳", "客服", "销售", "人事", "助理", "专员", "统计")),
)
RANDOM_SHARE = 40


@dataclass(frozen=True)
class Drawn:
    row: int
    sid: str
    stratum: str
    split: str
    title: str


def postings_path() -> Path:
    """The real postings file: `shared/data` beside the checkout or above it (worktrees live elsewhere)."""
    for base in (Path(__file__).resolve(), Path("/work/main/bench")):
        for parent in base.parents:
            path = parent / "shared" / "data" / "postings_real.csv.gz"
            if path.exists():
                return path
    raise FileNotFoundError("shared/data/postings_real.csv.gz")


def title_id(title: str) -> str:
    return hashlib.sha1(title.encode("utf-8")).hexdigest()[:16]


def read_titles(path: Path) -> Iterator[tuple[int, str]]:
    """(0-based data row, title) in the file's order."""
    with gzip.open(path, "rt", encoding="utf-8", newline="") as handle:
        for row, record in enumerate(csv.DictReader(handle)):
            yield row, record["职位"]


def unique_titles(path: Path) -> dict[str, int]:
    """Each distinct title (exact text) with the row of its first occurrence."""
    first: dict[str, int] = {}
    for row, title in read_titles(path):
        if title.strip():
            first.setdefault(title, row)
    return first


def is_it(title: str) -> bool:
    low = title.lower()
    return any(word in low for word in IT_WORDS) or "工程师" in title


def draw(path: Path) -> list[Drawn]:
    rng = random.Random(SEED)
    pool = sorted((row, title) for title, row in unique_titles(path).items() if not is_it(title))
    taken: set[int] = set()
    chosen: list[tuple[int, str, str]] = []
    for stratum, count, words in STRATA:
        fits = [(r, t) for r, t in pool if r not in taken and any(w in t for w in words)]
        for r, t in rng.sample(fits, min(count, len(fits))):
            taken.add(r)
            chosen.append((r, t, stratum))
    rest = [(r, t) for r, t in pool if r not in taken]
    chosen += [(r, t, "random") for r, t in rng.sample(rest, RANDOM_SHARE)]
    order = list(range(len(chosen)))
    rng.shuffle(order)
    dev = set(order[: len(order) // 2])
    return [Drawn(r, title_id(t), s, "dev" if i in dev else "test", t) for i, (r, t, s) in enumerate(chosen)]


def main() -> None:
    drawn = draw(postings_path())
    PRIVATE.parent.mkdir(parents=True, exist_ok=True)
    with PRIVATE.open("w", encoding="utf-8") as private:
        for d in drawn:
            private.write(f"{d.row}\t{d.sid}\t{d.stratum}\t{d.split}\t{d.title}\n")
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(("row", "sid", "stratum", "split"))
    for d in drawn:
        out.writerow((d.row, d.sid, d.stratum, d.split))


if __name__ == "__main__":
    main()
