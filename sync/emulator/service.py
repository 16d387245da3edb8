"""The emulated Web API, free of any HTTP framework: `DataverseService.handle(call) -> Answer`.

The ASGI layer (sync/emulator/app.py) adds what belongs to the wire — the bearer token, service-protection
limits, fault injection, body-size limits — and hands every request here. `$batch` calls `dispatch` again for each
part, inside a savepoint per change set.

What it answers, and how (crm-mapping.md): CRUD with `@odata.etag` and If-Match / If-None-Match; `$select`,
`$filter`, `$orderby`, `$top`, `$count`, single-valued `$expand`; paging by `Prefer: odata.maxpagesize` with an
opaque `$skiptoken`; change tracking with `$deltatoken` and `$deletedEntity` rows; `$batch` with atomic change
sets and `$n` references; CreateMultiple / UpdateMultiple / UpsertMultiple; `$metadata`, `EntityDefinitions`,
`WhoAmI`; errors as `{"error": {"code", "message"}}` with the codes Dataverse uses.

Reads build each row's JSON inside SQLite (`json_object`), which keeps a 5,000-row page well inside the budget
(docs/benchmarks.md).
"""

# SQL here is built from the table schema (sync/crm_schema.py) and validated names; values are parameters.
# ruff: noqa: S608

from __future__ import annotations

import base64
import json
import logging
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from sync.crm_schema import Column, ColumnType, CrmTable
from sync.dataverse.multipart import (
    ChangeSet,
    Headers,
    HttpRequestMessage,
    HttpResponseMessage,
    MultipartError,
    new_boundary,
    read_batch_request,
    write_batch,
)
from sync.emulator import metadata
from sync.emulator.answers import (
    E_BATCH,
    E_DUPLICATE,
    E_NOT_FOUND,
    E_PAYLOAD,
    E_QUERY,
    E_UNEXPECTED,
    E_VALIDATION,
    E_VERSION,
    Answer,
    ODataError,
    error_answer,
    json_answer,
)
from sync.emulator.odata_filter import FilterError, parse_filter, to_sql, utc_text
from sync.emulator.storage import EmulatorStore

log = logging.getLogger(__name__)

API_VERSIONS = ("v9.0", "v9.1", "v9.2")
_GUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_SEGMENT = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_.]*)(?:\((?P<key>[^)]*)\))?(?:/(?P<rest>.*))?$")
_ENTITY_REF = re.compile(
    rf"(?:^|/)(?P<set>[A-Za-z_][A-Za-z0-9_]*)\((?:[A-Za-z_][A-Za-z0-9_]*=)?'?(?P<id>{_GUID})'?\)$")
_KNOWN_OPTIONS = {"$select", "$filter", "$orderby", "$top", "$count", "$expand", "$skiptoken", "$deltatoken",
                  "$skip", "$format", "$apply"}
MAX_PAGE_SIZE = 5000
COUNT_LIMIT = 5000
MAX_BATCH_REQUESTS = 1000

@dataclass
class Call:
    method: str
    path: str  # after /api/data/v9.2/
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes
    api_root: str  # https://127.0.0.1:PORT/api/data/v9.2
    references: dict[str, str] = field(default_factory=dict)  # Content-ID -> "contacts(<id>)"
    created: str | None = None  # set by a create: "contacts(<id>)", for Content-ID references

    @property
    def prefer(self) -> dict[str, str]:
        items: dict[str, str] = {}
        for part in self.headers.get("prefer", "").split(","):
            name, _, value = part.strip().partition("=")
            if name:
                items[name.strip().lower()] = value.strip().strip('"')
        return items


