"""Bulk uploads: accept a sheet, store its rows in leased, resumable chunks, report row by row."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Update, delete, event, func, or_, select, update
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from app.metrics import UPLOAD_ROWS
from app.models import Upload, UploadFile, UploadIssue, User
from app.models.base import utcnow
from app.schemas.common import Page
from app.schemas.upload import (
    IssueFilter,
    RowIssue,
    UploadCounts,
    UploadOut,
    UploadProgress,
    UploadStatus,
)
from app.services.engine.duplicates import DuplicateRule
from app.services.errors import Conflict, Gone, InvalidField, NotFound, TooLarge
from app.services.identity.access import require_staff
from app.services.identity.accounts import principal_of
from app.services.identity.principal import SYSTEM, Principal
from app.services.paging import paged
from app.services.postings.fairs import check_fair
from app.services.privacy.pii import UPLOAD_FILE
from app.services.privacy.vault import Vault
from app.services.tables import write_xlsx
from app.services.uploads.rows import COLUMNS, Columns
from app.services.uploads.sheets import Sheet, SheetError, SheetShape, inspect_sheet, read_sheet
from app.services.uploads.store import ChunkCounts, store_chunk
from app.vocabulary import ScreeningMode
from matching.coding import OccupationCoder
from matching.gazetteer import Gazetteer

logger = logging.getLogger(__name__)

ISSUES_SHOWN = 100
MAX_ATTEMPTS = 5  # claims of one upload before it is failed for a person to look at
CHUNK_ATTEMPTS = 3  # a chunk that lost a race (two uploads creating one employer) is simply redone
ERROR_COLUMN = "错误原因"
TEMPLATE_EXAMPLE = [
    "电焊工",
    "熟练二保焊，有焊工证优先，包住宿",
    "全职",
    "6千",
    "8千",
    "月",
    "合肥市瑶海区明光路街道",
    "117.3072",
    "31.8565",
    "gcj02",
    "3",
    "合肥市瑶海区示例机械厂",
    "91340100MA2RPE0A12",
    "0551-62000000",
    "2027-06-30",
    "YH-2026-001",
    "",
    "",
]
TEMPLATE_NOTES = [
    ("列", "必填", "说明", "示例"),
    ("职位名称", "是", "岗位名称，100 字以内", "电焊工"),
    ("岗位描述", "", "工作内容与要求，5000 字以内", "熟练二保焊"),
    ("用工类型", "", "全职、兼职、零工、就业见习、公益性岗位；空着按全职", "零工"),
    ("薪资下限 / 薪资上限", "", "数字或 6-8千、1.2万、150元/天、面议；范围可只写在下限一格", "6千"),
    ("薪资单位", "", "月、天、小时、计件、年；不写单位且金额小于 1000 的行会被退回", "月"),
    ("工作地址", "", "无经纬度时必填：写明区县、乡镇（街道）或社区，按其中心定位", "瑶海区明光路街道"),
    ("经度 / 纬度", "", "有则优先使用", "117.3072 / 31.8565"),
    ("坐标系", "", "gcj02（高德/腾讯/微信）、bd09（百度）或 wgs84（GPS）；空着按 gcj02", "gcj02"),
    ("招聘人数", "", "整数，或「若干」", "3"),
    ("单位名称", "是", "先按统一社会信用代码、再按名称找到已登记单位，找不到则新建", "示例机械厂"),
    ("统一社会信用代码", "", "18 位，按 GB 32100 校验", "91340100MA2RPE0A12"),
    ("联系电话", "", "", "0551-62000000"),
    ("有效期至", "", "日期，过期后不再推荐", "2027-06-30"),
    ("外部编号", "", "本单位自己的岗位编号；有则据此更新，无则按内容去重", "YH-2026-001"),
    ("见习期限", "见习必填", "就业见习岗位的期限，3–12 个月", "6"),
    ("班次", "", "工作时段，多个用顿号分隔；零工岗位请写明，薪资按天或小时", "08:00-12:00、13:30-17:30"),
]


class LeaseLost(RuntimeError):
    """Another worker took the upload over (this one was presumed dead): stop without writing."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Ingest:
    """What storing uploaded rows needs; built once per process, shared by every upload."""

    coder: OccupationCoder
    gazetteer: Gazetteer
    duplicates: DuplicateRule
    vault: Vault  # seals the contact phones of employers an upload registers
    chunk_rows: int = 100
    lease_s: float = 120.0
    max_bytes: int = 20 * 1024 * 1024
    max_rows: int = 20_000
    max_unpacked_bytes: int = 100 * 1024 * 1024  # an .xlsx is a zip: what it may hold once inflated
    screening_mode: ScreeningMode = "reject"  # a discriminatory row: rejected, or stored held for review
    file_retention_days: float = 30.0  # an ended upload's sheet is deleted after this long


