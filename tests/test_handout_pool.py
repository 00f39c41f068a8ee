"""The PDF pool: bounded in time, a dead worker costs its items, never the build."""
import generator.handout_pool as pool
from generator.handouts import handout_html
from generator.render import Renderer


def test_a_render_over_the_time_bound_fails_cleanly(kishor, monkeypatch):
    html = handout_html(kishor, Renderer(), kishor.date)
    monkeypatch.setattr(pool, "PDF_TIMEOUT_S", 0.001)
    results = list(pool.render_pdfs([html] * pool.POOL_MIN_ITEMS, jobs=2))
    assert len(results) == pool.POOL_MIN_ITEMS
    assert all(pdf is None and "not done in time" in reason for pdf, reason in results)


def test_pool_results_are_pdfs_in_order(kishor):
    html = handout_html(kishor, Renderer(), kishor.date)
    results = list(pool.render_pdfs([html] * pool.POOL_MIN_ITEMS, jobs=2))
    assert all(reason is None and pdf.startswith(b"%PDF-") for pdf, reason in results)
    assert len({pdf for pdf, _ in results}) == 1


def test_workers_started_ahead_serve_the_next_render(kishor):
    html = handout_html(kishor, Renderer(), kishor.date)
    pool.start_workers(2)
    started = pool._started[2]
    results = list(pool.render_pdfs([html] * pool.POOL_MIN_ITEMS, jobs=2))
    assert not pool._started and started._shutdown_thread  # that pool rendered them and was shut down
    assert all(reason is None and pdf.startswith(b"%PDF-") for pdf, reason in results)


def test_one_font_set_up_per_process_changes_no_byte(kishor, monkeypatch):
    """A process keeps one FontConfiguration for all its handouts (much faster than one each): what
    it rendered before must not change a handout's bytes."""
    import threading

    import generator.handouts as handouts
    from generator.handouts import html_to_pdf

    a4 = handout_html(kishor, Renderer(), "2022-05-01")
    letter = handout_html(kishor, Renderer(), "2022-06-02", paper="letter")
    in_turn = [html_to_pdf(h) for h in (a4, letter, a4, letter)]
    alone = []
    for h in (a4, letter):
        monkeypatch.setattr(handouts, "_fonts", threading.local())  # a fresh font set-up, as a new process has
        alone.append(html_to_pdf(h))
    assert in_turn == alone * 2
    assert alone[0] != alone[1]


def test_workers_leave_no_font_folders(kishor, tmp_path):
    """Each process's font set-up keeps the fonts in a temporary folder: gone when the process ends,
    a pool worker's too."""
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    html = tmp_path / "handout.html"
    html.write_text(handout_html(kishor, Renderer(), kishor.date), "utf-8")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    code = ("import sys; from pathlib import Path; from generator.handout_pool import render_pdfs\n"
            "html = Path(sys.argv[1]).read_text('utf-8')\n"
            "if __name__ == '__main__':\n"
            "    out = list(render_pdfs([html] * 6, jobs=2)) + list(render_pdfs([html], jobs=1))\n"
            "    assert all(pdf and pdf.startswith(b'%PDF-') for pdf, _ in out), out\n")
    script = tmp_path / "render.py"
    script.write_text(code, "utf-8")
    subprocess.run([sys.executable, str(script), str(html)], cwd=ROOT, check=True, timeout=300,
                   env=dict(os.environ, TMPDIR=str(tmp), PYTHONPATH=str(ROOT)))
    assert not list(tmp.iterdir())
