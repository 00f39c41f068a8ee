"""Whether a name takes part in the story, or is only context of its mention.

An actor is someone or something that does, says or is done to something in a clause of the story: the
subject, object or agent of a verb, a speaker, or a name apposed to one of those. A body or a person named
only inside another's title, affiliation or description ("Linda Knox, Director of the Local Government
Centre at Kelvin University"; "Sir Bernard Ingham, Margaret Thatcher's former press secretary"; "son of
the late lawyer George Carman"), only as the medium someone spoke through ("told BBC Radio Five Live"),
only as the means of an act ("acting through the United Nations") or only as what qualifies a thing ("the
Nicki Chapman role", "a Pop Idol style contest") is context on that mention. So is a name that only sets
the scene (`_a_setting`): a chamber as the audience of what was said ("told the Commons", "a statement to
Parliament"), a body as where money was taken from ("allocated from the Department for ..."), a body as the
office someone holds or chairs ("the presidency of the G8", "who is chairing the Power Inquiry"), a person
as the era or the occasion that dates something ("during the premiership of Margaret Thatcher", "the 20th
anniversary of Chris Smith coming out"), and a school, a university, a church or a hospital as where someone
went, studied or was ("left Llanelli Grammar School to go to Cambridge University"); a chamber or a council
as the venue or the destination ("struck at the European Council", "when the bill goes to the Lords"), a body
addressed in a speech ("a speech to the Hansard Society"), the owner of a thing the story names ("the
Treasury's Barker Review"), the name another body took ("has now become Network Rail") and peoples only as
what a noun is between ("a clash between Muslims and Christians"); also a body as where someone worked
("has worked in the Treasury"), the topic of a report ("two reports on the NHS"), the venue of an event or of
an arrival ("the hearing at the Kelvin Institute"), what a committee scrutinises ("the committee which
scrutinises the Office for Housing"), what a thing comes under ("under the new Coastal Agency"), a chamber
naming a statement ("a Commons written statement"), a channel spoken through ("via the X television
channel") and a party as the owner of its officer who acts ("The Unity Party's leader argued"); a chamber
someone is put out of or assured ("thrown out of the Commons", "assured Parliament"), a body after a
preposition that takes only a place ("near", "across", "outside"), at the end of a way or the scene of
something, a court a case may be taken to, a body a thing is opened to, the owner of a gathering told ("told
Age Concern's Age Agenda"), and a name only in a condition ("if Labour wins"), in what someone thought
might have been ("thinking Mr Kerry might have won") or in what someone says would have been ("suggesting X
would have seen the funny side"), or as an example of a kind ("key probes like the Kelvin Inquiry",
`_only_an_example`); a person after a kin's or a friend's "of" ("son of the
rock star X", `_kin_described`), a chamber one gets into ("access to the Commons"), the owner of an event
held at or for ("at Labour's conference", "events for the Kelvin Trust"), of a tool used ("using the Royal
Mail's service"), of a seat fought for or of a committee told, a name anywhere in what a text or a talk is
about ("an article about X grieving over the death of Y"), and where a thing spread to. A name inside the
noun a copula says a person is ("he was a special advisor to X", "became secretary of the Commission on Y",
`_in_a_predicates_description`) is part of that person's description; so is a person owning a country's name
("Stalin's Russia"), a body closing a description apposed to a person ("Rabbi X, founder of rights group the
Y Centre"), a party before a seat's noun, and a name inside what a law's relative clause says it does; a name only as the standard of a comparison or a record
("will surpass X's 11 years", "compared with X's record", "Unlike X, ...", `_a_standard_of_comparison`) is context too.
Four broad statements (round 22): a body named for its building, its chamber or an event after "at", "in",
"inside", "into" or a going's "to" is where a thing happens (`_a_place_where`: "speaking at the X Club", "taken
to St Mary's Hospital", "a vote in the Senate"); a chamber or an office as what a contest is for or what is won,
kept or lost is its prize (`_an_office_as_a_prize`: "the race for the White House", "to capture the Senate");
and a body after "from", "at", "with" or a post's or a tie's "of" that hangs from a person is where he belongs
(`_a_persons_affiliation`: "researchers from X University", "a partner at X & Y", "the founder of bank X"); a
name after "on" or "via" of a verb of saying, showing, posting or selling is the outlet or the platform
(`_a_medium_by_its_verb`: "aired on X", "posted on X", "sold on X"). Round 26: any body told, addressed, spoken or testified to, or
whose meeting or audience is told, is the audience (`_a_body_told_or_addressed`; not a committee that holds a
hearing); a body's name apposed to a person's ("Jane Dale, Kelvin Institute") and a body after a member's "of"
("members of Congress told") are where people belong. A state
named as the doer of a deed's noun ("the decision by India and Pakistan to ...") acts (`agent_of_a_deed`). `actors.extract_actors` keeps
an actor when at least one of its mentions takes part: a body that acts elsewhere stays.

Of the actors, a briefing shows as Who those the story gives a part (`takes_a_part`, `actors.mark_parts`): a
name it writes more than once, a speaker, or one whose mention is the subject of a clause, the agent of a
passive ("by X"), a party to what is done or the source of an "according to", outside quotation marks and
outside what another says or claims. A name written once and only otherwise (an object, a place in a phrase,
a subject inside someone's claim: "Trump said Hillary Clinton would ...") is listed apart, as named: on pages
from other outlets three in five such names take part, against nine in ten of the others (docs/evaluation.md,
"Who: the actors the story gives a part").
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from .. import lexicon
from ..lexicon.gazetteer import is_media
from .entities import BODY_NOUNS, CHAMBER_WORDS
from .locative import MOTION_VERBS, NOT_AFTER
from .numbers import POLL_NOUNS
from .claims import told_as_fact, within_claim
from .sentences import entity_at

ROLE_WORDS = lexicon.words("roles")
PEOPLE_NOUNS = lexicon.words("people_nouns")
KIN_NOUNS = lexicon.words("kin_nouns")
SPEECH_VERBS = lexicon.words("cues", "speech_verbs")
# links inside one noun phrase: a name reached through them from another name is part of its description
_PHRASE_LINKS = frozenset(("pobj", "prep", "poss", "conj", "cc", "compound"))
# verbs an outlet is the medium of, as their recipient ("told BBC Radio Five Live") or after "on"/"to"
_MEDIUM_VERBS = frozenset("tell say speak talk write appear interview admit insist".split())
# words that make a name an outlet's, whatever the gazetteer knows ("BBC Radio Five Live", "Channel 4 News")
_MEDIUM_WORDS = frozenset("radio television tv news channel".split())
# a chamber's words: a chamber told something, or where it was said, is the audience of the saying
# verbs and nouns whose "to" or whose object is the one spoken to
_AUDIENCE_VERBS = frozenset(
    "tell address brief say speak talk give make report present announce deliver explain confirm reveal "
    "apologise admit insist write recommend submit".split())
_AUDIENCE_NOUNS = frozenset("statement speech address figures evidence report answer apology".split())
# what is said to a gathering, whoever hears it: "a speech to the Kelvin Society" (a body only listens)
_SPEECH_NOUNS = frozenset("speech address lecture talk".split())
# where a body meets, as the scene of a clause: "agreed at the European Council", "scenes in the Commons"
_MEETING_WORDS = CHAMBER_WORDS | frozenset(("council", "summit", "chamber"))
# verbs of going, whose "to" is where a thing goes ("when the bill goes to the Lords")
_GOING_VERBS = frozenset("go come head move return".split())
# verbs whose complement is the name a body took ("has now become Network Rail")
_RENAMING_VERBS = frozenset(("become",))
# verbs of moving money, whose "from" is the budget it was moved out of
_MONEY_VERBS = frozenset("allocate reallocate divert transfer take switch redirect move draw".split())
# offices and eras: the name "of" them, or their owner, is what is held or the time it dates
_OFFICE_NOUNS = frozenset("premiership presidency chairmanship reign tenure era".split())
# occasions: the name "of" them is what is marked
_OCCASION_NOUNS = frozenset("anniversary centenary bicentenary birthday".split())
# verbs whose object is the office their subject holds
_CHAIR_VERBS = frozenset("chair head preside".split())
# institutions that are also buildings, where people go, study, stay or are
_PLACE_HEADS = frozenset("school college university academy church chapel cathedral hospital prison".split())
_PLACE_PREPOSITIONS = frozenset("at in into outside near".split())
# verbs of going and coming, whose "to" or "from" is where someone went or came from
_MOTION_VERBS = _GOING_VERBS | frozenset("transfer graduate send admit".split())
_PLACE_VERBS = frozenset("leave attend visit enter quit".split())
# what a university gives: "a degree from Edinburgh University" says where someone studied
_DEGREE_NOUNS = frozenset("degree doctorate diploma phd masters qualification".split())
_SITE_NOUNS = frozenset("site building grounds ruins".split())
# verbs of a career: where someone works, served, studied, trained, was educated or spent time
_WORK_VERBS = frozenset("work serve study train educate spend".split())
# works a body can be the subject of ("reports on the NHS")
_WORK_NOUNS = frozenset("report study review book paper article documentary survey essay series".split())
# texts and talks whose "about" or "on" is their subject ("an article about ...", "a speech on ...")
_TOPIC_WORKS = _WORK_NOUNS | lexicon.words("work_nouns") | frozenset(
    "magazine newspaper column editorial piece speech lecture programme".split())
# links inside a phrase, a preposition's and a gerund's included, from a name up to the "about" of its topic
_TOPIC_LINKS = _PHRASE_LINKS | frozenset(("appos", "amod", "nmod", "pcomp"))
# events held at a place ("the hearing at the Kelvin Institute")
_EVENT_NOUNS = frozenset(
    "hearing meeting conference recording ceremony launch rally event dinner reception concert inquest funeral "
    "trial rehearsal service gathering".split())
_ARRIVAL_VERBS = frozenset("arrive gather assemble".split())
# what a committee or a watchdog does to the body it is set over
_OVERSIGHT_VERBS = frozenset("scrutinise scrutinize oversee monitor regulate shadow audit inspect".split())
_CHANNEL_NOUNS = frozenset("channel station programme program show newspaper website network".split())
_PARTY_WORDS = frozenset("labour tories tory conservatives snp ukip bnp".split())
# verbs whose object is the one told something: "assured Parliament that ...", "warned the Commons"
_TOLD_VERBS = frozenset("tell address brief assure reassure inform warn remind".split())
# prepositions that take only a place: "near RAF Kelvin", "a silence across the EU", "from outside the EU"
_PLACE_ONLY_PREPOSITIONS = lexicon.words("place_prepositions", "body_as_place")
# nouns of a way, whose "to" is where it leads ("on the way to RAF Kelvin"); nouns of a scene, whose subject
# of "be" is a place ("RAF Kelvin had been the scene of disorder"); a chamber's rooms ("the Commons chamber")
_ROUTE_NOUNS = frozenset("way road route journey trip march".split())
_SCENE_NOUNS = frozenset("scene site setting venue backdrop".split())
_ROOM_NOUNS = frozenset("chamber floor gallery lobby lobbies benches corridors building estate".split())
# a court's words, and the verbs whose "to" is where a case is taken ("take their case to the Court")
_COURT_WORDS = frozenset("court tribunal".split())
_TAKING_VERBS = _GOING_VERBS | frozenset("take bring refer send carry appeal".split())
# verbs whose "to" is the one let in: "open up the books to the Audit Office"
_OPENING_VERBS = frozenset(("open",))
# verbs of thinking and imagining, whose clause with "might/could/would have" is what did not happen
_IMAGINING_VERBS = frozenset("think imagine dream suppose fear hope wonder believe".split())
_CONDITION_MARKS = frozenset(("if", "unless"))
# nouns for who someone is to another, before "of" and the other's name ("son of the rock star X", "a close
# friend of princes X and Y"): the name only describes the one they are kin or friend to
_DESCRIBING_NOUNS = KIN_NOUNS | frozenset(
    "friend friends relative relatives girlfriend boyfriend godson goddaughter godfather godmother".split())
# nouns of getting in, whose "to" is a place ("gain access to the House of Commons")
_ACCESS_NOUNS = frozenset("access entry entrance admission".split())
# verbs of spreading, whose "to", "into" or "across" is where a thing reached ("spread to the Midlands")
_SPREADING_VERBS = frozenset("spread extend expand".split())
# verbs whose object is a tool: its owner only provides it ("using the Royal Mail's redirection service")
_USING_VERBS = frozenset("use employ".split())
# a seat in a chamber, whose owner is who holds it, not who fights for it ("eyeing X's Ashfield seat")
_SEAT_NOUNS = frozenset("seat seats constituency ward".split())
# a chamber's bodies that hear evidence: their owner hears with them ("evidence to X's environment committee")
_HEARING_BODIES = frozenset("committee committees panel".split())
# nouns of a deed whose agent is named after "by" or as its owner: "the decision by India and Pakistan to ...",
# "India's offer": the state decides, offers, agrees
_DEED_NOUNS = frozenset(
    "decision agreement move offer pledge proposal refusal promise announcement bid deal invitation "
    "threat invasion attack intervention ultimatum".split())


def named_only_as_context(ent: Span) -> bool:
    """Whether this mention of a name is context, not a part the name takes in the story (see above)."""
    if ent.label_ not in ("PERSON", "ORG", "NORP"):
        return False
    context = _in_anothers_description(ent) or _kin_described(ent) or _a_medium(ent) or _a_means(ent) or _qualifies_a_noun(ent) or \
        _a_setting(ent)
    return context and not _takes_part_unlabelled(ent)


def takes_a_part(ent: Span, news: bool = False) -> bool:
    """Whether this mention, outside quotation marks, gives the name a part of its own: the subject of a
    clause, or named with it (its apposition, its conjunct, a name it qualifies: "Senator X and Y said"), the
    agent of a passive or of a deed's noun ("was criticised by X", "the decision by X"), a party to what is
    done ("talks with X", "a letter from X", "the case against X"), the source of an
    "according to", or a name standing as a line of its own; in the story's news sentence (`news`,
    `sentences.lede`), a verb's object too ("Tony Blair has met Silvio Berlusconi"): the news is done to it.
    Never inside what another says or claims (the clause a verb of saying reports, `claims.within_claim`):
    "Trump said Clinton would lose" gives Trump a part, not Clinton. Whoever says something takes part,
    wherever the parser hung the saying; so do the members a subject names ("Campaign groups including X and
    Y said") and the object of a verb whose infinitive it does ("leading Ted Cruz to drop out").

    (A name right before a finite verb, taken for its subject whatever the parse, was tried and left: over
    the label files it brought back 7 non-actors for 5 actors.)"""
    token = _in_its_clause(ent)
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in SPEECH_VERBS and \
            token.head.pos_ in ("VERB", "AUX"):
        return True
    if token.dep_ in ("nsubj", "nsubjpass") or news and token.dep_ in ("dobj", "dative") or _does_the_infinitive(token):
        pass
    elif token.dep_ == "pobj" and token.head.lower_ in _PARTY_PREPOSITIONS or agent_of_a_deed(ent):
        pass  # "criticised by X", "talks with X", "a letter from X", "a row between X and Y", "a suit against X"
    elif token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according":
        return True  # the source cited, whatever it reports
    elif token.dep_ != "ROOT" or token.pos_ != "PROPN":
        return False
    return not _reported(token) and not within_claim(token)


def _in_its_clause(ent: Span) -> Token:
    """The word through which a mention's name stands in its clause: its own head, or what it is named with
    (`_WITH_THE_NAME`), the people it acts through ("a spokeswoman for X") or the group whose members it is
    ("groups including X", "Republicans like X")."""
    token = ent.root
    for _ in range(3):
        while token.dep_ in _WITH_THE_NAME and token.head.i != token.i:
            token = token.head
        if token.dep_ == "poss" and token.head.lower_ in ITS_PEOPLE and ent.label_ != "PERSON":
            token = token.head  # "the Treasury's officials said": a body acts through its people (a person's
            # spokesman holds an office of theirs: `actors._owns_a_title`)
        elif token.dep_ == "pobj" and token.head.lower_ in ("for", "of", "at") and token.head.head.lower_ in ITS_PEOPLE:
            token = token.head.head  # "a spokeswoman for Royal Mail said", "officials at the Treasury"
        elif token.dep_ == "pobj" and token.head.lower_ in _MEMBERS and token.head.head.pos_ in ("NOUN", "PROPN"):
            token = token.head.head  # "Campaign groups including X, Y and Z said", "Republicans like X have said"
        else:
            break
    return token


# prepositions that name members of a group: "groups including X", "Republicans like X", "rivals such as X"
_MEMBERS = frozenset(("including", "like", "as"))


def _does_the_infinitive(token: Token) -> bool:
    """An object that does what the verb's infinitive says: "leading Ted Cruz to drop out", "forced Schultz to
    resign", "asked X to stand"."""
    return token.dep_ == "dobj" and any(
        c.dep_ in ("xcomp", "ccomp") and c.i > token.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in token.head.children)


# the people who act or speak for a body, named by it: "Ministry of Defence lawyers", "Treasury officials", "a
# spokeswoman for Royal Mail"
ITS_PEOPLE = frozenset({"lawyers", "lawyer", "officials", "official", "sources", "source", "spokesman", "spokeswoman",
                        "campaigners", "campaigner", "activists", "activist",
                        "spokesperson", "aides", "aide", "insiders", "executives", "negotiators"})
# the links that keep a word with the name it belongs to: "Senator X" (compound), "X, the senator" (appos),
# "X and Y" (conj), "Jr" (flat)
_WITH_THE_NAME = frozenset(("compound", "appos", "conj", "flat"))


def _reported(token: Token) -> bool:
    """Whether a word lies in what someone says, as theirs: the clause a verb of saying reports ("said
    Clinton would lose", "Clinton will lose, he said"), unless a neutral report of a plain event, which the
    story tells as fact ("police said John Smith was arrested", `claims.told_as_fact`)."""
    child = token
    for head in token.ancestors:
        if child.dep_ in ("ccomp", "parataxis") and head.lemma_.lower() in SPEECH_VERBS and \
                head.pos_ in ("VERB", "AUX"):
            return not told_as_fact(head, child)
        child = head
    return False


def _takes_part_unlabelled(ent: Span) -> bool:
    """Whether the story writes the name again, where the model saw no entity, as a verb's subject or object
    ("The Queen's grandson, Prince Harry, ..." and "the Queen will lead the commemoration"): the name
    takes part there."""
    words = [t.text for t in ent if t.lower_ != "the"]
    doc = ent.doc
    for token in doc:
        if token.text != words[-1] or ent.start <= token.i < ent.end or token.ent_type_ or \
                token.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative"):
            continue
        first = token.i - len(words) + 1
        if first >= 0 and [t.text for t in doc[first : token.i + 1]] == words:
            return True
    return False


def _a_person_other_than(token: Token, ent: Span) -> bool:
    other = entity_at(token.doc, token.i)
    return other is not None and other.label_ == "PERSON" and not (other.start <= ent.root.i < other.end)


def _describes_a_person(token: Token, ent: Span) -> bool:
    """Whether a word the mention hangs from is a named person or a description of one: apposed to a
    person's name ("Linda Knox, Director of ..."), with a person's name apposed to it ("Head of genetics at
    the Institute, Professor Robin Lovell-Badge," as the parser often attaches it), or the complement of a
    relative clause on a person ("Professor Rothwell, who is also vice-president of research at ...")."""
    if _a_person_other_than(token, ent):
        return True  # "Professor Rothwell of Manchester University"
    if token.tag_ in ("NNS", "NNPS"):
        return False  # (not "Mr Finnie, representatives of the Royal Society": a list, no one's description)
    if token.dep_ == "appos" and _a_person_other_than(token.head, ent):
        return True
    if any(c.dep_ == "appos" and _names_a_person(c, ent) for c in token.children):
        return True  # "The chairman of the Law Guild, Peter Hanley QC,": the name before its post-nominal
    if token.dep_ == "nsubj" and token.lower_ in ROLE_WORDS and any(
            c.dep_ == "nsubj" and c.i > token.i and _names_a_person(c, ent) for c in token.head.children):
        return True  # "The chairman of the Law Guild, Peter Hanley QC warned": a second subject, the comma lost
    copula = token if token.lemma_ == "be" else token.head if token.dep_ == "attr" and token.head.lemma_ == "be" else None
    return copula is not None and copula.dep_ == "relcl" and _a_person_other_than(copula.head, ent) and \
        any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in copula.children)