Progress = Callable[[int, int], None]  # rows done, total rows; called after each committed chunk


def accept_upload(
    session: Session,
    ingest: Ingest,
    principal: Principal,
    filename: str,
    content: bytes,
    *,
    fair_id: int | None,
    submit: Callable[[int], None],
    shape: SheetShape | None = None,
) -> UploadOut:
    """Check the file as a whole and store it, queued; once committed it is handed to `submit`. `shape`: what
    `inspect_upload` found, when the caller ran it apart (the API does, off its request threads)."""
    require_staff(principal, "bulk-upload postings")  # here too: `shape` may come from elsewhere
    shape = shape or inspect_upload(ingest, principal, content)
    check_fair(session, fair_id)
    upload = Upload(
        filename=filename[:200] or "upload",
        file_format=shape.file_format,
        sha256=hashlib.sha256(content).hexdigest(),
        size_bytes=len(content),
        fair_id=fair_id,
        status="queued",
        total_rows=shape.data_rows,
        heartbeat_at=utcnow(),
        uploaded_by=principal.user_id or None,
    )
    session.add(upload)
    session.flush()
    key_id, sealed = ingest.vault.seal_bytes(content, UPLOAD_FILE)  # a sheet is a list of contact phones
    session.add(UploadFile(upload_id=upload.id, key_id=key_id, content=sealed))
    logger.info(
        "upload %d accepted: %s, %d rows, %s", upload.id, upload.filename, upload.total_rows, upload.file_format
    )
    upload_id = upload.id
    event.listen(session, "after_commit", lambda _: submit(upload_id), once=True)  # never before it exists
    return upload_out(session, upload)


def inspect_upload(ingest: Ingest, principal: Principal, content: bytes) -> SheetShape:
    """The whole-file checks, needing no database: who may upload, the size, and a bounded scan of the sheet
    (a streaming scan that stops at the first limit; the task reads the rows)."""
    require_staff(principal, "bulk-upload postings")
    if len(content) > ingest.max_bytes:
        raise TooLarge("file", f"文件 {len(content) / 1048576:.1f} MB，超过上限 {ingest.max_bytes / 1048576:.0f} MB")
    try:
        shape = inspect_sheet(content, ingest.max_rows, ingest.max_unpacked_bytes)
        Columns.of(shape.headers)
    except SheetError as error:
        raise InvalidField("file", error.reason) from error
    return shape


def process_upload(
    sessions: sessionmaker[Session],
    ingest: Ingest,
    upload_id: int,
    on_chunk: Progress | None = None,
    stop: threading.Event | None = None,
) -> bool:
    """Claim the upload and store its remaining rows, a chunk per transaction; True if it finished here.

    Progress is committed with the rows it counts, so a worker killed at any point leaves the upload
    at a chunk boundary; whoever claims it next (after the lease runs out) resumes from there. A
    worker asked to `stop` hands the upload back between chunks, for the next one to resume at once."""
    token = claim(sessions, upload_id, ingest.lease_s)
    if token is None:
        return False
    try:
        with sessions() as session:
            upload = session.get_one(Upload, upload_id)
            sheet = _stored_sheet(session, ingest, upload_id)
            start, fair_id, counted = upload.rows_done, upload.fair_id, upload.total_rows
        columns = Columns.of(sheet.headers)
        if counted != len(sheet.rows):  # the request's scan counts a cell of blank shared text as filled
            with sessions.begin() as session:
                session.execute(update(Upload).where(Upload.id == upload_id).values(total_rows=len(sheet.rows)))
        logger.info(
            "upload %d: %s rows %d..%d", upload_id, "resuming at" if start else "starting", start + 1, len(sheet.rows)
        )
        for begin in range(start, len(sheet.rows), ingest.chunk_rows):
            if stop is not None and stop.is_set():
                _release(sessions, upload_id, token)
                return False
            _store_with_retries(
                sessions,
                ingest,
                upload_id=upload_id,
                token=token,
                sheet=sheet,
                columns=columns,
                fair_id=fair_id,
                begin=begin,
                on_chunk=on_chunk,
            )
        _finish(sessions, upload_id, token, "done", None)
        return True
    except LeaseLost:
        logger.warning("upload %d: lease lost to another worker; stopping here", upload_id)
        return False
    except SheetError as error:  # the stored file no longer reads, e.g. the row limit was lowered since
        logger.error("upload %d failed: %s", upload_id, error.reason)
        _finish(sessions, upload_id, token, "failed", f"无法处理：{error.reason}")
        return False


