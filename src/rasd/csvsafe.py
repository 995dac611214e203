"""CSV that a spreadsheet opens as data, never as formulas.

Report metadata (titles, outlets, URLs, evidence) is text anyone can write. A cell that
starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by Excel,
LibreOffice and Google Sheets (`=HYPERLINK(...)`, `=cmd|...`). Following OWASP's advice on
CSV injection, such a text cell gets a leading `'`, which the spreadsheet shows as text.
Numbers are left alone: a negative figure is a number, not a formula.

Every CSV rasd writes (`rasd extract`, `rasd events`, `rasd incidents`, `rasd export`, the
web export) goes through `SafeDictWriter`.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from typing import Any

__all__ = ["FORMULA_STARTS", "SafeDictWriter", "neutralise"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """`value`, with a leading `'` if it is text a spreadsheet would read as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeDictWriter(csv.DictWriter):  # type: ignore[type-arg]
    """`csv.DictWriter` whose every cell passes `neutralise`."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow({key: neutralise(value) for key, value in rowdict.items()})

    def writerows(self, rowdicts: Iterable[Mapping[str, Any]]) -> None:
        for rowdict in rowdicts:
            self.writerow(rowdict)
