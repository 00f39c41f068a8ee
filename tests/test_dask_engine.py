"""The Dask engine on a real LocalCluster of two worker processes: the same bytes as the local
engine with a worker killed mid-build, a stopped build resumes with only the rest, and a story
whose worker dies every time fails by name while the others go on."""
import os
import signal
import subprocess
import sys
from pathlib import Path

import dask
import pytest
from distributed import LocalCluster

from generator.build.steps import build
from generator.cli import main
from generator.build.dask_engine import DaskEngine, map_batches

from .conftest import ROOT, make_seed, new_project
from .test_cache import generated, site_files

QUIET = {"progress": lambda m: None}

# Stories written for these tests: people recur, so briefings link each other as related.
STORIES = [
    ("a-talks.txt", "date 2023-05-01 Vale opens port talks\n\nHarbour Minister Ada Vale opened talks with "
     "the Dockers Union in Portmere on Monday.\n\n\"We will hear every crew,\" Vale said."),
    ("b-strike.txt", "date 2023-05-03 Dockers vote to strike\n\nThe Dockers Union voted to strike on "
     "Wednesday because wages had fallen behind prices, its leader Tom Reyes said."),
    ("c-offer.txt", "date 2023-05-05 Vale makes an offer\n\nAda Vale offered the Dockers Union a four per "
     "cent rise in Portmere on Friday.\n\n\"It is a fair offer,\" she said."),
    ("d-reject.txt", "date 2023-05-08 Union rejects offer\n\nTom Reyes rejected the offer from Ada Vale on "
     "Monday. \"Four per cent does not pay the rent,\" Reyes told reporters."),
    ("e-council.txt", "date 2023-05-09 Council backs dockers\n\nPortmere Council backed the dockers on "
     "Tuesday after a long meeting, said council leader Mina Okafor."),
    ("f-deal.txt", "date 2023-05-12 Port strike ends\n\nAda Vale and Tom Reyes agreed a deal in Portmere on "
     "Friday that ends the strike.\n\n\"Nobody got all they wanted,\" Okafor said."),
]


def project_with_stories(root: Path):
    project = new_project(root)
    for name, text in STORIES:
        make_seed(project.seeds, name, text)
    return project


class KillsAWorker(DaskEngine):
    """Kills a worker (SIGKILL) right after the first result of each step, one that holds work:
    tasks running or queued on it, or results not yet collected (the other batches in flight),
    which are lost with it and must be computed again."""

    killed: list[int]

    def _kill_a_busy_worker(self) -> None:
        client = self.client()
        holding = {addr: set(keys) for addr, keys in client.processing().items()}
        for addr, keys in client.has_what().items():
            holding.setdefault(addr, set()).update(keys)
        busy = sorted(addr for addr, keys in holding.items() if keys)
        assert busy, "nothing in flight to lose"
        pid = client.run(os.getpid, workers=busy[:1])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        self.killed.append(pid)

    def extract(self, todo, result):
        for n, out in enumerate(super().extract(todo, result)):
            if n == 0:
                self._kill_a_busy_worker()
            yield out

    def render(self, htmls):
        for n, out in enumerate(super().render(htmls)):
            if n == 0:
                self._kill_a_busy_worker()
            yield out


@pytest.fixture(scope="module")
def engine():
    # batches of one story, so a step has several tasks in flight when a worker dies
    with KillsAWorker(workers=2, extract_batch=1, pdf_batch=1) as e:
        e.killed = []
        yield e


def test_same_bytes_as_the_local_engine_with_a_worker_killed_mid_build(tmp_path, engine):
    local = project_with_stories(tmp_path / "local")
    on_dask = project_with_stories(tmp_path / "dask")
    expected = build(local, jobs=1, **QUIET)
    got = build(on_dask, engine=engine, **QUIET)
    assert len(engine.killed) == 2  # one worker in extraction, one in handouts
    for pid in engine.killed:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not got.failures and not expected.failures
    assert got.stats == expected.stats == {"facts_cached": 0, "facts_extracted": 6, "pdf_cached": 0,
                                           "pdf_rendered": 6}
    assert generated(on_dask) == generated(local)
    assert site_files(on_dask) == site_files(local)
    assert len([k for k in generated(on_dask) if k.endswith(".pdf")]) == 6


class StopsAfter(DaskEngine):
    """A build stopped (Ctrl-C) after `after` stories have come back."""

    after = 2

    def extract(self, todo, result):
        for n, out in enumerate(super().extract(todo, result), 1):
            yield out
            if n == self.after:
                raise KeyboardInterrupt


