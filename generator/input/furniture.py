"""Page furniture that comes with pasted articles, told by its words and shape alone: the one
definition of it.

Bylines and wire lines, photo credits and captions, "READ MORE" and "Related" lines, share
and follow prompts, content warnings, "Story continues below advertisement", time stamps,
bare handles and URLs, editors' notes, chart and table dumps: one table of patterns, each
matching a whole line (a sentence or a paragraph), in the shapes Canadian, US, British and
Indian outlets print them. No spaCy here, so reading a seed can use it too;
`generator.extract.boilerplate` applies it to a processed story and
`generator.extract.sentences.is_furniture` asks it for every sentence.
"""
from __future__ import annotations

import re

# agencies and picture libraries that sign a photo
_CAPTION_SOURCES = (r"(?:Getty(?: Images)?|AP|AFP|Reuters|EPA|PA(?: Media| Wire)?|Shutterstock|Alamy|Bloomberg|"
                    r"iStock(?:photo)?|PTI|ANI|IANS|The Canadian Press|Canadian Press|CP|Postmedia|"
                    r"Handout|Supplied|Submitted|File)")
# a capitalised name of one to five words ("Sean Kilpatrick", "THE CANADIAN PRESS", "CBC News")
_CAPS = r"[A-Z][\w.'\u2019&-]*(?: (?:[A-Z][\w.'\u2019&-]*|of|de|van|von|la|for|and)){0,5}"
# a wire's sign-off or a writer's outlet after a dash ("— The Canadian Press", "- PTI")
_DASHES = r"[\u2014\u2013-]{1,2}"
# a time of day, as time stamps print it ("12:42 IST", "4:00 AM ET", "10.30am")
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?"
# a reader's signature under a comment: a name and a town, a country after it ("Andrew, Swindon",
# "Emma Lee, Leeds, UK")
_SIGNATURE = re.compile(r"^[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2}, [A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2}"
                        r"(?:, [A-Z][A-Za-z]+)?$")
