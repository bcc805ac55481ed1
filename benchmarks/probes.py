"""Measurements that need a process of their own, run as `python -m benchmarks.probes`:

- `import VAULT BUNDLE`: open a (fast-KDF) vault, import a bundle, print the peak RSS;
- `review VAULT BUNDLE`: the same bundle received as the GUI does it (review, then apply);
- the cold start to the unlock window (`COLD_START`, run with `python -c`).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.setup import PASSPHRASE

REPO = Path(__file__).resolve().parents[1]

# Starts the real app (pslapp.app.main) on a vault and reports, once the event loop runs,
# the wall-clock time and whether the unlock window is visible; then quits.
COLD_START = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import pslapp.app
from pslapp.gui.session import Session

_start = Session.start

def _start_and_report(self):
    _start(self)
    def report():
        shown = self.dialog is not None and self.dialog.isVisible()
        print(time.time(), shown, flush=True)
        QApplication.instance().quit()
    QTimer.singleShot(0, report)

Session.start = _start_and_report
pslapp.app.main(["--vault", sys.argv[1]])
"""


def _status_mb(key: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1]) / 1024
    return 0.0


def rss_mb() -> float:
    """Current resident set size of this process."""
    return _status_mb("VmRSS:")


def peak_rss_mb() -> float:
    """This process's own peak. Not ru_maxrss: on Linux a forked child inherits the
    parent's peak there, so the runner's memory would be counted as the import's."""
    return _status_mb("VmHWM:") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _import(vault_dir: Path, bundle: Path) -> dict[str, float]:
    from pslapp.services.bundles import import_bundle  # noqa: PLC0415
    from pslapp.services.vault import open_vault  # noqa: PLC0415

    vault = open_vault(vault_dir, PASSPHRASE)
    before = rss_mb()
    began = time.perf_counter()
    report = import_bundle(vault, bundle)
    seconds = time.perf_counter() - began
    peak = peak_rss_mb()
    vault.lock()
    return {"rss_before_mb": before, "peak_rss_mb": peak, "seconds": seconds,
            "created": report.created}  # fmt: skip


def _review(vault_dir: Path, bundle: Path) -> dict[str, float]:
    from pslapp.services.bundles import apply_review, review_bundle  # noqa: PLC0415
    from pslapp.services.vault import open_vault  # noqa: PLC0415

    vault = open_vault(vault_dir, PASSPHRASE)
    before = rss_mb()
    began = time.perf_counter()
    report = apply_review(vault, review_bundle(vault, bundle))
    seconds = time.perf_counter() - began
    peak = peak_rss_mb()
    vault.lock()
    return {"rss_before_mb": before, "peak_rss_mb": peak, "seconds": seconds,
            "created": report.created}  # fmt: skip


def run_probe(*args: str, env: dict[str, str] | None = None) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probes", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    if done.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed: {done.stderr[-2000:]}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def cold_start(vault_dir: Path, env: dict[str, str]) -> float:
    """Seconds from starting `python -c` to the unlock window being shown."""
    began = time.time()
    done = subprocess.run(
        [sys.executable, "-c", COLD_START, str(vault_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    words = done.stdout.split()
    if done.returncode != 0 or len(words) < 2 or words[1] != "True":
        raise RuntimeError(
            f"the unlock window was not shown (exit {done.returncode}): "
            f"{done.stdout[-500:]} {done.stderr[-2000:]}"
        )
    at = words[0]
    return float(at) - began


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="benchmarks.probes")
    sub = parser.add_subparsers(dest="probe", required=True)
    imp = sub.add_parser("import")
    imp.add_argument("vault", type=Path)
    imp.add_argument("bundle", type=Path)
    rev = sub.add_parser("review")
    rev.add_argument("vault", type=Path)
    rev.add_argument("bundle", type=Path)
    args = parser.parse_args(argv)
    if args.probe == "import":
        print(json.dumps(_import(args.vault, args.bundle)))
    elif args.probe == "review":
        print(json.dumps(_review(args.vault, args.bundle)))


if __name__ == "__main__":
    main()
