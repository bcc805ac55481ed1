"""Start-up of the desktop app `pslapp`: arguments, process hardening, the application
object, language and look, then the unlock window."""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pslapp import __version__
from pslapp.gui import i18n
from pslapp.gui.main_thread_gc import MainThreadCollector
from pslapp.gui.session import Session
from pslapp.gui.start import start_demo
from pslapp.gui.style import apply_style, follow_system
from pslapp.services import settings as app_settings
from pslapp.services.vault import default_vault_dir

PR_SET_DUMPABLE = 4
# The desktop entry, AppStream id and Wayland app id (packaging/linux/).
APP_ID = "org.pslapp.pslapp"


def harden_process() -> None:
    """Files we create are private; no core dump or ptrace-readable memory holds keys."""
    os.umask(0o077)
    if sys.platform != "win32":
        import resource  # noqa: PLC0415 (POSIX only)

        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def quiet_excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """An unexpected error in the app: say where it happened, never what it said. Messages
    and tracebacks can quote a name or an address, and stderr may end up in a journal."""
    frames = traceback.extract_tb(tb)[-3:]
    where = ", ".join(f"{Path(f.filename).name}:{f.lineno}" for f in frames) or "?"
    print(f"pslapp: unexpected {exc_type.__name__} at {where}", file=sys.stderr)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="pslapp", description="pslapp desktop app")
    parser.add_argument("--version", action="version", version=f"pslapp {__version__}")
    parser.add_argument("--vault", type=Path, help="the vault folder to open")
    parser.add_argument(
        "--demo", action="store_true", help="a throwaway vault with sample data, deleted on exit"
    )
    parser.add_argument(
        "--debug", action="store_true", help="full tracebacks on stderr (may show personal data)"
    )
    parser.add_argument(
        "--check-start",
        action="store_true",
        help="start to the first window, name it on stdout and quit (tests of an installed app)",
    )
    return parser.parse_args(argv)


def report_first_window(session: Session) -> None:
    """--check-start: the event loop runs and the first window is up; name it and quit."""
    dialog = session.dialog
    if dialog is not None and dialog.isVisible():
        print(f"pslapp: {type(dialog).__name__} shown", flush=True)
        QApplication.exit(0)
    else:
        print("pslapp: no window shown", flush=True)
        QApplication.exit(1)


def main(argv: list[str] | None = None) -> int:
    harden_process()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)
    if not args.debug:
        sys.excepthook = quiet_excepthook

    app = QApplication([sys.argv[0]])
    app.setApplicationName("pslapp")
    app.setDesktopFileName(APP_ID)
    MainThreadCollector(app)  # before any worker thread starts
    i18n.install(app, i18n.pick_language(app_settings.load().language))
    apply_style(app)
    follow_system(app)
    if args.demo:
        return start_demo(app)
    session = Session(args.vault or default_vault_dir())
    app.aboutToQuit.connect(session.shutdown)
    session.wiped.connect(app.quit)
    session.start()
    if args.check_start:
        QTimer.singleShot(0, lambda: report_first_window(session))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
