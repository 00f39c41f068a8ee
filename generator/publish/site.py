"""The site: generated pages beside the hand-written ones, then MkDocs, in-process.

Generated pages live in their own places inside the docs folder (`GENERATED`), so
hand-written pages beside them are never overwritten:

    index.md                 the latest briefings
    search.md                the search page (Pagefind's UI; the index is built after MkDocs: search.py)
    briefings/<slug>.md      a briefing (+ <slug>.json, its facts)
    handouts/<slug>.pdf      its PDF handout
    actors/index.md          every person and organisation; actors/<slug>.md one each
    archive/index.md         the months; archive/<yyyy-mm>.md one each
    tags/index.md            the tags; tags/<slug>.md one each
    feed.xml, feed.json      RSS 2.0 and JSON Feed 1.1 of the latest briefings
    styles/briefing.css      the site's own stylesheet (from templates/site.css)

Only the home page, the three indexes and About are in the nav: every other page is
reached by links, so no page carries a link to every other (quadratic at scale).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import functools
from html import unescape as unescape_html
import json
import logging
import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from slugify import slugify
from markupsafe import escape

from ..cache import Cache, digest, files_digest, page_key
from ..errors import SiteError
from ..facts import FLAG_BELOW, Actor, Briefing, Quote
from .handouts import also_reported, long_date
from ..editorial.clusters import whats_new
from ..editorial.identity import Identity, identities
from .policy import DEFAULT as DEFAULT_POLICY, published as published_facts
from ..project import mkdocs_settings
from .provenance import Provenance
from .render import Renderer
from .search import index_site
from ..slugs import tag_slugs, tag_text, unreserved
from ..input.textclean import xml_safe
from .sources import outlet_name
from .typography import curly_quotes

BRIEFINGS_DIR = "briefings"  # pages: <docs>/briefings/<slug>.md
HANDOUTS_DIR = "handouts"  # PDFs: <docs>/handouts/<slug>.pdf
ACTORS_DIR = "actors"
ARCHIVE_DIR = "archive"
TAGS_DIR = "tags"
STYLES_DIR = "styles"
SEARCH_PAGE = "search.md"
ALL_PAGES = "all"  # archive/all.md, archive/all/page-<n>.md: every briefing, newest first
RSS_FEED = "feed.xml"
JSON_FEED = "feed.json"
GENERATED = ("index.md", SEARCH_PAGE, BRIEFINGS_DIR, HANDOUTS_DIR, ACTORS_DIR, ARCHIVE_DIR, TAGS_DIR, STYLES_DIR,
             RSS_FEED, JSON_FEED)

PUBLISHED_MAX_BYTES = 64 << 20  # a published file read back: facts JSON (a 1 MB story under `full`: a few MB), a PDF
HOME_LATEST = 20  # briefings on the home page; the archive has them all
LIST_PAGE = 100  # briefings on one page of a listing (a month, a tag, the whole archive): pages under 400 KB
ACTOR_PAGE = 50  # appearances on one page of an actor's timeline (with what they said in them)
# An actor's page is a search result from this many briefings on. Each page indexed adds to the
# metadata every query downloads first (about 7 bytes a page); an actor of two stories is found
# through those two briefings, which name them, and on the actors index.
ACTOR_SEARCHED = 3
ACTORS_GROUP_PAGE = 500  # actors on one page of an initial's group
TAGS_PAGE = 1000  # tags on one page of the tags index (topic tags: a few thousand at 10,000 briefings)
ACTORS_TOP = 30  # the most-named actors of each kind, listed on the actors index itself
FEED_ITEMS = 50
ACTOR_KINDS = ("person", "organisation")  # who gets a page of their own
GROUP_NAMES = {"person": "People", "organisation": "Organisations"}
SITE_TITLE = "Political briefings"


# -- the cross-briefing indexes -------------------------------------------------------------------

@dataclass
class Appearance:
    briefing: Briefing
    actor: Actor
    quotes: list[Quote]
    # quotes whose best guess is this actor, flagged: shown as such, not counted among their quotes
    possible: list[Quote] = field(default_factory=list)


@dataclass
class ActorPage:
    slug: str
    name: str
    kind: str
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)  # newest first

    @property
    def quote_count(self) -> int:
        return sum(len(a.quotes) for a in self.appearances)

    @property
    def has_page(self) -> bool:
        """Actors in two or more briefings get a page of their own: a timeline and what they said
        across stories. One named in a single story is listed on the actors index with a link to
        that briefing, which already shows their role and quotes: a page would only repeat it, and
        such actors are most of them (1,700 of 2,100 pages at 417 briefings, most of a rebuild)."""
        return len(self.appearances) >= 2


def listed(briefings: list[Briefing]) -> list[Briefing]:
    """The briefings a listing shows, newest first: every list of briefings (home, archive, months,
    tags, actor timelines, feeds) is made through here, so that what a listing leaves out (one entry
    for several stories of one event, say) is decided in one place."""
    return sorted(briefings, key=lambda b: (b.date, b.slug), reverse=True)


def paged(items: list, size: int) -> list[list]:
    """`items` in pages of `size` (at least one page, empty or not): no listing page grows with the archive."""
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def page_path(name: str, n: int) -> str:
    """The docs path (under its folder) of page `n` (from 1) of a paged listing: `name.md`, then
    `name/page-<n>.md` (a folder no slug can make: slugs have no "/")."""
    return f"{name}.md" if n == 1 else f"{name}/page-{n}.md"


def pager(name: str, n: int, count: int, depth: int = 1) -> dict:
    """What a listing page's template needs: `root` (the path back to the docs folder from page `n`,
    given that `name.md` is `depth` folders down) and the links to the other pages, relative to this one."""
    up = "" if n == 1 else "../"

    def link(k: int) -> str:
        return up + page_path(name, k)

    return {"root": "../" * depth + up, "n": n, "count": count, "prev": link(n - 1) if n > 1 else None,
            "next": link(n + 1) if n < count else None, "first": link(1), "last": link(count),
            "near": [(k, link(k)) for k in range(max(1, n - 3), min(count, n + 3) + 1)]}


def initial(name: str) -> str:
    """The letter a name is filed under on the actors index: its first letter, as ASCII ("Ó" -> "o");
    "other" for a name that starts with none."""
    first = slugify(name[:2], lowercase=True)[:1]
    return first if first.isalpha() else "other"


def actor_pages(briefings: list[Briefing],
                ids: dict[tuple[str, str], Identity] | None = None) -> dict[str, ActorPage]:
    """People and organisations across all briefings, by identity (`editorial/identity.py`): the same name
    in two stories is one actor unless what tells namesakes apart (the country) differs. `ids`:
    `identities(briefings)`, where the caller has them (the build keeps them between builds)."""
    pages: dict[str, ActorPage] = {}
    kinds: dict[str, Counter] = defaultdict(Counter)
    roles_seen: dict[str, set[str]] = {}  # each page's roles, casefolded
    names_seen: dict[str, set[str]] = {}  # each page's name and aliases, casefolded
    ids = ids if ids is not None else identities(briefings)
    for b in listed(briefings):
        for a in b.who:
            if a.kind not in ACTOR_KINDS:
                continue
            slug, label = ids[(b.id, a.name)]
            slug = unreserved(slug, "actor")  # an actor named "Index" must not overwrite the index
            page = pages.setdefault(slug, ActorPage(slug=slug, name=label, kind=a.kind))
            kinds[slug][a.kind] += 1
            seen = roles_seen.setdefault(slug, {r.casefold() for r in page.roles})  # not made again each time
            for role in a.roles or ([a.role] if a.role else []):
                if role.casefold() not in seen:
                    page.roles.append(role)
                    seen.add(role.casefold())
            names = names_seen.setdefault(slug, {n.casefold() for n in [page.name, *page.aliases]})
            for alias in a.aliases:  # each alias once, whatever its case (a set a page, not one an alias)
                if alias.casefold() not in names and alias.casefold() != a.name.casefold():
                    page.aliases.append(alias)
                    names.add(alias.casefold())
            theirs = [q for q in b.quotes if q.speaker == a.name]
            quotes = [q for q in theirs if q.confidence >= FLAG_BELOW]
            page.appearances.append(Appearance(b, a, quotes, [q for q in theirs if q.confidence < FLAG_BELOW]))
    for slug, page in pages.items():
        page.kind = kinds[slug].most_common(1)[0][0]
    return dict(sorted(pages.items(), key=lambda kv: (kv[1].name.casefold(), kv[0])))


def actor_slugs(pages: dict[str, ActorPage]) -> dict[str, dict[str, str]]:
    """Briefing id -> {actor name -> page slug}, for linking actors and speakers from briefing
    pages: per briefing, as one name may be two identities in two stories."""
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for page in pages.values():
        if page.has_page:
            for app in page.appearances:
                names[app.briefing.id].setdefault(app.actor.name, page.slug)
    return names


def months(briefings: list[Briefing]) -> dict[str, list[Briefing]]:
    """'YYYY-MM' -> that month's briefings, newest month first, newest briefing first."""
    out: dict[str, list[Briefing]] = defaultdict(list)
    for b in listed(briefings):
        out[b.date[:7]].append(b)
    return dict(sorted(out.items(), reverse=True))


