"""Who, part 2 (`extract/participants.py`), issue 27's fifteenth round: a body or a person named only as the
scene of a clause is context, no actor: a chamber someone is put out of, a chamber told or assured, a body
after a preposition that takes only a place, a court a case may be taken to, a body a thing is opened to,
the owner of a gathering someone told, and a name only in a condition or in what someone thought might have
been. Invented sentences, the real pipeline; each with a guard where the same name acts."""
from __future__ import annotations

import pytest

from generator.extract.actors import extract_actors

from .conftest import story


def actors(nlp, text):
    return {a.name for a in extract_actors(nlp(text)).actors}


@pytest.mark.parametrize("text, not_actor", [
    # a chamber as the place someone is put out of
    ("Two MPs were thrown out of the Commons for using phones, the Speaker Michael Hale ruled.",
     "House of Commons"),
    # a chamber as the one told: "assured", "warned"
    ("The prime minister assured Parliament that most of the bill was sound, Mr Hale said.", "Parliament"),
    ("The minister warned Parliament on Monday that the bill would fail, Mr Hale said.", "Parliament"),
    # a body after a preposition that takes only a place
    ("Police turned the coaches away near the Kelvin Institute on Friday, Mr Hale said.", "Kelvin Institute"),
    ("There will be a silence at noon across the EU on Sunday, Mr Hale said.", "European Union"),
    ("Mr Hale said workers from outside the EU would face checks.", "European Union"),
    ("Three coachloads of people were searched on the way to RAF Brackmoor and sent home, Mr Hale said.", "RAF Brackmoor"),
    ("RAF Brackmoor had been the scene of disorder in the weeks before, Mr Hale said.", "RAF Brackmoor"),
    ("The use of phones in the Commons chamber has long been frowned on, Mr Hale said.", "House of Commons"),
    # a court as where a case may be taken; a body a thing is opened to
    ("The campaigners said they would take their case to the European Court of Human Rights, Mr Hale said.",
     "European Court of Human Rights"),
    ("Mr Hale rejected the call to open up the books to the National Audit Office.", "National Audit Office"),
    # the owner of the gathering someone told
    ("Mr Hale told Age Concern's Age Agenda in London that the myth had to be exploded.", "Age Concern"),
    # a condition, and what someone thought might have been
    ("Mr Hale said taxes would rise if Labour wins the next election.", "Labour Party"),
    ("Mr Hale said he had woken up thinking Mr Dukes might have won.", "Dukes"),
])
def test_a_name_only_setting_the_scene_or_imagined_is_no_actor(nlp, text, not_actor):
    found = actors(nlp, text)
    assert not_actor not in found, found


@pytest.mark.parametrize("text, name", [
    # guards: the same names where they act or are acted on in the event
    ("The Commons voted for the plan on Tuesday, Mr Hale said.", "House of Commons"),
    ("Parliament rejected the plan on Tuesday, Mr Hale said.", "Parliament"),
    ("RAF Brackmoor said the coaches had been searched on the way to London.", "RAF Brackmoor"),
    ("The Kelvin Institute near Leeds said the coaches had been turned away.", "Kelvin Institute"),
    ("The EU agreed the aid package on Monday, Mr Hale said.", "European Union"),
    ("The European Court of Human Rights ruled against the government on Monday.",
     "European Court of Human Rights"),
    ("The National Audit Office said the books were in order.", "National Audit Office"),
    ("Age Concern said the myth had to be exploded.", "Age Concern"),
    ("Labour won the election, and Mr Hale said taxes would rise.", "Labour Party"),
    ("Mr Dukes won the vote on Monday, Mr Hale said.", "Dukes"),
    ("Mr Dukes will resign if the plan fails, Mr Hale said.", "Dukes"),
    ("The reform could be dropped if, as Tony Hale and Ruth Dukes have suggested, the old exams stay.", "Ruth Dukes"),
    ("Mr Hale was asked if the Kelvin Trust had also been in the country.", "Kelvin Trust"),
])
def test_the_same_names_acting_are_actors(nlp, text, name):
    found = actors(nlp, text)
    assert name in found, found


@pytest.mark.parametrize("text, names", [
    # a state as the doer of a deed told by its noun: it decides, offers, agrees
    ("The UK has welcomed the decision by India and Pakistan to open a rail link across the border.",
     {"India", "Pakistan"}),
    ("Ministers welcomed Norway's offer of talks on Monday, Mr Hale said.", {"Norway"}),
])
def test_a_state_whose_deed_is_the_news_is_an_actor(nlp, text, names):
    found = actors(nlp, text)
    assert names <= found, found


@pytest.mark.parametrize("text, name", [
    # guards: a state only as a place or what a thing is between
    ("The UK has welcomed the new rail link between India and Pakistan.", "India"),
    ("Ministers discussed Norway's economy on Monday, Mr Hale said.", "Norway"),
    ("Mr Hale will make a pitch for Norway's ethnic vote on Monday.", "Norway"),
])
def test_a_state_only_described_is_no_actor(nlp, text, name):
    assert name not in actors(nlp, text)


