"""Typed settings, read once from JOBCIRCLE_* environment variables and validated at start."""

from __future__ import annotations

import re
from ipaddress import ip_network
from pathlib import Path
from typing import Literal, Self

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.vocabulary import PriorityGroup

SECRET_FILES = ("jwt_secret", "pii_keys", "pii_lookup_key")  # the names of the files in secrets_dir
ORIGIN = re.compile(r"^https?://[^/?#\s]+$")  # browsers send scheme://host[:port], compared exactly


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="JOBCIRCLE_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("./var"), description="index snapshots and the embedded database")
    database_url: str = Field("", description="SQLAlchemy URL; empty means a SQLite file in data_dir")
    model_path: Path | None = Field(None, description="local sentence-transformers model; default m3e-small")
    embedder: Literal["model", "hashing"] = Field(
        "model", description="hashing: a fast character-hash stand-in for tests and smoke runs, never for people"
    )
    embed_batch_size: int = Field(32, ge=1, le=1024)
    embedding_backend: Literal["torch", "onnx", "onnx-int8"] = Field(
        "onnx-int8",
        description="torch: sentence-transformers fp32; onnx: ONNX Runtime fp32, the same vectors; "
        "onnx-int8: int8 weights and products, faster and near fp32 (bench/README.md)",
    )
    embedding_cache_dir: Path | None = Field(
        None, description="where the model's ONNX export is written on first use; default data_dir/models"
    )
    embed_wait_ms: float = Field(
        2.0,
        ge=0,
        le=1000,
        description="torch backend: a lone text waits this long for "
        "others to share its model call (concurrent searches); 0: only those already queued",
    )
    synonyms_path: Path | None = Field(None, description="a local synonyms.csv; default: the shipped table")

    default_radius_km: float = Field(3.0, gt=0)
    thin_circle_good: int = Field(
        3,
        ge=0,
        description="fewer good matches than this inside a seeker's circle: also show the best of a wider "
        "ring, apart and labelled (0: never)",
    )
    thin_circle_ring: float = Field(2.0, ge=1, description="the wider ring reaches this many times the radius")
    good_match_score: float = Field(
        0.43,
        ge=0,
        le=2,
        description="a match scoring this or more counts as good (chosen on the persona set's dev half with the "
        "shipped model: bench/eval/personas.py)",
    )
    max_radius_km: float = Field(50.0, gt=0)

    weight_semantic: float = Field(0.45, ge=0, description="embedding cosine")
    weight_keyword: float = Field(0.15, ge=0, description="BM25 over character n-grams, synonyms expanded")
    weight_occupation: float = Field(0.1, ge=0, description="agreement of the two sides' occupation codes")
    weight_distance: float = Field(0.15, ge=0)
    weight_salary: float = Field(0.075, ge=0)
    weight_freshness: float = Field(0.075, ge=0)
    weight_fair: float = Field(0.05, ge=0, description="boost while a posting's job fair runs")
    weight_wishes: float = Field(
        0.08, ge=0, description="times the share of a seeker's written wishes (包吃住, 兼职) a posting meets"
    )
    weight_unsaid_licence: float = Field(
        0.2,
        ge=0,
        description="taken off a posting that requires a licence (保安员证, A2驾照) the seeker never mentions: "
        "demoted and said so, never left out",
    )
    weight_unsaid_prior: float = Field(
        0.1,
        ge=0,
        description="times how often postings of its kind demand what a silent posting leaves unsaid and the seeker "
        "refuses (nights, loads, a full day, weekends: matching/data/unsaid_priors.csv); demoted, never left out",
    )
    distance_half_km: float = Field(2.0, gt=0)
    semantic_floor: float | None = Field(
        None,
        ge=0,
        lt=1,
        description="the embedding cosine of unrelated texts, put at 0 on the semantic scale; "
        "unset: measured from the model at start (its occupations' label vectors)",
    )
    freshness_half_days: float = Field(14.0, gt=0)

    sync_interval_s: float = Field(1.0, gt=0, description="how often the change feed is polled")
    snapshot_interval_s: float = Field(60.0, gt=0, description="how often a changed index is saved")
    compute_threads: int = Field(
        1,
        ge=0,
        description="threads of torch, ONNX Runtime and NumPy's BLAS inside one request (0: the "
        "libraries' default, one per core). A server gets its parallelism from workers and concurrent requests; "
        "threads on top of those oversubscribe the cores: float16 index products ran 10x slower and float32 ones had "
        "a p99 of 44 ms instead of a few (bench/README.md)",
    )
    embed_parallel: int = Field(
        0,
        ge=0,
        le=64,
        description="texts one large embed call (an upload's chunk, a rebuild's page) runs at once, each on "
        "compute_threads threads (0: one per core). A search embeds one text and is not affected; int8 runs one text "
        "at a time, so without this an upload used one core (bench/README.md, issue 27 item 4)",
    )
    index_storage: Literal["float16", "float32"] = Field(
        "float16",
        description="how the in-memory indexes hold vectors: float16 halves the memory and the bytes "
        "each search reads; scores are still summed in float32 (see bench/README.md)",
    )
    log_level: str = "INFO"
    log_format: Literal["json", "text"] = Field(
        "json",
        description="json: one JSON object a line (time, level, logger, message; a request's line adds method, "
        "route, status, duration_ms, request_id and user_id; an error its traceback), for a log collector; "
        "text: plain lines for a developer's terminal",
    )

    upload_max_bytes: int = Field(20 * 1024 * 1024, ge=1024, description="largest accepted sheet")
    upload_max_rows: int = Field(20_000, ge=1, description="most data rows in one sheet")
    upload_max_unpacked_bytes: int = Field(
        100 * 1024 * 1024, ge=1024, description="most an .xlsx (a zip) may hold once inflated: a zip bomb's bound"
    )
    upload_chunk_rows: int = Field(100, ge=1, le=5000, description="rows stored per transaction")
    upload_lease_s: float = Field(120.0, gt=0, description="a running upload silent this long is resumed")
    upload_file_retention_days: float = Field(
        30.0, gt=0, description="an ended upload's sheet (sealed, full of phones) is deleted after this many days"
    )
    duplicate_similarity: float = Field(0.95, gt=0, le=1, description="cosine at which a posting is a duplicate")
    duplicate_distance_m: float = Field(200.0, ge=0)
    task_broker: str = Field("", description="redis://… runs uploads on huey workers; empty: in-process")
    worker_threads: int = Field(1, ge=1, le=64, description="upload threads in each worker or API process")
    worker_metrics_port: int = Field(
        0, ge=0, le=65535, description="`jobcircle worker` serves its Prometheus metrics on this port; 0: not at all"
    )
    worker_metrics_addr: str = Field(
        "127.0.0.1",
        description="the address the worker's metrics listen on (0.0.0.0 for a scraper in another container)",
    )
    request_threads: int = Field(
        4,
        ge=1,
        le=1000,
        description="threads of one server process that run requests at once (AnyIO's pool; "
        "Starlette's default is 40). Fewer queue CPU-bound requests in the event loop instead of handing the GIL "
        "back and forth between them: at 16 connections one worker served 63 matches/s with 40 threads, 86 with 4, "
        "93 with 2 (bench/README.md). Raise it where requests mostly wait on a remote database",
    )
    match_page_cache_s: float = Field(
        600.0,
        ge=0,
        le=3600,
        description="how long a stored seeker's match page may be served again, each time only after the seeker's "
        "row, dismissals, running fairs and the day are checked unchanged and the change feed shows no posting "
        "changed, closed or held within its reach (a posting expiring there ends it sooner); scores then lag "
        "freshness by at most this (2.6e-5 in 600 s); 0: never",
    )
    match_page_cache_mb: int = Field(
        64,
        ge=1,
        le=65536,
        description="memory a server process gives kept match pages, in MiB (a page of 20 items is about 16 KB: 64 MiB "
        "keep some 4,000); the least recently served go first",
    )
    match_page_judge: bool = Field(
        True,
        description="before a kept match page is dropped for a posting changed in its reach, judge whether that "
        "change can alter it (the posting is not on the page, scores below the lowest score the page read both "
        "before and after, keeps its group, its verdict under the seeker's limits and its side of the good mark): "
        "if not, the page stays kept. Costs a search and a scoring of that one posting for each page in its reach "
        "in each server process; false: every page in reach is dropped",
    )
    match_page_warm: int = Field(
        0,
        ge=0,
        le=1_000_000,
        description="build the first match pages of this many stored seekers ahead of their asking, in the "
        "background of each server process: the most recently updated profiles at start, then each seeker whose "
        "profile changes or whose page a request built; each page is built again when a change in its reach, a fair "
        "or a new day drops it. A kept page is served in about 2 ms of CPU against 7-10 ms to build one; the cost "
        "is that CPU in the background, in every worker, and memory (raise match_page_cache_mb to hold them all). "
        "0: none (pages are kept only after a seeker's own request)",
    )
    match_page_warm_interval_s: float = Field(
        1.0, gt=0, le=3600, description="how often the pages built ahead are looked over for ones to build again"
    )
    search_text_cache: int = Field(
        4096,
        ge=0,
        le=1_000_000,
        description="how many searches' texts a server process keeps as read (the vector, occupation codes, limits "
        "and terms the text alone decides; about 4 KB each): the same text searched again skips the model and the "
        "reader, with the same result; 0: none",
    )
    embedded_worker: bool | None = Field(
        None, description="run uploads inside the API process; default: yes without task_broker, no with one"
    )

    push_per_message: int = Field(3, ge=1, le=20, description="jobs in one push to a seeker")
    push_per_week: int = Field(3, ge=0, le=50, description="pushes a seeker gets in any 7 days")
    push_min_interval_h: float = Field(20.0, ge=0, description="hours between two pushes to one seeker")
    push_per_job_per_day: int = Field(200, ge=1, description="seekers one posting is pushed to in 24 hours")
    push_lookback_days: float = Field(7.0, gt=0, description="a first push considers jobs this recent")
    push_digest_per_job: int = Field(5, ge=1, le=50, description="seekers per job in an employer's digest")
    push_quiet_hours: str = Field(
        "21:00-08:00",
        pattern=r"^$|^\d\d:\d\d-\d\d:\d\d$",
        description="local time when nothing is sent (inbox excepted); empty: none",
    )
    push_timezone: str = "Asia/Shanghai"
    push_plan_at: str = Field(
        "02:00",
        pattern=r"^$|^\d\d:\d\d$",
        description="local time of the nightly plan; empty: schedulers only send, plans come from `jobcircle push plan`",
    )
    push_send_interval_s: float = Field(60.0, gt=0, description="how often a scheduler sends the pushes that are due")
    push_scheduler: bool = Field(True, description="plan nightly and send due pushes from this process")
    push_plan_shards: int = Field(
        0,
        ge=0,
        le=256,
        description="with a task_broker: the nightly plan is handed to the workers as this many shard tasks "
        "(0: the process that wins the night plans it alone)",
    )
    push_plan_lease_s: float = Field(
        600.0, gt=0, description="a plan shard whose worker has not reported for this long is taken over"
    )
    push_max_attempts: int = Field(5, ge=1, description="failed deliveries before a push is dead-lettered")
    push_backoff_s: float = Field(60.0, gt=0, description="first retry delay; doubles each attempt")
    push_lease_s: float = Field(60.0, gt=0, description="a push in delivery this long is given up as in doubt")
    push_timeout_s: float = Field(10.0, gt=0, description="HTTP timeout of one delivery")
    wechat_base_url: str = "https://api.weixin.qq.com"
    wechat_appid: str = ""
    wechat_secret: str = ""
    wechat_template_id: str = Field("", description="the subscribe-message template for new jobs")
    wechat_page: str = Field("pages/jobs/detail", description="mini-program page a message opens")
    push_webhook_url: str = Field("", description="signed webhook for pushes on the webhook channel")
    push_webhook_secret: str = Field("", description="HMAC-SHA256 key of the webhook signature")

    # Security (docs/security.md). In development, secrets left empty are generated once into
    # data_dir/secrets.json (mode 600); production refuses to start without them.
    environment: Literal["development", "production"] = Field(
        "development", description="production: every secret must be set explicitly and CORS origins listed"
    )
    jwt_secret: str = Field("", description="HMAC key of access tokens, at least 32 characters")
    token_ttl_h: float = Field(24.0, gt=0, le=24 * 30, description="lifetime of an access token")
    principal_cache_s: float = Field(
        5.0,
        ge=0,
        le=60,
        description="how long one process reuses a verified token's account without reading it again: a "
        "sign-out, disabled account or changed role takes effect within this many seconds; 0: read every time",
    )
    pii_keys: str = Field(
        "",
        description='AES-256-GCM keys for phone and ID numbers, "id:base64,id:base64"; the '
        "first encrypts, all decrypt (rotation: put the new key first, then `jobcircle keys rotate`)",
    )
    pii_lookup_key: str = Field("", description="base64 HMAC-SHA256 key of the lookup hashes of phone and ID numbers")
    secrets_dir: Path | None = Field(
        None,
        description="a directory of secret files shared by every API and worker process (Docker secrets: "
        "/run/secrets): jwt_secret, pii_keys and pii_lookup_key, one value per file, read when the "
        "variable itself is empty; `jobcircle keys init DIR` writes them",
    )
    screening_mode: Literal["reject", "review"] = Field(
        "reject",
        description="a posting with a discriminatory requirement: reject it (422 naming the phrase and "
        "the rule) or hold it for operator review",
    )
    rate_limit_user_per_min: int = Field(600, ge=1, description="requests one user may make a minute")
    rate_limit_ip_per_min: int = Field(1200, ge=1, description="requests one client address may make a minute")
    login_limit_per_min: int = Field(10, ge=1, description="login attempts per address and per phone a minute")
    rate_limit_storage: str = Field(
        "",
        description='where the rate limits count: "" in the task broker\'s Redis when there is one (every process '
        'shares one budget), else in each process; "memory": in each process; redis://…: in that Redis',
    )
    idempotency_pending_s: float = Field(
        60.0,
        gt=0,
        description="an Idempotency-Key still being processed after this long was left by a server that died: "
        "a retry takes it over, unless the first request's effect had committed (then 409, saying so)",
    )
    body_max_bytes: int = Field(
        1024 * 1024, ge=1024, description="largest JSON request body (uploads: upload_max_bytes)"
    )
    header_timeout_s: float = Field(
        10.0, gt=0, description="a request's headers must all arrive this soon after its first byte (else 408)"
    )
    body_idle_timeout_s: float = Field(
        20.0,
        gt=0,
        description="longest pause while a request body arrives; after it the body must also average "
        "min_body_rate_bps (else 408)",
    )
    min_body_rate_bps: float = Field(1024.0, ge=0, description="slowest average upload speed accepted, bytes/s")
    cors_origins: list[str] = Field(
        default_factory=list,
        description="JSON list of front-end origins allowed by "
        'CORS, e.g. ["https://jobs.example.gov.cn"]; empty: no cross-origin access',
    )
    trusted_proxies: list[str] = Field(
        default_factory=list,
        description='JSON list of reverse-proxy addresses or networks, e.g. ["10.0.0.0/8"]: '
        "only a peer listed here is believed about X-Forwarded-For (the client address that per-IP limits count)",
    )

    group_boosts: dict[str, float] = Field(
        default_factory=dict,
        description='JSON, e.g. {"veteran": 0.05}: added to a priority-group seeker\'s score '
        "when seekers are ranked for a job (a job's candidates, employer digests)",
    )
    minimum_wage_monthly_yuan: float = Field(
        2060.0, gt=0, description="local minimum wage; flexible jobs pay at least this"
    )
    claims_stable_per_year: int = Field(
        1, ge=0, description="stable employments an operator may claim per person a year"
    )
    claims_flexible_per_year: int = Field(3, ge=0, description="flexible employments claimable per person a year")
    case_contact_interval_days: int = Field(
        30, ge=1, le=365, description="一人一策: an open case with no contact for this many days is overdue"
    )
    # Subsidies (补贴): 金安区's rules as defaults; confirm each amount with the local 人社 policy before paying.
    internship_min_pay_monthly_yuan: float = Field(
        2000.0, gt=0, description="就业见习: the unit pays an intern at least this a month"
    )
    internship_min_days_in_month: int = Field(
        15,
        ge=1,
        le=31,
        description="就业见习: a calendar month counts toward 见习补贴 when the intern served this many days in it",
    )
    subsidy_internship_monthly_yuan: float = Field(
        1400.0, ge=0, description="见习补贴: paid to the unit per intern per month served"
    )
    subsidy_internship_insurance_yuan: float = Field(
        100.0, ge=0, description="见习人员意外伤害保险: per intern, once per placement"
    )
    subsidy_internship_guidance_yuan: float = Field(
        200.0, ge=0, description="带教费 (guidance fee): per intern, once per placement"
    )
    subsidy_absorption_yuan: float = Field(
        1000.0,
        ge=0,
        description="吸纳就业补贴: once, when the unit signs its intern to a labour contract of "
        "absorption_min_contract_months or more (default chosen as plausible; confirm locally)",
    )
    absorption_min_contract_months: int = Field(12, ge=1, description="吸纳就业补贴: the shortest contract it pays for")
    absorption_within_days: int = Field(
        30, ge=0, description="吸纳就业补贴: the contract is signed during the placement or this many days after it"
    )
    subsidy_stable_yuan: float = Field(
        300.0, ge=0, description="operator's service subsidy per claimable 稳定就业 (once per person a year)"
    )
    subsidy_flexible_yuan: float = Field(
        100.0, ge=0, description="operator's service subsidy per claimable 灵活就业 (up to 3 per person a year)"
    )
    subsidy_assistance_yuan: float = Field(
        500.0,
        ge=0,
        description="operator's 就业援助 subsidy: a claimable employment of a person registered hard-to-employ",
    )
    claims_assistance_per_year: int = Field(
        1, ge=0, description="就业援助 subsidies an operator may claim per person a year"
    )
    standard_employment_rate: float = Field(0.7, ge=0, le=1, description="full-employment community: employed share")
    standard_zero_households: int = Field(0, ge=0, description="full-employment community: most zero-employment 户")
    standard_jobs_within_km: float = Field(3.0, gt=0, description="the circle jobs are counted in")
    standard_min_jobs: int = Field(1, ge=0, description="full-employment community: fewest open jobs in the circle")
    target_fairs_per_year: int = Field(76, ge=0, description="job fairs to hold a year")
    target_fair_employers_per_year: int = Field(750, ge=0, description="employers served by fairs a year")
    target_intentions_per_year: int = Field(1260, ge=0, description="达成意向 a year")

    @model_validator(mode="after")
    def _default_database(self) -> Self:
        self._read_secret_files()
        if not self.database_url:
            self.database_url = embedded_database_url(self.data_dir)
        if self.default_radius_km > self.max_radius_km:
            raise ValueError("default_radius_km must not exceed max_radius_km")
        if self.embedded_worker is False and not self.task_broker:
            raise ValueError("embedded_worker=false needs a task_broker, or uploads would never run")
        unknown = set(self.group_boosts) - set(PriorityGroup)
        if unknown:
            raise ValueError(f"group_boosts: unknown groups {sorted(unknown)}; known: {sorted(PriorityGroup)}")
        if self.push_plan_shards and not self.task_broker:
            raise ValueError("push_plan_shards needs a task_broker: the shards are tasks for `jobcircle worker`")
        if self.task_broker and not self.task_broker.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("task_broker must be a redis:// URL")
        if self.rate_limit_storage not in ("", "memory") and not self.rate_limit_storage.startswith(
            ("redis://", "rediss://", "unix://")
        ):
            raise ValueError('rate_limit_storage must be "", "memory" or a redis:// URL')
        if self.environment == "production":
            missing = [n for n in ("jwt_secret", "pii_keys", "pii_lookup_key") if not getattr(self, n)]
            if missing:
                raise ValueError(f"environment=production needs {', '.join(missing)} set explicitly")
        if self.jwt_secret and len(self.jwt_secret) < 32:
            raise ValueError("jwt_secret must be at least 32 characters")
        _check_origins(self.cors_origins, self.environment)
        for proxy in self.trusted_proxies:
            ip_network(proxy, strict=False)  # a ValueError names the bad entry
        return self

    def _read_secret_files(self) -> None:
        if self.secrets_dir is None:
            return
        if not self.secrets_dir.is_dir():
            raise ValueError(f"secrets_dir: {self.secrets_dir} is not a directory")
        for name in SECRET_FILES:
            path = self.secrets_dir / name
            if not getattr(self, name) and path.is_file():
                try:
                    setattr(self, name, path.read_text(encoding="utf-8").strip())
                except OSError as error:
                    raise ValueError(f"secrets_dir: cannot read {path}: {error.strerror}") from error

    @property
    def secrets_given(self) -> bool:
        """All three secrets set (directly or from secrets_dir): nothing is generated or read from secrets.json."""
        return bool(self.jwt_secret and self.pii_keys and self.pii_lookup_key)

    @property
    def runs_uploads(self) -> bool:
        return self.embedded_worker if self.embedded_worker is not None else not self.task_broker

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def model_cache_dir(self) -> Path:
        return self.embedding_cache_dir or self.data_dir / "models"


def embedded_database_url(data_dir: Path) -> str:
    """The SQLite file a data directory holds when no database_url is set."""
    return f"sqlite:///{(data_dir / 'jobcircle.db').resolve()}"


def _check_origins(origins: list[str], environment: str) -> None:
    if "*" in origins and environment == "production":
        raise ValueError('cors_origins: "*" is refused in production; list the front-end origins')
    bad = [o for o in origins if o != "*" and not ORIGIN.match(o)]
    if bad:
        raise ValueError(f"cors_origins: {bad} are not origins like https://jobs.example.gov.cn (no path, no slash)")
