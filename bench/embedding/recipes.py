"""Other ONNX recipes the app's two are compared with: no fusions, dynamic int8, sentence-transformers' avx2."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from matching.embedding import Embedder
from matching.onnx_embedding import FILES, META, OnnxEmbedder, export_model, model_key


@dataclass(frozen=True)
class Variant:
    name: str
    what: str
    build: Callable[[int, int], Embedder]  # (threads, batch size) -> embedder


def variants(model_path: Path, cache_dir: Path) -> list[Variant]:
    folder = cache_dir / f"{model_path.name}-variants-{model_key(model_path)}"
    if not (folder / META).is_file():
        folder.mkdir(parents=True, exist_ok=True)
        export_model(model_path, folder, keep_plain=True)
    plain, fused = folder / "plain.onnx", folder / FILES["fp32"]
    dynamic = _made(folder / "int8_dynamic.onnx", lambda target: quantize_dynamic_int8(fused, target))
    st_avx2 = _made(folder / "int8_st_avx2.onnx", lambda target: quantize_like_st_avx2(plain, target))

    def run(file: Path, name: str, one_per_run: bool = False) -> Callable[[int, int], Embedder]:
        return lambda threads, batch_size: OnnxEmbedder(
            folder, file, name=name, threads=threads, batch_size=1 if one_per_run else batch_size
        )

    return [
        Variant("onnx-unfused", "ONNX Runtime fp32 as traced, no transformer fusions", run(plain, "unfused")),
        Variant(
            "int8-dynamic",
            "dynamic int8 (one activation scale per tensor), s8 weights per channel, batches",
            run(dynamic, "int8-dynamic"),
        ),
        Variant(
            "int8-dynamic-1",
            "the same, one text per run (a scale per text)",
            run(dynamic, "int8-dynamic-1", one_per_run=True),
        ),
        Variant(
            "int8-st-avx2",
            "sentence-transformers' `avx2` recipe (u8 weights, all ops, unfused), batches",
            run(st_avx2, "int8-st-avx2"),
        ),
    ]


def _made(target: Path, make: Callable[[Path], None]) -> Path:
    if not target.is_file():
        make(target)
    return target


def quantize_dynamic_int8(source: Path, target: Path) -> None:
    """onnxruntime's dynamic quantization: weights s8 per output channel, activations u8 with one scale per tensor."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantize_dynamic(
            str(source),
            str(target),
            per_channel=True,
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["MatMul", "Attention"],
            extra_options={
                "WeightSymmetric": True,
                "MatMulConstBOnly": True,
                "DefaultTensorType": onnx.TensorProto.FLOAT,
            },
        )


def quantize_like_st_avx2(source: Path, target: Path) -> None:
    """What `export_dynamic_quantized_onnx_model(model, "avx2", ...)` does through optimum's ORTQuantizer:
    AutoQuantizationConfig.avx2(is_static=False), i.e. u8 weights per channel, symmetric, every
    integer op (Gather and activation-by-activation MatMuls too), on the unfused graph.

    optimum-onnx has no release for transformers 5 (0.1.0 needs <4.58), so it is reproduced here with
    the same onnxruntime quantizer and arguments."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.quantization.registry import IntegerOpsRegistry

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantize_dynamic(
            str(source),
            str(target),
            per_channel=True,
            reduce_range=False,
            weight_type=QuantType.QUInt8,
            op_types_to_quantize=list(IntegerOpsRegistry),
            extra_options={
                "WeightSymmetric": True,
                "ActivationSymmetric": False,
                "MatMulConstBOnly": False,
                "DefaultTensorType": onnx.TensorProto.FLOAT,
            },
        )
