"""The situational picture [tilannekuva] for supervisors: needs and unmet needs by week, channel, place, area and
age band, the top needs and signals, and their trends — counts only, never a person.

Every picture is computed in a worker (at a million encounters a combination of several filters takes seconds);
a newer request supersedes one still running and its late answer is dropped. Enter or a double-click on a row
narrows the picture to it, and the other tables then show that row broken down by their own dimension. The use
case checks the role and audits every look; counts below k are hidden on screen as in the export.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.encounter import AgeBand, EncounterChannel
from app.usecases.export_aggregates import DEFAULT_K
from app.usecases.situational_picture import (
    DEFAULT_WEEKS,
    Dimension,
    NeedChoice,
    PictureFilter,
    SituationalPicture,
    counts_the_encounters,
    need_choices,
    situational_picture,
)
from app.workstation import Workstation
from ui.aggregate_export_dialog import AggregateExportDialog, fill_week_box
from ui.locale_format import decimal
from ui.record_table import prepare_record_table
from ui.situational_picture_charts import NeedsByWeekChart, TopNeedsTrendChart, TopUnmetChart
from ui.situational_picture_models import (
    PictureTableModel,
    age_band_label,
    area_label,
    breakdown_model,
    channel_label,
    count_text,
    need_model,
    outcome_model,
    place_label,
    signal_model,
    week_choices,
    week_label,
    week_model,
)
from ui.ui_language import ui_language
from ui.workers import run_in_background

NEED = "need"  # the drill-down key of the need tables (not a Dimension: a need narrows by its code)
WEEK = "week"


class SituationalPictureWindow(QDialog):
    picture_shown = Signal(object)  # the SituationalPicture now on screen

    def __init__(self, workstation: Workstation, parent: QWidget | None = None, *, today: date | None = None,
                 k: int = DEFAULT_K) -> None:
        super().__init__(parent)
        self._workstation = workstation
        self._workers = QThreadPool(self)
        self._today = today or date.today()
        self._generation = 0
        self.k = k
        self.picture: SituationalPicture | None = None
        self.computing = False
        self.setWindowTitle(self.tr("Situational picture"))
        self.resize(1280, 800)

        weeks = week_choices(self._today)
        self.first_week = fill_week_box(QComboBox(), weeks, weeks[DEFAULT_WEEKS - 1], self.tr("First week"))
        self.last_week = fill_week_box(QComboBox(), weeks, weeks[0], self.tr("Last week"))
        self.channel_box = self._choice_box(self.tr("Channel"), self.tr("All channels"),
                                            [(c.value, channel_label(c.value)) for c in EncounterChannel])
        self.place_box = self._choice_box(self.tr("Service point or event"), self.tr("All places"), [])
        self.area_box = self._choice_box(self.tr("Area"), self.tr("All areas"), [])
        self.age_box = self._choice_box(self.tr("Age band"), self.tr("All ages"),
                                        [(b.value, age_band_label(b.value)) for b in AgeBand])
        self.need_box = self._choice_box(self.tr("Need"), self.tr("All needs"), [])
        self.boxes = {Dimension.CHANNEL: self.channel_box, Dimension.PLACE: self.place_box,
                      Dimension.AREA: self.area_box, Dimension.AGE_BAND: self.age_box}
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setDefault(True)
        self.show_button.setAccessibleName(self.tr("Show the picture for this filter"))
        self.show_button.clicked.connect(self.refresh)
        self.clear_button = QPushButton(self.tr("&All of the city"))
        self.clear_button.setToolTip(self.tr("Clear the channel, place, area, age band and need (keeps the weeks)."))
        self.clear_button.clicked.connect(self.clear_filter)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Situational picture status"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Situational picture totals"))
        font = QFont(self.summary.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.summary.setFont(font)

        self.week_chart = NeedsByWeekChart()
        self.trend_chart = TopNeedsTrendChart()
        self.unmet_chart = TopUnmetChart()
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setAccessibleName(self.tr("Charts"))
        self.chart_tabs.addTab(self.week_chart, self.tr("Needs by week"))
        self.chart_tabs.addTab(self.trend_chart, self.tr("Top needs over time"))
        self.chart_tabs.addTab(self.unmet_chart, self.tr("Most often unmet"))

        self.models: dict[str, PictureTableModel] = {
            WEEK: week_model(self),
            Dimension.CHANNEL.value: breakdown_model(self.tr("Channel"), lambda r: channel_label(r.key), self),
            Dimension.PLACE.value: breakdown_model(self.tr("Service point or event"),
                                                   lambda r: place_label(r.key, r.label), self),
            Dimension.AREA.value: breakdown_model(self.tr("Area"), lambda r: area_label(r.key, r.label), self),
            Dimension.AGE_BAND.value: breakdown_model(self.tr("Age band"), lambda r: age_band_label(r.key), self),
            "top_needs": need_model(self),
            "top_unmet": need_model(self),
            "signals": signal_model(self),
            "outcomes": outcome_model(self),
        }
        self.tables: dict[str, QTableView] = {}
        self.table_tabs = QTabWidget()
        self.table_tabs.setAccessibleName(self.tr("Tables"))
        for name, title, drill in (
                (WEEK, self.tr("Weeks"), WEEK), (Dimension.CHANNEL.value, self.tr("Channels"), Dimension.CHANNEL),
                (Dimension.PLACE.value, self.tr("Places"), Dimension.PLACE),
                (Dimension.AREA.value, self.tr("Areas"), Dimension.AREA),
                (Dimension.AGE_BAND.value, self.tr("Age bands"), Dimension.AGE_BAND),
                ("top_needs", self.tr("Top needs"), NEED), ("top_unmet", self.tr("Unmet"), NEED),
                ("signals", self.tr("Signals"), None), ("outcomes", self.tr("Outcomes"), None)):
            table = self._table(self.models[name], title, drill)
            self.tables[name] = table
            self.table_tabs.addTab(table, title)

        self.export_button = QPushButton(self.tr("&Export aggregates…"))
        self.export_button.setToolTip(self.tr("Save the aggregates for the city's analytics as CSV or JSON, small "
                                              "counts suppressed (the export is written to the audit log)."))
        self.export_button.clicked.connect(self.open_export)
        self._lay_out()
        self._load_need_choices()
        self.refresh()

    # --- public ----------------------------------------------------------------------------------------------------

    def current_filter(self) -> PictureFilter:
        first, last = self.first_week.currentData(), self.last_week.currentData()
        values = {dimension: box.currentData() for dimension, box in self.boxes.items()
                  if box.currentData() is not None}
        return PictureFilter.narrowed_to(first, last, values, self.need_box.currentData())

    def refresh(self) -> None:
        """Compute the picture for the filter on screen (in a worker)."""
        self._generation += 1
        generation = self._generation
        workstation, flt, language = self._workstation, self.current_filter(), ui_language()
        today = self._today
        self.computing = True
        if counts_the_encounters(flt):
            self._say(self.tr("Computing… A need within a value, or three values at once, is counted from the "
                              "encounters themselves: with a lot of encounters this takes a while."))
        else:
            self._say(self.tr("Computing…"))

        def compute() -> tuple[int, SituationalPicture]:
            return generation, situational_picture(workstation, flt, language=language, today=today)

        run_in_background(self._workers, self, compute, self._show,
                          lambda message: self._failed(generation, message))

    def drill(self, dimension: Dimension | str, key: str) -> None:
        """Narrow the picture to one row: a channel, place, area, age band, need or week."""
        if dimension == WEEK:
            for box in (self.first_week, self.last_week):
                box.setCurrentIndex(box.findData(key))
        else:
            box = self.need_box if dimension == NEED else self.boxes[Dimension(dimension)]
            if box.findData(key) < 0:
                box.addItem(key, key)
            box.setCurrentIndex(box.findData(key))
        self.refresh()

    def clear_filter(self) -> None:
        for box in (*self.boxes.values(), self.need_box):
            box.setCurrentIndex(0)
        self.refresh()

    def open_export(self) -> AggregateExportDialog:
        dialog = AggregateExportDialog(self._workstation, self.first_week.currentData(),
                                       self.last_week.currentData(), parent=self, today=self._today)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def wait_for_workers(self, timeout_ms: int = 30_000) -> bool:
        return self._workers.waitForDone(timeout_ms)

    # --- building --------------------------------------------------------------------------------------------------

    def _choice_box(self, accessible_name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(accessible_name)
        box.addItem(everything, None)
        for key, label in items:
            box.addItem(label, key)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(14)
        return box

    def _table(self, model: PictureTableModel, title: str, drill: Dimension | str | None) -> QTableView:
        view = QTableView()
        view.setModel(model)
        header = prepare_record_table(view, title)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if drill is not None:
            view.setToolTip(self.tr("Enter or a double-click narrows the picture to this row."))
            view.activated.connect(lambda index, d=drill, m=model: self.drill(d, m.row_key(index.row())))
        return view

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        weeks = QHBoxLayout()
        weeks.addWidget(self.first_week, 1)
        weeks.addWidget(QLabel("–"))
        weeks.addWidget(self.last_week, 1)
        fields = ((self.tr("&Weeks:"), self.first_week, weeks), (self.tr("&Channel:"), self.channel_box, None),
                  (self.tr("A&ge band:"), self.age_box, None), (self.tr("&Place:"), self.place_box, None),
                  (self.tr("&Area:"), self.area_box, None), (self.tr("&Need:"), self.need_box, None))
        for position, (text, buddy, layout) in enumerate(fields):
            row, column = divmod(position, 3)
            label = QLabel(text)
            label.setBuddy(buddy)
            grid.addWidget(label, row, column * 2, Qt.AlignmentFlag.AlignRight)
            if layout is not None:
                grid.addLayout(layout, row, column * 2 + 1)
            else:
                grid.addWidget(buddy, row, column * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        buttons_column = QVBoxLayout()
        buttons_column.addWidget(self.show_button)
        buttons_column.addWidget(self.clear_button)
        top = QHBoxLayout()
        top.addLayout(grid, 1)
        top.addSpacing(12)
        top.addLayout(buttons_column)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.chart_tabs)
        splitter.addWidget(self.table_tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 700])
        splitter.setChildrenCollapsible(False)

        hint = QLabel(self.tr("Counts only, never a person. Counts below %1 show as “<%1” (and a second count is "
                              "hidden where a total would give one away). Enter or a double-click on a row narrows "
                              "the picture to it.").replace("%1", str(self.k)))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.need_box, self.show_button)
        QWidget.setTabOrder(self.show_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.chart_tabs)

    # --- behaviour -------------------------------------------------------------------------------------------------

    def _load_need_choices(self) -> None:
        workstation, language = self._workstation, ui_language()
        run_in_background(self._workers, self, lambda: need_choices(workstation, language),
                          self._show_need_choices, lambda message: None)  # the picture says what is wrong

    def _show_need_choices(self, choices: list[NeedChoice]) -> None:
        chosen = self.need_box.currentData()
        while self.need_box.count() > 1:
            self.need_box.removeItem(1)
        for choice in choices:
            self.need_box.addItem("    " * choice.depth + choice.label, choice.code)
        self.need_box.setCurrentIndex(max(0, self.need_box.findData(chosen)))

    def _show(self, answer: tuple[int, SituationalPicture]) -> None:
        generation, picture = answer
        if generation != self._generation:
            return
        self.computing = False
        self.picture = picture
        self._learn_choices(picture)
        self.models[WEEK].set_rows(picture.weeks)
        self.models[Dimension.CHANNEL.value].set_rows(picture.by_channel)
        self.models[Dimension.PLACE.value].set_rows(picture.by_place)
        self.models[Dimension.AREA.value].set_rows(picture.by_area)
        self.models[Dimension.AGE_BAND.value].set_rows(picture.by_age_band)
        self.models["top_needs"].set_rows(picture.top_needs)
        self.models["top_unmet"].set_rows(picture.top_unmet)
        self.models["signals"].set_rows(picture.top_signals)
        self.models["outcomes"].set_rows(picture.outcomes)
        self.week_chart.show_weeks(picture.weeks, self.k)
        self.trend_chart.show_trends(picture.trends, self.k)
        self.unmet_chart.show_needs(picture.top_unmet, self.k)
        self.summary.setText(self._totals(picture))
        self.summary.setAccessibleDescription(self.summary.text())
        self._say(self._narrowed_text(picture.filter))
        self.picture_shown.emit(picture)

    def _failed(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.computing = False
        self._say(self.tr("The situational picture could not be computed: %1").replace("%1", message))

    def _learn_choices(self, picture: SituationalPicture) -> None:
        """Offer the places and areas the picture has seen (a whole-city picture shows them all)."""
        for box, rows, label in ((self.place_box, picture.by_place, place_label),
                                 (self.area_box, picture.by_area, area_label)):
            known = {box.itemData(i) for i in range(1, box.count())}
            for row in sorted((r for r in rows if r.key not in known), key=lambda r: label(r.key, r.label)):
                box.addItem(label(row.key, row.label), row.key)
            for index in range(1, box.count()):  # a drilled-to key added before its label was known
                if box.itemText(index) == box.itemData(index):
                    match = next((r for r in rows if r.key == box.itemData(index)), None)
                    if match is not None:
                        box.setItemText(index, label(match.key, match.label))

    def _totals(self, picture: SituationalPicture) -> str:
        def count(n: int) -> str:
            return count_text(n, 0 < n < self.k, self.k)

        share = ""
        if picture.total_needs >= self.k and picture.total_unmet >= self.k:
            share = f" ({decimal(100 * picture.total_unmet / picture.total_needs, 0)} %)"
        return (self.tr("%1 encounters · %2 needs, %3 unmet%4 · %5 signals")
                .replace("%1", count(picture.total_encounters)).replace("%2", count(picture.total_needs))
                .replace("%3", count(picture.total_unmet)).replace("%4", share)
                .replace("%5", count(picture.total_signals)))

    def _narrowed_text(self, flt: PictureFilter) -> str:
        weeks = f"{week_label(flt.first_week or '')} – {week_label(flt.last_week or '')}"
        # Named from the filter the picture was computed for: the boxes may have been changed since.
        chosen = [(self.boxes[dimension], value) for dimension, value in flt.values.items()]
        if flt.need_code:
            chosen.append((self.need_box, flt.need_code))
        parts = [box.itemText(box.findData(value)).strip() if box.findData(value) >= 0 else value
                 for box, value in chosen]
        where = " · ".join(parts) if parts else self.tr("the whole city")
        return self.tr("Showing %1, weeks %2.").replace("%1", where).replace("%2", weeks)

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleDescription(text)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait_for_workers()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.wait_for_workers()
        super().done(result)
