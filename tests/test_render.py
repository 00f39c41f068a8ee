"""Seed text is data: escaped for Markdown and HTML, never evaluated as a template."""
import re
import markdown
import pytest

from generator.facts import Actor, Briefing, Fact, Quote
from generator.publish.render import Renderer, TemplateError, md_escape

HOSTILE = [
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "[click](javascript:alert(1))",
    "![img](http://evil.example/x.png)",
    "{: onclick=\"alert(1)\" }",
    "# heading",
    "    indented code",
    "1. list",
    "===",
    "<http://evil.example>",
    "**bold** _em_ `code`",
    "\x02\x03 <iframe src=x>",
    "- a list item",
    "> a blockquote",
    "2005. an ordered list",
    "+ plus list",
    "* star list",
    "```fenced```",
    "| a | b |",
    "&lt;script&gt; as entities",
    "<!-- comment -->",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_makes_text_inert(text):
    html = markdown.markdown("Intro " + md_escape(text), extensions=["attr_list", "md_in_html"])
    for bad in ("<script", "<iframe", "<img", "<a ", "<code", "<strong", "<h1", "<ol", "<ul", "<pre", "<blockquote", "<table", "<!--"):
        assert bad not in html
    for tag in re.findall(r"<[a-zA-Z][^>]*>", html):  # no element gets an attribute from the text
        assert tag == "<p>", tag
    assert "49" not in html or "49" in text


def briefing(text: str) -> Briefing:
    return Briefing(
        id="x", slug="2020-01-01-x", title=text, title_generated=False, date="2020-01-01",
        source_file="x.txt", text=text,
        who=[Actor(name=text, kind="person", role=text), Actor(name=text + " (named)", kind="person", acts=False)],
        what=Fact(text=text), why=[Fact(text=text)], context=[Fact(text=text)],
        quotes=[Quote(text=text, speaker=text, role=text)],
    )


def test_templates_never_evaluate_seed_text():
    r = Renderer()
    page = r.render("briefing.md.j2", b=briefing("{{ 7*7 }} <script>x</script>"), date_long="1 January 2020",
                    pdf_url="../handouts/x.pdf")
    assert "49" not in page
    assert "<script>" not in page
    assert "&#123;&#123; 7&#42;7 &#125;&#125;" in page  # shown literally once rendered


def test_user_templates_override_the_defaults(tmp_path):
    (tmp_path / "home.md.j2").write_text("# Mine\n{% for b in briefings %}{{ b.title }}{% endfor %}")
    r = Renderer(tmp_path)
    assert r.render("home.md.j2", briefings=[briefing("A*b")]) == "# Mine\nA&#42;b"
    assert "Key facts" in r.render("briefing.md.j2", b=briefing("x"), date_long="d", pdf_url="p.pdf")


def test_a_broken_template_is_a_clear_error(tmp_path):
    (tmp_path / "home.md.j2").write_text("{% for b in briefings %}")
    r = Renderer(tmp_path)
    assert any("home.md.j2" in p and "line" in p for p in r.check(["home.md.j2"]))
    with pytest.raises(TemplateError, match="home.md.j2"):
        r.render("home.md.j2", briefings=[])


def test_check_covers_every_template_including_user_ones(tmp_path):
    (tmp_path / "actor.md.j2").write_text("{{ a.name ")
    r = Renderer(tmp_path)
    assert "actor.md.j2" in r.names() and "briefing.md.j2" in r.names()
    problems = r.check(r.names())
    assert len(problems) == 1 and "actor.md.j2, line 1" in problems[0]


def test_handout_date_is_the_newest_story_it_draws_on():
    from generator.build.handout_step import generation_date
    from generator.facts import Related

    b = briefing("x")
    assert generation_date(b) == "2020-01-01"
    b.related = [Related(id="a", slug="a", title="A", date="2019-05-01"), Related(id="b", slug="b", title="B", date="2020-03-02")]
    assert generation_date(b) == "2020-03-02"


def test_a_date_is_shown_only_as_precisely_as_its_phrase_says():
    from generator.facts import When
    from generator.publish.render import as_precise

    assert as_precise(When(text="in 2005", date="2005-01-01", precision="year")) == "2005"
    assert as_precise(When(text="in April", date="2005-04-01", precision="month")) == "2005-04"
    assert as_precise(When(text="on Monday", date="2005-04-25")) == "2005-04-25"


def test_a_described_speaker_is_shown_as_the_story_puts_it_and_not_linked():
    b = briefing("Budget talks")
    b.who = [Actor(name="Lena Ortiz", kind="person")]
    b.quotes = [Quote(text="The budget will not survive", speaker="a senior [council](http://x.example) official",
                      described=True),
                Quote(text="We will rebuild", speaker="Lena Ortiz")]
    page = Renderer().render("briefing.md.j2", b=b, date_long="1 January 2020", pdf_url="../handouts/x.pdf",
                             actor_url={"Lena Ortiz": "../actors/lena-ortiz/"})
    html = markdown.markdown(page, extensions=["attr_list", "md_in_html"])
    assert "official, <em>unnamed</em>" in html
    assert 'href="http://x.example"' not in html  # the description is text, escaped like any other
    assert "<strong>a senior" not in html
    assert '<a href="../actors/lena-ortiz/">Lena Ortiz</a>' in html


def test_a_name_only_mentioned_is_listed_apart_never_among_the_key_facts_who():
    b = briefing("Budget talks")
    b.who = [Actor(name="Lena Ortiz", kind="person", role="council leader"),
             Actor(name="Tom *Wright*", kind="person", acts=False)]
    page = Renderer().render("briefing.md.j2", b=b, date_long="1 January 2020", pdf_url="../handouts/x.pdf",
                             actor_url={"Tom *Wright*": "../actors/tom-wright/"})
    key_who = next(line for line in page.splitlines() if line.startswith("- **Who:**"))
    assert "Lena Ortiz" in key_who and "Wright" not in key_who
    html = markdown.markdown(page, extensions=["attr_list", "md_in_html"])
    assert re.search(r'<p class="also-named"><em>Also named[^<]*</em> <a href="../actors/tom-wright/">Tom &#42;Wright&#42;</a></p>',
                     html), html
    from generator.publish.handouts import handout_html
    handout = handout_html(b, Renderer(), "2020-01-01")
    assert "Lena Ortiz" in handout and "Wright" not in handout  # the handout's Who (and keywords) the actors'