# the writers a sign-off names: "Jane Doe", "Doe and Lee", "Jane Doe, Raj Patel and Lee"
_SIGNER = r"[A-Z][a-z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,2}"
_SIGNERS = rf"{_SIGNER}(?:, {_SIGNER})*(?:,? and {_SIGNER})?"
# each pattern matches a whole sentence or paragraph of furniture (from its start)
_LINES = [
    # a reader's signature under a comment, a comment section's heading (see `comment_block`)
    _SIGNATURE,
    # bylines and credits for the reporting
    re.compile(r"^\(?(?:additional |(?:podcast|video|audio|graphics?|design|data|photography|illustrations?|animation|"
               r"production) )?(?:reporting|writing|editing|compiled|written|produced|research|edited) by\b", re.I),
    # a writer's sign-off: "Jane Doe reported from Ottawa.", "Doe and Lee contributed reporting."
    re.compile(rf"^{_SIGNERS} (?:(?:also )?reported (?:from|in) {_CAPS}|contributed (?:additional )?reporting"
               rf"(?: (?:from|in) {_CAPS})?)\.?$"),
    re.compile(r"^(?:[Bb]y|BY|[Ww]ords by|[Ss]tory by)\s+[A-Z][\w.'\u2019-]*(?:[\s,&|]+(?:and\s+)?[A-Z][\w.'\u2019-]*){0,6}"
               r"(?:\s*[,|\u2013\u2014\u00b7-]\s*(?:[A-Z][\w.'\u2019-]*\s*){1,4})?\s*[\u00b7|]?\s*$"),
    re.compile(r"^[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,3}\s*[|,\u2013\u2014-]\s*"
               r"(?:staff (?:writer|reporter)|(?:political |chief |senior )?(?:correspondent|editor|reporter))\.?$", re.I),
    re.compile(r"\b(?:contributed (?:to )?this (?:report|story|article))\b", re.I),
    # a tip's credit: "(h/t RCP Video.)", "H/T: Jane Doe"
    re.compile(r"^\(?[Hh]/\s?[Tt]\b"),
    # "Jane Doe · CBC News · Posted: Mar 14, 2023": a byline with its outlet and time stamp
    re.compile(rf"^{_CAPS}\s*\u00b7\s*{_CAPS}\s*\u00b7"),
    # a wire's line: "(AP)", "(Reuters) -", "— The Canadian Press", "- PTI", "With files from ..."
    re.compile(rf"^\(?(?:AP|AFP|Reuters|PTI|ANI|IANS|CP|UNI|Xinhua|The Canadian Press|Canadian Press|Press Association|"
               rf"PA|Associated Press)\)?\s*(?:{_DASHES}|:)?\s*$"),
    re.compile(rf"^{_DASHES}\s*(?:{_CAPS})\s*$"),
    re.compile(r"^\(?with (?:files|inputs|reporting) from\b", re.I),
    re.compile(r"^this (?:report|story|article) by .{3,40} was first published\b", re.I),
    re.compile(r"^this material may not be published\b", re.I),
    # photo credits and captions
    re.compile(r"^(?:photo(?:graph)?s?|image|picture|video|credit|caption|pictured|file photo|graphic|chart|"
               r"illustration|source|sources|image source)"
               r"(?: credit| caption| copyright| source)?\s*[:|,\u2013\u2014-]", re.I),
    re.compile(r"^(?:image|media|photo) (?:caption|copyright|source)\b", re.I),
    re.compile(r"^(?:photo|photograph|picture|video)s? (?:by|courtesy(?: of)?)\s+[A-Z]", re.I),
    re.compile(r"^(?:open|view|expand) this (?:photo|image|picture)\b", re.I),
    re.compile(r"\((?:AP|AFP|Reuters|Getty|EPA|PTI|CP|ANI)?\s*Photos?\b[^)]*\)\.?\s*$", re.I),
    re.compile(rf"^\(?{_CAPTION_SOURCES}(?: Images| Photos?| Pictures?)?\)?\.?$"),
    re.compile(rf"^\(?(?:{_CAPTION_SOURCES}|[A-Z]\w+) (?:photo|image|picture|handout)s?\)?\.?$", re.I),
    re.compile(rf"/\s*{_CAPTION_SOURCES}\)?\.?$"),
    # a photographer through an agency: "Jane Doe via Getty Images", "(Jane Doe/Pool via AP)"
    re.compile(rf"^\(?{_CAPS}(?:\s?/\s?{_CAPS})? via {_CAPTION_SOURCES}(?: Images)?\)?\.?$"),
    # a credit's shape: a name, a slash, an outlet ("Alex Lynch/CBC", "THE CANADIAN PRESS/Sean Kilpatrick"),
    # as a line of its own or in brackets closing a caption
    re.compile(rf"^\(?{_CAPS}\s?/\s?{_CAPS}\)?\.?$"),
    re.compile(rf"\({_CAPS}\s?/\s?{_CAPS}\)\.?$"),
    # a ranked table's row: a rank, a name, its last place in brackets ("3. Jane Doe (Last week: 4.)"),
    # no verb (a numbered point of the story is a sentence: "3. The council will cut fares.")
    re.compile(r"^\d{1,2}[.)] [A-Z][\w.'\u2019-]*[a-z][\w.'\u2019-]*(?: (?:[A-Z][\w.'\u2019-]*|of|de|van|von|la|and))*"
               r"(?: \([^()]{1,30}\))?\.?$"),
    # links to other stories
    re.compile(r"^[\"\u201c]?(?:read more|related|see also|also read|more|watch|listen|recommended|"
               r"read also|click here|also see|must read|don't miss|trending)\b\s*[:|\u2013\u2014-]", re.I),
    re.compile(r"^[\"\u201c]?(?:READ MORE|RELATED|ALSO READ|WATCH)\b"),
    re.compile(r"^[\"\u201c]?Related:?[\"\u201d]?$"),
    re.compile(r"^(?:related topics|more on this story|top stories|most read|latest news|recommended stories|"
               r"you may also like|more from .{2,30})$", re.I),
    re.compile(r"^click here\b", re.I),
    # a link to another page of the site, labelled by its kind ("The shape of the economy In graphics",
    # "In pictures: the count in Sunderland"): the label in title case, no sentence (a page's own title
    # may open on its kind, "Profile: ...", "Q&A: ...", and is no link)
    re.compile(r"^[^.!?]{0,100}\s(?:In (?:graphics|pictures|quotes|full|depth|numbers|maps|video|audio)|At[- ]a[- ]glance|Q&A)$"),
    re.compile(r"^In (?:graphics|pictures|quotes|numbers|maps|video|audio)\s*:"),
    # share, follow and sign-up prompts
    re.compile(r"^(?:click to )?(?:share|tweet|email|print) (?:this|on)\b", re.I),
    re.compile(r"^(?:share|tweet|email|print|comments?|save|copy link|copy this link|facebook|twitter|whatsapp|"
               r"messenger|linkedin|pinterest|reddit)(?:\s+\d+)?$", re.I),
    re.compile(r"^follow\b.{0,80}\bon (?:twitter|facebook|instagram|x|threads|bluesky|google news|whatsapp|telegram)\b", re.I),
    re.compile(r"^follow us\b", re.I),
    re.compile(r"^join (?:our|us on)\b.{0,40}\b(?:channel|group|newsletter|whatsapp|telegram)\b", re.I),
    re.compile(r"^(?:download|get) (?:the|our) .{0,30}\bapp\b", re.I),
    re.compile(r"^(?:subscribe|sign up)\b", re.I),
    re.compile(r"\bsign up (?:for|to) (?:our|the) .{0,30}newsletter\b", re.I),
    re.compile(r"^reach (?:him|her|them|the author)\b.{0,40}\bat\b", re.I),
    re.compile(r"^listen to (?:this|the) (?:article|story)\b", re.I),
    re.compile(r"^these are external links\b", re.I),
    # advertising breaks
    re.compile(r"^(?:story|article) continues (?:below|after)\b", re.I),
    re.compile(r"^(?:advertisement|ad|sponsored|scroll to continue with content|continue reading(?: below)?)$", re.I),
    # content warnings
    re.compile(r"^(?:content |trigger |editor'?s? )?warning\s*:\s*this (?:story|article|video|report|content)\b", re.I),
    re.compile(r"^(?:content|trigger) warning\b", re.I),
    # handles and bare URLs
    re.compile(r"^[\u2014\u2013-]?\s*@\w+[.,]?$"),
    re.compile(r"^(?:(?:https?://|www\.|pic\.twitter\.com/)\S+[.,]?\s*)+$", re.I),
    # time stamps and notes about the page itself
    re.compile(r"^(?:this (?:story|article|post) (?:has been|was) updated|editor[\u2019']?s note|correction:|"
               r"update:|updated:|copyright\b)", re.I),
    re.compile(r"^(?:posted|published|updated|last updated|last modified|first published|published on|updated on)"
               r"\s*(?:on\s*)?:?\s*(?:\d|[A-Z][a-z]{2,8}\.?\s+\d|\d+\s+(?:minutes?|hours?|days?) ago)", re.I),
    re.compile(rf"^(?:updated|published|posted)\s*:?.{{0,30}}\b{_CLOCK}$", re.I),
    re.compile(r"^(?:published|updated|posted)?\s*\d+\s+(?:minutes?|hours?|days?) ago$", re.I),
    re.compile(r"^(?:edited|written|curated) by\s*:", re.I),
    re.compile(r"\ball rights reserved\b", re.I),
]
# words of a page's furniture that no sentence of news has, wherever they stand in a line
_PAGE_WORDS = re.compile(
    r"\b(click to share|opens in new window|image (copyright|caption)|media caption|"
    r"getty images|photograph:|read more|follow us|share this|skip ad|loading\.\.\.|all rights reserved|"
    r"updated \d|published \d|last modified)\b|\bcopyright (?:\u00a9|\(c\)|\d{4})|\u00a9\s*\d{4}|"
    r"\bsubscribe (?:now|today|to (?:our|the|get))\b|\bsign up (?:now|today|here|for (?:our|the|free))\b|"
    r"\bnewsletters?\b.{0,40}\b(?:inbox|sign up|subscribe)\b|\b(?:straight|directly|delivered) to your inbox\b|"
    r"\+ ?subscribe\b|\bthank you for subscribing\b|\bcould not subscribe\b|\binvalid email\b",
    re.I,
)
# a wire's or a picture library's name as captions print it after a photo's subject ("Donald Trump GETTY",
# "REUTERS Theresa May"): glued to a person's name, it is the credit, never part of the name (`credit_word`)
_CREDIT_WORDS = frozenset(("GETTY", "REUTERS", "Reuters", "AP", "AFP", "EPA", "PA", "PTI", "ANI", "IANS"))


