"""What the machine was doing while a benchmark measured: shared by the benchmarks that time things."""

from __future__ import annotations

import os
from pathlib import Path


def cpu_times() -> list[int]:
    """The machine's CPU time counters (/proc/stat's first line: user nice system idle iowait irq softirq steal ...),
    in clock ticks; empty where there is no /proc."""
    try:
        with open("/proc/stat") as stat:
            return [int(v) for v in stat.readline().split()[1:]]
    except OSError:
        return []


def steal_share(before: list[int], after: list[int]) -> float | None:
    """The part of the machine's CPU time the hypervisor gave to others between two `cpu_times` readings: on a
    virtual machine a run with steal measured less than these cores can do."""
    if len(before) < 8 or len(after) < 8:
        return None
    total = sum(after[:8]) - sum(before[:8])
    return (after[7] - before[7]) / total if total > 0 else None


def cpu_name(fallback: str) -> str:
    """The CPU's model name as /proc/cpuinfo gives it; `fallback` where it names none."""
    lines = Path("/proc/cpuinfo").read_text().splitlines()
    return next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), fallback)


def cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    return len(os.sched_getaffinity(0))


def memory_gib() -> float:
    """The machine's physical memory."""
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
