"""`$metadata` (CSDL XML) and `EntityDefinitions` for the emulated tables.

Clients resolve a table's entity set and primary key from `EntityDefinitions`: Microsoft's SDK asks
`EntityDefinitions?$select=LogicalName,EntitySetName,PrimaryIdAttribute&$filter=LogicalName eq 'contact'` before
its first request to a table, and `…/Attributes/Microsoft.Dynamics.CRM.PicklistAttributeMetadata` before writing
text values (to translate choice labels). Both are answered from sync/crm_schema.py.
"""

from __future__ import annotations

import uuid
from typing import Any
from xml.sax.saxutils import quoteattr

from sync.crm_schema import Column, ColumnType, CrmTable
from sync.emulator.answers import E_NOT_FOUND, E_QUERY, Answer, ODataError, json_answer
from sync.emulator.odata_filter import FilterError, parse_filter, predicate

_ATTRIBUTE_TYPES = {ColumnType.GUID: ("Uniqueidentifier", "UniqueIdentifierAttributeMetadata"),
                    ColumnType.STRING: ("String", "StringAttributeMetadata"),
                    ColumnType.INTEGER: ("Integer", "IntegerAttributeMetadata"),
                    ColumnType.BIGINT: ("BigInt", "BigIntAttributeMetadata"),
                    ColumnType.BOOLEAN: ("Boolean", "BooleanAttributeMetadata"),
                    ColumnType.DATETIME: ("DateTime", "DateTimeAttributeMetadata"),
                    ColumnType.DATE: ("DateTime", "DateTimeAttributeMetadata"),
                    ColumnType.CHOICE: ("Picklist", "PicklistAttributeMetadata"),
                    ColumnType.LOOKUP: ("Lookup", "LookupAttributeMetadata")}


def csdl(tables: dict[str, CrmTable]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">',
             "<edmx:DataServices>",
             '<Schema Namespace="Microsoft.Dynamics.CRM" Alias="mscrm" xmlns="http://docs.oasis-open.org/odata/ns/edm">']
    for table in tables.values():
        lines.append(f"<EntityType Name={quoteattr(table.logical_name)}>")
        lines.append(f'<Key><PropertyRef Name={quoteattr(table.primary_id)} /></Key>')
        for column in table.columns:
            length = f" MaxLength=\"{column.max_length}\"" if column.max_length else ""
            lines.append(f"<Property Name={quoteattr(column.attribute)} Type=\"{column.edm_type}\"{length} />")
        for column in table.lookups:
            target = tables[column.target or ""]
            lines.append(f"<NavigationProperty Name={quoteattr(column.name)} "
                         f"Type=\"mscrm.{target.logical_name}\" Nullable=\"true\">"
                         f"<ReferentialConstraint Property={quoteattr(column.attribute)} "
                         f"ReferencedProperty={quoteattr(target.primary_id)} /></NavigationProperty>")
        lines.append("</EntityType>")
    lines.append('<ComplexType Name="WhoAmIResponse">'
                 '<Property Name="BusinessUnitId" Type="Edm.Guid" Nullable="false" />'
                 '<Property Name="UserId" Type="Edm.Guid" Nullable="false" />'
                 '<Property Name="OrganizationId" Type="Edm.Guid" Nullable="false" /></ComplexType>')
    lines.append('<Function Name="WhoAmI"><ReturnType Type="mscrm.WhoAmIResponse" Nullable="false" /></Function>')
    for action in ("CreateMultiple", "UpdateMultiple", "UpsertMultiple"):
        lines.append(f'<Action Name="{action}" IsBound="true"><Parameter Name="entityset" '
                     f'Type="Collection(mscrm.crmbaseentity)" /><Parameter Name="Targets" '
                     f'Type="Collection(mscrm.crmbaseentity)" /></Action>')
    lines.append('<EntityContainer Name="System">')
    for table in tables.values():
        lines.append(f"<EntitySet Name={quoteattr(table.entity_set)} EntityType=\"mscrm.{table.logical_name}\" />")
    lines.append('<FunctionImport Name="WhoAmI" Function="mscrm.WhoAmI" />')
    lines += ["</EntityContainer>", "</Schema>", "</edmx:DataServices>", "</edmx:Edmx>"]
    return "\n".join(lines)


def entity_definition(table: CrmTable) -> dict[str, Any]:
    schema_name = "Contact" if table.logical_name == "contact" else table.logical_name
    return {
        "MetadataId": table.metadata_id,
        "LogicalName": table.logical_name,
        "SchemaName": schema_name,
        "EntitySetName": table.entity_set,
        "LogicalCollectionName": table.entity_set,
        "CollectionSchemaName": f"{schema_name}s",
        "PrimaryIdAttribute": table.primary_id,
        "PrimaryNameAttribute": table.primary_name,
        "ObjectTypeCode": table.object_type_code,
        "IsCustomEntity": table.is_custom,
        "IsActivity": False,
        "IsIntersect": False,
        "TableType": "Standard",
        "ChangeTrackingEnabled": True,
        "DisplayName": _label(table.logical_name),
        "DisplayCollectionName": _label(table.entity_set),
    }


