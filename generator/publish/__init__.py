"""The publish room: facts to readers. Markdown pages through Jinja templates (render), the MkDocs
site (site, with its theme override), PDF handouts and the digest, and what a page may show of a
story (policy, provenance, sources, typography, the key-numbers block)."""
