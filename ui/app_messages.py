"""The fixed English sentences that come from app/ and sync/ and are shown through
`QCoreApplication.translate(context, text)` in ui/, listed here so that lupdate puts them in the catalogues.

app/ knows no Qt, so it cannot mark its own texts; each context below names where ui/ translates them. Nothing
imports this module at run time: it exists for lupdate (scripts/update-translations), and
tests/test_translation_catalogues.py checks that it still matches the texts app/ and sync/ produce.
Sentences that carry values (a count, a date, a code) reach the window in English until app/ hands them over
as a template and its values.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# ui/main_window.py: the warning banner (app/secrets.py)
WORKSTATION_WARNINGS = (
    QT_TRANSLATE_NOOP("WorkstationWarning", "Demo profile: no OS keyring found, so the database key is kept in a "
                                            "file inside the profile."),
)

# ui/main_window.py: the note under the search box (app/search/query.py)
LOOKUP_PROBLEMS = (
    QT_TRANSLATE_NOOP("LookupProblem", "Nothing to search for: type a name, phone number, identity code, birth "
                                       "date or e-mail address."),
    QT_TRANSLATE_NOOP("LookupProblem", "That birth date is in the future: check the century sign (- or A)."),
    QT_TRANSLATE_NOOP("LookupProblem", "Type at least four digits of a phone number."),
)

# ui/encounter_panel.py: why an encounter cannot be saved yet (app/usecases/record_encounter.py)
ENCOUNTER_PROBLEMS = (
    QT_TRANSLATE_NOOP("EncounterProblem", "The encounter's times must carry a time zone."),
    QT_TRANSLATE_NOOP("EncounterProblem", "The encounter cannot end before it started."),
    QT_TRANSLATE_NOOP("EncounterProblem", "The encounter cannot start in the future; check the workstation's "
                                          "clock."),
    QT_TRANSLATE_NOOP("EncounterProblem", "Choose the outcome of the encounter."),
    QT_TRANSLATE_NOOP("EncounterProblem", "A signal's severity is 1 (minor), 2 (notable) or 3 (serious)."),
    QT_TRANSLATE_NOOP("EncounterProblem", "The services offered are not service ids from the service search."),
)

# ui/sync_log_dialog.py: a sync run's outcome (app/usecases/sync_status.py OUTCOME_WORDS)
SYNC_OUTCOMES = (
    QT_TRANSLATE_NOOP("SyncOutcome", "Everything sent and received"),
    QT_TRANSLATE_NOOP("SyncOutcome", "Sent, but some changes were refused"),
    QT_TRANSLATE_NOOP("SyncOutcome", "CRM not reachable"),
    QT_TRANSLATE_NOOP("SyncOutcome", "Sign-in needed"),
    QT_TRANSLATE_NOOP("SyncOutcome", "Sync failed"),
    QT_TRANSLATE_NOOP("SyncOutcome", "Stopped"),
    QT_TRANSLATE_NOOP("SyncOutcome", "Running or interrupted"),
)

# ui/sync_log_dialog.py and ui/outreach_readiness_dialog.py: why a sync run failed
# (sync/engine/problems.py adviser_message, sync/engine/controller.py)
SYNC_PROBLEMS = (
    QT_TRANSLATE_NOOP("SyncProblem", "Sign-in to the CRM is needed: the CRM no longer accepts this workstation's "
                                     "sign-in. Your changes are kept and are sent after you sign in."),
    QT_TRANSLATE_NOOP("SyncProblem", "The CRM could not be reached (no network, or the CRM is down). Your changes "
                                     "are kept on this workstation and are sent when the connection is back."),
    QT_TRANSLATE_NOOP("SyncProblem", "The CRM asked Neuvo to slow down and did not recover in time. Your changes "
                                     "are kept; Neuvo tries again later."),
    QT_TRANSLATE_NOOP("SyncProblem", "The CRM (or a network device before it) answered something Neuvo does not "
                                     "understand. Your changes are kept; if this repeats, tell IT support."),
    QT_TRANSLATE_NOOP("SyncProblem", "The CRM refused: this sign-in lacks a permission. Tell IT support; your "
                                     "changes are kept."),
    QT_TRANSLATE_NOOP("SyncProblem", "The CRM refused a change as invalid. The change is kept and marked; tell IT "
                                     "support."),
    QT_TRANSLATE_NOOP("SyncProblem", "The sync stopped on an unexpected problem."),
    QT_TRANSLATE_NOOP("SyncProblem", "The sync was stopped before it could run; your changes are kept."),
)

# ui/conflict_dialog.py: the field a conflict is about (app/usecases/sync_conflicts.py FIELD_LABELS)
CONFLICT_FIELDS = (
    QT_TRANSLATE_NOOP("ConflictField", "First names"),
    QT_TRANSLATE_NOOP("ConflictField", "Last name"),
    QT_TRANSLATE_NOOP("ConflictField", "Preferred name"),
    QT_TRANSLATE_NOOP("ConflictField", "Birth date"),
    QT_TRANSLATE_NOOP("ConflictField", "Identity code"),
    QT_TRANSLATE_NOOP("ConflictField", "E-mail"),
    QT_TRANSLATE_NOOP("ConflictField", "Street address"),
    QT_TRANSLATE_NOOP("ConflictField", "Postal code"),
    QT_TRANSLATE_NOOP("ConflictField", "Municipality"),
    QT_TRANSLATE_NOOP("ConflictField", "Language"),
    QT_TRANSLATE_NOOP("ConflictField", "Interpreter needed"),
    QT_TRANSLATE_NOOP("ConflictField", "Safety marking"),
    QT_TRANSLATE_NOOP("ConflictField", "Phone numbers"),
    QT_TRANSLATE_NOOP("ConflictField", "Record deleted in the CRM"),
)

# ui/client_form.py problem_text: what is wrong with a field of the client form, and the fix
# (app/usecases/edit_client.py, app/domain/phone_number.py, email_address.py, identity_code.py)
FIELD_PROBLEMS = (
    QT_TRANSLATE_NOOP("FieldProblem", "Another client already has this identity code."),
    QT_TRANSLATE_NOOP("FieldProblem", "Open the existing client instead of creating a second record."),
    QT_TRANSLATE_NOOP("FieldProblem", "Not a language code."),
    QT_TRANSLATE_NOOP("FieldProblem", "The language is missing."),
    QT_TRANSLATE_NOOP("FieldProblem", "Use a two-letter ISO 639-1 code, such as fi, sv, en, ru, et, so or ar."),
    QT_TRANSLATE_NOOP("FieldProblem", "Shorten it; the full name can be recorded in the CRM."),
    QT_TRANSLATE_NOOP("FieldProblem", "A phone number or identity code typed here belongs in its own field."),
    QT_TRANSLATE_NOOP("FieldProblem", "Not a date."),
    QT_TRANSLATE_NOOP("FieldProblem", "Write the birth date as dd.mm.yyyy."),
    QT_TRANSLATE_NOOP("FieldProblem", "The birth date is in the future."),
    QT_TRANSLATE_NOOP("FieldProblem", "Check the year with the client."),
    QT_TRANSLATE_NOOP("FieldProblem", "The birth date does not match the identity code."),
    QT_TRANSLATE_NOOP("FieldProblem", "Correct one of them: the code starts with the birth date (ddmmyy)."),
    QT_TRANSLATE_NOOP("FieldProblem", "The street address is too long."),
    QT_TRANSLATE_NOOP("FieldProblem", "Shorten it."),
    QT_TRANSLATE_NOOP("FieldProblem", "A postal code has five digits."),
    QT_TRANSLATE_NOOP("FieldProblem", "Type it as on the client's letters, e.g. 00100."),
    QT_TRANSLATE_NOOP("FieldProblem", "There is no Finnish municipality by that code or name."),
    QT_TRANSLATE_NOOP("FieldProblem", "Choose the municipality from the list."),
    QT_TRANSLATE_NOOP("FieldProblem", "Type the name as it is on the client's identity document."),
    QT_TRANSLATE_NOOP("FieldProblem", "Leave out the least used number."),
    QT_TRANSLATE_NOOP("FieldProblem", "This number is already entered above."),
    QT_TRANSLATE_NOOP("FieldProblem", "Remove the second copy."),
    QT_TRANSLATE_NOOP("FieldProblem", "Choose whether the number is mobile, home or work."),
    QT_TRANSLATE_NOOP("FieldProblem", "Not a phone number: only digits, spaces, +, -, / and brackets belong in "
                                      "one."),
    QT_TRANSLATE_NOOP("FieldProblem", "Type the number as the client gives it, e.g. 040 123 4567 or +46 70 123 45 "
                                      "67."),
    QT_TRANSLATE_NOOP("FieldProblem", "Check the number with the client; a number abroad needs its country code "
                                      "(+46 …)."),
    QT_TRANSLATE_NOOP("FieldProblem", "Ask the client to spell the address, e.g. aino.virtanen@example.fi."),
    QT_TRANSLATE_NOOP("FieldProblem", "An e-mail address cannot contain spaces."),
    QT_TRANSLATE_NOOP("FieldProblem", "The e-mail address has no @."),
    QT_TRANSLATE_NOOP("FieldProblem", "The e-mail address has more than one @."),
    QT_TRANSLATE_NOOP("FieldProblem", "The e-mail address has nothing before the @."),
    QT_TRANSLATE_NOOP("FieldProblem", "The e-mail address is too long."),
    QT_TRANSLATE_NOOP("FieldProblem", "The part after the @ is not a domain (such as example.fi)."),
    QT_TRANSLATE_NOOP("FieldProblem", "The part before the @ cannot start or end with a dot, or have two in a "
                                      "row."),
    QT_TRANSLATE_NOOP("FieldProblem", "The part after the @ has characters a domain cannot have."),
    QT_TRANSLATE_NOOP("FieldProblem", "The part before the @ has characters an address cannot have (such as a "
                                      "comma)."),
    QT_TRANSLATE_NOOP("FieldProblem", "Check the code with the client (date, separator, number, check character)."),
)
