"""The outreach tally: at an event, "+1 visitor" with the needs they asked about, anonymously, in a few keys.

The event's nine most tagged needs sit on the number keys 1–9 (the usual outreach needs until the event has a
history). A visitor is the needs' digits, then Enter: one need is two keys, three needs four. Enter alone counts
a visitor whose need was not noted; Backspace clears the needs toggled so far. Each visitor is an anonymous
encounter (`record_outreach_visitor`), saved in the background in the order entered.

Encounters are append-only and the store has no way yet to withdraw one, so a visitor entered by mistake cannot
be taken back here; the tally says so rather than pretending to undo.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.usecases.outreach_tally import OutreachTally, TallyNeed, outreach_tally
from app.usecases.record_encounter import RecordedEncounter, record_outreach_visitor
from app.workstation import Workstation
from ui.accessibility import announce
from ui.locale_format import whole_number
from ui.ui_language import ui_language
from ui.workers import run_in_background

DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


class TallyKeypad(QFrame):
    """The focused field of the tally: digits toggle needs, Enter records the visitor, Backspace clears."""

    need_toggled = Signal(int)  # 1–9
    visitor_entered = Signal()
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tallyKeypad")
        self.setStyleSheet("#tallyKeypad { border: 1px solid #8a8a8a; border-radius: 4px; }"
                           "#tallyKeypad:focus { border: 2px solid #2b6cb0; }")
        self.setAccessibleName(self.tr("Visitor's needs: press their numbers, then Enter"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in DIGITS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.need_toggled.emit(DIGITS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.visitor_entered.emit()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete, Qt.Key.Key_0):
            self.cleared.emit()
        else:
            super().keyPressEvent(event)


class OutreachTallyDialog(QDialog):
    """Non-modal, beside the window for the whole event; `visitor_recorded` after each save."""

    visitor_recorded = Signal(object)  # RecordedEncounter

    def __init__(self, workstation: Workstation, event: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self.event_name = event
        self.needs: tuple[TallyNeed, ...] = ()
        self.toggled: list[int] = []  # 1-based keys, in the order pressed
        self.recorded_here = 0
        self._today_count: int | None = None
        self._pending = 0
        # One thread: visitors are saved in the order they were entered.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.setWindowTitle(self.tr("Outreach tally — %1").replace("%1", event))
        self.setAccessibleName(self.tr("Outreach tally"))
        self.setModal(False)

        heading = QLabel(self.tr("Visitors at %1").replace("%1", event))
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Visitors counted"))
        count_font = QFont(self.count_label.font())
        count_font.setPointSizeF(count_font.pointSizeF() * 1.6)
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        self.count_detail = QLabel()
        self.count_detail.setWordWrap(True)
        help_text = QLabel(self.tr("For each visitor press the numbers of the needs they asked about, then Enter "
                                   "(+1 visitor). Enter alone counts a visitor without a need. Backspace clears "
                                   "the numbers pressed. No names: each visitor is saved anonymously."))
        help_text.setWordWrap(True)
        self.keypad = TallyKeypad()
        self.keypad.need_toggled.connect(self.toggle)
        self.keypad.visitor_entered.connect(self.record_visitor)
        self.keypad.cleared.connect(self.clear_toggled)
        self.need_buttons: list[QPushButton] = []
        grid = QGridLayout()
        grid.setSpacing(6)
        for position in range(9):
            button = QPushButton()
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keypad keeps the focus: digits, not Tab
            button.setMinimumHeight(button.fontMetrics().height() * 3)
            button.setStyleSheet("QPushButton { text-align: left; padding: 4px 8px; }"
                                 "QPushButton:checked { background: #cfe3f7; border: 2px solid #2b6cb0; }")
            button.clicked.connect(lambda _checked, key=position + 1: self.toggle(key))
            button.setAccessibleName(self.tr("Need %1").replace("%1", str(position + 1)))
            button.hide()  # until the event's needs are read
            grid.addWidget(button, position // 3, position % 3)
            self.need_buttons.append(button)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.last_label.setAccessibleName(self.tr("Last visitor"))
        undo_note = QLabel(self.tr("A visitor entered by mistake cannot be taken back: encounters are never "
                                   "changed or deleted. Tell your supervisor how many were extra."))
        undo_note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the tally"))

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(heading)
        layout.addWidget(self.count_label)
        layout.addWidget(self.count_detail)
        layout.addWidget(help_text)
        layout.addWidget(self.keypad)
        layout.addLayout(grid)
        layout.addWidget(self.last_label)
        layout.addStretch(1)
        layout.addWidget(undo_note)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self._show_toggled()
        self._show_count()
        self.refresh()
        self.keypad.setFocus()

    # --- public ----------------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the event's count today and its most tagged needs (in the background)."""
        workstation, event, language = self._workstation, self.event_name, ui_language()
        run_in_background(self._pool, self, lambda: outreach_tally(workstation, event, language=language),
                          self._tally_known, lambda message: self.count_detail.setText(
                              self.tr("The count cannot be read: %1").replace("%1", message)))

    def toggle(self, key: int) -> None:
        if key > len(self.needs):
            return
        if key in self.toggled:
            self.toggled.remove(key)
        else:
            self.toggled.append(key)
        self._show_toggled()

    def clear_toggled(self) -> None:
        self.toggled = []
        self._show_toggled()

    def record_visitor(self) -> None:
        """+1 visitor with the needs toggled (none is fine: a visitor counts even without a need noted)."""
        codes = [self.needs[key - 1].code for key in self.toggled]
        labels = [self.needs[key - 1].label for key in self.toggled]
        self.toggled = []
        self._show_toggled()
        self._pending += 1
        workstation, event = self._workstation, self.event_name
        run_in_background(self._pool, self, lambda: record_outreach_visitor(workstation, event, codes),
                          lambda result: self._visitor_saved(result, labels), self._visitor_failed)

    def wait_for_workers(self, timeout_ms: int = 10_000) -> bool:
        return self._pool.waitForDone(timeout_ms)

    def done(self, result: int) -> None:
        # Visitors entered just before closing are still saved: wait for them rather than drop them.
        self._pool.waitForDone()
        super().done(result)

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _tally_known(self, tally: OutreachTally) -> None:
        # Visitors saved before this read are in both figures (one thread, in order): count them once.
        self._today_count = tally.visitors_today - self.recorded_here
        self.needs = tally.needs
        for position, button in enumerate(self.need_buttons):
            if position < len(self.needs):
                need = self.needs[position]
                text = f"{position + 1}  {need.label}" + (f"\n     {need.parent}" if need.parent else "")
                button.setText(text)
                button.setAccessibleName(self.tr("Need %1: %2").replace("%1", str(position + 1))
                                         .replace("%2", need.label))
                button.setVisible(True)
            else:
                button.setVisible(False)
        self.toggled = [key for key in self.toggled if key <= len(self.needs)]
        self._show_toggled()
        self._show_count()

    def _visitor_saved(self, result: RecordedEncounter, labels: list[str]) -> None:
        self._pending -= 1
        self.recorded_here += 1
        needs = ", ".join(labels) if labels else self.tr("no need noted")
        self.last_label.setText(self.tr("✓ Visitor %1 saved: %2.").replace("%1", whole_number(self._total()))
                                .replace("%2", needs))
        announce(self.last_label, self.last_label.text())
        self._show_count()
        self.visitor_recorded.emit(result)

    def _visitor_failed(self, message: str) -> None:
        self._pending -= 1
        self.last_label.setText(self.tr("⚠ The last visitor was not saved: %1 Enter them again.")
                                .replace("%1", message))
        announce(self.last_label, self.last_label.text(), assertive=True)

    def _total(self) -> int:
        return (self._today_count or 0) + self.recorded_here

    def _show_count(self) -> None:
        total = self._total()
        self.count_label.setText(self.tr("1 visitor today") if total == 1 else
                                 self.tr("%1 visitors today").replace("%1", whole_number(total)))
        self.count_detail.setText(self.tr("%1 entered with this tally since it was opened.")
                                  .replace("%1", whole_number(self.recorded_here)))

    def _show_toggled(self) -> None:
        for position, button in enumerate(self.need_buttons):
            button.setChecked(position + 1 in self.toggled)
        if self.toggled:
            names = ", ".join(f"{key} {self.needs[key - 1].label}" for key in self.toggled)
            self.keypad.text.setText(self.tr("This visitor: %1 — Enter saves").replace("%1", names))
        else:
            self.keypad.text.setText(self.tr("Next visitor: press the numbers of their needs, then Enter"))
        self.keypad.setAccessibleDescription(self.keypad.text.text())
