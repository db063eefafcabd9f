"""Screening a posting for discriminatory requirements before it is stored: reject it, or hold it for review."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from app.models import Job
from app.models.job import CLOSED_STATES
from app.schemas.screening import ReviewRecord, ScreeningNote
from app.services.errors import InvalidField
from app.vocabulary import ScreeningMode
from matching.screening import Finding, screen

TAG_SEPARATOR = "、"  # tags are screened as one text: a phrase may not span two tags, the separator breaks clauses


@dataclass(frozen=True, slots=True)
class FieldFinding:
    """A finding and the field it was found in."""

    field: str
    finding: Finding

    @property
    def reason(self) -> str:
        f = self.finding
        if f.severity == "warning":
            return f"{f.label}：“{f.phrase}”（{f.basis}）"
        return f"违反{f.label}规则：“{f.phrase}”（{f.basis}）"

    def stored(self) -> dict[str, Any]:
        f = self.finding
        return {
            "field": self.field,
            "rule": f.rule,
            "label": f.label,
            "phrase": f.phrase,
            "severity": f.severity,
            "basis": f.basis,
            "start": f.start,
            "end": f.end,
        }


@dataclass(frozen=True, slots=True)
class Screening:
    blocking: tuple[FieldFinding, ...]
    warnings: tuple[FieldFinding, ...]

    @property
    def clean(self) -> bool:
        return not self.blocking and not self.warnings


class DiscriminatoryPosting(InvalidField):
    """A posting states a requirement the law forbids (HTTP 422, naming the field, the rule and the phrase)."""

    code = "discriminatory_requirement"

    def __init__(self, screening: Screening) -> None:
        first = screening.blocking[0]
        super().__init__(first.field, first.reason)
        self.screening = screening
        self.message = "；".join(f"{p.field}: {p.reason}" for p in screening.blocking)


def assess(title: str, description: str, tags: Sequence[str], job_type: str | None) -> Screening:
    """Every finding in the posting's texts, split into requirements that block it and warnings."""
    texts = {"title": title, "description": description or "", "tags": TAG_SEPARATOR.join(tags)}
    placed = [FieldFinding(field, f) for field, text in texts.items() for f in screen(text, job_type)]
    return Screening(
        tuple(p for p in placed if p.finding.severity == "reject"),
        tuple(p for p in placed if p.finding.severity == "warning"),
    )


def screen_posting(
    mode: ScreeningMode, title: str, description: str, tags: Sequence[str], job_type: str | None
) -> Screening:
    """Raise DiscriminatoryPosting in reject mode; in review mode a blocking finding is returned to hold the posting."""
    screening = assess(title, description, tags, job_type)
    if screening.blocking and mode == "reject":
        raise DiscriminatoryPosting(screening)
    return screening


def screen_job(mode: ScreeningMode, job: Job) -> None:
    """Screen a job's current texts and record the outcome on it (see `record`)."""
    record(job, screen_posting(mode, job.title, job.description, job.tags or [], job.job_type))


def record(job: Job, screening: Screening) -> None:
    """Store the findings; hold the job for review if a blocking phrase was not approved by an operator before.

    A held job whose text no longer holds anything back is open again: the hold was the screener's, not a
    person's. A closed job stays closed whatever its text says."""
    approved = approved_phrases(job)
    review = (job.screening or {}).get("review")
    findings = [p.stored() for p in (*screening.blocking, *screening.warnings)]
    job.screening = (
        {"findings": findings, "approved": sorted([r, p] for r, p in approved), "review": review}
        if findings or approved or review
        else None
    )
    held = any((p.finding.rule, p.finding.phrase) not in approved for p in screening.blocking)
    if held and job.status not in CLOSED_STATES:
        job.status = "review"
    elif not held and job.status == "review":
        job.status = "open"


def approved_phrases(job: Job) -> set[tuple[str, str]]:
    return {(rule, phrase) for rule, phrase in (job.screening or {}).get("approved", [])}


def notes_of(job: Job, severity: str) -> list[ScreeningNote]:
    """The stored findings of one severity, as the job's output shows them."""
    notes = []
    for f in (job.screening or {}).get("findings", []):
        if f["severity"] == severity:
            finding = Finding(
                rule=f["rule"],
                label=f["label"],
                phrase=f["phrase"],
                severity=f["severity"],
                start=f["start"],
                end=f["end"],
                basis=f["basis"],
            )
            notes.append(
                ScreeningNote(
                    field=f["field"],
                    rule=f["rule"],
                    label=f["label"],
                    phrase=f["phrase"],
                    severity=f["severity"],
                    reason=FieldFinding(f["field"], finding).reason,
                )
            )
    return notes


def review_of(job: Job) -> ReviewRecord | None:
    review = (job.screening or {}).get("review")
    return ReviewRecord.model_validate(review) if review else None


def blocking_of(job: Job) -> set[tuple[str, str]]:
    """The (rule, phrase) pairs that hold the job now: what an operator approves."""
    return {(f["rule"], f["phrase"]) for f in (job.screening or {}).get("findings", []) if f["severity"] == "reject"}