def claim(sessions: sessionmaker[Session], upload_id: int, lease_s: float) -> str | None:
    """Take the upload if it is queued, or running under a lease nobody renewed: one winner, atomically."""
    token = uuid.uuid4().hex
    now = utcnow()
    with sessions.begin() as session:
        claimed = _changed(
            session,
            update(Upload)
            .where(
                Upload.id == upload_id,
                or_(
                    Upload.status == "queued",
                    (Upload.status == "running") & (Upload.heartbeat_at < now - timedelta(seconds=lease_s)),
                ),
            )
            .values(
                status="running",
                lease_token=token,
                heartbeat_at=now,
                attempts=Upload.attempts + 1,
                started_at=func.coalesce(Upload.started_at, now),
            ),
        )
    return token if claimed == 1 else None


def recover_uploads(sessions: sessionmaker[Session], lease_s: float, submit: Callable[[int], None]) -> list[int]:
    """Hand every upload nobody works on back to the queue: queued but never picked up (the queue was
    down), or running under a lease nobody renewed (its worker died). Returns the ids handed back."""
    stale = utcnow() - timedelta(seconds=lease_s)
    with sessions.begin() as session:
        due = session.scalars(
            select(Upload)
            .where(
                Upload.status.in_(["queued", "running"]),
                or_(Upload.heartbeat_at.is_(None), Upload.heartbeat_at < stale),
            )
            .order_by(Upload.id)
        ).all()
        for upload in due:
            if upload.attempts >= MAX_ATTEMPTS:
                upload.status, upload.finished_at = "failed", utcnow()
                upload.failure = f"已尝试 {upload.attempts} 次仍未完成（进度 {upload.rows_done}/{upload.total_rows}），请查看日志后重试"
                logger.error("upload %d failed after %d attempts", upload.id, upload.attempts)
            elif upload.status == "queued":
                upload.heartbeat_at = utcnow()  # for a queued upload: when it was last handed to a queue
        ids = [u.id for u in due if u.status != "failed"]
    for upload_id in ids:
        submit(upload_id)
    if ids:
        logger.info("handed %d upload(s) back to the queue: %s", len(ids), ids)
    return ids


def retry_upload(session: Session, principal: Principal, upload_id: int, submit: Callable[[int], None]) -> UploadOut:
    """Queue a failed upload again; it resumes after the last stored chunk, with a fresh attempt count."""
    upload = load_own_upload(session, principal, upload_id)
    if upload.status != "failed":
        raise Conflict(f"upload {upload_id} is {upload.status}; only a failed upload can be retried")
    if session.get(UploadFile, upload_id) is None:
        raise Gone(f"上传 {upload_id} 的原文件已按保留期限删除：请重新上传文件")
    upload.status, upload.failure, upload.lease_token, upload.heartbeat_at = "queued", None, None, utcnow()
    upload.attempts, upload.finished_at = 0, None
    event.listen(session, "after_commit", lambda _: submit(upload_id), once=True)
    return upload_out(session, upload)


def load_upload(session: Session, upload_id: int) -> Upload:
    upload = session.get(Upload, upload_id)
    if upload is None:
        raise NotFound("upload", upload_id)
    return upload


def load_own_upload(session: Session, principal: Principal, upload_id: int) -> Upload:
    """An upload is its sender's (and admins'): it names every employer and posting in the sheet."""
    require_staff(principal, "read uploads")  # before the lookup: the same answer for every id
    upload = load_upload(session, upload_id)
    if not principal.is_admin and upload.uploaded_by != principal.user_id:
        raise NotFound("upload", upload_id)  # someone else's is as if absent
    return upload


def get_upload(session: Session, principal: Principal, upload_id: int) -> UploadOut:
    return upload_out(session, load_own_upload(session, principal, upload_id))


def list_uploads(session: Session, principal: Principal, limit: int, offset: int) -> Page[UploadOut]:
    require_staff(principal, "read uploads")
    mine = () if principal.is_admin else (Upload.uploaded_by == principal.user_id,)
    total, rows = paged(session, Upload, mine, (Upload.id.desc(),), limit, offset)
    return Page(items=[upload_out(session, u) for u in rows], total=total, limit=limit, offset=offset)


