"""What text of a posting or profile is embedded and coded, and redoing that only when it changed."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Employer, Job, Jobseeker
from app.schemas.facts import FactOut
from app.services.engine.eligibility import local_today
from matching import facts as text_facts
from matching.coding import OccupationCoder
from matching.embedding import Embedder
from matching.facts import Fact
from matching.facts.priors import posting_priors
from matching.occupations import Coded
from matching.text_policy import FULL_TEXT, TextPolicy

# What of a posting is embedded, chosen by bench.eval.policy (bench/README.md, issue 27 item 4): the whole text
# cut at 320 tokens is the shortest measured that holds the served (hybrid) ranking: nDCG@10 within 0.2% and the
# top 10 at 0.961/0.977 of full-text fp32's (256 tokens: 0.947/0.969, under the 0.95 bar); picking sentences
# (select-N) agreed less at every length.
POSTING_TEXT = TextPolicy(320, select=False)


def job_text(title: str, description: str, tags: Iterable[str]) -> str:
    """The whole text of a posting: what its hash, facts and keywords read."""
    return FULL_TEXT.posting_text(title, description, tags)


def seeker_text(desired_job: str, experience: str, skills: Iterable[str], specialty: str | None = None) -> str:
    return "\n".join(part for part in (desired_job, experience, " ".join(skills), specialty or "") if part)


def text_of(row: Job | Jobseeker) -> str:
    if isinstance(row, Job):
        return job_text(row.title, row.description, row.tags)
    return seeker_text(row.desired_job, row.experience, row.skills, veteran_specialty(row))


def embedded_text(row: Job | Jobseeker) -> str:
    """What the model reads: a posting's text under POSTING_TEXT, a profile's whole (it is short)."""
    if isinstance(row, Job):
        return POSTING_TEXT.posting_text(row.title, row.description, row.tags)
    return text_of(row)


def vector_name(row: Job | Jobseeker, embedder: Embedder) -> str:
    """Stored with a vector: the model and, for a posting, the text policy; either changed means re-embed."""
    return f"{embedder.name}+{POSTING_TEXT.name}" if isinstance(row, Job) else embedder.name


def title_and_body(row: Job | Jobseeker) -> tuple[str, str]:
    """The two parts the occupation coder and keyword relevance read: what it is called, what it says."""
    if isinstance(row, Job):
        return row.title, " ".join([row.description, *row.tags])
    return row.desired_job, " ".join([row.experience, *row.skills])


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def is_stale(row: Job | Jobseeker, coder: OccupationCoder) -> bool:
    """The text, the model or the coder changed since the vector and codes were stored."""
    return (
        row.text_hash != text_hash(text_of(row))
        or row.embedding_model != vector_name(row, coder.embedder)
        or row.coding_version != coder.version
    )


def employer_names(session: Session, rows: Sequence[Job | Jobseeker]) -> list[str]:
    """Each posting's employer name ("" for a profile): the coder reads what a 普工 posting makes from it when the
    posting's own words do not say (某某汽车配件有限公司). One query; pending rows are not flushed for it."""
    ids = {row.employer_id for row in rows if isinstance(row, Job)}
    if not ids:
        return [""] * len(rows)
    with session.no_autoflush:
        names = {
            id_: name for id_, name in session.execute(select(Employer.id, Employer.name).where(Employer.id.in_(ids)))
        }
    return [names.get(row.employer_id, "") if isinstance(row, Job) else "" for row in rows]


def describe(rows: Sequence[Job | Jobseeker], coder: OccupationCoder, session: Session) -> None:
    """Embed and occupation-code rows in one batch each; stores vector, codes and their provenance. `session`:
    where the postings' employer names are read."""
    if not rows:
        return
    vectors = coder.embedder.embed([embedded_text(row) for row in rows])
    codes = coder.code_many(  # the stored vector reads the description too: the coder weighs it beside the title
        [title_and_body(row) for row in rows], employers=employer_names(session, rows), text_vectors=vectors
    )
    served = served_as(rows, coder)
    for row, vector, coded in zip(rows, vectors, codes):
        row.embedding = vector.astype("float32").tobytes()
        row.embedding_model = vector_name(row, coder.embedder)
        row.text_hash = text_hash(text_of(row))
        mine = {c.code for c in coded}
        row.occupations = [coded_json(c) for c in coded] + [c for c in served.get(id(row), []) if c["code"] not in mine]
        row.occupation_code = coded[0].code if coded else None
        row.coding_version = coder.version
    read_facts(rows)


