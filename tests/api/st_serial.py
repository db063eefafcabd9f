"""Run schemathesis's CLI with `ast.parse` serialised across its worker threads.

CPython 3.11 keeps the AST converter's recursion depth in state shared by threads (gh-106905, fixed in 3.12 and
later, never in 3.11). Hypothesis parses lambda sources to name filtered strategies; with `--workers 2` two threads
can parse at once and one of them fails with "SystemError: AST constructor recursion depth mismatch", which
schemathesis reports as a Runtime Error of its own — nothing the API did. One lock around `ast.parse` takes that
race away without dropping to one worker; everything else runs as `st run` does.
"""

from __future__ import annotations

import ast
import sys
import threading
from typing import Any

_parse = ast.parse
_lock = threading.Lock()


def _serial_parse(*args: Any, **kwargs: Any) -> Any:
    with _lock:
        return _parse(*args, **kwargs)


if __name__ == "__main__":
    ast.parse = _serial_parse  # type: ignore[assignment]
    from schemathesis.cli import schemathesis

    sys.argv[0] = "st"
    sys.exit(schemathesis())
