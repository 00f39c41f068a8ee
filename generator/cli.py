"""Commands: `build` the site and handouts; `serve` it while editing; `extract` facts; `corrections init`; `digest`."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__


def _extract(args: argparse.Namespace) -> int:
    from .build.engine import extract_processes
    from .errors import ExtractPoolError
    from .build.extract_pool import extract_in_order
    from .input.seeds import read_seed_folder
    from .input.textclean import shown_name

    folder = read_seed_folder([Path(p) for p in args.paths])
    for u in folder.unread:
        print(f"error: {shown_name(f'{u.path}: {u.problem}')}", file=sys.stderr)
    seeds, failed = [sf.seed for sf in folder.seeds], len(folder.unread)
    n_process = extract_processes(len(seeds), args.jobs)

    def bounded():  # each seed under the build's bounds in time and memory: one bad seed is one error
        nonlocal failed
        for seed, b, problem in extract_in_order(seeds, n_process):
            if b is None:
                print(f"error: {shown_name(seed.path.name)}: {shown_name(problem or 'facts could not be extracted')}",
                      file=sys.stderr)
                failed += 1
            else:
                yield b

    briefings = bounded()
    if not args.no_corrections:  # the facts as the site shows them
        from .editorial.corrections import corrected_stream

        def problem(text: str) -> None:
            # a corrections problem fails a build (the briefing is held); here it is an error too
            nonlocal failed
            print(f"error: {text}", file=sys.stderr)
            failed += 1

        briefings = corrected_stream(briefings, seeds, Path(args.project), problem)
    try:
        _print_facts(briefings, args.json)
    except ExtractPoolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 1 if failed else 0


def _print_facts(briefings, as_json: bool) -> None:
    for b in briefings:
        if as_json:
            print(b.to_json(), flush=False)
        else:
            print(f"{b.id}: {b.title}")
            for label, value in (("what", b.what and b.what.text), ("when", b.when and b.when.text),
                                 ("where", ", ".join(p.name for p in b.where[:3])),
                                 ("why", b.why and b.why[0].text)):
                print(f"  {label:6} {value or '-'}")
            for a in b.who[:5]:
                print(f"  who    {a.name}" + (f" ({a.role})" if a.role else ""))
            for q in b.quotes:
                print(f"  quote  {q.speaker or 'unattributed'}: {q.text[:70]}")


def _build(args: argparse.Namespace) -> int:
    from .build.steps import BuildError, Project, build
    from .build.engine import default_jobs

    project = Project.at(Path(args.project))
    if args.seeds:
        project.seeds = Path(args.seeds).resolve()
    engine = None
    if args.engine == "dask":
        try:
            from .build.dask_engine import DaskEngine
        except ImportError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        engine = DaskEngine(args.scheduler, workers=args.jobs or default_jobs(), dashboard=args.dashboard)
    elif args.scheduler or args.dashboard:
        print("error: --scheduler and --dashboard are for --engine dask", file=sys.stderr)
        return 2
    else:
        from .build.engine import LocalEngine

        engine = LocalEngine(args.jobs or default_jobs(), release_extractors=True)
    try:
        result = build(project, jobs=args.jobs or None, use_cache=not args.no_cache,
                       user_templates=Path(args.templates).resolve() if args.templates else None,
                       paper=args.paper, engine=engine)
    except BuildError as exc:
        print(f"error: build stopped: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk, a folder we may not write: one line, not a traceback
        from .input.textclean import shown_name

        where = f" ({shown_name(str(exc.filename))})" if exc.filename else ""
        print(f"error: build stopped: {exc.strerror or exc}{where}; the site was not replaced", file=sys.stderr)
        return 2
    finally:
        if engine is not None:
            engine.close()
    print(result.summary())
    return 1 if result.failures or result.errors else 0


def _serve(args: argparse.Namespace) -> int:
    from .build.steps import Project
    from .build.serve import serve

    project = Project.at(Path(args.project))
    if args.seeds:
        project.seeds = Path(args.seeds).resolve()
    return serve(project, host=args.host, port=args.port, jobs=args.jobs or None, paper=args.paper,
                 user_templates=Path(args.templates).resolve() if args.templates else None)


def _corrections_init(args: argparse.Namespace) -> int:
    from .editorial.corrections import corrections_path
    from .editorial.corrections_init import template
    from .build.extract_pool import extract_in_order
    from .input.seeds import SeedError, read_seed
    from .input.textclean import shown_name

    try:
        seed = read_seed(Path(args.seed))
    except SeedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = Path(args.output) if args.output else corrections_path(seed.path)
    if args.output != "-" and out.exists() and not args.force:
        print(f"error: {out} exists; edit it, or give --force to replace it with the current facts", file=sys.stderr)
        return 1
    (_, b, problem), = extract_in_order([seed])  # under the build's bounds, as every command
    if b is None:
        print(f"error: {shown_name(seed.path.name)}: {shown_name(problem or 'facts could not be extracted')}", file=sys.stderr)
        return 1
    text = template(b)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        out.write_text(text, "utf-8")
        print(f"wrote {out}: uncomment and edit the corrections you need")
    return 0


def _corrections_check(args: argparse.Namespace) -> int:
    from .editorial.corrections import check_files, project_files
    from .input.textclean import shown_name

    root = Path(args.project).resolve()
    seeds = Path(args.seeds).resolve() if args.seeds else root / "seeds"
    paths = [Path(p) for p in args.files] or project_files(root, seeds)
    problems = check_files(paths, root, None if args.keys_only else _facts_of(root))
    for problem in problems:
        print(f"error: {shown_name(problem)}", file=sys.stderr)
    print(f"checked {len(paths)} corrections file(s): {len(problems) or 'no'} problem(s)")
    return 1 if problems else 0


def _facts_of(root: Path):
    """A seed's facts as a build has them: from the project's cache when its bytes are unchanged,
    else extracted (under the build's bounds); None when it cannot be read or extracted."""
    from .build.extract_pool import extract_in_order
    from .build.steps import _cached_briefing
    from .cache import Cache, facts_key
    from .input.seeds import read_seed_folder
    from .model import model_id

    cache = Cache(root / ".cache")

    def facts_of(seed_path: Path):
        folder = read_seed_folder([seed_path])
        if not folder.seeds:
            return None
        sf = folder.seeds[0]
        b = _cached_briefing(cache, facts_key(sf.seed.path.name, sf.raw, model_id()), sf.seed)
        if b is None:
            (_, b, _), = extract_in_order([sf.seed])
        return b
    return facts_of


def _iso_date(text: str) -> str:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _digest(args: argparse.Namespace) -> int:
    from .build.steps import extract_seeds
    from .project import Project
    from .publish.digest import DigestError, write_digest

    try:
        root = Path(args.project)
        briefings = extract_seeds(Path(args.seeds), Project.at(root).root) if args.seeds else None
        out, count = write_digest(root, args.since, args.until, output=args.output and Path(args.output),
                                  briefings=briefings, paper=args.paper,
                                  user_templates=Path(args.templates).resolve() if args.templates else None)
    except DigestError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"digest of {count} briefing(s): {out}")
    return 0