def _names_a_person(token: Token, ent: Span) -> bool:
    """A person's name, or a word the parser made the head of one ("Peter Hanley QC": "QC", with the name
    its compound)."""
    return _a_person_other_than(token, ent) or \
        any(c.dep_ == "compound" and _a_person_other_than(c, ent) for c in token.children)


def _in_anothers_description(ent: Span) -> bool:
    """A name inside the noun phrase that names or describes another, named person: its title, its
    affiliation, its kin ("Linda Knox, Director of the Centre at Kelvin University": the Centre and the
    University; "Margaret Thatcher's former press secretary" apposed to Ingham: Thatcher). The phrase is
    made of names, a title's or a kin's words and a title's field ("Head of developmental genetics at
    ..."); a body's name apposed to a title's or a body's word is in it ("head of gaming industry body ELSPA",
    "founder of rights group the Kelvin Centre"); a person is in another's description only as its owner or after "of" ("son of the late lawyer
    George Carman"), never listed beside it ("John Holliday, a huntsman from Ledbury, Robert Thame, ...")."""
    token = ent.root
    if ent.label_ == "ORG" and token.dep_ == "appos" and _a_person_other_than(token.head, ent) and any(
            c.dep_ == "appos" and token.head.i < c.i < ent.start for c in token.head.children):
        # "Rabbi Sam Dale, founder of rights group the Kelvin Centre": the body closes the description apposed
        # to him, however the parser hangs it (not "Jim Hale, from Fathers United, said": he speaks for it)
        return True
    if token.dep_ == "appos" and token.head.dep_ == "pobj" and token.head.head.lower_ == "of" and \
            token.head.i < ent.start and _in_a_title(token.head):
        token = token.head  # "son of the late libel lawyer George Carr": the name is the "of" phrase's
    elif ent.label_ == "PERSON" and not (token.dep_ == "poss" or token.dep_ == "pobj" and token.head.lower_ == "of"):
        return False
    if token.dep_ == "pobj" and _in_a_title(token.head.head) and \
            any(c.dep_ == "appos" and _a_person_other_than(c, ent) for c in token.children):
        return True  # "Head of genetics at the Institute, Professor X,": the parser hangs the person on the body
    for _ in range(10):
        if token.dep_ not in _PHRASE_LINKS and not (token.dep_ == "attr" and token.head.lemma_ == "be") and \
                not (token.dep_ == "appos" and (token.head.ent_type_ == "ORG" or token.head.lower_ in ROLE_WORDS or
                        token.head.lower_ in BODY_NOUNS)):
            return False  # an argument of a verb: the name takes part (a body's short form goes with it: "(SURF)")
        coordinate = token.dep_ in ("conj", "cc")
        if token.head.i == token.i:
            return False
        token = token.head
        if ent.start <= token.i < ent.end:
            continue
        # (not "Tony Blair and Gordon Brown": a name coordinated with a person's is another of them)
        a_noun = token.pos_ in ("NOUN", "PROPN")
        if a_noun and not _in_a_title(token):
            return False  # "the row over X's bid", "X's killer, Y,": a thing's or a deed's noun, no title
        if not coordinate and _describes_a_person(token, ent):
            return True
    return False


