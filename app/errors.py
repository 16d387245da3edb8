"""Errors an adviser or an administrator can act on: each says what happened and what to do."""


class NeuvoError(Exception):
    """A problem with a one-line explanation and a fix, safe to show (never holds personal data)."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix

    def one_line(self) -> str:
        return f"{self.problem} {self.fix}".strip()


class ProfileError(NeuvoError):
    """The profile directory cannot be used (missing, not writable, not a Neuvo profile)."""


class SecretStoreError(NeuvoError):
    """No usable place for the database key (no OS keyring), or the key is missing."""


class StoreError(NeuvoError):
    """The local database cannot be opened: wrong key, corrupted, foreign, or too new."""


class ValidationError(NeuvoError):
    """Input that does not pass the rules (identity code checksum, phone number, e-mail)."""


class PermissionDenied(NeuvoError):
    """The adviser's roles do not allow this (e.g. the audit log and the situational picture are for supervisors)."""
