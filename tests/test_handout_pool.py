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