def tags(briefings: list[Briefing]) -> dict[str, tuple[str, list[Briefing]]]:
    """Tag slug -> (the tag as first written, its briefings newest first), in tag order."""
    slugs = tag_slugs(briefings)
    out: dict[str, tuple[str, list[Briefing]]] = {}
    for b in listed(briefings):
        for tag in b.tags:
            tag = tag_text(tag)
            if tag:
                out.setdefault(slugs[tag.casefold()], (tag, []))[1].append(b)
    return dict(sorted(out.items(), key=lambda kv: (kv[1][0].casefold(), kv[0])))


def month_name(yyyy_mm: str) -> str:
    return dt.date.fromisoformat(yyyy_mm + "-01").strftime("%B %Y")


def one_line(text: str | None, limit: int = 180) -> str:
    """A what-line for lists: whole words, at most `limit` characters."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# -- pages ---------------------------------------------------------------------------------------

def briefing_page(b: Briefing, renderer: Renderer, actor_links: dict[str, str] | None = None,
                  published: set[str] | None = None, policy: str = DEFAULT_POLICY,
                  tag_pages: dict[str, str] | None = None, folded: list[Briefing] = ()) -> str:
    """A briefing page. `actor_links` maps actor names to actor page slugs; `published` is the
    set of slugs with a page, so that context never links to a briefing that was not built;
    `policy` is the story-text policy (policy.py) its facts' sources are shown under; `tag_pages`
    is `tag_slugs` of every briefing (default: of this one); `folded`: the other reports of the
    same story (editorial/clusters.py), listed as "Also reported in", with what an update adds."""
    actor_links = actor_links or {}
    tag_pages = tag_pages if tag_pages is not None else tag_slugs([b])
    return with_meta(renderer.render(
        "briefing.md.j2",
        b=b,
        date_long=long_date(b.date),
        pdf_url=f"../{HANDOUTS_DIR}/{b.slug}.pdf",
        json_url=f"{b.slug}.json",
        actor_url={n: f"../{ACTORS_DIR}/{s}.md" for n, s in actor_links.items()},
        published=published,
        tag_links=[(t, f"../{TAGS_DIR}/{tag_pages[tag_text(t).casefold()]}.md") for t in b.tags if tag_text(t)],
        low=FLAG_BELOW,
        outlet=outlet_name(b.source),
        provenance=Provenance(b, policy),
        also=also_reported(list(folded)),
        new=whats_new(b, list(folded)) if folded else None,
    ), description=one_line(b.what.text if b.what else b.title, 200), published=b.date)


def briefing_files(b: Briefing, renderer: Renderer, actor_links: dict[str, str] | None, published: set[str],
                   policy: str, tag_pages: dict[str, str], folded: list[Briefing] | tuple = (),
                   cache: Cache | None = None, templates: str = "", digests: dict[str, str] | None = None
                   ) -> tuple[str, str]:
    """A briefing's page and its published facts (JSON), from `cache` when nothing they show changed:
    the briefing, the addresses its links take (actors, tags, which related briefings have a page),
    the reports folded into it, the policy, the templates and the code (`cache.page_key`). `digests`: by
    id, the digest of a briefing's `to_json()` (of `b` and the reports folded into it), where the build has it."""
    key = None
    if cache is not None:
        links = sorted((actor_links or {}).items())
        related = [r.slug in published for r in b.related]
        tags = [tag_pages.get(tag_text(t).casefold(), "") for t in b.tags]
        digests = digests or {}
        key = page_key(templates, policy, digests.get(b.id) or digest(b.to_json()), json.dumps([links, related, tags]),
                       *[digests.get(f.id) or digest(f.to_json()) for f in folded])
        entry = cache.get("page", key)
        if entry is not None:
            try:
                got = json.loads(entry)
                return got["page"], got["facts"]
            except (ValueError, KeyError, TypeError):
                cache.forget("page", key)  # unreadable: made again
    page = briefing_page(b, renderer, actor_links, published, policy, tag_pages, folded)
    # compact: with an indent, json falls back to its pure-Python encoder (several times slower)
    facts = published_facts(b, policy).to_json() + "\n"
    if cache is not None and key is not None:
        cache.put("page", key, json.dumps({"page": page, "facts": facts}, ensure_ascii=False).encode("utf-8"))
    return page, facts


