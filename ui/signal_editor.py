"""Signals [signaalit]: short structured observations beyond a single need — a service hard to find or missing,
waiting too long, repeat contact, digital exclusion, a language barrier — asked for when the outcome is "no
suitable service" or a need is unmet (needs.md)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.encounter import MAX_SIGNALS, SIGNAL_TEXT_MAX_LENGTH, SignalKind
from app.domain.encounter import Signal as EncounterSignal


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def signal_kind_text(kind: SignalKind) -> str:
    return {SignalKind.SERVICE_HARD_TO_FIND: _tr("service hard to find"),
            SignalKind.SERVICE_MISSING: _tr("service missing"),
            SignalKind.WAITING_TOO_LONG: _tr("waiting too long"),
            SignalKind.REPEAT_CONTACT: _tr("repeat contact"),
            SignalKind.DIGITAL_EXCLUSION_RISK: _tr("risk of digital exclusion"),
            SignalKind.LANGUAGE_BARRIER: _tr("language barrier"),
            SignalKind.OTHER: _tr("other")}.get(kind, kind.value)


def severity_text(severity: int) -> str:
    return {1: _tr("minor"), 2: _tr("notable"), 3: _tr("serious")}.get(severity, str(severity))


def signal_text(signal: EncounterSignal) -> str:
    words = f"{signal_kind_text(signal.kind)} ({severity_text(signal.severity)})"
    return f"{words}: {signal.text}" if signal.text else words


class _SignalList(QListWidget):
    remove_key = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.currentRow() >= 0 and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_key.emit(self.currentRow())
            return
        super().keyPressEvent(event)


class SignalEditor(QWidget):
    """Kind, a short text and a severity; Enter in the text (or Add) adds the signal, Delete in the list removes
    one. `set_asked` says why a signal is asked for."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._signals: list[EncounterSignal] = []
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_box = QComboBox()
        self.kind_box.setAccessibleName(self.tr("Signal kind"))
        self.kind_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind_box.setMinimumContentsLength(12)
        for kind in SignalKind:
            text = signal_kind_text(kind)
            self.kind_box.addItem(text[:1].upper() + text[1:], kind.value)
        self.text_field = QLineEdit()
        self.text_field.setAccessibleName(self.tr("Signal text"))
        self.text_field.setPlaceholderText(self.tr("What was missing or hard? (short, no names)"))
        self.text_field.setMaxLength(SIGNAL_TEXT_MAX_LENGTH)
        self.text_field.returnPressed.connect(self.add_signal)
        self.severity_box = QComboBox()
        self.severity_box.setAccessibleName(self.tr("Signal severity"))
        for severity in (1, 2, 3):
            text = severity_text(severity)
            self.severity_box.addItem(text[:1].upper() + text[1:], severity)
        self.severity_box.setCurrentIndex(1)
        self.add_button = QPushButton(self.tr("Add signal"))
        self.add_button.setAccessibleName(self.tr("Add signal"))
        self.add_button.clicked.connect(self.add_signal)
        self.list = _SignalList()
        self.list.setAccessibleName(self.tr("Signals noted"))
        self.list.setToolTip(self.tr("Delete removes the chosen signal."))
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 12)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.remove_key.connect(self.remove)
        self.list.hide()

        # Two short rows rather than one long one: the panel is narrow beside the service search.
        choice = QHBoxLayout()
        choice.setSpacing(6)
        choice.addWidget(self.kind_box, 1)
        choice.addWidget(self.severity_box)
        words = QHBoxLayout()
        words.setSpacing(6)
        words.addWidget(self.text_field, 1)
        words.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.reason)
        layout.addLayout(choice)
        layout.addLayout(words)
        layout.addWidget(self.list)

    def signals(self) -> list[EncounterSignal]:
        return list(self._signals)

    def set_signals(self, signals: Sequence[EncounterSignal]) -> None:
        self._signals = list(signals)
        self._show()

    def set_asked(self, reason: str) -> None:
        self.reason.setText(reason)

    def add_signal(self) -> None:
        if len(self._signals) >= MAX_SIGNALS:
            self.reason.setText(self.tr("An encounter has at most %1 signals.").replace("%1", str(MAX_SIGNALS)))
            return
        self._signals.append(EncounterSignal(SignalKind(self.kind_box.currentData()),
                                             " ".join(self.text_field.text().split()),
                                             int(self.severity_box.currentData())))
        self.text_field.clear()
        self._show()
        self.changed.emit()

    def remove(self, row: int) -> None:
        if 0 <= row < len(self._signals):
            del self._signals[row]
            self._show()
            self.changed.emit()

    def _show(self) -> None:
        self.list.clear()
        for signal in self._signals:
            item = QListWidgetItem(signal_text(signal))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, signal_text(signal))
            self.list.addItem(item)
        self.list.setVisible(bool(self._signals))