def list_issues(session: Session, principal: Principal, upload_id: int, query: IssueFilter) -> Page[RowIssue]:
    load_own_upload(session, principal, upload_id)
    where = (UploadIssue.upload_id == upload_id, UploadIssue.severity == query.severity)
    total, rows = paged(session, UploadIssue, where, (UploadIssue.row, UploadIssue.id), query.limit, query.offset)
    return Page(items=[_issue(i) for i in rows], total=total, limit=query.limit, offset=query.offset)


def upload_out(session: Session, upload: Upload) -> UploadOut:
    def count(severity: str) -> int:
        return (
            session.scalar(
                select(func.count())
                .select_from(UploadIssue)
                .where(UploadIssue.upload_id == upload.id, UploadIssue.severity == severity)
            )
            or 0
        )

    errors = session.scalars(
        select(UploadIssue)
        .where(UploadIssue.upload_id == upload.id, UploadIssue.severity == "error")
        .order_by(UploadIssue.row, UploadIssue.id)
        .limit(ISSUES_SHOWN)
    ).all()
    return UploadOut(
        id=upload.id,
        filename=upload.filename,
        file_format=upload.file_format,
        fair_id=upload.fair_id,
        status=UploadStatus(upload.status),
        progress=UploadProgress(done=upload.rows_done, total=upload.total_rows),
        counts=UploadCounts(
            created=upload.created,
            updated=upload.updated,
            unchanged=upload.unchanged,
            rejected=upload.rejected,
            linked=upload.linked,
        ),
        errors=[_issue(i) for i in errors],
        errors_total=count("error"),
        warnings_total=count("warning"),
        failure=upload.failure,
        attempts=upload.attempts,
        created_at=upload.created_at,
        started_at=upload.started_at,
        finished_at=upload.finished_at,
    )


def errors_workbook(session: Session, ingest: Ingest, principal: Principal, upload_id: int) -> tuple[str, bytes]:
    """The rejected rows as uploaded, plus a reason column: fix them in place and upload this file."""
    upload = load_own_upload(session, principal, upload_id)
    sheet = _stored_sheet(session, ingest, upload_id)
    reasons: dict[int, list[str]] = {}
    for issue in session.scalars(
        select(UploadIssue)
        .where(UploadIssue.upload_id == upload_id, UploadIssue.severity == "error")
        .order_by(UploadIssue.row, UploadIssue.id)
    ):
        reasons.setdefault(issue.row, []).append(f"{issue.column}：{issue.reason}")
    rows = [[*row.cells, "；".join(reasons[row.number])] for row in sheet.rows if row.number in reasons]
    stem = upload.filename.rsplit(".", 1)[0]
    return f"{stem}-待修改.xlsx", write_xlsx([*sheet.headers, ERROR_COLUMN], rows, title="待修改的行")


def template_workbook() -> bytes:
    headers = [main for main, _ in COLUMNS.values()]
    return write_xlsx(headers, [TEMPLATE_EXAMPLE], title="岗位", notes=TEMPLATE_NOTES)


def _store_with_retries(
    sessions: sessionmaker[Session],
    ingest: Ingest,
    *,
    upload_id: int,
    token: str,
    sheet: Sheet,
    columns: Columns,
    fair_id: int | None,
    begin: int,
    on_chunk: Progress | None,
) -> None:
    rows = sheet.rows[begin : begin + ingest.chunk_rows]
    for attempt in range(1, CHUNK_ATTEMPTS + 1):
        try:
            with sessions.begin() as session:
                counts = store_chunk(
                    session,
                    rows,
                    coder=ingest.coder,
                    gazetteer=ingest.gazetteer,
                    duplicates=ingest.duplicates,
                    vault=ingest.vault,
                    upload_id=upload_id,
                    columns=columns,
                    fair_id=fair_id,
                    screening_mode=ingest.screening_mode,
                    uploader=_uploader(session, upload_id),
                )
                done = _renew(session, upload_id, token, counts)
            _count_rows(counts)  # committed: a redone chunk is counted once
            if on_chunk is not None:
                on_chunk(done, len(sheet.rows))
            return
        except (IntegrityError, DBAPIError) as error:
            if attempt == CHUNK_ATTEMPTS or (isinstance(error, DBAPIError) and error.connection_invalidated):
                raise
            logger.info("upload %d rows %d..: %s; redoing the chunk", upload_id, begin + 1, type(error).__name__)
            time.sleep(0.2 * attempt)


