"""The rough edges readers hit (issue 31): each with the form a reader sees it in, a real PDF or page."""
import copy
import dataclasses
import io
import re

import pypdf
import pytest

from generator.facts import FLAG_BELOW, Briefing, Fact, Quote, Sentence, When
from generator.publish.digest import render_digest
from generator.publish.handouts import render_pdf
from generator.publish.policy import CITED, SentenceIndex, cited_plan, cited_sentences, published, shown
from generator.publish.provenance import Provenance
from generator.publish.render import Renderer, as_read
from generator.publish.site import briefing_page
from generator.publish.topics import topic_tags, with_topic_tags


def pdf_text(data: bytes) -> tuple[str, int]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split()), len(reader.pages)


def unsure(b: Briefing) -> Briefing:
    """`b` with every quote's speaker a guess (below the flag): none is shown as sure."""
    out = copy.copy(b)
    out.quotes = [dataclasses.replace(q, confidence=FLAG_BELOW / 2) for q in b.quotes]
    return out


# -- the handout's quotes --------------------------------------------------------------------------

def test_a_handout_with_no_sure_quote_has_no_quotes_heading_and_points_to_the_online_briefing(kishor):
    assert kishor.quotes
    guesses = unsure(kishor)
    url = "https://example.org/briefings/briefings/kishor/"
    body, _ = pdf_text(render_pdf(guesses, Renderer(), "2022-05-01", page_url=url))
    assert "QUOTES" not in body.upper().replace("MORE QUOTES", "").replace(" QUOTES WHOSE", "")
    n = len(kishor.quotes)
    assert f"{n} quote{'s' if n != 1 else ''} whose speaker is not sure in the online briefing" in body
    assert url in body.replace(" ", "")  # printed, and in the footer as "Online:"
    assert "Online:" in body


def test_a_handout_with_sure_quotes_keeps_its_heading_and_without_site_url_prints_no_address(kishor):
    body, _ = pdf_text(render_pdf(kishor, Renderer(), "2022-05-01"))
    assert "QUOTES" in body.upper()
    assert "Online:" not in body  # no site_url: no address to print


# -- When, as a reader writes it ---------------------------------------------------------------------

@pytest.mark.parametrize("precision,date,shown", [
    ("day", "2005-02-01", "1 February 2005"),
    ("month", "2005-04-01", "April 2005"),
    ("year", "2005-01-01", "2005"),
    ("week", "2005-04-25", "the week of 25 April 2005"),
])
def test_when_reads_as_a_reader_writes_a_date(precision, date, shown):
    assert as_read(When(text="has said", date=date, precision=precision)) == shown


def test_the_page_and_the_handout_show_when_without_the_phrase_it_came_from(kishor):
    b = copy.copy(kishor)
    b.when = When(text="on Tuesday", date="2022-04-26", sentence=-1)
    page = briefing_page(b, Renderer())
    assert "**When:** 26 April 2022" in page and "(from" not in page
    body, _ = pdf_text(render_pdf(b, Renderer(), "2022-05-01"))
    assert "(from" not in body and "on Tuesday" not in body and body.count("26 April 2022") >= 2


# -- earlier briefings -----------------------------------------------------------------------------------

def test_earlier_briefings_are_strictly_earlier_not_of_the_same_day(kishor):
    from generator.editorial.identity import link_related

    same_day = copy.copy(kishor)
    same_day.id, same_day.slug, same_day.related = "same-day", "same-day", []
    day_before = copy.copy(kishor)
    day_before.id, day_before.slug, day_before.date, day_before.related = "before", "before", "2022-04-25", []
    today = copy.copy(kishor)
    today.related = []
    link_related([today, same_day, day_before])
    assert [r.id for r in today.related] == ["before"]
    assert [r.id for r in same_day.related] == ["before"]
    assert day_before.related == []
    page = briefing_page(today, Renderer())
    assert "· 25 April 2022 · also on" in page  # a date as readers write it


# -- topic tags for plain seeds ------------------------------------------------------------------

def test_a_plain_seed_gets_topic_tags_from_the_gazetteer_and_its_actors(kishor):
    assert kishor.tags == []  # a .txt seed: no front matter, no tags
    tags = topic_tags(kishor)
    assert tags[0] == "India"  # its places lie in India (the gazetteer's name for the country)
    assert "Congress President" in tags  # Sonia Gandhi's office, as the story capitalises it
    assert tags == topic_tags(copy.deepcopy(kishor))  # the same facts, the same tags
    assert with_topic_tags(kishor).tags == tags and kishor.tags == []  # a copy: the facts are left alone
    own = copy.copy(kishor)
    own.tags = ["elections"]
    assert with_topic_tags(own).tags == ["elections"]  # a writer's tags are kept as they are


