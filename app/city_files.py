"""The files a city may edit without code changes (consent purposes, the need taxonomy): which copy is in force
for a profile, and reading one as TOML with errors that name the file and line.

Both are TOML so that a city's editor can comment them; a broken file must say where it is broken in the city
administrator's words, never as a Python traceback.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from resources import resource_path

# (path, problem, line) → the file's own error type (ConsentPurposesError, NeedTaxonomyError)
FileError = Callable[..., Exception]


def packaged_path(file_name: str) -> Path:
    return Path(str(resource_path(file_name)))


def file_in_force(profile_directory: Path | None, file_name: str) -> tuple[str, int, int]:
    """The profile's own copy when it has one, else the packaged default — as (path, modified ns, size), a key
    that changes whenever the file does, so a cache keyed on it re-reads an edited file (one stat a call)."""
    if profile_directory is not None:
        own = profile_directory / file_name
        try:
            stat = own.stat()
        except FileNotFoundError:
            pass
        else:
            return str(own), stat.st_mtime_ns, stat.st_size
    return str(packaged_path(file_name)), 0, 0


def read_city_file(path: Path, error: FileError) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else type(exc).__name__
        raise error(path, f"the file cannot be read ({reason}).") from exc


def parse_city_toml(source: str, path: Path | str, error: FileError) -> dict[str, Any]:
    try:
        return tomllib.loads(source)
    except tomllib.TOMLDecodeError as exc:
        # tomllib ends its message with "(at line L, column C)"; the line goes into our message in our words.
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        line = int(match.group(1)) if match else None
        problem = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) or "not valid TOML"
        column = f" (column {match.group(2)})" if match else ""
        raise error(path, f"TOML syntax error: {problem}{column}.", line=line) from exc
    except RecursionError:  # tomllib reads nested arrays recursively; no city file nests more than a few levels
        raise error(path, "TOML syntax error: arrays or tables nested too deeply.") from None
