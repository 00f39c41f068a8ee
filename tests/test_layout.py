"""The layout of `generator/` as docs/layout.md draws it: who may import whom, and no cycle.

Every module's imports are read with `ast`, those inside functions too (a cycle hidden in a
function is still a cycle), and resolved to the modules of this package they name.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "generator"

# Rooms, in the direction data flows; each may import the rooms on its list and the shared
# vocabulary (SHARED). `cli` and `__main__` stand above everything.
ROOMS: dict[str, set[str]] = {
    "build": {"input", "extract", "editorial", "publish"},
    "input": set(),
    "extract": {"input"},
    "editorial": {"input"},
    "publish": {"input", "editorial"},
}
SHARED = {"facts", "errors", "slugs", "project", "safe_files", "model", "cache", "yaml_bounded", "lexicon", "processes"}
TOP = {"cli", "__main__"}
TOP_LEVEL_MAX = 12  # modules directly in generator/


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_in(source: str, name: str, package: str, known: set[str]) -> set[str]:
    """The `known` modules that module `name` (of `package`) imports in `source`, at module level or
    inside a function."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from . import x` names a module x; `from .m import f` names the module m
            targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in known else module for a in node.names]
        else:
            continue
        found |= {t for t in targets if t in known and t != name}
    return found


def imports_of(name: str) -> set[str]:
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    return imports_in(path.read_text("utf-8"), name, package, set(MODULES))


GRAPH = {name: imports_of(name) for name in MODULES}


def room_of(name: str) -> str:
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else ""  # "" is generator/__init__ (the version)


def test_top_level_holds_few_modules() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= TOP_LEVEL_MAX, top


def test_every_module_lives_in_a_known_room() -> None:
    rooms = {room_of(n) for n in MODULES}
    assert rooms <= set(ROOMS) | SHARED | TOP | {""}, sorted(rooms - set(ROOMS) - SHARED - TOP - {""})


# generator.extract's __init__ is the room's one entry (`extract`, `facts_from_doc`): it gathers the rest.
ENTRY_INITS = {"generator.extract"}


def test_package_inits_import_nothing() -> None:
    """A room's __init__ only says what the room holds: importing one module of a room never
    loads the others (nor spaCy, for a build whose facts all come from the cache)."""
    loaders = {n: sorted(GRAPH[n]) for n, p in MODULES.items()
               if p.name == "__init__.py" and GRAPH[n] and n not in ENTRY_INITS}
    assert loaders == {}


def allowed(importer: str, imported: str) -> bool:
    a, b = room_of(importer), room_of(imported)
    if b in ("", a) or a in TOP:
        return True
    if b in TOP:
        return False
    if a in SHARED:
        return b in SHARED
    return b in SHARED or b in ROOMS[a]


def test_imports_go_one_way() -> None:
    wrong = sorted(f"{a} imports {b}" for a, targets in GRAPH.items() for b in targets if not allowed(a, b))
    assert wrong == []


def cycles_of(graph: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components: any component of more than one module is a cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return cycles


def test_no_import_cycle() -> None:
    assert cycles_of(GRAPH) == []


@pytest.mark.parametrize("source, target", [("generator.publish.site", "generator.extract.pipeline"),
                                            ("generator.extract.actors", "generator.build.steps"),
                                            ("generator.input.seeds", "generator.editorial.identity")])
def test_the_rules_refuse_an_import_against_the_flow(source: str, target: str) -> None:
    assert not allowed(source, target)


def test_a_cycle_hidden_in_a_function_is_found() -> None:
    """The reading sees an import inside a function, and the finder the cycle it closes."""
    known = {"p.a", "p.b", "p.c"}
    a = imports_in("import os\nfrom . import c\n\ndef f():\n    from .b import g\n", "p.a", "p", known)
    b = imports_in("from .a import h\n", "p.b", "p", known)
    assert a == {"p.b", "p.c"} and b == {"p.a"}
    assert cycles_of({"p.a": a, "p.b": b, "p.c": set()}) == [["p.a", "p.b"]]
    assert cycles_of({"p.a": {"p.c"}, "p.b": {"p.a"}, "p.c": set()}) == []