def _kin_described(ent: Span) -> bool:
    """A person named after a kin's or a friend's noun and "of" ("Rupert Hale, son of the film star Tom
    Hale", "a close friend of princes Edward and Louis"): the name says whose son or friend the other is,
    whatever the parse; a lower-case description may stand between ("the film star"). A name joined by
    "and" to such a name is described with it only where the description is plural ("princes Edward and
    Louis"; not "son of Tom Hale and Luke Dale, 27,", a list that goes on)."""
    if ent.label_ != "PERSON":
        return False
    doc = ent.doc
    start, listed = ent.start, False
    while start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].ent_type_ == "PERSON":
        start -= 2
        while start > 0 and doc[start - 1].ent_type_ == "PERSON" and not doc[start].ent_iob_ == "B":
            start -= 1
        listed = True
    words = []
    i = start - 1
    while i >= 0 and len(words) < 5 and doc[i].is_lower and doc[i].lower_ != "of" and doc[i].is_alpha:
        words.append(doc[i])
        i -= 1
    if i < 1 or doc[i].lower_ != "of" or doc[i - 1].lower_ not in _DESCRIBING_NOUNS:
        return False
    return not listed or any(t.tag_ == "NNS" for t in words)


def _in_a_title(token: Token) -> bool:
    """A word a title or an affiliation is made of: a name's, a title's or a kin's word, or a title's field
    ("vice-president of research", "Head of developmental genetics")."""
    if token.pos_ == "PROPN" or token.lower_ in ROLE_WORDS or token.lower_ in KIN_NOUNS:
        return True
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in ROLE_WORDS


def _a_medium(ent: Span) -> bool:
    """An outlet as the one told something or the place it was said ("told BBC Radio Five Live that ...",
    "speaking on Channel 4 News", "said in the Guardian"): where someone spoke, no actor."""
    words = ent.text.removeprefix("the ").split()
    if not (is_media(ent.text) or is_media(words[0]) or any(w.casefold() in _MEDIUM_WORDS for w in words)):
        return False
    root = ent.root
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() == "tell":
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("to", "on", "in"):
        verb = root.head.head
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in _MEDIUM_VERBS
    return False


def _a_means(ent: Span) -> bool:
    """"acting through the United Nations", "sold via Amazon": a body an act is done through is its means;
    so is the owner of a tool used ("using the Royal Mail's redirection service", "via the BBC's website"):
    the owner provides it, the user acts."""
    root = ent.root
    if ent.label_ == "ORG" and root.dep_ == "poss" and root.head.i >= ent.end:
        tool = root.head
        if tool.dep_ == "dobj" and tool.head.lemma_.lower() in _USING_VERBS:
            return True
        if tool.dep_ == "pobj" and tool.head.lower_ in ("through", "via"):
            return True
    return ent.label_ == "ORG" and root.dep_ == "pobj" and root.head.lower_ in ("through", "via") and \
        root.head.head.pos_ == "VERB"


def _qualifies_a_noun(ent: Span) -> bool:
    """A name of two words or more before a thing's common noun qualifies it: "the Nicki Chapman role", "a
    Pop Idol style contest", "the Simon Cowell seat" (a comparison); no one of the story (a one-word name so
    is `actors._qualifies_a_thing`'s; a role or a people's noun after a name is theirs: "Labour leader")."""
    root = ent.root
    head = root.head
    doc = ent.doc
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "or") and doc[ent.start - 2].pos_ == "PROPN" and \
            doc[ent.start - 2].is_title:
        return False  # "Theresa May and Jeremy Corbyn comment on ...": a verb the parser took for a noun
    # (a determiner or an owner opens the thing's phrase, before the name: not "Margaret Thatcher discomfort",
    # a possessive's "'s" dropped)
    phrase = head
    while phrase.dep_ == "compound" and phrase.head.pos_ == "NOUN" and phrase.head.i > phrase.i:
        phrase = phrase.head  # "ITV's Pop Idol style talent contest": the owner opens the contest's phrase
    opened = any(c.dep_ in ("det", "poss") and c.i < ent.start for c in phrase.children)
    # (nor a poll's noun: "an Associated Press-GfK poll" names its pollster, who acts)
    return len(ent) > 1 and root.dep_ == "compound" and head.i == ent.end and head.is_lower and opened and \
        head.pos_ == "NOUN" and head.lemma_ not in ROLE_WORDS and head.lemma_ not in PEOPLE_NOUNS and \
        head.lemma_.lower() not in POLL_NOUNS


def _a_setting(ent: Span) -> bool:
    """A name that only sets the scene of a clause (see the module's note): an audience, a source of money,
    an office held, an era or occasion, a place."""
    return _an_audience(ent) or _a_source_of_money(ent) or _an_office_held(ent) or _an_era_or_occasion(ent) or \
        _an_institution_as_a_place(ent) or _a_venue_or_destination(ent) or _an_owner_of_a_named_thing(ent) or \
        _a_name_taken(ent) or _groups_a_noun_is_between(ent) or _a_workplace_once(ent) or _a_topic(ent) or \
        _an_events_venue(ent) or _what_a_body_oversees(ent) or _an_authority_over(ent) or \
        _a_chamber_qualifying_a_statement(ent) or _a_channel_spoken_through(ent) or _a_party_of_an_officer(ent) or \
        _a_place_by_its_preposition(ent) or _a_destination_of_a_case(ent) or _the_owner_of_an_audience(ent) or \
        _only_imagined(ent) or _only_an_example(ent) or _a_chamber_entered_or_left(ent) or _a_committees_remit_told(ent) or \
        _a_chamber_members_sit_in(ent) or _a_title_holders_body(ent) or _what_a_thing_is_parted_from(ent) or \
        _a_chamber_owning_a_committee(ent) or _in_a_predicates_description(ent) or _the_owner_of_a_country(ent) or \
        _a_seats_holder(ent) or _inside_what_a_law_does(ent) or _a_standard_of_comparison(ent) or \
        _a_place_where(ent) or _an_office_as_a_prize(ent) or _a_persons_affiliation(ent) or _a_medium_by_its_verb(ent) or \
        _a_career_step(ent) or _a_message_destination(ent) or _a_room_where(ent) or _a_body_told_or_addressed(ent) or \
        _a_body_apposed_to_a_person(ent) or _a_body_its_members_belong_to(ent) or _the_one_a_post_serves(ent) or \
        _a_body_after_its_kind_in_a_description(ent)


# verbs of saying, showing, posting, airing, releasing, selling or streaming, whose "on" or "via" is the
# outlet, the platform or the programme a thing was said, shown, posted or sold on ("aired on BTV", "posted on
# Pixogram", "sold on TicketHub", "said on Jimmy Carlson", "announced via Chirper")
_SHOWING_VERBS = _MEDIUM_VERBS | frozenset(
    "air televise broadcast show screen stream livestream publish post repost blog tweet caption release premiere "
    "upload share sell resell announce reveal joke".split())
# the prepositions of a medium: "on" a platform or a programme, "via" a channel
_MEDIUM_PREPOSITIONS = frozenset(("on", "via"))
# the links from a thing posted or shown up to the verb ("posted a photo of the crowd on X": "on" hangs from
# "crowd", the photo is the verb's object)
_UP_TO_THE_VERB = frozenset(("dobj", "pobj", "prep", "nsubjpass", "attr", "appos"))


def _a_medium_by_its_verb(ent: Span) -> bool:
    """A name after "on" or "via" of a verb of saying, showing, posting, airing, releasing, selling or
    streaming ("the show aired on BTV on Tuesday", "wrote Tom Reed on Kelvin Daily", "posted a photo of the
    crowd on Pixogram", "tickets were sold on TicketHub", "the actor said on Jimmy Carlson", "to be
    released on Showbox", "announced via Chirper"): the outlet, the platform or the programme a thing
    appeared on, whatever label the model gave it; who said, posted or sold, and what was shown, act. The
    "on" may hang from the thing shown, up to three nouns below the verb."""
    if ent.label_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"):
        return False
    token = _first_of_list(ent.root)
    if token.dep_ != "pobj" or token.head.lower_ not in _MEDIUM_PREPOSITIONS:
        return False
    head = token.head.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") or head.pos_ != "NOUN" or head.dep_ not in _UP_TO_THE_VERB:
            break
        head = head.head
        if head.pos_ == "ADP":
            head = head.head
    return head.pos_ == "VERB" and head.lemma_.lower() in _SHOWING_VERBS


# a building's or a chamber's head word: a body so named is a place things happen in ("a vote in the Senate",
# "a debate at Drake University", "taken to St Mary's Hospital", "papers released at the National Archives")
_BUILDING_WORDS = _PLACE_HEADS | CHAMBER_WORDS | lexicon.words("venue_nouns") | frozenset(("house", "wing"))
# verbs of taking or going somewhere, whose "to" is a place when a building's name follows
_TAKEN_VERBS = MOTION_VERBS | _MOTION_VERBS | frozenset("take rush bring carry transport fly ferry airlift".split())


def _governing_preposition(ent: Span, labels: tuple[str, ...] = ("ORG",)) -> Token | None:
    """The preposition a name of these labels is the object of ("at" of "speaking at the Kelvin Club"; the
    first of a list: "in the Navy and the Army"), or None."""
    if ent.label_ not in labels:
        return None
    token = _first_of_list(_phrase_head(ent))
    return token.head if token.dep_ == "pobj" else None