def test_topic_tags_name_parties_and_offices_by_how_english_writes_them():
    from generator.facts import Actor, Place

    b = Briefing(id="t", slug="t", title="T", title_generated=False, date="2024-01-01", source_file="t.txt", text="",
                 who=[Actor("Jane Roe", "person", role="the Shadow Home Secretary", roles=["the Shadow Home Secretary"]),
                      Actor("Tories", "organisation"),
                      Actor("Ann Lee", "person", role="an election strategist", roles=["an election strategist"]),
                      Actor("<b>Evil</b> Party", "organisation")],
                 where=[Place("Britain")])
    tags = topic_tags(b)
    assert tags[:2] == ["United Kingdom", "Conservative Party"]
    assert "Shadow Home Secretary" in tags
    assert not any("strategist" in t for t in tags)
    assert "<b>Evil</b> Party" in tags  # plain text: the pages escape it as any other value


# -- the cited policy: never more than half the story -----------------------------------------------

def dense_story(n: int = 6) -> Briefing:
    """A short invented story whose every sentence holds a quote: each is cited."""
    sentences, quotes, at, text = [], [], 0, []
    for i in range(n):
        words = f"We will build bridge number {i} before winter comes"
        s = f'Mara Quill said: "{words}."'
        sentences.append(Sentence(text=s, start=at, end=at + len(s), paragraph=i))
        q0 = at + s.index(words)
        quotes.append(Quote(text=words, speaker="Mara Quill", sentence=i, start=q0, end=q0 + len(words)))
        text.append(s)
        at += len(s) + 2
    return Briefing(id="dense", slug="dense", title="Bridges", title_generated=False, date="2024-03-01",
                    source_file="dense.txt", text="\n\n".join(text), sentences=sentences, quotes=quotes,
                    what=Fact(text=quotes[0].text, sentence=0, start=quotes[0].start, end=quotes[0].end))


def test_cited_never_publishes_more_than_half_the_sentences_whole():
    b = dense_story(6)
    assert cited_sentences(b) == set(range(6))  # every sentence holds a fact
    out = published(b, CITED)
    whole = [i for i, s in enumerate(out.sentences) if s.text == b.sentences[i].text]
    assert len(whole) == 3 and 0 in whole  # half, the What's sentence first
    for i, s in enumerate(out.sentences):
        if i not in whole:  # the quoted words alone, not the sentence around them
            assert s.text == b.quotes[i].text and "Mara Quill said" not in s.text
    page = briefing_page(b, Renderer(), policy=CITED)
    for i in range(6):  # the page's sources follow the same plan
        assert (re.search(rf"said:.{{0,30}}We will build bridge number {i}\b", page) is not None) == (i in whole), i
    whole_set, words = cited_plan(b)
    assert whole_set == set(whole) and sorted(words) == [i for i in range(6) if i not in whole]
    assert Provenance(b, "full")(b.quotes[5]).count("Mara Quill said") == 1  # `full` shows it whole


def test_the_real_story_is_cut_to_half_its_sentences_and_the_words_its_facts_took(kishor):
    assert len(cited_sentences(kishor)) > len(kishor.sentences) // 2  # a short story with many facts
    b = shown(kishor, CITED)  # what the pages show: the context lines beyond the half left out
    assert 0 < len(b.context) <= len(kishor.context)
    out = published(b, CITED)
    whole, words = cited_plan(b)
    assert len(whole) <= len(kishor.sentences) // 2 and words
    for i, s in enumerate(out.sentences):
        if i in whole:
            assert s.text == kishor.sentences[i].text
        elif i in words:  # the words its facts took, alone (a quote that is all its sentence is all of it)
            assert s.text and all(piece in kishor.sentences[i].text for piece in s.text.split(" … "))
            assert s.text != kishor.sentences[i].text or any(
                i in SentenceIndex(b.sentences).of(q) for q in b.quotes)
        else:
            assert s.text == ""


# -- the digest ------------------------------------------------------------------------------------

def test_digest_packs_briefings_onto_shared_pages_with_readable_dates(kishor):
    def short(day: int) -> Briefing:  # the real story, cut to under a page: a briefing of a short story
        b = copy.copy(kishor)
        b.id, b.slug, b.date = f"k{day}", f"k{day}", f"2022-05-0{day}"
        b.quotes, b.context, b.who, b.related = kishor.quotes[:1], kishor.context[:1], kishor.who[:3], []
        return b

    _, pages_one = pdf_text(render_digest([short(1)], Renderer(), "2022-05-01", "2022-05-01", "2022-05-07"))
    assert pages_one == 2  # the cover, then a briefing of one page or less
    body, pages = pdf_text(render_digest([short(d) for d in range(1, 7)], Renderer(), "2022-05-01", "2022-05-06",
                                         "2022-05-07"))
    assert pages - 1 <= 4  # six briefings of more than half a page each: one page each if none shared
    assert "1 May 2022" in body and "6 May 2022" in body and "2022-05-0" not in body
    assert re.search(r"1 May 2022\s+" + re.escape(kishor.title.split()[0]), body)
