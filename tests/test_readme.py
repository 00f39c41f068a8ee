"""The README is for users: every shell command in it runs as written, in order, on a temporary copy of
the project, and its seed, YAML and output examples are what the product reads and prints.

The copy uses this project's .venv (a link), so `make` must find it installed: the copy's lock files
keep the installed venv's time, and the test stops, rather than reinstalls into a shared venv, when
`make` would still set it up again. Two commands run with one change each: `make test` runs only
tests/test_help.py (`PYTEST_ADDOPTS`; the whole suite would run this test again), and the servers,
which run until stopped, listen on a free port instead of 8000 (another test run may hold it); each
is stopped once it serves the site.
"""
from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest
import yaml

from .conftest import ROOT, SEED

README = ROOT / "README.md"
DOCS = [README, ROOT / "CHANGELOG.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```(\w*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)
CORRECTIONS_FILE = re.compile(r"\A# (seeds/\S+\.corrections\.yml)\n")
SERVERS = ("-m generator serve", "-m http.server")
INSTALL_INPUTS = ("requirements.lock", "requirements-bootstrap.lock", "pyproject.toml", "Makefile")
NOT_COPIED = {".venv", ".git", ".cache", ".pytest_cache", ".hypothesis", "__pycache__"}
OUTPUTS = {"site", "build", "dist"}  # build outputs at the top only: generator/build/ is code


def blocks(lang: str) -> list[str]:
    return [body for kind, body in BLOCK.findall(README.read_text("utf-8")) if kind == lang]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def copy_project(dest: Path) -> Path:
    """The project as a user has it: its files, the shipped seed, no build output; this project's venv."""
    generated = {line.strip("/") for line in (ROOT / "briefings" / ".gitignore").read_text().split() if line}

    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder).resolve()
        skip = {n for n in names if n in NOT_COPIED or n.startswith(".build-") or n.endswith(".egg-info")}
        if here == ROOT:
            skip |= OUTPUTS & set(names)
        if here == ROOT / "briefings":
            skip |= generated & set(names)
        if here == ROOT / "seeds":
            skip |= set(names) - {SEED.name}
        return skip

    shutil.copytree(ROOT, dest, ignore=ignore, symlinks=True)
    venv = (ROOT / ".venv").resolve()
    stamp = venv / ".installed"
    if not stamp.is_file():
        pytest.fail(f"{venv} was not set up by make (no .installed): run `make test` once")
    (dest / ".venv").symlink_to(venv)
    installed = stamp.stat().st_mtime_ns
    for name in INSTALL_INPUTS:  # the same files the venv was installed from; never newer than it
        path = dest / name
        if path.stat().st_mtime_ns > installed:
            os.utime(path, ns=(installed, installed))
    if subprocess.run(["make", "-q", ".venv/.installed"], cwd=dest).returncode != 0:
        pytest.fail("make would set up .venv again in the copy; it would install into this project's venv")
    return dest


def run_block(body: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTEST_ADDOPTS="tests/test_help.py")
    proc = subprocess.run(["bash", "-euo", "pipefail", "-c", body], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=900)
    said = proc.stdout + proc.stderr
    assert proc.returncode == 0, f"README command failed (exit {proc.returncode}):\n{body}\n{said[-3000:]}"
    assert "Traceback" not in said and "WARNING" not in said, f"{body}\n{said[-3000:]}"
    return proc


