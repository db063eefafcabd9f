"""The progress bar the long commands draw while they count through their work (keys, pushes)."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


def counting_bar(label: str, console: Console, *, transient: bool = False) -> Progress:
    """`label`, a bar, done of total and the time taken; `transient`: wiped when done, for a summary in its place."""
    return Progress(
        TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), console=console, transient=transient
    )
