"""Facts read from what people write: a posting's licences, skills, hours, meals and housing, place of work,
physical demands and requirements; a seeker's limits ("只能在家", "不上夜班"), wishes ("包吃住"), stated licences,
skills they lack ("不识字", "手机只会接电话"), graduation, years of work and age. Each fact keeps the words it came
from, so an explanation can quote them.

Pure and deterministic: patterns over the text, with negation ("不包住", "无需驾照") read from the words just
before a cue. Structured fields always win over what is read here; callers decide that (`app/services/engine`).
Anything the patterns do not recognise yields nothing: text of any size, script or sense never raises.

One module a family (`licences` and `driving`, `skills`, `schedule`, `clocks`, `workday`, `workweek` and `day_window`,
`workplace` (place), `lodging`, `physical`, `loads` and `carriers`, `education`, `years`, `trades` and `ages`), what a
kind of work asks of the body when its text is silent (`kinds`, over the tables `kind_nouns` … `kind_labelled` and
`kind_labelled3`, the last two decided by blind labels: `bench/kinds/acceptability`), the shared cue machinery (`cues`, `numerals`, `refusal_owner`,
`hour_spans`), the reader over all of them (`reader`), and what matching does with the facts (a posting's `bits`, a
person's `limits` read by `person` and `seeker_bits`, `words` and `explanations`).
"""

from matching.facts.bits import (
    ALL_DRIVING,
    DRIVING_BIT,
    NIGHT_FROM,
    NIGHT_UNTIL,
    SEEKER_CODES,
    SKILL_BITS,
    VALUE_CODES,
    JobBits,
    job_bits,
)
from matching.facts.driving import DRIVING_CLASSES, PERMITS
from matching.facts.education import LEVEL_RANK, LEVEL_WORDS
from matching.facts.explanations import explain_facts
from matching.facts.fact import EVIDENCE_MAX, MAX_TEXT, VERSION, Fact, Family, Modality
from matching.facts.licences import LICENCE_WORDS
from matching.facts.limits import Limits
from matching.facts.person import graduation_of, seeker_limits
from matching.facts.reader import posting_facts, seeker_facts
from matching.facts.skills import LACK_WORDS, SKILL_WORDS
from matching.facts.words import FACT_CODES, free_words, words_of

__all__ = [
    "ALL_DRIVING",
    "DRIVING_BIT",
    "DRIVING_CLASSES",
    "EVIDENCE_MAX",
    "FACT_CODES",
    "LACK_WORDS",
    "LEVEL_RANK",
    "LEVEL_WORDS",
    "LICENCE_WORDS",
    "MAX_TEXT",
    "NIGHT_FROM",
    "NIGHT_UNTIL",
    "PERMITS",
    "SEEKER_CODES",
    "SKILL_BITS",
    "SKILL_WORDS",
    "VALUE_CODES",
    "VERSION",
    "Fact",
    "Family",
    "JobBits",
    "Limits",
    "Modality",
    "explain_facts",
    "free_words",
    "graduation_of",
    "job_bits",
    "posting_facts",
    "seeker_facts",
    "seeker_limits",
    "words_of",
]
