"""Every command's --help says what each of its arguments is for and ends with examples, and the
generator's examples are commands its parser accepts."""
from __future__ import annotations

import argparse
import importlib.machinery
import importlib.util
import shlex

import pytest

from generator import cli

from .conftest import ROOT

SCRIPTS = ["actor_index", "check_site", "eval", "reader_check.py"]  # the scripts/ that parse arguments
RUN = ".venv/bin/python -m generator"


class _Parsed(Exception):
    """Raised in place of parsing: carries the parser a program built."""


def parser_of(main) -> argparse.ArgumentParser:
    """The parser `main` builds, caught at the moment it would parse the command line."""
    def caught(self, *args, **kwargs):
        raise _Parsed(self)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(argparse.ArgumentParser, "parse_args", caught)
        with pytest.raises(_Parsed) as got:
            main()
    return got.value.args[0]


def script_main(name: str):
    loader = importlib.machinery.SourceFileLoader(f"script_{name.replace('.', '_')}", str(ROOT / "scripts" / name))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    loader.exec_module(module)
    return module.main


def commands(parser: argparse.ArgumentParser, name: str):
    """(name, parser) for the parser and every subcommand under it."""
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                yield from commands(sub, f"{name} {sub_name}")


def all_commands():
    yield from commands(parser_of(lambda: cli.main([])), "python -m generator")
    for name in SCRIPTS:
        yield from commands(parser_of(script_main(name)), f"scripts/{name}")


def test_every_command_is_found():
    names = [name for name, _ in all_commands()]
    assert {"python -m generator build", "python -m generator serve", "python -m generator extract",
            "python -m generator corrections init", "python -m generator corrections check",
            "python -m generator digest"} <= set(names)
    assert len(names) == 8 + len(SCRIPTS)


@pytest.mark.parametrize("name,parser", list(all_commands()), ids=lambda x: x if isinstance(x, str) else "")
def test_help_documents_every_argument_and_ends_with_examples(name, parser):
    undocumented = [action.option_strings or action.dest for action in parser._actions
                    if not isinstance(action, argparse._HelpAction)
                    and (not action.help or action.help == argparse.SUPPRESS)]
    assert not undocumented, f"{name}: arguments without a help text: {undocumented}"
    lines = parser.format_help().rstrip().splitlines()
    headings = [i for i, line in enumerate(lines) if line and not line[0].isspace()]
    last = lines[headings[-1]]
    assert last in ("Example:", "Examples:"), f"{name}: the help ends with {last!r}, not its examples"
    assert len(lines) > headings[-1] + 1, f"{name}: an Examples heading with no example"


def examples(parser: argparse.ArgumentParser) -> list[str]:
    text = parser.epilog or ""
    return [line.split("#")[0].strip() for line in text.splitlines() if line.startswith("  ")]


@pytest.mark.parametrize("name,parser", list(commands(parser_of(lambda: cli.main([])), "python -m generator")),
                         ids=lambda x: x if isinstance(x, str) else "")
def test_the_generators_examples_are_commands_it_accepts(name, parser, capsys):
    real = parser_of(lambda: cli.main([]))
    for example in examples(parser):
        assert example.startswith(RUN + " "), example
        words = shlex.split(example[len(RUN):].split(">")[0])
        try:
            args = real.parse_args(words)
        except SystemExit as exc:  # `--help` prints the help and exits 0; a wrong argument exits 2
            assert exc.code == 0 and "--help" in words, f"{name}: {example!r} is refused: {capsys.readouterr().err}"
            continue
        assert callable(args.func)
        for path in getattr(args, "paths", []) + [getattr(args, "seed", None) or "."]:
            assert (ROOT / path).exists(), f"{name}: {example!r} names {path}, which the project does not have"
