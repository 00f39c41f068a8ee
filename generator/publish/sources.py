"""Where a story came from, as a reader cites it: the outlet's name, from the article's address.

A few outlets are known by name ("BBC News" for bbc.co.uk); any other is named by its web
address without "www." ("example.org"), which is what a reader would type to find it.
"""
from __future__ import annotations

from urllib.parse import urlsplit

# Registered domain -> the outlet's name. A subdomain counts as its parent (news.bbc.co.uk).
OUTLETS = {
    "apnews.com": "AP News",
    "bbc.co.uk": "BBC News",
    "bbc.com": "BBC News",
    "bloomberg.com": "Bloomberg",
    "cnn.com": "CNN",
    "economist.com": "The Economist",
    "ft.com": "Financial Times",
    "foxnews.com": "Fox News",
    "hindustantimes.com": "Hindustan Times",
    "huffpost.com": "HuffPost",
    "independent.co.uk": "The Independent",
    "indianexpress.com": "The Indian Express",
    "latimes.com": "Los Angeles Times",
    "ndtv.com": "NDTV",
    "npr.org": "NPR",
    "nytimes.com": "The New York Times",
    "politico.com": "Politico",
    "politico.eu": "Politico Europe",
    "reuters.com": "Reuters",
    "skynews.com": "Sky News",
    "telegraph.co.uk": "The Telegraph",
    "theguardian.com": "The Guardian",
    "thehindu.com": "The Hindu",
    "thetimes.co.uk": "The Times",
    "timesofindia.indiatimes.com": "The Times of India",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
}
_PREFIXES = ("www.", "m.", "amp.", "mobile.")


def outlet_name(url: str | None) -> str | None:
    """The outlet an http(s) address belongs to, or None when there is no usable host."""
    try:
        host = (urlsplit(url or "").hostname or "").rstrip(".")
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in _PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix):]
            break
    parts = host.split(".")
    for i in range(len(parts) - 1):
        name = OUTLETS.get(".".join(parts[i:]))
        if name:
            return name
    return host
