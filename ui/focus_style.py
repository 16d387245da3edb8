"""A focus that can be seen from a step back: a 2 px outline in the highlight colour around the control that has
the keyboard focus, on top of whatever the platform's style draws (Windows draws a faint dotted rectangle, some
styles nothing on a push button). WCAG 2.4.7: keyboard users must see where they are.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

FOCUS_WIDTH = 2
# Drawn by the platform's style, then outlined while their control has the focus: an input's frame and panel,
# a push button's panel, a text area's or a list's frame, and the controls made of parts (a combo box, a spin
# or date box).
_FRAMES = (QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_PanelLineEdit,
           QStyle.PrimitiveElement.PE_PanelButtonCommand, QStyle.PrimitiveElement.PE_Frame)
_COMPLEX = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)


class VisibleFocusStyle(QProxyStyle):
    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            outline(painter, option)  # instead of the platform's dotted or faint rectangle
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _FRAMES and option.state & QStyle.StateFlag.State_HasFocus:
            outline(painter, option)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX and option.state & QStyle.StateFlag.State_HasFocus:
            outline(painter, option)


def outline(painter: QPainter, option: QStyleOption) -> None:
    painter.save()
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = FOCUS_WIDTH // 2
    painter.drawRect(option.rect.adjusted(half, half, -half, -half))
    painter.restore()


def install_visible_focus(application: QApplication) -> None:
    """Wrap the application's style (once) so that every control shows its focus plainly."""
    if isinstance(application.style(), VisibleFocusStyle):
        return
    base = QStyleFactory.create(application.style().name())
    application.setStyle(VisibleFocusStyle(base))
