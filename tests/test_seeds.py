import datetime as dt
from pathlib import Path

import pytest

from generator.input.seeds import SeedError, parse_seed, read_seed_folder, scan_seed_files
from generator.slugs import briefing_slug

from .conftest import TUESDAY

TODAY = dt.date(2026, 1, 1)


def parse(text: str | bytes, name: str = "story.txt"):
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return parse_seed(raw, Path(name), today=TODAY)


def test_plain_seed_without_headline():
    seed = parse(' date 2022-04-26 Election strategist Jane Roe has declined the offer.\n\n"No," she said.')
    assert seed.date == dt.date(2022, 4, 26)
    assert seed.title is None
    assert seed.paragraphs == ["Election strategist Jane Roe has declined the offer.", '"No," she said.']
    assert seed.text == 'Election strategist Jane Roe has declined the offer.\n\n"No," she said.'
    assert seed.id == "story"


def test_plain_seed_with_headline_on_the_date_line():
    seed = parse(" date 2005-02-01 Labour plans maternity pay rise\n\nMaternity pay is to rise.\n\nMore.")
    assert seed.title == "Labour plans maternity pay rise"
    assert seed.paragraphs[0] == "Maternity pay is to rise."


def test_a_single_paragraph_is_never_taken_for_a_headline():
    seed = parse(" date 2005-02-01 Short story without a full stop")
    assert seed.title is None and seed.paragraphs == ["Short story without a full stop"]


def test_lines_inside_a_paragraph_are_joined_and_crlf_is_fine():
    seed = parse("date 2020-01-02 First line\r\nsecond line.\r\n\r\nNext one.")
    assert seed.paragraphs == ["First line second line.", "Next one."]


def test_markdown_seed_with_front_matter():
    text = "---\ndate: 2021-03-04\ntitle: A  title\nsource: https://example.org/a?b=1\ntags: [budget, tax]\n---\nBody one.\n\nBody two."
    seed = parse(text, "s.md")
    assert (seed.date, seed.title, seed.source, seed.tags) == (dt.date(2021, 3, 4), "A title", "https://example.org/a?b=1", ["budget", "tax"])
    assert seed.paragraphs == ["Body one.", "Body two."]


def test_utf8_bom_is_accepted():
    assert parse("\ufeff date 2020-01-02 Words here.").paragraphs == ["Words here."]


