"""Per-token int8 MatMuls against the float product they replace, on a one-node graph."""

from __future__ import annotations

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

from matching.quantization import per_token_matmuls


def matmul_session(weight: np.ndarray, quantized: bool) -> ort.InferenceSession:
    k, n = weight.shape
    graph = helper.make_graph(
        [helper.make_node("MatMul", ["x", "w"], ["y"], name="matmul")],
        "one_matmul",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", "tokens", k])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", "tokens", n])],
        [numpy_helper.from_array(weight, "w")],
    )
    model = helper.make_model(
        graph, ir_version=8, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    )
    if quantized:
        assert per_token_matmuls(model.graph, axes_as_input=False) == 1
    onnx.checker.check_model(model)
    return ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"])


def test_per_token_matmul_is_close_to_the_float_product_and_ignores_batch_mates():
    rng = np.random.default_rng(7)
    weight = rng.normal(size=(64, 48)).astype(np.float32)
    tokens = np.abs(rng.normal(size=(2, 5, 64))).astype(np.float32) - 0.17  # GELU-like: skewed, mostly positive
    exact = matmul_session(weight, quantized=False).run(None, {"x": tokens})[0]
    quantized = matmul_session(weight, quantized=True)
    approx = quantized.run(None, {"x": tokens})[0]
    assert approx.shape == exact.shape
    assert np.abs(approx - exact).max() < 0.02 * np.abs(exact).max()
    loud = tokens.copy()
    loud[1] *= 1000  # one text with a far wider range: a scale per tensor would coarsen the other
    np.testing.assert_allclose(quantized.run(None, {"x": loud})[0][0], approx[0], rtol=1e-6, atol=1e-6)
