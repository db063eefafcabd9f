"""Issue 22 s12: a range that is the hours of a job the person holds or held, named in its clause or the one before
("在超市上班，早上八点到晚上八点", "以前在厂里，早八点到晚八点"), is no window of theirs; a range they offer beside a
job ("在厂里上班，晚上七点到十点可以") and one with no job named are. Composed: jobs × ranges. Every wording is made
up for this grid; none is a persona's or a real posting's."""

from __future__ import annotations

import itertools

import pytest

from tests.matching.test_window_grid import window_of

JOBS = [
    "在超市上班",
    "现在在饭店干",
    "我在厂里打工",
    "以前在厂里",
    "原来干保洁",
    "之前在食堂做",
    "目前在物业上班",
    "以前在电子厂上班",
]
RANGES = [
    ("早上八点到晚上八点", "08:00-20:00"),
    ("早八点到晚八点", "08:00-20:00"),
    ("早上七点半到下午四点", "07:30-16:00"),
    ("8:00-20:00", "08:00-20:00"),
    ("九点到三点", "09:00-15:00"),
]


@pytest.mark.parametrize(("job", "said"), list(itertools.product(JOBS, RANGES)))
def test_a_jobs_hours_are_no_window(job: str, said: tuple[str, str]) -> None:
    assert window_of(f"{job}，{said[0]}，想找个轻松点的") is None


@pytest.mark.parametrize(("job", "said"), list(itertools.product(JOBS, RANGES)))
def test_a_jobs_hours_in_its_own_clause_are_no_window(job: str, said: tuple[str, str]) -> None:
    assert window_of(f"{job}{said[0]}，太累了") is None


OFFERS = ["{}可以", "{}都有空", "时间：{}"]


@pytest.mark.parametrize(("frame", "said"), list(itertools.product(OFFERS, RANGES)))
def test_a_range_offered_beside_a_job_is_the_window(frame: str, said: tuple[str, str]) -> None:
    assert window_of(f"在超市上过班，现在想换个活，{frame.format(said[0])}") == said[1]


@pytest.mark.parametrize(
    "before",
    ["想在超市上班", "在家带孩子", "目前在找工作", "现在在家", "平时"],  # a wish, home, looking: no job held
)
def test_no_job_held_keeps_the_bare_range(before: str) -> None:
    assert window_of(f"{before}，早上八点半到十一点半") == "08:30-11:30"
