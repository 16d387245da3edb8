"""`$filter`: a tokenizer and a recursive-descent parser for the OData v4 subset Dataverse clients use, compiled
to SQL (for the emulator's tables) or evaluated in Python (for its metadata).

Grammar (lowest precedence first)::

    or_expr   := and_expr ("or" and_expr)*
    and_expr  := not_expr ("and" not_expr)*
    not_expr  := "not" not_expr | primary
    primary   := "(" or_expr ")"
               | ("contains" | "startswith" | "endswith") "(" name "," literal ")"
               | operand ("eq" | "ne" | "gt" | "ge" | "lt" | "le") operand
    operand   := name | literal
    literal   := 'string' (quotes doubled) | GUID | datetime | date | number | true | false | null

Operators are lower-case, as OData requires. Errors name the position, like Dataverse's "Syntax error at
position 12 in '…'". The SQL carries literals only as parameters; column names come from the table's schema,
never from the request.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from sync.crm_schema import ColumnType, CrmTable

COMPARISONS = ("eq", "ne", "gt", "ge", "lt", "le")
FUNCTIONS = ("contains", "startswith", "endswith")
_KEYWORDS = {"and", "or", "not", "true", "false", "null", *COMPARISONS}
_SQL_OPERATORS = {"eq": "=", "ne": "<>", "gt": ">", "ge": ">=", "lt": "<", "le": "<="}
_MIRROR = {"eq": "eq", "ne": "ne", "gt": "lt", "ge": "le", "lt": "gt", "le": "ge"}

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<string>'(?:[^']|'')*')
  | (?P<guid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![\w-])
  | (?P<datetime>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?(?:Z|[+-]\d{2}:\d{2}))(?![\w:.])
  | (?P<date>\d{4}-\d{2}-\d{2})(?![\w:.-])
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![\w.])
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>[(),])
""", re.VERBOSE)


class FilterError(ValueError):
    """A $filter that cannot be parsed or does not fit the table; `message` is what the client is told."""


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    position: int


@dataclass(frozen=True)
class Literal:
    kind: str  # string, guid, datetime, date, number, boolean, null
    value: object


@dataclass(frozen=True)
class Field:
    name: str
    position: int


@dataclass(frozen=True)
class Compare:
    operator: str
    left: Field | Literal
    right: Field | Literal


@dataclass(frozen=True)
class Function:
    name: str
    field: Field
    argument: Literal


@dataclass(frozen=True)
class BoolOp:
    operator: str  # and, or
    left: Node
    right: Node


@dataclass(frozen=True)
class Not:
    operand: Node


Node = Compare | Function | BoolOp | Not


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            if text[position] == "'":
                raise _syntax(text, position, "unterminated string literal")
            raise _syntax(text, position, f"unexpected character {text[position]!r}")
        kind = match.lastgroup or ""
        if kind != "ws":
            tokens.append(Token(kind, match.group(kind), position))
        position = match.end()
    return tokens


def parse_filter(text: str) -> Node:
    if len(text) > 32_768:
        raise FilterError("The $filter is too long.")
    parser = _Parser(text, tokenize(text))
    node = parser.or_expr()
    if parser.peek() is not None:
        token = parser.peek()
        raise _syntax(text, token.position, f"unexpected '{token.text}'")
    return node