def credit_word(word: str) -> bool:
    """Whether a word at the edge of a person's name is a caption's credit ("GETTY", "REUTERS", "AP")."""
    return word.strip(".,:;()") in _CREDIT_WORDS


# furniture glued inside a line of story, as pages pasted whole carry it: the phrase is the page's, and a
# name inside it is no actor and no place, whatever the line around it is (`furniture_phrases`)
_LIBRARIES = r"(?:Getty Images|Shutterstock|Alamy|Rex Features|Rex|PA Images|PA Wire|EPA|AFP|AP|Reuters|Bloomberg)"
_INLINE = re.compile(
    # a share prompt: "Click to share on WhatsApp (Opens in new window)"
    r"\bclick to (?:share|email|print)(?: on [A-Z][\w+.]*)?(?: \(opens in new window\))?|"
    # a credit in brackets: "(Photo: Getty Images)", "(Getty Images)", "(AP Photo/Jane Doe)"
    r"\((?:photo(?:graph)?|image|picture|credit|video)s?\s*(?:credit)?\s*:\s*[^()]{1,60}\)|"
    rf"\(\s*{_LIBRARIES}(?: (?:Images|Photos?|Pictures?))?(?:\s*/\s*[^()]{{1,40}})?(?: for [^()]{{1,40}})?\s*\)|"
    # a picture library signing a photo, with whom it shot for: "Getty Images for UNICEF"
    # (not one a sentence is about: "Getty Images said it would appeal")
    r"\b(?:Getty Images|Shutterstock|Rex Features|PA Images)(?: for (?:[A-Z][\w&'-]*(?: |$)){1,4})?(?! [a-z])|"
    # a photographer through an agency in brackets: "(Jane Doe/Pool via AP)"
    rf"\([^()/]{{1,40}}(?:/[^()]{{1,40}})? via {_LIBRARIES}(?: Images)?\)|"
    # a gallery's controls and a wire's caption label: "Play slideshow ... 1 of 40", "AP:Associated Press 9"
    r"\bplay slideshow\b(?:[^.!?]{0,60}?\b\d+ of \d+\b)?|"
    r"\b(?:AP|AFP|PA|EPA):\s?(?:Associated Press|Agence France-Presse|Press Association)?|"
    # a sign-up form's messages and a browser notice
    r"\bthank you for subscribing!?|\bcould not subscribe(?:, try again later)?|\binvalid email\b|"
    r"\b(?:with|enable|enabled|requires?) javascript(?: enabled)?\b",
    re.I,
)
# a writer's byline glued to the dateline after it, and a video player's controls, told by their capitals
# (so no re.I)
_GLUED_CREDITS = re.compile(
    # a byline glued to the dateline after it: "By Jane Doe and Raj Patel WASHINGTON, May 2 (Reuters) -"
    # (its place and date are the story's; only the writers' names go)
    rf"(?<![^\s])By {_SIGNER}(?:(?:, |,? and ){_SIGNER})* (?=[A-Z]{{2}}[A-Z .'-]{{0,30}}(?:,| \(| [\u2014\u2013-]))|"
    # a video player's controls: "Video Loading Video Unavailable Click to play ... Watch Next"
    r"\bVideo (?:Loading|Unavailable)\b(?: ?(?:Video (?:Loading|Unavailable)|Click to play|Tap to play|"
    r"The video will start in \d+|Cancel|Play now|Watch this video again|Video will play in|Share this video|"
    r"Watch Next)\b)*",
)
# a wire's credit in brackets between a story's dateline and the dash that opens its first sentence:
# "DES MOINES, Iowa, Aug. 10 (UPI) --", "SACRAMENTO (Kelvin Wire) -", "Dec 29 (Reuters) -": the dateline
# (at a line's start: a place in capitals, its state or country, a date; or a date alone) is the story's,
# the agency in brackets is the page's credit (the "credit" group; no re.I: the place is in capitals)
_WIRE_CREDIT = re.compile(
    r"^(?:[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?"
    r"|(?=[A-Z][a-z]{2,8}\.? \d))"
    r"(?:,? ?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?"
    r" ?(?P<credit>\([A-Z][\w.&'\u2019 -]{1,30}\))(?= ?(?:--|[:\u2014\u2013\u2015-]))",
    re.M,
)
_NUMBER = re.compile(r"^[(\u00a3$\u20ac\u20b9+-]*\d[\d,.]*(?:%|[kmb]n?|bn)?\)?[.,;:]?$", re.I)
_WORD = re.compile(r"^[a-z]{2,}[.,;:]?$")


