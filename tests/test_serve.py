"""`python -m generator serve`: a real server process on a free port, a seed added while it runs,
and the page polled for until it appears. The process is always ended, whatever happens."""
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

from generator.build.serve import watched_paths

from .conftest import ROOT, make_seed, new_project

FIRST = ("date 2021-06-14 Portmere council votes to raise ferry fares\n\nCouncil leader Alice Brennan said on "
         "Monday that the Portmere harbour council would raise ferry fares by a fifth because fuel costs had doubled.")
SECOND = ("date 2021-06-18 Ferry union calls a strike in Portmere\n\nThe Ferry Workers Union called a strike on "
          "Friday over the new fares, union spokesman Dan Reyes said in Portmere.\n\n"
          "\"Families on the islands will pay for this,\" Reyes said.")
WAIT_S = 300  # a cold start loads spaCy and WeasyPrint: generous on a busy machine


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return None


def poll(url: str, ready, proc, log) -> str:
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        body = fetch(url)
        if body is not None and ready(body):
            return body
        assert proc.poll() is None, f"serve ended (exit {proc.returncode}):\n{log.read_text('utf-8', 'replace')}"
        time.sleep(0.5)
    raise AssertionError(f"{url} not ready after {WAIT_S} s:\n{log.read_text('utf-8', 'replace')}")


def test_serve_rebuilds_when_a_seed_is_added_and_reports_a_bad_one(tmp_path):
    project = new_project(tmp_path / "project")
    make_seed(project.seeds, "first.txt", FIRST)
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--project", str(project.root), "--port", str(port),
             "--jobs", "1"],
            cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        home = poll(base, lambda body: "Portmere council votes to raise ferry fares" in body, proc, log)
        assert "livereload" in home  # the browser is told to reload after a rebuild

        make_seed(project.seeds, "second.txt", SECOND)
        make_seed(project.seeds, "broken.txt", "no date line, so not a seed")
        poll(base, lambda body: "Ferry union calls a strike in Portmere" in body, proc, log)
        feed = json.loads(poll(base + "feed.json", lambda body: "strike" in body, proc, log))
        url = next(i["url"] for i in feed["items"] if i["title"] == "Ferry union calls a strike in Portmere")
        page = poll(base + url, lambda body: "Families on the islands" in body, proc, log)
        assert '<details class="provenance">' in page  # the new briefing's facts show their sources

        assert proc.poll() is None  # a bad seed does not stop the server
        deadline = time.monotonic() + 30
        while "FAILED broken.txt" not in log.read_text("utf-8", "replace") and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "FAILED broken.txt: has no date" in log.read_text("utf-8", "replace")
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # its own session: the server and its workers
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(30)


def test_serve_watches_what_a_build_reads_and_not_what_it_writes(project):
    (project.root / "corrections").mkdir()
    watched = watched_paths(project)
    assert set(watched) == {project.seeds, project.templates, project.root / "corrections", project.config}
    assert project.docs not in watched and project.site not in watched and project.cache not in watched