def folded_page(b: Briefing, lead: Briefing, renderer: Renderer) -> str:
    """The page at a folded report's own address: a pointer to its story's briefing, so that an old
    link still leads somewhere. Not searched (`unsearched`, read by theme/main.html): its story's
    briefing is the result, and a second hit for every report of a story would crowd the results."""
    return with_meta(renderer.render("folded.md.j2", b=b, lead=lead, lead_url=f"{lead.slug}.md",
                                     date_long=long_date(b.date), reports=1 + len(lead.same_story)),
                     description=one_line(f"Now part of the briefing: {lead.title}", 200), published=b.date,
                     unsearched="yes")


def with_meta(markdown: str, **meta: str) -> str:
    """The page with `meta` in its front matter (the description, Open Graph and card tags of
    theme/main.html read it). YAML is written by PyYAML, so seed text stays a plain string; keys the
    template's own front matter sets win (they come later)."""
    block = yaml.safe_dump({k: curly_quotes(v) for k, v in meta.items() if v}, allow_unicode=True,
                           width=1_000_000, sort_keys=False)
    if markdown.startswith("---\n"):
        return "---\n" + block + markdown[4:]
    return "---\n" + block + "---\n" + markdown


def home_page(briefings: list[Briefing], renderer: Renderer) -> str:
    newest = listed(briefings)
    return renderer.render(
        "home.md.j2", briefings=newest[:HOME_LATEST], total=len(newest), one_line=one_line,
        date_long=long_date, has_tags=any(b.tags for b in briefings),
        older=f"{ARCHIVE_DIR}/{ALL_PAGES}.md" if len(newest) > HOME_LATEST else None,
    )