def _table_dump(text: str) -> bool:
    """A chart's or a table's figures pasted as a line: many numbers, hardly a lower-case word
    ("Labour 35% Conservative 33% Lib Dem 22%"); a sentence about figures has its verbs and
    small words ("rose from 4.1% in 2019 to 5.6%")."""
    words = text.split()
    numbers = sum(bool(_NUMBER.match(w)) for w in words)
    lower = sum(bool(_WORD.match(w)) for w in words)
    return numbers >= 3 and numbers >= 0.3 * len(words) and lower <= 1


# Readers' comments pasted under a story: a comment section's heading, a reader's signature
# ("Andrew, Swindon", "Emma Lee, Leeds, UK"), or a run of paragraphs in readers' voices to the end
_COMMENTS_HEADING = re.compile(
    r"^(?:your comments|have your say|readers?'? comments|reader comments|what you (?:said|think)|"
    r"here (?:is a selection|are some) of your (?:comments|views|e-?mails)|"
    r"(?:this|the) debate (?:is|has) (?:now )?closed\b.*|the following comments reflect\b.*|"
    r"join the (?:conversation|discussion|debate))\s*:?$", re.I)
# a reader's own voice: the first person singular outside quotation marks (a lobby's or an essay's
# "we" and "you" are no reader's)
_OWN_VOICE = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]y|[Mm]e|[Mm]yself)\b")
_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
# a report's attribution, which a story has and readers' comments hardly do
_REPORTED = re.compile(r"\b(?:said|says|told|according to)\b")
# paragraphs of readers' voices that make a comment section whose heading and signatures the paste
# lost: dozens of comments, where a first-person column, an excerpt or an interview's answers run to
# fewer (at most 15 on the dev sets)
MIN_COMMENTS = 20


