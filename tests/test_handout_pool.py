"""The PDF pool: bounded in time, a dead worker costs its items, never the build."""
import generator.build.handout_pool as pool
from generator.publish.handouts import handout_html
from generator.publish.render import Renderer


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


def test_workers_started_ahead_that_died_are_replaced(kishor):
    import time

    html = handout_html(kishor, Renderer(), kishor.date)
    pool.start_workers(2)
    started = pool._started[2]
    for proc in list(started._processes.values()):
        proc.kill()
    deadline = time.monotonic() + 60
    while not started._broken and time.monotonic() < deadline:  # the pool notices its dead workers
        time.sleep(0.1)
    assert started._broken
    results = list(pool.render_pdfs([html] * pool.POOL_MIN_ITEMS, jobs=2))
    assert all(reason is None and pdf.startswith(b"%PDF-") for pdf, reason in results)


def test_fonts_and_stylesheet_set_up_once_per_process_change_no_byte(kishor):
    """A process keeps one font set-up and the parsed stylesheet for all its handouts (much faster
    than WeasyPrint's default of both anew per document): each handout must still be, byte for
    byte, what WeasyPrint makes of its HTML as it is, whatever the process rendered before."""
    import weasyprint

    from generator.publish.handouts import FONT_DIR, _fonts_only_fetcher, html_to_pdf

    def as_it_is(html: str) -> bytes:  # WeasyPrint's defaults: a new font set-up, the <style> parsed
        return weasyprint.HTML(string=html, base_url=str(FONT_DIR) + "/", url_fetcher=_fonts_only_fetcher()).write_pdf(
            pdf_tags=True, pdf_identifier=False, uncompressed_pdf=False)

    a4 = handout_html(kishor, Renderer(), "2022-05-01")
    letter = handout_html(kishor, Renderer(), "2022-06-02", paper="letter")
    assert a4.count("<style>") == 1  # the case the parsed stylesheet serves
    in_turn = [html_to_pdf(h) for h in (a4, letter, a4, letter)]
    alone = [as_it_is(h) for h in (a4, letter)]
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
    code = ("import sys; from pathlib import Path; from generator.build.handout_pool import render_pdfs\n"
            "html = Path(sys.argv[1]).read_text('utf-8')\n"
            "if __name__ == '__main__':\n"
            "    out = list(render_pdfs([html] * 6, jobs=2)) + list(render_pdfs([html], jobs=1))\n"
            "    assert all(pdf and pdf.startswith(b'%PDF-') for pdf, _ in out), out\n")
    script = tmp_path / "render.py"
    script.write_text(code, "utf-8")
    subprocess.run([sys.executable, str(script), str(html)], cwd=ROOT, check=True, timeout=300,
                   env=dict(os.environ, TMPDIR=str(tmp), PYTHONPATH=str(ROOT)))
    assert not list(tmp.iterdir())
