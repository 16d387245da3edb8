"""Arguments shared by several sub-commands, with messages that name the fix."""

from __future__ import annotations

import argparse
from pathlib import Path


def whole_number(low: int, high: int, example: str):
    def parse(text: str) -> int:
        try:
            value = int(text.replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"'{text}' is not a whole number; give one from {low:,} to {high:,}, e.g. {example}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value:,} is out of range; give one from {low:,} to {high:,}")
        return value
    return parse


def add_profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--profile", type=Path, metavar="DIR",
                        help="profile directory (one encrypted store and its settings)")


def add_logging_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"],
                        help="log detail on stderr (default: warning); logs never contain personal data")
