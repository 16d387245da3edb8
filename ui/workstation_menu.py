"""The Workstation menu: where this workstation serves (counter, phone, an outreach event), the encounter's
keys, and the outreach tally. Alt+W opens it; every entry has a mnemonic."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from app.domain.encounter import EVENT_NAME_MAX_LENGTH, EncounterChannel
from app.errors import NeuvoError
from app.usecases.workstation_mode import WorkstationMode, set_workstation_mode
from app.workstation import Workstation
from ui.app_text import error_text
from ui.encounter_panel import EncounterPanel
from ui.outreach_tally import OutreachTallyDialog


class WorkstationMenu(QObject):
    """Builds the menu into `window`'s menu bar and keeps the mode, the panel and the tally in step."""

    def __init__(self, window: QWidget, workstation: Workstation, panel: EncounterPanel,
                 menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._workstation = workstation
        self._panel = panel
        self.menu = menu
        self.tally: OutreachTallyDialog | None = None

        group = QActionGroup(self)
        group.setExclusive(True)
        self.counter_action = QAction(self.tr("At the &counter"), self)
        self.phone_action = QAction(self.tr("On the &phone"), self)
        self.outreach_action = QAction(self.tr("At an &outreach event…"), self)
        self.outreach_action.setToolTip(self.tr("Name the event; its visitors are tallied under that name."))
        for action, channel in ((self.counter_action, EncounterChannel.COUNTER),
                                (self.phone_action, EncounterChannel.PHONE),
                                (self.outreach_action, EncounterChannel.OUTREACH)):
            action.setCheckable(True)
            group.addAction(action)
            menu.addAction(action)
            action.triggered.connect(lambda _checked=False, chosen=channel: self.choose(chosen))
        menu.addSeparator()
        self.tally_action = QAction(self.tr("Outreach &tally…"), self)
        self.tally_action.setShortcut(QKeySequence("Ctrl+T"))
        self.tally_action.setToolTip(self.tr("Count visitors and their needs at the event, anonymously (Ctrl+T)."))
        self.tally_action.triggered.connect(self.open_tally)
        menu.addAction(self.tally_action)
        window.addAction(self.tally_action)
        menu.addSeparator()
        self.new_encounter_action = panel.new_action
        self.save_encounter_action = QAction(self.tr("&Save encounter (Ctrl+Enter in the panel)"), self)
        self.save_encounter_action.triggered.connect(lambda: panel.save())
        menu.addAction(self.new_encounter_action)
        menu.addAction(self.save_encounter_action)
        self._show(panel.mode)

    def choose(self, channel: EncounterChannel, event_name: str | None = None) -> WorkstationMode | None:
        """Switch the workstation's mode (asking for the event's name for outreach); None when cancelled."""
        if channel is EncounterChannel.OUTREACH and event_name is None:
            event_name, accepted = QInputDialog.getText(
                self._window, self.tr("Outreach event"), self.tr("Name of the event (e.g. Kirjaston digitori):"),
                QLineEdit.EchoMode.Normal, self._panel.mode.event_name or "")
            if not accepted:
                self._show(self._panel.mode)
                return None
        try:
            mode = set_workstation_mode(self._workstation, channel, event_name)
        except NeuvoError as error:
            QMessageBox.warning(self._window, self.tr("Workstation mode"), error_text(error))
            self._show(self._panel.mode)
            return None
        except OSError as error:
            QMessageBox.warning(self._window, self.tr("Workstation mode"),
                                self.tr("The mode could not be kept in the profile (%1); it applies until Neuvo "
                                        "closes.").replace("%1", error.strerror or type(error).__name__))
            mode = WorkstationMode(channel, " ".join((event_name or "").split())[:EVENT_NAME_MAX_LENGTH] or None
                                   if channel is EncounterChannel.OUTREACH else None)
        self._panel.set_mode(mode)
        self._show(mode)
        return mode

    def open_tally(self) -> OutreachTallyDialog | None:
        """The tally for the event this workstation is at; outside outreach mode, say how to get there."""
        mode = self._panel.mode
        if not mode.is_outreach or not mode.event_name:
            QMessageBox.information(self._window, self.tr("Outreach tally"),
                                    self.tr("The tally counts visitors at an outreach event. Choose Workstation → "
                                            "At an outreach event… first and name the event."))
            return None
        if self.tally is not None and self.tally.event_name == mode.event_name:
            self.tally.show()
            self.tally.raise_()
            self.tally.activateWindow()
            self.tally.keypad.setFocus()
            return self.tally
        if self.tally is not None:
            self.tally.close()
        self.tally = OutreachTallyDialog(self._workstation, mode.event_name, parent=self._window)
        self.tally.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tally.destroyed.connect(self._tally_closed)
        self.tally.show()
        return self.tally

    def close_tally(self) -> None:
        if self.tally is not None:
            self.tally.close()

    def _tally_closed(self) -> None:
        self.tally = None

    def _show(self, mode: WorkstationMode) -> None:
        action = {EncounterChannel.PHONE: self.phone_action,
                  EncounterChannel.OUTREACH: self.outreach_action}.get(mode.channel, self.counter_action)
        action.setChecked(True)
        self.outreach_action.setText(self.tr("At an &outreach event: %1…").replace("%1", mode.event_name)
                                     if mode.event_name else self.tr("At an &outreach event…"))
        self.tally_action.setEnabled(True)  # outside outreach it explains how to get there
