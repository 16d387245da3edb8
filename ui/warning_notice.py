"""A boxed warning: an icon and words, so its meaning never rests on colour alone."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget


class WarningNotice(QFrame):
    """A boxed notice with a warning icon and words, so its meaning never rests on colour alone."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("warningNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Amber with dark text reads as "caution" in both light and dark desktop themes.
        self.setStyleSheet("#warningNotice { background: #fff4ce; border: 1px solid #d9a400; border-radius: 4px; }"
                           "#warningNotice QLabel { color: #1f1f1f; background: transparent; }")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 6, 10, 6)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        icon.setAccessibleName(self.tr("Warning"))
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(text)
        self._layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self.message, 1)

    def set_text(self, text: str) -> None:
        self.message.setText(text)
        self.setAccessibleName(text)

    def add_action(self, widget: QWidget) -> None:
        """Put a control (such as a Dismiss button) at the notice's right edge."""
        self._layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