def facts_stale(row: Job | Jobseeker) -> bool:
    return row.facts_version != text_facts.VERSION or row.text_hash != text_hash(text_of(row))


def read_facts(rows: Sequence[Job | Jobseeker]) -> None:
    """What each row's words say, stored with the row. A person's health or disability is kept only under their
    separate consent (PIPL art. 28–29), as a declared group is; withdrawing it drops the fact on the next write."""
    today = local_today()  # "去年毕业" is read against the day the words are read
    for row in rows:
        if isinstance(row, Job):
            found = text_facts.posting_facts(row.title, row.description, row.tags)
        else:
            consented = row.consent_disability_at is not None
            found = [
                f
                for f in text_facts.seeker_facts(row.desired_job, row.experience, row.skills, today)
                if consented or not f.sensitive
            ]
        rejected = set(row.rejected_facts or ())
        row.facts = [f.as_json() for f in found if f.code not in rejected]
        row.facts_version = text_facts.VERSION


def stored_facts(row: WithFacts) -> list[Fact]:
    return [Fact.from_json(f) for f in row.facts or []]


def facts_out(row: WithFacts) -> list[FactOut]:
    return [
        FactOut(
            family=f.family.value,
            code=f.code,
            value=f.value,
            modality=None if f.modality is None else f.modality.value,
            words=text_facts.words_of(f),
            evidence=f.evidence,
            confidence=f.confidence,
        )
        for f in stored_facts(row)
    ]


class WithFacts(Protocol):
    @property
    def facts(self) -> list[Any] | None: ...


def veteran_specialty(row: Jobseeker) -> str | None:
    """A veteran's military specialty; a specialty without the veteran group is not used."""
    return row.military_specialty if "veteran" in (row.priority_groups or []) else None


SPECIALTY_WEIGHT = 0.5  # a specialty's civilian codes count half as much as what the person asks for


def served_as(rows: Sequence[Job | Jobseeker], coder: OccupationCoder) -> dict[int, list[dict[str, Any]]]:
    """By `id(row)`: the civilian occupations each veteran's specialty maps to, coded like a title (names,
    aliases, the military synonym rows, the embedding; so an unlisted specialty still maps), each marked with the
    specialty; all specialties of a batch in one coder call."""
    specialties = {id(r): s for r in rows if isinstance(r, Jobseeker) and (s := veteran_specialty(r))}
    coded = coder.code_many([(s, "") for s in specialties.values()], k=2) if specialties else []
    return {
        key: [{**coded_json(c), "confidence": c.confidence * SPECIALTY_WEIGHT, "via": s} for c in codes]
        for (key, s), codes in zip(specialties.items(), coded)
    }


def coded_json(coded: Coded) -> dict[str, Any]:
    return {"code": coded.code, "name": coded.name, "confidence": coded.confidence}


class WithCodes(Protocol):
    """Anything carrying stored occupation codes: a posting, a seeker, or a match page's row."""

    @property
    def occupations(self) -> list[Any] | None: ...


def stored_codes(row: WithCodes) -> list[Coded]:
    return [Coded(str(c["code"]), str(c["name"]), float(c["confidence"])) for c in row.occupations or []]


def stored_priors(job: Job) -> tuple[float, float, float, float]:
    """`facts.priors.posting_priors` of a stored posting: by its first code and job type, where its text is silent."""
    codes = stored_codes(job)
    return posting_priors(stored_facts(job), codes[0].code if codes else None, job.job_type, text_of(job))
