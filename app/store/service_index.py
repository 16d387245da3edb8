"""The service search indexes (FTS5), shared by migration 0004 and the catalogue writer.

One contentless index per language (fi, sv, en): columns `name` (names and alternative names), `terms`
(ontology terms with their synonyms, keywords, code-list labels, the general description's name) and `body`
(summary and description). The text arrives already analysed by app/search/service_text.py — Snowball stems and
compound parts separated by spaces — so the tokenizer only splits at spaces; ranking weighs the columns with
bm25 (NAME_WEIGHTS). Prefix indexes keep as-you-type prefixes of two to four letters cheap.

`service_substrings` is the trigram tier: services' folded names and terms in all languages, for substring
matches when the stemmed tiers find too little (`kotipaik` inside `päiväkotipaikka`). FTS5's trigram tokenizer
is part of SQLCipher's SQLite too.
"""

from __future__ import annotations

LANGUAGES = ("fi", "sv", "en")
COLUMN_WEIGHTS = (10.0, 4.0, 1.0)  # name, terms, body: a name hit outranks a description hit


def index_table(language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"no service index for language {language!r}")
    return f"service_index_{language}"


SUBSTRING_TABLE = "service_substrings"

_LANGUAGE_INDEX = """CREATE VIRTUAL TABLE {table} USING fts5(
        name, terms, body, content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 0', prefix='2 3 4')"""
_SUBSTRING_INDEX = f"""CREATE VIRTUAL TABLE {SUBSTRING_TABLE} USING fts5(
        text, content='', contentless_delete=1, tokenize='trigram remove_diacritics 1')"""

CREATE_STATEMENTS = (*(_LANGUAGE_INDEX.format(table=index_table(language)) for language in LANGUAGES),
                     _SUBSTRING_INDEX)
DROP_STATEMENTS = (*(f"DROP TABLE IF EXISTS {index_table(language)}" for language in LANGUAGES),
                   f"DROP TABLE IF EXISTS {SUBSTRING_TABLE}")
