"""The digest: a period's briefings in one PDF with a cover and a table of contents (pypdf reads it back)."""
import re

import pypdf
import pytest

from generator.cli import main
from generator.publish.digest import DigestError, write_digest

from .conftest import SEED

OTHER = {
    "2022-03-10-panel.txt": (
        "date 2022-03-10 Congress names review panel\n\nThe Congress on Thursday named a panel led by Sonia "
        "Gandhi to review its defeat in five states, party spokesman Randeep Surjewala said in New Delhi."),
    "2022-05-02-walk.txt": (
        "date 2022-05-02 Kishor to walk across Bihar\n\nElection strategist Prashant Kishor said on Monday "
        "that he would walk 3,000 km across Bihar because the state needed a new kind of politics."),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory, kishor):
    """A built project's published facts: <root>/briefings/briefings/<slug>.json."""
    from generator.slugs import assign_slugs
    from generator.editorial.identity import link_related
    from generator.extract import extract
    from generator.input.seeds import read_seed

    root = tmp_path_factory.mktemp("digest")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, text in OTHER.items():
        (seeds / name).write_text(text, "utf-8")
    briefings = [kishor] + list(extract([read_seed(p) for p in sorted(seeds.iterdir())]))
    assign_slugs(briefings)
    link_related(briefings)
    out = root / "briefings" / "briefings"
    out.mkdir(parents=True)
    for b in briefings:
        (out / f"{b.slug}.json").write_text(b.to_json(), "utf-8")
    return root, sorted(briefings, key=lambda b: b.date)


def read(path):
    return pypdf.PdfReader(path)


def flat(page) -> str:
    return " ".join(page.extract_text().split())


def test_digest_has_cover_contents_with_right_page_numbers_and_every_briefing(project, tmp_path):
    root, briefings = project
    out, count = write_digest(root, "2022-01-01", output=tmp_path / "d.pdf")
    assert count == 3
    reader = read(out)
    cover = flat(reader.pages[0])
    assert "Digest" in cover and "1 January 2022 to 2 May 2022" in cover and "3 briefings" in cover
    for b in briefings:  # oldest first; the number after each title is the page the briefing starts on
        m = re.search(re.escape(b.title) + r"[ .]*?(\d+)(?!\d)", cover.replace(". ", "").replace(" .", ""))
        assert m, b.title
        page = int(m.group(1))
        assert " ".join(b.title.split()[:3]) in flat(reader.pages[page - 1])
        assert f"Page {page} of {len(reader.pages)}" in flat(reader.pages[page - 1])
    assert cover.index(briefings[0].title) < cover.index(briefings[-1].title)
    assert reader.trailer["/Root"]["/Lang"] == "en"
    assert reader.metadata.title == "Political briefings: 1 January 2022 to 2 May 2022"
    assert write_digest(root, "2022-01-01", output=tmp_path / "again.pdf")[0].read_bytes() == out.read_bytes()


def test_digest_keeps_to_its_period(project, tmp_path):
    root, briefings = project
    out, count = write_digest(root, "2022-04-01", "2022-04-30", output=tmp_path / "april.pdf")
    reader = read(out)
    contents = flat(reader.pages[0])
    assert count == 1 and len(reader.pages) == 2
    assert [b.title in contents for b in briefings] == [False, True, False]  # March, April, May
    assert SEED.read_text("utf-8").startswith(" date 2022-04-26") and "26 April 2022" in flat(reader.pages[1])
    with pytest.raises(DigestError, match="no briefings"):
        write_digest(root, "2023-01-01", output=tmp_path / "none.pdf")


def test_digest_command(project, tmp_path, capsys):
    root, _ = project
    out = tmp_path / "cli.pdf"
    assert main(["digest", "--project", str(root), "--since", "2022-05-01", "-o", str(out)]) == 0
    assert "digest of 1 briefing(s)" in capsys.readouterr().out
    assert len(read(out).pages) == 2
    assert main(["digest", "--project", str(tmp_path / "nothing"), "--since", "2022-05-01"]) == 1
    assert "build first" in capsys.readouterr().err
    seeds = tmp_path / "seeds.pdf"  # straight from the seed files, without a build
    assert main(["digest", "--seeds", str(root / "seeds"), "--since", "2022-03-01", "--until", "2022-03-31",
                 "-o", str(seeds), "--paper", "letter"]) == 0
    reader = read(seeds)
    assert "Congress names review panel" in flat(reader.pages[0]) and len(reader.pages) == 2
    assert [round(float(x)) for x in reader.pages[0].mediabox[2:]] == [612, 792]
    with pytest.raises(SystemExit):
        main(["digest", "--since", "May 2022"])


def test_short_briefings_share_pages_and_a_story_that_arrived_twice_is_printed_once(project, tmp_path):
    root, briefings = project
    walk = briefings[-1]
    folder = root / "briefings" / "briefings"
    copies = []
    for day, title in [(6, "First short story"), (7, "Second short story"), (8, "Third short story"),
                       (9, "Third short story")]:  # the last arrived twice: the same text
        b = type(walk).from_dict(walk.to_dict() | {
            "id": f"short-{day}", "slug": f"2022-06-0{day}-short", "title": title, "date": f"2022-06-0{day}",
            "text": f"{title}: " + walk.text, "related": []})
        copies.append(folder / f"{b.slug}.json")
        copies[-1].write_text(b.to_json(), "utf-8")
    try:
        out, count = write_digest(root, "2022-06-01", output=tmp_path / "d.pdf")
    finally:
        for path in copies:
            path.unlink()
    reader = read(out)
    assert count == 3
    contents = flat(reader.pages[0])
    assert [contents.count(t) for t in ("First short", "Second short", "Third short")] == [1, 1, 1]
    assert "2022-06-09" not in contents
    assert len(reader.pages) == 2  # the cover, then one page the three share


def test_cover_names_the_period_and_the_day_it_was_made(project, tmp_path, monkeypatch):
    root, _ = project
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 14 November 2023, 22:13 UTC
    first, _ = write_digest(root, "2022-03-01", "2022-05-31", output=tmp_path / "a.pdf")
    cover = flat(read(first).pages[0])
    assert "1 March 2022 to 31 May 2022" in cover and "made on 14 November 2023" in cover
    again, _ = write_digest(root, "2022-03-01", "2022-05-31", output=tmp_path / "b.pdf")
    assert again.read_bytes() == first.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(DigestError, match="SOURCE_DATE_EPOCH"):
        write_digest(root, "2022-03-01", output=tmp_path / "c.pdf")
