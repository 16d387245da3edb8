"""Accessibility helpers: saying status changes to screen readers, and finding controls a screen reader cannot name.

`announce` is for messages that appear without the focus moving to them (a save confirmed, a search note, a
sync going offline): a screen reader reads what has the focus, so such a message would otherwise pass unheard.

`unnamed_controls` asks Qt's accessibility layer itself for each control's name, rather than guessing: that
name is the accessible name when one is set, else what Qt derives (a button's text, the text of a label whose
buddy the control is). The tests walk the window and every dialog with it.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QToolTip,
    QWidget,
)

# What an adviser operates: these need a name a screen reader can say, and a way to reach them by keyboard.
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit,
               QPlainTextEdit, QAbstractSlider)
# Parts of a composite control that Qt makes and names through the control itself (a combo box's line edit,
# a spin box's editor, a view's headers and scroll bars, a line edit's clear button).
_COMPOSITES = (QComboBox, QAbstractSpinBox, QAbstractItemView, QLineEdit, QTabBar, QCalendarWidget)


class _Announcer(QObject):
    announced = Signal(str)  # every announcement, also when no screen reader listens (tests, a future log)


_announcer: _Announcer | None = None


def announcements() -> _Announcer:
    """The object whose `announced` signal repeats each announcement."""
    global _announcer
    if _announcer is None:
        _announcer = _Announcer()
    return _announcer


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say `text` (a status message shown in `widget`) without moving the focus.
    Assertive interrupts what is being read: only for problems that block the adviser."""
    text = text.strip()
    if not text:
        return
    widget.setAccessibleDescription(text)
    if QAccessible.isActive():
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)
    announcements().announced.emit(text)


class ElidingLabel(QLabel):
    """A one-line label that gives way when the row is short of room (a status bar at 200 % font size): it ends in
    "…" rather than being cut or pushing the window wider than the screen. Screen readers still get the whole
    text (a label's accessible name is its text), and hovering shows it."""

    MINIMUM_CHARACTERS = 4

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(text, parent)
        self.mode = mode  # ElideMiddle keeps a value at the end in sight: "Prof… (demo)"

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        margins = self.contentsMargins()
        least = self.fontMetrics().horizontalAdvance("M" * self.MINIMUM_CHARACTERS) + margins.left() + margins.right()
        return QSize(min(hint.width(), least), hint.height())

    def is_elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def shown_text(self) -> str:
        """What is on screen: the text, or its start with "…"."""
        if not self.is_elided():
            return self.text()
        return self.fontMetrics().elidedText(self.text(), self.mode, self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.is_elided():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), self.shown_text())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent) and self.is_elided():
            tip = "\n".join(part for part in (self.text(), self.toolTip()) if part)
            QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader says for `widget`, as Qt's accessibility layer reports it on Windows (where the
    advisers work): the accessible name, else what Qt derives (a button's text, a sibling label's text whose buddy
    the control is). A combo box is held to the same rule, although on Linux Qt reports its current item as its
    name: an item ("Swedish") is not a name ("Language of the results")."""
    if isinstance(widget, QComboBox):
        return widget.accessibleName().strip() or _buddy_text(widget)
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return widget.accessibleName().strip()
    return (interface.text(QAccessible.Text.Name) or "").strip()


def _buddy_text(widget: QWidget) -> str:
    """Qt's own rule: a label among the widget's siblings whose buddy it is, or the title of its group box."""
    parent = widget.parentWidget()
    if parent is None:
        return ""
    for child in parent.children():
        if isinstance(child, QLabel) and child.buddy() is widget:
            return child.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    return parent.title().strip() if isinstance(parent, QGroupBox) else ""


def is_qt_internal(widget: QWidget, root: QWidget) -> bool:
    """A part Qt builds inside a composite control or a dock (named and reached through its owner)."""
    if isinstance(widget, (QHeaderView, QScrollBar)) or widget.objectName().startswith("qt_"):
        return True
    node = widget.parentWidget()
    while node is not None and node is not root:
        if isinstance(node, _COMPOSITES):
            return True
        node = node.parentWidget()
    return False


def controls(root: QWidget) -> Iterator[QWidget]:
    """The interactive controls under `root` (shown or not: hidden ones appear later), Qt's own parts left out."""
    for widget in root.findChildren(QWidget):
        if isinstance(widget, INTERACTIVE) and not is_qt_internal(widget, root):
            yield widget


def describe(widget: QWidget) -> str:
    """A control, identified for a failing test or a log: class, object name, text and tooltip."""
    parts = [type(widget).__name__]
    if widget.objectName():
        parts.append(f"#{widget.objectName()}")
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    if isinstance(text, str) and text:
        parts.append(f"text={text!r}")
    if widget.toolTip():
        parts.append(f"tooltip={widget.toolTip()[:60]!r}")
    parent = widget.parentWidget()
    chain = []
    while parent is not None and len(chain) < 4:
        chain.append(parent.accessibleName() or type(parent).__name__)
        parent = parent.parentWidget()
    parts.append("in " + " < ".join(chain))
    return " ".join(parts)


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """Controls under `root` a screen reader could not name."""
    return [widget for widget in controls(root) if not accessible_name(widget)]


def unfocusable_controls(root: QWidget) -> list[QWidget]:
    """Controls the keyboard cannot reach (focus policy NoFocus), Qt's own parts left out."""
    return [widget for widget in controls(root)
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus and widget.isEnabled()]


def tab_traps(root: QWidget) -> list[QWidget]:
    """Editable text areas where Tab types a tab instead of moving on: the keyboard cannot leave them."""
    return [widget for widget in controls(root)
            if isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()
            and not widget.tabChangesFocus()]