def write_pages(docs: Path, briefings: list[Briefing], renderer: Renderer, site_url: str | None = None,
                policy: str = DEFAULT_POLICY, folded: dict[str, list[Briefing]] | None = None,
                cache: Cache | None = None, facts: dict[str, str] | None = None,
                ids: dict[tuple[str, str], Identity] | None = None) -> None:
    """Every generated page: briefings (+ their facts as JSON, with the story text `policy` allows),
    actors, archive, tags, home, feeds. `briefings` are one per story (the leads); `folded`, by lead
    id, the other reports of each story: listed on its page, and each given a page at its own
    address that points there (no facts JSON, no handout; no list shows it). `cache`: briefing pages
    kept by everything they show (`briefing_files`), so a build with nothing new renders none;
    `facts`: the digest of each briefing's JSON by id, where the build has it (for those keys); `ids`:
    `identities(briefings)`, where the build has them."""
    out = docs / BRIEFINGS_DIR
    out.mkdir(parents=True, exist_ok=True)
    leads = {b.id: b for b in briefings}
    folded = {k: v for k, v in (folded or {}).items() if k in leads}  # a lead whose handout failed: not listed
    cache = cache if cache is not None and cache.root is not None else None  # --no-cache: no keys to make
    templates = files_digest(renderer.dirs) if cache is not None else ""
    digests = facts or {}
    for lead_id, items in folded.items():
        for f in items:
            # kept by the two briefings it shows (1,142 pages rendered every build at 10,000 seeds)
            key = page_key(templates, "folded", digests.get(f.id) or digest(f.to_json()),
                           digests.get(lead_id) or digest(leads[lead_id].to_json())) if cache is not None else None
            text = cache.get("page", key) if key is not None else None
            if text is None:
                text = folded_page(f, leads[lead_id], renderer).encode("utf-8")
                if key is not None:
                    cache.put("page", key, text)
            (out / f"{f.slug}.md").write_bytes(text)
    people = actor_pages(briefings, ids)
    links = actor_slugs(people)
    published = {b.slug for b in briefings}
    tag_pages = tag_slugs(briefings)
    for b in briefings:
        page, data = briefing_files(b, renderer, links.get(b.id), published, policy, tag_pages,
                                    folded.get(b.id, ()), cache, templates, facts)
        (out / f"{b.slug}.md").write_text(page, "utf-8")
        (out / f"{b.slug}.json").write_text(data, "utf-8")
    (docs / "index.md").write_text(home_page(briefings, renderer), "utf-8")
    (docs / SEARCH_PAGE).write_text(renderer.render("search.md.j2"), "utf-8")

    # each briefing's facts, as one digest: what an actor's page shows of it is keyed on that
    facts_digests = {b.id: (facts or {}).get(b.id) or digest(b.to_json()) for b in briefings} if cache is not None else None
    write_actor_pages(docs / ACTORS_DIR, people, renderer, cache, templates, facts_digests)

    kept = _Kept(cache, templates, digests) if cache is not None else None
    archive = docs / ARCHIVE_DIR
    archive.mkdir(exist_ok=True)
    by_month = months(briefings)
    for month, items in by_month.items():
        write_listing(archive, month, items, renderer, "month.md.j2", title=month_name(month),
                      description=f"{len(items)} briefing{'s' if len(items) != 1 else ''} of {month_name(month)}",
                      kept=kept)
    write_listing(archive, ALL_PAGES, listed(briefings), renderer, "month.md.j2", title="Every briefing",
                  description=f"All {len(briefings)} briefings, newest first", kept=kept)
    years: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for month, items in by_month.items():
        years[month[:4]].append((month, month_name(month), len(items)))
    (archive / "index.md").write_text(renderer.render("archive.md.j2", years=years, total=len(briefings),
                                                      all_pages=f"{ALL_PAGES}.md"), "utf-8")

    tag_dir = docs / TAGS_DIR
    tag_dir.mkdir(exist_ok=True)
    by_tag = tags(briefings)
    for slug, (tag, items) in by_tag.items():
        write_listing(tag_dir, slug, items, renderer, "tag.md.j2", title=tag,
                      description=one_line(f"Briefings tagged {tag}", 200), kept=kept)
    tag_list = paged([(s, t, len(items)) for s, (t, items) in by_tag.items()], TAGS_PAGE)
    for n, items in enumerate(tag_list, 1):
        path = tag_dir / page_path("index", n)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(renderer.render("tags.md.j2", tags=items, pages=pager("index", n, len(tag_list))), "utf-8")

    styles = docs / STYLES_DIR
    styles.mkdir(exist_ok=True)
    (styles / "briefing.css").write_text(renderer.text("site.css") or "", "utf-8")

    write_feeds(docs, briefings, site_url)


