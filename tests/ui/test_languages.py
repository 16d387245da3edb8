"""The window in Finnish, Swedish and English: translated texts, no English left over, the adviser's choice kept
in the profile, and number formats of the window's language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from app.usecases.interface_language import interface_language, set_interface_language
from app.workstation import Workstation
from ui import translations
from ui.settings_dialog import LANGUAGE_NAMES, LanguageDialog
from ui.ui_language import install_ui_language, remove_ui_language, ui_language


@pytest.fixture(scope="module", autouse=True)
def built_catalogues():
    translations.build_catalogues()


@pytest.fixture
def speak():
    """Installs a language for the test and takes it away afterwards (translators, locale, property)."""
    previous_locale = QLocale()

    def install(language: str) -> None:
        assert install_ui_language(language), f"no catalogue for {language}"

    yield install
    remove_ui_language()
    assert QLocale() == previous_locale


def _window(qtbot, workstation: Workstation):
    from ui.main_window import MainWindow

    window = MainWindow(workstation)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_page_shown, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: window.status is not None, timeout=5000)
    return window


def _close(window) -> None:
    window.wait_for_workers()
    window.close()


def _english_texts() -> tuple[set[str], list[re.Pattern[str]]]:
    """The source texts whose Finnish and Swedish differ from the English, without accelerator marks: exact
    texts, and patterns for the ones with placeholders (enough fixed words to be recognised)."""
    sources = {}
    for language in ("fi", "sv"):
        tree = ET.parse(translations.source_path(language))  # noqa: S314 (our own catalogue)
        for message in tree.iter("message"):
            source, translated = message.findtext("source"), message.findtext("translation")
            if _plain(source) != _plain(translated):
                sources.setdefault(source, set()).add(language)
    exact, patterns = set(), []
    for source, languages in sources.items():
        if languages != {"fi", "sv"}:
            continue  # the same in one of them ("Signal", "PDF…"): cannot tell a leftover from a translation
        plain = _plain(source)
        if "%" in plain:
            fixed = re.split(r"%\d", plain)
            if sum(len(part.strip()) for part in fixed) >= 8:
                patterns.append(re.compile("^" + r".+".join(map(re.escape, fixed)) + "$", re.DOTALL))
        elif len(plain) > 2:
            exact.add(plain)
    return exact, patterns


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(widget class, text) for what the adviser can read in the window right now."""
    texts: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((kind, widget.text()))
        elif isinstance(widget, QLineEdit):
            texts.append((kind, widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        elif isinstance(widget, QComboBox):
            texts.extend((kind, widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            texts.extend((kind, widget.tabText(i)) for i in range(widget.count()))
        if widget.toolTip():
            texts.append((kind + " tooltip", widget.toolTip()))
    texts.append(("window title", root.windowTitle()))
    bar = root.menuBar() if isinstance(root, QMainWindow) else None
    for action in bar.actions() if bar is not None else ():
        texts.append(("menu", action.text()))
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts.extend(("menu item", item.text()) for item in menu.actions() if not item.isSeparator())
    for view in root.findChildren(QTableView) + root.findChildren(QTreeView):
        header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
        if view.isVisible() and view.model() is not None and not header.isHidden():
            texts.extend(("column header", str(view.model().headerData(column, _horizontal())))
                         for column in range(header.count()))
    return [(kind, _plain(text)) for kind, text in texts if text and text.strip()]


def _plain(text: str) -> str:
    """The text as read, without its accelerator mark."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _leftovers(window) -> list[tuple[str, str]]:
    exact, patterns = _english_texts()
    return [(kind, text) for kind, text in _visible_texts(window)
            if text in exact or any(pattern.match(text) for pattern in patterns)]


@pytest.mark.parametrize(("language", "client_menu", "file_menu", "placeholder_start"), [
    ("fi", "&Asiakas", "&Tiedosto", "Puhelinnumero, nimi"),
    ("sv", "&Kund", "&Arkiv", "Telefonnummer, namn"),
])
def test_the_window_speaks_finnish_and_swedish_with_no_english_left(qtbot, populated_demo, speak, language,
                                                                    client_menu, file_menu, placeholder_start):
    speak(language)
    window = _window(qtbot, populated_demo)
    try:
        assert ui_language() == language
        menus = [action.text() for action in window.menuBar().actions()]
        assert client_menu in menus
        assert file_menu in menus
        assert window.search_field.placeholderText().startswith(placeholder_start)
        assert _leftovers(window) == []
        # With a client's card open: the card, the consents and the encounter panel.
        window.card_view.open_client(window.model.client_id(0))
        qtbot.waitUntil(lambda: window.card_view.card is not None, timeout=5000)
        assert _leftovers(window) == []
    finally:
        _close(window)


def test_the_window_in_english_shows_the_texts_of_the_code(qtbot, populated_demo, speak):
    speak("en")
    window = _window(qtbot, populated_demo)
    try:
        menus = [action.text() for action in window.menuBar().actions()]
        assert "&Client" in menus
        assert "&File" in menus
        assert window.search_field.placeholderText().startswith("Phone number, name")
    finally:
        _close(window)


def test_the_leftover_check_finds_english_in_a_finnish_window(qtbot, populated_demo, speak):
    speak("fi")
    window = _window(qtbot, populated_demo)
    try:
        stray = QLabel("Choose a client from the list, or search for one above.", window.centralWidget())
        stray.show()
        assert ("QLabel", "Choose a client from the list, or search for one above.") in _leftovers(window)
    finally:
        _close(window)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_menu_accelerators_do_not_clash(qtbot, populated_demo, speak, language):
    speak(language)
    window = _window(qtbot, populated_demo)
    try:
        def keys(actions):
            found = []
            for action in actions:
                match = re.search(r"&([^&])", action.text().replace("&&", ""))
                if match and action.isVisible():
                    found.append(match.group(1).lower())
            return found

        bar = keys(window.menuBar().actions())
        assert len(bar) == len(set(bar)), bar
        for action in window.menuBar().actions():
            items = keys(action.menu().actions())
            assert len(items) == len(set(items)), (action.text(), items)
    finally:
        _close(window)


def test_numbers_follow_the_window_language(speak):
    speak("fi")
    assert QLocale().toString(10000) == "10\u00a0000"
    speak("sv")
    assert QLocale().toString(10000) == "10\u00a0000"
    speak("en")
    assert QLocale().toString(10000) == "10,000"


def test_the_status_bar_counts_in_the_window_language(qtbot, populated_demo, speak):
    speak("fi")
    window = _window(qtbot, populated_demo)
    try:
        count = window.status.client_count
        assert window._clients_label.text() == f"Asiakkaita: {QLocale('fi_FI').toString(count)}"
    finally:
        _close(window)


def test_the_adviser_chooses_the_language_and_it_is_kept_in_the_profile(qtbot, populated_demo, speak):
    speak("fi")
    dialog = LanguageDialog(populated_demo)
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "fi"
    assert "nyt" in dialog.note.text()
    dialog.language_box.setCurrentIndex(translations.LANGUAGES.index("sv"))
    assert "käynnistetään uudelleen" in dialog.note.text()  # applies on the next start, and says so
    dialog.save()
    assert interface_language(populated_demo) == "sv"
    profile = (populated_demo.profile.directory / "profile.toml").read_text(encoding="utf-8")
    assert '[ui]\nlanguage = "sv"' in profile
    set_interface_language(populated_demo, "en")  # replaces the table, never adds a second one
    profile = (populated_demo.profile.directory / "profile.toml").read_text(encoding="utf-8")
    assert profile.count("[ui]") == 1
    assert 'language = "en"' in profile


def test_the_language_menu_entry_opens_the_dialog(qtbot, populated_demo, speak):
    speak("sv")
    window = _window(qtbot, populated_demo)
    try:
        assert window.language_action.text() == "Sp&råk…"
        dialog = window.language_action.open()
        assert dialog.windowTitle() == "Neuvos språk"
        dialog.reject()
    finally:
        _close(window)


def test_the_profile_choice_starts_the_window_in_that_language(populated_demo, monkeypatch, speak, tmp_path,
                                                              capsys):
    from ui.app import run_window

    monkeypatch.delenv(translations.LANGUAGE_VARIABLE)
    set_interface_language(populated_demo, "sv")
    shot = tmp_path / "sv.png"
    seen = {}

    def attach(window):
        seen["menus"] = [action.text() for action in window.menuBar().actions()]
        seen["language"] = ui_language()
        return lambda: None

    assert run_window(populated_demo, screenshot=shot, attach=attach) == 0
    assert shot.is_file()
    assert "window language sv)" in capsys.readouterr().out  # what the bundle's smoke test reads
    assert seen["language"] == "sv"
    assert "&Kund" in seen["menus"]
    assert ui_language() == "en"  # and afterwards the process is as it was
    assert QApplication.translate("MainWindow", "&Client") == "&Client"


def test_the_chosen_language_defaults_to_finnish_and_the_variable_wins(monkeypatch):
    monkeypatch.delenv(translations.LANGUAGE_VARIABLE)
    assert translations.chosen_language(None) == "fi"
    assert translations.chosen_language("sv") == "sv"
    monkeypatch.setenv(translations.LANGUAGE_VARIABLE, "EN")
    assert translations.chosen_language("sv") == "en"
    monkeypatch.setenv(translations.LANGUAGE_VARIABLE, "de")
    assert translations.chosen_language("sv") == "sv"


def test_a_hand_edited_language_is_ignored(populated_demo):
    path = Path(populated_demo.profile.directory / "profile.toml")
    path.write_text(path.read_text(encoding="utf-8") + '\n[ui]\nlanguage = "klingon"\n', encoding="utf-8")
    assert interface_language(populated_demo) is None


@pytest.mark.parametrize(("window_language", "client_language", "receipt_title"), [
    ("sv", "fi", "Suostumuskuitti"),
    ("fi", "en", "Consent receipt"),
])
def test_receipts_and_hand_overs_follow_the_client_not_the_window(qtbot, populated_demo, speak, window_language,
                                                                   client_language, receipt_title):
    from tests.ui.conftest import add_clients, make_client

    speak(window_language)
    client = make_client(40)
    client.preferred_language = client_language
    add_clients(populated_demo, [client])
    window = _window(qtbot, populated_demo)
    try:
        window.card_view.open_client(client.id)
        qtbot.waitUntil(lambda: window.card_view.card is not None)
        qtbot.waitUntil(lambda: window.service_search.handover_language == client_language, timeout=5000)
        receipt = window.card_view.consent_panel.show_receipt()
        assert receipt.receipt.language == client_language
        assert receipt_title in receipt.preview.toPlainText()
        receipt.reject()
    finally:
        _close(window)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_dialogs_speak_the_window_language_too(qtbot, populated_demo, speak, language):
    speak(language)
    window = _window(qtbot, populated_demo)
    window.set_service_source_fetcher(lambda base_url, organization=None: iter(()))  # the import's API source too
    try:
        window.card_view.open_client(window.model.client_id(0))
        qtbot.waitUntil(lambda: window.card_view.card is not None, timeout=5000)
        openers = {
            "audit log": window.open_audit_log, "expiring consents": window.open_expiring_consents,
            "service import": window.open_service_import, "shortcuts": window.show_shortcuts,
            "sync log": window.sync_menu.open_sync_log, "conflicts": window.sync_menu.open_conflicts,
            "consent history": window.card_view.consent_panel.show_history,
            "consent receipt": window.card_view.consent_panel.show_receipt,
            "language": window.language_action.open, "situational picture": window.open_situational_picture,
        }
        for name, open_dialog in openers.items():
            dialog = open_dialog()
            qtbot.waitUntil(dialog.isVisible, timeout=5000)
            # The language dialog names each language in its own words ("English" in every window).
            own_names = set(LANGUAGE_NAMES.values()) if name == "language" else set()
            assert [(kind, text) for kind, text in _leftovers(dialog) if text not in own_names] == [], name
            letters = [match.group(1).lower() for widget in dialog.findChildren(QLabel)
                       + dialog.findChildren(QAbstractButton) if widget.isVisibleTo(dialog)
                       and (match := re.search(r"&([^&])", widget.text().replace("&&", "")))]
            assert len(letters) == len(set(letters)), (name, letters)  # no Alt key does two things
            dialog.close()
    finally:
        _close(window)


def test_sentences_from_app_speak_the_window_language_with_its_number_and_date_forms(speak):
    from datetime import date

    from app.errors import ValidationError
    from app.text import Text
    from ui.app_text import app_text, error_text

    summary = Text("The summary is longer than %1 characters; keep it short.", 1500)
    validity = ValidationError(Text("The consent's validity ends (%1) before it starts (%2).",
                                    date(2026, 1, 31), date(2026, 2, 1)),
                               "Choose an end date on or after the start date, or leave the end empty.")
    speak("en")
    assert app_text(summary) == "The summary is longer than 1,500 characters; keep it short."
    speak("fi")
    assert app_text(summary) == "Yhteenveto on yli 1\u00a0500 merkkiä pitkä; pidä se lyhyenä."
    finnish = error_text(validity)
    assert "31.1.2026" in finnish
    assert "1.2.2026" in finnish
    assert "Choose" not in finnish
    speak("sv")
    assert "1\u00a0500" in app_text(summary)
    assert "summary" not in app_text(summary)


def test_a_problem_from_app_under_the_search_box_is_in_finnish(qtbot, populated_demo, speak):
    speak("fi")
    window = _window(qtbot, populated_demo)
    try:
        window.search_field.setText("131052-308U")  # a wrong check character
        qtbot.waitUntil(lambda: window._list_note.isVisible() and bool(window._list_note.text()), timeout=5000)
        note = window._list_note.text()
        assert note.startswith("Tämä ei ole kelvollinen suomalainen henkilötunnus: tarkistusmerkki ei täsmää"), note
        assert "Check" not in note
    finally:
        _close(window)
