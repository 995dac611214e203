"""Where tasks run: a process pool on this machine, or a Dask cluster.

Both do one thing, `map(fn, args)`: run every task once to an outcome (its result, or the
exception it ended with), whatever workers are lost on the way. Tasks are idempotent and
write atomically, so running one again after a lost worker is always safe:

- `local`: a pool of `spawn`ed processes (safe beside the progress bar's thread). When a
  worker dies the pool breaks; the unfinished tasks go to a fresh pool, a few times over.
- `dask`: `distributed` reschedules the tasks of a lost worker itself; `retries` covers a
  task that raised (a flaky network file system).
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from rasd.batch.inputs import BatchError
from rasd.batch.tasks import extractor, warm

__all__ = ["DaskEngine", "Engine", "LocalEngine", "Outcome"]

Outcome = Any  # a task's result, or the BaseException it ended with
POOL_RESTARTS = 3  # fresh pools after a worker died, before the unfinished tasks fail
DASK_RETRIES = 2  # reruns of a task that raised (a lost worker is rescheduled regardless)
WORKER_WAIT_S = 60.0


class Engine(Protocol):
    name: str
    workers: int
    address: str | None

    def start(self) -> dict[str, Any]: ...

    def map(self, fn: Callable[..., Any], args: Sequence[tuple[Any, ...]], *,
            keys: Sequence[str], label: str, progress: bool,
            tally: Callable[[Any], int] | None = None) -> list[Outcome]: ...

    def close(self) -> None: ...


def _initialize() -> None:
    """Pool initializer: build the extractor as the worker starts. A failure is left for
    the first task to raise with its message (an initializer error only breaks the pool)."""
    with contextlib.suppress(Exception):
        extractor()


class LocalEngine:
    """All local cores (or `workers`) through a process pool."""

    name = "local"
    address = None

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None

    def _fresh_pool(self) -> ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = ProcessPoolExecutor(max_workers=self.workers,
                                         mp_context=multiprocessing.get_context("spawn"),
                                         initializer=_initialize)
        return self._pool

    def start(self) -> dict[str, Any]:
        """Start the workers; fail now, with rasd's message, if one cannot build the
        extractor (no gazetteer index, say)."""
        pool = self._fresh_pool()
        return {"local": pool.submit(warm).result()}

    def map(self, fn: Callable[..., Any], args: Sequence[tuple[Any, ...]], *,
            keys: Sequence[str], label: str, progress: bool,
            tally: Callable[[Any], int] | None = None) -> list[Outcome]:
        outcomes: dict[int, Outcome] = {}
        todo = list(range(len(args)))
        bar = _rich_progress() if progress else None
        with bar or contextlib.nullcontext():
            task = bar.add_task(label, total=len(args), reports=0) if bar else None
            for attempt in range(POOL_RESTARTS + 1):
                pool = self._pool or self._fresh_pool()
                futures: dict[Future[Any], int] = {pool.submit(fn, *args[i]): i for i in todo}
                broken: list[int] = []
                for future in as_completed(futures):
                    index = futures[future]
                    try:
                        outcomes[index] = future.result()
                    except BrokenProcessPool as error:
                        broken.append(index)
                        if attempt == POOL_RESTARTS:
                            outcomes[index] = error
                        continue
                    except Exception as error:
                        outcomes[index] = error
                    if bar is not None and task is not None:
                        counted = tally(outcomes[index]) if tally else 0
                        bar.update(task, advance=1, reports=bar.tasks[task].fields["reports"]
                                   + counted)
                if not broken or attempt == POOL_RESTARTS:
                    break
                todo = sorted(broken)
                self._fresh_pool()  # a worker died: the rest go to new processes
        return [outcomes[i] for i in range(len(args))]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _rich_progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("· {task.fields[reports]} reports"), TimeElapsedColumn(),
                    TimeRemainingColumn(), console=Console(stderr=True), transient=False)


async def _warm_off_loop() -> dict[str, Any]:
    """`warm` on a worker, in a thread: building the extractor takes a second or two, too
    long to hold the worker's event loop."""
    return await asyncio.to_thread(warm)


def _bokeh_present() -> bool:
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return False
    return True


class DaskEngine:
    """A `dask.distributed` cluster: the one at `scheduler`, the `client` given, or a
    `LocalCluster` of `workers` single-threaded processes started (and stopped) here."""

    name = "dask"

    def __init__(self, scheduler: str | None = None, workers: int | None = None,
                 client: Any = None) -> None:
        from distributed import Client, LocalCluster

        self._cluster = None
        self._own_client = client is None
        if client is not None:
            self.client = client
        elif scheduler:
            try:
                self.client = Client(scheduler, timeout="30s")
            except OSError as error:
                raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {error}"
                                 ) from None
        else:
            # One thread per process: extraction is pure Python, threads would share a GIL.
            self._cluster = LocalCluster(
                n_workers=max(1, workers or os.cpu_count() or 1), threads_per_worker=1,
                processes=True, host="127.0.0.1",
                dashboard_address="127.0.0.1:0" if _bokeh_present() else None)
            self.client = Client(self._cluster)
        self.address = str(self.client.scheduler_info()["address"])
        self.workers = 0

    def start(self) -> dict[str, Any]:
        """Build the extractor on every worker now: a worker without the gazetteer fails
        here, named, instead of failing every task."""
        try:
            self.client.wait_for_workers(1, timeout=WORKER_WAIT_S)
        except TimeoutError:
            raise BatchError(f"no Dask worker joined the scheduler at {self.address} "
                             f"within {WORKER_WAIT_S:.0f} s") from None
        found = self.client.run(_warm_off_loop, on_error="return")
        failed = {worker: error for worker, error in found.items()
                  if isinstance(error, BaseException)}
        if failed:
            worker, error = next(iter(sorted(failed.items())))
            raise BatchError(f"Dask worker {worker} cannot run rasd: {error}")
        self.workers = len(found)
        return found

    def dashboard(self) -> str | None:
        return self.client.dashboard_link if _bokeh_present() else None

    def map(self, fn: Callable[..., Any], args: Sequence[tuple[Any, ...]], *,
            keys: Sequence[str], label: str, progress: bool,
            tally: Callable[[Any], int] | None = None) -> list[Outcome]:
        from distributed import progress as dask_progress
        from distributed import wait

        if not args:
            return []
        futures = self.client.map(fn, *zip(*args, strict=True), key=list(keys),
                                  retries=DASK_RETRIES, pure=False)
        try:
            if progress:
                print(label, file=sys.stderr)
                # Dask's bar writes to stdout, which carries the command's result.
                with contextlib.redirect_stdout(sys.stderr):
                    dask_progress(futures)
                print(file=sys.stderr)
            wait(futures)
            outcomes: list[Outcome] = []
            for future in futures:
                if future.status == "finished":
                    outcomes.append(future.result())
                else:
                    error = future.exception() if future.status == "error" else None
                    outcomes.append(error or BatchError(f"task {future.key} {future.status}"))
            return outcomes
        finally:
            self.client.cancel(futures)

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()
