"""Neuvo's Dataverse Web API client (httpx): configuration, tokens, queries, paging, change tracking, writes,
`$batch` and the bulk actions, with typed errors. The sync engine (#8) builds on `DataverseClient`."""

from sync.dataverse.auth import (
    ClientCredentialsTokenProvider,
    InteractiveTokenProvider,
    KeyringTokenCache,
    StaticTokenProvider,
    TokenProvider,
)
from sync.dataverse.client import BatchItemResult, ChangePage, ConnectionCheck, Created, DataverseClient, Page
from sync.dataverse.config import DataverseConfig, InsecureUrlError
from sync.dataverse.errors import (
    BadRequest,
    DataverseError,
    DuplicateKey,
    Forbidden,
    NetworkError,
    NotFound,
    PayloadTooLarge,
    PreconditionFailed,
    ServerError,
    Throttled,
    Unauthorized,
    UnexpectedResponse,
)
from sync.dataverse.query import Query, odata_literal

__all__ = [
    "BadRequest", "BatchItemResult", "ChangePage", "ClientCredentialsTokenProvider", "ConnectionCheck", "Created",
    "DataverseClient", "DataverseConfig", "DataverseError", "DuplicateKey", "Forbidden", "InsecureUrlError",
    "InteractiveTokenProvider", "KeyringTokenCache", "NetworkError", "NotFound", "Page", "PayloadTooLarge",
    "PreconditionFailed", "Query", "ServerError", "StaticTokenProvider", "Throttled", "TokenProvider",
    "Unauthorized", "UnexpectedResponse", "odata_literal",
]
