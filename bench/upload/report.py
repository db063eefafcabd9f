"""REPORT.md from the upload benchmark's results.json."""

from __future__ import annotations

from typing import Any


def render(r: dict[str, Any]) -> str:
    lines = [
        "# Bulk upload on real postings",
        "",
        "Made by `python -m bench.upload` from `../shared/data/postings_real.csv.gz` (never committed);",
        "numbers from the last run on this machine (2 cores, CPU m3e-small). Rerun to refresh.",
        "",
    ]
    if "real" in r:
        lines += _real(r["real"])
    if "again" in r:
        a = r["again"]
        lines += [
            "## The same file again",
            "",
            *_note(a),
            f"- counts: {_counts(a['counts'])}; postings in the database {a['jobs_before']} → {a['jobs_after']}",
            f"- {a['seconds']} s ({a['rows_per_s']} rows/s): unchanged rows are not embedded again",
            "",
        ]
    if "kill" in r:
        k = r["kill"]
        same = "the same as" if "real" in r and k["counts"] == r["real"]["counts"] else "DIFFERENT from"
        lines += [
            "## Worker killed halfway (huey on Redis)",
            "",
            *_note(k),
            f"- `jobcircle worker` got SIGKILL at {k['rows_done_at_kill']} rows done "
            f"({k['jobs_at_kill']} postings stored); a new worker took over after the {k['lease_s']} s lease",
            f"- finished `{k['status']}` after {k['attempts']} claims: {_counts(k['counts'])}, {k['jobs']} postings",
            f"- these counts are {same} the uninterrupted run above",
            "",
        ]
    if "speed" in r:
        lines += _speed(r["speed"])
    return "\n".join(lines) + "\n"


def _real(x: dict[str, Any]) -> list[str]:
    c = x["counts"]
    total = c["created"] + c["updated"] + c["unchanged"] + c["rejected"]
    m = x["matchable"]
    lines = [
        "## 5,000 real rows (.xlsx)",
        "",
        *_note(x),
        f"- status `{x['status']}`, {x['rows']} rows in {x['seconds']} s ({x['rows_per_s']} rows/s)",
        f"- {_counts(c)}: **{total}** of {x['rows']} accounted for; {x['warnings']} warnings on stored rows",
        f"- matchable: {m['found']} of {m['sampled']} sampled stored postings are found by a 3 km search with "
        f"their own title at their own point; {m['indexed']} postings indexed",
        "",
        "Why rows were rejected (values masked, most frequent first):",
        "",
        "| column | reason | rows |",
        "|---|---|---:|",
    ]
    lines += [f"| {col} | {reason} | {n} |" for col, reason, n in x["reasons"]]
    lines += ["", "One real message per kind, as the clerk reads it:", ""]
    lines += [f"- row {e['row']}, {e['column']}: {e['reason']}" for e in x["examples"]]
    return [*lines, ""]


def _speed(s: dict[str, Any]) -> list[str]:
    if "rounds" not in s:  # a results.json from before issue 27 item 4
        return ["## Speed", "", *_note(s), f"- {s['rows']} rows: {s['rows_per_s']} rows/s", ""]
    lines = [
        f"## Speed: {s['rows']:,} rows, GB18030 CSV, including embedding",
        "",
        *_note(s),
        "before = the whole text, one text at a time on one core; after = a posting text policy, identical texts "
        f"once, texts side by side on {s['cpu']} cores. Each round turns the order.",
        "",
        "| round | way | parallel | rows/s | embedding alone, rows/s | upload / embedding | load | × before |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n, pair in enumerate(s["rounds"], 1):
        for way, x in pair.items():
            lines.append(
                f"| {n} | {way} | {x['parallel']} | {x['rows_per_s']} | {x['embed_only_rows_per_s']} "
                f"| {x['ratio_to_embedding_alone']}× | {x['load']} | {x.get('ratio', '')} |"
            )
    medians = ", ".join(f"{way} **{r}×**" for way, r in s["median_ratio"].items())
    return [*lines, "", f"Median over rounds, × before: {medians}.", ""]


def _note(stage: dict[str, Any]) -> list[str]:
    return [f"_Note: {stage['note']}_", ""] if "note" in stage else []


def _counts(c: dict[str, int]) -> str:
    return (
        f"created {c['created']}, updated {c['updated']}, unchanged {c['unchanged']}, rejected {c['rejected']}"
        f" (linked as duplicates {c['linked']})"
    )