def _count_rows(counts: ChunkCounts) -> None:
    """Rows by outcome; their sum is the chunk's rows, so `rate()` of the total is rows a second."""
    UPLOAD_ROWS.labels("created").inc(counts.created)
    UPLOAD_ROWS.labels("updated").inc(counts.updated)
    UPLOAD_ROWS.labels("unchanged").inc(counts.unchanged)
    UPLOAD_ROWS.labels("rejected").inc(counts.rejected)


def _uploader(session: Session, upload_id: int) -> Principal:
    """Whose rows these are: the staff account that uploaded them, whose districts bound them (the command
    line's `jobcircle import` has no account and acts for the system)."""
    user_id = session.scalar(select(Upload.uploaded_by).where(Upload.id == upload_id))
    user = session.get(User, user_id) if user_id is not None else None
    return SYSTEM if user is None else principal_of(user)


def _renew(session: Session, upload_id: int, token: str, counts: ChunkCounts) -> int:
    """Count the chunk and renew the lease in the chunk's own transaction; a stolen lease undoes both."""
    renewed = _changed(
        session,
        update(Upload)
        .where(Upload.id == upload_id, Upload.lease_token == token)
        .values(
            rows_done=Upload.rows_done + counts.rows,
            created=Upload.created + counts.created,
            updated=Upload.updated + counts.updated,
            unchanged=Upload.unchanged + counts.unchanged,
            rejected=Upload.rejected + counts.rejected,
            linked=Upload.linked + counts.linked,
            heartbeat_at=utcnow(),
        ),
    )
    if renewed != 1:
        raise LeaseLost(upload_id)
    return int(session.scalar(select(Upload.rows_done).where(Upload.id == upload_id)) or 0)


def _finish(sessions: sessionmaker[Session], upload_id: int, token: str, status: str, failure: str | None) -> None:
    with sessions.begin() as session:
        done = _changed(
            session,
            update(Upload)
            .where(Upload.id == upload_id, Upload.lease_token == token)
            .values(status=status, failure=failure, finished_at=utcnow(), heartbeat_at=utcnow()),
        )
    if done != 1:
        raise LeaseLost(upload_id)
    logger.info("upload %d %s", upload_id, status)


def _changed(session: Session, statement: Update) -> int:
    """Rows an UPDATE changed: how a conditional update tells the winner of a race."""
    result = session.execute(statement)
    return int(cast(CursorResult[Any], result).rowcount)


def _stored_sheet(session: Session, ingest: Ingest, upload_id: int) -> Sheet:
    """The uploaded file read again: the same rows, numbered the same, every time."""
    stored = session.get(UploadFile, upload_id)
    if stored is None:
        raise Gone(f"上传 {upload_id} 的原文件已按保留期限删除：请重新上传文件")
    content = ingest.vault.open_bytes(stored.key_id, stored.content, UPLOAD_FILE)
    return read_sheet(content, ingest.max_rows, ingest.max_unpacked_bytes)


def sweep_upload_files(sessions: sessionmaker[Session], retention_days: float) -> int:
    """Delete the stored sheets of uploads that ended more than `retention_days` ago; their counts, row
    issues and postings stay. Returns how many files went."""
    ended = select(Upload.id).where(
        Upload.status.in_(["done", "failed"]), Upload.finished_at < utcnow() - timedelta(days=retention_days)
    )
    with sessions.begin() as session:
        removed = session.execute(delete(UploadFile).where(UploadFile.upload_id.in_(ended)))
    count = int(cast(CursorResult[Any], removed).rowcount)
    if count:
        logger.info("deleted %d uploaded file(s) past their %g-day retention", count, retention_days)
    return count


def _release(sessions: sessionmaker[Session], upload_id: int, token: str) -> None:
    with sessions.begin() as session:
        _changed(
            session,
            update(Upload)
            .where(Upload.id == upload_id, Upload.lease_token == token)
            .values(status="queued", lease_token=None, heartbeat_at=None),
        )  # due for recovery at once
    logger.info("upload %d handed back at a chunk boundary: this worker is stopping", upload_id)


def _issue(issue: UploadIssue) -> RowIssue:
    return RowIssue(row=issue.row, column=issue.column, value=issue.value, reason=issue.reason)