class DataverseService:
    def __init__(self, store: EmulatorStore, *, organization_id: str | None = None) -> None:
        self.store = store
        self.tables = store.tables
        self.sets = {t.entity_set: t for t in self.tables.values()}
        self.organization_id = organization_id or str(uuid.uuid5(uuid.NAMESPACE_URL, "neuvo-crm-emulator:org"))
        self.user_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "neuvo-crm-emulator:user"))
        self.business_unit_id = str(uuid.uuid5(uuid.NAMESPACE_URL, "neuvo-crm-emulator:bu"))

    # --- entry points ------------------------------------------------------------------------------------------------

    def handle(self, call: Call) -> Answer:
        """One request from the wire: errors become Dataverse error bodies, never exceptions."""
        try:
            with self.store.lock:
                return self.dispatch(call)
        except ODataError as error:
            return error_answer(error.status, error.code, error.message, error.headers)
        except Exception as exc:
            log.exception("emulator: unexpected %s", type(exc).__name__)
            return error_answer(500, E_UNEXPECTED, "An unexpected error occurred.")

    def dispatch(self, call: Call) -> Answer:
        for name in call.query:
            if name.startswith("$") and name not in _KNOWN_OPTIONS:
                raise ODataError(400, E_QUERY, f"The query parameter '{name}' is not supported.")
        path = call.path.strip("/")
        if path == "$metadata":
            return Answer(200, {"Content-Type": "application/xml", "OData-Version": "4.0"},
                          metadata.csdl(self.tables).encode())
        if path == "$batch":
            self._require(call, "POST")
            return self._batch(call)
        if path in ("WhoAmI", "WhoAmI()"):
            self._require(call, "GET")
            context = f"{call.api_root}/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse"
            return json_answer(200, {"@odata.context": context,
                                     "BusinessUnitId": self.business_unit_id, "UserId": self.user_id,
                                     "OrganizationId": self.organization_id})
        match = _SEGMENT.match(path)
        if match is None:
            raise ODataError(404, E_QUERY, f"Resource not found for the segment '{path.split('/')[0]}'.")
        name, key, rest = match.group("name"), match.group("key"), match.group("rest")
        if name == "EntityDefinitions":
            self._require(call, "GET")
            return metadata.entity_definitions(self.tables, call.api_root, key, rest, call.query)
        table = self.sets.get(name)
        if table is None:
            raise ODataError(404, E_QUERY, f"Resource not found for the segment '{name}'.")
        if key is None and rest:
            action = rest.removeprefix("Microsoft.Dynamics.CRM.")
            if action in ("CreateMultiple", "UpdateMultiple", "UpsertMultiple"):
                self._require(call, "POST")
                return self._bulk(call, table, action)
            raise ODataError(404, E_QUERY, f"Resource not found for the segment '{rest}'.")
        if rest:
            raise ODataError(404, E_QUERY, f"Resource not found for the segment '{rest}'.")
        if key is None:
            if call.method == "GET":
                return self._read_collection(call, table)
            if call.method == "POST":
                return self._create(call, table)
            raise ODataError(405, E_QUERY, f"The HTTP method '{call.method}' is not allowed on {name}.")
        record_id = self._key(table, key)
        if call.method == "GET":
            return self._read_one(call, table, record_id)
        if call.method == "PATCH":
            return self._patch(call, table, record_id)
        if call.method == "DELETE":
            return self._delete(call, table, record_id)
        raise ODataError(405, E_QUERY, f"The HTTP method '{call.method}' is not allowed on a {table.logical_name}.")

    @staticmethod
    def _require(call: Call, method: str) -> None:
        if call.method != method:
            raise ODataError(405, E_QUERY, f"Use {method} here.")

    @staticmethod
    def _key(table: CrmTable, key: str) -> str:
        text = key.strip()
        if "=" in text:
            name, _, text = text.partition("=")
            if name.strip() != table.primary_id:
                raise ODataError(400, E_QUERY, f"'{name.strip()}' is not a key of {table.logical_name}; only "
                                               f"{table.primary_id} is.")
        try:
            return str(uuid.UUID(text.strip().strip("'")))
        except ValueError:
            raise ODataError(400, E_QUERY, f"Bad Request - Error in query syntax: the key '{key}' is not a GUID.") \
                from None

    # --- reads -------------------------------------------------------------------------------------------------------

    def _read_collection(self, call: Call, table: CrmTable) -> Answer:
        prefer = call.prefer
        page_size = _page_size(prefer.get("odata.maxpagesize"))
        annotations = "odata.include-annotations" in prefer
        attributes = self._select(table, call.query.get("$select"))
        expand = self._expand(table, call.query.get("$expand"))
        json_sql = self._row_json_sql(table, attributes, annotations, expand)
        context = f"{call.api_root}/$metadata#{table.entity_set}" + \
            (f"({','.join(attributes)})" if call.query.get("$select") else "")
        token = _decode_token(call.query.get("$skiptoken"))
        if "$deltatoken" in call.query or token.get("d") is not None:
            return self._read_changes(call, table, json_sql, page_size, token, context)
        tracking = "odata.track-changes" in prefer or token.get("s") is not None
        if tracking and any(o in call.query for o in ("$filter", "$orderby", "$top", "$expand", "$count")):
            raise ODataError(400, E_QUERY, "Change tracking does not support $filter, $orderby, $top, $expand or "
                                           "$count; select columns only.")
        where, params = self._where(table, call.query.get("$filter"))
        top = _top(call.query.get("$top"))
        order = self._orderby(table, call.query.get("$orderby"))
        snapshot = token.get("s", self.store.current_version if tracking else None)
        if snapshot is not None:
            where, params = f"{where} AND t.versionnumber <= ?", [*params, snapshot]
        limit = min(top, MAX_PAGE_SIZE) if top is not None else page_size
        pk = f't."{table.primary_id}"'
        if order:
            offset = int(token.get("o", 0))
            sql = (f'SELECT {json_sql}, {pk} FROM "{table.logical_name}" t WHERE {where} '
                   f"ORDER BY {order}, {pk} LIMIT ? OFFSET ?")
            rows = self.store.connection.execute(sql, [*params, limit + 1, offset]).fetchall()
            next_token = {"o": offset + limit}
        else:
            after = token.get("k")
            keyed = f"{where} AND {pk} > ?" if after is not None else where
            sql = f'SELECT {json_sql}, {pk} FROM "{table.logical_name}" t WHERE {keyed} ORDER BY {pk} LIMIT ?'
            rows = self.store.connection.execute(sql, [*params, *([after] if after else []), limit + 1]).fetchall()
            next_token = {"k": rows[limit - 1][1]} if len(rows) > limit else {}
        more = len(rows) > limit and top is None
        rows = rows[:limit]
        head: dict[str, Any] = {"@odata.context": context}
        if call.query.get("$count", "").lower() == "true":
            total = self.store.connection.execute(
                f'SELECT count(*) FROM "{table.logical_name}" t WHERE {where}', params).fetchone()[0]
            head["@odata.count"] = min(total, COUNT_LIMIT)
            if total > COUNT_LIMIT:
                head["@Microsoft.Dynamics.CRM.totalrecordcountlimitexceeded"] = True
        tail: dict[str, Any] = {}
        headers: dict[str, str] = {}
        if more:
            if snapshot is not None:
                next_token["s"] = snapshot
            tail["@odata.nextLink"] = _link(call, table, {"$skiptoken": _encode_token(next_token)})
        elif tracking:
            tail["@odata.deltaLink"] = _link(call, table, {"$deltatoken": _delta_token(snapshot)}, drop_skip=True)
        if tracking:
            headers["Preference-Applied"] = "odata.track-changes"
        if "odata.maxpagesize" in prefer:
            headers["Preference-Applied"] = ",".join(
                filter(None, [headers.get("Preference-Applied"), f"odata.maxpagesize={page_size}"]))
        return json_answer(200, _collection_body(head, [r[0] for r in rows], tail), headers)

    def _read_changes(self, call: Call, table: CrmTable, json_sql: str, page_size: int, token: dict,
                      context: str) -> Answer:
        if any(o in call.query for o in ("$filter", "$orderby", "$top", "$expand")):
            raise ODataError(400, E_QUERY, "A delta link cannot be combined with $filter, $orderby, $top or $expand.")
        since = token["d"] if token.get("d") is not None else _parse_delta_token(call.query["$deltatoken"])
        snapshot = token.get("s", self.store.current_version)
        after = token.get("a", since)
        deleted_context = f"{call.api_root}/$metadata#{table.entity_set}/$deletedEntity"
        sql = (f'SELECT seq, j FROM (SELECT t.versionnumber AS seq, {json_sql} AS j FROM "{table.logical_name}" t '
               f"WHERE t.versionnumber > ? AND t.versionnumber <= ? "
               f"UNION ALL SELECT seq, json_object('@odata.context', ?, 'id', id, 'reason', 'deleted') "
               f"FROM _deleted WHERE entity = ? AND seq > ? AND seq <= ?) ORDER BY seq LIMIT ?")
        rows = self.store.connection.execute(
            sql, [after, snapshot, deleted_context, table.logical_name, after, snapshot, page_size + 1]).fetchall()
        tail: dict[str, Any] = {}
        if len(rows) > page_size:
            rows = rows[:page_size]
            tail["@odata.nextLink"] = _link(call, table, {"$skiptoken": _encode_token(
                {"d": since, "s": snapshot, "a": rows[-1][0]})}, drop_delta=True)
        else:
            tail["@odata.deltaLink"] = _link(call, table, {"$deltatoken": _delta_token(snapshot)}, drop_skip=True)
        return json_answer(200, _collection_body({"@odata.context": context + "/$delta"}, [r[1] for r in rows], tail),
                           {"Preference-Applied": "odata.track-changes"})

    def _read_one(self, call: Call, table: CrmTable, record_id: str) -> Answer:
        attributes = self._select(table, call.query.get("$select"))
        expand = self._expand(table, call.query.get("$expand"))
        if_none_match = call.headers.get("if-none-match")
        version = self.store.version_of(table, record_id)
        if version is None:
            raise _not_found(table, record_id)
        if if_none_match and _etag_matches(if_none_match, version):
            return Answer(304, {"ETag": _etag(version), "OData-Version": "4.0"})
        row = self._row_json(call, table, record_id, attributes, expand)
        return json_answer(200, row, {"ETag": _etag(version)})

    def _row_json(self, call: Call, table: CrmTable, record_id: str, attributes: list[str],
                  expand: list[tuple[Column, CrmTable, list[str]]] | None = None) -> bytes:
        annotations = "odata.include-annotations" in call.prefer
        json_sql = self._row_json_sql(table, attributes, annotations, expand or [])
        text = self.store.connection.execute(
            f'SELECT {json_sql} FROM "{table.logical_name}" t WHERE t."{table.primary_id}" = ?',
            (record_id,)).fetchone()[0]
        context = f'"@odata.context":"{call.api_root}/$metadata#{table.entity_set}/$entity",'
        return ("{" + context + text[1:]).encode()

    def _select(self, table: CrmTable, text: str | None) -> list[str]:
        if not text:
            return [c.attribute for c in table.columns]
        wanted = [name.strip() for name in text.split(",") if name.strip()]
        for name in wanted:
            if name not in table.by_attribute:
                raise ODataError(400, E_QUERY, f"Could not find a property named '{name}' on type "
                                               f"'Microsoft.Dynamics.CRM.{table.logical_name}'.")
        # Dataverse always returns the primary key, selected or not.
        return ([table.primary_id] if table.primary_id not in wanted else []) + wanted

    def _expand(self, table: CrmTable, text: str | None) -> list[tuple[Column, CrmTable, list[str]]]:
        if not text:
            return []
        result = []
        for item in _split_top_level(text):
            match = re.fullmatch(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:\((.*)\))?\s*", item)
            if match is None:
                raise ODataError(400, E_QUERY, f"The $expand item '{item}' is malformed.")
            name, options = match.group(1), match.group(2)
            column = table.by_name.get(name)
            if column is None or column.type is not ColumnType.LOOKUP:
                raise ODataError(400, E_QUERY, f"Could not find a navigation property named '{name}' on type "
                                               f"'Microsoft.Dynamics.CRM.{table.logical_name}'.")
            target = self.tables[column.target or ""]
            select = None
            for option in _split_top_level(options or "", ";"):
                key, _, value = option.strip().partition("=")
                if key == "$select":
                    select = value
                elif key:
                    raise ODataError(400, E_QUERY, f"The $expand option '{key}' is not supported here.")
            result.append((column, target, self._select(target, select)))
        return result

    def _row_json_sql(self, table: CrmTable, attributes: list[str], annotations: bool,
                      expand: list[tuple[Column, CrmTable, list[str]]], alias: str = "t") -> str:
        pairs = [f"'@odata.etag', 'W/\"' || {alias}.versionnumber || '\"'"]
        notes: list[str] = []
        for name in attributes:
            column = table.by_attribute[name]
            pairs.append(f"'{name}', {_value_sql(column, alias)}")
            if annotations:
                notes.extend(self._annotation_sql(column, alias))
        for column, target, select in expand:
            inner = self._row_json_sql(target, select, False, [], alias="x")
            pairs.append(f"'{column.name}', json((SELECT {inner} FROM \"{target.logical_name}\" x "
                         f"WHERE x.\"{target.primary_id}\" = {alias}.\"{column.attribute}\"))")
        row = f"json_object({', '.join(pairs)})"
        if notes:
            # json_patch drops keys whose value is null, so absent values carry no annotation (as in Dataverse).
            row = f"json_patch({row}, json_object({', '.join(notes)}))"
        return row

    def _annotation_sql(self, column: Column, alias: str) -> list[str]:
        name = f'{alias}."{column.attribute}"'
        formatted = f"'{column.attribute}@OData.Community.Display.V1.FormattedValue'"
        if column.type is ColumnType.CHOICE:
            cases = " ".join(f"WHEN {o.value} THEN '{o.label}'" for o in column.options)
            return [f"{formatted}, CASE {name} {cases} END"]
        if column.type is ColumnType.BOOLEAN:
            return [f"{formatted}, CASE {name} WHEN 1 THEN 'Yes' WHEN 0 THEN 'No' END"]
        if column.type is ColumnType.LOOKUP:
            target = self.tables[column.target or ""]
            return [f"'{column.attribute}@Microsoft.Dynamics.CRM.lookuplogicalname', "
                    f"CASE WHEN {name} IS NOT NULL THEN '{target.logical_name}' END",
                    f"{formatted}, (SELECT y.\"{target.primary_name}\" FROM \"{target.logical_name}\" y "
                    f"WHERE y.\"{target.primary_id}\" = {name})"]
        return []

    def _where(self, table: CrmTable, text: str | None) -> tuple[str, list[object]]:
        if not text:
            return "1", []
        try:
            return to_sql(parse_filter(text), table)
        except FilterError as error:
            raise ODataError(400, E_QUERY, str(error)) from None

    def _orderby(self, table: CrmTable, text: str | None) -> str:
        if not text:
            return ""
        parts = []
        for item in text.split(","):
            words = item.split()
            if not words or len(words) > 2 or (len(words) == 2 and words[1] not in ("asc", "desc")):
                raise ODataError(400, E_QUERY, f"The $orderby item '{item.strip()}' is malformed.")
            if words[0] not in table.by_attribute:
                raise ODataError(400, E_QUERY, f"Could not find a property named '{words[0]}' on type "
                                               f"'Microsoft.Dynamics.CRM.{table.logical_name}'.")
            parts.append(f't."{words[0]}" {"DESC" if words[-1] == "desc" else "ASC"}')
        return ", ".join(parts)

    # --- writes ------------------------------------------------------------------------------------------------------

    def _payload(self, call: Call) -> dict[str, Any]:
        try:
            data = json.loads(call.body or b"null")
        except (ValueError, UnicodeDecodeError):
            raise ODataError(400, E_PAYLOAD, "The request body is not valid JSON.") from None
        if not isinstance(data, dict):
            raise ODataError(400, E_PAYLOAD, "The request body must be a JSON object.")
        return data

    def _values(self, call: Call, table: CrmTable, data: dict[str, Any]) -> dict[str, object]:
        """The request's JSON as storage values, checked against the table's columns."""
        values: dict[str, object] = {}
        for key, value in data.items():
            if key.endswith("@odata.bind"):
                name = key[: -len("@odata.bind")]
                column = table.by_name.get(name)
                if column is None or column.type is not ColumnType.LOOKUP:
                    raise ODataError(400, E_QUERY, f"An undeclared property '{name}' which only has property "
                                                   f"annotations in the payload was found.")
                values[column.attribute] = None if value is None else self._bind(call, column, value)
                continue
            if key.startswith("@") or "@" in key:
                continue  # @odata.type, @odata.id, @odata.etag and other annotations
            column = table.by_attribute.get(key)
            if column is None or column.type is ColumnType.LOOKUP:
                raise ODataError(400, E_QUERY, f"The property '{key}' does not exist on type "
                                               f"'Microsoft.Dynamics.CRM.{table.logical_name}'. Make sure to only "
                                               f"use property names that are defined by the type.")
            if column.read_only:
                continue
            values[column.attribute] = _storage_value(table, column, value)
        return values

    def _bind(self, call: Call, column: Column, value: object) -> str:
        if not isinstance(value, str):
            raise ODataError(400, E_PAYLOAD, f"{column.name}@odata.bind must be a string such as /contacts(<id>).")
        reference = call.references.get(value.lstrip("$")) if value.startswith("$") else None
        match = _ENTITY_REF.search(reference or value.split("?")[0])
        target = self.tables[column.target or ""]
        if match is None or match.group("set") != target.entity_set:
            raise ODataError(400, E_PAYLOAD, f"{column.name}@odata.bind must point at /{target.entity_set}(<id>).")
        record_id = match.group("id").lower()
        if self.store.version_of(target, record_id) is None:
            raise _not_found(target, record_id)
        return record_id

    def _stamp(self, table: CrmTable, values: dict[str, object], *, created: bool) -> int:
        version = self.store.next_version()
        now = utc_text(datetime.now(UTC))
        values["versionnumber"] = version
        values["modifiedon"] = now
        if created:
            values["createdon"] = now
            values.setdefault("statecode", 0)
        return version

    def _full_name(self, table: CrmTable, record_id: str, values: dict[str, object]) -> None:
        if table.logical_name != "contact" or not ({"firstname", "lastname"} & values.keys()):
            return
        current = self.store.connection.execute(
            'SELECT firstname, lastname FROM contact WHERE contactid = ?', (record_id,)).fetchone() or (None, None)
        first = values.get("firstname", current[0])
        last = values.get("lastname", current[1])
        values["fullname"] = " ".join(str(p) for p in (first, last) if p) or None

    def _insert(self, call: Call, table: CrmTable, data: dict[str, Any],
                record_id: str | None = None) -> tuple[str, int]:
        values = self._values(call, table, data)
        given = values.pop(table.primary_id, None)
        if record_id is not None and given is not None and given != record_id:
            raise ODataError(400, E_PAYLOAD, f"The {table.primary_id} in the body differs from the one in the URL.")
        record_id = record_id or (str(given) if given else str(uuid.uuid4()))
        if self.store.version_of(table, record_id) is not None:
            raise ODataError(412, E_DUPLICATE, "A record with matching key values already exists.")
        self._full_name(table, record_id, values)
        version = self._stamp(table, values, created=True)
        values[table.primary_id] = record_id
        self.store.insert(table, values)
        return record_id, version

    def _update(self, call: Call, table: CrmTable, record_id: str, data: dict[str, Any]) -> int:
        values = self._values(call, table, data)
        given = values.pop(table.primary_id, None)
        if given is not None and given != record_id:
            raise ODataError(400, E_PAYLOAD, f"The {table.primary_id} in the body differs from the one in the URL.")
        self._full_name(table, record_id, values)
        version = self._stamp(table, values, created=False)
        self.store.update(table, record_id, values)
        return version

    def _create(self, call: Call, table: CrmTable) -> Answer:
        data = self._payload(call)
        with self.store.transaction():
            record_id, version = self._insert(call, table, data)
        return self._written(call, table, record_id, version, created=True)

    def _patch(self, call: Call, table: CrmTable, record_id: str) -> Answer:
        data = self._payload(call)
        if_match = call.headers.get("if-match")
        if_none_match = call.headers.get("if-none-match")
        with self.store.transaction():
            version = self.store.version_of(table, record_id)
            if version is None:
                if if_match is not None:
                    raise _not_found(table, record_id)
                record_id, version = self._insert(call, table, data, record_id)
                created = True
            else:
                if if_none_match is not None and if_none_match.strip() == "*":
                    raise ODataError(412, E_DUPLICATE, "A record with matching key values already exists.")
                if if_match is not None and not _etag_matches(if_match, version):
                    raise ODataError(412, E_VERSION, "The version of the existing record doesn't match the "
                                                     "RowVersion property provided.")
                version = self._update(call, table, record_id, data)
                created = False
        return self._written(call, table, record_id, version, created=created)

    def _written(self, call: Call, table: CrmTable, record_id: str, version: int, *, created: bool) -> Answer:
        entity_url = f"{call.api_root}/{table.entity_set}({record_id})"
        call.created = f"{table.entity_set}({record_id})"
        headers = {"OData-EntityId": entity_url, "ETag": _etag(version), "OData-Version": "4.0"}
        if created:
            headers["Location"] = entity_url
        if call.prefer.get("return") == "representation":
            attributes = self._select(table, call.query.get("$select"))
            body = self._row_json(call, table, record_id, attributes)
            headers["Preference-Applied"] = "return=representation"
            answer = json_answer(201 if created else 200, body, headers)
        else:
            answer = Answer(204, headers)
        answer.wrote = True
        return answer

    def _delete(self, call: Call, table: CrmTable, record_id: str) -> Answer:
        if_match = call.headers.get("if-match")
        with self.store.transaction():
            version = self.store.version_of(table, record_id)
            if version is None:
                raise _not_found(table, record_id)
            if if_match is not None and not _etag_matches(if_match, version):
                raise ODataError(412, E_VERSION, "The version of the existing record doesn't match the "
                                                 "RowVersion property provided.")
            self.store.delete(table, record_id, self.store.next_version())
        return Answer(204, {"OData-Version": "4.0"}, wrote=True)

    def _bulk(self, call: Call, table: CrmTable, action: str) -> Answer:
        data = self._payload(call)
        targets = data.get("Targets")
        if not isinstance(targets, list) or not targets or not all(isinstance(t, dict) for t in targets):
            raise ODataError(400, E_PAYLOAD, f"{action} needs a non-empty 'Targets' list of objects.")
        results: list[dict[str, Any]] = []
        ids: list[str] = []
        with self.store.transaction():
            for target in targets:
                odata_type = target.get("@odata.type", f"Microsoft.Dynamics.CRM.{table.logical_name}")
                if str(odata_type).lstrip("#") != f"Microsoft.Dynamics.CRM.{table.logical_name}":
                    raise ODataError(400, E_PAYLOAD, f"A target of {action} is not a {table.logical_name}.")
                if action == "CreateMultiple":
                    ids.append(self._insert(call, table, target)[0])
                    continue
                record_id = self._target_id(table, target)
                exists = self.store.version_of(table, record_id) is not None
                if action == "UpdateMultiple":
                    if not exists:
                        raise _not_found(table, record_id)
                    self._update(call, table, record_id, target)
                elif exists:
                    self._update(call, table, record_id, target)
                else:
                    self._insert(call, table, target, record_id)
                results.append({"RecordCreated": not exists, "Target": {table.primary_id: record_id}})
        context = f"{call.api_root}/$metadata#Microsoft.Dynamics.CRM.{action}Response"
        if action == "CreateMultiple":
            answer = json_answer(200, {"@odata.context": context, "Ids": ids})
        elif action == "UpsertMultiple":
            answer = json_answer(200, {"@odata.context": context, "Results": results})
        else:
            answer = Answer(204, {"OData-Version": "4.0"})
        answer.wrote = True
        return answer

    def _target_id(self, table: CrmTable, target: dict[str, Any]) -> str:
        value = target.get(table.primary_id)
        if value is None and isinstance(target.get("@odata.id"), str):
            match = _ENTITY_REF.search(target["@odata.id"])
            value = match.group("id") if match else None
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            raise ODataError(400, E_PAYLOAD, f"Each target needs its {table.primary_id}.") from None

    # --- $batch ------------------------------------------------------------------------------------------------------

    def _batch(self, call: Call) -> Answer:
        try:
            entries = read_batch_request(call.body, call.headers.get("content-type"), max_messages=MAX_BATCH_REQUESTS)
        except MultipartError as error:
            raise ODataError(400, E_BATCH, f"The batch request is malformed: {error}") from None
        continue_on_error = "odata.continue-on-error" in call.prefer
        out: list[HttpResponseMessage | ChangeSet] = []
        failed = False
        references: dict[str, str] = {}
        for entry in entries:
            if isinstance(entry, ChangeSet):
                answers, ok = self._change_set(call, entry, references)
                out.append(ChangeSet(answers))
            else:
                answer = self._batch_part(call, entry, references, in_change_set=False)
                out.append(answer)
                ok = answer.status < 400
            if not ok:
                failed = True
                if not continue_on_error:
                    break
        boundary = new_boundary("batchresponse")
        status = 400 if failed and not continue_on_error else 200
        return Answer(status, {"Content-Type": f"multipart/mixed; boundary={boundary}", "OData-Version": "4.0"},
                      write_batch(out, boundary), wrote=True)

    def _change_set(self, call: Call, change_set: ChangeSet, references: dict[str, str]) \
            -> tuple[list[HttpResponseMessage], bool]:
        answers: list[HttpResponseMessage] = []

        class _Abort(Exception):
            pass

        try:
            with self.store.transaction():
                for message in change_set.messages:
                    answer = self._batch_part(call, message, references, in_change_set=True)
                    if answer.status >= 400:
                        # All or nothing: the failed request's answer alone stands for the change set.
                        answers = [answer]
                        raise _Abort
                    answers.append(answer)
        except _Abort:
            return answers, False
        return answers, True

    def _batch_part(self, call: Call, message: HttpRequestMessage, references: dict[str, str], *,
                    in_change_set: bool) -> HttpResponseMessage:
        try:
            if in_change_set and message.method == "GET":
                raise ODataError(400, E_BATCH, "A change set may hold only POST, PATCH, PUT and DELETE requests.")
            target = message.target
            if target.startswith("$"):
                cid, _, rest = target[1:].partition("/")
                if cid not in references:
                    raise ODataError(400, E_BATCH, f"The Content-ID reference '${cid}' is not defined.")
                target = references[cid] + (f"/{rest}" if rest else "")
            path, query = _split_target(target, call.api_root)
            inner = Call(message.method, path, query,
                         {k.lower(): v for k, v in message.headers.items}, message.body, call.api_root, references)
            answer = self.dispatch(inner)
            if message.content_id is not None and inner.created:
                references[message.content_id] = inner.created
        except ODataError as error:
            answer = error_answer(error.status, error.code, error.message)
        headers = Headers([(k, v) for k, v in answer.headers.items()])
        return HttpResponseMessage(answer.status, _REASONS.get(answer.status, ""), headers, answer.body,
                                   message.content_id)


