"""SQLAlchemy models; importing this package registers every table on Base.metadata."""

from app.models.base import Base
from app.models.employer import Employer
from app.models.index_change import IndexChange
from app.models.job import Job
from app.models.jobseeker import Jobseeker

__all__ = ["Base", "Employer", "IndexChange", "Job", "Jobseeker"]
