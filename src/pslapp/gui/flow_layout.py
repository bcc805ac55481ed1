"""A row of buttons that wraps onto a second line when the pane is narrow, instead of
setting the pane's width: the row of an event's attendee actions in Russian was wider than
a 1280-pixel screen could give the details beside the list."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QStyle,
    QWidget,
    QWidgetItem,
)


class _ArrangedByWidth(QLayout):
    """A layout whose height follows the width it is given: `_arrange` lays the items out
    in `rect` (or only measures, `place=False`) and returns the height they take."""

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        raise NotImplementedError


class FlowLayout(_ArrangedByWidth):
    """Items left to right at their size hint, a new line when the next one does not fit;
    as narrow as its widest item, as tall as the lines need at the width it is given."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def sizeHint(self) -> QSize:
        """All on one line."""
        width = sum(i.sizeHint().width() for i in self._shown())
        width += self._gap(Qt.Orientation.Horizontal) * max(0, len(self._shown()) - 1)
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        return self._with_margins(QSize(width, height))

    def minimumSize(self) -> QSize:
        """The widest item alone on its line (the height of the lines is heightForWidth's)."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.sizeHint())
        return self._with_margins(size)

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _with_margins(self, size: QSize) -> QSize:
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _gap(self, orientation: Qt.Orientation) -> int:
        if self._spacing >= 0:
            return self._spacing
        parent = self.parentWidget()
        if parent is None:
            return 6
        style = parent.style()
        control = QSizePolicy.ControlType.PushButton
        metric = (
            QStyle.PixelMetric.PM_LayoutHorizontalSpacing
            if orientation is Qt.Orientation.Horizontal
            else QStyle.PixelMetric.PM_LayoutVerticalSpacing
        )
        gap = style.layoutSpacing(control, control, orientation)
        return gap if gap >= 0 else style.pixelMetric(metric)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in `rect` (or only measure); returns the height used."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        across, down = self._gap(Qt.Orientation.Horizontal), self._gap(Qt.Orientation.Vertical)
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + down, 0
            if place:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + across
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class TitleRow(_ArrangedByWidth):
    """A title with its buttons (Edit, Delete) on its right; when the pane is narrower than
    the title's longest word and the buttons together, the buttons go under the title,
    to the right, instead of widening the pane."""

    def __init__(self, title: QWidget, buttons: list[QWidget]) -> None:
        super().__init__()
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self._title = QWidgetItem(title)
        self._buttons = [QWidgetItem(b) for b in buttons]
        for widget in [title, *buttons]:
            self.addChildWidget(widget)

    def addItem(self, item: QLayoutItem) -> None:
        raise TypeError("a TitleRow holds the title and buttons it was made with")

    def count(self) -> int:
        return 1 + len(self._buttons)

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = [self._title, *self._buttons]
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return None  # the row keeps its widgets for its lifetime

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:
        title = self._title.sizeHint()
        return QSize(
            title.width() + self.spacing() + self._buttons_width(),
            max(title.height(), self._buttons_height()),
        )

    def minimumSize(self) -> QSize:
        title = self._title.minimumSize()
        return QSize(max(self._title_least(), self._buttons_width()), title.height())

    def _title_least(self) -> int:
        """The title's longest word: narrower than that, a wrapped title is cut."""
        label = self._title.widget()
        if not isinstance(label, QLabel) or not label.text().split():
            return self._title.minimumSize().width()
        metrics = label.fontMetrics()
        margins = label.contentsMargins()
        widest = max(metrics.horizontalAdvance(word) for word in label.text().split())
        return widest + margins.left() + margins.right() + 2 * label.margin() + 2

    def _shown(self) -> list[QLayoutItem]:
        return [b for b in self._buttons if not b.isEmpty()]

    def _buttons_width(self) -> int:
        shown = self._shown()
        return sum(b.sizeHint().width() for b in shown) + self.spacing() * max(0, len(shown) - 1)

    def _buttons_height(self) -> int:
        return max((b.sizeHint().height() for b in self._shown()), default=0)

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        gap = max(0, self.spacing())
        buttons = self._buttons_width()
        beside = self._title_least() + gap + buttons <= rect.width()
        title_width = rect.width() - (gap + buttons if beside and buttons else 0)
        title_height = self._title.heightForWidth(title_width)
        if title_height < 0:
            title_height = self._title.sizeHint().height()
        top = rect.y() if beside else rect.y() + title_height + gap
        if place:
            self._title.setGeometry(QRect(rect.x(), rect.y(), title_width, title_height))
            x = rect.right() + 1 - buttons
            for button in self._shown():
                hint = button.sizeHint()
                button.setGeometry(QRect(QPoint(x, top), hint))
                x += hint.width() + gap
        below = top - rect.y() + self._buttons_height()
        return max(title_height, below)
