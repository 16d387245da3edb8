"""The chosen service in full, for the adviser: texts in the chosen language (marked where the service lacks it),
then every channel with phones and call charges, addresses, links, e-mail, accessibility and the coming week's
opening hours — today's row marked in words and type, not by colour alone."""

from __future__ import annotations

import html
from datetime import UTC, datetime
from urllib.parse import urlsplit

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.domain.opening_hours import OpenStatus, TimeRange
from app.domain.service import Address, ChannelKind, LocalizedText, PhoneNumber, localized
from app.usecases.search_services import ChannelDetails, ServiceDetails
from app.usecases.service_handover import phones_for
from app.usecases.service_opening import DayHours, days_ahead
from ui.client_list_model import language_name
from ui.locale_format import clock_time, day_and_month, end_of_day, whole_number
from ui.service_words import open_state_text, weekday_name

_TODAY_BACKGROUND = "#e8f0fe"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _paragraphs(text: str) -> str:
    """PTV texts use blank lines between paragraphs and single newlines within lists."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    return "".join(f"<p>{'<br>'.join(_e(line) for line in block.splitlines())}</p>" for block in blocks)


def _clock(time_range: TimeRange) -> str:
    if time_range.opens == time_range.closes and time_range.opens.hour == 0 and time_range.opens.minute == 0:
        return f"{clock_time(time_range.opens)}–{end_of_day()}"
    return f"{clock_time(time_range.opens)}–{clock_time(time_range.closes)}"


class ServiceDetailsView(QTextBrowser):
    """Read-only rich text; links open in the desktop's browser or mail program."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details: ServiceDetails | None = None
        self.setAccessibleName(self.tr("Service details"))
        self.setOpenExternalLinks(True)
        self.setOpenLinks(True)
        self.show_instruction(self.tr("Choose a service from the results to see how to reach it."))

    def show_instruction(self, text: str) -> None:
        self.details = None
        self.setHtml(f'<p style="color: #5a5a5a">{_e(text)}</p>')

    def show_details(self, details: ServiceDetails, at: datetime | None = None) -> None:
        self.details = details
        self.setHtml(self.details_html(details, at or datetime.now(UTC)))

    # --- composing -------------------------------------------------------------------------------------------------

    def details_html(self, details: ServiceDetails, at: datetime) -> str:
        parts = [f'<h2 style="margin-bottom: 2px">{_e(details.name.text)}</h2>']
        # One marker says it for every text in the same stand-in language; another language gets its own.
        marked = {details.name.language} if details.name.is_fallback else set()
        if details.name.is_fallback:
            parts.append(self._fallback_marker(details.name))
        if details.classes:
            parts.append(f'<p style="margin-top: 0; color: #5a5a5a">'
                         f'{_e(" · ".join(details.classes))}</p>')
        if details.service.organization_name:
            parts.append(f"<p>{_e(self.tr('Provided by %1').replace('%1', details.service.organization_name))}</p>")
        for heading, text in ((None, details.summary), (self.tr("Description"), details.description),
                              (self.tr("How to apply"), details.user_instructions),
                              (self.tr("Requirements"), details.requirements),
                              (self.tr("Charges"), details.charge_info)):
            # The general description often repeats the summary word for word.
            if text is None or (heading and details.summary and text.text == details.summary.text):
                continue
            if heading:
                parts.append(f"<h4>{_e(heading)}</h4>")
            if text.is_fallback and text.language not in marked:
                marked.add(text.language)
                parts.append(self._fallback_marker(text))
            parts.append(_paragraphs(text.text))
        parts.append(f"<h3>{_e(self.tr('How to reach the service'))}</h3>")
        if not details.channels:
            parts.append(f"<p>{_e(self.tr('The catalogue names no channels for this service.'))}</p>")
        for channel in details.channels:
            parts.append(self._channel_html(channel, details.language, at))
        if details.missing_channels:
            missing = self.tr("%1 further channels are not in the imported catalogue.")
            parts.append(f"<p><i>{_e(missing.replace('%1', whole_number(details.missing_channels)))}</i></p>")
        return "".join(parts)

    def _fallback_marker(self, text: LocalizedText) -> str:
        note = self.tr("⚠ Shown in %1: the service has no text in %2.") \
            .replace("%1", language_name(text.language)).replace("%2", language_name(text.requested))
        return f'<p style="margin-top: 0"><i>{_e(note)}</i></p>'

    def _channel_html(self, found: ChannelDetails, language: str, at: datetime) -> str:
        channel = found.channel
        kind = {ChannelKind.VISIT: self.tr("Service point"), ChannelKind.PHONE: self.tr("Phone service"),
                ChannelKind.ONLINE: self.tr("Online service"), ChannelKind.FORM: self.tr("Form")}[channel.kind]
        name = found.name.text or kind
        parts = [f'<h4 style="margin-bottom: 0">{_e(kind)}: {_e(name)}</h4>']
        if found.name.is_fallback and found.name.text:
            parts.append(self._fallback_marker(found.name))
        state = open_state_text(found.state)
        if state:
            symbol = "●" if found.state.status is OpenStatus.OPEN else "○"
            parts.append(f"<p style=\"margin-top: 2px\"><b>{symbol} {_e(state)}</b></p>")
        rows = [(self.tr("Phone"), self._phone(phone)) for phone in phones_for(channel, language)]
        rows += [(self._address_label(address), _e(address.one_line(language))) for address in channel.addresses
                 if address.one_line(language)]
        rows += [(self.tr("Web"), self._link(link.url, link.title)) for link in channel.links if link.url]
        rows += [(self.tr("E-mail"), f'<a href="mailto:{_e(email)}">{_e(email)}</a>') for email in channel.emails]
        accessibility = localized(channel.accessibility, language)
        if accessibility:
            rows.append((self.tr("Accessibility"), _paragraphs(accessibility.text)))
        if rows:
            parts.append('<table cellspacing="0" cellpadding="2">')
            parts += [f'<tr><td valign="top" style="padding-right: 12px; color: #5a5a5a">'
                      f"{_e(label)}</td><td>{value}</td></tr>" for label, value in rows]
            parts.append("</table>")
        parts.append(self._hours_html(found, language, at))
        if found.description:  # after the contacts: the adviser looks for a number first
            parts.append(_paragraphs(found.description.text))
        return "".join(parts)

    def _phone(self, phone: PhoneNumber) -> str:
        charge = {"FreeOfCharge": self.tr("free of charge"), "Chargeable": self.tr("call charge applies"),
                  "Other": self.tr("call price varies")}.get(phone.charge or "", "")
        if phone.is_service_number and not charge:
            charge = self.tr("service number: own call price")
        details = ", ".join(part for part in (charge, phone.charge_description) if part)
        text = f'<a href="tel:{_e(phone.number.replace(" ", ""))}">{_e(phone.number)}</a>'
        if details:
            text += f" ({_e(details)})"
        if phone.info:
            text += f" – {_e(phone.info)}"
        return text

    def _address_label(self, address: Address) -> str:
        return self.tr("Postal address") if address.kind == "Postal" else self.tr("Visiting address")

    @staticmethod
    def _link(url: str, title: str | None) -> str:
        if urlsplit(url).scheme not in ("http", "https"):
            return _e(url)  # shown, never made clickable: only web addresses open from here
        return f'<a href="{_e(url)}">{_e(title or url)}</a>' + (f" <small>{_e(url)}</small>" if title else "")

    def _hours_html(self, found: ChannelDetails, language: str, at: datetime) -> str:
        hours = found.channel.hours
        note = localized(hours.notes, language)
        note_html = f"<p><i>{_e(note.text)}</i></p>" if note else ""
        if not hours.known:
            if found.channel.kind in (ChannelKind.ONLINE, ChannelKind.FORM):
                return note_html
            return f"<p>{_e(self.tr('Opening hours: not given in the catalogue.'))}</p>{note_html}"
        if hours.always_open:
            return f"<p>{_e(self.tr('Opening hours: open around the clock.'))}</p>{note_html}"
        rows = "".join(self._day_row(day) for day in days_ahead(hours, at))
        return (f'<p style="margin-bottom: 0">{_e(self.tr("Opening hours, the coming week:"))}</p>'
                f'<table cellspacing="0" cellpadding="2">{rows}</table>{note_html}')

    def _day_row(self, day: DayHours) -> str:
        name = f"{weekday_name(day.day.weekday(), short=True)} {day_and_month(day.day)}"
        if day.ranges is None:
            hours = self.tr("not known")
        elif not day.ranges:
            hours = self.tr("closed")
        else:
            hours = ", ".join(_clock(r) for r in day.ranges)
        if day.exceptional:
            hours += " " + self.tr("(exceptional hours)")
        if day.is_today:
            return (f'<tr style="background-color: {_TODAY_BACKGROUND}"><td style="padding-right: 12px">'
                    f"<b>▶ {_e(self.tr('Today'))} {_e(name)}</b></td><td><b>{_e(hours)}</b></td></tr>")
        return f'<tr><td style="padding-right: 12px">{_e(name)}</td><td>{_e(hours)}</td></tr>'
