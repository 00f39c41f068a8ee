"""Provenance on the page (each fact's source sentence, extracted words marked, in a <details>) and the
story-text policy of mkdocs.yml (cited / full / none), on real builds of invented stories."""
import dataclasses
import html
import json
import re
from pathlib import Path

import markdown
import pypdf
import pytest

from generator.build.steps import BuildError, build
from generator.facts import Briefing, Fact, Quote, Sentence
from generator.publish.search import fragment, indexed_pages
from generator.publish.policy import PolicyError, cited_sentences, published, story_key, story_text_policy
from generator.publish.render import Renderer
from generator.publish.site import briefing_page

from .conftest import make_seed, new_project
from .test_render import HOSTILE as MARKUP

QUIET = {"progress": lambda m: None}

# Invented: every fact type (who, what, when, where, why, two quotes, a context line), and five
# sentences no fact comes from (the lighthouse, the café), which the default policy must not publish.
FERRY = """date 2021-06-14

Portmere council votes to raise ferry fares

Council leader Alice Brennan said on Monday that the Portmere harbour council would raise ferry fares by a fifth because fuel costs had doubled.

"We cannot keep the old prices when every crossing loses money," Brennan told reporters in Portmere.

The Ferry Workers Union condemned the decision. "Families on the islands will pay for this," union spokesman Dan Reyes said.

Fares were last raised in 2015, when the council bought two new boats.

The old harbour lighthouse was painted a pale shade of green in the spring.

A café near the pier sells almond cakes on Saturdays.

Gulls nest on the roof of the ticket office every summer.

The ferry timetable is printed on yellow paper.

Tourists often photograph the old anchor by the slipway.
"""
# (sentences no fact comes from: enough that the cited ones are at most half the story, which the
# default policy publishes whole; beyond half, it publishes the cited words alone: test_site_rough_edges.py)
UNCITED = ("The old harbour lighthouse was painted a pale shade of green in the spring.",
           "A café near the pier sells almond cakes on Saturdays.",
           "Gulls nest on the roof of the ticket office every summer.",
           "The ferry timetable is printed on yellow paper.",
           "Tourists often photograph the old anchor by the slipway.")
# Invented: markup in a sentence the page cites (the first mention of an actor).
HOSTILE = ("date 2021-06-15 Minister Jane Roe said on Friday that <script>alert(1)</script> *bold* "
           "[x](javascript:alert(1)) {: onclick=\"steal()\" } & `code` would not stop the ferry talks.")


def set_policy(project, policy: str) -> None:
    config = project.config.read_text("utf-8")
    project.config.write_text(re.sub(r"story_text: \w+", f"story_text: {policy}", config), "utf-8")


def build_with(root: Path, policy: str):
    project = new_project(root)
    set_policy(project, policy)
    make_seed(project.seeds, "ferry.txt", FERRY)
    make_seed(project.seeds, "hostile.txt", HOSTILE)
    result = build(project, **QUIET)
    assert not result.failures, result.summary()
    return project, {b.id: b for b in result.built}


@pytest.fixture(scope="module")
def cited(tmp_path_factory):
    return build_with(tmp_path_factory.mktemp("cited"), "cited")


def page(project, b: Briefing) -> str:
    return (project.site / "briefings" / b.slug / "index.html").read_text("utf-8")