def write_listing(folder: Path, name: str, briefings: list[Briefing], renderer: Renderer, template: str,
                  title: str, description: str, kept: "_Kept | None" = None) -> None:
    """A listing of briefings (already in `listed` order) in pages of LIST_PAGE: `name.md`, then
    `name/page-<n>.md`, each with links to the others. `kept`: each page kept by all it reads (the
    briefings listed, by their JSON's digest, its place among the pages, the titles)."""
    pages = paged(briefings, LIST_PAGE)
    for n, items in enumerate(pages, 1):
        path = folder / page_path(name, n)
        path.parent.mkdir(parents=True, exist_ok=True)
        key = kept.key("listing", template, name, title, description, str(n), str(len(pages)), str(len(briefings)),
                       str(LIST_PAGE), *(kept.of(b) for b in items)) if kept is not None else None
        text = kept.get(key) if kept is not None else None
        if text is None:
            text = with_meta(
                renderer.render(template, title=title, briefings=items, one_line=one_line, date_long=long_date,
                                pages=pager(name, n, len(pages)), total=len(briefings), first=(n - 1) * LIST_PAGE + 1),
                description=description + (f" (page {n} of {len(pages)})" if len(pages) > 1 else "")).encode("utf-8")
            if kept is not None:
                kept.put(key, text)
        path.write_bytes(text)