# Issue 27, round 16 (i27z2): a name only in someone's description, as a venue or its owner, as a tool's
# owner, as the topic of a text, as the owner of a seat fought for, or as a place a thing spread to.
@pytest.mark.parametrize("text, not_actor", [
    # a kin's or a friend's "of": the name says who the other is, whatever the parse
    ("Among those charged was Rupert Hale, son of the film star Tom Hale, who lives in Kent.", "Tom Hale"),
    ("Those charged included Rupert Hale, the son of film star Tom Hale and Luke Dale, 27.", "Tom Hale"),
    ("Those charged included Rupert Hale, 22, and Luke Dale, 27, a close friend of the actors Tom Reeve and "
     "Ruth Maddox.", "Ruth Maddox"),
    # a venue: a chamber's room, a place one gets into; the owner of the event where a thing is done
    ("Protesters stormed the House of Commons chamber during the debate, Mr Hale said.", "House of Commons"),
    ("The men had used a forged pass to gain access to the House of Commons, Mr Hale said.", "House of Commons"),
    ("The talks will be held at Labour's autumn conference in Leeds, the union said.", "Labour Party"),
    ("Mr Hale appeared at events for the Prince's Trust on Thursday.", "Prince's Trust"),
    # the owner of a tool used
    ("Mr Hale said using the Royal Mail's redirection service had helped officers find 5,000 voters.",
     "Royal Mail"),
    # the topic of a text
    ("Mr Hale wrote an article in the magazine he edits about Geordies mourning the death of the aid worker "
     "Ken Dale.", "Ken Dale"),
    ("Mr Hale apologised in the leader article on the death of Mr Dale, the paper said.", "Dale"),
    # the owner of a seat someone else fights for; the chamber whose committee hears evidence
    ("Mr Dale has his sights set on Home Secretary Tom Hale's Ashfield seat, the paper said.", "Tom Hale"),
    ("Experts gave evidence to the Scottish Parliament's environment committee on Tuesday.", "Scottish Parliament"),
])
def test_a_name_only_describing_hosting_or_told_about_is_no_actor(nlp, text, not_actor):
    found = actors(nlp, text)
    assert not_actor not in found, found


@pytest.mark.parametrize("text, name", [
    # guards: the same names where they act
    ("Those charged included Rupert Hale, the son of film star Tom Hale and Luke Dale, 27.", "Luke Dale"),
    ("Tom Hale said his son had been charged.", "Tom Hale"),
    ("Labour said it would hold talks at its autumn conference in Leeds.", "Labour Party"),
    ("Labour said the talks went well, and the Royal Mail said the service was popular.", "Royal Mail"),
    ("The Prince's Trust said the events had raised £1m.", "Prince's Trust"),
    ("Ken Dale wrote an article about the plan.", "Ken Dale"),
    ("Mr Hale wrote a report on behalf of the Kelvin Trust last year.", "Kelvin Trust"),
    ("The Scottish Parliament passed the bill on Tuesday.", "Scottish Parliament"),
    ("The Commons voted for the plan on Tuesday, Mr Hale said.", "House of Commons"),
])
def test_the_same_names_acting_stay_actors(nlp, text, name):
    assert name in actors(nlp, text)


@pytest.mark.parametrize("text, name, context", [
    # a name after "spread to/into/across" is where a thing reached, whatever the model labelled it
    ("The strikes that began in Leeds later spread to the Kelvin Valley, Mr Hale said.", "Kelvin Valley", True),
    ("The unrest spread across the Kelvin Valley and Tyneside within days.", "Kelvin Valley", True),
    # guard: the body that spreads something acts
    ("The Kelvin Trust will spread the money across the region, Mr Hale said.", "Kelvin Trust", False),
])
def test_a_name_a_thing_spread_to_is_a_place(nlp, text, name, context):
    from spacy.tokens import Span

    from generator.extract.participants import named_only_as_context

    doc = nlp(text)
    words = name.split()
    start = next(t.i for t in doc if t.text == words[0])
    span = Span(doc, start, start + len(words), label="ORG")  # the model's label varies: the rule's is fixed
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [span]
    assert named_only_as_context(doc.ents[[e.start for e in doc.ents].index(start)]) is context