def _a_place_where(ent: Span) -> bool:
    """A body named for its building, its chamber or an event, as where a thing happens, is or someone is
    ("speaking at the Kelvin Club", "documents released at the National Archives", "a vote in the Senate",
    "taken to St Mary's Hospital", "inside the Oval Office", "joked at the Press Association Dinner"): after
    "at", "in", "inside", "into" or a going's "to", the clause's actors act there. (Not any body after "at":
    "took over at the Home Office", "stays on at the Agency" name the body someone runs; not where "at" or
    "in" governs a target or what one feels about, "hit out at Labour", "confidence in the Senate"; not a
    voice's body, "a spokesman at the Home Office said", nor an unnamed officer's who speaks.)"""
    prep = _governing_preposition(ent)
    if prep is None:
        return False
    word, head = prep.lower_, prep.head
    if head.lemma_.lower() in NOT_AFTER.get(word, ()) or head.lower_ in _VOICE_ROLES or \
            head.pos_ == "NOUN" and _an_unnamed_officer_speaking(head):
        return False
    building = ent[-1].lower_ in _BUILDING_WORDS or ent.root.lower_ in _BUILDING_WORDS or \
        any(t.lower_ in CHAMBER_WORDS for t in ent)
    if word == "at":
        return building or ent[-1].lemma_.lower() in _EVENT_NOUNS  # "at the Press Association Dinner"
    if word in ("in", "inside", "into"):
        return building
    return building and word == "to" and head.pos_ == "VERB" and head.lemma_.lower() in _TAKEN_VERBS


# verbs of a career's steps: joining, serving in, moving between and leaving a body ("enlisted in the Navy",
# "served on the council", "elected to Parliament", "promoted from the Home Office", "resigned from Congress")
# (the verbs of where someone works or served are the career's too: one list, _WORK_VERBS)
_CAREER_VERBS = _WORK_VERBS | frozenset(
    "enlist sit elect appoint promote demote move transfer second resign retire step return recruit draft "
    "decamp".split())
# (not "expelled from", "suspended from", "sacked from", nor "defected to": the body that expels, suspends or
# sacks someone acts on him, and a party someone defects to gains a member, the news)
# the prepositions of place, of joining and of leaving a career's step takes its body with
_CAREER_PREPOSITIONS = frozenset("in at on to into from".split())
# nouns of a post or a spell in a career, whose "at", "in" or "with" is the body ("a job at X", "a stint in
# the Treasury"), and of the part of a body one sits on ("sits on the board of X")
_CAREER_NOUNS = frozenset("job post career stint spell spells placement internship secondment".split())
_BOARD_NOUNS = frozenset("board executive staff payroll faculty".split())


def _a_career_step(ent: Span) -> bool:
    """A body after a preposition of place, of joining or of leaving (in, at, on, to, into, from, out of) on a
    verb of a career's step ("he enlisted in the Kelvin Navy in 1942", "served on the Kelvin Council before
    being elected to Parliament", "was promoted from the Home Office", "resigned from Congress in 2011",
    "worked for the Agency"), on a post's noun ("took a job at X",
    "a stint in the Treasury") or on the board one sits on ("sits on the board of X"): where the person was,
    came from or went, his career, no actor of the clause. (Not the body as the verb's subject or object:
    "the council elected him" acts.)"""
    prep = _governing_preposition(ent)
    if prep is None:
        return False
    word = prep.lower_
    if word == "of" and prep.head.lower_ == "out":
        prep, word = prep.head, "from"  # "thrown out of the Assembly": left
    head = prep.head
    if word == "of" and head.pos_ == "NOUN" and head.lemma_.lower() in _BOARD_NOUNS and head.dep_ == "pobj":
        prep, word = head.head, head.head.lower_  # "sits on the board of X": the board's step is the body's
        head = prep.head
    if head.pos_ == "NOUN":
        return word in ("at", "in", "with") and head.lemma_.lower() in _CAREER_NOUNS
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if word in ("at", "in", "with") and any(c.dep_ == "dobj" and c.lemma_.lower() in _CAREER_NOUNS
                                             for c in head.children):
        return True  # "took a job at X", "began his career in the Navy": the parser hangs the place on the verb
    if head.lemma_.lower() not in _CAREER_VERBS:
        return False
    return word in _CAREER_PREPOSITIONS or word == "for" and head.lemma_.lower() == "work"


# a room's head word: a body so named is first of all a room ("the Oval Office", "the Blue Room"), and a
# department named "Office" is where its staff work
_ROOM_WORDS = frozenset("office room ballroom balcony".split())


def _a_room_where(ent: Span) -> bool:
    """A name ending in a room's word after "in", "inside" or a verb's "into", or visited, entered or left
    ("the two men talked in the Oval Office", "a photo call in the Kelvin Room", "reporters were ushered into
    the Oval Office", "visited the Blue Room"): the room where people are, no actor. (Not "from": "a letter
    from the Kelvin Office" is its sender's; not "confidence in", nor "an inquiry into the Kelvin Office".)"""
    if ent.label_ != "ORG" or ent[-1].lower_ not in _ROOM_WORDS:
        return False
    token = _first_of_list(_phrase_head(ent))
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _PLACE_VERBS
    if token.dep_ != "pobj":
        return False
    prep, head = token.head, token.head.head
    if head.lemma_.lower() in NOT_AFTER.get(prep.lower_, ()):
        return False
    if prep.lower_ == "into":
        return head.pos_ == "VERB"
    return prep.lower_ in ("in", "inside")


# verbs that send a message or a thing to someone: what follows their "to" receives it ("wrote to Congress",
# "the files were sent to the Kelvin Agency")
_SENDING_VERBS = frozenset("write send mail email e-mail post forward deliver submit".split())
_MESSAGE_NOUNS = lexicon.words("document_nouns") | _AUDIENCE_NOUNS | frozenset(("notice", "apology", "evidence"))


def _a_message_destination(ent: Span) -> bool:
    """A body or a people after "to" on a message's noun or a verb of sending or writing ("in a letter to
    Congress", "an apology to New Yorkers", "wrote to the Kelvin Agency", "the data were sent to the Secret
    Service"): where the message or the thing goes, a destination that does nothing in the clause. (A body
    that answers or acts on it acts where the story says so.)"""
    prep = _governing_preposition(ent, ("ORG", "NORP"))
    if prep is None or prep.lower_ != "to":
        return False
    head = prep.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in _MESSAGE_NOUNS
    return head.pos_ == "VERB" and head.lemma_.lower() in _SENDING_VERBS


# a contest's nouns and verbs, whose "for" or "of", or object, is the prize: "the race for the White House",
# "control of the Senate", "to capture the Senate"
_CONTEST_NOUNS = frozenset("race battle fight bid contest control majority campaign struggle run quest".split())
_WINNING_VERBS = frozenset(
    "win capture retake retain keep lose regain seize flip recapture reclaim take hold control".split())
_OFFICE_WORDS = CHAMBER_WORDS | frozenset("house presidency".split())


def _an_office_as_a_prize(ent: Span) -> bool:
    """A chamber or an office as the prize of a contest ("the race for the White House", "control of the
    Senate", "hoping to capture the Senate", "to keep the White House"): what parties fight for does nothing
    there. (Not "win over Congress": a particle makes the chamber one persuaded.)"""
    if ent.label_ != "ORG" or not any(t.lower_ in _OFFICE_WORDS for t in ent):
        return False
    token = _first_of_list(ent.root)
    if token.dep_ == "dobj":
        verb = token.head
        return verb.pos_ == "VERB" and verb.lemma_.lower() in _WINNING_VERBS and \
            not any(c.dep_ == "prt" for c in verb.children)
    return token.dep_ == "pobj" and token.head.lower_ in ("for", "of") and \
        token.head.head.pos_ == "NOUN" and token.head.head.lemma_.lower() in _CONTEST_NOUNS


# a body's own group or officers, who act in its name: "an inspection team from the Olympic committee began a
# tour", "officials at the Duchy will be questioned"
_A_BODYS_OWN = frozenset("team delegation official".split())
SPEAKER_NOUNS = lexicon.words("speaker_nouns")


def _a_persons_affiliation(ent: Span) -> bool:
    """A body after "from", "of", "at" or "with" hanging from a person: a named one ("Jim Hale, from Fathers
    United"), a role or a person's noun ("researchers from Kelvin University", "a partner at Hale & Dale",
    "the founder of merchant bank Hale Dale", "a member of Dale Chambers"): the body says where the person
    belongs; the person acts. (Not a voice, "a spokesman for the Home Office", nor an unnamed officer who
    speaks; "members of the committee" is `_a_body_its_members_belong_to`'s.)"""
    if ent.label_ != "ORG":
        return False
    token = _first_of_list(_phrase_head(ent))
    if token.dep_ != "pobj" or token.head.lower_ not in ("from", "of", "at", "with"):
        return False
    noun = token.head.head
    group = noun
    while group.dep_ == "pobj" and group.head.lower_ == "of" and group.head.head.pos_ == "NOUN":
        group = group.head.head  # "a group of experts at X warned": the group speaks, unnamed, its body its name
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in _VOICE_ROLES or _an_unnamed_officer_speaking(noun) or \
            _an_unnamed_officer_speaking(group):
        return False
    if noun.pos_ == "PROPN":
        return _a_person_other_than(noun, ent) and token.head.lower_ in ("from", "of")
    lemma = noun.lemma_.lower()
    if token.head.lower_ == "from" and lemma in _DEED_NOUNS | _STANCE_NOUNS:
        return False  # "opposition from Republicans", "an offer from X": after a noun of an act, "from" names its doer
    if token.head.lower_ == "of":
        # a post's or a tie's "of" only: "a critic of the Lords", "a fan of the club" name what is judged
        before = noun.doc[noun.i - 1].lower_ if noun.i else ""
        return noun.tag_ == "NN" and (lemma in ROLE_WORDS or lemma in _TIE_NOUNS or f"{before} {lemma}" in ROLE_WORDS)
    return lemma not in _A_BODYS_OWN and (lemma in ROLE_WORDS or lemma in PEOPLE_NOUNS or lemma in _TIE_NOUNS or
                                          lemma in SPEAKER_NOUNS)


# the verbs of a career's step into or out of a chamber: "entered Parliament in 1987", "before entering the
# Commons", "left the Lords"
_ENTERING_VERBS = frozenset("enter leave quit join".split())
# the people a chamber seats: "members in the Scottish Parliament", "MPs in the Commons"
_SITTING_NOUNS = frozenset("member members mp mps msp msps mep meps am ams peer peers seat seats".split())
# a title's words whose holder speaks for the body (its voice, so the body acts through him): never a title only
_VOICE_ROLES = frozenset("spokesman spokeswoman spokesperson".split())
# nouns of a tie to a body rather than a post in it: a founder, a member or an owner stands in a relation to a
# body that exists for itself ("a member of the X Committee"); `_a_title_holders_body` leaves them, and
# `_a_persons_affiliation` takes a singular one's body as where the person belongs ("the founder of bank X gave")
_SPEECH_VERBS = lexicon.words("cues", "speech_verbs")
_TIE_NOUNS = frozenset("founder co-founder member owner shareholder patron client adviser partner".split())
# nouns of a stand someone takes, whose "from" is who takes it ("opposition from Tory MPs"): "opposition" is also a
# role's word ("the opposition leader"), so the role lists alone would read its "from" as an affiliation
_STANCE_NOUNS = frozenset("opposition support pressure criticism resistance backing objection complaint challenge "
                          "help".split())


