"""A QR code drawn with QPainter from segno's matrix: crisp at any scale, no image files,
nothing written to disk."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def qr_image(data: str, size: int) -> QImage:
    """A square, black-on-white QR code of `data`, about `size` pixels wide (white even in
    dark mode: phone cameras read dark-on-light)."""
    code = segno.make(data, error="m")
    matrix = [list(row) for row in code.matrix]
    modules = len(matrix) + 2 * QUIET_ZONE
    scale = max(1, size // modules)
    side = modules * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(
                    QRect((x + QUIET_ZONE) * scale, (y + QUIET_ZONE) * scale, scale, scale)
                )
    painter.end()
    return image


def qr_pixmap(data: str, size: int) -> QPixmap:
    return QPixmap.fromImage(qr_image(data, size))