@pytest.mark.parametrize("text, not_actor", [
    # a chamber entered or left: a step of a career
    ("Ms Dukes entered Parliament in 1997 and left the Commons in 2005.", "Parliament"),
    ("Ms Dukes entered Parliament in 1997 and left the Commons in 2005.", "House of Commons"),
    ("Before entering the Commons, Mr Hale led the council.", "House of Commons"),
    # a chamber as a room where a thing happened
    ("Ms Dukes threw up in the Chamber during a debate, Mr Hale said.", "Chamber"),
    # a committee's remit, the committee told
    ("Mr Hale told the joint committee on Regional Trade Controls that the ban would stay.", "Regional Trade Controls"),
    # a chamber only as whose committee it is
    ("Mr Hale told a Commons select committee human rights concerns over China remained.", "House of Commons"),
    ("The plans were backed by the Commons' home affairs committee on Monday.", "House of Commons"),
    # a chamber recommended to
    ("The group of MPs will recommend to the full House of Commons what action should be taken.", "House of Commons"),
    # chambers as where members sit, the parser's list hung on the members
    ("The rules apply to all parties with two members in the House of Commons, European Parliament or Welsh Assembly.",
     "European Parliament"),
    ("The rules apply to all parties with two members in the House of Commons, European Parliament or Welsh Assembly.",
     "Welsh Assembly"),
    # a body only in a title whose holder acts, named or not
    ("The head of the Catholic Church in England and Wales made the comments on Sunday.", "Catholic Church"),
    ("Cardinal John Hale, the head of the Catholic Church in England and Wales, said the war was wrong.",
     "Catholic Church"),
    ("The chairman of the Kelvin Bank has been arrested over the loans.", "Kelvin Bank"),
    ("Ken Dukes, the chairman of the Kelvin Bank, said profits had risen.", "Kelvin Bank"),
    # what a thing is parted from
    ("The plan would separate the state from both the Church of England and the Christian faith.", "Church of England"),
    ("The bill would split the regulator from the Kelvin Trust, Mr Hale said.", "Kelvin Trust"),
])
def test_a_chamber_entered_a_remit_told_a_seat_a_title_or_a_parting_is_no_actor(nlp, text, not_actor):
    found = actors(nlp, text)
    assert not_actor not in found, found


@pytest.mark.parametrize("text, name", [
    # guards: the same bodies acting, or speaking through their voice
    ("The Commons rejected the bill on Monday.", "House of Commons"),
    ("The Commons voted for the plan after the committee reported.", "House of Commons"),
    ("Parliament passed the bill on Monday.", "Parliament"),
    ("A spokesman for the Home Office said the plan was sound.", "Home Office"),
    ("The Kelvin Bank said profits had risen, its chairman Ken Dukes said.", "Kelvin Bank"),
    ("The Church of England said the plan would separate the state from the faith.", "Church of England"),
    ("The European Parliament voted for the rules on Tuesday.", "European Parliament"),
    ("The chairman of the Kelvin League, which represents officers, said the plan was unworkable.", "Kelvin League"),
])
def test_the_same_bodies_acting_or_speaking_stay_actors(nlp, text, name):
    found = actors(nlp, text)
    assert name in found, found


# issue 27, round 18: a name inside the noun a copula says its subject is, a person owning a country's name, a
# party before a seat's noun, a body where someone studied or spent time, and a name inside what a law does
@pytest.mark.parametrize("text, not_actor", [
    ("Mr Hale was a special advisor to Chancellor Peter Dunmore before he won the seat.", "Peter Dunmore"),
    ("He later became secretary of the Commission on Social Policy, and then ran for the Commons.",
     "Commission on Social Policy"),
    ("She is now a leading voice in the Green Party.", "Green Party"),
    ("She was a junior adviser to the Kelvin Treasury before the election.", "Kelvin Treasury"),
    ("Mr Hale denied comparing the plan with Stalin's Russia.", "Stalin"),
    ("Mr Hale spent time at the Institute for Civic Renewal before joining the cabinet.",
     "Institute for Civic Renewal"),
    ("Mr Hale was educated at Kelvin Comprehensive before going to Oxford.", "Kelvin Comprehensive"),
    ("Peers will challenge the 1949 Act - which extends the right of the House of Commons to overrule the "
     "House of Lords, Mr Hale said.", "House of Commons"),
])
def test_a_name_only_describing_someone_or_a_law_is_no_actor(nlp, text, not_actor):
    found = actors(nlp, text)
    assert not_actor not in found, found


@pytest.mark.parametrize("text, name", [
    # guards: the name is the predicate itself, an agent, a founder's body, or acts in the clause on a law
    ("The biggest donor to the campaign was the Kelvin Trust, Mr Hale said.", "Kelvin Trust"),
    ("It was a decision by the Kelvin Trust, Mr Hale said.", "Kelvin Trust"),
    ("Mr Hale was a spokesman for the Kelvin Alliance, which said the plan would fail.", "Kelvin Alliance"),
    ("Mr Hale attacked the bill, which the House of Lords rejected on Monday.", "House of Lords"),
    ("Peter Dunmore said the plan was sound, and Mr Hale was his special advisor.", "Peter Dunmore"),
    ("Labour won the seat in 1997, Mr Hale said.", "Labour Party"),
    ("The plan is an example of the Kelvin Alliance's harsh response, Mr Hale said.", "Kelvin Alliance"),
    ("Mr Hale said there was deep disquiet about the plan among senior Tories.", "Conservative Party"),
    ("Mr Hale backed the bill, which was passed after the Kelvin Alliance accepted a review.", "Kelvin Alliance"),
    ("The Institute for Civic Renewal said the plan would fail.", "Institute for Civic Renewal"),
])
def test_the_same_names_taking_part_stay_actors(nlp, text, name):
    found = actors(nlp, text)
    assert name in found, found


