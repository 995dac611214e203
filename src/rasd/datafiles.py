"""rasd's data files (`rasd/data`): where they are and how a commented CSV is read.

Every stage reads its knowledge from these files, so this module sits below them all: `geo`
and `extract` both use it, and neither imports the other for it.
"""

from __future__ import annotations

import csv
from importlib import resources
from pathlib import Path

from rasd.errors import RasdError


class LexiconError(RasdError):
    """A data file has a row rasd cannot use."""


def data_path(name: str) -> Path:
    """A file of `rasd/data` (shipped inside the package)."""
    return Path(str(resources.files("rasd") / "data" / name))


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a commented CSV (lines starting with `#` are notes), with line numbers."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [(n, line) for n, line in enumerate(handle, 1) if not line.lstrip().startswith("#")]
    reader = csv.DictReader(line for _, line in lines)
    rows = []
    for (number, _), row in zip(lines[1:], reader, strict=False):
        rows.append((number, {k: (v or "").strip() for k, v in row.items() if k}))
    return rows