def _a_chamber_entered_or_left(ent: Span) -> bool:
    """A chamber as what someone entered, left, quit or joined ("entered Parliament for Kelvin North in 1987",
    "before entering the Commons"): a step of a career, where the person went; the chamber does nothing."""
    token = _first_of_list(ent.root)
    return ent.label_ == "ORG" and any(t.lower_ in CHAMBER_WORDS for t in ent) and token.dep_ == "dobj" and \
        token.head.pos_ in ("VERB", "AUX") and token.head.lemma_.lower() in _ENTERING_VERBS


def _a_committees_remit_told(ent: Span) -> bool:
    """A name after "committee on" where the committee is the one told or addressed ("he told the joint
    committee on Strategic Trade Controls", "evidence to the committee on Public Life"): the committee's
    remit, inside an audience; the speaker acts."""
    token = _first_of_list(ent.root)
    if ent.label_ != "ORG" or token.dep_ != "pobj" or token.head.lower_ != "on":
        return False
    body = token.head.head
    if body.lemma_.lower() not in _HEARING_BODIES:
        return False
    if body.dep_ in ("dobj", "dative") and body.head.lemma_.lower() in _TOLD_VERBS:
        return True
    if body.dep_ != "pobj" or body.head.lower_ != "to":
        return False
    head = body.head.head
    return head.lemma_.lower() in (_AUDIENCE_VERBS if head.pos_ in ("VERB", "AUX") else _AUDIENCE_NOUNS)


def _a_chamber_members_sit_in(ent: Span) -> bool:
    """A chamber as where members sit ("parties with two members in the House of Commons, European Parliament
    or Welsh Assembly", "MPs in the Scottish Parliament", "its two London Assembly members"): the seat of the
    people counted, no act. The
    parser often hangs the list's later chambers on the people's noun; they go with the first."""
    if ent.label_ != "ORG" or not any(t.lower_ in CHAMBER_WORDS for t in ent):
        return False
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i and token.head.ent_type_ == "ORG":
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "in":
        return token.head.head.lower_ in _SITTING_NOUNS
    # "members in the House of Commons, European Parliament": a chamber joined to the noun whose "in" holds one
    noun = token.head
    if token.dep_ == "compound" and noun.lower_ in _SITTING_NOUNS:
        return True  # "one of its two London Assembly members": the chamber they sit in
    return token.dep_ in ("conj", "appos") and noun.lower_ in _SITTING_NOUNS and any(
        c.dep_ == "prep" and c.lower_ == "in" and c.i < ent.start and any(
            g.dep_ == "pobj" and g.ent_type_ == "ORG" for g in c.children) for c in noun.children)


def _a_title_holders_body(ent: Span) -> bool:
    """A body named after a title's noun, which names the holder's post, not the body ("The head of the
    Catholic Church in England and Wales made the comments", "the national clinical director for children in
    the Department of Health", "a lecturer at Oxford University"): the holder acts; the body is in the title
    only (a spokesman is his body's voice, so "a spokesman for the Home Office said" leaves the Home Office
    an actor; a founder or a member is tied to a body, which is named for itself). A singular title only (plural members: `_a_body_its_members_belong_to`)."""
    token = _first_of_list(ent.root)
    if ent.label_ != "ORG":
        return False
    for _ in range(2):
        if token.dep_ != "pobj" or token.head.lower_ not in ("of", "at", "in", "for"):
            return False
        noun = token.head.head
        if noun.pos_ != "NOUN" or noun.tag_ != "NN":
            return False
        if noun.lower_ in ROLE_WORDS:
            return noun.lower_ not in _VOICE_ROLES and noun.lower_ not in _TIE_NOUNS and \
                noun.lower_ not in BODY_NOUNS and not _an_unnamed_officer_speaking(noun)
        token = noun  # "director for children in the Department": a title's field between
    return False


# verbs of parting one thing from another: "separate the state from the Church", "split the post from the
# party"; what is parted from is no one who acts
_PARTING_VERBS = frozenset("separate divide split detach sever disentangle".split())


def _what_a_thing_is_parted_from(ent: Span) -> bool:
    """A body as what another thing is parted from ("it would separate the state from both the Church of
    England and the Christian faith"): the topic of the separation; the one who parts acts, and the body
    parted from does nothing in the clause. Each of a list with the first."""
    token = _first_of_list(ent.root)
    return ent.label_ in ("ORG", "NORP") and token.dep_ == "pobj" and token.head.lower_ == "from" and \
        token.head.head.pos_ == "VERB" and token.head.head.lemma_.lower() in _PARTING_VERBS


def _a_chamber_owning_a_committee(ent: Span) -> bool:
    """A chamber named only as whose committee it is ("told a Commons select committee", "the Commons' home
    affairs committee", "the Scottish Parliament's environment committee"): the committee acts or hears, the
    chamber only says which committee; however the parser hangs the words before the committee's noun."""
    if ent.label_ != "ORG" or not any(t.lower_ in CHAMBER_WORDS for t in ent):
        return False
    token = ent.root
    for _ in range(4):
        if token.dep_ not in ("compound", "npadvmod", "nmod", "amod", "poss") or token.head.i <= token.i:
            return False
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in _HEARING_BODIES:
            return True
    return False


def _an_unnamed_officer_speaking(noun: Token) -> bool:
    """A title's holder, never named there, as the subject of a verb of saying ("the chairman of the Police
    League, which represents officers, said ..."): an officer unnamed speaks as his body's voice, like a
    spokesman; the body speaks through him."""
    if noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in _SPEECH_VERBS:
        return False
    return not any(c.dep_ in ("appos", "compound") and c.ent_type_ == "PERSON" for c in noun.children)


