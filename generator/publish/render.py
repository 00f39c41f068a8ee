"""Jinja: a `Briefing` to Markdown for the site, and to HTML for the handout.

Seed text is untrusted data. It is only ever a value passed to a template, never a
template itself. In Markdown templates every `{{ value }}` passes through `md_escape`
(Jinja's `finalize`), so seed text cannot form Markdown or HTML; in HTML templates
Jinja's autoescape does the same. Templates come from files only: the user's
`templates/` folder first, then the package's defaults.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import jinja2
import jinja2.meta
from markupsafe import Markup, escape

from ..errors import TemplateError
from ..facts import FLAG_BELOW
from .numbers_block import by_the_numbers
from ..safe_files import UnsafeFile, read_regular
from .typography import curly_quotes, speech_parts

DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"  # the project's own, beside generator/
TEMPLATE_MAX_BYTES = 1_000_000  # a template or a stylesheet: a few KB
STYLESHEETS = ("site.css", "handout.css", "digest.css")  # beside the templates, read as text

# What seed text must not do in Markdown: form inline syntax anywhere (emphasis, code, links,
# attr_list `{: }`, tables, raw HTML, entities) or block syntax at the start of a line. The
# first set is escaped wherever it stands, as numeric entities; the rest (`#`, `-`, `+`, `=`,
# `>`, `:`, `.`, `!`, digits and `.` or `)`) only mean something at the start of a line, and a
# value is collapsed to one line, so only its first character (or the `.`/`)` after leading
# digits) needs escaping. Each entity costs Markdown's inline parser a pattern match: escaping
# every punctuation mark made page conversion most of the site build.
MD_INLINE = re.compile(r"[\\`*_{}\[\]<>&|~^$\"]")
_MD_LINE_START = re.compile(r"\A(?:[!-/:-@\[-`{-~]|(\d+)([.)]))")


def md_escape(value: Any) -> str:
    """Seed text as inert Markdown: on one line, with what Markdown reads as syntax as entities."""
    if isinstance(value, Markup):
        return str(value)
    if value is None:
        return ""
    text = " ".join(str(value).split())  # one line: no headings, lists or code blocks after a newline
    head, start = "", 0
    lead = _MD_LINE_START.match(text)
    if lead:  # "# x", "- x", "> x", "2005. x": the first mark would start a block
        head = lead.group(1) + _entity_of(lead.group(2)) if lead.group(1) else _entity_of(lead.group())
        start = lead.end()
    body = MD_INLINE.sub(as_entity, text[start:])
    if body.endswith("#"):  # a heading's closing marks: "# Tag: C#" would be read "Tag: C"
        kept = body.rstrip("#")
        body = kept + _entity_of("#") * (len(body) - len(kept))
    return head + body


def as_entity(match: re.Match) -> str:
    return _entity_of(match.group())


def _entity_of(char: str) -> str:
    return f"&#{ord(char)};"


def safe_url(value: Any) -> Markup:
    """An http(s) URL from a seed, percent-encoded so it cannot leave a Markdown link or an attribute."""
    from urllib.parse import quote

    text = str(value or "").strip()
    if not re.match(r"https?://", text, re.I):
        return Markup("")
    return Markup(quote(text, safe=":/?#@!$&*+,;=%~"))


def as_precise(when: Any) -> str:
    """A resolved date cut to what its phrase supports: "2005", "2005-04", "week of 2005-04-25" or "2005-04-26"."""
    date = getattr(when, "date", None) or ""
    return {"year": date[:4], "month": date[:7], "week": f"week of {date}"}.get(getattr(when, "precision", "day"), date)


def long_date(iso: str) -> str:
    """An ISO date as a reader writes it: "1 February 2005"."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {d.strftime('%B %Y')}"


def as_read(when: Any) -> str:
    """A resolved date as a reader writes it, only as precise as its phrase: "2005", "April 2005",
    "the week of 25 April 2005" or "26 April 2005" (the phrase itself is in the fact's source)."""
    date = getattr(when, "date", None) or ""
    try:
        day = dt.date.fromisoformat(date)
    except ValueError:
        return date
    precision = getattr(when, "precision", "day")
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return day.strftime("%B %Y")
    if precision == "week":
        return f"the week of {long_date(date)}"
    return long_date(date)


def _finalize_md(value: Any) -> Any:
    return md_escape(_typeset(value))


def _typeset(value: Any) -> Any:
    """Seed text as readers see it: typographic quotation marks (markup the templates built is kept)."""
    return curly_quotes(value) if type(value) is str else value