@pytest.mark.parametrize("text, not_actor", [
    # what someone says would have been: a counterfactual, no act
    ("Mr Hale sent an e-mail, suggesting presenter Tom Dukes would have seen the funny side.", "Tom Dukes"),
    ("Mr Hale said Tom Dukes would have voted for the plan.", "Tom Dukes"),
    # an example of a kind after "like" or "such as"
    ("Mr Hale said the loss of the files could harm the work of key probes like the Kelvin Commission.",
     "Kelvin Commission"),
    ("Mr Hale said the money would go into frontline services like the NHS and schools.", "NHS"),
    ("Mr Hale said the cut would hit bodies such as the Kelvin Trust.", "Kelvin Trust"),
    # a body closing a description apposed to a person, however the parser hangs it
    ("Prince Tom should see the camp for himself, Rabbi Sam Dale, founder of Jewish human rights group the "
     "Kelvin Center said.", "Kelvin Center"),
    # a body naming the post its holder held (and in his title: no act anywhere)
    ("Tom Hale, ex-chief economic adviser to the Treasury, said there would be no rise before the vote. Mr Hale, "
     "who stepped down from his Treasury post to stand as a candidate, had said the rule would be met.",
     "Treasury"),
])
def test_a_name_only_in_a_counterfactual_an_example_or_a_description_is_no_actor(nlp, text, not_actor):
    found = actors(nlp, text)
    assert not_actor not in found, found


@pytest.mark.parametrize("text, name", [
    # guards: the same names where they act
    ("Mr Hale said Tom Dukes would vote for the plan.", "Tom Dukes"),
    ("Police said Tom Dukes might have fled the country.", "Tom Dukes"),
    ("Groups such as the Kelvin Trust have criticised the plan.", "Kelvin Trust"),
    ("Mr Hale said the cut would hit groups such as the Kelvin Trust, which said it was unfair.",
     "Kelvin Trust"),
    ("Jim Parton, of the group Fathers United, said the new proposals lacked compulsion.", "Fathers United"),
    ("The Treasury said the rule would be met, Mr Hale said.", "Treasury"),
])
def test_the_same_names_acting_stay_actors_round_19(nlp, text, name):
    assert name in actors(nlp, text)


@pytest.mark.parametrize("text, not_actor", [
    # a government someone served in or under dates the post: the era, no actor
    ("Mr Dale later turned down a junior post in Maria Lund's administration, his friends said.", "Maria Lund"),
    ("In Maria Lund's first government, Mr Dale was put in charge of transport, where he won new funds.",
     "Maria Lund"),
    # the chambers members sit in, however the parser hangs the list or the name on the members
    ("The plan would help parties with two members in the House of Commons, European Parliament, Welsh Assembly "
     "or Ulster Assembly.", "Welsh Assembly"),
])
def test_a_government_served_in_and_a_chamber_sat_in_are_no_actors(nlp, text, not_actor):
    assert not_actor not in actors(nlp, text), list(actors(nlp, text))


@pytest.mark.parametrize("text, name", [
    # the object of a confidence or a vote is not an era
    ("Mr Dale said the result would be a vote of no confidence in Maria Lund's government.", "Maria Lund"),
    ("Maria Lund's government announced the cuts on Monday.", "Maria Lund"),
    ("The Kelvin Assembly voted to back the plan.", "Kelvin Assembly"),
])
def test_a_government_s_owner_and_a_chamber_that_act_stay_actors(nlp, text, name):
    assert name in actors(nlp, text), list(actors(nlp, text))


def test_a_chamber_named_before_its_members_is_where_they_sit(nlp):
    # "its two London Assembly members": labelled as the model labels it in such stories
    from generator.extract.participants import named_only_as_context
    text = "The Green Party has lost one of its two London Assembly members to the new party."
    doc = nlp(text)
    at = text.index("London Assembly")
    doc.ents = [doc.char_span(at, at + len("London Assembly"), label="ORG")]
    assert named_only_as_context(doc.ents[0])


# round 21: a name only as the standard of a comparison or a record is no actor
@pytest.mark.parametrize("text, not_actor", [
    ("If Mr Hale wins again, he will surpass Peter Dukes's nine years in office by 2010.", "Peter Dukes"),
    ("The premier has now served longer than ever, overtaking the combined length of Peter Dukes's two terms.",
     "Peter Dukes"),
    ("Mr Hale said the new scheme could be a reform to match the Kelvin Trust's creation.", "Kelvin Trust"),
    ("Mr Hale said the deficit was small when compared with Peter Dukes's record.", "Peter Dukes"),
    ("Unlike Peter Dukes, Mr Hale refused to answer questions on Monday.", "Peter Dukes"),
])
def test_a_name_only_as_the_standard_of_a_comparison_is_no_actor(nlp, text, not_actor):
    assert not_actor not in actors(nlp, text)


@pytest.mark.parametrize("text, name", [
    # overtaken in a race; the owner of an offer that is matched and who acts too
    ("Mr Hale overtook Peter Dukes on the first lap of the race.", "Peter Dukes"),
    ("Peter Dukes offered £5m on Monday, and Mr Hale said he would match Peter Dukes's offer.", "Peter Dukes"),
    ("Peter Dukes served nine years, and Mr Hale will surpass Peter Dukes's record in May.", "Peter Dukes"),
])
def test_the_same_names_acting_stay_actors_round_21(nlp, text, name):
    assert name in actors(nlp, text)


