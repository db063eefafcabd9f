"""SQLAlchemy models; importing this package registers every table on Base.metadata."""

from app.models.base import Base, never_reuse_ids
from app.models.case import Case, CaseAction, CaseContact, CaseStep
from app.models.community import Community, Station
from app.models.employer import Employer
from app.models.employment import Employment
from app.models.event import Event, ShownMatch
from app.models.fair import Fair, FairEmployer
from app.models.idempotency import IdempotencyKey
from app.models.index_change import IndexChange
from app.models.job import Job
from app.models.jobseeker import Jobseeker
from app.models.one_three_one import OneThreeOne
from app.models.pii_read import PiiRead
from app.models.placement import Placement
from app.models.push import Push, PushItem, PushRun
from app.models.upload import Upload, UploadFile, UploadIssue
from app.models.user import ApiKey, User

never_reuse_ids(Base.metadata)

__all__ = [
    "ApiKey",
    "Base",
    "Case",
    "CaseAction",
    "CaseContact",
    "CaseStep",
    "Community",
    "Employer",
    "Employment",
    "Event",
    "Fair",
    "FairEmployer",
    "IdempotencyKey",
    "IndexChange",
    "Job",
    "Jobseeker",
    "OneThreeOne",
    "PiiRead",
    "Placement",
    "Push",
    "PushItem",
    "PushRun",
    "ShownMatch",
    "Station",
    "Upload",
    "UploadFile",
    "UploadIssue",
    "User",
]