@pytest.mark.parametrize(
    "raw, problem",
    [
        (b"", "is empty"),
        (b"   \n\n \t ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        ("date 2020-01-02 caf\xe9".encode("latin-1"), "not UTF-8"),
        (b"No date here at all.", "has no date"),
        (b"date 2022-13-45 Words.", "impossible date"),
        (b"date 22-1-4 Words.", "malformed date"),
        (b"date 2099-01-01 Words.", "in the future"),
        (b"date 2020-01-02 ", "no story"),
        (b"date 2020-01-02 ... 12 -- 34 !!", "no sentences"),
        (b"date 2020-01-02 " + b"word " * 250_000, "at most"),
        (b"---\ntitle: x\n---\nBody.", "no 'date'"),
        (b"---\ndate: 2020-01-02\nsource: javascript:alert(1)\n---\nBody.", "not an http(s) URL"),
        (b"---\ndate: [unclosed\n---\nBody.", "malformed front matter"),
    ],
)
def test_bad_seeds_name_the_file_and_the_problem(raw, problem):
    name = "odd name é.md" if raw.startswith(b"---") else "odd name é.txt"
    with pytest.raises(SeedError) as err:
        parse(raw, name)
    assert problem in str(err.value)
    assert "odd name é" in str(err.value)


def test_slug_is_date_plus_ascii_headline_words():
    assert briefing_slug("2022-04-26", "Prashant Kishor declines Congress offer") == "2022-04-26-prashant-kishor-declines-congress-offer"
    assert briefing_slug("2022-04-26", "Žižek über «Größe» — and 'more' words beyond the eighth one") == \
        "2022-04-26-zizek-uber-grosse-and-more-words-beyond-the"
    assert briefing_slug("2022-04-26", "!!!") == "2022-04-26"


def test_scan_seed_files_skips_hidden_and_other_files(tmp_path):
    for name in ["b.txt", "a.md", ".hidden.txt", "notes.pdf", "sub dir/c é.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("date 2020-01-01 x")
    found = [p.relative_to(tmp_path).as_posix() for p in scan_seed_files([tmp_path])[0]]
    assert found == ["a.md", "b.txt", "sub dir/c é.txt"]


def test_the_one_folder_reader_names_each_file_that_gives_no_seed(tmp_path):
    """build, extract, digest and serve read seeds the one way: a second file with an id already
    read, a file that is no seed and a link out of the folder are each named with the problem, and
    the other seeds are read."""
    folder = tmp_path / "seeds"
    (folder / "2022").mkdir(parents=True)
    (folder / "2022" / "port.txt").write_text("date 2022-04-26 Ada Vale opened the port talks on Monday.")
    (folder / "2022" / "port.md").write_text("---\ndate: 2022-04-27\n---\nThe talks went on.")
    (folder / "empty.txt").write_text("")
    (tmp_path / "secret.txt").write_text("date 2022-01-01 Not in the folder.")
    (folder / "link.txt").symlink_to(tmp_path / "secret.txt")
    read = read_seed_folder([folder], today=TODAY)
    assert [sf.seed.id for sf in read.seeds] == ["port"]
    assert read.seeds[0].raw.startswith(b"---\ndate: 2022-04-27")  # files in name order: port.md first
    problems = {u.name: u.problem for u in read.unread}
    assert problems["2022/port.txt"] == "has the same name as 2022/port.md (id 'port'); rename one of them"
    assert problems["empty.txt"] == "is empty"
    assert problems["link.txt"].startswith("is a symbolic link out of the seeds folder")
    assert {u.path for u in read.unread} == {folder / "2022" / "port.txt", folder / "empty.txt", folder / "link.txt"}


def test_a_5mb_story_is_refused_by_its_size_before_it_is_decoded():
    raw = b"date 2020-01-02 " + b"\xff" * 5_000_000  # not even UTF-8: the size is checked first
    with pytest.raises(SeedError, match=r"is 5,000,016 bytes; a seed may be at most 1,000,000 bytes"):
        parse(raw)


def test_markup_and_template_syntax_stay_literal_text():
    text = "date 2020-01-02 Roe said {{ 7*7 }} and {% raw %} <script>x</script> [a](javascript:b) **c**."
    assert parse(text).paragraphs == [text[len("date 2020-01-02 "):]]


def test_control_characters_become_spaces_and_a_bom_before_front_matter_is_fine():
    seed = parse("\ufeff---\ndate: 2020-01-02\n---\nRoe\x02 spoke\x03 today.", "s.md")
    assert seed.paragraphs == ["Roe  spoke  today."]


def test_an_overlong_front_matter_title_is_refused():
    with pytest.raises(SeedError, match="title' of 1,000 characters"):
        parse("---\ndate: 2020-01-02\ntitle: " + "x" * 1000 + "\n---\nBody text here.", "t.md")


# --- a seed's own headline ---------------------------------------------------------

@pytest.mark.parametrize(
    "headline",
    [
        "Is this the end for the coalition?",
        'Minister: "We will not resign"',
        "Strike called off!",
        "\u2018We were never told\u2019",
        "Council budget (updated)",
    ],
)
def test_a_seeds_own_headline_is_kept_word_for_word_whatever_ends_it(headline):
    seed = parse_seed(f" date 2023-03-14 {headline}\n\nThe council met on Monday and approved the budget.".encode(),
                      "t.txt", today=TUESDAY)
    assert seed.title == headline


@pytest.mark.parametrize("first", ["By Jane Kowalski and Tom Reyes", "The council met on Monday and approved it:"])
def test_a_byline_or_a_lead_in_is_not_a_headline(first):
    seed = parse_seed(f" date 2023-03-14 {first}\n\nThe council met on Monday and approved the budget.".encode(),
                      "t.txt", today=TUESDAY)
    assert seed.title is None


@pytest.mark.parametrize("first, is_headline", [
    ("TRENTON, N.J. (AP) \u2014 Was that really the governor on the stage last night?", False),
    ("LOS ANGELES \u2014 Who will pay for the new stadium?", False),
    ("NEW YORK (Reuters) - Is the strike over?", False),
    ("US - China talks collapse", True),
    ("NATO \u2013 Russia talks fail", True),
    ("Is this the end for the coalition?", True),
])
def test_a_first_paragraph_opening_with_a_dateline_is_the_lede_not_a_headline(first, is_headline):
    seed = parse_seed(f" date 2023-03-14 {first}\n\nThe council met on Monday and approved the budget.".encode(),
                      "t.txt", today=TUESDAY)
    assert (seed.title == first) is is_headline
    assert seed.title is None or seed.title == first
