"""Finding a service for the client in front of the adviser: search as you type, filters, the chosen service's
details, the hand-over (clipboard, PDF, printer) in the client's language, and offering it to the client.

Searches run in a worker, debounced; an answer overtaken by a newer query is dropped. The open client's language
and municipality (from the card) choose the result language and boost services given there.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.opening_hours import OpenState
from app.errors import NeuvoError
from app.search.service_query import MAX_QUERY_CHARACTERS, MAX_QUERY_WORDS
from app.search.service_text import words
from app.usecases.search_services import (
    ServiceDetails,
    ServiceFilters,
    ServiceSearchResult,
    catalogue_size,
    search_services,
    service_details,
)
from app.usecases.service_filter_choices import ServiceFilterChoices, service_filter_choices
from app.usecases.service_handover import ServiceHandover, service_handover
from app.usecases.service_opening import opening_summaries
from app.workstation import Workstation
from ui.accessibility import announce
from ui.app_text import error_text
from ui.client_list_model import language_name
from ui.locale_format import whole_number
from ui.service_details_view import ServiceDetailsView
from ui.service_filters import ServiceFiltersBar
from ui.service_handover import choose_pdf_file, copy_to_clipboard, print_handover, write_pdf
from ui.service_result_delegate import ServiceResultDelegate
from ui.service_result_model import ServiceResultModel
from ui.ui_language import UI_LANGUAGE_PROPERTY
from ui.workers import run_in_background

SEARCH_DEBOUNCE_MS = 200
RESULT_LIMIT = 30
RESULT_LANGUAGES = ("fi", "sv", "en")
# Characters and words FTS5 would read as syntax; the search reads them as plain text, and says so.
_SYNTAX = re.compile(r'["*^():{}+\-]|\b(AND|OR|NOT|NEAR)\b')


@dataclass(frozen=True)
class _Answer:
    generation: int
    result: ServiceSearchResult
    states: dict[str, OpenState]
    catalogue_size: int


def default_result_language() -> str:
    """The window's language when a catalogue set one, else Finnish (every PTV service has Finnish texts)."""
    application = QCoreApplication.instance()
    language = application.property(UI_LANGUAGE_PROPERTY) if application is not None else None
    return language if language in RESULT_LANGUAGES else "fi"


