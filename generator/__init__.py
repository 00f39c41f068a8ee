"""Turn news articles (seeds) into political briefings: facts, Markdown, a site and PDF handouts."""

__version__ = "0.1.0"
