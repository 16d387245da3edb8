"""`neuvo`: start the workstation, or run one of its sub-commands.

Exit codes: 0 success, 1 a check failed, 2 a problem the user can fix (the one-line message says how),
130 interrupted.
"""

from __future__ import annotations

import importlib
import logging
import sys

from app.errors import NeuvoError

# Imported lazily so that `neuvo --version` and headless commands never load Qt.
SUB_COMMANDS = {
    "demo-data": "neuvo.commands.demo_data",
    "call": "neuvo.commands.call",
    "telephony-token": "neuvo.commands.telephony_token",
    "lookup": "neuvo.commands.lookup",
    "crm-emulator": "neuvo.commands.crm_emulator",
    "import-services": "neuvo.commands.import_services",
    "search-services": "neuvo.commands.search_services",
    "sync": "neuvo.commands.sync",
}
WINDOW_COMMAND = "neuvo.commands.workstation"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    module_name = SUB_COMMANDS.get(argv[0], WINDOW_COMMAND) if argv else WINDOW_COMMAND
    if argv and argv[0] in SUB_COMMANDS:
        argv = argv[1:]
    try:
        return importlib.import_module(module_name).run(argv)
    except NeuvoError as error:
        print(f"neuvo: {error.one_line()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("neuvo: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130


def configure_logging(level_name: str) -> None:
    """Logs go to stderr and never carry personal data: modules log ids and counts, not names or codes."""
    logging.basicConfig(level=getattr(logging, level_name.upper(), logging.WARNING),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


if __name__ == "__main__":
    sys.exit(main())
