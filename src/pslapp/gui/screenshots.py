"""`python -m pslapp.gui.screenshots DIR`: a PNG of every main screen, filled with the
demo's sample data, in light and in dark (for the README, the user guide and for
looking at the app critically). `--all` draws every language at 1280x720 and 1366x768,
the small laptop screens the app must fit, into DIR/<language>-<width>x<height>/."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QApplication, QWidget

from pslapp.gui import (
    everyday_screenshots,
    i18n,
    mailbox_screenshots,
    runner,
    safety_screenshots,
)
from pslapp.gui.bundles import screenshot_scenes
from pslapp.gui.create_vault import CreateVaultDialog, code_lines
from pslapp.gui.demo import DEMO_PASSPHRASE, FAST_KDF, remove_demo
from pslapp.gui.duplicates import screenshot_scenes as duplicate_scenes
from pslapp.gui.forms.record_form import RecordDialog
from pslapp.gui.main_window import MainWindow
from pslapp.gui.session import Session
from pslapp.gui.style import apply_style
from pslapp.gui.unlock import UnlockDialog
from pslapp.gui.views.record_list import RecordListView
from pslapp.services.sample import populate
from pslapp.services.vault import create_vault

SIZE = QSize(1280, 720)
SMALL_SCREENS = (QSize(1280, 720), QSize(1366, 768))
REGISTRATIONS = (
    "Zeitstempel;Vorname;Nachname;E-Mail;Stadt;Ortsgruppe;Einwilligung\n"
    "2026-04-01 10:00;Татьяна;Козлова;tanya.k@example.org;Köln;Köln;Ja\n"
    "2026-04-01 10:02;Petro;Lyssenko;;Köln;Köln;Ja\n"
    "2026-04-01 10:05;Jürgen;Größe;juergen@example.de;Düsseldorf;;Ja\n"
    "2026-04-01 10:07;Олена;Бондар;olena@example.org;Berlin;Berlin;vielleicht\n"
    "2026-04-01 10:09;Anna;Schmidt;anna@example.org;München;;Nein\n"
)
SCREENS = ("people", "organisations", "coalitions", "chapters", "events")


def _settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def _save(widget: QWidget, path: Path) -> None:
    _settle()
    widget.grab().save(str(path))
    print(path)


def _select(view: RecordListView, record_id: str | None) -> None:
    if record_id is not None:
        view.select_id(record_id)
    elif view.model.rowCount():
        view.table.selectRow(0)


def _event_tools(
    window: MainWindow, event_id: str, root: Path, out: Path, suffix: str, *, size: QSize
) -> None:
    """Door mode, the registration wizard and the print dialog of the demo forum."""
    door = window.open_door(event_id)
    assert door is not None
    runner.wait_all()
    _settle()
    door.showNormal()
    door.resize(size)
    door.search.setText("ko")
    door.check_in_selected()
    door.search.setText("ko")
    _save(door, out / f"door-{suffix}.png")
    door.undo_last()
    door.search.clear()
    door.open_walk_in()
    door.walk_in.name.setText("Olena Bondar")
    door.walk_in.contact.setText("@olena_b")
    door.walk_in.contact_kind.setCurrentIndex(3)
    door.walk_in.consent.setChecked(True)
    _save(door, out / f"door-walk-in-{suffix}.png")
    door.back_to_list()
    door.ask_to_leave()
    _save(door, out / f"door-leave-{suffix}.png")
    door.close()  # not spontaneous: closes without the passphrase, as locking does
    window.show()
    csv = root / f"registrations-{suffix}.csv"
    csv.write_bytes(b"\xef\xbb\xbf" + REGISTRATIONS.encode("utf-8"))
    wizard = window.open_import(event_id)
    assert wizard is not None
    wizard.file_page.load(csv)
    _save(wizard, out / f"import-columns-{suffix}.png")
    wizard.next()
    wizard.rows_page.skip.setChecked(True)
    _save(wizard, out / f"import-bad-rows-{suffix}.png")
    wizard.next()
    runner.wait_all()
    _settle()
    _save(wizard, out / f"import-duplicates-{suffix}.png")
    wizard.close()
    dialog = window.open_print(event_id)
    assert dialog is not None
    dialog.badges_choice.setChecked(True)
    dialog.qr.setChecked(True)
    _save(dialog, out / f"print-{suffix}.png")
    dialog.close()


def shoot(out: Path, app: QApplication, size: QSize = SIZE) -> None:
    out.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix="pslapp-shots-"))
    try:
        vault, _code = create_vault(
            root / "vault", DEMO_PASSPHRASE, "Demo", kdf=FAST_KDF, weak_kdf_ok=True
        )
        summary = populate(vault, people=400, seed=7)
        chosen = {"coalitions": summary.coalition_id, "events": summary.forum_id}
        scene = screenshot_scenes.prepare(root, vault)
        for dark in (False, True):
            suffix = "dark" if dark else "light"
            apply_style(app, dark=dark)
            session = Session(root / "vault", demo=True)
            session.open_window(vault)
            window = session.window
            assert isinstance(window, MainWindow)
            window.resize(size)
            for row, name in enumerate(SCREENS):
                window.sidebar.setCurrentRow(row)
                _select(window.current_view, chosen.get(name))
                _save(window, out / f"{name}-{suffix}.png")
            screenshot_scenes.shoot(window, scene, out, suffix, _save)
            duplicate_scenes.shoot(window, out, suffix, _save)
            safety_screenshots.shoot(window, root, out, suffix, _save)
            everyday_screenshots.shoot(window, summary.forum_id, out, suffix, _save)
            mailbox_screenshots.shoot(window, root, out, suffix, _save)
            _event_tools(window, summary.forum_id, root, out, suffix, size=size)
            window.sidebar.setCurrentRow(0)
            window.search.setText("shev")
            window.apply_search()
            _select(window.current_view, None)
            _save(window, out / f"search-{suffix}.png")
            dialog = window.current_view.edit_selected()
            assert isinstance(dialog, RecordDialog)
            dialog.resize(640, 760)
            _save(dialog, out / f"edit-person-{suffix}.png")
            dialog.close()
            window.drop()
            window.close()
            unlock = UnlockDialog(root / "vault")
            unlock.show()
            _save(unlock, out / f"unlock-{suffix}.png")
            unlock.close()
            create = CreateVaultDialog(root / "new")
            create.show()
            create.first.setText("red banners over")
            _save(create, out / f"create-vault-{suffix}.png")
            create.code.setText(code_lines("ABCDE-FGHJK-MNPQR-STVWX-YZ234-56789-ABCDE-FGHJK"))
            create.pages.setCurrentIndex(1)
            _save(create, out / f"recovery-code-{suffix}.png")
            create.close()
        vault.lock()
    finally:
        remove_demo(root)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m pslapp.gui.screenshots")
    parser.add_argument("output", type=Path, help="folder for the PNG files")
    parser.add_argument(
        "--language",
        choices=i18n.LANGUAGES,
        default=os.environ.get("PSLAPP_LANGUAGE", "en"),
        help="language of the screens (default: en); needs `python -m pslapp.gui.i18n build`",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="every language at 1280x720 and 1366x768, in DIR/<language>-<size>/",
    )
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    app.setApplicationName("pslapp")
    languages = i18n.LANGUAGES if args.all else (args.language,)
    sizes = SMALL_SCREENS if args.all else (SIZE,)
    for language in languages:
        if not i18n.install(app, language) and language != "en":
            print(f"pslapp_{language}.qm is not built", file=sys.stderr)
            return 2
        for size in sizes:
            folder = args.output
            if args.all:
                folder = args.output / f"{language}-{size.width()}x{size.height()}"
            shoot(folder, app, size)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