class ServiceSearchPanel(QWidget):
    # The adviser offered this service to the client: (PTV id, its service class codes). The encounter records it.
    service_offered = Signal(str, list)
    # After each answer is shown (tests and the status bar wait on it): the number of results.
    results_shown = Signal(int)
    details_shown = Signal(str)  # PTV id of the service now in the details view

    def __init__(self, workstation: Workstation, pool: QThreadPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._pool = pool
        self._generation = 0
        self._details_generation = 0
        self._choices_language: str | None = None
        self._client: tuple[str, str | None] | None = None  # (language, municipality code)
        self._offered: set[str] = set()
        self.catalogue_size: int | None = None
        self.last_result: ServiceSearchResult | None = None
        self.last_handover: ServiceHandover | None = None
        # Replaceable so tests can name the PDF without a native dialog.
        self.choose_pdf_file: Callable[[QWidget, Path], Path | None] = choose_pdf_file
        self.setAccessibleName(self.tr("Service search"))

        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("A need or a service: toimeentulotuki, bostadsbidrag, debt…"))
        self.search_field.setAccessibleName(self.tr("Find a service"))
        self.search_field.setToolTip(self.tr("Type what the client needs, in Finnish, Swedish or English; "
                                             "inflected forms and everyday words work.\nDown moves to the results; "
                                             "Esc clears. F3 comes back here."))
        self.search_field.setMaxLength(MAX_QUERY_CHARACTERS + 100)
        self.search_field.setClearButtonEnabled(True)
        self.search_field.installEventFilter(self)

        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the results"))
        self.language_box.setToolTip(self.tr("Names and descriptions in this language (the client's, when a card "
                                             "is open). The hand-over is always in the client's language."))
        for code in RESULT_LANGUAGES:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setCurrentIndex(RESULT_LANGUAGES.index(default_result_language()))

        self.filters_button = QToolButton()
        self.filters_button.setCheckable(True)
        self.filters_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filters_button.setArrowType(Qt.ArrowType.RightArrow)
        self.filters_button.setText(self.tr("F&ilters"))
        self.filters_button.setAccessibleName(self.tr("Show filters"))
        self.filters_button.toggled.connect(self._toggle_filters)
        self.filter_summary = QLabel()
        self.filter_summary.setAccessibleName(self.tr("Filters in use"))
        self.filter_summary.setWordWrap(True)
        self.filters = ServiceFiltersBar()
        self.filters.hide()

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Search note"))
        self.note.hide()

        self.model = ServiceResultModel(self)
        self.result_list = QListView()
        self.result_list.setModel(self.model)
        self.result_list.setItemDelegate(ServiceResultDelegate(self.result_list))
        self.result_list.setAccessibleName(self.tr("Services found"))
        self.result_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.result_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.result_list.setUniformItemSizes(True)
        self.result_list.setAlternatingRowColors(True)
        self.result_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.result_list.selectionModel().currentChanged.connect(lambda current, _previous: self._load_details())
        self.details_view = ServiceDetailsView()

        self._build_actions()
        self._build_layout()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.search_now)
        self.search_field.textChanged.connect(self._search_timer.start)
        self.language_box.currentIndexChanged.connect(self._language_changed)
        self.filters.changed.connect(self._filters_changed)
        self._update_filter_summary()
        self._update_actions()
        self.refresh()

    # --- public ----------------------------------------------------------------------------------------------------

    @property
    def language(self) -> str:
        return self.language_box.currentData()

    @property
    def handover_language(self) -> str:
        """The client's language when a card is open, else the language the results are shown in."""
        return self._client[0] if self._client and self._client[0] in RESULT_LANGUAGES else self.language

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def set_client(self, language: str | None, municipality_code: str | None) -> None:
        """The client whose card is open: results in their language, services given in their area first."""
        self._client = (language or "", municipality_code) if (language or municipality_code) else None
        if language in RESULT_LANGUAGES and language != self.language:
            self.language_box.setCurrentIndex(RESULT_LANGUAGES.index(language))  # searches again
        else:
            self.search_now()
        self._update_actions()

    def clear_client(self) -> None:
        self._client = None
        self.search_now()
        self._update_actions()

    def set_offered(self, ptv_ids) -> None:
        """Mark the services offered in the current encounter (the main window passes the encounter's list)."""
        self._offered = set(ptv_ids)
        self.model.set_offered(self._offered)

    def clear_offered(self) -> None:
        self.set_offered(())

    @property
    def offered(self) -> frozenset[str]:
        return frozenset(self._offered)

    def refresh(self) -> None:
        """Read the filter choices and search again (after an import, or at start)."""
        self._choices_language = None
        self._load_choices()
        self.search_now()

    def search_now(self) -> None:
        """Search with what is typed and filtered, in a worker; a newer search drops this one's answer."""
        self._search_timer.stop()
        self._generation += 1
        generation = self._generation
        query = self.search_field.text()
        language = self.language
        filters = self.filters.filters()
        municipality = self._client[1] if self._client else None
        client_language = self._client[0] if self._client else None
        workstation = self._workstation
        searching = bool(query.strip()) or filters != ServiceFilters()

        def work() -> _Answer:
            size = catalogue_size(workstation)
            if not searching or size == 0:
                return _Answer(generation, ServiceSearchResult(query, language, ()), {}, size)
            now = datetime.now(UTC)
            result = search_services(workstation, query, language=language, filters=filters,
                                     client_municipality=municipality, client_language=client_language,
                                     limit=RESULT_LIMIT, at=now)
            states = opening_summaries(workstation, [hit.ptv_id for hit in result.hits], now)
            return _Answer(generation, result, states, size)

        run_in_background(self._pool, self, work, self._show_answer, lambda message: self._failed(generation, message))

    def selected_ptv_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.result_list.selectionModel().selectedIndexes())
        ids = [ptv_id for row in rows if (ptv_id := self.model.ptv_id(row))]
        if not ids and (current := self.model.ptv_id(self.result_list.currentIndex().row())):
            ids = [current]
        return ids

    def select_service(self, ptv_id: str) -> bool:
        row = self.model.row_of(ptv_id)
        if row < 0:
            return False
        self.result_list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    # --- hand-over and offering ------------------------------------------------------------------------------------

    def handover(self) -> ServiceHandover | None:
        """The selected services' hand-over in the client's language (a few small reads: on the UI thread)."""
        ids = self.selected_ptv_ids()
        if not ids:
            self._show_note(self.tr("Choose a service in the results first."))
            return None
        try:
            self.last_handover = service_handover(self._workstation, ids, self.handover_language)
        except NeuvoError as error:
            self._show_note(error_text(error))
            return None
        return self.last_handover

    def copy_handover(self) -> None:
        handover = self.handover()
        if handover is None:
            return
        copy_to_clipboard(handover)
        self._show_note(self.tr("Copied the hand-over of %1 services in %2 to the clipboard.")
                        .replace("%1", whole_number(len(handover.services)))
                        .replace("%2", language_name(handover.language)))

    def save_handover_pdf(self) -> Path | None:
        handover = self.handover()
        if handover is None:
            return None
        first = handover.services[0].name
        safe = re.sub(r'[\\/:*?"<>|]+', " ", first).strip()[:60] or "services"
        destination = self.choose_pdf_file(self, Path.home() / f"{safe}.pdf")
        if destination is None:
            return None
        try:
            pages = write_pdf(handover, destination)
        except OSError as error:
            self._show_note(self.tr("The PDF could not be saved: %1. Choose another folder.")
                            .replace("%1", error.strerror or type(error).__name__))
            return None
        if not destination.is_file() or destination.stat().st_size == 0:
            self._show_note(self.tr("The PDF could not be written to %1. Choose another folder.")
                            .replace("%1", str(destination)))
            return None
        note = self.tr("Saved the hand-over to %1.").replace("%1", str(destination))
        if pages > 1:
            note += " " + self.tr("It did not fit on one page: hand over fewer services at a time.")
        self._show_note(note)
        return destination

    def print_handover(self) -> None:
        handover = self.handover()
        if handover is not None and print_handover(handover, self):
            self._show_note(self.tr("Sent the hand-over to the printer."))

    def offer_selected(self) -> None:
        """Emit `service_offered` for each selected service, with its service classes for the encounter's needs."""
        ids = self.selected_ptv_ids()
        if not ids:
            self._show_note(self.tr("Choose a service in the results first."))
            return
        names = []
        for ptv_id in ids:
            details = self._shown_details(ptv_id)
            if details is None:
                continue
            self._offered.add(ptv_id)
            names.append(details.name.text)
            self.service_offered.emit(ptv_id, [code.code for code in details.service.service_classes])
        self.model.set_offered(self._offered)
        if names:
            self._show_note(self.tr("Offered to the client: %1.").replace("%1", ", ".join(names)))

    def _shown_details(self, ptv_id: str) -> ServiceDetails | None:
        shown = self.details_view.details
        if shown is not None and shown.service.ptv_id == ptv_id:
            return shown
        return service_details(self._workstation, ptv_id, self.language)

    # --- building --------------------------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str | None, tip: str, slot) -> QAction:
            made = QAction(text, self)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
                made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.setToolTip(tip)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        # Ctrl+O, not Alt+O: Alt+O is the encounter's Outcome field.
        self.offer_action = action(self.tr("Offer to client"), "Ctrl+O",
                                   self.tr("Mark the selected services as offered in this encounter (Ctrl+O)."),
                                   self.offer_selected)
        self.copy_action = action(self.tr("Copy"), "Ctrl+Shift+C",
                                  self.tr("Copy the selected services' contact details in the client's language "
                                          "(Ctrl+Shift+C)."), self.copy_handover)
        self.pdf_action = action(self.tr("PDF…"), "Ctrl+Shift+D",
                                 self.tr("Save a one-page hand-over as PDF (Ctrl+Shift+D)."), self.save_handover_pdf)
        self.print_action = action(self.tr("Print…"), "Ctrl+Shift+P",
                                   self.tr("Print a one-page hand-over for the client (Ctrl+Shift+P)."),
                                   self.print_handover)

    def _build_layout(self) -> None:
        search_row = QHBoxLayout()
        # No mnemonic: Alt+S is the Supervision menu's; F3 and Ctrl+Shift+F come here from anywhere.
        search_label = QLabel(self.tr("Service:"))
        search_label.setBuddy(self.search_field)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_field, 1)
        language_label = QLabel(self.tr("in"))
        language_label.setBuddy(self.language_box)
        search_row.addWidget(language_label)
        search_row.addWidget(self.language_box)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filters_button)
        filter_row.addWidget(self.filter_summary, 1)

        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.setSpacing(4)
        results_layout.addWidget(self.result_list, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.offer_button = self._button(self.offer_action, self.tr("Offer to client"), primary=True)
        self.copy_button = self._button(self.copy_action, self.tr("Copy the hand-over"))
        self.pdf_button = self._button(self.pdf_action, self.tr("Save the hand-over as PDF"))
        self.print_button = self._button(self.print_action, self.tr("Print the hand-over"))
        buttons.addWidget(self.offer_button)
        buttons.addStretch(1)
        handover_label = QLabel(self.tr("Hand-over:"))
        buttons.addWidget(handover_label)
        for button in (self.copy_button, self.pdf_button, self.print_button):
            buttons.addWidget(button)
        results_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.setHandleWidth(8)
        splitter.addWidget(results)
        splitter.addWidget(self.details_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 340])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(search_row)
        layout.addLayout(filter_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        QWidget.setTabOrder(self.search_field, self.language_box)
        QWidget.setTabOrder(self.language_box, self.filters_button)
        QWidget.setTabOrder(self.filters_button, self.result_list)

    def _button(self, action: QAction, accessible_name: str, *, primary: bool = False) -> QPushButton:
        # The action's shortcut is the one; no mnemonics on these buttons (Alt+O, Alt+C … are taken nearby).
        button = QPushButton(action.text())
        button.setToolTip(action.toolTip())
        button.setAccessibleName(accessible_name)
        button.clicked.connect(action.trigger)
        if primary:
            font = QFont(button.font())
            font.setBold(True)
            button.setFont(font)
        return button

    # --- behaviour -------------------------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and self.search_field.text():
                self.search_field.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive():
                    self.search_now()
                self._focus_results()
                return True
        return super().eventFilter(watched, event)

    def _focus_results(self) -> None:
        self.result_list.setFocus()
        if not self.result_list.currentIndex().isValid() and self.model.rowCount():
            self.select_service(self.model.ptv_id(0) or "")

    def _toggle_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        self.filters_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.filters_button.setAccessibleName(self.tr("Hide filters") if shown else self.tr("Show filters"))
        if shown:
            self.filters.service_class_box.setFocus()

    def _filters_changed(self) -> None:
        self._update_filter_summary()
        self.search_now()

    def _update_filter_summary(self) -> None:
        summary = self.filters.summary()
        self.filter_summary.setText(self.tr("Filtered: %1").replace("%1", summary) if summary
                                    else self.tr("No filters"))

    def _language_changed(self) -> None:
        self._load_choices()
        self.search_now()
        self._load_details()

    def _load_choices(self) -> None:
        language = self.language
        if language == self._choices_language:
            return
        self._choices_language = language
        workstation = self._workstation

        def work() -> tuple[str, ServiceFilterChoices]:
            return language, service_filter_choices(workstation, language)

        run_in_background(self._pool, self, work, self._show_choices,
                          lambda message: self._show_note(self.tr("The filter lists could not be read: %1")
                                                          .replace("%1", message)))

    def _show_choices(self, answer: tuple[str, ServiceFilterChoices]) -> None:
        language, choices = answer
        if language == self.language:
            self.filters.set_choices(choices)
            self._update_filter_summary()

    def _show_answer(self, answer: _Answer) -> None:
        if answer.generation != self._generation:
            return  # a newer query is on its way
        self.catalogue_size = answer.catalogue_size
        self.last_result = answer.result
        current = self.model.ptv_id(self.result_list.currentIndex().row())
        self.model.set_hits(answer.result.hits, answer.states)
        self.model.set_offered(self._offered)
        if current and self.model.row_of(current) >= 0:
            self.select_service(current)
        elif self.result_list.hasFocus() and self.model.rowCount():
            self.select_service(self.model.ptv_id(0) or "")  # Down or Enter was pressed before the answer came
        self._show_search_note(answer)
        self._update_actions()
        self.results_shown.emit(len(answer.result.hits))

    def _show_search_note(self, answer: _Answer) -> None:
        result = answer.result
        query = result.query.strip()
        if answer.catalogue_size == 0:
            self._show_note(self.tr("The service catalogue is empty. Import it with File → Import services… "
                                    "(PTV JSON files from Suomi.fi)."))
            return
        lines = []
        if _SYNTAX.search(query):
            lines.append(self.tr("Quotes, stars, brackets and words like OR or NEAR are read as plain words."))
        if len(query) > MAX_QUERY_CHARACTERS or len(words(query)) > MAX_QUERY_WORDS:
            lines.append(self.tr("Only the first %1 words are searched.").replace("%1", str(MAX_QUERY_WORDS)))
        if result.notes:
            lines.append(self.tr("Also searched: %1").replace("%1", "; ".join(result.notes)))
        if not result.hits and (query or self.filters.summary()):
            lines.append(self.tr("No service matches. Try another word, or clear the filters."))
        if not query and not self.filters.summary():
            lines.append(self.tr("Type what the client needs; %1 services in the catalogue.")
                         .replace("%1", whole_number(answer.catalogue_size)))
        if lines:
            self._show_note("\n".join(lines))
        else:
            self.note.hide()

    def _failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._show_note(self.tr("The search failed: %1").replace("%1", message))

    def _show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.show()
        announce(self.note, text)

    def _load_details(self) -> None:
        ptv_id = self.model.ptv_id(self.result_list.currentIndex().row())
        self._update_actions()
        if not ptv_id:
            self.details_view.show_instruction(self.tr("Choose a service from the results to see how to reach it."))
            return
        self._details_generation += 1
        generation = self._details_generation
        language = self.language
        workstation = self._workstation

        def work() -> tuple[int, ServiceDetails | None]:
            return generation, service_details(workstation, ptv_id, language)

        run_in_background(self._pool, self, work, self._show_details,
                          lambda message: self.details_view.show_instruction(message))

    def _show_details(self, answer: tuple[int, ServiceDetails | None]) -> None:
        generation, details = answer
        if generation != self._details_generation:
            return
        if details is None:
            self.details_view.show_instruction(self.tr("This service is no longer in the catalogue."))
            return
        self.details_view.show_details(details)
        self.details_shown.emit(details.service.ptv_id)

    def _update_actions(self) -> None:
        chosen = self.result_list.currentIndex().isValid()
        for action in (self.offer_action, self.copy_action, self.pdf_action, self.print_action):
            action.setEnabled(chosen)
        for button in (self.offer_button, self.copy_button, self.pdf_button, self.print_button):
            button.setEnabled(chosen)
        language = language_name(self.handover_language)
        for button, action in ((self.copy_button, self.copy_action), (self.pdf_button, self.pdf_action),
                               (self.print_button, self.print_action)):
            button.setToolTip(action.toolTip() + "\n" + self.tr("Hand-over in %1.").replace("%1", language))
