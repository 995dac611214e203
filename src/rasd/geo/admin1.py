"""Governorates by any common name: `Idlib`, `Edlib` and `إدلب` all mean OCHA's `Idleb`.

Events store the governorate in OCHA's English spelling; people search with whatever
spelling their own sources use. The other names live in `data/admin1_aliases.csv`, which an
analyst can extend.
"""

from __future__ import annotations

from functools import cache

import regex

from rasd.datafiles import LexiconError, data_path, read_rows
from rasd.text.normalize import fold

__all__ = ["canonical_admin1"]

# spaces, hyphens and apostrophes between letters: `Deir-ez-Zor`, `Deir ez Zor`, `Dar'a`
_JOINERS = regex.compile(r"(?<=\p{L})[\s\-'’ʼ`_.]+(?=\p{L})")


def _key(name: str) -> str:
    """Case, the joiners between letters and Arabic letter variants do not matter; anything
    else does (`Idleb' --` names no governorate)."""
    return _JOINERS.sub("", fold(name.strip()).casefold())


@cache
def _aliases() -> dict[str, str]:
    path = data_path("admin1_aliases.csv")
    table: dict[str, str] = {}
    for number, row in read_rows(path):
        admin1, alias = row.get("admin1", ""), row.get("alias", "")
        if not admin1 or not alias:
            raise LexiconError(f"{path.name}:{number}: needs both admin1 and alias")
        for name in (admin1, alias):
            known = table.setdefault(_key(name), admin1)
            if known != admin1:
                raise LexiconError(f"{path.name}:{number}: {name!r} already names {known}")
    return table


def canonical_admin1(name: str) -> str | None:
    """OCHA's English name of the governorate `name` names, or None when it names none."""
    return _aliases().get(_key(name))
