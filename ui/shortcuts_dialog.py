"""The F1 cheat sheet: every key of the window, by area, searchable.

Read from the window itself — its actions, shortcuts, buttons with shortcuts, menu titles and labels' Alt keys —
so that it cannot drift from what the keys really do. Only the keys a field handles itself (Enter in the client
search, 1 · 2 · 3 in the needs list, the tally's number keys) are invisible from outside; they are listed here,
next to the code that documents them (docs/keyboard.md says the same).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.call_banner import CallBanner
from ui.client_card import ClientCardView
from ui.encounter_panel import EncounterPanel
from ui.locale_format import whole_number
from ui.service_search_panel import ServiceSearchPanel
from ui.sync_menu import SyncMenu
from ui.workstation_menu import WorkstationMenu


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


@dataclass(frozen=True)
class Shortcut:
    area: str
    keys: str  # as the adviser reads them on this platform: "Ctrl+K", "Alt+N", "1 · 2 · 3"
    what: str
    where: str = ""  # "" anywhere in the window; else the field or panel the key works in


def area_names() -> list[str]:
    """The areas in the order an adviser meets them in a contact."""
    return [_tr("Client"), _tr("Card and consent"), _tr("Call"), _tr("Encounter"), _tr("Services"), _tr("CRM"),
            _tr("Workstation"), _tr("Supervision"), _tr("File"), _tr("Help"), _tr("Window")]


def field_keys() -> list[Shortcut]:
    """Keys a field handles itself (keyPressEvent or an event filter), which no action or shortcut exposes."""
    client, card, encounter = _tr("Client"), _tr("Card and consent"), _tr("Encounter")
    services, workstation, window = _tr("Services"), _tr("Workstation"), _tr("Window")
    search, need_field = _tr("in the client search"), _tr("in the need field")
    return [
        Shortcut(client, _tr("Enter"), _tr("Open the best match; with no match, a new client from what was "
                                           "typed"), search),
        Shortcut(client, _tr("Down"), _tr("Move to the client list"), search),
        Shortcut(client, _tr("Esc"), _tr("Clear the search"), search),
        Shortcut(client, _tr("Enter"), _tr("Open the chosen client's card"), _tr("in the client list")),
        Shortcut(card, _tr("Ctrl+Enter"), _tr("Record the consent"), _tr("in the consent dialog")),
        Shortcut(encounter, _tr("Enter"), _tr("Add the highlighted or best need; in the empty field, the need "
                                              "proposed by the service offered"), need_field),
        Shortcut(encounter, _tr("Down"), _tr("Choose among the need suggestions"), need_field),
        Shortcut(encounter, _tr("1 · 2 · 3"), _tr("Need met · partly met · unmet"), _tr("in the needs list")),
        Shortcut(encounter, _tr("Delete"), _tr("Remove the need"), _tr("in the needs list")),
        Shortcut(encounter, _tr("Enter · Delete"), _tr("Accept · dismiss the proposed need"),
                 _tr("in the proposed needs")),
        Shortcut(encounter, _tr("Delete"), _tr("Remove the service offered"), _tr("in the services offered")),
        Shortcut(services, _tr("Enter · Down"), _tr("Move to the results, the best one chosen"),
                 _tr("in the service search")),
        Shortcut(services, _tr("Esc"), _tr("Clear the service search"), _tr("in the service search")),
        Shortcut(workstation, _tr("1 … 9, then Enter"), _tr("Count a visitor with those needs (Enter alone: "
                                                             "without a need)"), _tr("in the outreach tally")),
        Shortcut(workstation, _tr("Backspace"), _tr("Clear the needs pressed so far"), _tr("in the outreach tally")),
        Shortcut(window, _tr("Tab · Shift+Tab"), _tr("Next · previous field")),
        Shortcut(window, _tr("Esc"), _tr("Close a dialog"), _tr("in a dialog")),
    ]


def collect_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every key of `window`, read from its actions, shortcuts, buttons, menus and labels, plus `field_keys`."""
    found: list[Shortcut] = []
    found += _menu_keys(window)
    for action in window.findChildren(QAction):
        keys = _keys(action.shortcuts())
        if keys and action.text() and not _in_dialog(action, window):
            found.append(Shortcut(_area_of(action, window), keys, _plain(action.text()),
                                  _where(action.shortcutContext(), action.parent(), window)))
    for shortcut in window.findChildren(QShortcut):
        keys = _keys([shortcut.key()])
        if keys and shortcut.whatsThis() and not _in_dialog(shortcut, window):
            found.append(Shortcut(_area_of(shortcut, window), keys, shortcut.whatsThis(),
                                  _where(shortcut.context(), shortcut.parent(), window)))
    for button in window.findChildren(QAbstractButton):
        # Set with setShortcut, or the Alt key of a mnemonic in its text ("Save anon&ymously").
        keys = _keys([button.shortcut()])
        if keys and not _in_dialog(button, window):
            # A button's own key (Ctrl+K) is explained by its tooltip; a mnemonic's by the button's name.
            what = _sentence(button.toolTip()) if not _mnemonic(button.text()) else ""
            found.append(Shortcut(_area_of(button, window), keys,
                                  what or _plain(button.accessibleName() or button.text())))
    for label in window.findChildren(QLabel):
        letter = _mnemonic(label.text())
        buddy = label.buddy()
        if letter and buddy is not None and not _in_dialog(label, window):
            found.append(Shortcut(_area_of(buddy, window), f"Alt+{letter}",
                                  _tr("Go to “%1”").replace("%1", _plain(label.text()).rstrip(":"))))
    found += field_keys()
    return _sorted(_unique(found))