class _FolderLoader(jinja2.BaseLoader):
    """Jinja's FileSystemLoader, reading as every file of a project is read (`safe_files`): a
    template that is a FIFO, a device or a link out of its folder is refused by name, unread."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Any]:
        from jinja2.loaders import split_template_path

        path = self.folder.joinpath(*split_template_path(template))
        if not path.is_symlink() and not path.exists():
            raise jinja2.TemplateNotFound(template)
        try:
            text = read_regular(path, TEMPLATE_MAX_BYTES, self.folder, "the templates folder", "a template")
            source = text.decode("utf-8")
        except UnsafeFile as exc:
            raise TemplateError(f"template {template} ({path}): {exc.problem}") from None
        except UnicodeDecodeError as exc:
            raise TemplateError(f"template {template} ({path}): not UTF-8 text (bad byte at offset {exc.start})") from None
        mtime = path.stat().st_mtime_ns
        return source, str(path), lambda: path.exists() and path.stat().st_mtime_ns == mtime

    def list_templates(self) -> list[str]:
        return sorted(p.relative_to(self.folder).as_posix() for p in self.folder.rglob("*") if p.is_file())


def _environment(template_dirs: list[Path], markdown: bool) -> jinja2.Environment:
    loader = jinja2.ChoiceLoader([_FolderLoader(d) for d in template_dirs])
    env = jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,  # a missing fact fails loudly
        autoescape=not markdown,
        finalize=_finalize_md if markdown else _typeset,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["md"] = lambda v: Markup(md_escape(v))
    env.filters["html"] = lambda v: escape(v)
    env.filters["url"] = safe_url
    env.filters["as_precise"] = as_precise
    env.filters["as_read"] = as_read
    env.filters["long_date"] = long_date
    env.filters["speech_parts"] = speech_parts
    env.filters["pct"] = lambda v: f"{round(float(v) * 100)}%"
    env.filters["by_the_numbers"] = by_the_numbers  # the block's lines, for page, handout and digest alike
    env.globals["flag_below"] = FLAG_BELOW  # one threshold for page, handout and digest
    return env


class Renderer:
    """Templates from the folders given, in order, over the defaults in the repository's `templates/`."""

    def __init__(self, *folders: Path | None):
        dirs = [d for d in (*folders, DEFAULT_TEMPLATES) if d is not None and d.is_dir()]
        # the same folder twice is harmless, but keep the order user-first
        seen: list[Path] = []
        for d in dirs:
            if d.resolve() not in [s.resolve() for s in seen]:
                seen.append(d)
        self.dirs = seen
        self.md = _environment(seen, markdown=True)
        self.html = _environment(seen, markdown=False)

    def render(self, name: str, **context: Any) -> str:
        env = self.html if name.endswith((".html.j2", ".html")) else self.md
        try:
            return env.get_template(name).render(**context)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"template {exc.filename or exc.name or name}, line {exc.lineno}: {exc.message}") from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"template {exc.name} not found in {', '.join(map(str, self.dirs))}") from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"template {name}: {exc.message}") from None

    def text(self, name: str) -> str | None:
        """A file of the template folders (a stylesheet), the user's first, as text; None when none
        has it. Read as a template is: anything but a regular file inside its folder is refused."""
        for d in self.dirs:
            path = d / name
            if path.is_symlink() or path.exists():
                source, _, _ = _FolderLoader(d).get_source(self.md, name)
                return source
        return None

    def sources(self, name: str) -> dict[str, str] | None:
        """The template `name` and every template it includes, extends or imports, recursively, each
        by its name as the folders give it (the user's first): what rendering `name` reads, asked of
        Jinja itself (`meta.find_referenced_templates`). None when a reference is computed at render
        time (`{% include var %}`), so that what it reads cannot be told beforehand."""
        env = self.html if name.endswith((".html.j2", ".html")) else self.md
        found: dict[str, str] = {}
        todo = [name]
        while todo:
            current = todo.pop()
            if current in found:
                continue
            try:
                source, _, _ = env.loader.get_source(env, current)
                refs = list(jinja2.meta.find_referenced_templates(env.parse(source)))
            except jinja2.TemplateNotFound as exc:
                raise TemplateError(f"template {exc.name} not found in {', '.join(map(str, self.dirs))}") from None
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(f"template {exc.filename or current}, line {exc.lineno}: {exc.message}") from None
            found[current] = source
            if any(r is None for r in refs):
                return None
            todo += refs
        return dict(sorted(found.items()))

    def names(self) -> list[str]:
        """Every template the folders hold (`*.j2`), user's and defaults alike."""
        return sorted({p.relative_to(d).as_posix() for d in self.dirs for p in d.rglob("*.j2")})

    def check(self, names: list[str]) -> list[str]:
        """Problems with the templates a build needs, found before any seed is rendered."""
        problems = []
        for name in names:
            env = self.html if name.endswith((".html.j2", ".html")) else self.md
            try:
                env.get_template(name)
            except TemplateError as exc:
                problems.append(str(exc))
            except jinja2.TemplateSyntaxError as exc:
                problems.append(f"template {exc.filename or name}, line {exc.lineno}: {exc.message}")
            except jinja2.TemplateNotFound:
                problems.append(f"template {name} not found in {', '.join(map(str, self.dirs))}")
        for name in STYLESHEETS:  # read as the templates are, so refused before any page is made
            try:
                self.text(name)
            except TemplateError as exc:
                problems.append(str(exc))
        return problems
