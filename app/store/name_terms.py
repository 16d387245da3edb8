"""The vocabulary behind typo-tolerant name search: every folded name token with its one-deletion variants.

`client_name_terms` maps each variant to the terms it comes from. Looking up the variants of a typed token
finds every stored term within one edit of it with a handful of primary-key probes, however many clients
there are. Terms are only ever added: a term no client carries any more costs a row and matches nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Column, Connection, MetaData, String, Table, bindparam, text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.search.folding import deletion_variants, fold_name_tokens

# Shorter tokens are not corrected: one edit away from a three-letter name is half the dictionary.
MIN_FUZZY_LENGTH = 4

NAME_TERMS = Table(
    "client_name_terms", MetaData(),
    Column("variant", String(200), primary_key=True),
    Column("term", String(200), primary_key=True),
)

_TERMS_OF_VARIANTS = text("SELECT term FROM client_name_terms WHERE variant IN :variants").bindparams(
    bindparam("variants", expanding=True))


def name_term_rows(names: Iterable[str | None]) -> list[dict[str, str]]:
    terms = {token for name in names if name for token in fold_name_tokens(name) if len(token) >= MIN_FUZZY_LENGTH}
    return [{"variant": variant, "term": term} for term in sorted(terms) for variant in deletion_variants(term)]


def register_name_terms(session: Session, names: Iterable[str | None]) -> None:
    rows = name_term_rows(names)
    if rows:
        session.execute(insert(NAME_TERMS).on_conflict_do_nothing(), rows)


def terms_near(connection: Connection, token: str) -> set[str]:
    """Stored terms one edit (or none) away from `token`, candidates still to be confirmed by distance."""
    if len(token) < MIN_FUZZY_LENGTH:
        return set()
    return set(connection.scalars(_TERMS_OF_VARIANTS, {"variants": sorted(deletion_variants(token))}))
