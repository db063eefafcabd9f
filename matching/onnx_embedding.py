"""The local sentence-transformers model run by ONNX Runtime: exported once (fp32 and int8), served without torch."""

from __future__ import annotations

import hashlib
import importlib
import json
import logging
import os
import shutil
import tempfile
import time
import warnings
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

import numpy as np

from matching.embedding import ModelNotFound, Vectors, normalize_rows, unique_texts
from matching.quantization import quantize_int8

logger = logging.getLogger(__name__)

Precision = Literal["fp32", "int8"]
RECIPE = "5"  # part of the cache key: change it whenever export_model writes something different
FILES: dict[Precision, str] = {"fp32": "model.onnx", "int8": "model_int8.onnx"}
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
META = "export.json"  # written last: its presence marks a complete export
EXPORT_MODULES = ("torch", "sentence_transformers", "onnx")  # the `export` extras; serving needs none of them


def model_key(model_path: Path) -> str:
    """Digest of the model's files and of this recipe: a changed model or recipe gets a fresh export."""
    digest = hashlib.sha256(RECIPE.encode())
    for path in sorted(p for p in model_path.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(model_path)).encode())
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]


class ExportMissing(RuntimeError):
    """The model's ONNX export is not in the cache, and this environment cannot make it (no torch)."""


def export_dir(model_path: Path, cache_dir: Path) -> Path:
    """Where `model_path`'s ONNX export lives in `cache_dir`; complete once it holds META."""
    if not (model_path / "config.json").is_file():
        raise ModelNotFound(f"no model at {model_path} (config.json missing)")
    return cache_dir / f"{model_path.name}-onnx-{model_key(model_path)}"


def exported_model(model_path: Path, cache_dir: Path) -> Path:
    """The directory holding `model_path` exported to ONNX, made on first use and kept in `cache_dir`."""
    target = export_dir(model_path, cache_dir)
    if (target / META).is_file():
        return target
    missing = [name for name in EXPORT_MODULES if not _importable(name)]
    if missing:  # serving installs need no torch: the export is made once, elsewhere (README: Installing for serving)
        raise ExportMissing(
            f"the ONNX export of {model_path.name} is not in {cache_dir} (looked for {target.name}); "
            "run `jobcircle model export` where the export extras are installed, or copy the directory "
            f"(this environment lacks {', '.join(missing)})"
        )
    cache_dir.mkdir(parents=True, exist_ok=True)
    logger.info("exporting %s to ONNX (fp32 and int8) into %s, once per model (about 10 s)", model_path, target)
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix=".export-", dir=cache_dir))
    scratch.chmod(0o755)  # mkdtemp makes it private; other users of a shared cache read it too
    try:
        export_model(model_path, scratch)
        os.replace(scratch, target)  # atomic: a process racing us either finds ours or renames its own first
    except OSError:
        if not (target / META).is_file():
            raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    logger.info("exported %s in %.0f s", model_path.name, time.monotonic() - started)
    return target


def _importable(module: str) -> bool:
    try:
        importlib.import_module(module)  # heavy, but only before an export, which loads it anyway
    except ImportError:
        return False
    return True


def export_model(model_path: Path, out: Path, *, keep_plain: bool = False) -> None:
    """Writes the fp32 graph (transformer fusions applied), its int8 quantization, the tokenizer and META.

    `keep_plain` keeps the graph as traced, before fusion, as plain.onnx (for comparisons)."""
    import torch
    from sentence_transformers import SentenceTransformer

    # eager attention exports as plain MatMul/Softmax, which ONNX Runtime fuses into its Attention kernel
    model = SentenceTransformer(
        str(model_path), device="cpu", local_files_only=True, model_kwargs={"attn_implementation": "eager"}
    ).eval()
    plain = out / "plain.onnx"
    example = torch.ones(2, 8, dtype=torch.long)
    axes: dict[str, dict[int, str]] = {name: {0: "batch", 1: "tokens"} for name in INPUTS}
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # the TorchScript exporter is deprecated, and tracing warns of constants
        torch.onnx.export(
            _pooled(model),
            (example, torch.ones_like(example), torch.zeros_like(example)),
            str(plain),
            input_names=list(INPUTS),
            output_names=["sentence_embedding"],
            dynamic_axes=axes | {"sentence_embedding": {0: "batch"}},
            opset_version=17,
            dynamo=False,
        )
    if model.transformers_model is None:
        raise ModelNotFound(f"{model_path} is not a transformer model; use the torch backend")
    config = model.transformers_model.config
    with _quiet_logs():  # both tools log every node, and the quantizer warns of a preprocessing the fusion did
        _fuse(plain, out / FILES["fp32"], config.num_attention_heads, config.hidden_size)
        if not keep_plain:
            plain.unlink()
        quantize_int8(out / FILES["fp32"], out / FILES["int8"])
    model.tokenizer.save_pretrained(str(out))
    meta = {"recipe": RECIPE, "max_seq_length": model.max_seq_length, "dim": model.get_embedding_dimension()}
    (out / META).write_text(json.dumps(meta))


