"""The fork server of the multiprocess executor hands its steps a process with the instance's storage imported."""

import multiprocessing
import sys

from pipeline.defs.automation import MULTIPROCESS_RUN_CONFIG, PRELOAD_MODULES


def _state_of_child(queue: multiprocessing.Queue) -> None:
    queue.put({"sqlalchemy": "sqlalchemy" in sys.modules, "alembic": "alembic" in sys.modules})


def test_multiprocess_runs_preload_the_warm_up_module() -> None:
    start = MULTIPROCESS_RUN_CONFIG["execution"]["config"]["multiprocess"]["start_method"]
    assert start["forkserver"]["preload_modules"] == PRELOAD_MODULES
    assert "pipeline.defs.worker_preload" in PRELOAD_MODULES


def test_a_forked_step_process_starts_with_the_instance_storage_imported() -> None:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(PRELOAD_MODULES)
    queue = context.Queue()
    child = context.Process(target=_state_of_child, args=(queue,))
    child.start()
    state = queue.get(timeout=300)
    child.join(timeout=60)
    assert state == {"sqlalchemy": True, "alembic": True}
