"""How long `python -m generator serve` takes to show a new seed: from the file landing in seeds/
to the home page served with its headline, beside what the rebuild spent on the new seed's
extraction and on MkDocs (the page cache's rebuild).

    .venv/bin/python bench/serve_latency.py [--seeds 100] [--rounds 3]

The project is a temporary copy (this repo's mkdocs.yml, templates and About page) holding the
first N stories of ../shared/corpus/bbc-politics; each round adds one invented story.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-politics"
STORY = ("date 2021-06-{day:02d} Portmere ferry vote number {n}\n\nCouncil leader Alice Brennan said on Monday that "
         "the Portmere harbour council would raise ferry fares by a fifth because fuel costs had doubled.\n\n"
         "\"We cannot keep the old prices,\" Brennan told reporters in Portmere.")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, text: str, timeout: float = 900) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                if text in r.read().decode("utf-8"):
                    return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.05)
    raise SystemExit(f"{text!r} not served after {timeout} s")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "project"
        (project / "seeds").mkdir(parents=True)
        (project / "briefings").mkdir()
        shutil.copy(ROOT / "mkdocs.yml", project)
        shutil.copytree(ROOT / "templates", project / "templates")
        shutil.copy(ROOT / "briefings" / "about.md", project / "briefings")
        for path in sorted(CORPUS.glob("*.txt"))[: args.seeds]:
            shutil.copy(path, project / "seeds")
        port, log = free_port(), Path(tmp) / "serve.log"
        with log.open("wb") as out:
            proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--project", str(project),
                                     "--port", str(port)], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        try:
            url = f"http://127.0.0.1:{port}/"
            cold = wait_for(url, "Political briefings")
            print(f"{args.seeds} seeds: first build and serve in {cold:.1f} s")
            for n in range(1, args.rounds + 1):
                seen = len(log.read_text("utf-8", "replace"))
                (project / "seeds" / f"zz-new-{n}.txt").write_text(STORY.format(day=n, n=n), "utf-8")
                shown = wait_for(url, f"Portmere ferry vote number {n}")
                time.sleep(0.5)
                tail = log.read_text("utf-8", "replace")[seen:]
                facts = re.findall(r"facts of \d+ seed\(s\) in ([\d.]+) s", tail)
                mkdocs = re.findall(r"mkdocs build in ([\d.]+) s", tail)
                print(f"round {n}: new seed on the served home page after {shown:.2f} s "
                      f"(rebuild: facts {facts[-1] if facts else '?'} s, mkdocs build {mkdocs[-1] if mkdocs else '?'} s)")
        finally:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(60)


if __name__ == "__main__":
    main()