class _Parser:
    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text = text
        self.tokens = tokens
        self.index = 0
        self.depth = 0

    def peek(self) -> Token | None:
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def take(self) -> Token:
        token = self.peek()
        if token is None:
            raise _syntax(self.text, len(self.text), "the expression ends early")
        self.index += 1
        return token

    def is_word(self, word: str) -> bool:
        token = self.peek()
        return token is not None and token.kind == "name" and token.text == word

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text:
            raise _syntax(self.text, token.position, f"expected '{text}' but found '{token.text}'")

    def or_expr(self) -> Node:
        self.depth += 1
        if self.depth > 100:
            raise FilterError("The $filter nests too deeply.")
        node = self.and_expr()
        while self.is_word("or"):
            self.take()
            node = BoolOp("or", node, self.and_expr())
        self.depth -= 1
        return node

    def and_expr(self) -> Node:
        node = self.not_expr()
        while self.is_word("and"):
            self.take()
            node = BoolOp("and", node, self.not_expr())
        return node

    def not_expr(self) -> Node:
        if self.is_word("not"):
            self.take()
            return Not(self.not_expr())
        return self.primary()

    def primary(self) -> Node:
        token = self.peek()
        if token is not None and token.text == "(":
            self.take()
            node = self.or_expr()
            self.expect(")")
            return node
        if token is not None and token.kind == "name" and token.text in FUNCTIONS:
            self.take()
            self.expect("(")
            field = self.operand()
            self.expect(",")
            argument = self.operand()
            self.expect(")")
            if not isinstance(field, Field) or not isinstance(argument, Literal) or argument.kind != "string":
                raise _syntax(self.text, token.position, f"{token.text}() takes a column and a string literal")
            function: Node = Function(token.text, field, argument)
            following = self.peek()
            if following is not None and following.text in ("eq", "ne"):
                # `startswith(name,'a') eq false`: a Boolean function compared with a Boolean literal.
                self.take()
                value = self.operand()
                if not isinstance(value, Literal) or value.kind != "boolean":
                    raise _syntax(self.text, following.position, f"{token.text}() can only be compared with true "
                                                                 "or false")
                if (following.text == "eq") != value.value:
                    function = Not(function)
            return function
        left = self.operand()
        operator = self.take()
        if operator.kind != "name" or operator.text not in COMPARISONS:
            raise _syntax(self.text, operator.position, f"expected a comparison operator but found '{operator.text}'")
        right = self.operand()
        return Compare(operator.text, left, right)

    def operand(self) -> Field | Literal:
        token = self.take()
        if token.kind == "name":
            if token.text in ("true", "false"):
                return Literal("boolean", token.text == "true")
            if token.text == "null":
                return Literal("null", None)
            if token.text in _KEYWORDS or token.text in FUNCTIONS:
                raise _syntax(self.text, token.position, f"'{token.text}' cannot stand here")
            return Field(token.text, token.position)
        if token.kind == "string":
            return Literal("string", token.text[1:-1].replace("''", "'"))
        if token.kind == "guid":
            return Literal("guid", token.text.lower())
        if token.kind == "datetime":
            try:
                value = datetime.fromisoformat(token.text.replace("Z", "+00:00"))
            except ValueError:
                raise _syntax(self.text, token.position, f"'{token.text}' is not a valid date and time") from None
            return Literal("datetime", value)
        if token.kind == "date":
            try:
                return Literal("date", date.fromisoformat(token.text))
            except ValueError:
                raise _syntax(self.text, token.position, f"'{token.text}' is not a valid date") from None
        if token.kind == "number":
            try:
                number = Decimal(token.text)
            except InvalidOperation:
                raise _syntax(self.text, token.position, f"'{token.text}' is not a number") from None
            return Literal("number", int(number) if number == number.to_integral_value() and "." not in token.text
                           and "e" not in token.text.lower() else number)
        raise _syntax(self.text, token.position, f"unexpected '{token.text}'")


def _syntax(text: str, position: int, detail: str) -> FilterError:
    return FilterError(f"Syntax error at position {position} in '{text}': {detail}.")


# --- to SQL ------------------------------------------------------------------------------------------------------