_REASONS = {200: "OK", 201: "Created", 204: "No Content", 304: "Not Modified", 400: "Bad Request", 404: "Not Found",
            405: "Method Not Allowed", 412: "Precondition Failed", 500: "Internal Server Error"}


def _split_target(target: str, api_root: str) -> tuple[str, dict[str, str]]:
    parts = urlsplit(target)
    path = unquote(parts.path)
    root_path = urlsplit(api_root).path
    if path.startswith(root_path + "/"):
        path = path[len(root_path) + 1:]
    elif path.startswith("/api/data/"):
        raise ODataError(400, E_BATCH, "A batch request names another API version.")
    query = {}
    for pair in parts.query.split("&"):
        if pair:
            key, _, value = pair.partition("=")
            query[unquote(key)] = unquote(value.replace("+", " "))
    return path.lstrip("/"), query


def _split_top_level(text: str, separator: str = ",") -> list[str]:
    items, depth, current = [], 0, ""
    for char in text:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        if char == separator and depth == 0:
            items.append(current)
            current = ""
        else:
            current += char
    if current.strip():
        items.append(current)
    return items


def _value_sql(column: Column, alias: str) -> str:
    name = f'{alias}."{column.attribute}"'
    if column.type is ColumnType.BOOLEAN:
        return f"CASE {name} WHEN 1 THEN json('true') WHEN 0 THEN json('false') END"
    return name


