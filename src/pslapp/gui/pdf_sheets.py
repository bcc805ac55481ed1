"""Drawing an event's attendee list and name badges as A4 PDF (QPdfWriter into memory;
the caller saves the bytes through services). Safe to run off the UI thread: it paints
on a PDF device only."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from pslapp.core.badge_code import badge_code
from pslapp.gui.labels import value_label
from pslapp.gui.qr import paint_qr
from pslapp.services.event_sheets import EventSheet, SheetRow

DPI = 300
MM = DPI / 25.4
BADGE_COLUMNS, BADGE_ROWS = 2, 4
Progress = Callable[[int, int], None]


def _writer(buffer: QBuffer, title: str) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(title)
    writer.setCreator("pslapp")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    return writer


def _font(points: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _render(title: str, draw: Callable[[QPdfWriter, QPainter], None]) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer, title)
    painter = QPainter(writer)
    try:
        draw(writer, painter)
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data())


# The attendee list


def attendee_list_pdf(sheet: EventSheet, progress: Progress | None = None) -> bytes:
    """A table to tick people off on paper: number, name, chapter or organisation, role,
    status, and an empty box."""

    def draw(writer: QPdfWriter, painter: QPainter) -> None:
        page_w = 210 * MM
        left, right, top, bottom = 15 * MM, 195 * MM, 18 * MM, 280 * MM
        row_h = 7.5 * MM
        widths = [10, 62, 42, 24, 30, 12]  # mm; the last is the box to tick
        captions = [
            "#",
            QCoreApplication.translate("PdfSheets", "Name"),
            QCoreApplication.translate("PdfSheets", "Chapter / organisation"),
            QCoreApplication.translate("PdfSheets", "Role"),
            QCoreApplication.translate("PdfSheets", "Arrived"),
            "",
        ]
        columns = []  # (caption, x, width)
        x = left
        for caption, width in zip(captions, widths, strict=True):
            columns.append((caption, x, width * MM))
            x += width * MM
        per_page = int((bottom - top - 24 * MM) // row_h)
        pages = max(1, -(-len(sheet.rows) // per_page))
        body, small = _font(10), _font(8)
        muted = QColor("#666666")
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(_font(15, bold=True))
            painter.drawText(QRectF(left, top, right - left, 9 * MM), sheet.title)
            painter.setFont(small)
            painter.setPen(muted)
            when = " · ".join(p for p in (sheet.start.replace("T", " "), sheet.city) if p)
            counts = QCoreApplication.translate("PdfSheets", "%1 people").replace(
                "%1", str(len(sheet.rows))
            )
            painter.drawText(QRectF(left, top + 9 * MM, right - left, 5 * MM), when)
            painter.drawText(
                QRectF(left, top + 9 * MM, right - left, 5 * MM),
                int(Qt.AlignmentFlag.AlignRight),
                counts,
            )
            y = top + 18 * MM
            painter.setFont(_font(9, bold=True))
            painter.setPen(QColor("#000000"))
            for caption, x, w in columns:
                painter.drawText(
                    QRectF(x, y, w, row_h), int(Qt.AlignmentFlag.AlignVCenter), caption
                )
            y += row_h
            painter.setFont(body)
            start = page * per_page
            for number, row in enumerate(sheet.rows[start : start + per_page], start=start + 1):
                if number % 2 == 0:
                    painter.fillRect(QRectF(left, y, right - left, row_h), QColor("#f1f1f1"))
                _list_row(painter, columns, y, row_h, number=number, row=row)
                y += row_h
            painter.setFont(small)
            painter.setPen(muted)
            footer = (
                QCoreApplication.translate("PdfSheets", "Page %1 of %2")
                .replace("%1", str(page + 1))
                .replace("%2", str(pages))
            )
            painter.drawText(
                QRectF(0, bottom + 4 * MM, page_w, 6 * MM),
                int(Qt.AlignmentFlag.AlignHCenter),
                footer,
            )
            painter.setFont(body)
            painter.setPen(QColor("#000000"))
            if progress is not None:
                progress(page + 1, pages)

    return _render(sheet.title, draw)


def _list_row(
    painter: QPainter,
    columns: list[tuple[str, float, float]],
    y: float,
    h: float,
    *,
    number: int,
    row: SheetRow,
) -> None:
    arrived = row.checked_in_at.split("T")[-1][:5] if row.status == "checked_in" else ""
    if arrived and row.walk_in:
        arrived += " " + QCoreApplication.translate("PdfSheets", "(walk-in)")
    cells = [
        str(number),
        row.name,
        row.organisation or row.chapter,
        value_label(row.role) if row.role else "",
        arrived,
    ]
    metrics = QFontMetricsF(painter.font(), painter.device())
    flags = int(Qt.AlignmentFlag.AlignVCenter)
    for (_caption, x, w), text in zip(columns, cells, strict=False):
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, w - 2 * MM)
        painter.drawText(QRectF(x, y, w, h), flags, shown)
    _caption, box_x, box_w = columns[-1]
    side = h - 3 * MM
    painter.drawRect(QRectF(box_x + (box_w - side) / 2, y + 1.5 * MM, side, side))


# Badges


def badges_pdf(sheet: EventSheet, *, qr: bool, progress: Progress | None = None) -> bytes:
    """Eight badges per A4 page (2 × 4) with cut lines: name, chapter or organisation,
    role, and optionally a QR code of the attendance id."""
    margin_x, margin_y = 10 * MM, 12 * MM
    badge_w = (210 * MM - 2 * margin_x) / BADGE_COLUMNS
    badge_h = (297 * MM - 2 * margin_y) / BADGE_ROWS
    per_page = BADGE_COLUMNS * BADGE_ROWS

    def draw(writer: QPdfWriter, painter: QPainter) -> None:
        pages = max(1, -(-len(sheet.rows) // per_page))
        for number, row in enumerate(sheet.rows):
            slot = number % per_page
            if number and slot == 0:
                writer.newPage()
                if progress is not None:
                    progress(number // per_page, pages)
            x = margin_x + (slot % BADGE_COLUMNS) * badge_w
            y = margin_y + (slot // BADGE_COLUMNS) * badge_h
            _badge(painter, QRectF(x, y, badge_w, badge_h), sheet.title, row, qr)
        if progress is not None:
            progress(pages, pages)

    return _render(sheet.title, draw)


def _badge(painter: QPainter, rect: QRectF, event_title: str, row: SheetRow, qr: bool) -> None:
    painter.setPen(QColor("#bbbbbb"))
    painter.drawRect(rect)  # the cut line
    inner = rect.adjusted(7 * MM, 6 * MM, -7 * MM, -6 * MM)
    painter.setPen(QColor("#666666"))
    painter.setFont(_font(9))
    metrics = QFontMetricsF(painter.font(), painter.device())
    painter.drawText(
        QRectF(inner.left(), inner.top(), inner.width(), 6 * MM),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        metrics.elidedText(event_title, Qt.TextElideMode.ElideRight, inner.width()),
    )
    painter.setPen(QColor("#000000"))
    qr_size = 20 * MM if qr else 0.0
    name_rect = QRectF(inner.left(), inner.top() + 8 * MM, inner.width(), 24 * MM)
    painter.setFont(_name_font(painter, row.name, name_rect))
    painter.drawText(
        name_rect,
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap),
        row.name,
    )
    text_w = inner.width() - (qr_size + 3 * MM if qr else 0)
    painter.setFont(_font(12))
    metrics = QFontMetricsF(painter.font(), painter.device())
    affiliation = row.organisation or row.chapter
    lines = [affiliation, value_label(row.role) if row.role else ""]
    y = inner.bottom() - 15 * MM
    for line in lines:
        if line:
            painter.drawText(
                QRectF(inner.left(), y, text_w, 7 * MM),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(line, Qt.TextElideMode.ElideRight, text_w),
            )
        y += 7.5 * MM
    if qr:
        code_h = 4 * MM  # the code under the QR, for typing when no scanner is at hand
        top = inner.bottom() - qr_size - code_h
        paint_qr(painter, row.attendance_id, QRectF(inner.right() - qr_size, top, qr_size, qr_size))
        painter.setFont(_font(7))
        painter.drawText(
            QRectF(inner.right() - qr_size - 2 * MM, top + qr_size, qr_size + 4 * MM, code_h),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            badge_code(row.attendance_id),
        )


def _name_font(painter: QPainter, name: str, rect: QRectF) -> QFont:
    """The largest bold size (26 pt down to 11 pt) at which the name, wrapped at spaces,
    fits the badge's name area and no word is wider than it."""
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    points = 26.0
    while True:
        font = _font(points, bold=True)
        metrics = QFontMetricsF(font, painter.device())
        widest = max((metrics.horizontalAdvance(w) for w in name.split()), default=0.0)
        height = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, name).height()
        if points <= 11 or (widest <= rect.width() and height <= rect.height()):
            return font
        points -= 1
