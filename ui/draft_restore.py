"""Encounters left open — the window closed, the machine crashed, another card was opened mid-encounter — are
kept as drafts and offered here, without blocking the window: resume one, or discard it deliberately.
Nothing typed is lost until the adviser says so."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.encounter import EncounterDraft
from app.usecases.record_encounter import DraftInfo
from ui.encounter_lines import channel_text, outcome_text
from ui.locale_format import date_time, whole_number

DRAFT_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def draft_description(info: DraftInfo) -> str:
    """"Started 27.11.2026 10:32 · phone · with a client · 3 needs · guided to a service" (no names: the card
    opens, audited, when the adviser resumes)."""
    draft = info.draft
    parts = [_tr("Started %1").replace("%1", date_time(draft.started_at)),
             channel_text(draft.channel)]
    if draft.event_name:
        parts.append(draft.event_name)
    parts.append(_tr("with a client") if draft.client_id else _tr("no client"))
    needs = len(draft.need_tags)
    parts.append(_tr("1 need") if needs == 1 else _tr("%1 needs").replace("%1", whole_number(needs)))
    if draft.outcome is not None:
        parts.append(outcome_text(draft.outcome))
    return " · ".join(parts)


class DraftRestoreBanner(QFrame):
    """Hidden until `show_drafts` is given some; emits what the adviser chose for the highlighted draft."""

    resume_requested = Signal(object)  # EncounterDraft
    discard_requested = Signal(object)  # uuid.UUID of the draft

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Blue like the call banner: something to pick up, not a warning.
        self.setStyleSheet("#draftBanner { background: #e8f1fb; border: 1px solid #2b6cb0; border-radius: 4px; }"
                           "#draftBanner QLabel { color: #1f1f1f; background: transparent; }")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setAccessibleName(self.tr("Encounters left open"))
        self._infos: list[DraftInfo] = []
        self.heading = QLabel()
        bold = QFont(self.heading.font())
        bold.setBold(True)
        self.heading.setFont(bold)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Encounters left open"))
        self.list.itemActivated.connect(lambda _item: self.resume_current())
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the chosen encounter"))
        self.resume_button.clicked.connect(self.resume_current)
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setAccessibleName(self.tr("Discard the chosen encounter"))
        self.discard_button.clicked.connect(self.discard_current)
        self.later_button = QToolButton()
        self.later_button.setText(self.tr("Later"))
        self.later_button.setAccessibleName(self.tr("Hide the encounters left open for now"))
        self.later_button.clicked.connect(self.hide)

        self.heading.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.later_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.hide()

    @property
    def draft_ids(self) -> list[uuid.UUID]:
        return [info.draft.id for info in self._infos]

    def show_drafts(self, drafts: Sequence[DraftInfo]) -> None:
        self._infos = list(drafts)
        self._render()

    def add_draft(self, info: DraftInfo) -> None:
        """Offer one more (an encounter set aside for another client), newest first."""
        self._infos = [info, *(known for known in self._infos if known.draft.id != info.draft.id)]
        self._render()

    def forget(self, draft_id: uuid.UUID) -> None:
        """Take a draft off the list (resumed, discarded, or saved elsewhere)."""
        self._infos = [info for info in self._infos if info.draft.id != draft_id]
        self._render()

    def _render(self) -> None:
        self.list.clear()
        for info in self._infos:
            item = QListWidgetItem(draft_description(info))
            item.setData(DRAFT_ROLE, info.draft)
            self.list.addItem(item)
        count = len(self._infos)
        self.heading.setText(self.tr("1 encounter was left open. Resume it, or discard it:") if count == 1 else
                             self.tr("%1 encounters were left open. Resume or discard each:")
                             .replace("%1", whole_number(count)))
        if count:
            self.list.setCurrentRow(0)
            rows = min(count, 3)
            self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth() + 4)
        self.setVisible(bool(count))

    def resume_current(self) -> None:
        draft = self._current()
        if draft is not None:
            self.resume_requested.emit(draft)

    def discard_current(self, *, confirm: bool = True) -> None:
        draft = self._current()
        if draft is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Discard the encounter?"),
                self.tr("Discard the encounter left open (%1)? What was typed in it cannot be recovered.")
                .replace("%1", self.list.currentItem().text()),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.discard_requested.emit(draft.id)

    def _current(self) -> EncounterDraft | None:
        item = self.list.currentItem()
        return None if item is None else item.data(DRAFT_ROLE)