def attribute_definition(table: CrmTable, column: Column) -> dict[str, Any]:
    kind, odata_type = _ATTRIBUTE_TYPES[column.type]
    data: dict[str, Any] = {
        "@odata.type": f"#Microsoft.Dynamics.CRM.{odata_type}",
        "MetadataId": str(uuid.uuid5(uuid.NAMESPACE_URL, f"neuvo-crm-column:{table.logical_name}.{column.name}")),
        "LogicalName": column.name,
        "SchemaName": column.name,
        "EntityLogicalName": table.logical_name,
        "AttributeType": kind,
        "AttributeTypeName": {"Value": f"{kind}Type"},
        "IsPrimaryId": column.name == table.primary_id,
        "IsPrimaryName": column.name == table.primary_name,
        "IsValidForCreate": not column.read_only,
        "IsValidForUpdate": not column.read_only and column.name != table.primary_id,
        "IsCustomAttribute": column.name.startswith(table.logical_name.split("_")[0] + "_") and table.is_custom,
        "DisplayName": _label(column.name),
    }
    if column.max_length:
        data["MaxLength"] = column.max_length
    if column.type is ColumnType.LOOKUP:
        data["Targets"] = [column.target]
    if column.type is ColumnType.CHOICE:
        data["OptionSet"] = {"Options": [{"Value": o.value, "Label": _label(o.label)} for o in column.options]}
    return data


def entity_definitions(tables: dict[str, CrmTable], api_root: str, key: str | None, rest: str | None,
                       query: dict[str, str]) -> Answer:
    if key is None:
        if rest:
            raise ODataError(404, E_QUERY, f"Resource not found for the segment '{rest}'.")
        rows = [entity_definition(t) for t in tables.values()]
        rows = _filtered(rows, query.get("$filter"))
        return json_answer(200, {"@odata.context": f"{api_root}/$metadata#EntityDefinitions",
                                 "value": [_selected(r, query.get("$select")) for r in rows]})
    table = _table_by_key(tables, key)
    if not rest:
        data = _selected(entity_definition(table), query.get("$select"))
        if "Attributes" in (query.get("$expand") or ""):
            data["Attributes"] = [attribute_definition(table, c) for c in table.columns]
        return json_answer(200, {"@odata.context": f"{api_root}/$metadata#EntityDefinitions/$entity", **data})
    segments = rest.split("/")
    if segments[0] != "Attributes" and not segments[0].startswith("Attributes("):
        raise ODataError(404, E_QUERY, f"Resource not found for the segment '{segments[0]}'.")
    attributes = [attribute_definition(table, c) for c in table.columns]
    if segments[0].startswith("Attributes("):
        name = segments[0][len("Attributes("):-1].partition("=")[2].strip("'")
        for attribute in attributes:
            if attribute["LogicalName"] == name:
                return json_answer(200, {"@odata.context": f"{api_root}/$metadata#EntityDefinitions/Attributes/$entity",
                                         **_selected(attribute, query.get("$select"))})
        raise ODataError(404, E_NOT_FOUND, f"Could not find attribute '{name}' on {table.logical_name}.")
    if len(segments) > 1:
        cast = segments[1].removeprefix("Microsoft.Dynamics.CRM.")
        attributes = [a for a in attributes if a["@odata.type"] == f"#Microsoft.Dynamics.CRM.{cast}"]
    attributes = _filtered(attributes, query.get("$filter"))
    return json_answer(200, {"@odata.context": f"{api_root}/$metadata#EntityDefinitions/Attributes",
                             "value": [_selected(a, query.get("$select"), keep=("OptionSet",)) for a in attributes]})


def _table_by_key(tables: dict[str, CrmTable], key: str) -> CrmTable:
    name, equals, value = key.partition("=")
    for table in tables.values():
        if equals and name.strip() == "LogicalName" and value.strip().strip("'") == table.logical_name:
            return table
        if not equals and key.strip().lower() == table.metadata_id:
            return table
    raise ODataError(404, E_NOT_FOUND, f"Could not find entity with key {key}.")


def _filtered(rows: list[dict[str, Any]], text: str | None) -> list[dict[str, Any]]:
    if not text:
        return rows
    try:
        test = predicate(parse_filter(text))
    except FilterError as error:
        raise ODataError(400, E_QUERY, str(error)) from None
    return [row for row in rows if test(row)]


def _selected(row: dict[str, Any], text: str | None, keep: tuple[str, ...] = ()) -> dict[str, Any]:
    if not text:
        return dict(row)
    wanted = {name.strip() for name in text.split(",")} | {"MetadataId", "@odata.type", *keep}
    return {k: v for k, v in row.items() if k in wanted}


def _label(text: str) -> dict[str, Any]:
    localized = {"Label": text, "LanguageCode": 1033}
    return {"LocalizedLabels": [localized], "UserLocalizedLabel": localized}
