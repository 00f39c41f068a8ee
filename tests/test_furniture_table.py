"""Page furniture (issue 27): lines of the page, not the story, in the shapes Canadian, US, British
and Indian outlets print them. Each stays in the seed and gives no headline, What, Who, Where or
context line; news sentences of a similar shape still count. All text is invented.

The definition is one table, `generator/input/furniture.py`; each row here goes through the real
pipeline, placed where it does most harm: as the story's first paragraph, above the lede."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from generator.input.furniture import comment_block, has_page_words, is_boilerplate
from generator.extract import facts_from_doc
from generator.extract.sentences import is_dateline, is_furniture, sents
from generator.input.seeds import Seed

FURNITURE = [
    # Canadian
    ("ca", "THE CANADIAN PRESS/Sean Kilpatrick"),
    ("ca", "(Darren Calabrese/The Canadian Press)"),
    ("ca", "Alex Lynch/CBC"),
    ("ca", "A crowd gathers outside the legislature in Halifax on Tuesday. (Mara Delorme/CBC)"),
    ("ca", "By Jane Doe, The Canadian Press"),
    ("ca", "Jane Doe \u00b7 CBC News \u00b7 Posted: Mar 14, 2023 4:00 AM ET"),
    ("ca", "Posted: Mar 14, 2023 4:00 AM ET"),
    ("ca", "Last Updated: March 14, 2023"),
    ("ca", "Warning: This story contains disturbing details."),
    ("ca", "Story continues below advertisement"),
    ("ca", "\u2014 The Canadian Press"),
    ("ca", "This report by The Canadian Press was first published March 14, 2023."),
    ("ca", "With files from The Canadian Press"),
    ("ca", "Open this photo in gallery: Premier Dana Boyce speaks in Edmonton. Jason Franson/The Canadian Press"),
    # US
    ("us", "(AP)"),
    ("us", "(Reuters) -"),
    ("us", "Protesters march near the Capitol in Washington. (AP Photo/Evan Marsh)"),
    ("us", "Associated Press writer Lena Park in Chicago contributed to this report."),
    ("us", "Copyright 2023 The Associated Press. All rights reserved."),
    ("us", "This material may not be published, broadcast, rewritten or redistributed."),
    ("us", "Click here to get the latest headlines from Ohio delivered to your inbox."),
    ("us", "Follow us on Facebook and Twitter."),
    ("us", "Sign up for our morning newsletter."),
    ("us", "ADVERTISEMENT"),
    ("us", "Listen to this article"),
    ("us", "Photo by Chip Morrow/Getty Images"),
    ("us", "Getty Images"),
    ("us", "Share"),
    # British
    ("uk", "Image caption Health Secretary Alan Stroud arrives in Downing Street"),
    ("uk", "Image source, Getty Images"),
    ("uk", "Media caption Watch: Gareth Pryce on the moment the vote was announced in Cardiff"),
    ("uk", "Photo: Getty Images"),
    ("uk", "PA Media"),
    ("uk", "Published 3 hours ago"),
    ("uk", "Related Topics"),
    ("uk", "More on this story"),
    ("uk", "These are external links and will open in a separate window"),
    ("uk", "File photo"),
    ("uk", "Copy this link"),
    ("uk", "How the council spends your money In graphics"),
    ("uk", "In pictures: the count in Sunderland"),
    ("uk", "In quotes: what the leaders said in Cardiff"),
    ("us", "The senator's two terms In pictures"),
    ("in", "In graphics: how Goa voted"),
    ("ca", "The premier's budget At-a-glance"),
    # Indian
    ("in", "PTI Photo"),
    ("in", "Union Minister Ravi Shankar Prasad in New Delhi on Tuesday. (PTI Photo)"),
    ("in", "Updated: 12:42 IST"),
    ("in", "Published on: March 14, 2023 12:42 IST"),
    ("in", "Also Read: Assembly polls in Punjab and Goa to be held in five phases"),
    ("in", "Also Read | Monsoon likely to reach the Kerala coast by June 8"),
    ("in", "(With inputs from PTI)"),
    ("in", "- PTI"),
    ("in", "Edited by: Rohan Mehta"),
    ("in", "Follow us on Google News"),
    ("in", "Join our WhatsApp channel for the latest updates"),
    # charts and tables pasted as text
    ("chart", "Labour 35% Conservative 33% Lib Dem 22% Other 10%"),
    ("chart", "2019 2020 2021 2022 12.4 13.1 15.0 16.2"),
    ("chart", "Source: Statistics Canada"),
    ("chart", "Chart: Monthly inflation in Manitoba since 2020"),
    # a ranked table's rows after a story: a rank, a name, last week's place
    ("chart", "1. Hal Brenner (Last week: 2.)"),
    ("chart", "7. Oona Pettigrew (9.)"),
    ("chart", "3) Fenmoor Rovers"),
    # a tip's credit
    ("us", "(h/t Capitol Clips.)"),
    ("us", "H/T: Dana Whitlock"),
    # a writer's sign-off, a credit by the kind of work, a photographer through an agency
    ("us", "Whitlock reported from Sacramento."),
    ("us", "Dana Whitlock and Raj Patel contributed reporting from Fresno."),
    ("us", "Podcast produced by Tom Ferrand."),
    ("us", "Video produced by Lena Park"),
    ("us", "Chip Morrow via Getty Images."),
    ("uk", "Jo Reyes/Pool via AP"),
]

# sentences of news in the same shapes: a slash, a wire's name, a time, a "Share" or a "Warning"
NOT_FURNITURE = [
    "The premier said the province would hire 300 more nurses by March.",
    "Unemployment rose from 4.1% in 2019 to 5.6% in 2020, the agency said.",
    "Labour won 35% of the vote and the Conservatives won 33%.",
    "By winning the primary, the senator took all 66 delegates.",
    "Photos showed mourners crouched over the bodies.",
    "The bill would extend copyright protection to 70 years.",
    "Voters who sign up to the register before Friday can vote.",
    "Related parties must declare their interests, the law says.",
    "Share prices fell sharply after the announcement.",
    "Warning signs were ignored for years, the report found.",
    "The story continues to unfold as police search the area.",
    "Posted officers will guard the building overnight.",
    "Sources said the minister would resign on Friday.",
    "Follow-up talks are planned for next week in Ottawa.",
    "The Canadian Press reported that the talks had stalled.",
    "Click fraud cost advertisers millions last year, the study said.",
    "Updated figures show the deficit grew by two billion pounds.",
    "The senator subscribes to the view that taxes must fall.",
    "A newsletter sent to party members called for calm.",
    "Getty, the museum's owner, said the painting was not for sale.",
    "The Liberal/NDP agreement will hold until 2025, the two parties said.",
    "Image rights are at the heart of the dispute, lawyers for the players said.",
    "The minister published the letter in full on Tuesday.",
    "Analysis of the figures shows the deficit grew, the auditor said.",
    "Profiles of the candidates were sent to every voter in Goa.",
    "1. The council will cut bus fares by a tenth.",
    "2. Mr Brenner said he would stand again.",
    "3. WHAT THE BUDGET MEANS FOR RENTERS.",
    "The army reported from the front that two villages had fallen.",
    "Patel contributed reporting to the inquiry's first draft, the panel said.",
    "Policies produced by the committee were rejected by the council.",
    "The money reached Fresno via Reuters, the agency's lawyer said.",
]

# the story around each line: its own people and places, none of the furniture's
BODY = ("Mayor Elena Marsh has vetoed the city budget passed by the council last week.\n\n"
        "Marsh said the budget would leave the transit system short of money for a second year.\n\n"
        "Councillors had approved the plan by nine votes to four after a debate that lasted until midnight.")


def _briefing(nlp, text: str):
    seed = Seed(id="t", path=Path("t.txt"), date=dt.date(2023, 3, 14), title=None, paragraphs=text.split("\n\n"))
    doc = nlp(seed.text)
    return doc, facts_from_doc(doc, seed)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[A-Za-z][\w'-]*", text)}


def test_the_table_has_every_house_style():
    assert len(FURNITURE) >= 40
    assert {style for style, _ in FURNITURE} == {"ca", "us", "uk", "in", "chart"}


@pytest.mark.parametrize("style, line", FURNITURE, ids=[f"{s}-{i}" for i, (s, _) in enumerate(FURNITURE)])
def test_a_line_of_furniture_gives_no_fact(nlp, style, line):
    text = f"{line}\n\n{BODY}"
    doc, b = _briefing(nlp, text)
    assert b.text.startswith(line)  # it stays in the seed
    end = len(line)  # the furniture is the first paragraph: offsets [0, end)
    # (marked as furniture, or a wire's dateline, which is no sentence of the story's at all)
    assert any(is_furniture(s) or is_dateline(s) for s in doc.sents if s.start_char < end)
    assert b.what is not None and b.what.start >= end, b.what
    for fact in b.context + b.why:
        assert fact.start >= end, fact.text
    body = _words(BODY)
    for actor in b.who:
        assert actor.start >= end and _words(actor.name) <= body, actor
    for place in b.where:
        assert place.start >= end and _words(place.name) <= body, place
    # the headline is the story's: its words are the body's, never the furniture's alone
    assert _words(b.title) - body - {"vetoes", "veto"} == set(), b.title
    assert "Marsh" in b.title


@pytest.mark.parametrize("sentence", NOT_FURNITURE)
def test_news_of_a_similar_shape_still_counts(nlp, sentence):
    assert not is_boilerplate(sentence) and not has_page_words(sentence)
    doc = nlp(sentence)
    assert not any(is_furniture(s) for s in sents(doc)), sentence


# readers' comments pasted under a story, in invented words: each names someone or somewhere
COMMENTS = [
    "I think the mayor is right. My bus was late every day last winter. Well done Marcia.",
    "I run a bakery in Ashbury and I can tell you the fares are too high already.",
    "To Kevin of Brackton: I disagree, my son waits an hour for a bus every morning.",
    "I have lived here for forty years and I have never seen the trams so empty.",
    "As a nurse working nights I rely on the last train home. Please keep it, Marcia.",
    "I agree with Dorothy from Fenmoor that the council should cut its own pay first.",
    "My view is simple: I pay my taxes and I expect the buses to run on time.",
    "I used to drive to work but I switched to the tram. Now I regret it.",
    "Why should I pay more for a worse service? I will be voting for Hollis next time.",
    "I was a councillor in Marlbury for ten years and I never saw a budget this bad.",
    "The mayor is wasting my money on consultants. I say sack them all.",
    "I cycle everywhere, so I don't mind, but my neighbours in Ashbury are furious.",
    "I wrote to Councillor Pratt about the number 9 bus and I never got a reply.",
    "I hope the council listens this time. My daughter cannot afford a car.",
    "I am a pensioner and my free pass is the only way I get to the hospital.",
    "I think Kevin is wrong. I take the tram every day and it is always full.",
    "My husband drives for the transit company and I know how hard they work.",
    "I moved to Brackton last year and I was shocked at how bad the buses are.",
    "I back the veto. I would rather see a smaller budget than higher fares.",
    "I have one question for the mayor: where did my fare increase go?",
    "I grew up in Fenmoor and I remember when the buses ran every ten minutes.",
    "I am tired of these arguments. I just want a bus that turns up.",
]
COMMENT_NAMES = {"Kevin", "Brackton", "Dorothy", "Fenmoor", "Ashbury", "Marlbury", "Hollis", "Pratt", "Marcia"}


@pytest.mark.parametrize("shape", ["heading", "signed", "voices"])
def test_readers_comments_under_a_story_give_no_fact(nlp, shape):
    if shape == "heading":
        tail = ["Have your say"] + COMMENTS[:5]
    elif shape == "signed":
        tail = [p for k, c in enumerate(COMMENTS[:4]) for p in (c, ["Kevin, Brackton", "Dorothy Hale, Fenmoor, UK",
                                                                       "Sam, Ashbury", "Jo Reyes, Marlbury"][k])]
    else:
        tail = COMMENTS
    paragraphs = BODY.split("\n\n") + tail
    assert comment_block(paragraphs) == 3
    doc, b = _briefing(nlp, "\n\n".join(paragraphs))
    end = len(BODY)
    assert all(is_furniture(s) for s in sents(doc) if s.start_char > end)
    names = {n for a in b.who for n in a.name.split()} | {n for p in b.where for n in p.name.split()}
    assert not names & COMMENT_NAMES, names
    assert "Marsh" in names
    assert all(f.start < end for f in b.context + b.why + ([b.what] if b.what else [])), b.context


def test_a_column_or_an_interview_in_the_first_person_is_no_comment_section():
    column = BODY.split("\n\n") + COMMENTS[:15]  # a column's or an interview's few paragraphs
    assert comment_block(column) is None
    share_bar = ["Have your say"] + BODY.split("\n\n") + COMMENTS  # a share bar's heading above the story
    assert comment_block(share_bar) == 4
    caption = BODY.split("\n\n")[:2] + ["Elena Marsh, Mayor"] + BODY.split("\n\n")[2:]  # one line of a signature's shape
    assert comment_block(caption) is None


# furniture glued inside the story's own lines, as a page pasted whole carries it (one paragraph, no
# line breaks): its names are the page's, the sentence around it stays the story's (`furniture_phrases`)
INLINE = [
    ("us", "Marsh vetoed the budget on Monday. Click to share on WhatsApp (Opens in new window) Click to share on "
           "Facebook (Opens in new window) Councillors had approved it.", {"WhatsApp", "Facebook"}),
    ("us", "Marsh vetoed the budget on Monday (Photo: Getty Images) and councillors were angry.", {"Getty Images"}),
    ("us", "Marsh signs the veto in her office (AP Photo/Dana Whitlock) Councillors had approved the plan.",
     {"Dana Whitlock"}),
    ("uk", "Marsh vetoed the budget on Monday. Play slideshow Getty Images for Shelter 1 of 12 Councillors had "
           "approved it.", {"Getty Images", "Shelter"}),
    ("uk", "The veto came on Monday. Thank you for subscribing! Could not subscribe, try again later Invalid Email "
           "Marsh said the budget was short.", {"Invalid Email"}),
    ("us", "Your browser does not support this content. You must be using a modern browser with Javascript "
           "enabled to view the map. Marsh vetoed the budget.", {"Javascript"}),
    ("us", "Marsh vetoed the budget, the mayor's office said. AP:Associated Press 4 Councillors had approved it.",
     {"AP", "Associated Press"}),
    ("ca", "Marsh speaks to reporters at city hall (Reuters) Councillors had approved the plan.", {"Reuters"}),
    # a photo gallery's slides, numbered in order under its heading, each a caption and its credit
    ("uk", "Marsh vetoed the budget. City news in pictures 3 show all City news in pictures 1/3 Lanterns lit on "
           "Brackton Pier Getty 2/3 Dorothy Hale opens the Fenmoor fete Jo Reyes/PA 3/3 Crowds in Ashbury, England "
           "EPA Councillors had approved the plan.", {"Dorothy Hale", "Jo Reyes", "Fenmoor", "Ashbury", "Brackton Pier",
                                                       "Ashbury EPA", "England EPA", "EPA"}),
    ("uk", "Marsh vetoed the budget. 1/4 Marlbury, England AP 2/4 Ashbury, England Reuters 3/4 Fenmoor, Wales "
           "EPA 4/4 Brackton, Scotland Getty Councillors had approved the plan.",
     {"Marlbury", "Ashbury", "Fenmoor", "Brackton", "England AP", "Wales EPA", "Scotland Getty"}),
    # a gallery's viewer, from its counter to its "Buy Photo"
    ("us", "Marsh vetoed the budget. 1 of 12 Full Screen Autoplay Close Skip Ad x The budget fight View Photos "
           "Councillor Hal Brenner speaks in Brackton. Dana Whitlock/The Daily Star Buy Photo Wait 1 second to "
           "continue. Councillors had approved the plan.", {"Hal Brenner", "Brenner", "Brackton", "Dana Whitlock"}),
    # a link to another story: its headline in square brackets between sentences, or before "Read more"
    ("us", "Marsh vetoed the budget on Monday. [Hal Brenner: Why Brackton's buses keep failing] Councillors had "
           "approved the plan.", {"Hal Brenner", "Brackton", "Brenner"}),
    ("uk", "Marsh vetoed the budget on Monday. Fares and fury in Fenmoor | Oona Pettigrew Read more Councillors "
           "had approved the plan.", {"Oona Pettigrew", "Fenmoor", "Oona Pettigrew Read"}),
    # a tip's credit glued to a line
    ("us", "Marsh vetoed the budget on Monday. (h/t Capitol Clips.) Councillors had approved the plan.",
     {"Capitol Clips"}),
    # a caption that names people left to right
    ("us", "Marsh vetoed the budget. (L-R) Hal Brenner, Oona Pettigrew and Jo Reyes at the Fenmoor fete. "
           "Councillors had approved the plan.", {"Hal Brenner", "Oona Pettigrew", "Jo Reyes"}),    # a byline glued to the dateline after it, as a wire story pasted whole prints it
    ("us", "Marsh vetoes city budget By Dana Whitlock and Hal Brenner SACRAMENTO, May 2 (Reuters) - Mayor Elena "
           "Marsh vetoed the budget on Monday.", {"Dana Whitlock", "Hal Brenner", "Hal Brenner SACRAMENTO"}),
    # a video player's controls
    ("uk", "Marsh vetoed the budget. Video Loading Video Unavailable Click to play Tap to play The video will start "
           "in 8 Cancel Play now Watch this video again Video will play in Share this video Watch Next Councillors "
           "had approved the plan.", {"Video", "Video Loading Video Unavailable Click", "Watch Next Councillors"}),
    # a photographer through an agency, in brackets
    ("us", "Marsh signs the veto in her office (Jo Reyes/Pool via AP) Councillors had approved the plan.",
     {"Jo Reyes", "Pool"}),
    # a wire's credit in brackets between the dateline and the dash that opens the story
    ("us", "SACRAMENTO, Calif., May 2 (Kelvin Newswire) -- Mayor Elena Marsh vetoed the budget on Monday.",
     {"Kelvin Newswire"}),
    ("us", "May 2 (Brackton Wire Service) - Mayor Elena Marsh vetoed the budget on Monday.", {"Brackton Wire Service"}),
    # a writer's note closing an opinion piece: who wrote it and where, a name the story never used before
    ("us", "Marsh is right to say no.\n\nThe council should listen.\n\nDana Whitlock is a co-host of the Kelvin Politics podcast \"Hard Numbers.\" "
           "Subscribe here.", {"Dana Whitlock", "Kelvin Politics"}),
    ("us", "Marsh is right to say no.\n\nThe council should listen.\n\nOona Pettigrew is a regular contributor to the Brackton Review, where this "
           "piece first appeared.", {"Oona Pettigrew", "Brackton Review"}),
]


@pytest.mark.parametrize("style, paragraph, page_names", INLINE, ids=[f"{s}-{i}" for i, (s, _, _n) in enumerate(INLINE)])
def test_furniture_inside_a_line_names_no_actor(nlp, style, paragraph, page_names):
    from generator.input.furniture import furniture_phrases

    assert furniture_phrases(paragraph)
    _doc, b = _briefing(nlp, f"{BODY}\n\n{paragraph}")
    names = {a.name for a in b.who} | {p.name for p in b.where}
    assert not names & page_names, names
    assert any("Marsh" in n for n in names), names  # the story's own names stay


# the same words as the story's own: a name a sentence is about, or a count, not a credit
INLINE_NEWS = [
    ("Getty Images said it would appeal against the ruling on Monday.", "Getty Images"),
    ("Shutterstock has agreed to pay a fine of $2m to the city, Mayor Elena Marsh said.", "Shutterstock"),
    ("Two of the three councillors voted against Mayor Elena Marsh on Monday.", "Elena Marsh"),
    ("The mayor will share the report with councillors, and 9 of 12 have read it.", "9 of 12"),
    ("Rex Features sold its archive to a US firm last year.", "Rex Features"),
    # a date, a score, an editor's word in a quotation, a reader's "read more"
    ("Marsh met Hal Brenner on 1/4, again on 2/4 and a third time on 3/4, her office said.", "Hal Brenner"),
    ("\"I told [Hal Brenner] the plan was dead,\" Marsh said.", "Hal Brenner"),
    ("Marsh said the council would not budge. [Laughter] Hal Brenner then spoke.", "Hal Brenner"),
    ("Hal Brenner urged voters to read more about the plan.", "Hal Brenner"),
    # "by" a name inside a sentence, a time before a capital
    ("The plan was drawn up by Hal Brenner SACRAMENTO, officials said.", "Hal Brenner"),
    ("By Tuesday NATO said Hal Brenner had left.", "Hal Brenner"),
    ("The video was shared by Hal Brenner, who said it was unavailable.", "Hal Brenner"),
    # a body's short name in brackets before a dash inside a sentence, or a heading's: no dateline before it
    ("The Kelvin Transit Authority (KTA) - which runs the buses - backed Marsh.", "KTA"),
    ("Marsh met Brackton Cyclists (Brackton Cycling Group) -- and they agreed.", "Brackton Cycling Group"),
    # a last paragraph on someone the story named before is the story's; so is one not in the note's shape
    ("Hal Brenner voted against the plan.\n\nHal Brenner is a member of the transit committee.", "Hal Brenner"),
    ("Marsh vetoed the plan.\n\nHal Brenner is the author of the rival plan.", "Hal Brenner"),
    ("Marsh vetoed the plan.\n\nHal Brenner is a Labour councillor for Brackton.", "Hal Brenner"),
    ("Hal Brenner was a spokesman for the Kelvin Alliance, which said the plan would fail.", "Hal Brenner"),
    ("Hal Brenner is a spokesman for the Kelvin Alliance.\n\nHe said the plan would fail.", "Hal Brenner"),
    ("Marsh vetoed the plan.\n\nCouncillors had backed it.\n\nThey met on Monday.\n\nHal Brenner was a "
     "member of the transit board at the time.", "Hal Brenner"),
]


@pytest.mark.parametrize("sentence, name", INLINE_NEWS)
def test_names_a_story_is_about_are_no_inline_furniture(sentence, name):
    from generator.input.furniture import furniture_phrases

    assert not any(name in sentence[s:e] for s, e in furniture_phrases(sentence))


def test_a_picture_library_a_story_is_about_is_an_actor(nlp):
    _doc, b = _briefing(nlp, INLINE_NEWS[0][0])
    assert "Getty Images" in {a.name for a in b.who}


# a caption's credit glued to its subject's name by a page pasted whole ("GETTY Trump"): the person, once
@pytest.mark.parametrize("caption", [
    "Mayor Elena Marsh at city hall GETTY Marsh said the budget was short.",
    "Mayor Elena Marsh at city hall Marsh REUTERS The budget was short, she said.",
    "Mayor Elena Marsh at city hall AP Marsh said the budget was short.",
])
def test_a_credit_glued_to_a_name_is_no_part_of_it(nlp, caption):
    _doc, b = _briefing(nlp, f"{BODY}\n\n{caption}")
    names = [a.name for a in b.who if a.kind == "person"]
    assert not [n for n in names if set(n.split()) & {"GETTY", "REUTERS", "AP"}], names
    assert "Elena Marsh" in names


# links to other stories under a heading: their headlines in title case, after the story
def test_headlines_listed_under_a_links_heading_name_no_actor(nlp):
    from generator.input.furniture import link_list

    links = ['"Related:"', "Fenmoor Mayor Hal Brenner Quits Over Bus Fares.",
             "Oona Pettigrew Wins Seat In Brackton By Nine Votes"]
    assert link_list([BODY, *links]) == [2, 3]
    _doc, b = _briefing(nlp, "\n\n".join([BODY, *links]))
    names = {a.name for a in b.who}
    assert not names & {"Hal Brenner", "Oona Pettigrew", "Fenmoor", "Brackton"}, names
    assert any("Marsh" in n for n in names), names


def test_a_story_line_after_a_links_heading_is_the_story():
    from generator.input.furniture import link_list

    # a sentence in the story's case ends the list; no heading, no list
    assert link_list(["Related:", "Hal Brenner said the fares would rise by a tenth next year."]) == []
    assert link_list(["Hal Brenner Quits Over Bus Fares", "Oona Pettigrew Wins Seat In Brackton"]) == []