def _own_voice(paragraph: str) -> bool:
    return bool(_OWN_VOICE.search(_QUOTED.sub(" ", paragraph)))


def _reported(paragraph: str) -> bool:
    return bool(_REPORTED.search(_QUOTED.sub(" ", paragraph)))


def comment_block(paragraphs: list[str]) -> int | None:
    """Where readers' comments pasted under a story start (a paragraph's index), or None: a comment
    section's heading ("Have your say", "Your comments"), a paragraph signed by a reader ("Andrew,
    Swindon") on the line after it, or, after a story that reports what someone said, a run of at
    least MIN_COMMENTS paragraphs to the end, opening in a reader's own voice ("I", "my", outside
    quotation marks), more than half of them so, hardly any reporting what someone said. Everything
    from there to the end is the page's, not the story's."""
    texts = [" ".join(p.split()) for p in paragraphs]
    reported = [_reported(t) for t in texts]
    first_report = next((k for k, r in enumerate(reported) if r), len(texts))

    def after_a_story(k: int) -> bool:  # a share bar's "Comments" at the top is no comment section
        return k >= 2 and first_report < k

    heading = next((k for k, text in enumerate(texts) if _COMMENTS_HEADING.match(text)), None)
    if heading is not None and after_a_story(heading):
        return heading
    signed = [k for k, text in enumerate(texts) if _SIGNATURE.match(text)]
    if len(signed) >= 2 and after_a_story(signed[0] - 1):  # one line of that shape may be a caption
        return signed[0] - 1
    voiced = [_own_voice(t) for t in texts]
    # from the end: how many paragraphs from k on are in a reader's voice, and report someone
    voices = reports = 0
    tail = []
    for k in range(len(texts) - 1, -1, -1):
        voices += voiced[k]
        reports += reported[k]
        tail.append((voices, reports))
    tail.reverse()
    for k in range(2, len(texts) - MIN_COMMENTS + 1):
        size = len(texts) - k
        voices, reports = tail[k]
        if voiced[k] and not reported[k] and after_a_story(k) and voices * 2 > size and reports * 6 <= size:
            return k
    return None


