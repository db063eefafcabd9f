"""Bulk upload routes: a sheet in, a task id out, progress and row-level reasons to read back."""

from __future__ import annotations

import functools
from typing import Annotated, Any
from urllib.parse import quote

import anyio
from fastapi import APIRouter, File, Form, Query, Request, Response, UploadFile, status

from app.api.deps import PrincipalDep, RuntimeDep, SessionDep, in_worker
from app.api.errors import CONFLICT_RESPONSE, ERROR_RESPONSES, GONE_RESPONSE
from app.schemas.common import EntityId, ErrorBody, Page, PathId
from app.schemas.upload import IssueFilter, RowIssue, UploadFilter, UploadOut
from app.services.uploads import ingest as upload_service

router = APIRouter(prefix="/v1/uploads", tags=["uploads"], responses=ERROR_RESPONSES)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
XLSX_RESPONSE: dict[int | str, dict[str, Any]] = {200: {"content": {XLSX: {}}, "description": "an .xlsx file"}}
# A file has no useful JSON example; this says what goes in each part of the form.
UPLOAD_EXAMPLE: dict[str, Any] = {
    "requestBody": {
        "content": {
            "multipart/form-data": {
                "examples": {
                    "sheet": {
                        "summary": "填好的岗位上传模板，计入招聘会 3",
                        "value": {"file": "岗位上传模板.xlsx", "fair_id": 3},
                    }
                }
            }
        }
    }
}
TOO_LARGE_RESPONSE: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorBody, "description": "the file is over JOBCIRCLE_UPLOAD_MAX_BYTES"},
}


@router.get("/template.xlsx", summary="下载岗位导入模板", response_class=Response, responses=XLSX_RESPONSE)
def download_template() -> Response:
    """The sheet to fill in: the 16 Chinese headers, one example row, and a 填写说明 sheet."""
    return _xlsx("岗位上传模板.xlsx", upload_service.template_workbook())


@router.post(
    "",
    summary="上传岗位表格",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=UploadOut,
    responses=TOO_LARGE_RESPONSE,
    openapi_extra=UPLOAD_EXAMPLE,
)
async def create_upload(
    file: Annotated[UploadFile, File(description="CSV (UTF-8 or GBK) or .xlsx; headers in Chinese or English")],
    request: Request,
    principal: PrincipalDep,
    session: SessionDep,
    runtime: RuntimeDep,
    response: Response,
    fair_id: Annotated[EntityId | None, Form(description="link every posting and employer to this fair")] = None,
) -> UploadOut:
    """Accept a sheet of postings. The whole file is checked at once (type, encoding, headers, size,
    formulas, macros) and refused with a reason; rows are then stored in the background. Poll
    `GET /v1/uploads/{id}` for progress, counts and each rejected row's reason."""
    content = await file.read(runtime.ingest.max_bytes + 1)
    # The scan is CPU work of up to a second: it runs one at a time on a thread of its own, never on the request
    # threads (four by default), so five sheets at once cannot starve /healthz or a match of a thread.
    inspect = functools.partial(upload_service.inspect_upload, runtime.ingest, principal, content)
    shape = await anyio.to_thread.run_sync(inspect, limiter=request.app.state.sheet_scans)
    out = await in_worker(
        functools.partial(
            upload_service.accept_upload,
            session,
            runtime.ingest,
            principal,
            file.filename or "upload",
            content,
            fair_id=fair_id,
            submit=runtime.uploads.submit,
            shape=shape,
        )
    )
    response.headers["Location"] = f"/v1/uploads/{out.id}"
    return out


@router.get("", summary="上传记录列表", response_model=Page[UploadOut])
def list_uploads(
    query: Annotated[UploadFilter, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[UploadOut]:
    return upload_service.list_uploads(session, principal, query.limit, query.offset)


@router.get("/{upload_id}", summary="查看上传进度与结果", response_model=UploadOut)
def get_upload(upload_id: PathId, principal: PrincipalDep, session: SessionDep) -> UploadOut:
    """Status, progress (rows done / total), counts, and the first 100 rejected rows with reasons."""
    return upload_service.get_upload(session, principal, upload_id)


@router.get("/{upload_id}/errors", summary="上传表格的问题行", response_model=Page[RowIssue])
def list_upload_issues(
    upload_id: PathId, query: Annotated[IssueFilter, Query()], principal: PrincipalDep, session: SessionDep
) -> Page[RowIssue]:
    """Every rejected row's reasons (`severity=error`), or what was assumed in stored rows (`warning`)."""
    return upload_service.list_issues(session, principal, upload_id, query)


@router.get(
    "/{upload_id}/errors.xlsx",
    summary="下载错误行表格",
    response_class=Response,
    responses={**XLSX_RESPONSE, **GONE_RESPONSE},
)
def download_errors(upload_id: PathId, principal: PrincipalDep, session: SessionDep, runtime: RuntimeDep) -> Response:
    """The rejected rows as uploaded plus a 错误原因 column: fix them in place and upload this file again."""
    filename, content = upload_service.errors_workbook(session, runtime.ingest, principal, upload_id)
    return _xlsx(filename, content)


@router.post(
    "/{upload_id}/retry",
    summary="重试上传",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=UploadOut,
    responses={**CONFLICT_RESPONSE, **GONE_RESPONSE},
)
def retry_upload(upload_id: PathId, principal: PrincipalDep, session: SessionDep, runtime: RuntimeDep) -> UploadOut:
    """Queue a failed upload again; it resumes after its last stored chunk and creates no duplicates."""
    return upload_service.retry_upload(session, principal, upload_id, runtime.uploads.submit)


def _xlsx(filename: str, content: bytes) -> Response:
    disposition = f"attachment; filename=\"upload.xlsx\"; filename*=UTF-8''{quote(filename)}"
    return Response(content, media_type=XLSX, headers={"Content-Disposition": disposition})
