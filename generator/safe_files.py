"""Opening a file the build reads, the one way: seeds, corrections files, `corrections/actors.yml`,
templates and stylesheets, hand-written pages.

A project's files come from editors, and a project folder may come from anyone. A name can be a
FIFO (reading it waits for a writer that never comes: the build, `extract` and `serve` hang), a
device (/dev/zero never ends: memory grows until the process dies), or a symbolic link to any file
of the machine (whose text would then be published). So a file is read only when it is:

* a regular file inside its folder (`inside`): a symbolic link is followed only to a regular file
  inside that same folder, never out of it, never to a FIFO, a socket or a device;
* opened with O_NONBLOCK and O_NOFOLLOW and checked again with fstat once open, so that a FIFO or
  a link put in its place after the check is refused rather than waited on or followed;
* at most `limit` bytes: its size is checked before anything is read, and no more is ever read.

Anything else raises `UnsafeFile`, whose `problem` says what the file is, for the caller to report
against the file's name; nothing of such a file is read.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import UnsafeFile

_OPEN_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_CHUNK = 1 << 20


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    return "not a regular file"


def problem_of(path: Path, inside: Path | None = None, where: str = "its folder") -> str | None:
    """None when `path` is a regular file (or a link to one) inside `inside`; else why it is refused.
    Opens nothing."""
    try:
        st = path.lstat()
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    target = path
    if stat.S_ISLNK(st.st_mode):
        try:
            target = path.resolve(strict=True)
            st = target.stat()
        except (OSError, RuntimeError):  # dangling, or a loop
            return "is a symbolic link that leads nowhere (dangling or a loop)"
    if inside is not None:
        try:
            within = (target if target is not path else path.resolve(strict=True)).is_relative_to(inside.resolve())
        except (OSError, RuntimeError):
            return "cannot be read (its folder leads nowhere)"
        if not within:
            return (f"is a symbolic link out of {where}; only files inside it are read" if target is not path
                    else f"lies outside {where} (through a linked folder); only files inside it are read")
    if not stat.S_ISREG(st.st_mode):
        return f"is {kind_of(st.st_mode)}, not a regular file"
    return None


def _open(path: Path, limit: int, inside: Path | None, where: str, noun: str) -> tuple[int, int]:
    """(an open descriptor of the regular file, its size), or UnsafeFile."""
    problem = problem_of(path, inside, where)
    if problem is not None:
        raise UnsafeFile(path, problem)
    try:
        # the checked target, opened without following a link nor waiting on a FIFO swapped in since
        fd = os.open(path.resolve(strict=True), _OPEN_FLAGS)
    except (OSError, RuntimeError) as exc:
        raise UnsafeFile(path, f"cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise UnsafeFile(path, f"is {kind_of(st.st_mode)}, not a regular file")
        if st.st_size > limit:
            raise UnsafeFile(path, f"is {st.st_size:,} bytes; {noun} may be at most {limit:,} bytes")
        os.set_blocking(fd, True)  # a regular file: O_NONBLOCK has done its work
    except BaseException:
        os.close(fd)
        raise
    return fd, st.st_size


def read_regular(path: Path | str, limit: int, inside: Path | None = None, where: str = "its folder",
                 noun: str = "a file") -> bytes:
    """The bytes of a regular file inside `inside`, at most `limit + 1` of them (a file that grew past
    `limit` after the check is returned long, for the caller's own size check to refuse). `where`
    names the folder and `noun` the file in the reasons ("a seed may be at most ... bytes")."""
    path = Path(path)
    fd, _ = _open(path, limit, inside, where, noun)
    try:
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        raise UnsafeFile(path, f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


def hash_regular(path: Path, limit: int, inside: Path | None = None, where: str = "its folder") -> str:
    """The SHA-256 of a regular file inside `inside` (at most `limit` bytes), read a piece at a time."""
    import hashlib

    fd, _ = _open(path, limit, inside, where, "a file")
    h = hashlib.sha256()
    try:
        while chunk := os.read(fd, _CHUNK):
            h.update(chunk)
    except OSError as exc:
        raise UnsafeFile(path, f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    return h.hexdigest()


def copy_regular(src: Path, dst: Path, limit: int, inside: Path | None = None, where: str = "its folder",
                 noun: str = "a file") -> None:
    """Copy a regular file inside `inside` to `dst` (at most `limit` bytes), with its modification
    time and permissions. A fault writing `dst` (a full disk) is an OSError, not the source's."""
    fd, _ = _open(src, limit, inside, where, noun)
    try:
        st = os.fstat(fd)
        with open(dst, "wb") as out:
            size = 0
            while True:
                try:
                    chunk = os.read(fd, _CHUNK)
                except OSError as exc:
                    raise UnsafeFile(src, f"cannot be read ({exc.strerror or exc})") from None
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise UnsafeFile(src, f"grew past {limit:,} bytes while it was read")
                out.write(chunk)
        os.chmod(dst, stat.S_IMODE(st.st_mode) | stat.S_IRUSR | stat.S_IWUSR)
        os.utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
    finally:
        os.close(fd)
