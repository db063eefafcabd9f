"""create_app(): the FastAPI application; its lifespan builds the runtime once and closes it."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import anyio.to_thread
from fastapi import FastAPI
from fastapi.routing import APIRoute

from app.api import (
    audit,
    auth,
    cases,
    communities,
    console,
    dashboard,
    docs,
    employers,
    employments,
    events,
    fairs,
    health,
    inbox,
    jobs,
    jobseekers,
    kiosk,
    matches,
    occupations,
    one_three_one,
    placements,
    places,
    reviews,
    stats,
    subsidies,
    uploads,
)
from app.api.access_log import AccessLog
from app.api.cors import ListedOriginsCors
from app.api.errors import install_error_handlers
from app.api.idempotency import IdempotencyMiddleware
from app.api.limits import RequestLimits
from app.api.openapi_doc import install_chinese_titles
from app.api.security_headers import SecurityHeaders
from app.config import Settings
from app.db import connection_capacity
from app.runtime import Runtime
from app.services.identity.ratelimit import make_limiter
from matching.embedding import Embedder

logger = logging.getLogger("jobcircle.http")

DESCRIPTION = """
社区**三公里就业圈**的岗位匹配服务：用人单位一点发布、全市共享；求职者一点填写、精准送岗，
每条匹配都说明理由。

坐标可用 `wgs84`（GPS）、`gcj02`（微信、高德、腾讯）或 `bd09`（百度）发送，一律按 WGS-84 存储和返回。
列表都是分页 `{items, total, limit, offset}`。错误都是 `{code, message, errors: [{field, title, reason}]}`：
`field` 是字段路径，`title` 是字段的中文名，`reason` 是原因；请求头 `Accept-Language: en` 时原因为英文。

每个 `POST` 都接受 `Idempotency-Key` 请求头（1–200 个可打印字符，例如 UUID）：同一请求体重发时返回第一次的响应
（带 `Idempotent-Replayed: true`），不会重复执行；同一个键配另一个请求体是 422。键保留 24 小时。