def _storage_value(table: CrmTable, column: Column, value: object) -> object:
    if value is None:
        return None
    kind = column.type
    ok = True
    result: object = value
    if kind is ColumnType.STRING:
        ok = isinstance(value, str)
        if ok and column.max_length is not None and len(value) > column.max_length:  # type: ignore[arg-type]
            raise ODataError(400, E_VALIDATION, f"A validation error occurred. The length of the '{column.name}' "
                                                f"attribute of the '{table.logical_name}' entity exceeded the maximum "
                                                f"allowed length of '{column.max_length}'.")
    elif kind is ColumnType.GUID:
        try:
            result = str(uuid.UUID(str(value)))
        except ValueError:
            ok = False
        ok = ok and isinstance(value, str)
    elif kind in (ColumnType.INTEGER, ColumnType.BIGINT, ColumnType.CHOICE):
        ok = isinstance(value, int) and not isinstance(value, bool)
        if ok and kind is ColumnType.CHOICE and not any(o.value == value for o in column.options):
            raise ODataError(400, E_VALIDATION, f"A validation error occurred. The value {value} of "
                                                f"'{column.name}' on record of type '{table.logical_name}' is "
                                                f"outside the valid range.")
    elif kind is ColumnType.BOOLEAN:
        ok = isinstance(value, bool)
        result = 1 if value else 0
    elif kind is ColumnType.DATETIME:
        try:
            parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            result = utc_text(parsed)
        except ValueError:
            ok = False
        ok = ok and isinstance(value, str)
    elif kind is ColumnType.DATE:
        try:
            result = date.fromisoformat(str(value)[:10]).isoformat()
        except ValueError:
            ok = False
        ok = ok and isinstance(value, str)
    if not ok:
        raise ODataError(400, E_PAYLOAD, f"Error identified in Payload provided by the user for Entity :"
                                         f"'{table.entity_set}', Cannot convert the literal '{str(value)[:40]}' to "
                                         f"the expected type '{column.edm_type}'.")
    return result