# round 22: a body named for its building, its chamber or an event, as where a thing happens; a chamber or an
# office as the prize of a contest; a body as a person's affiliation; an outlet a thing was shown or written on
@pytest.mark.parametrize("text, not_actor", [
    # where: "at", "in", "inside", a going's "to", after any verb or noun
    ("Speaking at the Brackmoor Club on Friday, Mr Hale said the party had to win back trust.", "Brackmoor Club"),
    ("According to papers released at the Kelvin Archives, Mr Hale met the envoy twice in 1971.", "Kelvin Archives"),
    ("Mr Hale spoke to a packed house at Brackmoor University while his rivals debated.", "Brackmoor University"),
    ("Injured people were taken to Kelvin General Hospital, police said.", "Kelvin General Hospital"),
    ("Rivals took the stage at the Brackmoor Events Center.", "Brackmoor Events Center"),
    ("Mr Hale joked about his rival at the Kelvin Press Association Dinner in 2011.",
     "Kelvin Press Association Dinner"),
    # the prize of a contest
    ("The figures cheered Democrats hoping to capture the Senate next year, Mr Hale said.", "Senate"),
    ("Mr Hale's new podcast follows the race for the White House every week.", "White House"),
    ("Mr Hale said the money would decide the control of the Senate in November.", "Senate"),
    # a person's affiliation: "from", "at", a post's or a tie's "of"
    ("Ann Lee worked for years as a partner at Dale & Crump, Mr Hale said.", "Dale & Crump"),
    ("Researchers from Kelvin College found that Mr Hale had voted twice.", "Kelvin College"),
    ("The joint founder of merchant bank Hale Crump gave £300,000, Mr Dale said.", "Hale Crump"),
    ("A book by a member of Brackmoor Chambers says Mr Hale was warned.", "Brackmoor Chambers"),
    ("\"TV shows never die,\" said Tom Reed, the chief executive of Brackvision.", "Brackvision"),
    # the outlet a thing was shown or written on
    ("The ceremony has been televised on KBC since 2010, Mr Hale said.", "KBC"),
    ("\"She is most vulnerable there,\" Tom Reed wrote on Kelvin Media Group.", "Kelvin Media Group"),
    ("Mr Hale spoke after the final, shown on Brack Sports Group.", "Brack Sports Group"),
])
def test_a_venue_a_prize_or_an_affiliation_is_no_actor(nlp, text, not_actor):
    assert not_actor not in actors(nlp, text)


@pytest.mark.parametrize("text, name", [
    # a body that says or does, a body someone runs, a target, a body's own team, what a critic judges
    ("The Brackmoor Club said on Friday that it would close its doors, Mr Hale said.", "Brackmoor Club"),
    ("Mr Hale took over at the Kelvin Agency from Tom Reed in 2001.", "Kelvin Agency"),
    ("Mr Hale hit out at the Brackmoor Club on Friday over its fees.", "Brackmoor Club"),
    ("An inspection team from the Kelvin Olympic Committee began a four-day tour of the city.",
     "Kelvin Olympic Committee"),
    ("A former critic of the House of Lords, Mr Hale said he would use it to push for reform.", "House of Lords"),
    ("The Senate passed the bill on Tuesday, Mr Hale said.", "Senate"),
    ("The Kelvin Media Group aired the show on Tuesday.", "Kelvin Media Group"),
    # after a noun of a stand or an act, "from" names who takes it: the body acts (the lead, after the held-out
    # labels: "opposition from Republicans" had been read as an affiliation of "opposition", a role's word)
    ("Mr Hale faced fierce opposition from the Kelvin Alliance over the plan.", "Kelvin Alliance"),
    # people unnamed who speak: their body is the only name they have ("a group of experts at X warned")
    ("Last month a group of security experts at the Kelvin Institute warned that hackers could forge the files.",
     "Kelvin Institute"),
    ("The bill won support from the Brackmoor Federation on Monday, Mr Hale said.", "Brackmoor Federation"),
])
def test_the_same_names_acting_stay_actors_round_22(nlp, text, name):
    assert name in actors(nlp, text)


