"""The fork server of the multiprocess executor hands its steps a warm process: storage imported, models loaded."""

import multiprocessing
import sys

from pipeline.defs.automation import MULTIPROCESS_RUN_CONFIG, PRELOAD_MODULES


def _state_of_child(queue: multiprocessing.Queue) -> None:
    from pipeline.stages import boilerplate

    queue.put(
        {
            "sqlalchemy": "sqlalchemy" in sys.modules,
            "alembic": "alembic" in sys.modules,
            "stop_lists_loaded": boilerplate._stop_index.cache_info().currsize == 1,
        }
    )


def test_multiprocess_runs_preload_the_warm_up_module() -> None:
    start = MULTIPROCESS_RUN_CONFIG["execution"]["config"]["multiprocess"]["start_method"]
    assert start["forkserver"]["preload_modules"] == PRELOAD_MODULES
    assert "pipeline.defs.worker_preload" in PRELOAD_MODULES


def test_a_forked_step_process_starts_with_storage_imported_and_models_loaded() -> None:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD_MODULES)
    queue = context.Queue()
    child = context.Process(target=_state_of_child, args=(queue,))
    child.start()
    state = queue.get(timeout=300)
    child.join(timeout=60)
    assert state == {"sqlalchemy": True, "alembic": True, "stop_lists_loaded": True}
