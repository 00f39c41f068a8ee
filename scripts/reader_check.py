#!/usr/bin/env python3
"""Accessibility check of a built site as a reader's browser meets it: axe-core in headless Chromium.

    scripts/check_reader [SITE_DIR] [--pages N] [--json OUT]     (the wrapper sets up what this needs)

Serves SITE_DIR (default: site/) on 127.0.0.1, opens the home page and every other page (or the
first N by path), and runs axe-core's WCAG 2.x A/AA rules on each, in the light colour scheme and,
when the site offers one, the dark. Nothing is fetched from other hosts: Chromium resolves no
host but 127.0.0.1. Prints each page's serious and critical violations and a summary; exits 1
when there is any, 0 when there is none, 2 when the check could not run.
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import re
import shutil
import sys
import threading
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

HOST = "127.0.0.1"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = ("critical", "serious")


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

    httpd = http.server.ThreadingHTTPServer((HOST, 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://{HOST}:{httpd.server_address[1]}/"


def pages_of(site: Path, limit: int | None) -> list[str]:
    """The home page, then the others by path ('actors/index.html' -> 'actors/'); 404.html is left out."""
    others = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    others = [p.removesuffix("index.html") for p in others if p not in ("index.html", "404.html")]
    return [""] + (others if limit is None else others[:limit])


def schemes(site: Path) -> list[str]:
    """'light', plus 'dark' when the theme follows the reader's preference for a dark scheme."""
    home = (site / "index.html").read_text("utf-8", errors="replace")
    return ["light", "dark"] if re.search(r"data-md-color-media=\"[^\"]*prefers-color-scheme: ?dark", home) else ["light"]


def audit(base: str, paths: list[str], scheme_list: list[str]) -> list[dict]:
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import sync_playwright

    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    axe, results = Axe(), []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=[
            f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {HOST}", "--no-proxy-server"])
        for scheme in scheme_list:
            ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
            ctx.route("**/*", lambda route, request: route.continue_() if urlsplit(request.url).hostname == HOST
                      else route.abort("blockedbyclient"))
            page = ctx.new_page()
            for i, path in enumerate(paths, 1):
                response = page.goto(base + path, wait_until="load", timeout=30000)
                res = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS},
                                             "resultTypes": ["violations"]}).response
                results.append({
                    "path": "/" + path, "scheme": scheme, "status": response.status if response else None,
                    "axe": res["testEngine"]["version"],
                    "violations": [{"id": v["id"], "impact": v.get("impact") or "minor", "help": v["help"],
                                    "nodes": len(v["nodes"]),
                                    "targets": [" ".join(map(str, n["target"])) for n in v["nodes"][:3]]}
                                   for v in res["violations"]],
                })
                if i % 100 == 0:
                    print(f"  {scheme}: {i}/{len(paths)} pages", flush=True)
            ctx.close()
        browser.close()
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="scripts/check_reader", description=__doc__.splitlines()[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog="Example:\n  scripts/check_reader site --pages 40")
    ap.add_argument("site", type=Path, nargs="?", default=Path("site"), metavar="SITE_DIR",
                    help="the built site (default: site)")
    ap.add_argument("--pages", type=int, metavar="N", help="pages besides the home page (default: all)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="write every result here")
    a = ap.parse_args(argv)
    site = a.site.resolve()
    if not (site / "index.html").is_file():
        print(f"reader check: could not run: no index.html in {a.site} (build the site first)")
        return 2
    paths = pages_of(site, a.pages)
    scheme_list = schemes(site)
    httpd, base = serve(site)
    try:
        results = audit(base, paths, scheme_list)
    except Exception as exc:  # Playwright and Chromium fail in many ways; say which, briefly
        print(f"reader check: could not run: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        return 2
    finally:
        httpd.shutdown()

    impact = Counter(v["impact"] for r in results for v in r["violations"])
    blocking = [(r, v) for r in results for v in r["violations"] if v["impact"] in BLOCKING]
    for r, v in blocking:
        print(f"{r['path']} ({r['scheme']}): {v['id']} ({v['impact']}): {v['help']}; {v['nodes']} element(s), "
              f"e.g. {v['targets'][0] if v['targets'] else '?'}")
    bad_status = [r for r in results if r["status"] != 200]
    for r in bad_status:
        print(f"{r['path']}: HTTP {r['status']}")
    if a.json:
        a.json.write_text(json.dumps(results, indent=1), "utf-8")
    rules = Counter(v["id"] for _, v in blocking)
    print(f"reader check: {len(paths)} pages x {len(scheme_list)} scheme(s) ({', '.join(scheme_list)}), "
          f"axe-core {results[0]['axe'] if results else '?'}: {len(blocking)} serious or critical violations"
          + (f" ({', '.join(f'{k} {n}' for k, n in sorted(rules.items()))})" if rules else "")
          + f"; moderate {impact['moderate']}, minor {impact['minor']}; pages not loaded {len(bad_status)}")
    return 1 if blocking or bad_status else 0


if __name__ == "__main__":
    sys.exit(main())
