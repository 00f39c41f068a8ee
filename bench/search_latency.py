#!/usr/bin/env python3
"""What a reader's browser does for one search on a built site: bytes transferred and time to results.

    <venv with playwright>/bin/python bench/search_latency.py SITE_DIR [--query WORD ...] [--axe] [--json OUT]

Serves SITE_DIR on 127.0.0.1, opens its search page in Debian's headless Chromium (/usr/bin/chromium,
no sandbox, no GPU, no background networking, an empty profile; every other host refused), types
each query and measures, from the keystroke to the first result on screen:

* the bytes the page transferred for it (Pagefind's script, WebAssembly, index chunks and the
  excerpts of the results shown: the DevTools protocol's encodedDataLength of each response), and
* the time until the first result is in the page, and the number of results Pagefind reports.

`--gzip`: the server compresses text (HTML, CSS, JavaScript, JSON) when the browser asks, as
GitHub Pages, Netlify and nginx's usual settings do; the bytes are then those on the wire. Pagefind's
index, excerpts and WebAssembly are gzip files already, the same bytes either way.

Each query runs in a fresh browser context (a cold cache: a reader's first search). Needs
playwright (the reader check's virtualenv has it: scripts/check_reader makes it).
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

HOST = "127.0.0.1"
AXE = False  # --axe
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        f"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE {HOST}", "--no-proxy-server"]


GZIP = False  # --gzip
TEXT = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ""}
SERVED: list[tuple[str, int]] = []  # (path, bytes) of every response, in order: what the browser transferred,
# its workers' requests included (which a page's DevTools session does not see)


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args) -> None:  # noqa: ANN002
            pass

        def copyfile(self, source, outputfile) -> None:  # noqa: ANN001
            data = source.read()
            outputfile.write(data)
            SERVED.append((urlsplit(self.path).path, len(data)))

        def send_head(self):  # noqa: ANN201
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            if not (GZIP and "gzip" in self.headers.get("Accept-Encoding", "") and path.is_file()
                    and path.suffix in TEXT):
                return super().send_head()
            import gzip
            import io

            data = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            return io.BytesIO(data)

    httpd = http.server.ThreadingHTTPServer((HOST, 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://{HOST}:{httpd.server_address[1]}/"


def measure(browser, base: str, query: str) -> dict:  # noqa: ANN001  a playwright Browser
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.route("**/*", lambda route, request: route.continue_() if urlsplit(request.url).hostname == HOST
              else route.abort("blockedbyclient"))
    page = ctx.new_page()
    page.goto(base + "search/", wait_until="load")
    page.wait_for_selector(".pagefind-ui__search-input")
    page.wait_for_timeout(200)
    served_before = len(SERVED)
    page_bytes = sum(n for _, n in SERVED)
    start = time.perf_counter()
    page.fill(".pagefind-ui__search-input", query)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=30000)
    first = time.perf_counter() - start
    page.wait_for_timeout(500)  # the excerpts of the other results on the first screen
    message = page.inner_text(".pagefind-ui__message") if page.query_selector(".pagefind-ui__message") else ""
    after = SERVED[served_before:]
    violations = None
    if AXE:  # axe-core over the page with its results shown: search in use, as a reader meets it
        from axe_playwright_python.sync_playwright import Axe

        res = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a",
                                                                              "wcag21aa", "wcag22aa"]},
                                       "resultTypes": ["violations"]}).response
        violations = [(v["id"], v.get("impact"), len(v["nodes"])) for v in res["violations"]]
    result = {
        "query": query, "first_result_s": round(first, 3), "message": message.strip(),
        "axe_violations": violations,
        "query_bytes": sum(n for _, n in after), "query_requests": len(after),
        "page_load_bytes": page_bytes,
        "largest": sorted(((n, p) for p, n in after), reverse=True)[:3],
        "first_result": page.inner_text(".pagefind-ui__result-link"),
        "first_excerpt": page.inner_text(".pagefind-ui__result-excerpt")
        if page.query_selector(".pagefind-ui__result-excerpt") else "",
    }
    ctx.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("--query", action="append", default=None)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--gzip", action="store_true", help="compress text as a usual web host does (see above)")
    parser.add_argument("--axe", action="store_true", help="also run axe-core (WCAG 2.x A/AA) on the results shown")
    args = parser.parse_args(argv)
    global AXE, GZIP
    AXE, GZIP = args.axe, args.gzip
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    httpd, base = serve(args.site)
    out = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
            for q in args.query or ["government", "minister", "hewitt"]:
                SERVED.clear()
                r = measure(browser, base, q)
                out.append(r)
                print(f"{q!r}: first result in {r['first_result_s']:.2f} s, {r['query_bytes'] / 1024:.0f} KB in "
                      f"{r['query_requests']} requests (page itself {r['page_load_bytes'] / 1024:.0f} KB); "
                      f"{r['message']}; largest {r['largest']}; first: {r['first_result']!r}: "
                      f"{r['first_excerpt'][:100]!r}" + (f"; axe violations {r['axe_violations']}" if AXE else ""))
            browser.close()
    finally:
        httpd.shutdown()
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
