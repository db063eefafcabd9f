"""int8 quantization of an ONNX transformer graph, with activation scales per token instead of per tensor."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

LEVELS = 127  # int8 steps each side of a token's midpoint
MIDDLE = 128  # the uint8 a token's midpoint is quantized to
# Weights in 7 bits: without AVX-512 VNNI, onnxruntime multiplies uint8 by int8 in pairs summed into int16 with
# saturation (AVX2's vpmaddubsw), so 255 * 127 * 2 overflows and the vectors come out wrong (cosine 0.60 to torch's
# on such a CPU). 255 * 63 * 2 = 32,130 fits: the products are exact on every CPU, and the same everywhere.
WEIGHT_LEVELS = 63


def quantize_int8(source: Path, target: Path) -> None:
    """Attention: onnxruntime's dynamic QAttention (one scale per run). Every other MatMul with a constant
    weight: weights int8 per output column, each token's activations int8 around its own midpoint.

    Dynamic quantization proper gives a whole batch one activation scale; a token with a wide range then
    coarsens all others (GELU outputs above all): top-10 agreement with fp32 fell to 0.91 (0.93 one text
    per run). Scales per token keep it at 0.96 (bench/README.md) with the same int8 products."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quantize_dynamic(
            str(source),
            str(target),
            per_channel=True,
            reduce_range=True,  # 7-bit weights in QAttention too, for the same reason as WEIGHT_LEVELS
            weight_type=QuantType.QInt8,
            op_types_to_quantize=["Attention"],
            extra_options={"WeightSymmetric": True, "DefaultTensorType": onnx.TensorProto.FLOAT},
        )
    model = onnx.load(str(target))
    opset = next(o.version for o in model.opset_import if o.domain in ("", "ai.onnx"))
    per_token_matmuls(model.graph, axes_as_input=opset >= 18)
    onnx.save(model, str(target))


def per_token_matmuls(graph: Any, *, axes_as_input: bool) -> int:
    """Rewrites each MatMul of an activation by a constant weight in place; returns how many.

    `axes_as_input`: the graph's opset is 18 or later, where ReduceMax takes its axes as an input."""
    from onnx import helper, numpy_helper

    weights = {i.name: i for i in graph.initializer}
    shared = {
        "pt_half": np.float32(0.5),
        "pt_step": np.float32(1 / (2 * LEVELS)),
        "pt_eps": np.float32(1e-12),
        "pt_one": np.float32(1),
        "pt_zero": np.uint8(MIDDLE),
        "pt_last_axis": np.array([-1]),
        "pt_flat": np.array([-1]),
    }
    graph.initializer.extend(numpy_helper.from_array(np.asarray(v), k) for k, v in shared.items())
    nodes, count = [], 0
    for node in graph.node:
        if node.op_type != "MatMul" or node.input[1] not in weights:
            nodes.append(node)
            continue
        count += 1
        prefix = f"pt{count}_"
        wq, w_scale, column_sums = _weight(numpy_helper.to_array(weights[node.input[1]]))
        graph.initializer.extend(
            [
                numpy_helper.from_array(wq, prefix + "wq"),
                numpy_helper.from_array(w_scale, prefix + "ws"),
                numpy_helper.from_array(column_sums, prefix + "cs"),
                numpy_helper.from_array(np.array([-1, wq.shape[0]]), prefix + "k"),
                numpy_helper.from_array(np.array([wq.shape[1]]), prefix + "n"),
            ]
        )

        def add(op: str, inputs: list[str], output: str, **attrs: Any) -> None:
            nodes.append(helper.make_node(op, inputs, [output], name=prefix + output, **attrs))  # noqa: B023 (used in this iteration only)

        _token_matmul(add, prefix, node.input[0], node.output[0], axes_as_input)
    graph.ClearField("node")
    graph.node.extend(nodes)
    used = {name for node in graph.node for name in node.input}
    kept = [i for i in graph.initializer if i.name in used]
    graph.ClearField("initializer")
    graph.initializer.extend(kept)
    return count


def _weight(w: npt.NDArray[Any]) -> tuple[npt.NDArray[np.int8], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
    """Symmetric 7-bit per output column; the dequantized column sums carry each token's midpoint through."""
    w = w.astype(np.float32)
    scale = (np.maximum(np.abs(w).max(axis=0), 1e-12) / WEIGHT_LEVELS).astype(np.float32)
    wq = np.clip(np.round(w / scale), -WEIGHT_LEVELS, WEIGHT_LEVELS).astype(np.int8)
    return wq, scale, (wq.astype(np.float32) * scale).sum(axis=0).astype(np.float32)


def _token_matmul(add: Callable[..., None], p: str, x: str, y: str, axes_as_input: bool) -> None:
    """y = x @ w, per token: (x - mid) / s as uint8 around 128, an int8 product scaled back, plus mid @ w."""
    from onnx import TensorProto, helper

    add("Reshape", [x, p + "k"], p + "rows")  # tokens as rows: QuantizeLinear scales along one axis
    for op, out in (("ReduceMax", "hi"), ("ReduceMin", "lo")):
        if axes_as_input:
            add(op, [p + "rows", "pt_last_axis"], p + out, keepdims=1)
        else:
            add(op, [p + "rows"], p + out, axes=[-1], keepdims=1)
    add("Add", [p + "hi", p + "lo"], p + "sum")
    add("Mul", [p + "sum", "pt_half"], p + "mid")
    add("Sub", [p + "hi", p + "lo"], p + "range")
    add("Mul", [p + "range", "pt_step"], p + "step")
    add("Max", [p + "step", "pt_eps"], p + "s")
    add("Reshape", [p + "s", "pt_flat"], p + "s_row")
    add("Shape", [p + "s_row"], p + "s_shape")
    add("ConstantOfShape", [p + "s_shape"], p + "zp", value=helper.make_tensor("v", TensorProto.UINT8, [1], [MIDDLE]))
    add("Sub", [p + "rows", p + "mid"], p + "centred")
    add("QuantizeLinear", [p + "centred", p + "s_row", p + "zp"], p + "xq", axis=0)
    add(
        "MatMulIntegerToFloat",
        [p + "xq", p + "wq", "pt_one", p + "ws", "pt_zero"],
        p + "centred_y",
        domain="com.microsoft",
    )
    add("Mul", [p + "centred_y", p + "s"], p + "scaled_y")
    add("Mul", [p + "mid", p + "cs"], p + "mid_y")
    add("Add", [p + "scaled_y", p + "mid_y"], p + "y_rows")
    add("Shape", [x], p + "lead", end=-1)
    add("Concat", [p + "lead", p + "n"], p + "y_shape", axis=0)
    add("Reshape", [p + "y_rows", p + "y_shape"], y)