def _not_found(table: CrmTable, record_id: str) -> ODataError:
    return ODataError(404, E_NOT_FOUND, f"{table.logical_name} With Id = {record_id} Does Not Exist")


def _etag(version: int) -> str:
    return f'W/"{version}"'


def _etag_matches(header: str, version: int) -> bool:
    for candidate in header.split(","):
        text = candidate.strip()
        if text == "*":
            return True
        if text.removeprefix("W/").strip('"') == str(version):
            return True
    return False


def _page_size(value: str | None) -> int:
    if value is None:
        return MAX_PAGE_SIZE
    try:
        size = int(value)
    except ValueError:
        raise ODataError(400, E_QUERY, "odata.maxpagesize must be a whole number.") from None
    if size < 1:
        raise ODataError(400, E_QUERY, "odata.maxpagesize must be at least 1.")
    return min(size, MAX_PAGE_SIZE)


def _top(value: str | None) -> int | None:
    if value is None:
        return None
    if not value.isdigit() or int(value) < 1:
        raise ODataError(400, E_QUERY, f"Invalid value '{value}' for $top query option found.")
    return int(value)


def _encode_token(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode()).decode().rstrip("=")


def _decode_token(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        data = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
        if isinstance(data, dict):
            return data
    except (ValueError, UnicodeDecodeError):
        pass
    raise ODataError(400, E_QUERY, "The $skiptoken is not one this server issued.")


def _delta_token(version: int) -> str:
    # Dataverse's tokens look like "919042!08/22/2017 08:10:44"; only the number before "!" matters here.
    return f"{version}!{datetime.now(UTC).strftime('%m/%d/%Y %H:%M:%S')}"


def _parse_delta_token(text: str) -> int:
    number = text.split("!", 1)[0]
    if not number.isdigit():
        raise ODataError(400, E_QUERY, "The $deltatoken is not one this server issued.")
    return int(number)


def _link(call: Call, table: CrmTable, extra: dict[str, str], *, drop_skip: bool = False,
          drop_delta: bool = False) -> str:
    query = {k: v for k, v in call.query.items() if k not in ("$skiptoken", "$deltatoken")}
    if drop_skip or drop_delta:
        query = {k: v for k, v in query.items() if k == "$select"}
    query.update(extra)
    encoded = "&".join(f"{quote(k, safe='$')}={quote(v, safe='')}" for k, v in query.items())
    return f"{call.api_root}/{table.entity_set}?{encoded}"


def _collection_body(head: dict[str, Any], rows: list[str], tail: dict[str, Any]) -> bytes:
    head_text = json.dumps(head, separators=(",", ":"))[:-1]
    tail_text = json.dumps(tail, separators=(",", ":"))[1:-1]
    return (head_text + ',"value":[' + ",".join(rows) + "]" + ("," + tail_text if tail_text else "") + "}").encode()