@pytest.mark.parametrize("text, not_actor", [
    # a career's steps: the body joined, served in, moved to or left is where the person was
    ("Mr Dale enlisted in the Kelvin Navy in 1951 and rose to the rank of captain.", "Kelvin Navy"),
    ("Ms Lund served on the Greater Kelvin Council before being elected to the Brack Assembly in 1992.",
     "Greater Kelvin Council"),
    ("Ms Lund served on the Greater Kelvin Council before being elected to the Brack Assembly in 1992.",
     "Brack Assembly"),
    ("Mr Dale was promoted from the Kelvin Office, where he had been a junior minister.", "Kelvin Office"),
    ("In 2009 Mr Dale resigned from the Brack Assembly after a row over his expenses.", "Brack Assembly"),
    ("Ms Lund urged the two men to step down from the Kelvin Authority.", "Kelvin Authority"),
    ("There are rumours Mr Dale will be moved to the Kelvin Office after the election.", "Kelvin Office"),
    ("Before politics Ms Lund worked for the Kelvin Agency for ten years.", "Kelvin Agency"),
    ("Ms Lund, who sits on the board of the Kelvin Club Association, said the plan was sound.",
     "Kelvin Club Association"),
    ("After the election Mr Dale took a job at Brackwell Holdings, a bank in the City.", "Brackwell Holdings"),
    # a room where people are
    ("The two leaders talked for an hour in the Oval Office before lunch.", "Oval Office"),
    ("Reporters were ushered into the Oval Office, where the two men sat.", "Oval Office"),
    ("Mr Dale and Ms Lund held a brief photo call in the Oval Office on Thursday.", "Oval Office"),
    # a message's or a sending's destination
    ("In a letter to the Brack Assembly on Sunday, Mr Dale said the inquiry had ended.", "Brack Assembly"),
    ("Ms Lund wrote to the Kelvin Agency last week asking for the files.", "Kelvin Agency"),
    ("The recordings were sent to the Kelvin Agency for analysis, Ms Lund said.", "Kelvin Agency"),
])
def test_a_career_step_and_a_message_destination_are_no_actors(nlp, text, not_actor):
    assert not_actor not in actors(nlp, text), list(actors(nlp, text))


@pytest.mark.parametrize("text, name", [
    # the same bodies acting: a subject, an object, a speaker
    ("The Brack Assembly elected Mr Dale as its speaker on Monday.", "Brack Assembly"),
    ("The Kelvin Agency wrote to Ms Lund last week asking for the files.", "Kelvin Agency"),
    ("Mr Dale resigned from the Brack Assembly, and the Brack Assembly said it would hold a by-election.",
     "Brack Assembly"),
    ("The Kelvin Council suspended Mr Dale for ten days last month.", "Kelvin Council"),
    # a body that expels or suspends someone acts on him, whoever the passive leaves unnamed
    ("Mr Dale, who was expelled from the Kelvin Party over his stance on the war, will stand again.", "Kelvin Party"),
    ("Mr Dale was suspended from the Brack Assembly for ten days last month.", "Brack Assembly"),
    ("Brackwell Holdings cut 300 jobs at its offices in the City.", "Brackwell Holdings"),
    ("The board of the Kelvin Club Association voted to sell the course.", "Kelvin Club Association"),
    ("A letter from the Kelvin Office in the Brack Room said the plan was dead.", "Kelvin Office"),
    ("The Kelvin Office said on Monday it would review the rules.", "Kelvin Office"),
    # a person after "to" is no body's destination: whom one writes to is told
    ("Ms Lund wrote to Mr Dale last week asking for the files.", "Mr Dale"),
])
def test_a_body_that_acts_beside_a_career_or_a_message_stays_an_actor(nlp, text, name):
    found = actors(nlp, text)
    assert name in found or any(name.split()[-1] in a for a in found), list(found)

# round 24: a name only as the standard of a comparison, the owner of a period, or what a style is like
@pytest.mark.parametrize("text, not_actor", [
    # a rank measured behind a name
    ("The former governor has been stuck in low single digits in the polls behind Maria Lund and Peter Dukes.",
     "Peter Dukes"),
    ("The win moves him to third in the all-time list behind Peter Dukes.", "Peter Dukes"),
    # the owner of a period: when, not who
    ("The housing market collapsed on Peter Dukes's watch, Mr Hale said.", "Peter Dukes"),
    ("Mr Hale said Peter Dukes's years in office had left the party weak.", "Peter Dukes"),
    # a clause of comparison that only echoes the verb: a standard or a historical parallel
    ("Mr Hale called an early election, just as Peter Dukes did in 1983.", "Peter Dukes"),
    ("Mr Hale called an early election, as Peter Dukes did in 1983.", "Peter Dukes"),
    ("Mr Hale has done more for the town in two weeks than Peter Dukes or Maria Lund have in a year.",
     "Maria Lund"),
])
def test_a_name_only_as_a_standard_or_an_era_is_no_actor(nlp, text, not_actor):
    found = actors(nlp, text)
    assert not_actor not in found, found


@pytest.mark.parametrize("text, name", [
    # the period's owner after "the" and the style's namesake, with the name the model may miss given it
    ("Mr Hale promised voters a complete break from the Dukes years.", "Dukes"),
    ("Mr Hale said voters were tired of the Dukes years.", "Dukes"),
    ("Mr Hale cast himself as a Kelvin- and Peter Dukes-style progressive.", "Peter Dukes"),
])
def test_a_period_s_owner_or_a_style_s_namesake_is_context(nlp, text, name):
    from generator.extract.participants import named_only_as_context
    doc = nlp(text)
    at = text.index(name)
    doc.ents = [doc.char_span(at, at + len(name), label="PERSON")]
    assert named_only_as_context(doc.ents[0])


