"""The situational picture's charts (QtCharts): needs and unmet needs by week, the top needs over the weeks, and
the top unmet needs.

Counts hidden in the tables (fewer than k, or their complements) are not drawn either: a line breaks where a week
is hidden, and a hidden bar is drawn empty with "<5" in its label. Lines differ by dash pattern as well as by
colour, and every chart describes its numbers in words for screen readers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from app.usecases.situational_picture import NeedRow, TrendSeries, WeekRow
from ui.situational_picture_models import count_text, hidden_keys

# Colours that stay apart for the common colour-vision deficiencies (Okabe–Ito); the dash patterns carry the
# same distinction for anyone who cannot tell them apart.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9")
DASHES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
          Qt.PenStyle.DashDotDotLine, Qt.PenStyle.SolidLine)
LONGEST_LABEL = 30


def _tr(text: str) -> str:
    # The unnamed context is the one lupdate gives `_tr` calls (see scripts/update-translations).
    return QCoreApplication.translate("", text)


def _short(text: str) -> str:
    return text if len(text) <= LONGEST_LABEL else text[:LONGEST_LABEL - 1] + "…"


class PictureChart(QChartView):
    """A chart view with the picture's common look: no animation, legend below, a bold title."""

    def __init__(self, title: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reachable by Tab, so a screen reader reads its words
        self.setMinimumHeight(240)
        self.described = ""
        self._new_chart()

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(self._title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setBackgroundRoundness(0)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        return chart

    def _describe(self, text: str) -> None:
        self.described = text
        self.setAccessibleDescription(text)
        self.setToolTip(text if len(text) < 400 else text[:397] + "…")


def _add_line(chart: QChart, name: str, values: Sequence[int], hidden: set[int], pen: QPen,
              points: bool) -> list[QLineSeries]:
    """One line over the weeks, broken where a week is hidden; only its first piece shows in the legend."""
    pieces: list[QLineSeries] = []
    current: QLineSeries | None = None
    for index, value in enumerate(values):
        if index in hidden:
            current = None
            continue
        if current is None:
            current = QLineSeries()
            current.setName(name)
            current.setPen(pen)
            current.setPointsVisible(points)
            pieces.append(current)
        current.append(QPointF(index, value))
    if not pieces:  # every week hidden: an empty series keeps the legend entry
        empty = QLineSeries()
        empty.setName(name)
        empty.setPen(pen)
        pieces.append(empty)
    for piece in pieces:
        chart.addSeries(piece)
    for piece in pieces[1:]:
        for marker in chart.legend().markers(piece):
            marker.setVisible(False)
    return pieces


def _week_axes(chart: QChart, weeks: Sequence[str], series: Sequence[QLineSeries], top: int) -> None:
    x = QCategoryAxis()
    x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    step = max(1, -(-len(weeks) // 10))  # at most about ten labels, however many weeks
    for index in range(0, len(weeks), step):
        x.append(f"W{int(weeks[index][6:])}", index)
    x.setRange(0, max(len(weeks) - 1, 1))
    x.setGridLineVisible(False)
    # The legend draws each line's own dash pattern, not just its colour.
    chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    y = QValueAxis()
    y.setLabelFormat("%d")
    y.setRange(0, max(top, 4))
    y.applyNiceNumbers()
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    for line in series:
        line.attachAxis(x)
        line.attachAxis(y)


def _pen(index: int, width: float = 2.4) -> QPen:
    pen = QPen(QColor(PALETTE[index % len(PALETTE)]))
    pen.setWidthF(width)
    pen.setStyle(DASHES[index % len(DASHES)])
    return pen


class NeedsByWeekChart(PictureChart):
    """Needs and unmet needs per week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Needs and unmet needs by week"), _tr("Chart: needs and unmet needs by week"), parent)

    def show_weeks(self, weeks: Sequence[WeekRow], k: int) -> None:
        chart = self._new_chart()
        keys = [w.week for w in weeks]
        lines = []
        words = []
        top = 0
        for index, (name, values) in enumerate(((_tr("Needs"), [w.needs for w in weeks]),
                                                (_tr("Unmet needs"), [w.unmet for w in weeks]))):
            hidden_set = hidden_keys(dict(zip(keys, values, strict=True)), k)
            hidden = {i for i, key in enumerate(keys) if key in hidden_set}
            shown = [v for i, v in enumerate(values) if i not in hidden]
            top = max([top, *shown])
            lines += _add_line(chart, name, values, hidden, _pen(index), len(weeks) <= 26)
            words.append(f"{name}: " + ", ".join(f"W{int(key[6:])} {count_text(v, i in hidden, k)}"
                                                 for i, (key, v) in enumerate(zip(keys, values, strict=True))))
        _week_axes(chart, keys, lines, top)
        self._describe("; ".join(words))


class TopNeedsTrendChart(PictureChart):
    """The top needs (up to five lines) over the weeks."""

    LINES = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Top needs over the weeks"), _tr("Chart: the top needs over the weeks"), parent)

    def show_trends(self, trends: Sequence[TrendSeries], k: int) -> None:
        chart = self._new_chart()
        lines, words, top, weeks = [], [], 0, []
        for index, trend in enumerate(trends[:self.LINES]):
            weeks = [p.week for p in trend.points]
            values = [p.needs for p in trend.points]
            hidden_set = hidden_keys(dict(zip(weeks, values, strict=True)), k)
            hidden = {i for i, week in enumerate(weeks) if week in hidden_set}
            top = max([top, *(v for i, v in enumerate(values) if i not in hidden)])
            name = _short(trend.label)
            lines += _add_line(chart, name, values, hidden, _pen(index), len(weeks) <= 26)
            words.append(f"{name}: " + ", ".join(count_text(v, i in hidden, k) for i, v in enumerate(values)))
        if weeks:
            _week_axes(chart, weeks, lines, top)
        # Five need names do not fit side by side under a half-window chart.
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._describe("; ".join(words) or _tr("No needs recorded in these weeks."))


class TopUnmetChart(PictureChart):
    """The needs most often left unmet, largest at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Needs most often unmet"), _tr("Chart: the needs most often unmet"), parent)

    def show_needs(self, needs: Sequence[NeedRow], k: int) -> None:
        chart = self._new_chart()
        hidden = hidden_keys({n.code: n.unmet for n in needs}, k)
        bars = QBarSet(_tr("Unmet needs"))
        bars.setColor(QColor(PALETTE[1]))
        bars.setBorderColor(QColor(PALETTE[1]).darker(130))
        categories = []
        words = []
        # A horizontal bar chart draws its first category at the bottom: the largest goes last.
        for need in reversed(needs):
            shown = need.code not in hidden
            text = count_text(need.unmet, not shown, k)
            bars.append(need.unmet if shown else 0)
            categories.append(f"{_short(need.label)} ({text})")
        for need in needs:
            words.append(f"{need.label} {count_text(need.unmet, need.code in hidden, k)}")
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        y = QBarCategoryAxis()
        y.append(categories or [_tr("No unmet needs")])
        x = QValueAxis()
        x.setLabelFormat("%d")
        x.setRange(0, max([4, *(n.unmet for n in needs if n.code not in hidden)]))
        x.applyNiceNumbers()
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
        self._describe(", ".join(words) or _tr("No unmet needs in these weeks."))
