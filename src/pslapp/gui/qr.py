"""A QR code drawn with QPainter from segno's matrix: crisp at any scale, no image files,
nothing written to disk."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def paint_qr(painter: QPainter, data: str, rect: QRectF, *, quiet_zone: int = 0) -> None:
    """Paint the QR code of `data` into the square `rect`, module by module, black on
    whatever is beneath (screens and PDF pages alike)."""
    matrix = segno.make(data, error="m").matrix
    modules = len(matrix) + 2 * quiet_zone
    step = rect.width() / modules
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(
                    QRectF(
                        rect.left() + (x + quiet_zone) * step,
                        rect.top() + (y + quiet_zone) * step,
                        step,
                        step,
                    )
                )
    painter.restore()


def qr_image(data: str, size: int) -> QImage:
    """A square, black-on-white QR code of `data`, about `size` pixels wide (white even in
    dark mode: phone cameras read dark-on-light)."""
    modules = len(segno.make(data, error="m").matrix) + 2 * QUIET_ZONE
    side = modules * max(1, size // modules)  # whole pixels per module: crisp edges
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_qr(painter, data, QRectF(0, 0, side, side), quiet_zone=QUIET_ZONE)
    painter.end()
    return image


def qr_pixmap(data: str, size: int) -> QPixmap:
    return QPixmap.fromImage(qr_image(data, size))