@dataclass
class _Kept:
    """Generated pages kept in the cache (kind `page`) by all they read: a briefing by the digest of its
    JSON (`digests`, by id, where the build has it), the template folders and the publish code
    (`cache.page_key`)."""

    cache: Cache
    templates: str
    digests: dict[str, str]

    def of(self, b: Briefing) -> str:
        return self.digests.get(b.id) or digest(b.to_json())

    def key(self, *parts: str) -> str:
        return page_key(self.templates, *parts)

    def get(self, key: str | None) -> bytes | None:
        return self.cache.get("page", key) if key is not None else None

    def put(self, key: str | None, text: bytes) -> None:
        if key is not None:
            self.cache.put("page", key, text)


def write_actor_pages(actors: Path, people: dict[str, ActorPage], renderer: Renderer, cache: Cache | None = None,
                      templates: str = "", facts: dict[str, str] | None = None) -> None:
    """Each actor's page (their timeline in pages of ACTOR_PAGE), the actors' groups by kind and initial
    (in pages of ACTORS_GROUP_PAGE) under `actors/by/`, and the index of the groups. With `cache` (and
    `facts`, each briefing's digest by id), an actor's pages are kept by all they may show: the actor,
    each of their briefings, their part and quotes in it, the templates and the code (`page_key`)."""
    actors.mkdir(exist_ok=True)
    for page in (p for p in people.values() if p.has_page):
        parts = paged(page.appearances, ACTOR_PAGE)
        whole = None
        if cache is not None and facts is not None:
            whole = page_key(templates, "actor", repr((page.slug, page.name, page.kind, page.roles, page.aliases,
                                                        ACTOR_PAGE, ACTOR_SEARCHED)),
                             # an appearance is its briefing's actor of that name and kind, with the quotes the
                             # briefing gives that name: the briefing's JSON holds them all (their reprs took 1.9 s)
                             *[f"{facts.get(a.briefing.id) or digest(a.briefing.to_json())}\0{a.actor.name}\0{a.actor.kind}"
                               for a in page.appearances])
        for n, apps in enumerate(parts, 1):
            path = actors / page_path(page.slug, n)
            path.parent.mkdir(parents=True, exist_ok=True)
            key = digest(whole, str(n), str(len(parts))) if whole is not None else None
            kept = cache.get("page", key) if cache is not None and key is not None else None
            if kept is not None:
                path.write_bytes(kept)
                continue
            text = with_meta(
                renderer.render("actor.md.j2", actor=page, appearances=apps, pages=pager(page.slug, n, len(parts)),
                                date_long=long_date, one_line=one_line),
                description=one_line(f"{page.name}" + (f", {page.roles[0]}" if page.roles else "")
                                     + f": {len(page.appearances)} briefings, and what they said", 200),
                unsearched="yes" if len(page.appearances) < ACTOR_SEARCHED else "")
            path.write_text(text, "utf-8")
            if cache is not None and key is not None:
                cache.put("page", key, text.encode("utf-8"))
    groups: dict[tuple[str, str], list[ActorPage]] = defaultdict(list)
    for page in people.values():  # in name order
        groups[(page.kind, initial(page.name))].append(page)
    by = actors / "by"
    by.mkdir(exist_ok=True)
    index: dict[str, list[tuple[str, str, int]]] = {kind: [] for kind in ACTOR_KINDS}
    for (kind, letter), members in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] == "other", kv[0][1])):
        name = f"{GROUP_NAMES[kind].lower()}-{letter}"
        index[kind].append((letter.upper() if letter != "other" else "Other", f"by/{name}.md", len(members)))
        parts = paged(members, ACTORS_GROUP_PAGE)
        for n, items in enumerate(parts, 1):
            path = by / page_path(name, n)
            path.parent.mkdir(parents=True, exist_ok=True)
            label = f"{GROUP_NAMES[kind]}: {letter.upper() if letter != 'other' else 'other names'}"
            path.write_text(with_meta(
                renderer.render("actors_group.md.j2", label=label, actors=items, pages=pager(name, n, len(parts), 2),
                                total=len(members)),
                description=f"{label}: {len(members)}"), "utf-8")
    top = {kind: sorted((p for p in people.values() if p.kind == kind and p.has_page),
                        key=lambda p: (-len(p.appearances), p.name.casefold(), p.slug))[:ACTORS_TOP]
           for kind in ACTOR_KINDS}
    (actors / "index.md").write_text(renderer.render(
        "actors.md.j2", groups=index, top=top, names=GROUP_NAMES,
        counts={kind: sum(1 for p in people.values() if p.kind == kind) for kind in ACTOR_KINDS}), "utf-8")


