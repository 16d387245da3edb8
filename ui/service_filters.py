"""The service search's filters: service class, life event, target group, area, language the service is given
in, channel kind and open now — compact, every one reachable by keyboard, with a summary in words of what is on."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.domain.service import ChannelKind
from app.usecases.search_services import ServiceFilters
from app.usecases.service_filter_choices import FilterChoice, ServiceFilterChoices
from ui.client_list_model import language_name


class CodeChoiceBox(QComboBox):
    """One code out of a long code list, found by typing any part of its label ("vuokra" finds
    "Asuminen › Vuokra-asuminen"). The first entry means no narrowing."""

    def __init__(self, any_text: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._any_text = any_text
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setAccessibleName(accessible_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(6)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.lineEdit().setPlaceholderText(any_text)
        self.lineEdit().editingFinished.connect(self._settle_typed_text)
        self.set_choices(())

    def set_choices(self, choices: tuple[FilterChoice, ...]) -> None:
        chosen = self.code()
        self.blockSignals(True)
        self.clear()
        self.addItem(self._any_text, None)
        for choice in choices:
            self.addItem(choice.label, choice.code)
        index = self.findData(chosen) if chosen else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def code(self) -> str | None:
        return self.currentData()

    def set_code(self, code: str | None) -> None:
        self.setCurrentIndex(max(self.findData(code), 0) if code else 0)

    def _settle_typed_text(self) -> None:
        """Typed text that names no entry falls back to the entry chosen before, so the box never lies."""
        text = self.currentText().strip()
        if not text:
            self.setCurrentIndex(0)
            return
        exact = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            self.setCurrentIndex(exact)
            return
        self.setEditText(self.itemText(self.currentIndex()))


class ServiceFiltersBar(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Service filters"))
        self.service_class_box = CodeChoiceBox(self.tr("Any service class"), self.tr("Service class"))
        self.life_event_box = CodeChoiceBox(self.tr("Any life event"), self.tr("Life event"))
        self.target_group_box = CodeChoiceBox(self.tr("Any target group"), self.tr("Target group"))
        self.area_box = CodeChoiceBox(self.tr("Any area"), self.tr("Area (municipality)"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language the service is given in"))
        self.language_box.addItem(self.tr("Any language"), None)
        for code in ("fi", "sv", "en"):
            self.language_box.addItem(language_name(code), code)
        self.visit_box = QCheckBox(self.tr("&Visit"))
        self.phone_box = QCheckBox(self.tr("&Phone"))
        self.online_box = QCheckBox(self.tr("On&line"))
        self.open_now_box = QCheckBox(self.tr("Op&en now"))
        self.visit_box.setToolTip(self.tr("Services with a place to visit."))
        self.phone_box.setToolTip(self.tr("Services with a phone service."))
        self.online_box.setToolTip(self.tr("Services with an online service or web page."))
        self.open_now_box.setToolTip(self.tr("Services with a place to visit or a phone service open right now."))
        for box, name in ((self.visit_box, self.tr("Channel: visit")), (self.phone_box, self.tr("Channel: phone")),
                          (self.online_box, self.tr("Channel: online")), (self.open_now_box, self.tr("Open now"))):
            box.setAccessibleName(name)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Show services of every class, area and kind again."))
        self.clear_button.clicked.connect(self.clear)

        # Alt keys chosen not to clash with the window's (menus C F H R S W; encounter N O M G Y; the client
        # search's Ctrl+F); where every letter of a label was taken, none: Tab reaches the field.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        # One list per row: the labels are long ("Asuminen › Vuokra-asuminen") and the dock is narrow.
        rows = ((self.tr("Cl&ass:"), self.service_class_box), (self.tr("Life event:"), self.life_event_box),
                (self.tr("&Target group:"), self.target_group_box), (self.tr("M&unicipality:"), self.area_box),
                (self.tr("Given in:"), self.language_box))
        for row, (text, widget) in enumerate(rows):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1, 1, 2 if widget is not self.language_box else 1)
        kinds = QHBoxLayout()
        kinds.setSpacing(10)
        for box in (self.visit_box, self.phone_box, self.online_box, self.open_now_box):
            kinds.addWidget(box)
        kinds.addStretch(1)
        kinds.addWidget(self.clear_button)
        grid.addLayout(kinds, len(rows), 0, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 2)

        for box in (self.service_class_box, self.life_event_box, self.target_group_box, self.area_box,
                    self.language_box):
            box.currentIndexChanged.connect(self.changed)
        for check in (self.visit_box, self.phone_box, self.online_box, self.open_now_box):
            check.toggled.connect(self.changed)

    def set_choices(self, choices: ServiceFilterChoices) -> None:
        self.service_class_box.set_choices(choices.service_classes)
        self.life_event_box.set_choices(choices.life_events)
        self.target_group_box.set_choices(choices.target_groups)
        self.area_box.set_choices(choices.municipalities)

    def filters(self) -> ServiceFilters:
        def one(code: str | None) -> frozenset[str]:
            return frozenset({code}) if code else frozenset()

        kinds = {kind for kind, box in ((ChannelKind.VISIT, self.visit_box), (ChannelKind.PHONE, self.phone_box),
                                        (ChannelKind.ONLINE, self.online_box)) if box.isChecked()}
        return ServiceFilters(service_classes=one(self.service_class_box.code()),
                              life_events=one(self.life_event_box.code()),
                              target_groups=one(self.target_group_box.code()),
                              municipalities=one(self.area_box.code()),
                              languages=one(self.language_box.currentData()),
                              channel_kinds=frozenset(kinds), open_now=self.open_now_box.isChecked())

    def summary(self) -> str:
        """What is filtered on, in words ("Asuminen · Vaasa · phone · open now"); empty when nothing is."""
        parts = [box.currentText() for box in (self.service_class_box, self.life_event_box, self.target_group_box,
                                               self.area_box) if box.code()]
        if self.language_box.currentData():
            parts.append(self.tr("given in %1").replace("%1", self.language_box.currentText().lower()))
        parts += [word for box, word in ((self.visit_box, self.tr("visit")), (self.phone_box, self.tr("phone")),
                                         (self.online_box, self.tr("online"))) if box.isChecked()]
        if self.open_now_box.isChecked():
            parts.append(self.tr("open now"))
        return " · ".join(parts)

    def clear(self) -> None:
        """Every filter off, with one `changed` at the end rather than one per box."""
        self.blockSignals(True)
        for box in (self.service_class_box, self.life_event_box, self.target_group_box, self.area_box):
            box.set_code(None)
        self.language_box.setCurrentIndex(0)
        for check in (self.visit_box, self.phone_box, self.online_box, self.open_now_box):
            check.setChecked(False)
        self.blockSignals(False)
        self.changed.emit()
