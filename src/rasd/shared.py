"""Where the shared data lives: `$RASD_SHARED`, else a `shared` folder beside the working
directory or the installed package, or beside one of their ancestors (`../shared` from the
repository root). One way to find it, for the gazetteer sources, the gold and OEDA."""

from __future__ import annotations

import os
from pathlib import Path

SHARED_ENV = "RASD_SHARED"


def shared_path(*parts: str) -> Path | None:
    """`shared/<parts>` where it exists, or None."""
    env = os.environ.get(SHARED_ENV, "").strip()
    if env:
        candidate = Path(env).expanduser().joinpath(*parts)
        return candidate if candidate.exists() else None
    seen: set[Path] = set()
    for start in (Path.cwd(), Path(__file__).resolve().parent):
        for ancestor in (start, *start.parents):
            for root in (ancestor / "shared", ancestor.parent / "shared"):
                candidate = root.joinpath(*parts)
                if candidate in seen:
                    continue
                seen.add(candidate)
                if candidate.exists():
                    return candidate
    return None