# -- feeds ---------------------------------------------------------------------------------------

def site_url_of(config_file: Path) -> str | None:
    """`site_url` from mkdocs.yml, read without running MkDocs (tags such as !ENV are ignored)."""
    url = mkdocs_settings(config_file).get("site_url")
    return url.rstrip("/") + "/" if isinstance(url, str) and url.strip() else None


def page_url(site_url: str | None, slug: str) -> str | None:
    """A briefing's address on the published site, or None without `site_url` (handouts print it)."""
    return f"{site_url}{BRIEFINGS_DIR}/{slug}/" if site_url else None


def _page_url(base: str, path: str) -> str:
    """A URL for the feeds: absolute under site_url when it is set, else relative to the site root
    (where the feeds are), which feed readers resolve against the feed's own URL."""
    return base + path


def _rfc822(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return email.utils.format_datetime(dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc))


def feed_items(briefings: list[Briefing], site_url: str | None) -> list[dict]:
    """The feeds' items; every text is one an XML document (and UTF-8 JSON) can hold: a character
    that would make feed.xml unreadable loses every subscriber every item."""
    base = site_url or ""
    items = []
    for b in listed(briefings)[:FEED_ITEMS]:
        items.append({
            "id": xml_safe(b.id),
            "url": _page_url(base, f"{BRIEFINGS_DIR}/{b.slug}/"),
            "title": xml_safe(b.title),
            "summary": xml_safe(b.what.text) if b.what else "",
            "date": b.date,
            "pdf": _page_url(base, f"{HANDOUTS_DIR}/{b.slug}.pdf"),
            "facts": _page_url(base, f"{BRIEFINGS_DIR}/{b.slug}.json"),
            "tags": [xml_safe(" ".join(str(t).split())) for t in b.tags if str(t).strip()],
            "source": xml_safe(b.source) if b.source else b.source,
        })
    return items


ATOM = "http://www.w3.org/2005/Atom"
ET.register_namespace("atom", ATOM)


def rss_feed(briefings: list[Briefing], site_url: str | None) -> bytes:
    """RSS 2.0 built with ElementTree, which escapes every value."""
    items = feed_items(briefings, site_url)
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = SITE_TITLE
    ET.SubElement(channel, "link").text = site_url or "./"
    ET.SubElement(channel, "description").text = "Briefings generated from news articles"
    ET.SubElement(channel, "language").text = "en"
    if site_url:  # the feed's own address, as feed validators and readers expect
        ET.SubElement(channel, f"{{{ATOM}}}link", href=site_url + RSS_FEED, rel="self", type="application/rss+xml")
    if items:
        ET.SubElement(channel, "lastBuildDate").text = _rfc822(items[0]["date"])
    for it in items:
        item = ET.SubElement(channel, "item")
        ET.SubElement(item, "title").text = it["title"]
        ET.SubElement(item, "link").text = it["url"]
        ET.SubElement(item, "guid", isPermaLink="false").text = f"briefing:{it['id']}"
        ET.SubElement(item, "pubDate").text = _rfc822(it["date"])
        ET.SubElement(item, "description").text = it["summary"]
        for tag in it["tags"]:
            ET.SubElement(item, "category").text = tag
    ET.indent(rss)
    return ET.tostring(rss, encoding="utf-8", xml_declaration=True) + b"\n"


