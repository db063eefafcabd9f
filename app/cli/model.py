"""`jobcircle model export`: the model's one-time ONNX export, made where torch is installed, served where it is not."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from app.config import Settings
from matching.embedding import default_model_path
from matching.onnx_embedding import META, ExportMissing, export_dir, exported_model


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    model = commands.add_parser("model", help="the embedding model's ONNX export (made once, with torch)")
    actions = model.add_subparsers(required=True, metavar="ACTION")
    export = actions.add_parser(
        "export",
        help="export the model to ONNX (fp32 and int8) into the model cache, unless it is there; "
        "needs the export extras (torch, sentence-transformers, onnx). Prints the export's directory",
    )
    export.add_argument(
        "--out",
        type=Path,
        default=None,
        metavar="DIR",
        help="the model cache to write into (default: the configured one)",
    )
    export.add_argument(
        "--check",
        action="store_true",
        help="export nothing; exit 1 if serving with these settings needs the export and it is not there",
    )
    export.set_defaults(run=_export, creates_data_dir=None)


def _export(_: Settings, args: argparse.Namespace) -> int:
    # The model's settings, read here: main hands commands that set no data directory up (creates_data_dir=None)
    # settings it has not read. The data directory is only the default cache's parent; no database, no keys.
    settings = Settings()
    if args.check and (settings.embedder == "hashing" or settings.embedding_backend == "torch"):
        return 0  # serving loads no ONNX model
    model_path = settings.model_path or default_model_path()
    cache_dir: Path = args.out or settings.model_cache_dir
    if args.check:
        target = export_dir(model_path, cache_dir)
        if not (target / META).is_file():
            Console(stderr=True).print(f"no ONNX export of {model_path.name} in {cache_dir}")
            return 1
    else:
        try:
            target = exported_model(model_path, cache_dir)
        except ExportMissing as error:
            Console(stderr=True).print(str(error), markup=False)
            return 1
    print(target)
    return 0
