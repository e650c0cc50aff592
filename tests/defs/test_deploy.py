"""The shipped Kubernetes deployment (deploy/k8s) loads and validates against dagster-k8s's executor."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from dagster import DagsterInvalidConfigError, Definitions, load_assets_from_modules, validate_run_config

from pipeline.defs import assets
from pipeline.defs.automation import build_job
from pipeline.defs.resources import PipelineConfig, RunStagingIOManager

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def _k8s_job(monkeypatch):
    monkeypatch.setenv("PIPELINE_K8S_RUN_CONFIG", str(DEPLOY / "k8s" / "executor.yaml"))
    defs = Definitions(
        assets=load_assets_from_modules([assets]),
        jobs=[build_job("k8s")],
        resources={"pipeline_config": PipelineConfig(), "io_manager": RunStagingIOManager()},
    )
    return defs.resolve_job_def("ingest_and_publish")


def test_the_k8s_executor_config_validates_against_dagster_k8s(monkeypatch):
    job = _k8s_job(monkeypatch)
    assert job.executor_def.name == "k8s"
    shipped = yaml.safe_load((DEPLOY / "k8s" / "executor.yaml").read_text())
    resolved = validate_run_config(job, shipped)  # raises DagsterInvalidConfigError on any unknown or bad key
    execution = resolved["execution"]["k8s"]
    assert execution["volume_mounts"][0]["mountPath"] == "/data"
    assert "PIPELINE_OUTPUT_DIR=/data/outputs" in execution["env_vars"]
    assert validate_run_config(job, {})["execution"] == resolved["execution"]  # the job's default is that file


def test_a_wrong_key_in_the_executor_config_is_refused(monkeypatch):
    job = _k8s_job(monkeypatch)
    with pytest.raises(DagsterInvalidConfigError):
        validate_run_config(job, {"execution": {"config": {"max_concurent": 4}}})


def test_helm_values_point_every_pod_at_the_code_location_and_the_shared_volume():
    values = yaml.safe_load((DEPLOY / "k8s" / "values.yaml").read_text())
    executor = yaml.safe_load((DEPLOY / "k8s" / "executor.yaml").read_text())["execution"]["config"]
    volume = yaml.safe_load((DEPLOY / "k8s" / "volume.yaml").read_text())
    claim = volume["metadata"]["name"]
    assert volume["spec"]["accessModes"] == ["ReadWriteMany"]  # every step pod mounts it at once

    deployment = values["dagster-user-deployments"]["deployments"][0]
    assert deployment["dagsterApiGrpcArgs"] == ["--module-name", "pipeline.defs"]
    env = {item["name"]: item["value"] for item in deployment["env"]}
    assert env["PIPELINE_EXECUTOR"] == "k8s"
    assert env["PIPELINE_K8S_RUN_CONFIG"].endswith("deploy/k8s/executor.yaml")
    assert "COPY deploy ./deploy" in (DEPLOY / "Dockerfile").read_text()  # that file is in the image
    launcher = values["runLauncher"]["config"]["k8sRunLauncher"]
    for volumes in (deployment["volumes"], launcher["volumes"], executor["volumes"]):
        assert volumes[0]["persistentVolumeClaim"]["claimName"] == claim

    limits = values["dagsterDaemon"]["runCoordinator"]["config"]["queuedRunCoordinator"]["tagConcurrencyLimits"]
    job_tags = build_job().tags
    assert [(lim["key"], lim["limit"]) for lim in limits] == [("news_pipeline/publisher", 1)]
    assert "news_pipeline/publisher" in job_tags  # the limit applies to this job's runs