def plain(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


def straight(text: str) -> str:
    return text.translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''"))


def sources(fragment: str) -> list[tuple[str, str, list[str]]]:
    """(summary, sentence text, marked words) of each provenance disclosure in an HTML fragment."""
    out = []
    for summary, body in re.findall(r'<details class="provenance">\s*<summary>(.*?)</summary>(.*?)</details>', fragment, re.S):
        out.append((plain(summary), straight(plain(body)), [straight(plain(m)) for m in re.findall(r"<mark>(.*?)</mark>", body, re.S)]))
    return out


def key_fact(html_page: str, label: str) -> str:
    return re.search(rf"<li><strong>{label}:</strong>(.*?)</li>", html_page, re.S).group(1)


def section(html_page: str, heading_id: str) -> str:
    return html_page.split(f'id="{heading_id}"', 1)[1].split("<h2", 1)[0]


def sentence_of(b: Briefing, fact) -> str:
    return b.sentences[fact.sentence].text


def test_every_key_fact_shows_its_sentence_with_the_words_marked(cited):
    project, built = cited
    b = built["ferry"]
    shown = page(project, b)
    for label, facts in (("Who", b.who[:3]), ("What", [b.what]), ("When", [b.when]), ("Where", b.where[:3]),
                         ("Why", b.why[:1])):
        (summary, sentence, marks), = sources(key_fact(shown, label))
        assert summary.startswith("Source: sentence"), (label, summary)
        for fact in facts:
            assert sentence_of(b, fact) in sentence, (label, sentence)
            words = " ".join(b.text[fact.start:fact.end].split())  # an actor's first mention, a place's, ...
            assert any(words in m for m in marks), (label, words, marks)
    assert "Source: sentence 1" in key_fact(shown, "What")  # readers count sentences from 1


def test_every_actor_quote_and_context_line_shows_its_sentence(cited):
    project, built = cited
    b = built["ferry"]
    shown = page(project, b)
    who = section(shown, "who")
    for a in b.who:
        item = re.search(rf"<li><strong>{re.escape(html.escape(a.name, quote=False))}.*?</li>", who, re.S)
        assert item, a.name
        ((_, sentence, marks),) = sources(item.group(0))
        assert sentence == sentence_of(b, a) and b.text[a.start:a.end] in marks
    quotes = re.findall(r'<blockquote class="quote[^"]*">(.*?)</blockquote>', shown, re.S)
    assert len(quotes) == len(b.quotes) == 2
    for q in b.quotes:
        block = next(x for x in quotes if q.text[:20] in straight(plain(x)))
        ((_, sentence, marks),) = sources(block)
        assert sentence == sentence_of(b, q) and q.text in marks
    items = re.findall(r"<li>(.*?)</li>", section(shown, "context"), re.S)
    assert len(items) == len(b.context) >= 1
    for f, item in zip(b.context, items):
        ((_, sentence, marks),) = sources(item)
        assert sentence == sentence_of(b, f) and marks == [f.text]


def test_provenance_needs_no_script_and_is_a_disclosure_keyboards_and_screen_readers_know(cited):
    project, built = cited
    shown = page(project, built["ferry"])
    details = re.findall(r"<details\b[^>]*>", shown)
    assert details and all(d == '<details class="provenance">' for d in details)  # closed, no handlers
    assert not re.search(r"<p>[^<]*(?:<(?!/p)[^>]*>[^<]*)*<details", shown)  # never inside a paragraph
    css = (project.site / "styles" / "briefing.css").read_text("utf-8")
    assert "summary:focus-visible" in css  # focus shows without the theme's script


def test_a_cited_sentence_with_markup_is_shown_as_text(cited):
    project, built = cited
    b = built["hostile"]
    shown = page(project, b)
    srcs = [s for frag in re.findall(r'<details class="provenance">.*?</details>', shown, re.S) for s in sources(frag)]
    assert any("Jane Roe said on Friday that <script>alert(1)</script> *bold*" in s for _, s, _ in srcs), srcs
    assert "<script>alert" not in shown and "<em>bold</em>" not in shown and "<code>code</code>" not in shown
    assert 'href="javascript' not in shown and 'onclick="' not in shown


# -- the story-text policy -------------------------------------------------------------------------

def site_text(project) -> dict[str, str]:
    """Every file of the built site as the text a reader or a scraper gets from it."""
    out = {}
    for path in sorted(project.site.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".pf_fragment":  # the search index's text of a page (gzip-compressed JSON)
            text = fragment(path)["content"]
        elif path.suffix == ".pdf":
            text = " ".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
        elif path.suffix == ".json":
            strings = []

            def walk(x):
                if isinstance(x, str):
                    strings.append(x)
                elif isinstance(x, dict):
                    [walk(v) for v in x.values()]
                elif isinstance(x, list):
                    [walk(v) for v in x]
            walk(json.loads(path.read_text("utf-8")))
            text = " ".join(strings)
        else:
            try:
                text = path.read_text("utf-8")
            except UnicodeDecodeError:
                continue
        out[path.relative_to(project.site).as_posix()] = straight(plain(text))
    return out


def test_default_policy_publishes_no_uncited_sentence_anywhere_in_the_site(cited):
    project, built = cited
    b = built["ferry"]
    uncited = [s.text for i, s in enumerate(b.sentences) if i not in cited_sentences(b)]
    assert set(UNCITED) <= set(uncited)
    texts = site_text(project)
    assert any(k.startswith("pagefind/fragment/") for k in texts) and any(k.endswith(".pdf") for k in texts)
    for sentence in uncited:
        found = [name for name, text in texts.items() if sentence in text]
        assert not found, (sentence, found)
    for cited_one in (b.sentences[i].text for i in cited_sentences(b)):  # the cited ones are there to check
        assert any(cited_one in t for t in texts.values()), cited_one
    facts = json.loads((project.site / "briefings" / f"{b.slug}.json").read_text("utf-8"))
    assert facts["source_text"] == "cited" and facts["text"] == ""
    assert len(facts["sentences"]) == len(b.sentences)  # numbers and offsets kept: facts still index them
    for i, s in enumerate(facts["sentences"]):
        assert (s["start"], s["end"]) == (b.sentences[i].start, b.sentences[i].end)
        assert s["text"] == (b.sentences[i].text if i in cited_sentences(b) else "")
    search = " ".join(indexed_pages(project.site).values())
    # the search index holds the facts, not their source sentences (a result's excerpt ran "Source: sentence 2"
    # into the story): a quote's words, not the sentence around them
    assert "lighthouse" not in search and "We cannot keep the old prices" in straight(search)
    assert "Brennan told reporters" not in straight(search) and "Source: sentence" not in search


def test_full_policy_publishes_the_whole_text_in_the_facts(tmp_path):
    project, built = build_with(tmp_path / "full", "full")
    b = built["ferry"]
    facts = json.loads((project.site / "briefings" / f"{b.slug}.json").read_text("utf-8"))
    assert facts["source_text"] == "full" and facts["text"] == b.text
    assert [s["text"] for s in facts["sentences"]] == [s.text for s in b.sentences]
    assert Briefing.from_dict(facts) == published(b, "full")


def test_none_policy_publishes_no_source_text_and_cites_sentences_by_number(tmp_path):
    project, built = build_with(tmp_path / "none", "none")
    b = built["ferry"]
    shown = page(project, b)
    assert "<details" not in shown
    assert re.search(r'<span class="provenance">\(story sentence 1\)</span>', key_fact(shown, "What"))
    facts = json.loads((project.site / "briefings" / f"{b.slug}.json").read_text("utf-8"))
    assert facts["source_text"] == "none" and facts["text"] == ""
    assert all(s["text"] == "" for s in facts["sentences"])
    texts = site_text(project)
    # no sentence is published beyond the words of a fact (a context line may be a whole sentence)
    shown_as_facts = {f.text for f in b.context}
    for s in b.sentences:
        if s.text not in shown_as_facts:
            assert not [n for n, t in texts.items() if s.text in t], s.text


def test_changing_the_policy_rebuilds_the_pages_from_cached_facts(tmp_path):
    project = new_project(tmp_path / "p")
    make_seed(project.seeds, "ferry.txt", FERRY)
    first = build(project, **QUIET)
    (b,) = first.built
    json_file = project.site / "briefings" / f"{b.slug}.json"
    assert json.loads(json_file.read_text("utf-8"))["source_text"] == "cited"
    set_policy(project, "none")
    again = build(project, **QUIET)
    assert again.stats["facts_cached"] == 1 and again.stats["facts_extracted"] == 0
    assert json.loads(json_file.read_text("utf-8"))["source_text"] == "none"
    assert "<details" not in page(project, b)
    set_policy(project, "cited")
    build(project, **QUIET)
    assert '<details class="provenance">' in page(project, b)
    set_policy(project, "everything")
    with pytest.raises(BuildError, match=r"mkdocs\.yml: extra\.story_text is 'everything'; it must be one of cited, full, none"):
        build(project, **QUIET)
    assert '<details class="provenance">' in page(project, b)  # the last site stays


def test_a_story_published_without_its_text_is_still_told_apart_from_another(cited):
    _, built = cited
    ferry, hostile = built["ferry"], built["hostile"]
    again = dataclasses.replace(ferry, id="ferry-again", slug=ferry.slug + "-2", date="2021-06-20")  # arrived twice
    for policy in ("cited", "none"):
        key = story_key(published(ferry, policy))
        assert key != story_key(published(hostile, policy))
        assert key == story_key(published(again, policy))


# -- seed text in a source sentence stays text ------------------------------------------------------

@pytest.mark.parametrize("hostile", MARKUP)
def test_a_source_sentence_is_inert_wherever_it_is_shown(hostile):
    text = f"Ann Lee said {hostile} today."
    at = text.index(hostile)
    b = Briefing(id="x", slug="2020-01-01-x", title="A title", title_generated=False, date="2020-01-01",
                 source_file="x.txt", text=text, sentences=[Sentence(text=text, start=0, end=len(text), paragraph=0)],
                 what=Fact(text=text, sentence=0, start=0, end=len(text)),
                 quotes=[Quote(text=hostile, speaker=None, sentence=0, start=at, end=at + len(hostile))],
                 context=[Fact(text=text, sentence=0, start=0, end=len(text))])
    md = briefing_page(b, Renderer(), policy="cited").split("---\n", 2)[2]
    out = markdown.markdown(md, extensions=["attr_list", "md_in_html"])
    blocks = re.findall(r'<details class="provenance">(.*?)</details>', out, re.S)
    assert len(blocks) == 3  # the key fact, the quote (a raw HTML block) and the context line
    for block in blocks:
        tags = re.findall(r"</?([a-zA-Z][\w-]*)[^>]*>", block)
        assert set(tags) <= {"summary", "span", "mark"}, (hostile, block)
        assert re.findall(r"<(?:span|mark)\b[^>]*>", block) == ['<span class="provenance-text">', "<mark>"], block
        assert "49" not in block or "49" in hostile


@pytest.mark.parametrize("config, policy", [
    ("site_name: x\n", "cited"),  # not set: the default
    ("site_name: x\nextra:\n  story_text: full\n", "full"),
    ("site_name: !ENV [NAME, x]\nextra:\n  story_text: None\n", "none"),
    ("extra: {story_text: cited, other: 1}\n", "cited"),
])
def test_the_policy_is_read_from_mkdocs_yml(tmp_path, config, policy):
    path = tmp_path / "mkdocs.yml"
    path.write_text(config, "utf-8")
    assert story_text_policy(path) == policy


@pytest.mark.parametrize("value", ["all", "[cited]", "1", "''"])
def test_an_unknown_policy_is_an_error_naming_the_file(tmp_path, value):
    path = tmp_path / "mkdocs.yml"
    path.write_text(f"extra:\n  story_text: {value}\n", "utf-8")
    with pytest.raises(PolicyError, match=r"mkdocs\.yml: extra\.story_text is .*; it must be one of cited, full, none"):
        story_text_policy(path)


def test_the_repositorys_site_publishes_the_cited_sentences():
    assert story_text_policy(Path(__file__).resolve().parent.parent / "mkdocs.yml") == "cited"


def test_a_very_long_sentence_is_shown_around_its_marked_words():
    from generator.publish.provenance import SHOWN_MAX, Provenance

    text = "Ann Lee said " + "very " * 1000 + "that the budget would pass " + "indeed " * 1000 + "today."
    at = text.index("the budget would pass")
    b = Briefing(id="x", slug="x", title="t", title_generated=False, date="2020-01-01", source_file="x.txt",
                 text=text, sentences=[Sentence(text=text, start=0, end=len(text), paragraph=0)])
    fact = Fact(text="the budget would pass", sentence=0, start=at, end=at + len("the budget would pass"))
    ((summary, shown, marks),) = sources(str(Provenance(b, "cited")(fact)))
    assert summary == "Source: sentence 1" and marks == ["the budget would pass"]
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= SHOWN_MAX + 2


# -- the stash: the same HTML with less of Markdown's work -----------------------------------------

def to_html(text: str, stash: bool) -> str:
    extensions = ["toc", "tables", "fenced_code", "attr_list", "md_in_html"]
    return markdown.Markdown(extensions=extensions + (["generator.publish.provenance_stash"] if stash else [])).convert(text)


def test_stashed_sources_give_the_same_html_and_every_source_is_stashed(cited):
    from generator.publish.provenance import OPEN
    from generator.publish.provenance_stash import SOURCE

    project, _ = cited
    pages = sorted((project.docs / "briefings").glob("*.md")) + sorted((project.docs / "actors").glob("*.md"))
    stashed = 0
    for path in pages:
        text = path.read_text("utf-8")
        assert to_html(text, stash=True) == to_html(text, stash=False), path.name
        assert len(SOURCE.findall(text)) == text.count(OPEN), path.name  # none left to Markdown
        stashed += text.count(OPEN)
    assert stashed >= 10


@pytest.mark.parametrize("text", ["*bold*", "[x](http://a.example)", "`code`", "a <b>b</b>", "R&D", "a\\*b"])
def test_a_source_holding_markdown_syntax_is_left_to_markdown(text):
    """Provenance escapes seed text, so this never comes from a seed; a hand-written page might."""
    from generator.publish.provenance_stash import SOURCE

    line = (f'- fact <details class="provenance"><summary>Source: sentence 1</summary>'
            f'<span class="provenance-text">{text}</span></details>')
    assert not SOURCE.search(line)
    assert to_html(line, stash=True) == to_html(line, stash=False)
