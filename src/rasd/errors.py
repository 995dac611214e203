"""The exceptions rasd raises on purpose.

Every error rasd means to report to a user derives from `RasdError`, so a front end (the CLI,
a notebook) can catch that one class and print its message instead of a traceback:

    RasdError
    ├── InputError           a report could not be read (missing, unreadable, undecodable)
    ├── GazetteerError       the place index could not be built or loaded
    │   └── GazetteerMissing neither a built index nor the sources to build one were found
    ├── StoreError           the database could not be opened or written
    └── MissingExtra         an optional part is not installed (`rasd.extras`)

Anything else escaping rasd is a bug, not a message for the user; one raised inside the
extraction pipeline comes as a `StageError` naming the stage and the report.
"""

from __future__ import annotations


class RasdError(Exception):
    """Base class: an expected failure whose message is meant for the user."""


class InputError(RasdError):
    """A report (file, URL, stdin) could not be read or decoded."""


class GazetteerError(RasdError):
    """The gazetteer index could not be built or read."""


class GazetteerMissing(GazetteerError):
    """No gazetteer index exists and no source data was found to build one."""


class StoreError(RasdError):
    """The database could not be opened, migrated or written."""


class StageError(RuntimeError):
    """A stage of the extraction pipeline failed on a report: a bug, named by stage and
    report (the original error is its `__cause__`)."""
