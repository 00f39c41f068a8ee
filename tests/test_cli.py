"""The commands, as a user and the scorer run them."""
import json
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SEED


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})


def test_extract_json_prints_the_scorer_contract(tmp_path):
    (tmp_path / "bad.txt").write_text("")
    (tmp_path / SEED.name).write_bytes(SEED.read_bytes())
    proc = run("extract", "--json", str(tmp_path))
    assert proc.returncode == 1  # one seed failed
    assert "bad.txt: is empty" in proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(lines) == 1
    obj = lines[0]
    assert obj["id"] == SEED.stem
    assert obj["who"][0]["name"] == "Prashant Kishor" and "role" in obj["who"][0]
    assert isinstance(obj["what"]["text"], str)
    assert set(obj["when"]) >= {"text", "date"}
    assert all("name" in p for p in obj["where"])
    assert all("text" in f for f in obj["why"])
    assert all({"text", "speaker"} <= set(q) for q in obj["quotes"])


def test_build_stops_with_a_clear_message_on_a_broken_template(project):
    (project.templates / "home.md.j2").write_text("{% if %}")
    proc = run("build", "--project", str(project.root))
    assert proc.returncode == 2
    assert "home.md.j2, line 1" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_the_dask_dashboard_is_asked_for_only_with_the_dask_engine(project):
    proc = run("build", "--project", str(project.root), "--dashboard")
    assert proc.returncode == 2
    assert "--dashboard are for --engine dask" in proc.stderr and "Traceback" not in proc.stderr