def _first_of_list(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _phrase_head(ent: Span) -> Token:
    """The word a name's phrase hangs from: the name's root, or the head of the longer name it is a part
    of ("the Kelvin and Clyde Institute", parsed as "Kelvin" modifying "Institute"), the first of a list."""
    token = ent.root
    if token.pos_ not in ("NOUN", "PROPN"):
        # "arrived at Leeds High School for Girls", parsed with "for Girls" on the verb: the name's noun
        nouns = [t for t in ent if t.pos_ in ("NOUN", "PROPN") and not (ent.start <= t.head.i < ent.end)]
        token = nouns[0] if nouns else token
    while token.dep_ in ("compound", "nmod") and token.head.pos_ == "PROPN" and token.head.i > token.i:
        token = token.head
    return _first_of_list(token)


def _a_workplace_once(ent: Span) -> bool:
    """A body as where someone works, served, studied or spent time ("He has also worked in the Treasury and the
    Department of Transport", "served at the Foreign Office", "educated at Kelvin Comprehensive", "spent time at
    the Institute for X"): his career, no actor of the clause."""
    token = _phrase_head(ent)
    # (a school's name the model took for a person's is a place there too: "educated at Kelvin Comprehensive")
    return ent.label_ in ("ORG", "PERSON") and token.dep_ == "pobj" and token.head.lower_ in ("in", "at") and \
        token.head.head.pos_ in ("VERB", "AUX") and token.head.head.lemma_.lower() in _WORK_VERBS


def _a_topic(ent: Span) -> bool:
    """A name inside what a text or a talk is on or about ("two major reports on the NHS", "an article in the
    magazine he edits about Geordies mourning the death of the aid worker Ken Dale", "the leader article on
    the death of Mr Dale"): the work's subject, no actor. The "about" or "on" hangs from the work's noun, from
    a verb whose clause describes the work ("the magazine he edits about ...") or whose object it is ("wrote
    a piece about ..."); the name is anywhere in its phrase, a gerund's subject or object too. (Not "Mr Dale
    wrote about it": the writer acts; not "spoke on Tuesday about", the "about" of a speaking verb.)"""
    if ent.label_ not in ("ORG", "PERSON", "NORP"):
        return False
    token = _first_of_list(_phrase_head(ent))
    for _ in range(12):
        dep = token.dep_
        if dep in ("nsubj", "nsubjpass", "dobj") and token.head.dep_ in ("pcomp", "acl") and token.head.tag_ == "VBG":
            token = token.head  # "about Geordies mourning ...": a gerund's subject is in the topic
            continue
        if dep == "acl" and token.tag_ in ("VBG", "VBN"):
            token = token.head  # "about Geordies mourning the death of ...": a participle's phrase too
            continue
        if dep not in _TOPIC_LINKS or token.head.i == token.i or token.lower_ in ("behalf", "part"):
            return False  # (not "a report on behalf of the Kelvin Trust": who has it written acts)
        token = token.head
        if token.dep_ == "prep" and token.lower_ in ("about", "on") and _a_work_told(token.head):
            return True
    return False


def _a_work_told(token: Token) -> bool:
    """A text's or a talk's noun ("article", "speech"), or a verb that describes one as its clause or takes
    it as its object ("the magazine he edits", "wrote a piece")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return token.lemma_.lower() in _TOPIC_WORKS
    if token.pos_ != "VERB":
        return False
    if token.dep_ in ("relcl", "acl") and token.head.lemma_.lower() in _TOPIC_WORKS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _TOPIC_WORKS for c in token.children)


def _an_events_venue(ent: Span) -> bool:
    """A body's building as where an event was held or where someone arrived ("the hearing at the Kelvin
    Institute", "arrived at Leeds High School for the recording"): the scene, no actor."""
    token = _phrase_head(ent)
    if ent.label_ in ("ORG", "PERSON") and token.dep_ == "poss" and token.head.i >= ent.end:
        event = token.head
        # "talks at Labour's spring conference": the owner of the event where a thing is done hosts it;
        # "he has his sights set on X's Ashfield seat": the owner of a seat fought for holds it, no more
        if event.dep_ == "pobj" and event.head.lower_ in ("at", "during") and event.lemma_.lower() in _EVENT_NOUNS:
            return True
        return event.dep_ == "pobj" and event.lemma_.lower() in _SEAT_NOUNS
    if ent.label_ == "ORG" and token.dep_ == "pobj" and token.head.lower_ == "for" and \
            token.head.head.pos_ == "NOUN" and token.head.head.lemma_.lower() in _EVENT_NOUNS:
        return True  # "evening events for the Prince's Trust": the body an event is held for
    if ent.label_ != "ORG" or token.dep_ != "pobj" or token.head.lower_ != "at":
        return False
    head = token.head.head
    if head.pos_ == "NOUN":
        return head.lemma_.lower() in _EVENT_NOUNS
    return head.pos_ == "VERB" and head.lemma_.lower() in _ARRIVAL_VERBS


def _what_a_body_oversees(ent: Span) -> bool:
    """A body as what a committee or a watchdog described by a relative clause scrutinises ("MPs from the
    committee scrutinising the Office for Housing", "the watchdog which regulates the Post Office"): the
    description of the body that acts, not an act in the story."""
    token = _first_of_list(ent.root)
    verb = token.head
    return ent.label_ == "ORG" and token.dep_ == "dobj" and verb.lemma_.lower() in _OVERSIGHT_VERBS and \
        verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN")


def _an_authority_over(ent: Span) -> bool:
    """A body a thing comes "under" ("the clean-up programme, under the new Coastal Agency"; "staff under the
    Home Office"): who a thing belongs to, no act of the clause."""
    token = _first_of_list(ent.root)
    return ent.label_ == "ORG" and token.dep_ == "pobj" and token.head.lower_ == "under"


def _a_chamber_qualifying_a_statement(ent: Span) -> bool:
    """A chamber naming the kind of statement or answer it was ("revealed in a Commons written statement",
    "a Lords answer"): where it was said, the speaker acts."""
    if ent.label_ != "ORG" or not any(t.lower_ in CHAMBER_WORDS for t in ent):
        return False
    token = ent.root
    for _ in range(3):
        if token.dep_ not in ("compound", "npadvmod", "nmod", "amod") or token.head.i <= token.i:
            return False
        token = token.head
        if token.pos_ == "NOUN" and token.lemma_.lower() in _AUDIENCE_NOUNS:
            return True
    return False


def _a_channel_spoken_through(ent: Span) -> bool:
    """A name qualifying a channel, a programme or a paper an act is done through or on ("via the Al-Arabiya
    Gulf television channel", "on the Jeremy Vine show"): the medium, no actor."""
    token = ent.root
    for _ in range(4):
        if token.dep_ not in ("compound", "nmod", "det", "amod") or token.head.i < ent.end - 1:
            break
        token = token.head
    if token.i < ent.end or token.pos_ != "NOUN" or token.lemma_.lower() not in _CHANNEL_NOUNS:
        return False
    return token.dep_ == "pobj" and token.head.lower_ in ("via", "through", "on")


def _a_party_of_an_officer(ent: Span) -> bool:
    """A party as the owner of the officer who acts ("The Scottish Unity Party's parliamentary leader argued
    ..."): the party is the officer's affiliation, the officer speaks."""
    root = ent.root
    words = [t.lower_ for t in ent]
    if root.dep_ != "poss" or not ("party" in words or len(words) == 1 and words[0] in _PARTY_WORDS):
        return False
    officer = root.head
    return officer.lower_ in ROLE_WORDS and officer.dep_ in ("nsubj", "nsubjpass")


def _a_venue_or_destination(ent: Span) -> bool:
    """A chamber or a council as where a thing happened ("struck at the European Council", "scenes in the
    Commons") or where a thing goes ("when the bill goes to the House of Lords"): the scene, no actor. (Not
    "passed to the Lords": what a chamber is given it acts on.)"""
    if ent.label_ != "ORG" or not any(t.lower_ in _MEETING_WORDS for t in ent):
        return False
    root = ent.root
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in ("at", "in"):
        return True
    if prep.lower_ in ("of", "from") and prep.head.lower_ == "out":
        return True  # "thrown out of the Commons": where someone was put out of
    return prep.lower_ == "to" and prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() in _GOING_VERBS


def _an_owner_of_a_named_thing(ent: Span) -> bool:
    """A body as the owner of a thing the story names ("the Treasury's Barker Review", "the BBC's Newsnight"):
    the thing is named, the owner does nothing in the clause. (An owner of a person is his affiliation,
    `_in_anothers_description`; "Labour's leader" is an office.)"""
    root = ent.root
    if ent.label_ != "ORG" or root.dep_ != "poss":
        return False
    thing = root.head
    return thing.pos_ == "PROPN" and thing.i >= ent.end and thing.ent_type_ not in ("PERSON", "NORP", "GPE") and \
        thing.lower_ not in ROLE_WORDS and thing.lower_ not in PEOPLE_NOUNS and thing.lower_ not in BODY_NOUNS


def _a_name_taken(ent: Span) -> bool:
    """A body's new name as what another became ("the company that has now become Network Rail"): the
    subject is the one named; the name it took does nothing there."""
    root = ent.root
    return ent.label_ == "ORG" and root.dep_ in ("attr", "oprd", "acomp") and root.head.lemma_.lower() in _RENAMING_VERBS


def _groups_a_noun_is_between(ent: Span) -> bool:
    """Peoples only as what a noun is between or among ("claims of a clash between Muslims and Christians",
    "tension among Sikhs"): the noun's content, no one who acts. Each of a list goes with the first."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return ent.label_ == "NORP" and token.dep_ == "pobj" and token.head.lower_ in ("between", "among", "amongst") \
        and token.head.head.pos_ == "NOUN"


def _an_audience(ent: Span) -> bool:
    """A chamber told something, or given a statement or figures: "told the Commons", "a statement to
    Parliament", "give new figures to the Commons", "said in the Lords". The chamber hears; the speaker acts."""
    if ent.label_ != "ORG":
        return False
    root = ent.root
    if root.dep_ == "poss" and root.head.i >= ent.end and root.head.lemma_.lower() in _HEARING_BODIES:
        root = root.head  # "evidence to the Scottish Parliament's environment committee": the chamber hears with it
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lemma_.lower() in _SPEECH_NOUNS and \
            root.head.head.pos_ == "NOUN":
        return True  # "in a speech to the Kelvin Society": any body addressed only listens
    if not any(t.lower_ in CHAMBER_WORDS for t in ent):
        return False
    if root.dep_ in ("dobj", "dative") and root.head.lemma_.lower() in _TOLD_VERBS:
        return True
    if root.dep_ != "pobj" or root.head.lower_ not in ("to", "in", "before"):
        return False
    head = root.head.head
    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in _AUDIENCE_VERBS
    return head.lemma_.lower() in _AUDIENCE_NOUNS


def _a_source_of_money(ent: Span) -> bool:
    """"£50m allocated from the Department for ...", "money diverted from the Lottery Fund": the budget money is
    moved out of, no actor."""
    root = ent.root
    return ent.label_ == "ORG" and root.dep_ == "pobj" and root.head.lower_ == "from" and \
        root.head.head.pos_ == "VERB" and root.head.head.lemma_.lower() in _MONEY_VERBS


def _an_office_held(ent: Span) -> bool:
    """A body as what someone chairs, heads or presides over ("who is chairing the Power Inquiry", "presides
    over the council"), or "of" a presidency or chairmanship ("the UK's presidency of the G8 and EU"): the
    office its holder holds. Each of a list is held with the first."""
    token = ent.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if ent.label_ != "ORG":
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _CHAIR_VERBS:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "over" and token.head.head.lemma_.lower() == "preside":
        return True
    if token.dep_ == "compound" and token.head.lemma_.lower() in _POST_NOUNS and any(
            c.dep_ == "poss" and (c.lower_ in _POSSESSIVE_PRONOUNS or _a_person_other_than(c, ent))
            for c in token.head.children):
        return True  # "stepped down from his Treasury post": the body names the post its holder held
    return token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _OFFICE_NOUNS


# nouns of a post someone holds, which a body's name before them names ("his Treasury post", "her Cabinet job")
_POST_NOUNS = frozenset("post job position portfolio".split())
_POSSESSIVE_PRONOUNS = frozenset("his her my your their".split())


_GOVERNMENT_NOUNS = frozenset("government administration cabinet".split())


def _served_in(prep: Token) -> bool:
    """"under"/"during" a government, or "in" it after a verb or a post ("was put in charge in X's first
    government", "a junior post in X's administration"); not "no confidence in X's government", its object."""
    return prep.lower_ in ("under", "during") or prep.lower_ == "in" and (
        prep.head.pos_ in ("VERB", "AUX") or prep.head.lower_ in ROLE_WORDS or prep.head.lower_ in _POST_NOUNS)


def _an_era_or_occasion(ent: Span) -> bool:
    """A person as the era that dates something ("during the premiership of Margaret Thatcher", "in Mr
    Major's premiership") or the occasion marked ("the 20th anniversary of Chris Smith coming out")."""
    if ent.label_ != "PERSON":
        return False
    root = ent.root
    if root.dep_ == "poss":
        # ("a junior post in James Callaghan's administration", "home secretary under Mr Major's government": a
        # government someone served in or under dates the post; "Blair's government said" acts)
        return root.head.lower_ in _OFFICE_NOUNS or root.head.lower_ in _GOVERNMENT_NOUNS and \
            root.head.dep_ == "pobj" and _served_in(root.head.head)
    if root.dep_ == "nsubj" and root.head.dep_ in ("pcomp", "acl") and root.head.head.lower_ in ("of", *_OCCASION_NOUNS):
        root = root.head  # "the anniversary of [Chris Smith coming out]"
        if root.head.lower_ in _OCCASION_NOUNS:
            return True
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    return root.head.head.lower_ in _OFFICE_NOUNS or root.head.head.lower_ in _OCCASION_NOUNS


def _an_institution_as_a_place(ent: Span) -> bool:
    """A school, a university, a church or a hospital as where someone went, came from, studied or was ("left
    Llanelli Grammar School to go to Cambridge University", "students from the Waverley Sports College", "a
    degree from Edinburgh University", "speaking outside the Olympic Primary School", "on the site of the
    former St Andrews Church"): a place; "from" or "to" only after going, coming or a person (not "separate
    the state from the Church of England"). One that says or does is an actor ("Leeds University
    said")."""
    if ent.label_ != "ORG" or not any(t.lower_ in _PLACE_HEADS for t in ent):
        return False
    root = ent.root
    if any(c.dep_ == "relcl" and any(g.lower_ == "where" and g.i < c.i for g in c.children) for c in root.children):
        return True  # "Edinburgh University, where he went on to complete a PhD": a "where" clause says a place
    if root.dep_ == "dobj":
        return root.head.lemma_.lower() in _PLACE_VERBS
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ == "of":
        return prep.head.lower_ in _SITE_NOUNS
    head = prep.head
    if prep.lower_ in ("to", "from"):
        # (not "separate the state from the Church of England": what is parted, no place)
        return head.lemma_.lower() in _MOTION_VERBS or prep.lower_ == "from" and (
            head.lemma_.lower() in PEOPLE_NOUNS or head.lemma_.lower() in _DEGREE_NOUNS or
            any(c.dep_ == "dobj" and c.lemma_.lower() in _DEGREE_NOUNS for c in head.children))
    if prep.lower_ not in _PLACE_PREPOSITIONS:
        return False
    return head.pos_ in ("VERB", "AUX") or head.lemma_.lower() in PEOPLE_NOUNS


def _a_place_by_its_preposition(ent: Span) -> bool:
    """A body after a preposition that takes only a place ("turned away near RAF Kelvin", "a silence across the
    EU", "workers from outside the EU", "gathered outside the Home Office"), at the end of a way ("searched on
    the way to RAF Kelvin"), as the scene of something ("RAF Kelvin had been the scene of disorder"), or a
    chamber naming its room ("devices in the Commons chamber"): where, no one who acts."""
    token = _first_of_list(_phrase_head(ent))
    if ent.label_ != "ORG":
        return False
    if token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_ == "be":
        # "RAF Kelvin had been the scene of disorder": a place's sentence
        return any(c.dep_ == "attr" and c.lemma_.lower() in _SCENE_NOUNS for c in token.head.children)
    if token.dep_ in ("compound", "nmod") and token.head.lemma_.lower() in _ROOM_NOUNS and \
            any(t.lower_ in CHAMBER_WORDS for t in ent):
        return True  # "in the Commons chamber": the room
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "to" and prep.head.lemma_.lower() in _ACCESS_NOUNS and prep.head.pos_ == "NOUN":
        return True  # "gain access to the House of Commons": a place one gets into
    if prep.lower_ in ("to", "into", "across") and prep.head.lemma_.lower() in _SPREADING_VERBS:
        return True  # "disturbances that spread to the Midlands": where a thing reached
    return prep.lower_ in _PLACE_ONLY_PREPOSITIONS or \
        prep.lower_ == "to" and prep.head.lemma_.lower() in _ROUTE_NOUNS and prep.head.pos_ == "NOUN"


def _a_destination_of_a_case(ent: Span) -> bool:
    """A court or a chamber as where a case or a bill is taken ("would take their case to the European Court",
    "refer it to the Lords"), and a body as the one a thing is opened to ("open up the books to the Audit
    Office"): where a thing goes, the body does nothing yet. (Not "passed to the Lords", "handed to police":
    what a body is given it acts on.)"""
    token = _first_of_list(_phrase_head(ent))
    if ent.label_ != "ORG" or token.dep_ != "pobj" or token.head.lower_ != "to":
        return False
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _OPENING_VERBS:
        return True
    return lemma in _TAKING_VERBS and any(t.lower_ in _COURT_WORDS | _MEETING_WORDS for t in ent)


def _the_owner_of_an_audience(ent: Span) -> bool:
    """The owner of a gathering someone told or addressed ("told Age Concern's Age Agenda in London"): the
    occasion spoken at, whose owner only hosts it (who was told is the audience, see `_an_audience`)."""
    root = ent.root
    if ent.label_ not in ("ORG", "PERSON") or root.dep_ != "poss":
        return False
    thing = root.head
    return thing.i >= ent.end and thing.pos_ == "PROPN" and thing.dep_ in ("dobj", "dative") and \
        thing.head.lemma_.lower() in _TOLD_VERBS and not _a_person_other_than(thing, ent)


def _only_imagined(ent: Span) -> bool:
    """A name whose clause did not happen: the subject of a condition ("if Labour wins the election", "unless
    the Tories back it") or of what someone thought might have been ("thinking Mr Dukes might have won"): an
    imagined act, no part in the story."""
    root = _first_of_list(ent.root)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = root.head
    children = list(verb.children)
    marks = [c.lower_ for c in children if c.dep_ == "mark"]
    if verb.dep_ == "advcl" and marks and all(m in _CONDITION_MARKS for m in marks):
        # (not "was asked if the SAS had been there", a question; not "if, as Mr Hale has suggested, ...",
        # where the parser gave one verb both marks: the aside's subject acts)
        return True
    perfect = any(c.dep_ == "aux" and c.lower_ == "have" for c in children)
    modals = {c.lower_ for c in children if c.dep_ == "aux"}
    if not perfect or verb.dep_ != "ccomp":
        return False
    saying = verb.head.lemma_.lower()
    # "would have" is what did not happen, whoever tells it ("suggesting Mr Dukes would have seen the funny
    # side", "said Mr Dukes would have voted for it"); "might/could have" only after thinking, since after a
    # verb of saying it may tell what did happen ("police said the man might have fled")
    return bool(modals & {"might", "could", "would"}) and saying in _IMAGINING_VERBS or \
        "would" in modals and saying in _SPEECH_VERBS


# nouns of a kind that "like" or "such as" gives an example of ("key probes like the Kelvin Inquiry", "groups
# such as the Kelvin Trust"): a plural common noun
_EXAMPLE_PREPOSITIONS = frozenset(("like", "as"))


def _only_an_example(ent: Span) -> bool:
    """A name after "like" or "such as" on a plural common noun that is no verb's subject ("could harm key
    probes like the Kelvin Inquiry", "would hit groups such as the Kelvin Trust"): the name is an example of a
    kind, no part in the story. Not where the kind acts ("Groups such as Liberty have criticised the plan": the
    examples act with it), nor an example a relative clause makes speak ("such as the Kelvin Trust, which said
    ..."), nor a kind after "with", "by", "from", "between" or "against" (a party to the act: "will work with
    figures such as Mr Dukes"), nor "like" on a person ("Mr Hale, like Ms Dukes, ...")."""
    token = _first_of_list(ent.root)
    if token.dep_ != "pobj" or token.head.lower_ not in _EXAMPLE_PREPOSITIONS:
        return False
    preposition = token.head
    if preposition.lower_ == "as" and not (preposition.i > 0 and preposition.doc[preposition.i - 1].lower_ == "such"):
        return False
    if any(c.dep_ == "relcl" for c in ent.root.children):
        return False  # "groups such as the Kelvin Trust, which said it was unfair": the example speaks
    kind = preposition.head
    if kind.dep_ == "pobj" and kind.head.lower_ in _PARTY_PREPOSITIONS:
        return False  # "will work with senior figures such as Mr Dukes": a party to the act, with the kind
    return kind.pos_ == "NOUN" and kind.tag_ == "NNS" and kind.dep_ not in ("nsubj", "nsubjpass") and \
        not kind.ent_type_


def agent_of_a_deed(ent: Span) -> bool:
    """A name as the doer of a deed told by its noun ("welcomed the decision by India and Pakistan to open a
    bus link", "India's offer of talks"): it decides, offers or agrees, an actor of the story though never a
    verb's subject (a country so is one; `actors._is_actor_mention`). Each of a list with the first."""
    token = _first_of_list(ent.root)
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        noun = token.head.head
    elif token.dep_ == "poss":
        noun = token.head
    else:
        return False
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _DEED_NOUNS


# links inside a noun phrase, from a name up to the noun it describes ("a special advisor to Chancellor X", "a
# key figure in New Labour", "secretary of the Commission on X")
_DESCRIPTION_LINKS = frozenset(("pobj", "prep", "compound", "poss", "amod", "nmod", "conj", "cc", "appos"))
# verbs that join a subject to a noun that describes it
_COPULAS = frozenset("be become remain".split())
# prepositions whose name does something to or with the noun's owner: an agent, a source, a party to it
_PARTY_PREPOSITIONS = frozenset("by from with between against".split())


def _in_a_predicates_description(ent: Span) -> bool:
    """A name inside the noun a copula says its subject is ("He was a special advisor to Chancellor X", "she
    became secretary of the Commission on Y", "he is a key figure in New Labour"): the noun describes the
    subject, and every name inside it is part of that description, no one who acts in the clause. Not a name
    that is the noun itself ("The winner was Labour"), nor one after "by", "from", "with", "between" or
    "against" (an agent, a source, a party: "it was a decision by the Tories"), nor a body a spokesman speaks
    for, nor the doer of a deed's noun. (A member, an adviser or a founder so described is the subject's
    affiliation, as a title is: "he was a member of the Kelvin Alliance".)"""
    token = _first_of_list(_phrase_head(ent))
    hops = 0
    for _ in range(12):
        if token.dep_ not in _DESCRIPTION_LINKS or token.head.i == token.i:
            break
        if token.dep_ == "pobj" and token.head.lower_ in _PARTY_PREPOSITIONS:
            return False
        token = token.head
        if token.pos_ in ("NOUN", "PROPN") and (token.lower_ in _VOICE_ROLES or token.lemma_.lower() in _DEED_NOUNS):
            return False
        if ent.start <= token.i < ent.end:
            continue
        hops += 1
    return hops > 0 and token.dep_ in ("attr", "oprd") and token.pos_ in ("NOUN", "PROPN") and \
        token.head.lemma_.lower() in _COPULAS and not _a_person_other_than(token, ent) and \
        token.ent_type_ not in ("PERSON", "ORG", "NORP") and _a_persons_copula(token.head)


_PERSONAL_PRONOUNS = frozenset("he she i you who".split())


def _a_persons_copula(copula: Token) -> bool:
    """Whether the one a copula describes is a person: a person's name, "he", "she", a "who" on a person, a
    role's, a kin's or a people's noun, or no subject at all ("after being X's right-hand man": the person of
    the clause above). Not a thing ("the highlight was X's discomfort", "the plan is an example of X's response")
    nor "there was disquiet among X", where the noun is what there is."""
    subjects = [c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")]
    if not subjects:
        return True  # "after being X's right-hand man", or a subject the parser hung elsewhere
    subject = subjects[0]
    if subject.dep_ != "nsubj":
        return False
    if subject.lower_ == "who":
        return copula.dep_ == "relcl" and copula.head.ent_type_ == "PERSON"
    return subject.ent_type_ == "PERSON" or subject.lower_ in _PERSONAL_PRONOUNS or \
        subject.lemma_.lower() in ROLE_WORDS or subject.lemma_.lower() in PEOPLE_NOUNS or subject.lower_ in KIN_NOUNS


def _a_seats_holder(ent: Span) -> bool:
    """A party or a name before a seat's noun ("elected in a safe Labour seat", "the Tory marginals"): it says
    who holds the seat, the seat is what the clause is about."""
    token = _first_of_list(ent.root)
    return token.dep_ in ("amod", "compound", "nmod") and token.head.i >= ent.end and \
        token.head.lemma_.lower() in _SEAT_NOUNS | {"marginal"}


def _the_owner_of_a_country(ent: Span) -> bool:
    """A person as the owner of a country's name ("Stalin's Russia", "compared it to Franco's Spain"): the
    name dates the country, a regime or an era, no one who acts in the story."""
    root = ent.root
    return ent.label_ == "PERSON" and root.dep_ == "poss" and root.head.i >= ent.end and root.head.ent_type_ == "GPE"


# a law's nouns: a relative clause on one, whose subject is the law, says what the law does
_LAW_NOUNS = frozenset("act bill law treaty convention directive legislation charter".split())


def _inside_what_a_law_does(ent: Span) -> bool:
    """A name inside a relative clause that says what a law does ("the 1949 Parliament Act - which extends the
    right of the House of Commons to overrule the House of Lords"): the law's content, whom it concerns, not
    an act in the story. Not a subject of a verb on the way ("the bill, which the Lords rejected", "the bill,
    which was passed after the Tories agreed": they act)."""
    token = ent.root
    for _ in range(12):
        if token.head.i == token.i:
            return False
        verb = token.head
        if token.dep_ in ("nsubj", "nsubjpass", "agent"):
            return False  # a subject inside the law's clause acts ("which was passed after the Tories agreed")
        if verb.dep_ == "relcl" and verb.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() in _LAW_NOUNS and \
                any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
            return True
        token = verb
    return False


# verbs that measure one thing against another: what they take is the standard a thing is measured by ("will
# surpass X's 11 years", "a legacy to match the Y's creation")
_SURPASSING_VERBS = frozenset("surpass overtake equal match eclipse outlast outstrip exceed rival emulate".split())
# verbs of comparing: what follows their "with" or "to" is the standard ("compared with X's record")
_COMPARING_VERBS = frozenset("compare contrast liken".split())


def _a_standard_of_comparison(ent: Span) -> bool:
    """A name only as the standard something is measured by: the owner of what a verb of surpassing or
    matching takes ("he will surpass X's 11 years", "overtaking the length of X's two terms", "a legacy to
    match the Y's creation"), what something is compared with ("compared with X's record", "likened him to
    X"), or the one something is unlike ("Unlike X, he stayed"). A comparison or a record: no part in the
    story's events. Not the name itself as what is overtaken or matched ("overtook X on the first lap", a
    race, "will match X's offer" aside: X's offer is a thing of the story only through its owner), and not
    a person compared after "than", where the one compared may be a rival in the event."""
    if _a_comparisons_clause(ent) or _a_rank_behind(ent) or _an_era_owned(ent) or _a_style_named(ent):
        return True
    token = _first_of_list(ent.root)
    if token.dep_ == "pobj" and token.head.lower_ == "unlike":
        return True
    owned = False
    # up from the name to the noun phrase it ends in: "X's 11 years", "the length of X's two terms"
    while token.dep_ == "poss" or token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        token = _first_of_list(token.head if token.dep_ == "poss" else token.head.head)
        owned = True
    if token.dep_ == "pobj" and token.head.lower_ in ("with", "to") and token.head.head.lemma_.lower() in _COMPARING_VERBS:
        return True
    return owned and token.dep_ == "dobj" and token.head.lemma_.lower() in _SURPASSING_VERBS


# the verbs a clause of comparison leaves standing for the verb it compares with ("as X did in 1983", "more
# than X has", "as X was"): the clause only says how much, or that it happened before
_PRO_VERBS = frozenset("do have be".split())


def _a_comparisons_clause(ent: Span) -> bool:
    """The subject of a clause of comparison that only echoes the main verb ("more in two weeks than X or Y
    have in a year", "just as X did in building a team", "as X did in 1983"): a standard or a historical
    parallel, no act of the story. Not a clause with its own verb ("as X said", "as X has suggested": X
    speaks); not the inverted "as did X" ("offered his congratulations, as did X": X did so too); and "as"
    only as a parallel, with "just", "much" or "exactly" or with a time of its own, since a bare "as X did"
    may tell that X did the same in the story."""
    token = _first_of_list(ent.root)
    if token.dep_ != "nsubj" or token.head.i < token.i:
        return False
    verb = token.head
    if verb.lemma_.lower() not in _PRO_VERBS or any(c.dep_ in ("dobj", "attr", "acomp", "ccomp", "xcomp")
                                                      for c in verb.children):
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    if "than" in marks:
        return True
    if "as" not in marks:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in ("just", "much", "exactly", "precisely") for c in verb.children) or \
        any(t.ent_type_ == "DATE" for t in verb.subtree if t.i > verb.i)


# what a rank is in: "second in the list behind X", "in the polls behind X"
_RANK_NOUNS = frozenset("poll polls list table standings ranking rankings race place league".split())


def _a_rank_behind(ent: Span) -> bool:
    """A name after "behind" or "ahead of" a rank ("in the polls behind X and Y", "second in the all-time list
    behind X", "behind X in the polls"): the standard a place is measured by, no act. Not "behind" a verb that
    goes or supports ("rallied behind X", "stood behind X"), which has no rank."""
    token = _first_of_list(ent.root)
    if token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        prep = prep.head
    elif prep.lower_ != "behind":
        return False
    head = prep.head
    if head.lemma_.lower() in _RANK_NOUNS:
        return True
    # "behind X in the polls": the rank beside the name
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in _RANK_NOUNS for g in c.children)
               for c in (*head.children, *token.children))