def json_feed(briefings: list[Briefing], site_url: str | None) -> str:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1)."""
    feed: dict = {"version": "https://jsonfeed.org/version/1.1", "title": SITE_TITLE, "language": "en"}
    if site_url:
        feed["home_page_url"] = site_url
        feed["feed_url"] = site_url + JSON_FEED
    feed["items"] = []
    for it in feed_items(briefings, site_url):
        item = {
            "id": f"briefing:{it['id']}",
            "url": it["url"],
            "title": it["title"],
            "content_text": it["summary"] or it["title"],
            "date_published": f"{it['date']}T00:00:00Z",
            "attachments": [{"url": it["pdf"], "mime_type": "application/pdf", "title": "PDF handout"},
                            {"url": it["facts"], "mime_type": "application/json", "title": "Facts as JSON"}],
        }
        if it["tags"]:
            item["tags"] = it["tags"]
        if it["source"]:
            item["external_url"] = it["source"]
        feed["items"].append(item)
    return json.dumps(feed, ensure_ascii=False, indent=1) + "\n"


def write_feeds(docs: Path, briefings: list[Briefing], site_url: str | None = None) -> None:
    (docs / RSS_FEED).write_bytes(rss_feed(briefings, site_url))
    (docs / JSON_FEED).write_text(json_feed(briefings, site_url), "utf-8")


# -- MkDocs --------------------------------------------------------------------------------------

THEME_OVERRIDES = Path(__file__).resolve().parent / "theme"


class _EscapeTitles:
    """MkDocs takes a page's title from its first heading, and Material prints it raw in the
    header and through `striptags` (which decodes entities) in `<title>`. A headline is seed
    text, so no single escaping serves both: the title is decoded to plain text, escaped once
    for the raw places, and `theme/main.html` prints `<title>` without `striptags`.
    Table-of-contents titles are printed raw too: decoded, then escaped once."""

    def on_page_content(self, html, page, config, files):  # noqa: ANN001, ANN201  MkDocs' signature
        if page.title is not None:
            plain = unescape_html(page.title)
            page.title = str(escape(plain))
        stack = list(page.toc or [])
        while stack:
            item = stack.pop()
            item.title = str(escape(unescape_html(item.title)))
            stack.extend(item.children)
        return html


class _LinkHandouts:
    """MkDocs copies every file that is not a page into the site; the handouts (8,859 PDFs, 233 MB at
    10,000 seeds) are generated for this build, never edited in place (handout_step.place replaces a
    file, it does not write into it), so each is linked into the site rather than copied."""

    def on_files(self, files, config):  # noqa: ANN001, ANN201  MkDocs' signature
        for f in files:
            if f.src_uri.startswith(HANDOUTS_DIR + "/") and f.abs_src_path and not f.is_documentation_page():
                f.copy_file = functools.partial(_link_file, f)
        return files


def _link_file(f, dirty: bool = False) -> None:  # noqa: ANN001  an MkDocs File
    out = Path(f.abs_dest_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.unlink(missing_ok=True)
    try:
        os.link(f.abs_src_path, out)
    except OSError:  # another file system, or none that links: a copy, as MkDocs makes
        shutil.copyfile(f.abs_src_path, out)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def mkdocs_build(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool = True,
                 page_cache: Path | None = None) -> None:
    """Run `mkdocs build` in-process on the staged docs; warnings fail a strict build.
    `page_cache`: a folder where rendered pages are kept for the next build (see page_cache.py)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    collect = _Collect()
    log = logging.getLogger("mkdocs")
    log.addHandler(collect)
    try:
        cfg = load_config(config_file=str(config_file), docs_dir=str(docs_dir), site_dir=str(site_dir),
                          strict=strict)
        # the same HTML, with less of Markdown's work (provenance_stash.py); by name, so that the
        # page cache's key, which lists the extensions, is the same in every process
        cfg["markdown_extensions"].append("generator.publish.provenance_stash")
        from mkdocs.plugins import BasePlugin

        plugin = type("EscapeTitles", (_EscapeTitles, BasePlugin), {})()
        cfg.plugins["briefing-escape-titles"] = plugin
        cfg.plugins["briefing-link-handouts"] = type("LinkHandouts", (_LinkHandouts, BasePlugin), {})()
        kept = None
        if page_cache is not None:
            from .page_cache import PageCache

            kept = cfg.plugins["briefing-page-cache"] = type("PageCachePlugin", (PageCache, BasePlugin), {})(page_cache)
        # our main.html (the <title> block) goes after a user's custom_dir, before the theme's own
        cfg.theme.dirs.insert(1 if cfg.theme.custom_dir else 0, str(THEME_OVERRIDES))
        build(cfg)
        # the search index of the pages just built (search.py), its parts kept beside the pages
        index_site(site_dir, *((page_cache / "search", kept.searched) if kept is not None else ()))
    except MkDocsException as exc:
        raise SiteError(f"mkdocs build failed: {exc}; " + "; ".join(collect.messages[:5])) from None
    finally:
        log.removeHandler(collect)
