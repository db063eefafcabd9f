"""What a search's text alone decides (its vector, codes, limits and terms), kept by the text in a bounded LRU."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from matching.facts import Limits
from matching.occupations import Coded


@dataclass(frozen=True, slots=True)
class TextRead:
    """Shared by every request with the same text: the vector is read-only, the rest immutable (callers copy lists)."""

    vector: npt.NDArray[np.float32]
    codes: tuple[Coded, ...]
    limits: Limits
    terms: tuple[str, ...]


class TextReads:
    """Up to `entries` texts' readings, the least recently used let go first; 0: none kept. The key names the model,
    the coder and the fact reader's versions with the text, so a reading is never served for another reader (the
    process has one of each; the key says so anyway). Every value is what reading the text again gives, exactly:
    a kept reading changes no result, only its cost (the model is a third of a search's CPU, the text's reading
    nearly half: bench/README.md, "Issue 27, session 9")."""

    def __init__(self, entries: int) -> None:
        self._entries = entries
        self._reads: OrderedDict[Hashable, TextRead] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self._entries > 0

    def get(self, key: Hashable) -> TextRead | None:
        with self._lock:
            read = self._reads.get(key)
            if read is not None:
                self._reads.move_to_end(key)
            return read

    def put(self, key: Hashable, read: TextRead) -> None:
        if not self.enabled:
            return
        read.vector.flags.writeable = False  # shared: a caller that wrote into it would change others' results
        with self._lock:
            self._reads[key] = read
            self._reads.move_to_end(key)
            while len(self._reads) > self._entries:
                self._reads.popitem(last=False)

    def __len__(self) -> int:
        return len(self._reads)