class _HelpFormatter(argparse.HelpFormatter):
    """Wraps each line of a description as argparse does, and keeps indented lines (the examples) as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        lines = []
        for line in text.splitlines():
            lines.append(indent + line if not line or line.startswith(" ") else super()._fill_text(line, width, indent))
        return "\n".join(lines)


def _examples(*lines: str) -> str:
    """A help text's closing section: commands a newcomer can run as written, from the project folder."""
    return "Examples:\n" + "\n".join(f"  {line}" for line in lines)


def main(argv: list[str] | None = None) -> int:
    run = ".venv/bin/python -m generator"
    fmt = _HelpFormatter
    parser = argparse.ArgumentParser(
        prog="python -m generator", formatter_class=fmt,
        description="Turn news stories (seeds) into political briefings: a static site with a PDF handout per "
                    "briefing.\nRun it from the project folder with the project's Python (make site creates .venv).",
        epilog=_examples(f"{run} build", f"{run} serve", f"{run} build --help    # each command's own arguments"))
    parser.add_argument("--version", action="version", version=__version__, help="print the version and exit")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND",
                                help="one of these (each has its own --help):")
    p = sub.add_parser(
        "build", help="extract, render, handouts and the site, from seeds/", formatter_class=fmt,
        description="Build the site (site/) and a PDF handout per briefing from every seed in seeds/. A seed that "
                    "cannot be read is reported by name and the others are built (exit status 1); a fault of the "
                    "project itself stops the build and leaves the last site as it was (exit status 2).",
        epilog=_examples(f"{run} build", f"{run} build --paper letter --jobs 2",
                         f"{run} build --templates my-templates"))
    p.add_argument("--project", default=".", help="the project folder (default: here)")
    p.add_argument("--seeds", metavar="DIR", help="seed folder (default: PROJECT/seeds)")
    p.add_argument("--templates", metavar="DIR", help="a folder of templates that override those in PROJECT/templates")
    p.add_argument("--jobs", metavar="N", type=int, default=0,
                   help="processes for extraction and handouts (default: the cores, at most 4)")
    p.add_argument("--no-cache", action="store_true",
                   help="redo every extraction and handout, ignoring (and keeping) PROJECT/.cache")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="handout paper size (default: a4)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where extraction and handouts run: local processes (default) or a Dask cluster")
    p.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                   help="with --engine dask: the cluster's scheduler (default: a LocalCluster of --jobs workers)")
    p.add_argument("--dashboard", action="store_true",
                   help="with --engine dask and no --scheduler: serve the LocalCluster's dashboard on 127.0.0.1 "
                        "(it shows call stacks and logs; off by default)")
    p.set_defaults(func=_build)
    p = sub.add_parser(
        "serve", help="build, serve the site on 127.0.0.1 and rebuild when seeds, templates, "
                      "corrections or mkdocs.yml change", formatter_class=fmt,
        description="Build the site, serve it at http://HOST:PORT/ and rebuild it whenever a seed, a corrections "
                    "file, a template or mkdocs.yml changes; open pages reload. Stop it with Ctrl-C.",
        epilog=_examples(f"{run} serve", f"{run} serve --port 8080"))
    p.add_argument("--project", default=".", help="the project folder (default: here)")
    p.add_argument("--seeds", metavar="DIR", help="seed folder (default: PROJECT/seeds)")
    p.add_argument("--templates", metavar="DIR", help="a folder of templates that override those in PROJECT/templates")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", metavar="N", type=int, default=8000, help="port (default: 8000)")
    p.add_argument("--jobs", metavar="N", type=int, default=0,
                   help="processes for extraction and handouts (default: the cores, at most 4)")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="handout paper size (default: a4)")
    p.set_defaults(func=_serve)
    p = sub.add_parser(
        "extract", help="print the facts of seed files or folders", formatter_class=fmt,
        description="Print the facts extracted from seeds, with the editors' corrections applied: a short summary "
                    "per seed, or with --json one JSON object per line. Nothing is written. A seed that cannot be "
                    "read or extracted, and each problem of a corrections file (file, line and key, as a build "
                    "reports it), is an error line, and the exit status is 1.",
        epilog=_examples(f"{run} extract seeds/000_ef864ac17dea223c.txt", f"{run} extract --json seeds/ > facts.jsonl"))
    p.add_argument("paths", nargs="+", metavar="PATH", help="a seed file, or a folder whose seeds to read")
    p.add_argument("--json", action="store_true", help="one JSON object per seed, one per line")
    p.add_argument("--jobs", metavar="N", type=int, default=0,
                   help="extraction processes (default: the cores, at most 4; one for fewer than 20 seeds)")
    p.add_argument("--project", default=".", help="the project whose corrections/actors.yml applies (default: here)")
    p.add_argument("--no-corrections", action="store_true",
                   help="the facts as extracted, without the editors' corrections")
    p.set_defaults(func=_extract)
    p = sub.add_parser(
        "corrections", help="editors' corrections that survive regeneration", formatter_class=fmt,
        description="Editors' corrections: a file seeds/<stem>.corrections.yml beside a seed, applied on top of "
                    "its extracted facts by every build, and corrections/actors.yml for every story.",
        epilog=_examples(f"{run} corrections init seeds/000_ef864ac17dea223c.txt", f"{run} corrections check"))
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION", help="what to do:")
    init = actions.add_parser(
        "init", help="write SEED's corrections file (<stem>.corrections.yml beside it), listing its facts",
        formatter_class=fmt,
        description="Write a corrections file for SEED that lists its current facts, quotes and actors as "
                    "comments: it changes nothing until you uncomment and edit lines. Then build again.",
        epilog=_examples(f"{run} corrections init seeds/000_ef864ac17dea223c.txt",
                         f"{run} corrections init -o - seeds/000_ef864ac17dea223c.txt    # print it instead"))
    init.add_argument("seed", metavar="SEED", help="the seed file whose facts to list")
    init.add_argument("-o", "--output", metavar="FILE",
                      help="write here instead of beside the seed ('-': standard output)")
    init.add_argument("--force", action="store_true", help="replace an existing corrections file")
    init.set_defaults(func=_corrections_init)
    check = actions.add_parser(
        "check", help="report every problem of corrections files, without building", formatter_class=fmt,
        description="Check corrections files as a build reads them: a file that cannot be read, a key that does not "
                    "exist, a value of the wrong kind, or a quote or actor the story does not have, each named with "
                    "its file, line and key. Exit status 1 on any problem: for a pre-commit hook or CI.",
        epilog=_examples(f"{run} corrections check", f"{run} corrections check seeds/000_ef864ac17dea223c.corrections.yml",
                         f"{run} corrections check --keys-only corrections/actors.yml    # fast: no seed is read"))
    check.add_argument("files", nargs="*", metavar="FILE",
                       help="corrections files to check (default: every one of the project: seeds/*.corrections.yml "
                            "and corrections/actors.yml)")
    check.add_argument("--project", default=".", help="the project folder (default: here)")
    check.add_argument("--seeds", metavar="DIR", help="seed folder (default: PROJECT/seeds)")
    check.add_argument("--keys-only", action="store_true",
                       help="check keys and values only, not that each quote and actor named is in its story "
                            "(which reads the seed's facts: from the build's cache, else extracted)")
    check.set_defaults(func=_corrections_check)
    p = sub.add_parser(
        "digest", help="one PDF of all briefings of a period, with a cover and contents", formatter_class=fmt,
        description="One PDF of every briefing dated in a period, oldest first, with a cover and a table of "
                    "contents. It reads the briefings the last build published (build first), or extracts the "
                    "seeds of --seeds.",
        epilog=_examples(f"{run} digest --since 2022-04-01 --until 2022-04-30 -o april.pdf"))
    p.add_argument("--since", metavar="YYYY-MM-DD", required=True, type=_iso_date, help="first day, YYYY-MM-DD")
    p.add_argument("--until", metavar="YYYY-MM-DD", type=_iso_date,
                   help="last day, YYYY-MM-DD (default: the newest briefing)")
    p.add_argument("-o", "--output", metavar="FILE", help="the PDF to write (default: digest-SINCE[-UNTIL].pdf here)")
    p.add_argument("--project", default=".", help="the project whose built briefings to read (default: here)")
    p.add_argument("--seeds", metavar="DIR", help="extract these seeds instead of reading the built briefings")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="paper size (default: a4)")
    p.add_argument("--templates", metavar="DIR", help="a folder of templates that override those in PROJECT/templates")
    p.set_defaults(func=_digest)
    args = parser.parse_args(argv)
    return _until_stopped(args.func, args)


class Terminated(KeyboardInterrupt):
    """SIGTERM, stopping the command as Ctrl-C does: every clean-up a KeyboardInterrupt runs runs."""


def _until_stopped(func, args: argparse.Namespace) -> int:  # noqa: ANN001  a command of main()
    """Run a command; Ctrl-C (SIGINT) or SIGTERM stop it cleanly, in one line and no traceback: its
    workers end with it, and a build leaves the site it found. Exit status 128 + the signal."""
    import signal

    from .build.progress import hush

    def stop(signum: int, frame: object) -> None:
        hush()  # before anything unwinds: no progress line comes after the one below
        raise Terminated if signum == signal.SIGTERM else KeyboardInterrupt

    previous = {}
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            previous[sig] = signal.signal(sig, stop)
        except ValueError:  # not the main thread: the caller's own signals stand
            pass
    try:
        return func(args)
    except KeyboardInterrupt as exc:
        hush()
        sig = signal.SIGTERM if isinstance(exc, Terminated) else signal.SIGINT
        print(f"stopped ({sig.name}): nothing half-done is left; the site is whole, as the last finished build "
              "left it", file=sys.stderr)
        return 128 + sig
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
