"""What a build made: the briefings built, the seeds that failed (with the file and the reason),
the warnings and the counts. The build and its engines both write into it, so it lives apart
from either: an engine records a failure without importing the build."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..facts import Briefing
from ..input.textclean import shown_name


@dataclass
class Failure:
    file: str
    reason: str
    # the seed ran over a bound of extraction (time, memory): remembered by its content (`extract_facts`)
    over_bound: bool = False


@dataclass
class BuildResult:
    built: list[Briefing] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    site_dir: Path | None = None
    stats: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)  # e.g. a hand-written page that cannot be copied
    # the editors' corrections: each problem (file, line, key), the briefings they changed (slugs),
    # and the briefings their problems held back (kept as last published, or not yet published)
    errors: list[str] = field(default_factory=list)
    corrected: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)

    def summary(self) -> str:
        lines = [f"built {len(self.built)} briefing(s), {len(self.failures)} failed"]
        if self.stats:
            s = self.stats
            lines.append(f"  facts: {s.get('facts_cached', 0)} from cache, {s.get('facts_extracted', 0)} extracted; "
                         f"handouts: {s.get('pdf_cached', 0)} from cache, {s.get('pdf_rendered', 0)} rendered")
        lines += [f"  FAILED {shown_name(f.file)}: {shown_name(f.reason)}" for f in self.failures]
        lines += [f"  WARNING {shown_name(w)}" for w in self.warnings]
        if self.corrected:
            lines.append(f"  corrected by editors: {len(self.corrected)} briefing(s): {', '.join(self.corrected)}")
        lines += [f"  ERROR {shown_name(e)}" for e in self.errors]
        lines += [f"  HELD {shown_name(h)}" for h in self.held]
        if self.site_dir:
            lines.append(f"site: {self.site_dir}/index.html")
        if self.failures:
            lines.append(f"{len(self.failures)} seed(s) FAILED: see above; the rest of the site was built")
        if self.errors:
            lines.append(f"{len(self.errors)} problem(s) in the corrections: see ERROR above; those corrections were "
                         "not applied, and the briefings they correct are HELD as last published")
        return "\n".join(lines)
