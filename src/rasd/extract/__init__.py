"""Event extraction: triggers, actors, numbers, dates and places read into ACLED events.

`rasd.extract` is both this package and the front-door function
(`rasd.extract(text, published=...)`): importing the package would otherwise shadow the
function on `rasd`, so the package module is made callable and forwards to
`rasd.extract.front.extract` (in the package: no import runs back up).
"""

from __future__ import annotations

import sys
import types
from typing import Any


class _CallablePackage(types.ModuleType):
    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from rasd.extract.front import extract

        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