@pytest.mark.parametrize("text, name", [
    # guards: the same names where they act or are acted on
    ("Mr Hale rallied behind Peter Dukes on Monday.", "Peter Dukes"),
    ("Mr Hale said the plan would fail, as Peter Dukes has suggested.", "Peter Dukes"),
    ("As Peter Dukes said on Monday, the plan will fail.", "Peter Dukes"),
    ("Peter Dukes's watch was stolen in Leeds, Mr Hale said.", "Peter Dukes"),
    ("Mr Hale called an early election, just as Peter Dukes did in 1983. Peter Dukes said he was pleased.",
     "Peter Dukes"),
    # "as did X": X did so too; a bare "as X did": X may have done the same in the story
    ("Mr Hale said he was delighted and offered his congratulations, as did party leader Peter Dukes.",
     "Peter Dukes"),
    ("The Kelvin Party attacked the plan on Monday, as Peter Dukes did.", "Peter Dukes"),
])
def test_the_same_names_acting_stay_actors_round_24(nlp, text, name):
    found = actors(nlp, text)
    assert name in found, found


@pytest.mark.parametrize("text, not_actor", [
    # round 26: any body told, addressed, spoken or testified to is the audience; so is the body whose meeting,
    # session or audience is told
    ("Ms Hale spoke to the Kelvin Valley Alliance on Tuesday and promised new jobs.", "Kelvin Valley Alliance"),
    ("Mr Dale told a meeting of the Brackmoor Housing Authority that rents would rise.",
     "Brackmoor Housing Authority"),
    ("The minister told an audience at the Harwood Institute that the plan would work.", "Harwood Institute"),
    ("Mr Dale told the Kelvin Farmers Union on Friday that the subsidy would stay.", "Kelvin Farmers Union"),
    # a body apposed to a person's name, as a caption or a by-line writes it, is where the person belongs
    ('"The plan is sound," said Jane Dale, Harwood Institute.', "Harwood Institute"),
    # a body whose members act is their affiliation
    ("Dozens of members of the Kelvin Farmers Union marched to the town hall on Monday.", "Kelvin Farmers Union"),
    # whom a post serves: "adviser to", "an official under", "worked under"
    ("Tom Reed, a former adviser to Ruth Dukes, said the plan would fail.", "Ruth Dukes"),
    ("Mr Reed worked under Ruth Dukes at the Foreign Office before he won the seat.", "Ruth Dukes"),
    # a body after its kind's noun, inside a person's title
    ("Ann Dale, managing partner of the investment bank Harwood Capital and author of a book on debt, expressed "
     "alarm at the plan.", "Harwood Capital"),
    ("Tom Reed, a former treasury official and head of the hedge fund Harwood Partners who has given money to the "
     "party, was at the dinner.", "Harwood Partners"),
])
def test_an_audience_or_an_affiliation_of_any_body_is_no_actor(nlp, text, not_actor):
    found = actors(nlp, text)
    assert not_actor not in found, found


# round 26: a name after "on" or "via" of a verb of saying, showing, posting, airing, releasing, selling or
# streaming is where the thing appeared (a platform, an outlet, a programme), whatever label the model gave it
@pytest.mark.parametrize("text, not_actor", [
    ("The singer Jane Reed later posted a photo of the crowd on Pixogram.", "Pixogram"),
    ("Tickets behind the home dugout were sold on TicketHub for $2,000, Mr Hale said.", "TicketHub"),
    ("\"I am moving abroad,\" the actor Tom Reed said on Jimmy Carlson.", "Jimmy Carlson"),
    ("The documentary is set to be released on Showbox in October, Mr Hale said.", "Showbox"),
    ("Jane Reed later shared the clip on Vidtube.", "Vidtube"),
    ("\"We will win,\" wrote Tom Reed on Kelvin Daily.", "Kelvin Daily"),
])
def test_a_platform_or_programme_a_thing_appeared_on_is_no_actor(nlp, text, not_actor):
    found = actors(nlp, text)
    assert not_actor not in found, found


@pytest.mark.parametrize("text, name", [
    # guards: the same bodies where they act, and a committee that holds a hearing
    ("The Kelvin Valley Alliance said it welcomed the jobs Ms Hale promised.", "Kelvin Valley Alliance"),
    ("The Brackmoor Housing Authority voted to raise rents, Mr Dale said.", "Brackmoor Housing Authority"),
    ("The Harwood Institute published the study on Monday, Mr Dale said.", "Harwood Institute"),
    ("Mr Hale will testify before the Kelvin Oversight Committee on Tuesday.", "Kelvin Oversight Committee"),
    ("Members of the Kelvin Farmers Union marched on Monday, and the Kelvin Farmers Union said it would strike.",
     "Kelvin Farmers Union"),
    ("Ruth Dukes sacked Tom Reed, a former adviser to her, on Monday.", "Ruth Dukes"),
    ("Harwood Capital said rates would rise, according to Tom Reed, managing partner of the investment bank "
     "Harwood Capital.", "Harwood Capital"),
])
def test_a_body_that_acts_or_holds_a_hearing_stays_an_actor_round_26(nlp, text, name):
    assert name in actors(nlp, text)


