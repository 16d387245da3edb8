"""One badge per consent purpose on the client's card: a symbol, the purpose, the state in words and its date.

Colour helps the eye, but each badge also says its state in words and carries a symbol, so nobody has to tell
green from red to know whether a consent holds (and a screen reader reads the same words).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain.consent import ConsentState, ConsentStatus
from app.usecases.consent_card import PurposeStatus
from ui.locale_format import short_date, whole_number


@dataclass(frozen=True)
class BadgeLook:
    symbol: str
    background: str
    border: str


# Pale backgrounds with dark text stay readable in light and dark desktop themes (the badge sets both).
LOOKS = {
    ConsentState.GRANTED: BadgeLook("✓", "#dff3e4", "#1e7b34"),
    ConsentState.EXPIRING: BadgeLook("!", "#fff4ce", "#b58900"),
    ConsentState.EXPIRED: BadgeLook("✕", "#fde7e9", "#c42b1c"),
    ConsentState.WITHDRAWN: BadgeLook("✕", "#fde7e9", "#c42b1c"),
    ConsentState.REFUSED: BadgeLook("✕", "#fde7e9", "#c42b1c"),
    ConsentState.UNKNOWN: BadgeLook("?", "#f0f0f0", "#8a8a8a"),
}


def state_text(status: ConsentStatus) -> str:
    """The state in words with its date, e.g. "Granted until 31.12.2027" or "Expires 12.12.2026 (in 15 days)"."""
    def tr(text: str) -> str:
        # The unnamed context is the one lupdate gives calls of a local `tr`.
        return QCoreApplication.translate("", text)

    state = status.state
    if state is ConsentState.GRANTED:
        if status.valid_until is None:
            return tr("Granted, until withdrawn")
        return tr("Granted until %1").replace("%1", short_date(status.valid_until))
    if state is ConsentState.EXPIRING:
        days = status.days_left or 0
        when = tr("today") if days == 0 else _days(days)
        return tr("Expires %1 (%2)").replace("%1", short_date(status.valid_until)).replace("%2", when)
    if state is ConsentState.EXPIRED:
        return tr("Expired %1").replace("%1", short_date(status.valid_until))
    if state is ConsentState.WITHDRAWN:
        return tr("Withdrawn %1").replace("%1", short_date(status.since))
    if state is ConsentState.REFUSED:
        return tr("Refused %1").replace("%1", short_date(status.since))
    return tr("Not asked")


def _days(days: int) -> str:
    if days == 1:
        return QCoreApplication.translate("ConsentState", "tomorrow")
    return QCoreApplication.translate("ConsentState", "in %1 days").replace("%1", whole_number(days))


class ConsentBadge(QFrame):
    def __init__(self, label: str, status: ConsentStatus, explanation: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        look = LOOKS[status.state]
        self.setObjectName("consentBadge")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"#consentBadge {{ background: {look.background}; border: 1px solid {look.border};"
                           f" border-radius: 4px; }} #consentBadge QLabel {{ color: #1f1f1f; background: transparent;"
                           f" }}")
        symbol = QLabel(look.symbol)
        symbol.setStyleSheet(f"color: {look.border}; font-weight: bold;")
        symbol.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        symbol.setMinimumWidth(symbol.fontMetrics().horizontalAdvance("✓✓"))
        self.title = QLabel(label)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.state_label = QLabel(state_text(status))
        self.state_label.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(0)
        words.addWidget(self.title)
        words.addWidget(self.state_label)
        words.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(symbol)
        layout.addLayout(words, 1)
        # Wrapped labels need their height for the width they get, or two-line purposes are clipped.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(f"{label}: {self.state_label.text()}")
        tip = explanation
        if status.text_version:
            tip += ("\n" if tip else "") + self.tr("Consent text version %1").replace("%1", status.text_version)
        self.setToolTip(tip)


class ConsentBadges(QWidget):
    """The badges of one client, two to a row, in the order of the purposes file (unknown purposes last)."""

    COLUMNS = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self.badges: list[ConsentBadge] = []
        self.setAccessibleName(self.tr("Consents"))

    def show_statuses(self, items: list[PurposeStatus]) -> None:
        for badge in self.badges:
            self._grid.removeWidget(badge)
            badge.deleteLater()
        self.badges = []
        for position, item in enumerate(items):
            label = item.label if item.status.known_purpose else self.tr("%1 (a purpose this workstation does "
                                                                         "not know)").replace("%1", item.label)
            badge = ConsentBadge(label, item.status, item.explanation or "")
            self._grid.addWidget(badge, position // self.COLUMNS, position % self.COLUMNS)
            self.badges.append(badge)
        for column in range(self.COLUMNS):
            self._grid.setColumnStretch(column, 1)
