"""Services and channels kept as JSON documents: the catalogue is read-only locally and always read whole.

The columns beside a document hold only what is filtered or joined on; the document is the read model itself,
so adding a field to `Service` needs no migration. Decoding follows the dataclasses' type hints.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, time
from enum import Enum
from functools import cache
from typing import Any


def to_document(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # Fields still at their default are left out: most of a PTV record is empty, and the rows stay small.
        return {f.name: to_document(getattr(value, f.name)) for f in dataclasses.fields(value)
                if not _is_default(f, getattr(value, f.name))}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [to_document(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_document(item) for key, item in value.items()}
    return value


def _is_default(field: dataclasses.Field, value: Any) -> bool:
    if field.default is not dataclasses.MISSING:
        return value == field.default
    if field.default_factory is not dataclasses.MISSING:
        return value == field.default_factory()
    return False


def from_document(kind: type, data: Any) -> Any:
    return _decode(kind, data)


@cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind)


def _decode(kind: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [option for option in typing.get_args(kind) if option is not type(None)]
        return _decode(options[0], data)
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: _decode(hints[name], value) for name, value in data.items() if name in hints})
    if origin is tuple:
        item = typing.get_args(kind)[0]
        return tuple(_decode(item, value) for value in data)
    if origin is dict:
        key_kind, value_kind = typing.get_args(kind)
        return {_decode(key_kind, key): _decode(value_kind, value) for key, value in data.items()}
    if kind is date:
        return date.fromisoformat(data)
    if kind is time:
        return time.fromisoformat(data)
    if kind is int and isinstance(data, str):
        return int(data)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(data)
    return data
