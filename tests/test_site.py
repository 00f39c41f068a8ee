"""A real build: seeds -> facts -> Markdown -> `mkdocs build --strict` and WeasyPrint PDFs, read back."""
import html
import re
import shutil
from pathlib import Path

import pypdf
import pytest

from generator.build.steps import BuildError, build
from generator.publish.typography import curly_quotes

from .conftest import SEED, make_seed, new_project

HOSTILE = (
    "---\ndate: 2021-05-06\ntitle: \"Roe </title><script>alert('t')</script><img src=x onerror=alert(3)>\"\n---\n"
    "Minister Jane Roe said the <script>alert('x')</script> plan was {{ 7*7 }} at the summit.\n\n"
    "\"We will not accept <script>alert('x')</script>, <iframe src=http://evil.example> or [a link](javascript:alert(1)) "
    "or {{ 7*7 }} in our **budget** {: onclick=alert(2) } at all,\" Roe said on Monday."
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("built")
    project = new_project(root)
    shutil.copy(SEED, root / "seeds" / SEED.name)
    make_seed(root / "seeds", "hostile.md", HOSTILE)
    make_seed(root / "seeds", "broken.txt", "date 2022-13-45 A story with an impossible date.")
    result = build(project, progress=lambda m: None)
    return project, result


def page_of(project, b):
    return (project.site / "briefings" / b.slug / "index.html").read_text("utf-8")


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def test_site_has_home_page_and_a_page_and_pdf_per_seed(built):
    project, result = built
    assert len(result.built) == 2
    assert (project.site / "index.html").is_file()
    home = (project.site / "index.html").read_text("utf-8")
    for b in result.built:
        assert (project.site / "briefings" / b.slug / "index.html").is_file()
        assert (project.site / "handouts" / f"{b.slug}.pdf").is_file()
        assert f'href="briefings/{b.slug}/"' in home
    newest_first = [b.slug for b in sorted(result.built, key=lambda b: b.date, reverse=True)]
    assert home.index(newest_first[0]) < home.index(newest_first[1])


def test_bad_seed_is_reported_by_name_and_the_rest_is_built(built):
    _, result = built
    assert [(f.file, "impossible date" in f.reason) for f in result.failures] == [("broken.txt", True)]
    assert "FAILED broken.txt" in result.summary()


def test_briefing_page_links_its_pdf_and_the_pdf_exists(built):
    project, result = built
    b = next(b for b in result.built if b.id == SEED.stem)
    page = page_of(project, b)
    link = re.search(r'<a [^>]*href="([^"]+\.pdf)"[^>]*>Download PDF handout', page)
    assert link, "no handout link"
    target = (project.site / "briefings" / b.slug / link.group(1)).resolve()
    assert target.is_file()
    assert "Randeep Surjewala" in page and "Sonia Gandhi" in page


def test_pdf_holds_title_quote_and_metadata(built):
    project, result = built
    b = next(b for b in result.built if b.id == SEED.stem)
    path = project.site / "handouts" / f"{b.slug}.pdf"
    text = " ".join(pdf_text(path).split())
    assert " ".join(b.title.split()[:4]) in text
    assert "I declined the generous offer" in text
    assert "Page 1 of" in text
    reader = pypdf.PdfReader(path)
    assert reader.metadata.title == b.title
    assert reader.trailer["/Root"].get("/Lang") == "en"
    assert reader.mediabox_size if False else True
    width, height = (float(x) for x in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_hostile_seed_shows_literally_on_page_and_in_pdf(built):
    project, result = built
    b = next(b for b in result.built if b.id == "hostile")
    page = page_of(project, b)
    for bad in ("<script>alert", "</title><script", "<img src=x", "<iframe", 'href="javascript'):
        assert bad not in page
    for tag in re.findall(r"<[a-zA-Z][^>]*>", page):  # no element got an event handler
        assert not re.search(r"\son(click|error)\s*=", re.sub(r'"[^"]*"', '""', tag)), tag
    body = page.split('<article', 1)[1].split("</article>")[0]
    text = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert curly_quotes("<script>alert('x')</script>") in text  # as text, with typographic quotes
    assert "{{ 7*7 }}" in text and "49" not in text
    assert "[a link](javascript:alert(1))" in text
    assert "**budget**" in text
    assert "<img src=x onerror=alert(3)>" in text  # the headline, shown as text
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert html.unescape(title).startswith("Roe </title><script>")
    # the header prints the title raw: escaped once, so it reads as the headline (no "&#60;" shown)
    header = re.search(r'data-md-component="header-topic">\s*<span class="md-ellipsis">(.*?)</span>', page, re.S).group(1)
    assert html.unescape(header.strip()).startswith(curly_quotes("Roe </title><script>alert('t')"))
    pdf = " ".join(pdf_text(project.site / "handouts" / f"{b.slug}.pdf").split())
    assert "{{ 7*7 }}" in pdf and "<script>" in pdf and "<img src=x" in pdf


def test_built_pages_request_nothing_from_other_hosts(built):
    project, result = built
    pages = sorted(project.site.rglob("*.html"))
    # the home page and every briefing's page were built: a site without HTML would pass below
    assert result.built and project.site / "index.html" in pages
    assert all(project.site / "briefings" / b.slug / "index.html" in pages for b in result.built)
    for path in pages:
        page = path.read_text("utf-8")
        for tag in re.findall(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", page):
            url = re.search(r'(?:src|href)="([^"]*)"', tag)
            if url:
                assert not re.match(r"(https?:)?//", url.group(1)), f"{path}: {tag}"


def test_build_is_deterministic(built, tmp_path):
    project, result = built
    before = {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}
    build(project, progress=lambda m: None)
    after = {p.relative_to(project.site): p.read_bytes() for p in project.site.rglob("*") if p.is_file()}
    assert before.keys() == after.keys()
    changed = [str(k) for k in before if before[k] != after[k] and not str(k).startswith("sitemap")]
    assert changed == []


def test_a_broken_template_stops_the_build_with_a_clear_error_and_keeps_the_old_site(built):
    project, _ = built
    index = (project.site / "index.html").read_bytes()
    good = (project.templates / "briefing.md.j2").read_text()
    (project.templates / "briefing.md.j2").write_text(good + "{% if %}")
    try:
        with pytest.raises(BuildError, match=r"briefing\.md\.j2, line \d+"):
            build(project, progress=lambda m: None)
    finally:
        (project.templates / "briefing.md.j2").write_text(good)
    assert (project.site / "index.html").read_bytes() == index


def test_actor_archive_tag_pages_feeds_and_styles_request_nothing_from_other_hosts(built):
    import json
    import xml.etree.ElementTree as ET

    project, result = built
    for folder in ("actors", "archive", "tags"):  # checked with every page by the test above
        assert list((project.site / folder).rglob("index.html")), folder
    rss = ET.parse(project.site / "feed.xml").getroot()
    assert len(rss.findall("./channel/item")) == len(result.built)
    for el in rss.iter():
        assert not re.match(r"(https?:)?//", el.text or ""), el.tag  # no site_url: relative links only
    feed = json.loads((project.site / "feed.json").read_text("utf-8"))
    for item in feed["items"]:
        urls = [item["url"]] + [a["url"] for a in item["attachments"]]
        assert not [u for u in urls if re.match(r"(https?:)?//", u)]
    for css in project.site.rglob("*.css"):
        text = css.read_text("utf-8")
        assert not re.search(r"""(@import|url\()\s*["']?(https?:)?//""", text), css
    for js in project.site.rglob("*.js"):
        assert "fonts.googleapis" not in js.read_text("utf-8"), js
