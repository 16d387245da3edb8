"""The English sentences that come from app/ and sync/ and are shown in the window, listed here so that lupdate
puts them in the catalogues.

app/ knows no Qt, so it cannot mark its own texts. ui/app_text.py translates them in the context "AppMessage";
a sentence that carries values (a count, a date, a code) comes as an app.text.Text, whose template (with %1, %2)
is what is listed here. The sync log and conflict labels keep contexts of their own. Nothing imports this
module at run time: it exists for lupdate (scripts/update-translations), and tests/test_app_messages.py checks
that it lists every sentence app/ and sync/ can hand to the window.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# ui/main_window.py: the warning banner (app/secrets.py)
WORKSTATION_WARNINGS = (
    QT_TRANSLATE_NOOP("AppMessage", "Demo profile: no OS keyring found, so the database key is kept in a "
                                    "file inside the profile."),
)

# ui/main_window.py: the note under the search box (app/search/query.py)
LOOKUP_PROBLEMS = (
    QT_TRANSLATE_NOOP("AppMessage", "Nothing to search for: type a name, phone number, identity code, birth "
                                    "date or e-mail address."),
    QT_TRANSLATE_NOOP("AppMessage", "That birth date is in the future: check the century sign (- or A)."),
    QT_TRANSLATE_NOOP("AppMessage", "Type at least four digits of a phone number."),
)

# ui/encounter_panel.py: why an encounter cannot be saved yet (app/usecases/record_encounter.py)
ENCOUNTER_PROBLEMS = (
    QT_TRANSLATE_NOOP("AppMessage", "The encounter's times must carry a time zone."),
    QT_TRANSLATE_NOOP("AppMessage", "The encounter cannot end before it started."),
    QT_TRANSLATE_NOOP("AppMessage", "The encounter cannot start in the future; check the workstation's "
                                    "clock."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose the outcome of the encounter."),
    QT_TRANSLATE_NOOP("AppMessage", "A signal's severity is 1 (minor), 2 (notable) or 3 (serious)."),
    QT_TRANSLATE_NOOP("AppMessage", "The services offered are not service ids from the service search."),
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
    QT_TRANSLATE_NOOP("AppMessage", "Another client already has this identity code."),
    QT_TRANSLATE_NOOP("AppMessage", "Open the existing client instead of creating a second record."),
    QT_TRANSLATE_NOOP("AppMessage", "Not a language code."),
    QT_TRANSLATE_NOOP("AppMessage", "The language is missing."),
    QT_TRANSLATE_NOOP("AppMessage", "Use a two-letter ISO 639-1 code, such as fi, sv, en, ru, et, so or ar."),
    QT_TRANSLATE_NOOP("AppMessage", "Shorten it; the full name can be recorded in the CRM."),
    QT_TRANSLATE_NOOP("AppMessage", "A phone number or identity code typed here belongs in its own field."),
    QT_TRANSLATE_NOOP("AppMessage", "Not a date."),
    QT_TRANSLATE_NOOP("AppMessage", "Write the birth date as dd.mm.yyyy."),
    QT_TRANSLATE_NOOP("AppMessage", "The birth date is in the future."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the year with the client."),
    QT_TRANSLATE_NOOP("AppMessage", "The birth date does not match the identity code."),
    QT_TRANSLATE_NOOP("AppMessage", "Correct one of them: the code starts with the birth date (ddmmyy)."),
    QT_TRANSLATE_NOOP("AppMessage", "The street address is too long."),
    QT_TRANSLATE_NOOP("AppMessage", "Shorten it."),
    QT_TRANSLATE_NOOP("AppMessage", "A postal code has five digits."),
    QT_TRANSLATE_NOOP("AppMessage", "Type it as on the client's letters, e.g. 00100."),
    QT_TRANSLATE_NOOP("AppMessage", "There is no Finnish municipality by that code or name."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose the municipality from the list."),
    QT_TRANSLATE_NOOP("AppMessage", "Type the name as it is on the client's identity document."),
    QT_TRANSLATE_NOOP("AppMessage", "Leave out the least used number."),
    QT_TRANSLATE_NOOP("AppMessage", "This number is already entered above."),
    QT_TRANSLATE_NOOP("AppMessage", "Remove the second copy."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose whether the number is mobile, home or work."),
    QT_TRANSLATE_NOOP("AppMessage", "Not a phone number: only digits, spaces, +, -, / and brackets belong in "
                                    "one."),
    QT_TRANSLATE_NOOP("AppMessage", "Type the number as the client gives it, e.g. 040 123 4567 or +46 70 123 45 "
                                    "67."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the number with the client; a number abroad needs its country code "
                                    "(+46 …)."),
    QT_TRANSLATE_NOOP("AppMessage", "Ask the client to spell the address, e.g. aino.virtanen@example.fi."),
    QT_TRANSLATE_NOOP("AppMessage", "An e-mail address cannot contain spaces."),
    QT_TRANSLATE_NOOP("AppMessage", "The e-mail address has no @."),
    QT_TRANSLATE_NOOP("AppMessage", "The e-mail address has more than one @."),
    QT_TRANSLATE_NOOP("AppMessage", "The e-mail address has nothing before the @."),
    QT_TRANSLATE_NOOP("AppMessage", "The e-mail address is too long."),
    QT_TRANSLATE_NOOP("AppMessage", "The part after the @ is not a domain (such as example.fi)."),
    QT_TRANSLATE_NOOP("AppMessage", "The part before the @ cannot start or end with a dot, or have two in a "
                                    "row."),
    QT_TRANSLATE_NOOP("AppMessage", "The part after the @ has characters a domain cannot have."),
    QT_TRANSLATE_NOOP("AppMessage", "The part before the @ has characters an address cannot have (such as a "
                                    "comma)."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the code with the client (date, separator, number, check character)."),
)

# Everything else app/ and sync/ say to the adviser: problems and their fixes from the use cases, the store, the
# profile and the CRM connection (ui/app_text.py error_text). tests/test_app_messages.py finds these in the
# source and fails on any sentence missing here.
APP_MESSAGES = (
    # app/consent_purposes.py
    QT_TRANSLATE_NOOP("AppMessage", "Correct the file (see the comments in Neuvo's packaged consent_purposes.toml), "
                                    "or remove the profile's copy to use the packaged default."),
    # app/domain/consent.py
    QT_TRANSLATE_NOOP("AppMessage", "Choose an end date on or after the start date, or leave the end empty."),
    QT_TRANSLATE_NOOP("AppMessage", "The consent's validity ends (%1) before it starts (%2)."),
    # app/domain/identity_code.py
    QT_TRANSLATE_NOOP("AppMessage", "Not a valid Finnish identity code: it is not ddmmyy, a century sign, three "
                                    "digits and a check character."),
    QT_TRANSLATE_NOOP("AppMessage", "Not a valid Finnish identity code: the check character does not match the rest "
                                    "of the code."),
    QT_TRANSLATE_NOOP("AppMessage", "Not a valid Finnish identity code: its date or individual number is not "
                                    "possible."),
    QT_TRANSLATE_NOOP("AppMessage", "Not a valid Finnish identity code."),
    # app/domain/phone_number.py
    QT_TRANSLATE_NOOP("AppMessage", "No such phone number exists in the numbering plan."),
    QT_TRANSLATE_NOOP("AppMessage", "Not a phone number that can be read."),
    QT_TRANSLATE_NOOP("AppMessage", "+%1 is not a country code."),
    QT_TRANSLATE_NOOP("AppMessage", "The phone number is too short (%1 digits)."),
    QT_TRANSLATE_NOOP("AppMessage", "The phone number is too long (%1 digits)."),
    # app/need_taxonomy.py
    QT_TRANSLATE_NOOP("AppMessage", "Correct the file (see the comments in Neuvo's packaged needs_taxonomy.toml), or "
                                    "remove the profile's copy to use the packaged default."),
    # app/profile.py
    QT_TRANSLATE_NOOP("AppMessage", "Choose a directory with --profile DIR."),
    QT_TRANSLATE_NOOP("AppMessage", "Restore the profile file from backup, or point --profile at another directory."),
    QT_TRANSLATE_NOOP("AppMessage", "Start with --demo, or create one with --profile DIR."),
    QT_TRANSLATE_NOOP("AppMessage", "The profile path %1 is a file, not a directory."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 holds a database but no %2."),
    QT_TRANSLATE_NOOP("AppMessage", "No Neuvo profile in %1."),
    QT_TRANSLATE_NOOP("AppMessage", "Give your user write access to it, or choose another directory with --profile "
                                    "DIR."),
    QT_TRANSLATE_NOOP("AppMessage", "Restore it from backup, or start a new profile in another directory."),
    QT_TRANSLATE_NOOP("AppMessage", "Cannot write to the profile directory %1 (%2)."),
    QT_TRANSLATE_NOOP("AppMessage", "The profile file %1 is unreadable or damaged (%2)."),
    # app/ptv/documents.py
    QT_TRANSLATE_NOOP("AppMessage", "Give PTV Open API JSON (services, service channels, general descriptions, code "
                                    "lists)."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the file: it must be PTV Open API JSON as the API returns it."),
    QT_TRANSLATE_NOOP("AppMessage", "Give a PTV JSON file, a directory of them, or an API URL."),
    QT_TRANSLATE_NOOP("AppMessage", "Give a PTV JSON file or a directory of them."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 is JSON but not PTV data: expected a list of records or an API page."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 holds no PTV services, channels, general descriptions or code lists."),
    QT_TRANSLATE_NOOP("AppMessage", "Give PTV Open API JSON (services, channels, code lists)."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 does not exist."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 holds no .json or .json.gz files."),
    QT_TRANSLATE_NOOP("AppMessage", "Download it again."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 is not UTF-8 text, so not PTV JSON."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 nests arrays or objects too deeply to be PTV JSON."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 is not JSON (line %2: %3)."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 is a damaged gzip file (%2)."),
    # app/search/query.py
    QT_TRANSLATE_NOOP("AppMessage", "%1 is not a date of birth: a date is typed as 1.1.1990 or 1990-01-01."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 is not a date: an identity code starts with the birth date as ddmmyy."),
    # app/secrets.py
    QT_TRANSLATE_NOOP("AppMessage", "No OS keyring is available, and Neuvo keeps the database key only there."),
    QT_TRANSLATE_NOOP("AppMessage", "On Linux install and unlock a Secret Service keyring (gnome-keyring or KWallet); "
                                    "to try Neuvo without one, start the demo with --demo."),
    QT_TRANSLATE_NOOP("AppMessage", "This profile is not a demo profile but carries a demo key file."),
    QT_TRANSLATE_NOOP("AppMessage", "Move the profile to a machine with an OS keyring."),
    QT_TRANSLATE_NOOP("AppMessage", "Refusing to keep a key in a file for a non-demo profile."),
    QT_TRANSLATE_NOOP("AppMessage", "Unlock your keyring (log in again) and restart Neuvo."),
    QT_TRANSLATE_NOOP("AppMessage", "Delete the demo profile directory to start a fresh demo."),
    QT_TRANSLATE_NOOP("AppMessage", "The OS keyring refused to give the secret “%1” (%2)."),
    QT_TRANSLATE_NOOP("AppMessage", "The OS keyring refused to store the secret “%1” (%2)."),
    QT_TRANSLATE_NOOP("AppMessage", "The demo key file %1 is unreadable."),
    # app/store/database.py
    QT_TRANSLATE_NOOP("AppMessage", "Restore the profile's keyring entry or the database from backup; the file was "
                                    "left untouched."),
    QT_TRANSLATE_NOOP("AppMessage", "Restore the keyring entry from backup."),
    QT_TRANSLATE_NOOP("AppMessage", "Move it away; Neuvo never opens or converts a foreign database in place."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 cannot be decrypted: the key does not match, or the file is damaged."),
    QT_TRANSLATE_NOOP("AppMessage", "Restore the keyring entry from backup. Neuvo will not make a new key: the data "
                                    "would be lost."),
    QT_TRANSLATE_NOOP("AppMessage", "The database key in %1 is not a 256-bit hex key."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the file's permissions."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 is an unencrypted SQLite file, not a Neuvo store."),
    QT_TRANSLATE_NOOP("AppMessage", "The key for %1 is missing from %2."),
    QT_TRANSLATE_NOOP("AppMessage", "Cannot read the database file %1 (%2)."),
    # app/store/migrate.py
    QT_TRANSLATE_NOOP("AppMessage", "Install the newer Neuvo again; this one leaves the data untouched."),
    QT_TRANSLATE_NOOP("AppMessage", "The store is at schema %1, which this Neuvo does not know (a newer version wrote "
                                    "it)."),
    # app/store/store.py
    QT_TRANSLATE_NOOP("AppMessage", "The identity-code hash key is missing from %1."),
    # app/usecases/audit_trail.py
    QT_TRANSLATE_NOOP("AppMessage", "The last day is before the first day."),
    QT_TRANSLATE_NOOP("AppMessage", "Swap the dates or change one of them."),
    # app/usecases/consent_enforcement.py
    QT_TRANSLATE_NOOP("AppMessage", "Save it anonymously instead, or ask the client for this consent and record it "
                                    "first."),
    QT_TRANSLATE_NOOP("AppMessage", "Ask the client for this consent and record it first."),
    QT_TRANSLATE_NOOP("AppMessage", "This needs the client's consent “%1”, which is not in effect."),
    # app/usecases/edit_client.py
    QT_TRANSLATE_NOOP("AppMessage", "The first names are required."),
    QT_TRANSLATE_NOOP("AppMessage", "The last name is required."),
    QT_TRANSLATE_NOOP("AppMessage", "The first names are too long (%1 characters; at most %2)."),
    QT_TRANSLATE_NOOP("AppMessage", "The last name is too long (%1 characters; at most %2)."),
    QT_TRANSLATE_NOOP("AppMessage", "The preferred name is too long (%1 characters; at most %2)."),
    QT_TRANSLATE_NOOP("AppMessage", "The first names contain digits."),
    QT_TRANSLATE_NOOP("AppMessage", "The last name contains digits."),
    QT_TRANSLATE_NOOP("AppMessage", "The preferred name contains digits."),
    QT_TRANSLATE_NOOP("AppMessage", "The client was not saved: check %1."),
    QT_TRANSLATE_NOOP("AppMessage", "Correct the marked fields and save again."),
    QT_TRANSLATE_NOOP("AppMessage", "This client was changed or removed elsewhere after you opened the form, so your "
                                    "changes were not saved (they would have overwritten the newer ones)."),
    QT_TRANSLATE_NOOP("AppMessage", "Your text is still in the form: note what you need, reopen the client and edit "
                                    "again."),
    QT_TRANSLATE_NOOP("AppMessage", "At most %1 phone numbers are kept."),
    # app/usecases/expiring_consents.py
    QT_TRANSLATE_NOOP("AppMessage", "Ask for a smaller page."),
    QT_TRANSLATE_NOOP("AppMessage", "The window is 0 to 366 days."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose a shorter window."),
    QT_TRANSLATE_NOOP("AppMessage", "A page holds 1 to %1 rows."),
    # app/usecases/export_aggregates.py
    QT_TRANSLATE_NOOP("AppMessage", "Use the default %1, or the threshold the city's data protection policy sets."),
    # app/usecases/import_services.py
    QT_TRANSLATE_NOOP("AppMessage", "Check the source; see the report lines for what was skipped."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 held no PTV records that could be imported."),
    # app/usecases/interface_language.py
    QT_TRANSLATE_NOOP("AppMessage", "Choose fi, sv or en."),
    QT_TRANSLATE_NOOP("AppMessage", "“%1” is not a language of the window."),
    # app/usecases/permissions.py
    QT_TRANSLATE_NOOP("AppMessage", "Ask a supervisor, or ask the city's IT administrator to grant you the role."),
    QT_TRANSLATE_NOOP("AppMessage", "Only supervisors and administrators may open %1."),
    # app/usecases/record_consent.py
    QT_TRANSLATE_NOOP("AppMessage", "A refusal has no end date."),
    QT_TRANSLATE_NOOP("AppMessage", "A withdrawal has no end date."),
    QT_TRANSLATE_NOOP("AppMessage", "Ask the guardian and type the guardian's name, or record the decision later."),
    QT_TRANSLATE_NOOP("AppMessage", "A consent decision cannot take effect after today."),
    QT_TRANSLATE_NOOP("AppMessage", "Record the decision on the day it is made; leave the start date as today."),
    QT_TRANSLATE_NOOP("AppMessage", "Reopen the consent dialog to show the current text."),
    QT_TRANSLATE_NOOP("AppMessage", "The guardian's name is too long."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose one of the purposes listed on the client's card."),
    QT_TRANSLATE_NOOP("AppMessage", "Consent texts exist in Finnish, Swedish and English only."),
    QT_TRANSLATE_NOOP("AppMessage", "Read the text in one of them (with an interpreter if needed)."),
    QT_TRANSLATE_NOOP("AppMessage", "The client is under 15: “%1” needs the consent of a guardian."),
    QT_TRANSLATE_NOOP("AppMessage", "The consent would already have ended."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose an end date from today onwards, or leave the default."),
    QT_TRANSLATE_NOOP("AppMessage", "Leave the end date empty."),
    QT_TRANSLATE_NOOP("AppMessage", "The consent text version %1 does not exist for this purpose."),
    QT_TRANSLATE_NOOP("AppMessage", "“%1” is not a consent purpose of this city."),
    # app/usecases/record_encounter.py
    QT_TRANSLATE_NOOP("AppMessage", "Correct it in the encounter panel and save again."),
    QT_TRANSLATE_NOOP("AppMessage", "An outreach visitor needs the event's name."),
    QT_TRANSLATE_NOOP("AppMessage", "Type the event's name first."),
    QT_TRANSLATE_NOOP("AppMessage", "The encounter to correct does not exist."),
    QT_TRANSLATE_NOOP("AppMessage", "Open the encounter again and retry."),
    QT_TRANSLATE_NOOP("AppMessage", "The summary is longer than %1 characters; keep it short."),
    QT_TRANSLATE_NOOP("AppMessage", "The event name is longer than %1 characters."),
    QT_TRANSLATE_NOOP("AppMessage", "An encounter has at most %1 need tags."),
    QT_TRANSLATE_NOOP("AppMessage", "An encounter has at most %1 signals."),
    QT_TRANSLATE_NOOP("AppMessage", "“%1” is not a municipality code."),
    QT_TRANSLATE_NOOP("AppMessage", "“%1” is not a need code."),
    QT_TRANSLATE_NOOP("AppMessage", "A signal's text is longer than %1 characters."),
    QT_TRANSLATE_NOOP("AppMessage", "The need %1 is tagged twice; keep one tag per need."),
    # app/usecases/search_services.py
    QT_TRANSLATE_NOOP("AppMessage", "Services are searched in Finnish, Swedish or English, not “%1”."),
    # app/usecases/service_handover.py
    QT_TRANSLATE_NOOP("AppMessage", "None of the chosen services is in the catalogue any more."),
    QT_TRANSLATE_NOOP("AppMessage", "Search again and choose the services to hand over."),
    QT_TRANSLATE_NOOP("AppMessage", "The hand-over is written in Finnish, Swedish or English, not “%1”."),
    # app/usecases/situational_picture.py
    QT_TRANSLATE_NOOP("AppMessage", "The first week is after the last week."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose the weeks again."),
    QT_TRANSLATE_NOOP("AppMessage", "A drill-down needs both a dimension and its value."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose a bar to drill into."),
    QT_TRANSLATE_NOOP("AppMessage", "A drill-down names one dimension twice."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose one value per dimension."),
    QT_TRANSLATE_NOOP("AppMessage", "“%1” is not an ISO week such as 2026-W48."),
    # app/usecases/sync_conflicts.py
    QT_TRANSLATE_NOOP("AppMessage", "This conflict was already resolved."),
    QT_TRANSLATE_NOOP("AppMessage", "Refresh the list of conflicts."),
    QT_TRANSLATE_NOOP("AppMessage", "This conflict is about the whole record."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose re-create or discard."),
    QT_TRANSLATE_NOOP("AppMessage", "This conflict is about one field."),
    QT_TRANSLATE_NOOP("AppMessage", "Choose keep mine, take theirs or edit."),
    QT_TRANSLATE_NOOP("AppMessage", "The edited value is not valid for this field."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the value and try again."),
    # app/usecases/workstation_mode.py
    QT_TRANSLATE_NOOP("AppMessage", "Choose counter, phone or outreach."),
    QT_TRANSLATE_NOOP("AppMessage", "“%1” is not a workstation mode."),
    QT_TRANSLATE_NOOP("AppMessage", "Outreach needs the event's name."),
    QT_TRANSLATE_NOOP("AppMessage", "Type the name of the event you are at."),
    # sync/engine/connect.py
    QT_TRANSLATE_NOOP("AppMessage", "This profile has no CRM connection."),
    QT_TRANSLATE_NOOP("AppMessage", "Add a [crm] table with the CRM's url to profile.toml (see README), or use "
                                    "--demo."),
    QT_TRANSLATE_NOOP("AppMessage", "The [crm] table lacks tenant_id or client_id."),
    QT_TRANSLATE_NOOP("AppMessage", "Add both to profile.toml."),
    QT_TRANSLATE_NOOP("AppMessage", "The CRM token of this profile is missing from its secret store."),
    QT_TRANSLATE_NOOP("AppMessage", "Start the demo once more (it makes a new one), or sign in again."),
    QT_TRANSLATE_NOOP("AppMessage", "The CRM client secret is missing from the secret store."),
    QT_TRANSLATE_NOOP("AppMessage", "Store it in the keyring as “%1”."),
    # app/usecases/permissions.py: what a supervisor-only view is called (audit_trail.py, situational_picture.py,
    # expiring_consents.py, export_aggregates.py)
    QT_TRANSLATE_NOOP("AppMessage", "the audit log"),
    QT_TRANSLATE_NOOP("AppMessage", "the situational picture"),
    QT_TRANSLATE_NOOP("AppMessage", "the list of expiring consents"),
    QT_TRANSLATE_NOOP("AppMessage", "the situational picture's export"),
    # app/usecases/edit_client.py _FIELD_NAMES: the fields listed in "The client was not saved: check %1."
    QT_TRANSLATE_NOOP("AppMessage", "first names"),
    QT_TRANSLATE_NOOP("AppMessage", "last name"),
    QT_TRANSLATE_NOOP("AppMessage", "preferred name"),
    QT_TRANSLATE_NOOP("AppMessage", "identity code"),
    QT_TRANSLATE_NOOP("AppMessage", "birth date"),
    QT_TRANSLATE_NOOP("AppMessage", "phone"),
    QT_TRANSLATE_NOOP("AppMessage", "e-mail"),
    QT_TRANSLATE_NOOP("AppMessage", "street address"),
    QT_TRANSLATE_NOOP("AppMessage", "postal code"),
    QT_TRANSLATE_NOOP("AppMessage", "municipality"),
    QT_TRANSLATE_NOOP("AppMessage", "language"),
    # frames around details that stay as written (file paths, TOML keys, parser messages)
    QT_TRANSLATE_NOOP("AppMessage", "The consent purposes file %1 is not valid: %2"),
    QT_TRANSLATE_NOOP("AppMessage", "The need taxonomy file %1 is not valid: %2"),
    QT_TRANSLATE_NOOP("AppMessage", "k must be between %1 and %2, not %3."),
    # neuvo/telephony/settings.py: why phone-system rings are off (the status bar's "Telephony: %1")
    QT_TRANSLATE_NOOP("AppMessage", "%1 could not be read, so phone-system rings are off."),
    QT_TRANSLATE_NOOP("AppMessage", "telephony in %1 must be a [telephony] table."),
    QT_TRANSLATE_NOOP("AppMessage", "telephony.endpoint in %1 must be true or false."),
    QT_TRANSLATE_NOOP("AppMessage", "telephony.port in %1 must be a whole number from %2 to 65535."),
    # neuvo/ptv_fetch.py: importing the catalogue from the PTV API (File → Import services…)
    QT_TRANSLATE_NOOP("AppMessage", "Try again later."),
    QT_TRANSLATE_NOOP("AppMessage", "The PTV API at %1 kept refusing."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the base URL (e.g. https://api.palvelutietovaranto.suomi.fi/api/v11) "
                                    "and the organisation id; the catalogue was left as it was."),
    QT_TRANSLATE_NOOP("AppMessage", "Give the API's base address, such as "
                                    "https://api.palvelutietovaranto.suomi.fi/api/v11."),
    QT_TRANSLATE_NOOP("AppMessage", "The PTV API answered %1 for %2."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the base URL of the PTV Open API."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 is not a web address the PTV API can be read from."),
    QT_TRANSLATE_NOOP("AppMessage", "Check the URL and the network; the catalogue was left as it was."),
    QT_TRANSLATE_NOOP("AppMessage", "%1 did not answer with JSON."),
    QT_TRANSLATE_NOOP("AppMessage", "Cannot reach the PTV API at %1 (%2)."),
)
