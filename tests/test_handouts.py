"""PDF handouts for print, rendered by WeasyPrint and read back with pypdf."""
import io
import shutil

import pypdf
import pytest

from generator.facts import Briefing, Fact, Quote
from generator.publish.handouts import HandoutError, render_pdf
from generator.publish.render import Renderer

from .conftest import ROOT


def pdf(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def text(reader: pypdf.PdfReader) -> str:
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture(scope="module")
def a4(kishor):
    return render_pdf(kishor, Renderer(), "2022-05-01")


def test_handout_is_one_a4_page_with_header_key_facts_quotes_and_footer(kishor, a4):
    reader = pdf(a4)
    assert len(reader.pages) == 1
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [595, 842]
    body = text(reader)
    assert " ".join(kishor.title.split()[:4]) in body
    assert "26 April 2022" in body
    for label in ("Key facts", "Who", "What", "Why", "Quotes", "Context"):
        assert label.upper() in body.upper(), label
    assert "Randeep Surjewala, senior party leader" in body  # "senior party leader Randeep Surjewala tweeted"
    assert "Source: not given" in body and "briefing as of 1 May 2022" in body
    assert "Page 1 of 1" in body


def test_us_letter_by_option_and_unknown_paper_refused(kishor):
    reader = pdf(render_pdf(kishor, Renderer(), "2022-05-01", paper="letter"))
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]
    with pytest.raises(HandoutError, match="paper"):
        render_pdf(kishor, Renderer(), "2022-05-01", paper="a0-poster")


def test_tagged_pdf_with_metadata_bundled_fonts_and_stable_bytes(kishor, a4):
    reader = pdf(a4)
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en" and "/StructTreeRoot" in root and root["/MarkInfo"]["/Marked"]
    assert reader.metadata.title == kishor.title
    assert "Prashant Kishor" in reader.metadata["/Keywords"]
    fonts = {str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert fonts and all("Briefing-Sans" in f for f in fonts), fonts  # the bundled Source Sans, not system fonts
    assert render_pdf(kishor, Renderer(), "2022-05-01") == a4


def test_a_long_story_stays_within_two_pages(kishor):
    b = Briefing.from_dict(kishor.to_dict())
    b.quotes = [Quote(f"Quote number {i}, which goes on for a while to fill the line and some more. " * 3,
                      "Prashant Kishor", role="strategist") for i in range(12)]
    b.context = [Fact(f"Background sentence {i} " + "with detail " * 30) for i in range(12)]
    reader = pdf(render_pdf(b, Renderer(), "2022-05-01"))
    assert len(reader.pages) <= 2
    assert "more quotes in the online briefing" in text(reader)
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in text(reader)


def test_handouts_fetch_nothing_but_their_fonts(kishor, tmp_path):
    """A template (or a seed, were it ever unescaped) that points WeasyPrint at local files or the
    network gets nothing: no embedded file, no image, and the render still succeeds."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    own = tmp_path / "templates"
    own.mkdir()
    template = (ROOT / "templates" / "handout.html.j2").read_text("utf-8")
    own.joinpath("handout.html.j2").write_text(template.replace(
        "</body>",
        f'<a rel="attachment" href="{secret.as_uri()}">file</a><img src="{secret.as_uri()}" alt="x">'
        '<img src="http://127.0.0.1:9/x.png" alt="y"><link rel="stylesheet" href="http://127.0.0.1:9/x.css">'
        "</body>"))
    data = render_pdf(kishor, Renderer(own), "2022-05-01")
    reader = pdf(data)
    assert "/EmbeddedFiles" not in str(reader.trailer["/Root"].get("/Names", {}))
    assert b"TOP-SECRET" not in data and reader.attachments == {}
    assert "/XObject" not in reader.pages[0]["/Resources"] or not [
        x for x in reader.pages[0]["/Resources"]["/XObject"].values() if x.get_object()["/Subtype"] == "/Image"]


def test_paper_option_reaches_the_build(monkeypatch, tmp_path):
    import generator.build.steps
    from generator.cli import main

    seen = {}
    monkeypatch.setattr(generator.build.steps, "build", lambda project, **kw: seen.update(kw) or generator.build.steps.BuildResult())
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    assert main(["build", "--project", str(tmp_path), "--paper", "letter"]) == 0
    assert seen["paper"] == "letter"
    with pytest.raises(SystemExit):
        main(["build", "--paper", "tabloid"])


def test_an_unnamed_speaker_is_printed_as_described(kishor):
    b = Briefing.from_dict(kishor.to_dict())
    b.quotes = [Quote("The talks went nowhere and everyone in the room knew it.", "a senior party leader",
                      described=True)]
    body = text(pdf(render_pdf(b, Renderer(), "2022-05-01")))
    assert "a senior party leader, unnamed" in body