def test_a_stopped_build_resumes_with_only_the_rest(tmp_path, engine, capsys):
    project = project_with_stories(tmp_path / "p")
    address = engine.client().scheduler.address
    with StopsAfter(address, extract_batch=1) as stopper, pytest.raises(KeyboardInterrupt):
        build(project, engine=stopper, **QUIET)
    saved = len([p for p in (project.cache / "facts").rglob("*") if p.is_file()])
    assert StopsAfter.after <= saved < len(STORIES)
    # the command, on the same cluster by its address: only the rest is extracted
    assert main(["build", "--project", str(project.root), "--engine", "dask", "--scheduler", address]) == 0
    out = capsys.readouterr()
    assert f"facts: {saved} from cache, {len(STORIES) - saved} extracted" in out.out
    assert f"extracted {len(STORIES) - saved}/{len(STORIES) - saved} (" in out.err  # done/total, rate
    assert build(project, **QUIET).stats["facts_cached"] == len(STORIES)


def test_work_in_flight_is_bounded_whatever_the_number_of_items(engine):
    client = engine.client()
    held = []
    results = {}
    for i, value in map_batches(client, lambda xs: [x + 1 for x in xs], list(range(300)), batch=5, window=3,
                                lost=str):
        held.append(len(client.futures))  # the futures this client holds: submitted, not yet collected
        results[i] = value
    assert results == {i: i + 1 for i in range(300)}
    assert max(held) <= 3


def test_an_item_whose_worker_always_dies_fails_alone_and_by_name():
    def tenfold(xs):
        if 3 in xs:
            os._exit(1)  # the worker process dies, as when killed or out of memory
        return [(x * 10, None) for x in xs]

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        with LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as cluster:
            client = cluster.get_client()
            got = dict(map_batches(client, tenfold, list(range(8)), batch=3, window=2,
                                   lost=lambda exc: f"lost: {exc.__class__.__name__}"))
            client.close()
    assert got.pop(3) == (None, "lost: KilledWorker")
    assert got == {x: (x * 10, None) for x in range(8) if x != 3}


def test_the_cli_refuses_a_scheduler_without_the_dask_engine(tmp_path, capsys):
    project = project_with_stories(tmp_path / "p")
    assert main(["build", "--project", str(project.root), "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--engine dask" in capsys.readouterr().err


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, capsys):
    project = project_with_stories(tmp_path / "p")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["build", "--project", str(project.root), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    err = capsys.readouterr().err
    assert "build stopped: cannot reach the Dask scheduler tcp://127.0.0.1:9" in err
    assert not project.site.exists()


def test_the_local_engine_never_imports_dask(tmp_path):
    project = new_project(tmp_path / "p")
    make_seed(project.seeds, *STORIES[0])
    code = ("import sys\nfrom generator.cli import main\n"
            f"assert main(['build', '--project', {str(project.root)!r}]) == 0\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert (project.site / "index.html").is_file()


# -- issue 35: the same bounds, the same output; no dashboard unless asked for ---------------------------

def _listening(pid: int | None = None) -> list[tuple[str, int]]:
    import psutil

    process = psutil.Process(pid or os.getpid())
    return sorted((c.laddr.ip, c.laddr.port) for c in process.net_connections("tcp") if c.status == "LISTEN")


def _get(url: str) -> int:
    import urllib.error
    import urllib.request

    try:
        return urllib.request.urlopen(url, timeout=10).status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_both_engines_fail_a_seed_over_the_time_bound_alike(tmp_path, monkeypatch):
    from generator.build import extract_pool

    from .test_quote_flood import quote_flood

    flood = quote_flood(300_000)  # tens of seconds of spaCy
    local, on_dask = project_with_stories(tmp_path / "local"), project_with_stories(tmp_path / "dask")
    for project in (local, on_dask):
        make_seed(project.seeds, "flood.txt", flood)
    monkeypatch.setattr(extract_pool, "EXTRACT_TIMEOUT_S", 2)
    expected = build(local, jobs=1, **QUIET)
    with DaskEngine(workers=2) as engine:
        got = build(on_dask, engine=engine, **QUIET)
    failed = [(f.file, f.reason, f.over_bound) for f in expected.failures]
    assert failed == [("flood.txt", "facts could not be extracted: took longer than 2 s", True)]
    assert [(f.file, f.reason, f.over_bound) for f in got.failures] == failed
    assert generated(on_dask) == generated(local)
    assert site_files(on_dask) == site_files(local)


def test_the_dashboard_is_off_unless_asked_for_and_then_on_loopback_only():
    for dashboard in (False, True):
        with DaskEngine(workers=1, dashboard=dashboard) as engine:
            client = engine.client()
            info = client.scheduler_info()
            listening = _listening() + [a for addrs in client.run(_listening).values() for a in addrs]
            assert listening and all(ip == "127.0.0.1" for ip, _ in listening), listening
            port = info["services"]["dashboard"]
            worker_port = next(iter(info["workers"].values()))["services"]["dashboard"]
            pages = [_get(f"http://127.0.0.1:{port}/{path}") for path in ("status", "info/main/workers.html")]
            pages.append(_get(f"http://127.0.0.1:{worker_port}/metrics"))
            if dashboard:
                assert engine.dashboard_link.startswith("http://127.0.0.1:") and pages == [200, 200, 200]
            else:
                assert engine.dashboard_link is None and pages == [404, 404, 404]