每个接口的 `operationId` 是「标签-函数名」（如 `jobs-create_job`），路径变了也不变，生成的客户端方法名因此稳定。
"""
# Tag names stay English (they are part of every operationId); a reader sees the Chinese: ReDoc shows x-displayName,
# Swagger UI the description.
OPENAPI_TAGS = [
    {"name": "auth", "x-displayName": "账号", "description": "登录、账号与 API 密钥"},
    {"name": "employers", "x-displayName": "用人单位", "description": "用人单位"},
    {"name": "fairs", "x-displayName": "招聘会", "description": "招聘会与参会单位"},
    {"name": "jobs", "x-displayName": "岗位", "description": "岗位发布：一点发布、全市共享"},
    {"name": "jobseekers", "x-displayName": "求职者", "description": "求职者：一点填写、精准送岗"},
    {
        "name": "pushes",
        "x-displayName": "推送",
        "description": "推送收件箱：求职者收到的岗位，用人单位收到的求职者摘要",
    },
    {"name": "matches", "x-displayName": "匹配搜索", "description": "按意向和地点搜索附近岗位"},
    {"name": "events", "x-displayName": "行为事件", "description": "求职行为事件与求职漏斗"},
    {"name": "employments", "x-displayName": "就业登记", "description": "就业登记"},
    {"name": "communities", "x-displayName": "社区与驿站", "description": "社区（村）与就业驿站"},
    {"name": "places", "x-displayName": "地名", "description": "地名联想：社区、街道、地标（自助求职机选地点用）"},
    {"name": "statistics", "x-displayName": "统计", "description": "统计：总览、社区、重点群体、招聘会、趋势"},
    {"name": "uploads", "x-displayName": "批量导入", "description": "批量导入岗位表格"},
    {
        "name": "cases",
        "x-displayName": "一人一策",
        "description": "就业困难人员与零就业家庭的援助个案：需求、计划、联系记录、动态清零",
    },
    {
        "name": "migrants",
        "x-displayName": "农民工 1+3+1",
        "description": "农民工 1+3+1：1次职业指导、3个岗位信息、1个培训",
    },
    {
        "name": "subsidies",
        "x-displayName": "补贴",
        "description": "就业见习安置与补贴结算单：每一笔金额都可追溯到记录和规则",
    },
    {"name": "reviews", "x-displayName": "岗位审核", "description": "岗位审核"},
    {"name": "occupations", "x-displayName": "职业分类", "description": "职业分类"},
    {"name": "audit", "x-displayName": "审计", "description": "个人信息读取审计"},
    {"name": "health", "x-displayName": "运维探针", "description": "运维探针：存活与就绪"},
]


def operation_id(route: APIRoute) -> str:
    """`tag-function`: unlike FastAPI's default it holds no path, so clients generated from the document keep their
    method names when a path changes."""
    return f"{route.tags[0]}-{route.name}" if route.tags else route.name


def create_app(settings: Settings | None = None, *, embedder: Embedder | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.request_threads
        runtime = Runtime.build(settings, embedder)
        runtime.start_background()
        app.state.runtime = runtime
        # A request's session holds its connection between thread-pool hops; with more sessions open than the pool
        # has connections, threads blocked on the pool starve the sessions that would give theirs back (a server hung
        # at 64 concurrent requests). Requests beyond the pool wait here, in the event loop, holding nothing.
        app.state.db_slots = anyio.Semaphore(connection_capacity(settings.database_url))
        # Uploaded sheets are scanned one at a time, on a thread outside the request pool (app/api/uploads.py).
        app.state.sheet_scans = anyio.CapacityLimiter(1)
        # What start-up built (catalog, vocabularies, ORM mappers: ~320 K objects at 1 M postings) lives as long as
        # the app; frozen, a full collection no longer walks it: a 200 ms pause in every 1,500-1,800 requests. Thawed
        # at shutdown, for processes that start apps again (tests).
        gc.freeze()
        logger.info(
            "jobcircle ready: %d jobs, %d seekers indexed",
            len(runtime.matcher.job_index),
            len(runtime.matcher.seeker_index),
        )
        try:
            yield
        finally:
            gc.unfreeze()
            runtime.close()

    # docs_url/redoc_url off: FastAPI's own pages load their viewers from a CDN; app/api/docs.py serves them locally.
    app = FastAPI(
        title="jobcircle",
        version="0.1.0",
        description=DESCRIPTION,
        openapi_tags=OPENAPI_TAGS,
        generate_unique_id_function=operation_id,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    install_error_handlers(app)
    install_chinese_titles(app)
    for module in (
        auth,
        employers,
        fairs,
        jobs,
        jobseekers,
        inbox,
        matches,
        events,
        employments,
        placements,
        subsidies,
        communities,
        stats,
        uploads,
        reviews,
        occupations,
        places,
        audit,
        health,
        cases,
        one_three_one,
        dashboard,
        kiosk,
        console,
        docs,
    ):
        app.include_router(module.router)
    app.mount("/dashboard/assets", dashboard.assets(), name="dashboard-assets")
    app.mount("/kiosk/assets", kiosk.assets(), name="kiosk-assets")
    app.mount("/console/assets", console.assets(), name="console-assets")
    app.mount(docs.ASSETS_URL, docs.assets(), name="docs-assets")
    app.state.limiter = make_limiter(settings)  # Redis or per process; the auth dependency uses it too
    # Added innermost first: CORS wraps everything, so preflights and refusals (429, 413) carry its headers.
    app.add_middleware(IdempotencyMiddleware)
    app.add_middleware(RequestLimits, settings=settings)
    app.add_middleware(AccessLog)
    app.add_middleware(SecurityHeaders)
    if settings.cors_origins:
        app.add_middleware(ListedOriginsCors, settings=settings)
    return app