# a heading over links to other stories ("Related:", "Related stories", "More on this story", "Read more")
_LINKS_HEADING = re.compile(r"^[\"\u201c]?(?:related(?: stories| articles| coverage| content| links)?|more on this story|"
                            r"read more|see also|also read|recommended(?: stories)?|you may also like|more from .{2,30})"
                            r"\s*:?[\"\u201d]?:?$", re.I)
_TITLE_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def _headline_case(text: str) -> bool:
    """A headline in title case: at least three words, every word but a handful capitalised
    ("Mayor Vetoes Budget To Save Bus Fares"); a story's sentence has its small words in lower case."""
    words = _TITLE_WORD.findall(text)
    return len(words) >= 3 and len(words) <= 30 and sum(w[0].islower() for w in words) <= len(words) // 8


def link_list(paragraphs: list[str]) -> list[int]:
    """The paragraphs that are links to other stories: the headlines in title case listed under a
    links heading ("Related:"), to the first paragraph that is no such headline."""
    found, under = [], False
    for k, paragraph in enumerate(paragraphs):
        text = " ".join(paragraph.split())
        if _LINKS_HEADING.match(text):
            under = True
        elif under and _headline_case(text):
            found.append(k)
        else:
            under = False
    return found


# a share bar's buttons pasted onto the story's first words ("x Embed x Share Toblerone is facing ...")
_SHARE_BAR_WORDS = frozenset("x embed share tweet email print save".split())


def share_bar_words(words: list[str]) -> int:
    """How many of a sentence's first words are a share bar's buttons: two or more of them, one of
    them "Embed" or "Share", before a capitalised word (never "Share prices fell")."""
    k = 0
    while k < len(words) and words[k].lower() in _SHARE_BAR_WORDS:
        k += 1
    if k >= 2 and k < len(words) and words[k][:1].isupper() and \
            any(w.lower() in ("embed", "share") for w in words[:k]):
        return k
    return 0


def is_boilerplate(text: str) -> bool:
    """True for a line (sentence or paragraph) that is page furniture, not story."""
    text = " ".join(text.split())
    return bool(text) and (any(p.search(text) for p in _LINES) or _table_dump(text))


def has_page_words(text: str) -> bool:
    """True for a sentence that carries the words of a page's furniture ("Image caption",
    "Click to share", "Getty Images") wherever they stand: a sentence glued to a caption's
    label is passed over too, though its names stay (see `generator.extract.boilerplate`)."""
    return bool(_PAGE_WORDS.search(text))


# Pieces of a page glued between a story's sentences that no sentence of news has: a link to another
# story (its headline in square brackets between two sentences, or before "Read more"), a tip's credit
# ("(h/t RCP Video.)"), a caption that names people left to right ("(L-R) Jane Doe, ..."), and a photo
# gallery's slides (`_galleries`)
_SENTENCE_END = r"(?:(?<=[.!?\"\u201d\u2019] )|(?<=[.!?] [\"\u201d\u2019] )|^)"
_GLUED = re.compile(
    # a link's headline in square brackets standing between sentences ("... he said. [Mayor's plan in
    # doubt] The council ..."); an editor's word inside a quotation ("[he]", "[sic]") is no sentence's own
    rf"{_SENTENCE_END}\[\s*[\"'\u2018\u201c]?[A-Z][^\[\]\n]{{8,200}}\](?= [\"\u201c]?[A-Z]|\s*$)|"
    # a link's headline glued to "Read more" after it ("Budget row deepens | Jane Doe Read more Marsh said")
    rf"{_SENTENCE_END}[A-Z][^.!?\n]{{3,150}}? Read more\b(?= [\"\u201c]?[A-Z]|[\s:]*$)|"
    # a tip's credit: "(h/t RCP Video.)", "H/T: Jane Doe"
    r"\(\s*[Hh]/\s?[Tt]\b[^()]{1,80}\)|^[Hh]/\s?[Tt]\b:?[^\n]{1,80}$|"
    # a caption naming people left to right, to its end
    r"\((?:L-R|R-L|l-r|left to right|from left|L to R)\)[^.!?\n]{1,300}[.!?]?",
    re.M,
)
_LIBRARY_WORD = re.compile(rf"\b(?:{_CAPTION_SOURCES}|Rex|Getty|PA [Ww]ire)\b|\S/\S")


