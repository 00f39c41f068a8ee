"""Work for the PDF pool's workers that fails as real work can (tests/test_render_faults.py): these
go to spawned worker processes by name, so they live in a module of their own, light to import."""
from __future__ import annotations

import os

from generator.build.handout_pool import to_pdf

POISON = "<!-- this handout kills its worker -->"


def dies_on_poison(html: str) -> tuple[bytes | None, str | None]:
    """WeasyPrint's work, except that a handout holding POISON kills the process rendering it, as a
    crash inside a native library does, every time."""
    if POISON in html:
        os._exit(70)
    return to_pdf(html)
