"""The front door: `rasd.extract(text)`, `rasd.extract_file(path)` and the shared extractor.

They live with the extraction stage (`rasd.extract.front`), so that the callable
`rasd.extract` package calls them without importing from above itself; this module keeps
them where the CLI, the store, the batch runner and users import them from.
"""

from __future__ import annotations

from rasd.extract.front import (
    Extraction,
    default_extractor,
    extract,
    extract_file,
    report_limit,
)

__all__ = ["Extraction", "default_extractor", "extract", "extract_file", "report_limit"]