def _fuse(source: Path, target: Path, num_heads: int, hidden_size: int) -> None:
    from onnxruntime.transformers.optimizer import optimize_model

    optimize_model(str(source), model_type="bert", num_heads=num_heads, hidden_size=hidden_size).save_model_to_file(
        str(target)
    )


@contextmanager
def _quiet_logs() -> Iterator[None]:
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        yield
    finally:
        logging.disable(previous)


def _pooled(model: Any) -> Any:
    """The sentence-transformers model as a torch module of three tensors, the shape torch.onnx traces."""
    import torch

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            features = {"input_ids": input_ids, "attention_mask": attention_mask, "token_type_ids": token_type_ids}
            return self.model(features)["sentence_embedding"]

    return Pooled().eval()


def onnx_embedder(
    model_path: Path,
    cache_dir: Path,
    *,
    precision: Precision = "int8",
    batch_size: int = 32,
    threads: int = 0,
    parallel: int = 1,
) -> OnnxEmbedder:
    """The model in ONNX Runtime, exported into `cache_dir` on first use.

    fp32 gives torch's vectors and keeps its name; int8 is near them but named apart, so switching
    re-embeds stored rows rather than mixing the two. int8 runs one text at a time: its attention
    quantizes a whole run with one scale, which then fits that text alone, so a vector never depends
    on its batch-mates (and no padding makes it no slower). `parallel` runs that many of a call's texts
    (or fp32 batches) at once, each on `threads` threads: how an upload's chunk fills the cores."""
    export_dir = exported_model(model_path, cache_dir)
    # the int8 name says its weights' bits: rows stored under recipe 4's 8-bit name are embedded again (on a CPU without
    # VNNI their vectors were wrong; elsewhere they are near, not equal)
    name = model_path.name if precision == "fp32" else f"{model_path.name}-int8w7"
    return OnnxEmbedder(
        export_dir,
        export_dir / FILES[precision],
        name=name,
        batch_size=1 if precision == "int8" else batch_size,
        threads=threads,
        parallel=parallel,
    )


class OnnxEmbedder:
    """An exported model file run by ONNX Runtime on the CPU, with the tokenizer exported beside it."""

    def __init__(
        self,
        export_dir: Path,
        model_file: Path,
        *,
        name: str,
        batch_size: int = 32,
        threads: int = 0,
        parallel: int = 1,
    ) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        meta = json.loads((export_dir / META).read_text())
        self._tokenizer = Tokenizer.from_file(str(export_dir / "tokenizer.json"))
        self._tokenizer.enable_truncation(int(meta["max_seq_length"]))
        self._tokenizer.no_padding()
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads  # 0: one per physical core, as torch does
        self._session = ort.InferenceSession(str(model_file), options, providers=["CPUExecutionProvider"])
        self._inputs = [i.name for i in self._session.get_inputs()]
        self._dim = int(meta["dim"])
        self._name = name
        self._batch_size = batch_size
        # one session serves concurrent runs; a pool of `parallel` threads gives a large call's runs to the cores
        self._pool = ThreadPoolExecutor(parallel, thread_name_prefix="embed") if parallel > 1 else None
        logger.info("loaded embedding model %s (ONNX Runtime, %s, dim %d)", name, model_file.name, self._dim)

    @property
    def name(self) -> str:
        return self._name

    @property
    def dim(self) -> int:
        return self._dim

    def tokenize(self, texts: Sequence[str]) -> list[Any]:
        """The model's encodings of `texts`, cut at its length limit."""
        return list(self._tokenizer.encode_batch(list(texts)))

    def embed(self, texts: Sequence[str]) -> Vectors:
        unique, where = unique_texts(texts)  # a sheet repeats postings and titles: each text runs once
        encodings = self.tokenize(unique)
        rows = np.zeros((len(unique), self._dim), dtype=np.float32)
        order = sorted(range(len(unique)), key=lambda i: -len(encodings[i].ids))  # batches of like lengths
        batches = [order[start : start + self._batch_size] for start in range(0, len(order), self._batch_size)]
        runs = (self._pool.map if self._pool and len(batches) > 1 else map)(
            lambda batch: self._run([encodings[i] for i in batch]), batches
        )
        for batch, vectors in zip(batches, runs):
            rows[batch] = vectors
        return normalize_rows(rows)[where]

    def _run(self, encodings: Sequence[Any]) -> Vectors:
        width = max(len(e.ids) for e in encodings)
        feed = {name: np.zeros((len(encodings), width), dtype=np.int64) for name in INPUTS}
        for row, e in enumerate(encodings):
            n = len(e.ids)
            feed["input_ids"][row, :n] = e.ids
            feed["attention_mask"][row, :n] = e.attention_mask
            feed["token_type_ids"][row, :n] = e.type_ids
        vectors: Vectors = self._session.run(None, {name: feed[name] for name in self._inputs})[0]
        return vectors