def utc_text(value: datetime) -> str:
    """How the emulator stores a date-time: UTC, whole seconds, 'Z' (so text order is time order)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_sql(node: Node, table: CrmTable, alias: str = "t") -> tuple[str, list[object]]:
    """A WHERE clause for `table` and its parameters; raises FilterError for unknown columns or type mismatches."""
    params: list[object] = []
    return _sql(node, table, alias, params), params


def _sql(node: Node, table: CrmTable, alias: str, params: list[object]) -> str:
    if isinstance(node, BoolOp):
        return f"({_sql(node.left, table, alias, params)} {node.operator.upper()} " \
               f"{_sql(node.right, table, alias, params)})"
    if isinstance(node, Not):
        return f"(NOT {_sql(node.operand, table, alias, params)})"
    if isinstance(node, Function):
        column = _column(table, node.field)
        if column.type is not ColumnType.STRING:
            raise FilterError(f"{node.name}() needs a text column; '{column.attribute}' is {column.edm_type}.")
        text = str(node.argument.value).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = {"contains": f"%{text}%", "startswith": f"{text}%", "endswith": f"%{text}"}[node.name]
        params.append(pattern)
        return f"({alias}.\"{column.attribute}\" LIKE ? ESCAPE '\\')"
    operator, left, right = node.operator, node.left, node.right
    if isinstance(left, Literal) and isinstance(right, Field):
        operator, left, right = _MIRROR[operator], right, left
    if not isinstance(left, Field) or not isinstance(right, Literal):
        raise FilterError("A comparison needs one column and one literal value.")
    column = _column(table, left)
    name = f'{alias}."{column.attribute}"'
    if right.kind == "null":
        if operator not in ("eq", "ne"):
            raise FilterError(f"null can only be compared with eq or ne, not {operator}.")
        return f"({name} IS {'NOT ' if operator == 'ne' else ''}NULL)"
    params.append(_storage_value(column, right))
    return f"({name} {_SQL_OPERATORS[operator]} ?)"


def _column(table: CrmTable, field: Field):
    column = table.by_attribute.get(field.name)
    if column is None:
        raise FilterError(f"Could not find a property named '{field.name}' on type "
                          f"'Microsoft.Dynamics.CRM.{table.logical_name}'.")
    return column


def _storage_value(column, literal: Literal) -> object:
    kind, value = literal.kind, literal.value
    wanted = column.type
    if wanted is ColumnType.STRING and kind == "string":
        return value
    if wanted in (ColumnType.GUID, ColumnType.LOOKUP) and kind == "guid":
        return str(uuid.UUID(str(value)))
    if wanted in (ColumnType.INTEGER, ColumnType.BIGINT, ColumnType.CHOICE) and kind == "number" \
            and isinstance(value, int):
        return value
    if wanted is ColumnType.BOOLEAN and kind == "boolean":
        return 1 if value else 0
    if wanted is ColumnType.DATETIME and kind == "datetime":
        return utc_text(value)  # type: ignore[arg-type]
    if wanted is ColumnType.DATETIME and kind == "date":
        return f"{value.isoformat()}T00:00:00Z"  # type: ignore[union-attr]
    if wanted is ColumnType.DATE and kind == "date":
        return value.isoformat()  # type: ignore[union-attr]
    raise FilterError(f"A binary operator with incompatible types was detected. Found operand types "
                      f"'{column.edm_type}' and '{_edm_of(kind)}' for '{column.attribute}'.")


def _edm_of(kind: str) -> str:
    return {"string": "Edm.String", "guid": "Edm.Guid", "datetime": "Edm.DateTimeOffset", "date": "Edm.Date",
            "number": "Edm.Decimal", "boolean": "Edm.Boolean"}.get(kind, kind)


# --- in Python (metadata) -----------------------------------------------------------------------------------------

def predicate(node: Node) -> Callable[[dict], bool]:
    """`node` as a test on plain dicts (EntityDefinitions rows); strings compare case-insensitively, as in
    Dataverse."""
    def value_of(operand: Field | Literal, row: dict) -> object:
        value = row.get(operand.name) if isinstance(operand, Field) else operand.value
        return value.lower() if isinstance(value, str) else value

    def test(n: Node, row: dict) -> bool:
        if isinstance(n, BoolOp):
            return test(n.left, row) and test(n.right, row) if n.operator == "and" else \
                test(n.left, row) or test(n.right, row)
        if isinstance(n, Not):
            return not test(n.operand, row)
        if isinstance(n, Function):
            text = value_of(n.field, row)
            argument = str(n.argument.value).lower()
            if not isinstance(text, str):
                return False
            return {"contains": argument in text, "startswith": text.startswith(argument),
                    "endswith": text.endswith(argument)}[n.name]
        left, right = value_of(n.left, row), value_of(n.right, row)
        if n.operator == "eq":
            return left == right
        if n.operator == "ne":
            return left != right
        if left is None or right is None:
            return False
        try:
            return {"gt": left > right, "ge": left >= right, "lt": left < right, "le": left <= right}[n.operator]
        except TypeError:
            return False

    return lambda row: test(node, row)
