"""Swap two paths in one step, so that a reader (or a build killed at any moment) never finds the
site missing: Linux's renameat2(RENAME_EXCHANGE) exchanges two directory entries atomically.

Where the call does not exist (another system, an old C library, a file system without it),
`exchange` says so and the caller falls back to two renames.
"""
from __future__ import annotations

import ctypes
import errno
import functools
import os
import sys
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@functools.lru_cache(maxsize=1)
def _renameat2():  # noqa: ANN202
    if not sys.platform.startswith("linux"):
        return None
    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # glibc before 2.28, or another C library
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


def exchange(a: Path, b: Path) -> bool:
    """Exchange `a` and `b` (both must exist) atomically. False when this system cannot; an
    OSError for any other failure (a missing path, permissions)."""
    fn = _renameat2()
    if fn is None:
        return False
    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
        return False
    raise OSError(err, os.strerror(err), str(a), None, str(b))