@pytest.mark.parametrize("text, name", [
    # guards: who posts, sells or speaks acts, and a platform that acts stays
    ("Pixogram removed the photo on Monday, Mr Hale said.", "Pixogram"),
    ("TicketHub sold the tickets for $2,000, Mr Hale said.", "TicketHub"),
    ("Jimmy Carlson said on Tuesday that the show would return.", "Jimmy Carlson"),
    ("The actor Tom Reed posted a photo of the crowd on Pixogram.", "Tom Reed"),
])
def test_who_posts_or_sells_on_a_platform_stays_an_actor(nlp, text, name):
    found = actors(nlp, text)
    assert name in found, found


# Who and "also named" (`participants.takes_a_part`, `actors.mark_parts`): after a first sentence that is the
# story's news, each row's names are written once, and shown as Who only where the mention gives them a part (the
# news's own protagonist, named twice, is the name the story is most about, always shown).
NEWS = "Council leader Ann Hale closed the library on Monday, and Ms Hale said it would not reopen."


@pytest.mark.parametrize("sentence, parts", [
    # a subject, and the one named with it
    ("Lena Ortiz and Tom Wright voted against it.", {"Lena Ortiz": True, "Tom Wright": True}),
    # the subject inside what another says is theirs to say: named, no part of its own
    ("Lena Ortiz said Tom Wright would lose his seat.", {"Lena Ortiz": True, "Tom Wright": False}),
    ("Tom Wright could lose his seat, Lena Ortiz said.", {"Lena Ortiz": True, "Tom Wright": False}),
    ("She insisted the Treasury had refused the money.", {"Treasury": False}),
    # unless a neutral report of a plain event, which the story tells as fact
    ("Tom Wright lost his seat on Monday, Lena Ortiz said.", {"Lena Ortiz": True, "Tom Wright": True}),
    ("She said the Treasury had refused the money.", {"Treasury": True}),
    # an agent, a party to what is done, a source cited
    ("The plan was criticised by Ruth Dukes.", {"Ruth Dukes": True}),
    ("The library was built by the Carnegie Trust in 1905.", {"Carnegie Trust": True}),
    ("Talks with Sinn Fein broke down on Friday.", {"Sinn Fein": True}),
    ("The row between Oxfam and the Treasury went on.", {"Oxfam": True, "Treasury": True}),
    ("According to Ruth Dukes, turnout fell by a third.", {"Ruth Dukes": True}),
    # a body speaks and acts through its people, a group through the members it names; whoever does what a
    # verb's infinitive says acts
    ("Campaign groups including Friends of the Earth and the World Development Movement said the plan had failed.",
     {"Friends of the Earth": True, "World Development Movement": True}),
    ("Other councillors, like Tom Wright and Ruth Dukes, have said they will appeal.",
     {"Tom Wright": True, "Ruth Dukes": True}),
    ("The vote led Tom Wright to resign from the council.", {"Tom Wright": True}),
    ("Her critics said the vote had forced Tom Wright to quit.", {"Tom Wright": True}),
    ("A spokeswoman for the Electoral Commission said letters were being sent out.", {"Electoral Commission": True}),
    ("Officials at the Home Office refused to comment.", {"Home Office": True}),
    # an object outside the news sentence, a namesake: named only
    ("Later that day she met Silvio Berlusconi in Rome.", {"Silvio Berlusconi": False}),
    ("Its readers included Tom Wright.", {"Tom Wright": False}),
    ("It was named after the poet Robert Burns.", {"Robert Burns": False}),
])
def test_a_name_written_once_is_shown_as_who_only_where_its_clause_gives_it_a_part(nlp, sentence, parts):
    b = story(nlp, f"{NEWS}\n\n{sentence}")
    found = {a.name: a.acts for a in b.who}
    assert {n: found.get(n) for n in parts} == parts, found
    assert [a.acts for a in b.who] == sorted((a.acts for a in b.who), reverse=True)  # actors first


def test_the_name_a_story_is_most_about_is_shown_however_it_is_named(nlp):
    only = {a.name: a.acts for a in story(nlp, "News accounts portray Tom Wright's campaign as a revolt.\n\n"
                                              "The accounts are wrong, the figures show.").who}
    assert only == {"Tom Wright": True}


def test_the_news_sentence_s_object_a_second_mention_and_a_speaker_each_give_a_part(nlp):
    met = {a.name: a.acts for a in story(nlp, "Tony Blair has met Silvio Berlusconi in Rome.\n\n"
                                             "The two men talked for an hour.").who}
    assert met == {"Tony Blair": True, "Silvio Berlusconi": True}  # the news is done to him
    twice = {a.name: a.acts for a in story(nlp, f"{NEWS}\n\nIts readers included Tom Wright.\n\n"
                                               "Mr Wright was not happy.").who}
    assert twice["Tom Wright"] is True
    quoted = {a.name: a.acts for a in story(nlp, f'{NEWS}\n\nShe met Tom Wright, who called it "a disgrace".').who}
    assert quoted["Tom Wright"] is True, quoted
