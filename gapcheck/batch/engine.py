"""Analyse many documents: cached, in parallel on local cores or on a Dask cluster.

Work is split into chunks; each worker loads the models once (a process-pool
initializer, or the first task on a Dask worker) and analyses its chunk. Results come
back to the calling process, which alone writes the cache, so the SQLite file has a
single writer. A bad file becomes a :class:`DocumentError` and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass

from gapcheck.batch.cache import (
    AnalysisCache,
    analysis_version,
    declared_type,
    with_source,
)
from gapcheck.errors import GapcheckError
from gapcheck.records import Analysis, DocumentError, Kind

ENGINES = ("local", "dask")
__all__ = ["ENGINES", "DocumentError", "analyse_chunk", "analyse_many"]


@dataclass(frozen=True)
class Task:
    path: str
    kind: Kind
    sha256: str


Outcome = tuple[Task, Analysis | None, DocumentError | None]


def _error(task_path: str, kind: str, err: BaseException) -> DocumentError:
    if isinstance(err, GapcheckError):
        return DocumentError(task_path, kind, err.code, err.message)
    # A bug must not stop the batch either; it is reported with its type.
    message = f"{task_path}: internal error {type(err).__name__}: {err}"
    return DocumentError(task_path, kind, "E999", message.splitlines()[0][:500])


def analyse_chunk(tasks: Sequence[Task], taxonomy: str | None = None) -> list[Outcome]:
    """Analyse a chunk of documents in this process (a worker's unit of work)."""
    from gapcheck.pipeline import analyse_file

    outcomes: list[Outcome] = []
    for task in tasks:
        try:
            analysis = analyse_file(task.path, task.kind, taxonomy=taxonomy)
            outcomes.append((task, analysis, None))
        except Exception as err:
            outcomes.append((task, None, _error(task.path, task.kind, err)))
    return outcomes


def _warm(taxonomy: str | None) -> None:
    """Process-pool initializer: load the models once per worker, each worker on one
    thread (the workers already fill the cores; a forked worker's BLAS would start
    its own threads per core too)."""
    from threadpoolctl import threadpool_limits

    threadpool_limits(1)
    try:
        from gapcheck.extract import get_extractor

        get_extractor(taxonomy)
    except Exception:
        pass


def _chunks(tasks: Sequence[Task], workers: int) -> list[list[Task]]:
    size = max(1, min(16, len(tasks) // max(1, workers * 4)))
    return [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]


def _run_local(
    tasks: Sequence[Task], jobs: int, taxonomy: str | None
) -> Iterator[list[Outcome]]:
    if jobs <= 1 or len(tasks) <= 1:
        for chunk in _chunks(tasks, 1):
            yield analyse_chunk(chunk, taxonomy)
        return
    chunks = _chunks(tasks, jobs)
    with ProcessPoolExecutor(
        max_workers=jobs, initializer=_warm, initargs=(taxonomy,)
    ) as pool:
        pending: set[Future[list[Outcome]]] = set()
        queue = iter(chunks)
        # Keep at most 2 chunks per worker in flight: memory stays flat.
        for chunk in queue:
            pending.add(pool.submit(analyse_chunk, chunk, taxonomy))
            if len(pending) >= jobs * 2:
                break
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()
                for chunk in queue:
                    pending.add(pool.submit(analyse_chunk, chunk, taxonomy))
                    break


def _run_dask(
    tasks: Sequence[Task], jobs: int, taxonomy: str | None, scheduler: str | None
) -> Iterator[list[Outcome]]:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as err:  # pragma: no cover - depends on the install
        raise GapcheckError(
            "the dask engine needs dask.distributed",
            fix="install it with: pip install 'gapcheck[dask]'",
        ) from err
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=max(1, jobs), threads_per_worker=1, dashboard_address=None
        )
        client = Client(cluster)
    try:
        futures = client.map(
            analyse_chunk, _chunks(tasks, jobs), taxonomy=taxonomy, pure=False
        )
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _sha256(path: str) -> str:
    """The hash of the file's bytes; the file is checked as every command checks it."""
    import hashlib

    from gapcheck.ingest import read_file_bytes

    return hashlib.sha256(read_file_bytes(path)).hexdigest()


@dataclass
class AnalysedSet:
    """What :func:`analyse_many` produced."""

    analyses: dict[tuple[str, str], Analysis]
    errors: list[DocumentError]
    cached: int = 0
    analysed: int = 0


def analyse_many(
    items: Sequence[tuple[str, Kind]],
    *,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    cache: AnalysisCache | None = None,
    taxonomy: str | None = None,
    on_progress: Callable[[int], None] | None = None,
    on_error: Callable[[DocumentError], None] | None = None,
) -> AnalysedSet:
    """Analyse each (path, kind) once, reusing the cache; never stop for a bad file."""
    version = analysis_version(taxonomy)
    result = AnalysedSet({}, [])
    todo: dict[tuple[str, str, str], list[Task]] = {}

    def fail(error: DocumentError) -> None:
        result.errors.append(error)
        if on_error:
            on_error(error)
        if on_progress:
            on_progress(1)

    for path, kind in items:
        try:
            sha = _sha256(path)
        except GapcheckError as err:  # a folder, a missing or too large file
            fail(_error(path, kind, err))
            continue
        hit = cache.get(sha, kind, version, path) if cache is not None else None
        if hit is not None:
            result.analyses[(path, kind)] = hit
            result.cached += 1
            if on_progress:
                on_progress(1)
            continue
        todo.setdefault((sha, kind, declared_type(path)), []).append(
            Task(path, kind, sha)
        )

    # The same bytes under two names (of one type) are analysed once; each name
    # gets the analysis as its own document.
    leaders = [twins[0] for twins in todo.values()]
    if engine == "dask":
        batches = _run_dask(leaders, jobs, taxonomy, scheduler)
    else:
        batches = _run_local(leaders, jobs, taxonomy)
    for outcomes in batches:
        for task, analysis, error in outcomes:
            group = todo[(task.sha256, task.kind, declared_type(task.path))]
            if analysis is None:
                assert error is not None
                for twin in group:
                    fail(
                        DocumentError(
                            twin.path,
                            error.kind,
                            error.code,
                            error.message.replace(task.path, twin.path),
                        )
                    )
                continue
            if cache is not None:
                cache.put(task.sha256, task.kind, version, task.path, analysis)
            result.analysed += 1
            for twin in group:
                result.analyses[(twin.path, twin.kind)] = with_source(
                    analysis, twin.path
                )
                if on_progress:
                    on_progress(1)
    return result