def _menu_keys(window: QMainWindow) -> list[Shortcut]:
    keys = []
    for action in window.menuBar().actions():
        letter = _mnemonic(action.text())
        if letter and action.menu() is not None:
            title = _plain(action.text())
            keys.append(Shortcut(_area_for_menu(title), f"Alt+{letter}",
                                 _tr("Open the %1 menu").replace("%1", title)))
    return keys


def _in_dialog(thing: QObject, window: QMainWindow) -> bool:
    """Part of a dialog the window has open (its keys are the dialog's, not the window's)."""
    node = thing.parent()
    while node is not None and node is not window:
        if isinstance(node, QDialog):
            return True
        node = node.parent()
    return False


def _area_of(thing: QObject, window: QMainWindow) -> str:
    owners = {ClientCardView: _tr("Card and consent"), CallBanner: _tr("Call"), EncounterPanel: _tr("Encounter"),
              ServiceSearchPanel: _tr("Services"), SyncMenu: _tr("CRM"), WorkstationMenu: _tr("Workstation")}
    node: QObject | None = thing
    while node is not None and node is not window:
        for kind, area in owners.items():
            if isinstance(node, kind):
                return area
        node = node.parent()
    if isinstance(thing, QAction):
        for menu in thing.associatedObjects():
            if isinstance(menu, QMenu) and menu.title():
                return _area_for_menu(_plain(menu.title()))
    if isinstance(thing, QWidget) and thing in (getattr(window, "search_field", None),
                                                getattr(window, "client_list", None)):
        return _tr("Client")
    return _tr("Window")


def _area_for_menu(title: str) -> str:
    return title if title in area_names() else _tr("Window")


def _where(context: Qt.ShortcutContext, owner: QObject | None, window: QMainWindow) -> str:
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return ""
    while owner is not None and owner is not window:
        if isinstance(owner, QWidget) and owner.accessibleName():
            return _tr("in “%1”").replace("%1", owner.accessibleName())
        owner = owner.parent()
    return ""


def _keys(sequences: Iterable[QKeySequence]) -> str:
    texts = [sequence.toString(QKeySequence.SequenceFormat.NativeText) for sequence in sequences]
    return " · ".join(text for text in texts if text)


def _mnemonic(text: str) -> str:
    match = re.search(r"(?<!&)&([^&\s])", text)
    return match.group(1).upper() if match else ""


def _sentence(tooltip: str) -> str:
    """A tooltip's first line without its "(Ctrl+K)." ending: "Grant, refuse or withdraw a consent"."""
    first = tooltip.strip().splitlines()[0] if tooltip.strip() else ""
    return re.sub(r"\s*\([^()]*\)\.?$|\.$", "", first).strip()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "").strip()


def _unique(found: list[Shortcut]) -> list[Shortcut]:
    """One line per command: keys doing the same thing in the same place are joined (Ctrl+Return · Ctrl+Enter)."""
    merged: dict[tuple[str, str, str], Shortcut] = {}
    for item in found:
        key = (item.area, item.what, item.where)
        earlier = merged.get(key)
        if earlier is None:
            merged[key] = item
        elif item.keys not in earlier.keys.split(" · "):
            merged[key] = Shortcut(item.area, f"{earlier.keys} · {item.keys}", item.what, item.where)
    return list(merged.values())


def _sorted(found: list[Shortcut]) -> list[Shortcut]:
    order = {name: position for position, name in enumerate(area_names())}
    return sorted(found, key=lambda item: (order.get(item.area, len(order)), item.where != "", item.where))


def clashes(found: Iterable[Shortcut]) -> dict[str, list[Shortcut]]:
    """Keys bound to more than one command anywhere in the window (where == ""): Qt runs neither of them."""
    anywhere: dict[str, list[Shortcut]] = {}
    for item in found:
        if item.where:
            continue
        for keys in item.keys.split(" · "):
            anywhere.setdefault(keys, []).append(item)
    return {keys: items for keys, items in anywhere.items() if len(items) > 1}


class ShortcutsDialog(QDialog):
    """Non-modal beside the window; typing filters by key, command or area; Esc closes."""

    def __init__(self, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.windowTitle())
        self.shortcuts = shortcuts

        self.filter_field = QLineEdit()
        self.filter_field.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter_field.setPlaceholderText(self.tr("Type a key, a word or an area: ctrl+k, need, consent…"))
        self.filter_field.setClearButtonEnabled(True)
        self.filter_field.installEventFilter(self)
        filter_label = QLabel(self.tr("&Find:"))
        filter_label.setBuddy(self.filter_field)

        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Area"), self.tr("Keys"), self.tr("What it does"),
                                              self.tr("Where")])
        for item in shortcuts:
            row = [QStandardItem(text) for text in (item.area, item.keys, item.what, item.where)]
            for cell in row:
                cell.setEditable(False)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_field.textChanged.connect(self.proxy.setFilterFixedString)
        self.filter_field.textChanged.connect(lambda _text: self._show_count())

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Shortcuts"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Shortcuts shown"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close the shortcuts"))

        search_row = QHBoxLayout()
        search_row.addWidget(filter_label)
        search_row.addWidget(self.filter_field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(buttons)
        layout.addLayout(footer)
        self._show_count()
        self.resize(820, 620)
        self.filter_field.setFocus()

    def visible_rows(self) -> list[Shortcut]:
        return [self.shortcuts[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
                for row in range(self.proxy.rowCount())]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter_field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Down and self.proxy.rowCount()):
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _show_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2 shown").replace("%1", whole_number(shown))
                                 .replace("%2", whole_number(total))
                                 if shown != total else self.tr("%1 shortcuts").replace("%1", whole_number(total)))