def serve_block(body: str, cwd: Path) -> str:
    """Start a server the README names, wait until it serves the home page, stop it; the page."""
    assert len(body.strip().splitlines()) == 1, f"a server's block holds that one command:\n{body}"
    port = free_port()
    command = body.strip()
    command = command.replace(" 8000 ", f" {port} ") if "http.server" in command else f"{command} --port {port}"
    log = cwd.parent / "server.log"  # a file, not a pipe: a pipe nobody reads would stop the server when full
    with log.open("w") as out:
        server = subprocess.Popen(["bash", "-c", command], cwd=cwd, start_new_session=True, stdout=out,
                                  stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 300
        while True:
            assert server.poll() is None, f"{command} stopped:\n{log.read_text()[-3000:]}"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
                    return response.read().decode("utf-8")
            except OSError:
                assert time.monotonic() < deadline, f"{command} served nothing in 300 s"
                time.sleep(0.5)
    finally:
        os.killpg(server.pid, signal.SIGINT)  # Ctrl-C, as the README says
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def page_of_the_shipped_seed(project: Path) -> str:
    pages = list((project / "site" / "briefings").glob("2022-04-26-*/index.html"))
    assert len(pages) == 1, pages
    return pages[0].read_text("utf-8")


def test_every_shell_command_of_the_readme_runs_as_written(tmp_path):
    project = copy_project(tmp_path / "project")
    ran: list[str] = []
    for kind, body in BLOCK.findall(README.read_text("utf-8")):
        target = CORRECTIONS_FILE.match(body) if kind == "yaml" else None
        if target:  # the README's edit of a corrections file: its content is the block
            path = project / target.group(1)
            assert path.is_file(), f"the README edits {target.group(1)} before any command writes it"
            path.write_text(body, "utf-8")
            continue
        if kind != "sh":
            continue
        if any(server in body for server in SERVERS):
            home = serve_block(body, project)
            assert "Portmere council votes to raise ferry fares" in home and "Prashant Kishor" in home
            continue
        said = run_block(body, project).stdout
        ran.append(body)
        if "make site" in body:
            assert re.search(r"built \d+ briefing\(s\), 0 failed", said), said
    assert any("make test" in body for body in ran) and any("corrections init" in body for body in ran)

    # What the commands were for: two briefings, the correction shown, a digest, the overridden template.
    assert len(list((project / "site" / "handouts").glob("*.pdf"))) == 2
    page = page_of_the_shipped_seed(project)
    for mark in ("checked by an editor", "added by an editor", ">corrected</em>"):
        assert mark in page
    assert (project / "april.pdf").read_bytes().startswith(b"%PDF")
    assert (project / "my-templates" / "briefing.md.j2").is_file()


def test_the_readme_seeds_are_seeds_and_its_failure_is_what_a_build_prints(tmp_path):
    from generator.input.seeds import SeedError, read_seed

    markdown, = [body for body in blocks("markdown") if body.startswith("---\n")]
    path = tmp_path / "story.md"
    path.write_text(markdown, "utf-8")
    seed = read_seed(path)
    assert seed.title and seed.source and seed.tags and seed.date.isoformat() == "2024-03-14"

    output, = [body for body in blocks("text") if "FAILED" in body]
    name, reason = re.search(r"FAILED (\S+): (.*)", output).groups()
    (tmp_path / name).write_text("Notes for Monday's meeting\n", "utf-8")
    with pytest.raises(SeedError) as failed:
        read_seed(tmp_path / name)
    assert failed.value.problem == reason


def test_the_readme_yaml_is_what_the_product_reads():
    from generator.editorial.corrections import ACTOR_KEYS, QUOTE_KEYS, STORY_KEYS, parse_identities, parse_story

    story = [b for b in blocks("yaml") if CORRECTIONS_FILE.match(b)]
    identities = [b for b in blocks("yaml") if "aliases:" in b]
    config = [b for b in blocks("yaml") if b.startswith("site_url:")]
    assert len(story) == len(identities) == len(config) == 1
    assert not parse_story(story[0].encode(), "example").problems.items
    found, problems = parse_identities(identities[0].encode(), "example")
    assert found and not problems.items
    assert yaml.safe_load(config[0])["site_url"].startswith("https://")

    # the key table names the keys the corrections reader takes, and each key it takes is in the table
    table = re.search(r"^\| Key \| What it corrects \|\n\|---\|---\|\n((?:\|.*\n)+)", README.read_text("utf-8"),
                      re.MULTILINE).group(1)
    keys = set(re.findall(r"^\| ((?:`\w+`(?:, )?)+) \|", table, re.MULTILINE))
    named = {k for cell in keys for k in re.findall(r"`(\w+)`", cell)}
    assert named == set(STORY_KEYS)
    for key in set(QUOTE_KEYS + ACTOR_KEYS) - {"quote", "actor"}:
        assert f"`{key}" in table, key


def test_the_readme_is_for_users():
    text = README.read_text("utf-8")
    assert len(text.encode()) <= 15_000
    assert "../shared" not in text and not re.search(r"\bissues? \d", text, re.IGNORECASE)
    for image in re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text):
        assert image.endswith(".png") and (ROOT / image).stat().st_size < 150_000, image


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_lead_to_files_that_exist(doc):
    text = BLOCK.sub("", doc.read_text("utf-8"))  # code is not links
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target) or target.startswith("#"):
            continue
        assert (doc.parent / target.split("#")[0]).exists(), f"{doc.name} links {target}, which does not exist"
