"""The folder sensor and the schedule, evaluated for real on a real folder."""

from __future__ import annotations

import time

from dagster import DefaultScheduleStatus, RunRequest, SkipReason, build_sensor_context

from pipeline.defs.automation import IN_PROCESS_RUN_CONFIG, daily_reingest, new_articles_sensor
from pipeline.defs.resources import PipelineConfig

SETTLE = 0.5


def _evaluate(folder, cursor):
    config = PipelineConfig(input_dir=str(folder), output_dir=str(folder.parent / "out"), sensor_settle_seconds=SETTLE)
    context = build_sensor_context(cursor=cursor, resources={"pipeline_config": config})
    result = new_articles_sensor(context)
    return result, context.cursor


def test_many_new_files_make_one_run_and_nothing_new_makes_none(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(25):
        (folder / f"article-{i}.txt").write_text(f"Article number {i} about the markets.\n")
    time.sleep(SETTLE + 0.2)
    first, cursor = _evaluate(folder, None)
    assert isinstance(first, RunRequest)  # 25 files, one run
    assert first.run_config == IN_PROCESS_RUN_CONFIG  # a small batch runs in one process (no per-step start-up)
    second, cursor_again = _evaluate(folder, cursor)
    assert isinstance(second, SkipReason) and cursor_again == cursor


def test_a_file_still_being_written_waits_until_it_settles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "old.txt").write_text("Already here.\n")
    time.sleep(SETTLE + 0.2)
    _, cursor = _evaluate(folder, None)
    (folder / "growing.txt").write_text("The first half of an article")
    waiting, cursor_waiting = _evaluate(folder, cursor)
    assert isinstance(waiting, SkipReason) and "still being written" in waiting.skip_message
    assert cursor_waiting == cursor
    time.sleep(SETTLE + 0.2)
    ready, _ = _evaluate(folder, cursor)
    assert isinstance(ready, RunRequest) and ready.tags["news_pipeline/new_files"] == "1"


def test_changed_file_triggers_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    article = folder / "a.txt"
    article.write_text("First version.\n")
    time.sleep(SETTLE + 0.2)
    _, cursor = _evaluate(folder, None)
    article.write_text("Second version with a correction.\n")
    time.sleep(SETTLE + 0.2)
    again, _ = _evaluate(folder, cursor)
    assert isinstance(again, RunRequest)


def test_schedule_is_daily_and_off_by_default():
    assert daily_reingest.cron_schedule == "0 6 * * *"
    assert daily_reingest.default_status == DefaultScheduleStatus.STOPPED
