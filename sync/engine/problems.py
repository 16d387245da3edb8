"""What went wrong, in words an adviser understands (the sync log and the status bar show these)."""

from __future__ import annotations

from sync.dataverse.errors import (
    BadRequest,
    DataverseError,
    Forbidden,
    NetworkError,
    ServerError,
    Throttled,
    UnexpectedResponse,
)
from sync.engine.retry import SignInNeeded

SIGN_IN_NEEDED = "sign_in_needed"
OFFLINE = "offline"
FAILED = "failed"
OK = "ok"
PARTIAL = "partial"


def outcome_of(error: BaseException) -> str:
    if isinstance(error, SignInNeeded):
        return SIGN_IN_NEEDED
    if isinstance(error, NetworkError):
        return OFFLINE
    return FAILED


def adviser_message(error: BaseException) -> str:
    """One sentence, no record contents (ids and counts at most)."""
    if isinstance(error, SignInNeeded):
        return "Sign-in to the CRM is needed: the CRM no longer accepts this workstation's sign-in. " \
               "Your changes are kept and are sent after you sign in."
    if isinstance(error, NetworkError):
        return "The CRM could not be reached (no network, or the CRM is down). Your changes are kept on this " \
               "workstation and are sent when the connection is back."
    if isinstance(error, Throttled):
        return "The CRM asked Neuvo to slow down and did not recover in time. Your changes are kept; " \
               "Neuvo tries again later."
    if isinstance(error, ServerError):
        return f"The CRM had a problem of its own (HTTP {error.status}). Your changes are kept; Neuvo tries " \
               "again later."
    if isinstance(error, UnexpectedResponse):
        return "The CRM (or a network device before it) answered something Neuvo does not understand. " \
               "Your changes are kept; if this repeats, tell IT support."
    if isinstance(error, Forbidden):
        return "The CRM refused: this sign-in lacks a permission. Tell IT support; your changes are kept."
    if isinstance(error, BadRequest):
        return "The CRM refused a change as invalid. The change is kept and marked; tell IT support."
    if isinstance(error, DataverseError):
        return f"The CRM refused the sync (HTTP {error.status}). Your changes are kept; tell IT support if " \
               "this repeats."
    return f"The sync stopped on an unexpected problem ({type(error).__name__}). Your changes are kept."
