"""Dates as people write them: `01.05.2026` in Russian, Ukrainian and German, `01/05/2026` in
French, `5/1/2026` in English, and `2026-05-01` everywhere, with a calendar beside the field.
The vault keeps ISO dates; this editor turns what was typed into one, and leaves anything it
cannot read as typed, for validation to refuse with its own words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidgetAction,
)

from pslapp.core.fields import Field, FieldType
from pslapp.gui import i18n
from pslapp.gui.forms.editor import Editor

ISO_DATE = "yyyy-MM-dd"
TIMES = ("HH:mm", "H:mm", "HH:mm:ss")


def local_date_format() -> str:
    """The interface language's short date format, always with a four-digit year."""
    short = QLocale(i18n.current()).dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def _date_formats() -> list[str]:
    short = QLocale(i18n.current()).dateFormat(QLocale.FormatType.ShortFormat)
    return list(dict.fromkeys((ISO_DATE, local_date_format(), short)))


def parse_date(text: str) -> QDate | None:
    for form in _date_formats():
        date = QDate.fromString(text, form)
        if date.isValid():
            if "yyyy" not in form and date.year() < 2000:  # "01.05.26": this century
                date = date.addYears(100)
            return date
    return None


def parse_datetime(text: str) -> QDateTime | None:
    date_part, _sep, time_part = text.strip().replace("T", " ").partition(" ")
    date = parse_date(date_part)
    if date is None:
        return None
    if not time_part.strip():
        return QDateTime(date, QTime(0, 0))
    for form in TIMES:
        time = QTime.fromString(time_part.strip(), form)
        if time.isValid():
            return QDateTime(date, time)
    return None


class DateEditor(Editor):
    """A date (or date and time) typed in the local way or in ISO, or picked."""

    def __init__(self, spec: Field) -> None:
        super().__init__(spec)
        self.with_time = spec.type is FieldType.DATETIME
        self.line = QLineEdit()
        self.line.setObjectName(spec.name)
        example = QDateTime(QDate(2026, 5, 1), QTime(18, 30))
        shown = self._show(example.date(), example.time() if self.with_time else None)
        self.line.setPlaceholderText(
            QCoreApplication.translate("FieldEditor", "e.g. %1").replace("%1", shown)
        )
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName(f"calendar_{spec.name}")
        self.calendar.setGridVisible(False)
        self.calendar.setLocale(QLocale(i18n.current()))
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._calendar_to_typed)
        self.menu = menu
        self.pick = QToolButton()
        self.pick.setObjectName(f"pick_{spec.name}")
        self.pick.setText("▾")
        self.pick.setToolTip(QCoreApplication.translate("FieldEditor", "Pick a date"))
        self.pick.setAccessibleName(QCoreApplication.translate("FieldEditor", "Pick a date"))
        self.pick.setMenu(menu)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.pick)

    def _show(self, date: QDate, time: QTime | None) -> str:
        text = date.toString(local_date_format())
        return f"{text} {time.toString('HH:mm')}" if time is not None else text

    def _calendar_to_typed(self) -> None:
        typed = self._typed()
        if typed is not None:
            self.calendar.setSelectedDate(typed.date())

    def _typed(self) -> QDateTime | None:
        return parse_datetime(self.line.text()) if self.line.text().strip() else None

    def _picked(self, date: QDate) -> None:
        before = self._typed()
        time = before.time() if before is not None else QTime(0, 0)
        self.line.setText(self._show(date, time if self.with_time else None))
        self.menu.close()
        self.line.setFocus()

    def value(self) -> Any:
        text = self.line.text().strip()
        typed = self._typed()
        if typed is None:
            return text  # unreadable: validation names the problem
        if self.with_time:
            return typed.toString("yyyy-MM-ddTHH:mm")
        return typed.date().toString(ISO_DATE)

    def set_value(self, value: Any) -> None:
        if not value:
            self.line.clear()
            return
        typed = parse_datetime(str(value))
        if typed is None:
            self.line.setText(str(value))
            return
        self.line.setText(self._show(typed.date(), typed.time() if self.with_time else None))

    def focus_target(self) -> QLineEdit:
        return self.line
