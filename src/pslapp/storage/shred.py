"""Overwrite and remove what lies in a folder without ever leaving it.

Only regular files the folder alone holds are overwritten: a symbolic link is removed and its
target never opened, a file with a second hard link elsewhere is unlinked and not
overwritten, a subfolder is walked the same way. Overwriting goes in bounded chunks, so a
file of any size needs 1 MiB of memory. Nothing raises for one entry: what cannot be removed
is returned, so the caller can carry on with the rest and name what is left.

Best effort on flash and journaling file systems, but it removes the easy copy.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from pathlib import Path

CHUNK = 1 << 20

# Called before each destructive step, with what it is about to do (a file name and an
# offset): the SIGKILL tests stop the process there.
Step = Callable[[str], None]


def no_step(_what: str) -> None:
    return None


def shred(path: Path, step: Step = no_step) -> list[Path]:
    """Remove `path` (a file, a link or a folder, walked without following links) after
    overwriting each regular file it alone holds. Returns what could not be removed."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return []
    except OSError:
        return [path]
    if stat.S_ISDIR(info.st_mode):
        return _shred_folder(path, step)
    if stat.S_ISREG(info.st_mode) and info.st_nlink == 1:
        with contextlib.suppress(OSError):
            _overwrite(path, info, step)
    step(f"unlink {path.name}")
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return [path]
    return []


def _shred_folder(folder: Path, step: Step) -> list[Path]:
    left: list[Path] = []
    try:
        with contextlib.suppress(OSError):
            os.chmod(folder, 0o700, follow_symlinks=False)
        names = sorted(os.listdir(folder))
    except OSError:
        return [folder]
    for name in names:
        left += shred(folder / name, step)
    step(f"rmdir {folder.name}")
    try:
        folder.rmdir()
    except FileNotFoundError:
        pass
    except OSError:
        left.append(folder)
    return left


def _overwrite(path: Path, info: os.stat_result, step: Step) -> None:
    flags = os.O_WRONLY | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except PermissionError:
        os.chmod(path, 0o600, follow_symlinks=False)
        fd = os.open(path, flags)
    try:
        opened = os.fstat(fd)
        if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino):
            return  # replaced between lstat and open: not the file we looked at
        noise = memoryview(os.urandom(min(CHUNK, max(opened.st_size, 1))))
        offset = 0
        while offset < opened.st_size:
            step(f"overwrite {path.name} at {offset}")
            length = min(CHUNK, opened.st_size - offset)
            offset += os.pwrite(fd, noise[:length], offset)
        os.fsync(fd)
    finally:
        os.close(fd)