def _counters(text: str, pattern: str) -> list[tuple[int, int]]:
    """Slide counters in order from the first: "1/8", "2/8", ... ("k/N"), at least three of them."""
    found, runs = {}, []
    for m in re.finditer(pattern, text):
        k, n = int(m.group(1)), int(m.group(2))
        if k == 1:
            found[n] = [m]
        elif n in found and k == int(found[n][-1].group(1)) + 1:
            found[n].append(m)
            if k == n and n >= 3:
                runs.append((found[n][0], found.pop(n)[-1]))
    return [(first.start(), last.end()) for first, last in runs]


def _galleries(text: str) -> list[tuple[int, int]]:
    """A photo gallery pasted into a story's line: its slides numbered in order ("1/8 The scene after
    the crash Jane Doe/PA 2/8 ... 8/8 ..."), each a caption and a credit, under its heading ("Tram crash
    8 show all Tram crash"), from the heading to the last caption's credit; or a gallery's viewer ("1 of
    22 Full Screen Autoplay ... Buy Photo Wait 1 second to continue."). No sentence of the story numbers
    itself so."""
    spans = []
    for start, end in _counters(text, r"(?<![\w/])(\d{1,2})/(\d{1,2})(?= )"):
        heading = re.search(r"(?:^|(?<=[.!?\"\u201d] ))[^.!?\n]{0,100}?\b\d{1,2} show all\b[^.!?\n]{0,100}$", text[:start])
        if heading:
            start = heading.start()
        # the last caption ends with its credit ("... in London, England Getty"), when it has one
        credit = _LIBRARY_WORD.search(text, end, min(len(text), end + 300))
        tail = text[end:credit.end()] if credit else ""
        if credit and len(tail.split()) <= 40 and not re.search(r"[.!?] ", tail):
            end = credit.end()
            if "/" in credit.group():  # a photographer and an agency: "Jane Doe/PA"
                end = re.compile(r"\S*").match(text, credit.end()).end()
        spans.append((start, end))
    for m in re.finditer(r"\b1 of \d{1,3} Full Screen\b[^\n]{0,1500}?\bBuy Photo\b(?: Wait \d+ seconds? to continue\.)?",
                         text):
        spans.append(m.span())
    return spans


# a writer's note closing a story: "Jane Doe is a co-host of the X podcast.", "Jane Doe is a contributor to
# X, where this piece first appeared.", "Jane Doe is a senior fellow at the Y Institute." (a name, "is a/an",
# a role in lower case, and the body it is held at, of or for); see `_writers_note`
_WRITERS_NOTE = re.compile(r"(?P<name>[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){1,3}) is an? "
                           r"(?:[a-z][\w-]* ){0,3}[a-z][\w-]* (?:of|at|for|to|with|on)\b")
# the most words a writer's note has
_NOTE_WORDS = 60


def _writers_note(text: str) -> list[tuple[int, int]]:
    """A writer's note as one of the story's last two paragraphs (after its first two): "NAME is a/an ROLE
    (of|at|for|to) OUTLET ..." in the present (the note under an opinion piece, who wrote it and where), the
    writer's surname nowhere before it in the story. Its names are the page's: a person the story is about
    is named before the end, and a story tells what someone was ("was a spokesman for ...")."""
    paragraphs = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    spans = []
    for m in paragraphs[2:][-2:]:  # a story's closing lines, never its opening ones
        note = _WRITERS_NOTE.match(m.group().strip())
        if note is None or len(m.group().split()) > _NOTE_WORDS:
            continue
        surname = note.group("name").split()[-1]
        if not re.search(rf"\b{re.escape(surname)}\b", text[:m.start()]):
            spans.append(m.span())
    return spans


def furniture_phrases(text: str) -> list[tuple[int, int]]:
    """Where page furniture sits inside lines of a story (character offsets): share prompts, bracketed
    credits, a wire's credit after a dateline, a writer's note at the end, a picture library's signature, a
    gallery's controls and slides, a sign-up form's messages, a link's headline, a tip's credit. A line pasted whole from a web page carries them between the
    story's sentences; the names in them ("Getty Images", "WhatsApp") are the page's."""
    spans = [m.span() for pattern in (_INLINE, _GLUED, _GLUED_CREDITS) for m in pattern.finditer(text)]
    spans += [m.span("credit") for m in _WIRE_CREDIT.finditer(text)] + _writers_note(text)
    return sorted(spans + _galleries(text))
