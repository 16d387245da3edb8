"""Paints a service result in three lines: name (with "offered" and open-now in words at the right), a one-line
summary, and why it matched. Colour only repeats what the words say."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.service_result_model import IS_OPEN_ROLE, NAME_NOTE_ROLE, OFFERED_ROLE, OPEN_STATE_ROLE, SUMMARY_ROLE, WHY_ROLE

_Index = QModelIndex | QPersistentModelIndex
_PADDING = 6
_OPEN_GREEN = QColor("#1b6e20")


class ServiceResultDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        metrics = QFontMetrics(option.font)
        small = QFontMetrics(_small(option.font))
        return QSize(200, metrics.height() * 2 + small.height() + 2 * _PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text_colour)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)

        painter.save()
        area = option.rect.adjusted(_PADDING + 2, _PADDING, -_PADDING - 2, -_PADDING)
        line_height = QFontMetrics(option.font).height()

        # Right-hand markers on the first line: "✓ Offered" and the open state, both in words.
        markers = []
        if index.data(OFFERED_ROLE):
            markers.append((self.tr("✓ Offered"), text_colour, True))
        state = index.data(OPEN_STATE_ROLE) or ""
        if state:
            colour = text_colour if selected or not index.data(IS_OPEN_ROLE) else _OPEN_GREEN
            markers.append((("● " if index.data(IS_OPEN_ROLE) else "○ ") + state, colour, False))
        small_font = _small(option.font)
        small_metrics = QFontMetrics(small_font)
        right = area.right()
        painter.setFont(small_font)
        for text, colour, bold in reversed(markers):
            font = QFont(small_font)
            font.setBold(bold)
            painter.setFont(font)
            width = QFontMetrics(font).horizontalAdvance(text)
            painter.setPen(colour)
            painter.drawText(QRect(right - width, area.top(), width, line_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
            right -= width + 12

        name_font = QFont(option.font)
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(text_colour)
        note = index.data(NAME_NOTE_ROLE) or ""
        name_width = right - area.left()
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if note:
            note_text = f"  ({note})"
            name_width -= small_metrics.horizontalAdvance(note_text)
        elided = QFontMetrics(name_font).elidedText(name, Qt.TextElideMode.ElideRight, max(name_width, 20))
        painter.drawText(QRect(area.left(), area.top(), max(name_width, 20), line_height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, elided)
        if note:
            offset = QFontMetrics(name_font).horizontalAdvance(elided)
            italic = QFont(small_font)
            italic.setItalic(True)
            painter.setFont(italic)
            painter.setPen(muted)
            painter.drawText(QRect(area.left() + offset, area.top(), small_metrics.horizontalAdvance(note_text) + 4,
                                   line_height), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             note_text)

        painter.setFont(option.font)
        painter.setPen(text_colour)
        summary = QFontMetrics(option.font).elidedText(str(index.data(SUMMARY_ROLE) or ""),
                                                      Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(QRect(area.left(), area.top() + line_height, area.width(), line_height),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, summary)

        painter.setFont(small_font)
        painter.setPen(muted)
        why = small_metrics.elidedText(self.tr("Matched: %1").replace("%1", str(index.data(WHY_ROLE) or "")),
                                       Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(QRect(area.left(), area.top() + 2 * line_height + 2, area.width(), small_metrics.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, why)
        painter.restore()


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    return small