# a person's time, as the period that dates something ("on X's watch", "the X years", "in X's day")
_ERA_NOUNS = frozenset("watch years days era".split())


def _an_era_owned(ent: Span) -> bool:
    """A person as the owner of a period ("the economy collapsed on X's watch", "a break from the X years", "X's
    years in office"): the name tells when, no act. "watch" only after "on" or "under" (not "X's watch was
    stolen")."""
    if ent.label_ != "PERSON":
        return False
    root = ent.root
    if root.dep_ not in ("poss", "compound") or root.head.i < ent.end:
        return False
    noun = root.head
    if noun.lower_ not in _ERA_NOUNS or noun.pos_ != "NOUN":
        return False
    if noun.lower_ == "watch":
        return noun.dep_ == "pobj" and noun.head.lower_ in ("on", "under")
    return noun.dep_ not in ("nsubj", "nsubjpass") or noun.lower_ != "days"


def _a_style_named(ent: Span) -> bool:
    """A name qualifying "style" ("an X-style progressive", "a Y style of leadership"): what a thing is like,
    a comparison, no act."""
    return any(t.head.lower_ in ("style", "-style") and not (ent.start <= t.head.i < ent.end) and
               t.dep_ in ("compound", "nmod", "amod", "npadvmod") for t in ent)



