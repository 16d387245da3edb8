"""A real demo workstation with a few dozen clients, for driving the real window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.domain.client import Client, Phone
from app.workstation import Workstation, open_workstation

# Before any test loads Qt: CI has no display (tests/conftest.py does the same for the whole suite).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY"
LAST_NAMES = ("Aalto", "Heikkinen", "Korhonen", "Koskinen", "Laine", "Mäkelä", "Nieminen", "Virtanen", "Öhman",
              "Järvinen")
FIRST_NAMES = ("Aino", "Eero", "Helmi", "Juho", "Linnea", "Matti")
SAFETY_MARKED_STREET = "Salainen kuja 7"


def identity_code(birth: date, individual: int) -> str:
    """A valid Finnish identity code for someone born in the 1900s (check character: mod 31 of the digits)."""
    digits = f"{birth:%d%m%y}{individual:03d}"
    return f"{birth:%d%m%y}-{individual:03d}{_CHECK_CHARACTERS[int(digits) % 31]}"


def make_client(index: int, *, last_name: str | None = None, safety_marking: bool = False) -> Client:
    birth = date(1950 + index % 50, 1 + index % 12, 1 + index % 28)
    return Client(
        first_names=f"{FIRST_NAMES[index % len(FIRST_NAMES)]} Testi",
        last_name=last_name or LAST_NAMES[index % len(LAST_NAMES)],
        birth_date=birth,
        identity_code=identity_code(birth, 100 + index % 800),
        email=f"client{index}@example.test",
        street=SAFETY_MARKED_STREET if safety_marking else f"Testikatu {index}",
        postal_code="00100",
        municipality_code="091",
        preferred_language=("fi", "sv", "en")[index % 3],
        safety_marking=safety_marking,
        phones=[Phone(f"+35840{index:07d}")],
    )


def add_clients(workstation: Workstation, clients: list[Client]) -> None:
    with workstation.unit_of_work() as uow:
        for client in clients:
            uow.clients.add(client)
        uow.commit()


@pytest.fixture
def populated_demo(tmp_path: Path, no_keyring: None) -> Iterator[Workstation]:
    """A demo profile holding 30 clients, one of them with a safety marking (last name Turva)."""
    ws = open_workstation(tmp_path / "p", demo=True)
    add_clients(ws, [make_client(i) for i in range(29)] + [make_client(29, last_name="Turva", safety_marking=True)])
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot, populated_demo: Workstation):
    """The real main window over the populated demo store, shown and with its first page painted."""
    from ui.main_window import MainWindow

    main_window = MainWindow(populated_demo)
    qtbot.addWidget(main_window)
    with qtbot.waitSignal(main_window.first_page_shown, timeout=5000):
        main_window.show()
    yield main_window
    main_window.wait_for_workers()
    main_window.close()
