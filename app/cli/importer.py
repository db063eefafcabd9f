"""`jobcircle import`: one sheet of postings uploaded from this machine, with a progress bar and a summary."""

from __future__ import annotations

import logging
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from app.config import Settings
from app.runtime import IngestRuntime
from app.schemas.upload import UploadOut, UploadStatus
from app.services.errors import InvalidField
from app.services.identity.principal import SYSTEM
from app.services.uploads.ingest import accept_upload, get_upload, process_upload

logger = logging.getLogger("jobcircle.import")
ISSUES_PRINTED = 20


def import_file(settings: Settings, path: Path, fair_id: int | None) -> int:
    """0: every row read (rejected rows are listed); 1: the upload failed; 2: the file was refused."""
    console = Console(stderr=True)
    if not path.is_file():
        console.print(f"[red]没有这个文件：{path}")
        return 2
    content = path.read_bytes()
    runtime = IngestRuntime.build(settings)
    try:
        try:
            with runtime.sessions.begin() as session:
                upload_id = accept_upload(
                    session, runtime.ingest, SYSTEM, path.name, content, fair_id=fair_id, submit=lambda _: None
                ).id
        except InvalidField as error:
            console.print(f"[red]文件未被接收：{error.reason}")
            return 2
        with _bar(console) as bar:
            task = bar.add_task(path.name, total=None)
            process_upload(
                runtime.sessions,
                runtime.ingest,
                upload_id,
                on_chunk=lambda done, total: bar.update(task, completed=done, total=total),
            )
        with runtime.sessions() as session:
            out = get_upload(session, SYSTEM, upload_id)
    finally:
        runtime.close()
    Console().print(_summary(out))
    return 0 if out.status is UploadStatus.DONE else 1


def _bar(console: Console) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("行"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
    )


def _summary(out: UploadOut) -> Table:
    table = Table(title=f"上传 #{out.id} {out.filename}：{out.status.value}")
    for column in ("总行数", "新建", "更新", "未变", "退回", "其中关联为重复"):
        table.add_column(column, justify="right")
    c = out.counts
    table.add_row(*(str(n) for n in (out.progress.total, c.created, c.updated, c.unchanged, c.rejected, c.linked)))
    if out.errors:
        table.caption = "\n".join(
            f"第 {e.row} 行 {e.column}「{e.value}」：{e.reason}" for e in out.errors[:ISSUES_PRINTED]
        )
        if out.errors_total > ISSUES_PRINTED:
            table.caption += f"\n… 共 {out.errors_total} 条，见 GET /v1/uploads/{out.id}/errors.xlsx"
    return table