# verbs whose object only hears what is said: "told the Kelvin Alliance", "addressed the Kelvin Parliament" (not
# "warn" or "remind", whose object is often the target of a protest: "to remind Labour we are not going away")
_ADDRESSING_VERBS = frozenset("tell address brief".split())
# verbs whose "to" or "before" is the one who hears: "spoke to the Kelvin Alliance", "testified before Congress"
_HEARD_VERBS = frozenset("speak talk testify appear lecture apologise apologize explain lie".split())
# nouns of testimony or remarks, whose "to" or "before" hears them ("his testimony before Congress")
_HEARD_NOUNS = _SPEECH_NOUNS | frozenset("testimony remarks appearance evidence".split())
# gatherings that are told something, whose "of" or "at" is the body that gathers ("told a meeting of the
# Kelvin Authority", "told an audience at the Kelvin Institute")
_GATHERING_NOUNS = frozenset(
    "meeting session sitting audience gathering convention conference rally dinner luncheon breakfast forum "
    "hearing".split())


def _a_body_told_or_addressed(ent: Span) -> bool:
    """A body as the one told, briefed or addressed ("told the Kelvin Alliance", "addressed the Kelvin
    Parliament"), spoken, talked or testified to or before ("spoke to the Kelvin Network", "testified before
    Congress", "his testimony before Congress"), or as whose meeting, session or audience was told ("told a
    meeting of the Kelvin Authority", "told an audience at the Kelvin Institute"): the body hears, the speaker
    acts; it is the audience, whatever kind of body it is. (Not a committee or a panel someone appears or
    testifies before: it holds the hearing and questions him, so it acts; a body that answers, votes or acts
    elsewhere is an actor there.)"""
    if ent.label_ != "ORG":
        return False
    token = _first_of_list(_phrase_head(ent))
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "at") and token.head.head.pos_ == "NOUN" and \
            token.head.head.lemma_.lower() in _GATHERING_NOUNS:
        token = _first_of_list(token.head.head)  # "told a plenary session of the Kelvin Parliament"
    if token.dep_ in ("dobj", "dative"):
        return token.head.pos_ == "VERB" and token.head.lemma_.lower() in _ADDRESSING_VERBS
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "before"):
        return False
    if any(t.lower_ in _HEARING_BODIES for t in ent):
        return False  # "will testify before the Kelvin Oversight Committee": the committee hears and asks
    head = token.head.head
    if head.pos_ == "VERB":
        return head.lemma_.lower() in _HEARD_VERBS
    return head.pos_ == "NOUN" and head.lemma_.lower() in _HEARD_NOUNS


def _a_body_apposed_to_a_person(ent: Span) -> bool:
    """A body's name apposed to a person's, with no title between ("said Jim Hale, Kelvin Trust", "Jane Dale,
    Kelvin Institute, said"): the person's affiliation, as a by-line or a caption writes it; the person speaks."""
    if ent.label_ != "ORG":
        return False
    token = _phrase_head(ent)
    start = ent.start - 1 if ent.start and ent.doc[ent.start - 1].lower_ == "the" else ent.start
    # (not "Jim Hale, from Fathers United, said", which the parser may appose too: one who is from a body may
    # speak for it, `_in_anothers_description`)
    return token.dep_ == "appos" and _a_person_other_than(token.head, ent) and token.head.i < ent.start and \
        start > 0 and ent.doc[start - 1].text == ","


def _a_body_its_members_belong_to(ent: Span) -> bool:
    """A body after "of" on a member's noun ("members of the Kelvin Union marched", "a dozen members of Congress
    told reporters", "a letter to members of Congress"): the members are people who act or are told; the body
    is where they belong, and does nothing in the clause (it acts where the story makes it a subject)."""
    if ent.label_ != "ORG":
        return False
    token = _first_of_list(_phrase_head(ent))
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    noun = token.head.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in ("member",)


def _the_one_a_post_serves(ent: Span) -> bool:
    """A person or a body after "to" or "under" on a post's noun ("a former adviser to Ruth Hale", "chief
    secretary to the Treasury", "an official under President Dale"), or after "under" on a verb of working or
    serving ("he worked under Tom Dale at the Kelvin Office"): whom the post serves, its holder's
    description; the holder acts, the one served does nothing in the clause. Each of a list with the first."""
    if ent.label_ not in ("PERSON", "ORG"):
        return False
    token = _first_of_list(_phrase_head(ent))
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "under"):
        return False
    head = token.head.head
    if head.pos_ == "NOUN":
        # (not a stand's noun: "opposition to X" names its target; "opposition" is also a role's word)
        return head.lower_ in ROLE_WORDS and head.lower_ not in _VOICE_ROLES and head.lemma_.lower() not in _STANCE_NOUNS
    return token.head.lower_ == "under" and head.pos_ == "VERB" and head.lemma_.lower() in _WORK_VERBS


def _a_body_after_its_kind_in_a_description(ent: Span) -> bool:
    """A body's name apposed to the common noun of its kind ("managing partner of the investment bank Kelvin
    Capital", "head of the hedge fund Dale Partners"): the name stands where its noun stands; where the noun is
    in a person's title, so is the name. (Not "Jim Hale, of the group Fathers United, said": a body someone
    is from or of, with no title, is one he may speak for.)"""
    if ent.label_ != "ORG":
        return False
    token = _phrase_head(ent)
    kind = token.head
    if token.dep_ != "appos" or kind.pos_ != "NOUN" or kind.i >= ent.start or kind.ent_type_:
        return False
    title = kind.head.head if kind.dep_ == "pobj" else kind
    if title.pos_ != "NOUN" or not (title.lower_ in ROLE_WORDS or title.lower_ in _TIE_NOUNS):
        return False  # the kind's noun hangs from a title's ("head of the hedge fund X"), not from the person's name
    noun = Span(ent.doc, kind.i, kind.i + 1, label="ORG")
    return _in_anothers_description(noun) or _a_title_holders_body(noun) or _the_one_a_post_serves(noun)
