<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/audit_log_dialog.py" line="+55"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location filename="../../ui/aggregate_export_dialog.py" line="+59"/>
        <location filename="../../ui/audit_log_dialog.py" line="+1"/>
        <location filename="../../ui/expiring_consents_dialog.py" line="+177"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the situational aggregates</source>
        <translation>Export the situational aggregates</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+81"/>
        <source>hidden (safety marking)</source>
        <translation>hidden (safety marking)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in the CRM</source>
        <translation>deleted in the CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited here</source>
        <translation>edited here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Discard this client here?</source>
        <translation>Discard this client here?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was deleted in the CRM while it was edited here. Discarding removes the client from this workstation too, with the edits made here.</source>
        <translation>%1 was deleted in the CRM while it was edited here. Discarding removes the client from this workstation too, with the edits made here.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_badges.py" line="+46"/>
        <source>Granted, until withdrawn</source>
        <translation>Granted, until withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted until %1</source>
        <translation>Granted until %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires %1 (%2)</source>
        <translation>Expires %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired %1</source>
        <translation>Expired %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn %1</source>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused %1</source>
        <translation>Refused %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="+58"/>
        <source>At the counter</source>
        <translation>At the counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the phone</source>
        <translation>On the phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At an outreach event</source>
        <translation>At an outreach event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitally</source>
        <translation>Digitally</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on paper</source>
        <translation>Signed on paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong e-identification</source>
        <translation>Strong e-identification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../ui/consent_receipt_dialog.py" line="+38"/>
        <source>Save the receipt as PDF</source>
        <translation>Save the receipt as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/service_handover.py" line="+33"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/draft_restore.py" line="+43"/>
        <source>Started %1</source>
        <translation>Started %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with a client</source>
        <translation>with a client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no client</source>
        <translation>no client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 need</source>
        <translation>1 need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 needs</source>
        <translation>%1 needs</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_lines.py" line="+28"/>
        <source>counter</source>
        <translation>counter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outreach</source>
        <translation>outreach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolved on first contact</source>
        <translation>resolved on first contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guided to a service</source>
        <translation>guided to a service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred with a warm hand-over</source>
        <translation>referred with a warm hand-over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointment booked</source>
        <translation>appointment booked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no suitable service found</source>
        <translation>no suitable service found</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/signal_editor.py" line="+39"/>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unmet</source>
        <translation>unmet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly met</source>
        <translation>partly met</translation>
    </message>
    <message>
        <location filename="../../ui/expiring_consents_dialog.py" line="-1"/>
        <source>Export expiring consents</source>
        <translation>Export expiring consents</translation>
    </message>
    <message>
        <location filename="../../ui/service_handover.py" line="-1"/>
        <source>Save the hand-over as PDF</source>
        <translation>Save the hand-over as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/service_import_dialog.py" line="+311"/>
        <source>Choose a PTV JSON file</source>
        <translation>Choose a PTV JSON file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTV JSON (*.json *.json.gz);;All files (*)</source>
        <translation>PTV JSON (*.json *.json.gz);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder of PTV JSON files</source>
        <translation>Choose a folder of PTV JSON files</translation>
    </message>
    <message>
        <location filename="../../ui/service_words.py" line="+28"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now until %1</source>
        <translation>Open now until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens at %1</source>
        <translation>Opens at %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now · opens %1 %2</source>
        <translation>Closed now · opens %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monday</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/signal_editor.py" line="-6"/>
        <source>service hard to find</source>
        <translation>service hard to find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service missing</source>
        <translation>service missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting too long</source>
        <translation>waiting too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat contact</source>
        <translation>repeat contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk of digital exclusion</source>
        <translation>risk of digital exclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language barrier</source>
        <translation>language barrier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minor</source>
        <translation>minor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notable</source>
        <translation>notable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>serious</source>
        <translation>serious</translation>
    </message>
    <message>
        <location filename="../../ui/situational_picture_charts.py" line="+145"/>
        <source>Needs and unmet needs by week</source>
        <translation>Needs and unmet needs by week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: needs and unmet needs by week</source>
        <translation>Chart: needs and unmet needs by week</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/situational_picture_models.py" line="+236"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Needs</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Unmet needs</source>
        <translation>Unmet needs</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Top needs over the weeks</source>
        <translation>Top needs over the weeks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: the top needs over the weeks</source>
        <translation>Chart: the top needs over the weeks</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No needs recorded in these weeks.</source>
        <translation>No needs recorded in these weeks.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs most often unmet</source>
        <translation>Needs most often unmet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: the needs most often unmet</source>
        <translation>Chart: the needs most often unmet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No unmet needs</source>
        <translation>No unmet needs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No unmet needs in these weeks.</source>
        <translation>No unmet needs in these weeks.</translation>
    </message>
    <message>
        <location filename="../../ui/situational_picture_models.py" line="-207"/>
        <source>Age not known</source>
        <translation>Age not known</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Service hard to find</source>
        <translation>Service hard to find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service missing</source>
        <translation>Service missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting too long</source>
        <translation>Waiting too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat contact</source>
        <translation>Repeat contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk of digital exclusion</source>
        <translation>Risk of digital exclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language barrier</source>
        <translation>Language barrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place recorded</source>
        <translation>No place recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area not known</source>
        <translation>Area not known</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fewer than %1: hidden so that no one can be singled out.</source>
        <translation>Fewer than %1: hidden so that no one can be singled out.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden so that a smaller number in this column cannot be worked out from the total.</source>
        <translation>Hidden so that a smaller number in this column cannot be worked out from the total.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+14"/>
        <location line="+36"/>
        <source>Encounters</source>
        <translation>Encounters</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Unmet</source>
        <translation>Unmet</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Unmet share</source>
        <translation>Unmet share</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown code %1</source>
        <translation>unknown code %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean severity (1–3)</source>
        <translation>Mean severity (1–3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+56"/>
        <location line="+6"/>
        <location line="+97"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+6"/>
        <location line="+83"/>
        <source>Card and consent</source>
        <translation>Card and consent</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+6"/>
        <location line="+83"/>
        <source>Encounter</source>
        <translation>Encounter</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+7"/>
        <location line="+83"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+90"/>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+6"/>
        <location line="+83"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+97"/>
        <location line="+4"/>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>in the client search</source>
        <translation>in the client search</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the need field</source>
        <translation>in the need field</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open the best match; with no match, a new client from what was typed</source>
        <translation>Open the best match; with no match, a new client from what was typed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Move to the client list</source>
        <translation>Move to the client list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen client&apos;s card</source>
        <translation>Open the chosen client&apos;s card</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the client list</source>
        <translation>in the client list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the consent</source>
        <translation>Record the consent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the consent dialog</source>
        <translation>in the consent dialog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the highlighted or best need; in the empty field, the need proposed by the service offered</source>
        <translation>Add the highlighted or best need; in the empty field, the need proposed by the service offered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose among the need suggestions</source>
        <translation>Choose among the need suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · 2 · 3</source>
        <translation>1 · 2 · 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need met · partly met · unmet</source>
        <translation>Need met · partly met · unmet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>in the needs list</source>
        <translation>in the needs list</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remove the need</source>
        <translation>Remove the need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter · Delete</source>
        <translation>Enter · Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept · dismiss the proposed need</source>
        <translation>Accept · dismiss the proposed need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the proposed needs</source>
        <translation>in the proposed needs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the service offered</source>
        <translation>Remove the service offered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the services offered</source>
        <translation>in the services offered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter · Down</source>
        <translation>Enter · Down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the results, the best one chosen</source>
        <translation>Move to the results, the best one chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>in the service search</source>
        <translation>in the service search</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the service search</source>
        <translation>Clear the service search</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 … 9, then Enter</source>
        <translation>1 … 9, then Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count a visitor with those needs (Enter alone: without a need)</source>
        <translation>Count a visitor with those needs (Enter alone: without a need)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>in the outreach tally</source>
        <translation>in the outreach tally</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the needs pressed so far</source>
        <translation>Clear the needs pressed so far</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab · Shift+Tab</source>
        <translation>Tab · Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next · previous field</source>
        <translation>Next · previous field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a dialog</source>
        <translation>Close a dialog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a dialog</source>
        <translation>in a dialog</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Go to “%1”</source>
        <translation>Go to “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the %1 menu</source>
        <translation>Open the %1 menu</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>in “%1”</source>
        <translation>in “%1”</translation>
    </message>
</context>
<context>
    <name>AggregateExportDialog</name>
    <message>
        <location filename="../../ui/aggregate_export_dialog.py" line="+17"/>
        <source>Export aggregates</source>
        <translation>Export aggregates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV — for spreadsheets (semicolons, UTF-8)</source>
        <translation>CSV — for spreadsheets (semicolons, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON — for analytics systems</source>
        <translation>JSON — for analytics systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First week</source>
        <translation>First week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> persons</source>
        <translation> persons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest number of persons shown (k)</source>
        <translation>Smallest number of persons shown (k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells counting fewer persons are left empty. %1 unless the city&apos;s data protection policy sets another threshold.</source>
        <translation>Cells counting fewer persons are left empty. %1 unless the city&apos;s data protection policy sets another threshold.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export status</source>
        <translation>Export status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weeks:</source>
        <translation>&amp;Weeks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide cells below:</source>
        <translation>&amp;Hide cells below:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds counts only — per week, channel, place, area and age band, for each need and signal kind: persons, tags and unmet needs, with totals. No names, identity codes, ids, summaries, signal texts or event names. A cell with fewer persons than the threshold is left empty, and so is a second cell wherever a total would give the first one away. The export is written to the audit log.</source>
        <translation>The file holds counts only — per week, channel, place, area and age band, for each need and signal kind: persons, tags and unmet needs, with totals. No names, identity codes, ids, summaries, signal texts or event names. A cell with fewer persons than the threshold is left empty, and so is a second cell wherever a total would give the first one away. The export is written to the audit log.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The first week is after the last week. Choose the weeks again.</source>
        <translation>The first week is after the last week. Choose the weeks again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting… Counting distinct persons takes a while with a lot of encounters; the file appears when it is complete.</source>
        <translation>Exporting… Counting distinct persons takes a while with a lot of encounters; the file appears when it is complete.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 cells to %2. %3 cells were left empty: %4 with fewer than %5 persons, %6 more so that those cannot be worked out from the totals.</source>
        <translation>Exported %1 cells to %2. %3 cells were left empty: %4 with fewer than %5 persons, %6 more so that those cannot be worked out from the totals.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export failed and no file was written: %1</source>
        <translation>The export failed and no file was written: %1</translation>
    </message>
</context>
<context>
    <name>AppMessage</name>
    <message>
        <location filename="../../ui/app_messages.py" line="+31"/>
        <source>The encounter&apos;s times must carry a time zone.</source>
        <translation>The encounter&apos;s times must carry a time zone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter cannot end before it started.</source>
        <translation>The encounter cannot end before it started.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter cannot start in the future; check the workstation&apos;s clock.</source>
        <translation>The encounter cannot start in the future; check the workstation&apos;s clock.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the outcome of the encounter.</source>
        <translation>Choose the outcome of the encounter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signal&apos;s severity is 1 (minor), 2 (notable) or 3 (serious).</source>
        <translation>A signal&apos;s severity is 1 (minor), 2 (notable) or 3 (serious).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The services offered are not service ids from the service search.</source>
        <translation>The services offered are not service ids from the service search.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Another client already has this identity code.</source>
        <translation>Another client already has this identity code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing client instead of creating a second record.</source>
        <translation>Open the existing client instead of creating a second record.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a language code.</source>
        <translation>Not a language code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is missing.</source>
        <translation>The language is missing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a two-letter ISO 639-1 code, such as fi, sv, en, ru, et, so or ar.</source>
        <translation>Use a two-letter ISO 639-1 code, such as fi, sv, en, ru, et, so or ar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten it; the full name can be recorded in the CRM.</source>
        <translation>Shorten it; the full name can be recorded in the CRM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number or identity code typed here belongs in its own field.</source>
        <translation>A phone number or identity code typed here belongs in its own field.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date.</source>
        <translation>Not a date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the birth date as dd.mm.yyyy.</source>
        <translation>Write the birth date as dd.mm.yyyy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the year with the client.</source>
        <translation>Check the year with the client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date does not match the identity code.</source>
        <translation>The birth date does not match the identity code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct one of them: the code starts with the birth date (ddmmyy).</source>
        <translation>Correct one of them: the code starts with the birth date (ddmmyy).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The street address is too long.</source>
        <translation>The street address is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten it.</source>
        <translation>Shorten it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postal code has five digits.</source>
        <translation>A postal code has five digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it as on the client&apos;s letters, e.g. 00100.</source>
        <translation>Type it as on the client&apos;s letters, e.g. 00100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Finnish municipality by that code or name.</source>
        <translation>There is no Finnish municipality by that code or name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the municipality from the list.</source>
        <translation>Choose the municipality from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name as it is on the client&apos;s identity document.</source>
        <translation>Type the name as it is on the client&apos;s identity document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the least used number.</source>
        <translation>Leave out the least used number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is already entered above.</source>
        <translation>This number is already entered above.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the second copy.</source>
        <translation>Remove the second copy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose whether the number is mobile, home or work.</source>
        <translation>Choose whether the number is mobile, home or work.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number: only digits, spaces, +, -, / and brackets belong in one.</source>
        <translation>Not a phone number: only digits, spaces, +, -, / and brackets belong in one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number as the client gives it, e.g. 040 123 4567 or +46 70 123 45 67.</source>
        <translation>Type the number as the client gives it, e.g. 040 123 4567 or +46 70 123 45 67.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the client; a number abroad needs its country code (+46 …).</source>
        <translation>Check the number with the client; a number abroad needs its country code (+46 …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client to spell the address, e.g. aino.virtanen@example.fi.</source>
        <translation>Ask the client to spell the address, e.g. aino.virtanen@example.fi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>An e-mail address cannot contain spaces.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has no @.</source>
        <translation>The e-mail address has no @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has more than one @.</source>
        <translation>The e-mail address has more than one @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has nothing before the @.</source>
        <translation>The e-mail address has nothing before the @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address is too long.</source>
        <translation>The e-mail address is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @ is not a domain (such as example.fi).</source>
        <translation>The part after the @ is not a domain (such as example.fi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ cannot start or end with a dot, or have two in a row.</source>
        <translation>The part before the @ cannot start or end with a dot, or have two in a row.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @ has characters a domain cannot have.</source>
        <translation>The part after the @ has characters a domain cannot have.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ has characters an address cannot have (such as a comma).</source>
        <translation>The part before the @ has characters an address cannot have (such as a comma).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the code with the client (date, separator, number, check character).</source>
        <translation>Check the code with the client (date, separator, number, check character).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correct the file (see the comments in Neuvo&apos;s packaged consent_purposes.toml), or remove the profile&apos;s copy to use the packaged default.</source>
        <translation>Correct the file (see the comments in Neuvo&apos;s packaged consent_purposes.toml), or remove the profile&apos;s copy to use the packaged default.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an end date on or after the start date, or leave the end empty.</source>
        <translation>Choose an end date on or after the start date, or leave the end empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent&apos;s validity ends (%1) before it starts (%2).</source>
        <translation>The consent&apos;s validity ends (%1) before it starts (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: it is not ddmmyy, a century sign, three digits and a check character.</source>
        <translation>Not a valid Finnish identity code: it is not ddmmyy, a century sign, three digits and a check character.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: the check character does not match the rest of the code.</source>
        <translation>Not a valid Finnish identity code: the check character does not match the rest of the code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: its date or individual number is not possible.</source>
        <translation>Not a valid Finnish identity code: its date or individual number is not possible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code.</source>
        <translation>Not a valid Finnish identity code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such phone number exists in the numbering plan.</source>
        <translation>No such phone number exists in the numbering plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number that can be read.</source>
        <translation>Not a phone number that can be read.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 is not a country code.</source>
        <translation>+%1 is not a country code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number is too short (%1 digits).</source>
        <translation>The phone number is too short (%1 digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number is too long (%1 digits).</source>
        <translation>The phone number is too long (%1 digits).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file (see the comments in Neuvo&apos;s packaged needs_taxonomy.toml), or remove the profile&apos;s copy to use the packaged default.</source>
        <translation>Correct the file (see the comments in Neuvo&apos;s packaged needs_taxonomy.toml), or remove the profile&apos;s copy to use the packaged default.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a directory with --profile DIR.</source>
        <translation>Choose a directory with --profile DIR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the profile file from backup, or point --profile at another directory.</source>
        <translation>Restore the profile file from backup, or point --profile at another directory.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with --demo, or create one with --profile DIR.</source>
        <translation>Start with --demo, or create one with --profile DIR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile path %1 is a file, not a directory.</source>
        <translation>The profile path %1 is a file, not a directory.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds a database but no %2.</source>
        <translation>%1 holds a database but no %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Neuvo profile in %1.</source>
        <translation>No Neuvo profile in %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user write access to it, or choose another directory with --profile DIR.</source>
        <translation>Give your user write access to it, or choose another directory with --profile DIR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore it from backup, or start a new profile in another directory.</source>
        <translation>Restore it from backup, or start a new profile in another directory.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write to the profile directory %1 (%2).</source>
        <translation>Cannot write to the profile directory %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile file %1 is unreadable or damaged (%2).</source>
        <translation>The profile file %1 is unreadable or damaged (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give PTV Open API JSON (services, service channels, general descriptions, code lists).</source>
        <translation>Give PTV Open API JSON (services, service channels, general descriptions, code lists).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file: it must be PTV Open API JSON as the API returns it.</source>
        <translation>Check the file: it must be PTV Open API JSON as the API returns it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a PTV JSON file, a directory of them, or an API URL.</source>
        <translation>Give a PTV JSON file, a directory of them, or an API URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a PTV JSON file or a directory of them.</source>
        <translation>Give a PTV JSON file or a directory of them.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is JSON but not PTV data: expected a list of records or an API page.</source>
        <translation>%1 is JSON but not PTV data: expected a list of records or an API page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no PTV services, channels, general descriptions or code lists.</source>
        <translation>%1 holds no PTV services, channels, general descriptions or code lists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give PTV Open API JSON (services, channels, code lists).</source>
        <translation>Give PTV Open API JSON (services, channels, code lists).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no .json or .json.gz files.</source>
        <translation>%1 holds no .json or .json.gz files.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it again.</source>
        <translation>Download it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not UTF-8 text, so not PTV JSON.</source>
        <translation>%1 is not UTF-8 text, so not PTV JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nests arrays or objects too deeply to be PTV JSON.</source>
        <translation>%1 nests arrays or objects too deeply to be PTV JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not JSON (line %2: %3).</source>
        <translation>%1 is not JSON (line %2: %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a damaged gzip file (%2).</source>
        <translation>%1 is a damaged gzip file (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date of birth: a date is typed as 1.1.1990 or 1990-01-01.</source>
        <translation>%1 is not a date of birth: a date is typed as 1.1.1990 or 1990-01-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a date: an identity code starts with the birth date as ddmmyy.</source>
        <translation>%1 is not a date: an identity code starts with the birth date as ddmmyy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No OS keyring is available, and Neuvo keeps the database key only there.</source>
        <translation>No OS keyring is available, and Neuvo keeps the database key only there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux install and unlock a Secret Service keyring (gnome-keyring or KWallet); to try Neuvo without one, start the demo with --demo.</source>
        <translation>On Linux install and unlock a Secret Service keyring (gnome-keyring or KWallet); to try Neuvo without one, start the demo with --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile is not a demo profile but carries a demo key file.</source>
        <translation>This profile is not a demo profile but carries a demo key file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the profile to a machine with an OS keyring.</source>
        <translation>Move the profile to a machine with an OS keyring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusing to keep a key in a file for a non-demo profile.</source>
        <translation>Refusing to keep a key in a file for a non-demo profile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keyring (log in again) and restart Neuvo.</source>
        <translation>Unlock your keyring (log in again) and restart Neuvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the demo profile directory to start a fresh demo.</source>
        <translation>Delete the demo profile directory to start a fresh demo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring refused to give the secret “%1” (%2).</source>
        <translation>The OS keyring refused to give the secret “%1” (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring refused to store the secret “%1” (%2).</source>
        <translation>The OS keyring refused to store the secret “%1” (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo key file %1 is unreadable.</source>
        <translation>The demo key file %1 is unreadable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the profile&apos;s keyring entry or the database from backup; the file was left untouched.</source>
        <translation>Restore the profile&apos;s keyring entry or the database from backup; the file was left untouched.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the keyring entry from backup.</source>
        <translation>Restore the keyring entry from backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it away; Neuvo never opens or converts a foreign database in place.</source>
        <translation>Move it away; Neuvo never opens or converts a foreign database in place.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted: the key does not match, or the file is damaged.</source>
        <translation>%1 cannot be decrypted: the key does not match, or the file is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the keyring entry from backup. Neuvo will not make a new key: the data would be lost.</source>
        <translation>Restore the keyring entry from backup. Neuvo will not make a new key: the data would be lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database key in %1 is not a 256-bit hex key.</source>
        <translation>The database key in %1 is not a 256-bit hex key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an unencrypted SQLite file, not a Neuvo store.</source>
        <translation>%1 is an unencrypted SQLite file, not a Neuvo store.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key for %1 is missing from %2.</source>
        <translation>The key for %1 is missing from %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the database file %1 (%2).</source>
        <translation>Cannot read the database file %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer Neuvo again; this one leaves the data untouched.</source>
        <translation>Install the newer Neuvo again; this one leaves the data untouched.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is at schema %1, which this Neuvo does not know (a newer version wrote it).</source>
        <translation>The store is at schema %1, which this Neuvo does not know (a newer version wrote it).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity-code hash key is missing from %1.</source>
        <translation>The identity-code hash key is missing from %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day is before the first day.</source>
        <translation>The last day is before the first day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the dates or change one of them.</source>
        <translation>Swap the dates or change one of them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it anonymously instead, or ask the client for this consent and record it first.</source>
        <translation>Save it anonymously instead, or ask the client for this consent and record it first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client for this consent and record it first.</source>
        <translation>Ask the client for this consent and record it first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs the client&apos;s consent “%1”, which is not in effect.</source>
        <translation>This needs the client&apos;s consent “%1”, which is not in effect.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first names are required.</source>
        <translation>The first names are required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name is required.</source>
        <translation>The last name is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first names are too long (%1 characters; at most %2).</source>
        <translation>The first names are too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name is too long (%1 characters; at most %2).</source>
        <translation>The last name is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferred name is too long (%1 characters; at most %2).</source>
        <translation>The preferred name is too long (%1 characters; at most %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first names contain digits.</source>
        <translation>The first names contain digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name contains digits.</source>
        <translation>The last name contains digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferred name contains digits.</source>
        <translation>The preferred name contains digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client was not saved: check %1.</source>
        <translation>The client was not saved: check %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the marked fields and save again.</source>
        <translation>Correct the marked fields and save again.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>first names</source>
        <translation>first names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred name</source>
        <translation>preferred name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity code</source>
        <translation>identity code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street address</source>
        <translation>street address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent purposes file %1 is not valid: %2</source>
        <translation>The consent purposes file %1 is not valid: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need taxonomy file %1 is not valid: %2</source>
        <translation>The need taxonomy file %1 is not valid: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k must be between %1 and %2, not %3.</source>
        <translation>k must be between %1 and %2, not %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read, so phone-system rings are off.</source>
        <translation>%1 could not be read, so phone-system rings are off.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony in %1 must be a [telephony] table.</source>
        <translation>telephony in %1 must be a [telephony] table.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony.endpoint in %1 must be true or false.</source>
        <translation>telephony.endpoint in %1 must be true or false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony.port in %1 must be a whole number from %2 to 65535.</source>
        <translation>telephony.port in %1 must be a whole number from %2 to 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later.</source>
        <translation>Try again later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PTV API at %1 kept refusing.</source>
        <translation>The PTV API at %1 kept refusing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL (e.g. https://api.palvelutietovaranto.suomi.fi/api/v11) and the organisation id; the catalogue was left as it was.</source>
        <translation>Check the base URL (e.g. https://api.palvelutietovaranto.suomi.fi/api/v11) and the organisation id; the catalogue was left as it was.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the API&apos;s base address, such as https://api.palvelutietovaranto.suomi.fi/api/v11.</source>
        <translation>Give the API&apos;s base address, such as https://api.palvelutietovaranto.suomi.fi/api/v11.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PTV API answered %1 for %2.</source>
        <translation>The PTV API answered %1 for %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL of the PTV Open API.</source>
        <translation>Check the base URL of the PTV Open API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a web address the PTV API can be read from.</source>
        <translation>%1 is not a web address the PTV API can be read from.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the URL and the network; the catalogue was left as it was.</source>
        <translation>Check the URL and the network; the catalogue was left as it was.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer with JSON.</source>
        <translation>%1 did not answer with JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the PTV API at %1 (%2).</source>
        <translation>Cannot reach the PTV API at %1 (%2).</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>This client was changed or removed elsewhere after you opened the form, so your changes were not saved (they would have overwritten the newer ones).</source>
        <translation>This client was changed or removed elsewhere after you opened the form, so your changes were not saved (they would have overwritten the newer ones).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text is still in the form: note what you need, reopen the client and edit again.</source>
        <translation>Your text is still in the form: note what you need, reopen the client and edit again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 phone numbers are kept.</source>
        <translation>At most %1 phone numbers are kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a smaller page.</source>
        <translation>Ask for a smaller page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is 0 to 366 days.</source>
        <translation>The window is 0 to 366 days.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter window.</source>
        <translation>Choose a shorter window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page holds 1 to %1 rows.</source>
        <translation>A page holds 1 to %1 rows.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the default %1, or the threshold the city&apos;s data protection policy sets.</source>
        <translation>Use the default %1, or the threshold the city&apos;s data protection policy sets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the source; see the report lines for what was skipped.</source>
        <translation>Check the source; see the report lines for what was skipped.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 held no PTV records that could be imported.</source>
        <translation>%1 held no PTV records that could be imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose fi, sv or en.</source>
        <translation>Choose fi, sv or en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a language of the window.</source>
        <translation>“%1” is not a language of the window.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a supervisor, or ask the city&apos;s IT administrator to grant you the role.</source>
        <translation>Ask a supervisor, or ask the city&apos;s IT administrator to grant you the role.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only supervisors and administrators may open %1.</source>
        <translation>Only supervisors and administrators may open %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal has no end date.</source>
        <translation>A refusal has no end date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A withdrawal has no end date.</source>
        <translation>A withdrawal has no end date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the guardian and type the guardian&apos;s name, or record the decision later.</source>
        <translation>Ask the guardian and type the guardian&apos;s name, or record the decision later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent decision cannot take effect after today.</source>
        <translation>A consent decision cannot take effect after today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the decision on the day it is made; leave the start date as today.</source>
        <translation>Record the decision on the day it is made; leave the start date as today.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the consent dialog to show the current text.</source>
        <translation>Reopen the consent dialog to show the current text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guardian&apos;s name is too long.</source>
        <translation>The guardian&apos;s name is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the purposes listed on the client&apos;s card.</source>
        <translation>Choose one of the purposes listed on the client&apos;s card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent texts exist in Finnish, Swedish and English only.</source>
        <translation>Consent texts exist in Finnish, Swedish and English only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text in one of them (with an interpreter if needed).</source>
        <translation>Read the text in one of them (with an interpreter if needed).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is under 15: “%1” needs the consent of a guardian.</source>
        <translation>The client is under 15: “%1” needs the consent of a guardian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent would already have ended.</source>
        <translation>The consent would already have ended.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an end date from today onwards, or leave the default.</source>
        <translation>Choose an end date from today onwards, or leave the default.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the end date empty.</source>
        <translation>Leave the end date empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent text version %1 does not exist for this purpose.</source>
        <translation>The consent text version %1 does not exist for this purpose.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a consent purpose of this city.</source>
        <translation>“%1” is not a consent purpose of this city.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct it in the encounter panel and save again.</source>
        <translation>Correct it in the encounter panel and save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outreach visitor needs the event&apos;s name.</source>
        <translation>An outreach visitor needs the event&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the event&apos;s name first.</source>
        <translation>Type the event&apos;s name first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter to correct does not exist.</source>
        <translation>The encounter to correct does not exist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the encounter again and retry.</source>
        <translation>Open the encounter again and retry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary is longer than %1 characters; keep it short.</source>
        <translation>The summary is longer than %1 characters; keep it short.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event name is longer than %1 characters.</source>
        <translation>The event name is longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter has at most %1 need tags.</source>
        <translation>An encounter has at most %1 need tags.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter has at most %1 signals.</source>
        <translation>An encounter has at most %1 signals.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a municipality code.</source>
        <translation>“%1” is not a municipality code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a need code.</source>
        <translation>“%1” is not a need code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signal&apos;s text is longer than %1 characters.</source>
        <translation>A signal&apos;s text is longer than %1 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need %1 is tagged twice; keep one tag per need.</source>
        <translation>The need %1 is tagged twice; keep one tag per need.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services are searched in Finnish, Swedish or English, not “%1”.</source>
        <translation>Services are searched in Finnish, Swedish or English, not “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the chosen services is in the catalogue any more.</source>
        <translation>None of the chosen services is in the catalogue any more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again and choose the services to hand over.</source>
        <translation>Search again and choose the services to hand over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hand-over is written in Finnish, Swedish or English, not “%1”.</source>
        <translation>The hand-over is written in Finnish, Swedish or English, not “%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first week is after the last week.</source>
        <translation>The first week is after the last week.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the weeks again.</source>
        <translation>Choose the weeks again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drill-down needs both a dimension and its value.</source>
        <translation>A drill-down needs both a dimension and its value.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a bar to drill into.</source>
        <translation>Choose a bar to drill into.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drill-down names one dimension twice.</source>
        <translation>A drill-down names one dimension twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one value per dimension.</source>
        <translation>Choose one value per dimension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an ISO week such as 2026-W48.</source>
        <translation>“%1” is not an ISO week such as 2026-W48.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conflict was already resolved.</source>
        <translation>This conflict was already resolved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list of conflicts.</source>
        <translation>Refresh the list of conflicts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is about the whole record.</source>
        <translation>This conflict is about the whole record.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose re-create or discard.</source>
        <translation>Choose re-create or discard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is about one field.</source>
        <translation>This conflict is about one field.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose keep mine, take theirs or edit.</source>
        <translation>Choose keep mine, take theirs or edit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edited value is not valid for this field.</source>
        <translation>The edited value is not valid for this field.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the value and try again.</source>
        <translation>Check the value and try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose counter, phone or outreach.</source>
        <translation>Choose counter, phone or outreach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a workstation mode.</source>
        <translation>“%1” is not a workstation mode.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach needs the event&apos;s name.</source>
        <translation>Outreach needs the event&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name of the event you are at.</source>
        <translation>Type the name of the event you are at.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no CRM connection.</source>
        <translation>This profile has no CRM connection.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a [crm] table with the CRM&apos;s url to profile.toml (see README), or use --demo.</source>
        <translation>Add a [crm] table with the CRM&apos;s url to profile.toml (see README), or use --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The [crm] table lacks tenant_id or client_id.</source>
        <translation>The [crm] table lacks tenant_id or client_id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add both to profile.toml.</source>
        <translation>Add both to profile.toml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM token of this profile is missing from its secret store.</source>
        <translation>The CRM token of this profile is missing from its secret store.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the demo once more (it makes a new one), or sign in again.</source>
        <translation>Start the demo once more (it makes a new one), or sign in again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM client secret is missing from the secret store.</source>
        <translation>The CRM client secret is missing from the secret store.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it in the keyring as “%1”.</source>
        <translation>Store it in the keyring as “%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audit log</source>
        <translation>the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the situational picture</source>
        <translation>the situational picture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of expiring consents</source>
        <translation>the list of expiring consents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the situational picture&apos;s export</source>
        <translation>the situational picture&apos;s export</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Nothing to search for: type a name, phone number, identity code, birth date or e-mail address.</source>
        <translation>Nothing to search for: type a name, phone number, identity code, birth date or e-mail address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That birth date is in the future: check the century sign (- or A).</source>
        <translation>That birth date is in the future: check the century sign (- or A).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type at least four digits of a phone number.</source>
        <translation>Type at least four digits of a phone number.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Demo profile: no OS keyring found, so the database key is kept in a file inside the profile.</source>
        <translation>Demo profile: no OS keyring found, so the database key is kept in a file inside the profile.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/audit_log_model.py" line="+42"/>
        <source>Opened a client&apos;s card</source>
        <translation>Opened a client&apos;s card</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searched for clients</source>
        <translation>Searched for clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed an identity code</source>
        <translation>Revealed an identity code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added a client</source>
        <translation>Added a client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited a client</source>
        <translation>Edited a client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed a client</source>
        <translation>Removed a client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported data</source>
        <translation>Exported data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a consent decision</source>
        <translation>Recorded a consent decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised with the CRM</source>
        <translation>Synchronised with the CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed the audit log</source>
        <translation>Viewed the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded an encounter</source>
        <translation>Recorded an encounter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed the situational picture</source>
        <translation>Viewed the situational picture</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/audit_log_dialog.py" line="+12"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client or record id (empty: every record)</source>
        <translation>Client or record id (empty: every record)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Record id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log summary</source>
        <translation>Audit log summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every event matching the filter as a CSV file (the export is written to the audit log too).</source>
        <translation>Save every event matching the filter as a CSV file (the export is written to the audit log too).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The open client: %1</source>
        <translation>The open client: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All advisers</source>
        <translation>All advisers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Adviser:</source>
        <translation>&amp;Adviser:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record:</source>
        <translation>&amp;Record:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No events match this filter.</source>
        <translation>No events match this filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events match; newest first.</source>
        <translation>%1 events match; newest first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the audit log…</source>
        <translation>Reading the audit log…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 events to %2.</source>
        <translation>Exported %1 events to %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed and no file was written: %1. Choose another folder and try again.</source>
        <translation>The export failed and no file was written: %1. Choose another folder and try again.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../ui/audit_log_model.py" line="+35"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser</source>
        <translation>Adviser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(unknown adviser)</source>
        <translation>(unknown adviser)</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <location filename="../../ui/call_banner.py" line="+41"/>
        <source>Incoming call</source>
        <translation>Incoming call</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create client…</source>
        <translation>Create client…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new client with this phone number</source>
        <translation>Create a new client with this phone number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the call banner</source>
        <translation>Dismiss the call banner</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call from %1</source>
        <translation>Call from %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up the caller…</source>
        <translation>Looking up the caller…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown caller — create a new client?</source>
        <translation>Unknown caller — create a new client?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown caller — no client has this number.</source>
        <translation>Unknown caller — no client has this number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More clients than these have this number; search for it to see all:</source>
        <translation>More clients than these have this number; search for it to see all:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 clients have this number:</source>
        <translation>%1 clients have this number:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller could not be looked up. Search for the number in the list.</source>
        <translation>The caller could not be looked up. Search for the number in the list.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the card of %1</source>
        <translation>Open the card of %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the client&apos;s card (the view is logged).</source>
        <translation>Open the client&apos;s card (the view is logged).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (born %2)</source>
        <translation>%1 (born %2)</translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message>
        <location filename="../../ui/client_card.py" line="+50"/>
        <source>Client card</source>
        <translation>Client card</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Choose a client from the list, or search for one above.</source>
        <translation>Choose a client from the list, or search for one above.</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+34"/>
        <source>This client is no longer in the store. Search again to refresh the list.</source>
        <translation>This client is no longer in the store. Search again to refresh the list.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+148"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Client name</source>
        <translation>Client name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Safety marking: do not disclose the client&apos;s address or whereabouts to anyone.</source>
        <translation>Safety marking: do not disclose the client&apos;s address or whereabouts to anyone.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Preferred name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client</source>
        <translation>Edit client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct or add the client&apos;s details (Ctrl+E).</source>
        <translation>Correct or add the client&apos;s details (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+55"/>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Reveal identity code</source>
        <translation>Reveal identity code</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Show the full identity code. Every reveal is logged.</source>
        <translation>Show the full identity code. Every reveal is logged.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (age %2)</source>
        <translation>%1 (age %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address hidden (safety marking)</source>
        <translation>Address hidden (safety marking)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide identity code</source>
        <translation>Hide identity code</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <location filename="../../ui/client_form.py" line="+92"/>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client — %1</source>
        <translation>Edit client — %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open existing</source>
        <translation>Open existing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing client</source>
        <translation>Open the existing client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;First names</source>
        <translation>&amp;First names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;referred name</source>
        <translation>P&amp;referred name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the client goes by, if not the first</source>
        <translation>The name the client goes by, if not the first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet address</source>
        <translation>S&amp;treet address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;code</source>
        <translation>Postal &amp;code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Interpreter needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety &amp;marking (turvakielto)</source>
        <translation>Safety &amp;marking (turvakielto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a safety marking the client&apos;s address is hidden on screen, also from advisers, and never exported.</source>
        <translation>With a safety marking the client&apos;s address is hidden on screen, also from advisers, and never exported.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden (safety marking): type a new address to replace it</source>
        <translation>Hidden (safety marking): type a new address to replace it</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+267"/>
        <location line="+17"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddmmyy-nnnX</source>
        <translation>ddmmyy-nnnX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the full identity code to correct it. Every reveal is logged.</source>
        <translation>Show the full identity code to correct it. Every reveal is logged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;dentity code</source>
        <translation>I&amp;dentity code</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone %1</source>
        <translation>Phone %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 040 123 4567</source>
        <translation>e.g. 040 123 4567</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone %1 kind</source>
        <translation>Phone %1 kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home</source>
        <translation>home</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>M&amp;unicipality</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>Other…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other language code</source>
        <translation>Other language code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 639-1 code, e.g. ru</source>
        <translation>ISO 639-1 code, e.g. ru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>A client with this identity code already exists: %1</source>
        <translation>A client with this identity code already exists: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client with this phone number already exists: %1</source>
        <translation>A client with this phone number already exists: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(and %1 more)</source>
        <translation>(and %1 more)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This client is no longer in the store; nothing was saved. Your text is still here: copy what you need before closing.</source>
        <translation>This client is no longer in the store; nothing was saved. Your text is still here: copy what you need before closing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client could not be saved. Your text is still here; try Save again, and if it keeps failing, restart Neuvo.</source>
        <translation>The client could not be saved. Your text is still here; try Save again, and if it keeps failing, restart Neuvo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Discard the new client?</source>
        <translation>Discard the new client?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard your changes?</source>
        <translation>Discard your changes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed in this form will not be saved.</source>
        <translation>What you typed in this form will not be saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="+120"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Safety</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Safety marking (turvakielto): the client&apos;s address must not be disclosed.</source>
        <translation>Safety marking (turvakielto): the client&apos;s address must not be disclosed.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Safety marking: the client&apos;s address must not be disclosed.</source>
        <translation>Safety marking: the client&apos;s address must not be disclosed.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Marked</source>
        <translation>Marked</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+20"/>
        <location line="+158"/>
        <source>Conflicts with the CRM</source>
        <translation>Conflicts with the CRM</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>These were changed both here and in the CRM since the last sync. Nothing was overwritten: choose, field by field, which value the client&apos;s record keeps.</source>
        <translation>These were changed both here and in the CRM since the last sync. Nothing was overwritten: choose, field by field, which value the client&apos;s record keeps.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts summary</source>
        <translation>Conflicts summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the value made here and send it to the CRM.</source>
        <translation>Keep the value made here and send it to the CRM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;theirs</source>
        <translation>Take &amp;theirs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the CRM&apos;s value here.</source>
        <translation>Take the CRM&apos;s value here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+103"/>
        <source>Write the right value; it is saved here and sent to the CRM.</source>
        <translation>Write the right value; it is saved here and sent to the CRM.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Re-create in the CRM</source>
        <translation>&amp;Re-create in the CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the client back into the CRM with the values held here.</source>
        <translation>Put the client back into the CRM with the values held here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard here</source>
        <translation>&amp;Discard here</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the client from this workstation, as in the CRM.</source>
        <translation>Remove the client from this workstation, as in the CRM.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the conflicts…</source>
        <translation>Reading the conflicts…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is put back into the CRM with the next sync.</source>
        <translation>%1 is put back into the CRM with the next sync.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed from this workstation.</source>
        <translation>%1 was removed from this workstation.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open conflicts</source>
        <translation>Open conflicts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This field cannot be edited here: keep one side, then change it on the client&apos;s card.</source>
        <translation>This field cannot be edited here: keep one side, then change it on the client&apos;s card.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept your value of %1 for %2; it goes to the CRM with the next sync.</source>
        <translation>Kept your value of %1 for %2; it goes to the CRM with the next sync.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took the CRM&apos;s value of %1 for %2.</source>
        <translation>Took the CRM&apos;s value of %1 for %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the new value of %1 for %2; it goes to the CRM with the next sync.</source>
        <translation>Saved the new value of %1 for %2; it goes to the CRM with the next sync.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving your decision…</source>
        <translation>Saving your decision…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The decision was not saved: %1</source>
        <translation>The decision was not saved: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts with the CRM (%1)</source>
        <translation>Conflicts with the CRM (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 conflicts wait for your decision.</source>
        <translation>%1 conflicts wait for your decision.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: everything here agrees with the CRM.</source>
        <translation>No conflicts: everything here agrees with the CRM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conflicts could not be read: %1</source>
        <translation>The conflicts could not be read: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client</source>
        <translation>the client</translation>
    </message>
</context>
<context>
    <name>ConflictField</name>
    <message>
        <location filename="../../ui/app_messages.py" line="+55"/>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Preferred name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity code</source>
        <translation>Identity code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Street address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter needed</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety marking</source>
        <translation>Safety marking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Phone numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record deleted in the CRM</source>
        <translation>Record deleted in the CRM</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="-313"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here (yours)</source>
        <translation>Here (yours)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the CRM (theirs)</source>
        <translation>In the CRM (theirs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticed</source>
        <translation>Noticed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(a client no longer on this workstation)</source>
        <translation>(a client no longer on this workstation)</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../../ui/consent_badges.py" line="+48"/>
        <source>Consent text version %1</source>
        <translation>Consent text version %1</translation>
    </message>
</context>
<context>
    <name>ConsentBadges</name>
    <message>
        <location line="+15"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (a purpose this workstation does not know)</source>
        <translation>%1 (a purpose this workstation does not know)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="+21"/>
        <source>Consent — %1</source>
        <translation>Consent — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the consent text</source>
        <translation>Language of the consent text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent text to read aloud</source>
        <translation>Consent text to read aloud</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grant</source>
        <translation>&amp;Grant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Refuse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the client was served</source>
        <translation>How the client was served</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until withdrawn (&amp;no end date)</source>
        <translation>Until withdrawn (&amp;no end date)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian who consented</source>
        <translation>Guardian who consented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guardian&apos;s name</source>
        <translation>The guardian&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is under 15: a grant needs the guardian&apos;s consent.</source>
        <translation>The client is under 15: a grant needs the guardian&apos;s consent.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt in:</source>
        <translation>Te&amp;xt in:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read &amp;aloud:</source>
        <translation>Read &amp;aloud:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid &amp;from:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid &amp;until:</source>
        <translation>Valid &amp;until:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guar&amp;dian:</source>
        <translation>Guar&amp;dian:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the decision (Ctrl+Enter)</source>
        <translation>Save the decision (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This client is no longer in the store.</source>
        <translation>This client is no longer in the store.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text version %1</source>
        <translation>Text version %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save grant</source>
        <translation>Save grant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save refusal</source>
        <translation>Save refusal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save withdrawal</source>
        <translation>Save withdrawal</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../ui/consent_history_dialog.py" line="+101"/>
        <source>Consent history — %1</source>
        <translation>Consent history — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent decisions, newest first</source>
        <translation>Consent decisions, newest first</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest first. ✓ and bold: the decision the current status comes from.</source>
        <translation>Newest first. ✓ and bold: the decision the current status comes from.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent decisions have been recorded for this client.</source>
        <translation>No consent decisions have been recorded for this client.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <location line="-63"/>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Text version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This decision sets the purpose&apos;s current status.</source>
        <translation>This decision sets the purpose&apos;s current status.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (unknown purpose)</source>
        <translation>%1 (unknown purpose)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(another workstation&apos;s adviser)</source>
        <translation>(another workstation&apos;s adviser)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no longer in the file)</source>
        <translation>%1 (no longer in the file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; guardian %1</source>
        <translation>; guardian %1</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../ui/consent_panel.py" line="+38"/>
        <location line="+2"/>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record consent…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant, refuse or withdraw a consent (Ctrl+K).</source>
        <translation>Grant, refuse or withdraw a consent (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every consent decision, newest first (Ctrl+H).</source>
        <translation>Every consent decision, newest first (Ctrl+H).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt…</source>
        <translation>Receipt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print or save the consent receipt in the client&apos;s language (Ctrl+P).</source>
        <translation>Print or save the consent receipt in the client&apos;s language (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Consents cannot be shown: %1</source>
        <translation>Consents cannot be shown: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No consent “%1”: contacts with this client are saved anonymously. Ask for it with Ctrl+K.</source>
        <translation>No consent “%1”: contacts with this client are saved anonymously. Ask for it with Ctrl+K.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Recorded: %1 — %2. Ctrl+P prints a receipt.</source>
        <translation>Recorded: %1 — %2. Ctrl+P prints a receipt.</translation>
    </message>
</context>
<context>
    <name>ConsentReceiptDialog</name>
    <message>
        <location filename="../../ui/consent_receipt_dialog.py" line="+30"/>
        <source>Consent receipt</source>
        <translation>Consent receipt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the receipt</source>
        <translation>Language of the receipt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt preview</source>
        <translation>Receipt preview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PDF could not be saved: %1. Choose another folder.</source>
        <translation>The PDF could not be saved: %1. Choose another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>The PDF could not be written to %1. Choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the printer.</source>
        <translation>Sent to the printer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This client is no longer in the store.</source>
        <translation>This client is no longer in the store.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consent decisions are recorded yet: the receipt says so.</source>
        <translation>No consent decisions are recorded yet: the receipt says so.</translation>
    </message>
</context>
<context>
    <name>ConsentState</name>
    <message>
        <location filename="../../ui/consent_badges.py" line="-66"/>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation>in %1 days</translation>
    </message>
</context>
<context>
    <name>DraftRestoreBanner</name>
    <message>
        <location filename="../../ui/draft_restore.py" line="+20"/>
        <location line="+7"/>
        <source>Encounters left open</source>
        <translation>Encounters left open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the chosen encounter</source>
        <translation>Resume the chosen encounter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the chosen encounter</source>
        <translation>Discard the chosen encounter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the encounters left open for now</source>
        <translation>Hide the encounters left open for now</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1 encounter was left open. Resume it, or discard it:</source>
        <translation>1 encounter was left open. Resume it, or discard it:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 encounters were left open. Resume or discard each:</source>
        <translation>%1 encounters were left open. Resume or discard each:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard the encounter?</source>
        <translation>Discard the encounter?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the encounter left open (%1)? What was typed in it cannot be recovered.</source>
        <translation>Discard the encounter left open (%1)? What was typed in it cannot be recovered.</translation>
    </message>
</context>
<context>
    <name>EncounterLines</name>
    <message>
        <location filename="../../ui/encounter_lines.py" line="+17"/>
        <location line="+7"/>
        <source>Last encounters</source>
        <translation>Last encounters</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No encounters recorded with this client&apos;s name.</source>
        <translation>No encounters recorded with this client&apos;s name.</translation>
    </message>
</context>
<context>
    <name>EncounterPanel</name>
    <message>
        <location filename="../../ui/encounter_panel.py" line="+142"/>
        <location line="+259"/>
        <source>Encounter</source>
        <translation>Encounter</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Save the encounter</source>
        <translation>Save the encounter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter starts when you open a client&apos;s card or a call comes in.</source>
        <translation>An encounter starts when you open a client&apos;s card or a call comes in.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This service is already among the services offered.</source>
        <translation>This service is already among the services offered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An encounter lists at most %1 services.</source>
        <translation>An encounter lists at most %1 services.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Before saving: %1</source>
        <translation>Before saving: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A signal is asked for (%1). Add one — Enter in its text — or press Ctrl+Enter again to save without it.</source>
        <translation>A signal is asked for (%1). Add one — Enter in its text — or press Ctrl+Enter again to save without it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Encounters left open could not be read, so they cannot be offered now; they stay in the store untouched. Restart Neuvo; if this repeats, tell support.</source>
        <translation>Encounters left open could not be read, so they cannot be offered now; they stay in the store untouched. Restart Neuvo; if this repeats, tell support.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resumed the encounter started %1.</source>
        <translation>Resumed the encounter started %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard the encounter?</source>
        <translation>Discard the encounter?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter? What was typed in it cannot be recovered.</source>
        <translation>Discard this encounter? What was typed in it cannot be recovered.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encounter discarded.</source>
        <translation>Encounter discarded.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Encounter channel</source>
        <translation>Encounter channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time since the encounter started</source>
        <translation>Time since the encounter started</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft state</source>
        <translation>Draft state</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard…</source>
        <translation>Discard…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter</source>
        <translation>Discard this encounter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter without saving it…</source>
        <translation>Discard this encounter without saving it…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encounter message</source>
        <translation>Encounter message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New encounter</source>
        <translation>&amp;New encounter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new encounter with the client on the card, or with nobody (Ctrl+Shift+N).</source>
        <translation>Start a new encounter with the client on the card, or with nobody (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an encounter  (Ctrl+Shift+N)</source>
        <translation>Start an encounter  (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new encounter</source>
        <translation>Start a new encounter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Whose name the encounter is saved with</source>
        <translation>Whose name the encounter is saved with</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Needs:</source>
        <translation>&amp;Needs:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services offered</source>
        <translation>Services offered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete removes the chosen service.</source>
        <translation>Delete removes the chosen service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen service offered</source>
        <translation>Remove the chosen service offered</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services:</source>
        <translation>Services:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome…</source>
        <translation>Choose the outcome…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short summary for the next adviser (kept only with the client&apos;s consent to store contacts)</source>
        <translation>A short summary for the next adviser (kept only with the client&apos;s consent to store contacts)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary length</source>
        <translation>Summary length</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;mmary:</source>
        <translation>Su&amp;mmary:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si&amp;gnal:</source>
        <translation>Si&amp;gnal:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encounter messages</source>
        <translation>Encounter messages</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save anon&amp;ymously</source>
        <translation>Save anon&amp;ymously</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anonymously, without the person&apos;s name</source>
        <translation>Save anonymously, without the person&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the needs, outcome and signals without linking them to the person (for instance when the client asks).</source>
        <translation>Keep the needs, outcome and signals without linking them to the person (for instance when the client asks).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Save  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save encounter</source>
        <translation>Save encounter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the encounter (Ctrl+Enter).</source>
        <translation>Save the encounter (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+170"/>
        <source>draft ✓</source>
        <translation>draft ✓</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>ⓘ No client chosen: saved without a person (anonymous). Open the client&apos;s card to link it.</source>
        <translation>ⓘ No client chosen: saved without a person (anonymous). Open the client&apos;s card to link it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ⓘ Saved without the person&apos;s name, as you chose.</source>
        <translation>ⓘ Saved without the person&apos;s name, as you chose.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ⓘ Whether it keeps the person&apos;s name is decided by their consent when you save.</source>
        <translation>ⓘ Whether it keeps the person&apos;s name is decided by their consent when you save.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Saved with the person&apos;s name — consent “%1”: %2.</source>
        <translation>✓ Saved with the person&apos;s name — consent “%1”: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✕ Saved without the person&apos;s name: no consent “%1” (%2). Needs, outcome and signals are kept. Ctrl+K records consent.</source>
        <translation>✕ Saved without the person&apos;s name: no consent “%1” (%2). Needs, outcome and signals are kept. Ctrl+K records consent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The summary is not kept without the name.</source>
        <translation>The summary is not kept without the name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asked because %1. What should the city know?</source>
        <translation>Asked because %1. What should the city know?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no suitable service was found</source>
        <translation>no suitable service was found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a need is unmet</source>
        <translation>a need is unmet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2 — too long, shorten it</source>
        <translation>%1 / %2 — too long, shorten it</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>⚠ draft</source>
        <translation>⚠ draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be kept (%1). Keep Neuvo open and save the encounter; the next change tries again.</source>
        <translation>The draft could not be kept (%1). Keep Neuvo open and save the encounter; the next change tries again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept as a draft at %1: nothing typed is lost if Neuvo closes.</source>
        <translation>Kept as a draft at %1: nothing typed is lost if Neuvo closes.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The previous encounter could not be kept: %1</source>
        <translation>The previous encounter could not be kept: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This client is no longer in the store, so the encounter cannot be linked to them. Press Ctrl+Enter again to save it without a person.</source>
        <translation>This client is no longer in the store, so the encounter cannot be linked to them. Press Ctrl+Enter again to save it without a person.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: %1 Nothing is lost — the encounter is still open.</source>
        <translation>Not saved: %1 Nothing is lost — the encounter is still open.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous encounter was not saved: %1 It is kept among the encounters left open.</source>
        <translation>The previous encounter was not saved: %1 It is kept among the encounters left open.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter saved without the person&apos;s name because their consent “%1” is not in effect (%2); record consent with Ctrl+K to link future contacts.</source>
        <translation>Encounter saved without the person&apos;s name because their consent “%1” is not in effect (%2); record consent with Ctrl+K to link future contacts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encounter saved without the person&apos;s name, as you chose.</source>
        <translation>Encounter saved without the person&apos;s name, as you chose.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounter saved (no client: anonymous).</source>
        <translation>Encounter saved (no client: anonymous).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounter saved to the client&apos;s record.</source>
        <translation>Encounter saved to the client&apos;s record.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary was not kept: an encounter without a name keeps no free text.</source>
        <translation>The summary was not kept: an encounter without a name keeps no free text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown need codes kept as they were: %1.</source>
        <translation>Unknown need codes kept as they were: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved without a signal.</source>
        <translation>Saved without a signal.</translation>
    </message>
</context>
<context>
    <name>ExpiringConsentsDialog</name>
    <message>
        <location filename="../../ui/expiring_consents_dialog.py" line="+13"/>
        <source>Expiring consents</source>
        <translation>Expiring consents</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending within</source>
        <translation>Ending within</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All purposes</source>
        <translation>All purposes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consents ending soon, soonest first</source>
        <translation>Consents ending soon, soonest first</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ending &amp;within:</source>
        <translation>Ending &amp;within:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Purpose:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter or a double-click opens the client&apos;s card (an audited view).</source>
        <translation>Enter or a double-click opens the client&apos;s card (an audited view).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No consent ends in this window.</source>
        <translation>No consent ends in this window.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 consents end within %2 days, soonest first.</source>
        <translation>%1 consents end within %2 days, soonest first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Exported %1 rows to %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed and no file was written: %1</source>
        <translation>The export failed and no file was written: %1</translation>
    </message>
</context>
<context>
    <name>ExpiringConsentsModel</name>
    <message>
        <location line="-207"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last valid day</source>
        <translation>Last valid day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>last day today</source>
        <translation>last day today</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="-226"/>
        <source>Finnish</source>
        <translation>Finnish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>Swedish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+39"/>
        <source>Language of Neuvo</source>
        <translation>Language of Neuvo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the window</source>
        <translation>Language of the window</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the language change</source>
        <translation>About the language change</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The window is in this language now. Hand-overs and consent receipts are always in the client&apos;s own language.</source>
        <translation>The window is in this language now. Hand-overs and consent receipts are always in the client&apos;s own language.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window changes to this language when Neuvo is started again. Hand-overs and consent receipts are always in the client&apos;s own language.</source>
        <translation>The window changes to this language when Neuvo is started again. Hand-overs and consent receipts are always in the client&apos;s own language.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language could not be kept in the profile (%1). Nothing was changed.</source>
        <translation>The language could not be kept in the profile (%1). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>LanguageMenuEntry</name>
    <message>
        <location line="+10"/>
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the window (suomi, svenska, English), from the next start.</source>
        <translation>The language of the window (suomi, svenska, English), from the next start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+102"/>
        <source>Neuvo — %1</source>
        <translation>Neuvo — %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading status…</source>
        <translation>Loading status…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Phone number, name, identity code, birth date or e-mail…</source>
        <translation>Phone number, name, identity code, birth date or e-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a client</source>
        <translation>Find a client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a phone number in any form, a name (any order, a typo is fine), an identity code, a birth date or an e-mail address.
Enter opens the best match; Down moves to the list; Esc clears. When nothing matches, Enter offers a new client.</source>
        <translation>Type a phone number in any form, a name (any order, a typo is fine), an identity code, a birth date or an e-mail address.
Enter opens the best match; Down moves to the list; Esc clears. When nothing matches, Enter offers a new client.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked</source>
        <translation>Marked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number begins so</source>
        <translation>number begins so</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss warning</source>
        <translation>Dismiss warning</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No client matches “%1”. Press Enter to add a new client with these details (Ctrl+N for an empty form).</source>
        <translation>No client matches “%1”. Press Enter to add a new client with these details (Ctrl+N for an empty form).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the best %1 matches; more clients match. Type more to narrow the search.</source>
        <translation>Showing the best %1 matches; more clients match. Type more to narrow the search.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No clients in this profile yet.</source>
        <translation>No clients in this profile yet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client list could not be read. Try again; if it keeps failing, restart Neuvo.</source>
        <translation>The client list could not be read. Try again; if it keeps failing, restart Neuvo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser: %1</source>
        <translation>Adviser: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients: %1</source>
        <translation>Clients: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending changes: %1</source>
        <translation>Pending changes: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store encrypted (SQLCipher %1)</source>
        <translation>Store encrypted (SQLCipher %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database key: %1</source>
        <translation>Database key: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CRM: not configured — working locally</source>
        <translation>CRM: not configured — working locally</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: syncing…</source>
        <translation>CRM: syncing…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: sign-in needed</source>
        <translation>CRM: sign-in needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: offline — %1 waiting</source>
        <translation>CRM: offline — %1 waiting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: not synced yet</source>
        <translation>CRM: not synced yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: synced %1</source>
        <translation>CRM: synced %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 conflicts to resolve</source>
        <translation> · %1 conflicts to resolve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status unavailable</source>
        <translation>Status unavailable</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New client…</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a client who is not in the store yet (Ctrl+N).</source>
        <translation>Add a client who is not in the store yet (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Find a client</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who opened, revealed, created, edited or exported what (Ctrl+Shift+L).</source>
        <translation>Who opened, revealed, created, edited or exported what (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expiring consents…</source>
        <translation>&amp;Expiring consents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents ending within 30 days, to ask again (Ctrl+Shift+E).</source>
        <translation>Consents ending within 30 days, to ask again (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situational &amp;picture…</source>
        <translation>Situational &amp;picture…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs and unmet needs by week, channel, place, area and age band; export of aggregates (Ctrl+Shift+S).</source>
        <translation>Needs and unmet needs by week, channel, place, area and age band; export of aggregates (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Telephony warning</source>
        <translation>Telephony warning</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find a &amp;service</source>
        <translation>Find a &amp;service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the service catalogue (F3).</source>
        <translation>Search the service catalogue (F3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import services…</source>
        <translation>&amp;Import services…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the national service catalogue (PTV JSON files or the PTV API).</source>
        <translation>Import the national service catalogue (PTV JSON files or the PTV API).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Workstation</source>
        <translation>&amp;Workstation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every key of the window, by area, searchable (F1).</source>
        <translation>Every key of the window, by area, searchable (F1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>MatchReason</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="+7"/>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity code</source>
        <translation>identity code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name begins so</source>
        <translation>name begins so</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number begins so</source>
        <translation>number begins so</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>similar name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · served recently</source>
        <translation> · served recently</translation>
    </message>
</context>
<context>
    <name>NeedTagEditor</name>
    <message>
        <location filename="../../ui/need_tag_editor.py" line="+225"/>
        <source>Add a need</source>
        <translation>Add a need</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a need (e.g. asu, vuokra, velat) — Enter adds it</source>
        <translation>Type a need (e.g. asu, vuokra, velat) — Enter adds it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a need or an everyday word for it; Down chooses among the suggestions, Enter adds the need.</source>
        <translation>Type part of a need or an everyday word for it; Down chooses among the suggestions, Enter adds the need.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Need suggestions</source>
        <translation>Need suggestions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs tagged</source>
        <translation>Needs tagged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 met, 2 partly met, 3 unmet; Delete removes the need.</source>
        <translation>1 met, 2 partly met, 3 unmet; Delete removes the need.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposed by the services offered — Enter accepts (also in the empty need field), Delete dismisses:</source>
        <translation>Proposed by the services offered — Enter accepts (also in the empty need field), Delete dismisses:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs proposed by the services offered</source>
        <translation>Needs proposed by the services offered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the list: 1 met · 2 partly met · 3 unmet · Delete removes</source>
        <translation>In the list: 1 met · 2 partly met · 3 unmet · Delete removes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Needs cannot be suggested: %1</source>
        <translation>Needs cannot be suggested: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is tagged already.</source>
        <translation>“%1” is tagged already.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An encounter has at most %1 needs; remove one first.</source>
        <translation>An encounter has at most %1 needs; remove one first.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — from %2</source>
        <translation>%1 — from %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No need matches “%1”.</source>
        <translation>No need matches “%1”.</translation>
    </message>
</context>
<context>
    <name>NeedTagModel</name>
    <message>
        <location line="-300"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../../ui/outreach_readiness_dialog.py" line="+46"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>Resolve &amp;conflicts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to &amp;outreach mode…</source>
        <translation>Switch to &amp;outreach mode…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to outreach mode</source>
        <translation>Switch to outreach mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the event: encounters are then recorded as outreach and visitors tallied under the event.</source>
        <translation>Name the event: encounters are then recorded as outreach and visitors tallied under the event.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prepare for an event</source>
        <translation>Prepare for an event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing with the CRM…</source>
        <translation>Syncing with the CRM…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuvo sends what waits here, receives every change from the CRM and then checks that clients, consents and services are on this workstation. You can keep working meanwhile.</source>
        <translation>Neuvo sends what waits here, receives every change from the CRM and then checks that clients, consents and services are on this workstation. You can keep working meanwhile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send everything</source>
        <translation>Send everything</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending everything to the CRM…</source>
        <translation>Sending everything to the CRM…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuvo sends every change recorded here and then counts what still waits.</source>
        <translation>Neuvo sends every change recorded here and then counts what still waits.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The check could not be completed.</source>
        <translation>The check could not be completed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Your changes are kept; try again in a moment.</source>
        <translation>%1 Your changes are kept; try again in a moment.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 clients, %2 consents, %3 services, %4, %5 waiting</source>
        <translation>%1 clients, %2 consents, %3 services, %4, %5 waiting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synced %1</source>
        <translation>synced %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never synced</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready for offline work: %1.</source>
        <translation>Ready for offline work: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup, consents, service search and need tagging work without network. After the event, choose CRM &gt; Send everything.</source>
        <translation>Lookup, consents, service search and need tagging work without network. After the event, choose CRM &gt; Send everything.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready for offline work yet.</source>
        <translation>Not ready for offline work yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this workstation: %1.</source>
        <translation>On this workstation: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in to the CRM is needed, so the latest changes could not be fetched.</source>
        <translation>Sign-in to the CRM is needed, so the latest changes could not be fetched.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not be reached, so the clients here may be out of date. Connect to the network and prepare again.</source>
        <translation>The CRM could not be reached, so the clients here may be out of date. Connect to the network and prepare again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no clients on this workstation.</source>
        <translation>There are no clients on this workstation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service catalogue is missing: import it before the event (Services &gt; Import services, or neuvo import-services).</source>
        <translation>The service catalogue is missing: import it before the event (Services &gt; Import services, or neuvo import-services).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes are still waiting to be sent.</source>
        <translation>%1 changes are still waiting to be sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes were refused by the CRM and wait for IT support.</source>
        <translation>%1 changes were refused by the CRM and wait for IT support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>%1 conflicts wait for your decision.</source>
        <translation>%1 conflicts wait for your decision.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 sent, %2 waiting.</source>
        <translation>%1 sent, %2 waiting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything recorded on this workstation is in the CRM.</source>
        <translation>Everything recorded on this workstation is in the CRM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes were not sent in this run; they go with the next sync.</source>
        <translation>%1 changes were not sent in this run; they go with the next sync.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes wait on this workstation: they could not be sent.</source>
        <translation>%1 changes wait on this workstation: they could not be sent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changes were refused by the CRM; they are kept and wait for IT support.</source>
        <translation>%1 changes were refused by the CRM; they are kept and wait for IT support.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is lost. Choose Send everything again when the connection is back (Neuvo also tries by itself every few minutes).</source>
        <translation>Nothing is lost. Choose Send everything again when the connection is back (Neuvo also tries by itself every few minutes).</translation>
    </message>
</context>
<context>
    <name>OutreachTallyDialog</name>
    <message>
        <location filename="../../ui/outreach_tally.py" line="+89"/>
        <source>Outreach tally — %1</source>
        <translation>Outreach tally — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach tally</source>
        <translation>Outreach tally</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visitors at %1</source>
        <translation>Visitors at %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visitors counted</source>
        <translation>Visitors counted</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For each visitor press the numbers of the needs they asked about, then Enter (+1 visitor). Enter alone counts a visitor without a need. Backspace clears the numbers pressed. No names: each visitor is saved anonymously.</source>
        <translation>For each visitor press the numbers of the needs they asked about, then Enter (+1 visitor). Enter alone counts a visitor without a need. Backspace clears the numbers pressed. No names: each visitor is saved anonymously.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Need %1</source>
        <translation>Need %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last visitor</source>
        <translation>Last visitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visitor entered by mistake cannot be taken back: encounters are never changed or deleted. Tell your supervisor how many were extra.</source>
        <translation>A visitor entered by mistake cannot be taken back: encounters are never changed or deleted. Tell your supervisor how many were extra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the tally</source>
        <translation>Close the tally</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The count cannot be read: %1</source>
        <translation>The count cannot be read: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Need %1: %2</source>
        <translation>Need %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no need noted</source>
        <translation>no need noted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Visitor %1 saved: %2.</source>
        <translation>✓ Visitor %1 saved: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ The last visitor was not saved: %1 Enter them again.</source>
        <translation>⚠ The last visitor was not saved: %1 Enter them again.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 visitor today</source>
        <translation>1 visitor today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 visitors today</source>
        <translation>%1 visitors today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entered with this tally since it was opened.</source>
        <translation>%1 entered with this tally since it was opened.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This visitor: %1 — Enter saves</source>
        <translation>This visitor: %1 — Enter saves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next visitor: press the numbers of their needs, then Enter</source>
        <translation>Next visitor: press the numbers of their needs, then Enter</translation>
    </message>
</context>
<context>
    <name>ServiceDetailsView</name>
    <message>
        <location filename="../../ui/service_details_view.py" line="+47"/>
        <source>Service details</source>
        <translation>Service details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a service from the results to see how to reach it.</source>
        <translation>Choose a service from the results to see how to reach it.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to apply</source>
        <translation>How to apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 further channels are not in the imported catalogue.</source>
        <translation>%1 further channels are not in the imported catalogue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Shown in %1: the service has no text in %2.</source>
        <translation>⚠ Shown in %1: the service has no text in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service point</source>
        <translation>Service point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone service</source>
        <translation>Phone service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online service</source>
        <translation>Online service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessibility</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>free of charge</source>
        <translation>free of charge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>call charge applies</source>
        <translation>call charge applies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call price varies</source>
        <translation>call price varies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service number: own call price</source>
        <translation>service number: own call price</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postal address</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visiting address</source>
        <translation>Visiting address</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(exceptional hours)</source>
        <translation>(exceptional hours)</translation>
    </message>
</context>
<context>
    <name>ServiceFiltersBar</name>
    <message>
        <location filename="../../ui/service_filters.py" line="+82"/>
        <source>Service filters</source>
        <translation>Service filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any service class</source>
        <translation>Any service class</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service class</source>
        <translation>Service class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any life event</source>
        <translation>Any life event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Life event</source>
        <translation>Life event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target group</source>
        <translation>Any target group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target group</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any area</source>
        <translation>Any area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area (municipality)</source>
        <translation>Area (municipality)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language the service is given in</source>
        <translation>Language the service is given in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visit</source>
        <translation>&amp;Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On&amp;line</source>
        <translation>On&amp;line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en now</source>
        <translation>Op&amp;en now</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Life event:</source>
        <translation>Life event:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;unicipality:</source>
        <translation>M&amp;unicipality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given in:</source>
        <translation>Given in:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Services with a place to visit.</source>
        <translation>Services with a place to visit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with a phone service.</source>
        <translation>Services with a phone service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with an online service or web page.</source>
        <translation>Services with an online service or web page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with a place to visit or a phone service open right now.</source>
        <translation>Services with a place to visit or a phone service open right now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: visit</source>
        <translation>Channel: visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel: phone</source>
        <translation>Channel: phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: online</source>
        <translation>Channel: online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open now</source>
        <translation>Open now</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show services of every class, area and kind again.</source>
        <translation>Show services of every class, area and kind again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cl&amp;ass:</source>
        <translation>Cl&amp;ass:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target group:</source>
        <translation>&amp;Target group:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>given in %1</source>
        <translation>given in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open now</source>
        <translation>open now</translation>
    </message>
</context>
<context>
    <name>ServiceImportDialog</name>
    <message>
        <location filename="../../ui/service_import_dialog.py" line="-235"/>
        <source>Import services</source>
        <translation>Import services</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the national service catalogue (Suomi.fi PTV) from Open API JSON files: a file, or a folder of .json and .json.gz files. Services already imported are updated; nothing changes until the whole import has succeeded.
To import straight from the PTV API, run “neuvo import-services URL” on the command line.</source>
        <translation>Import the national service catalogue (Suomi.fi PTV) from Open API JSON files: a file, or a folder of .json and .json.gz files. Services already imported are updated; nothing changes until the whole import has succeeded.
To import straight from the PTV API, run “neuvo import-services URL” on the command line.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the national service catalogue (Suomi.fi PTV) from Open API JSON files (a file, or a folder of .json and .json.gz files) or straight from the PTV API. Services already imported are updated; nothing changes until the whole import has succeeded.</source>
        <translation>Import the national service catalogue (Suomi.fi PTV) from Open API JSON files (a file, or a folder of .json and .json.gz files) or straight from the PTV API. Services already imported are updated; nothing changes until the whole import has succeeded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File or folder to import</source>
        <translation>File or folder to import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PTV JSON file or a folder of them</source>
        <translation>A PTV JSON file or a folder of them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File…</source>
        <translation>&amp;File…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older…</source>
        <translation>F&amp;older…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Choose a folder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation (PTV id), optional</source>
        <translation>Organisation (PTV id), optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: only this organisation&apos;s services (PTV id)</source>
        <translation>Optional: only this organisation&apos;s services (PTV id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep services missing from this import (a partial file)</source>
        <translation>&amp;Keep services missing from this import (a partial file)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise the import is taken as the complete catalogue of its organisations, and their services missing from it are withdrawn.</source>
        <translation>Otherwise the import is taken as the complete catalogue of its organisations, and their services missing from it are withdrawn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import status</source>
        <translation>Import status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import report</source>
        <translation>Import report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import report appears here.</source>
        <translation>The import report appears here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From &amp;JSON files</source>
        <translation>From &amp;JSON files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from JSON files</source>
        <translation>Import from JSON files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the PTV &amp;API</source>
        <translation>From the PTV &amp;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from the PTV API</source>
        <translation>Import from the PTV API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PTV API address</source>
        <translation>PTV API address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base address of the PTV Open API, such as %1. Every page is fetched before anything is written.</source>
        <translation>The base address of the PTV Open API, such as %1. Every page is fetched before anything is written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;PI address:</source>
        <translation>A&amp;PI address:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file or a folder to import first.</source>
        <translation>Choose a file or a folder to import first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The window imports files. To import from the PTV API, run “neuvo import-services %1” on the command line.</source>
        <translation>The window imports files. To import from the PTV API, run “neuvo import-services %1” on the command line.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1 …</source>
        <translation>Importing %1 …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the PTV API address, starting with https:// (for example %1).</source>
        <translation>Give the PTV API address, starting with https:// (for example %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching %1 … nothing is written until every page has arrived.</source>
        <translation>Fetching %1 … nothing is written until every page has arrived.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Cancelling… nothing will be changed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import cancelled. The catalogue is as it was.</source>
        <translation>Import cancelled. The catalogue is as it was.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: %1 services new, %2 updated, %3 withdrawn; %4 records skipped.</source>
        <translation>Imported: %1 services new, %2 updated, %3 withdrawn; %4 records skipped.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported; the catalogue is as it was. %1</source>
        <translation>Nothing was imported; the catalogue is as it was. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indexing</source>
        <translation>Indexing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing</source>
        <translation>Writing</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ServiceMatch</name>
    <message>
        <location filename="../../ui/service_words.py" line="+6"/>
        <source>all words</source>
        <translation>all words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some of the words</source>
        <translation>some of the words</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word beginnings</source>
        <translation>word beginnings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters</source>
        <translation>filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the name</source>
        <translation>in the name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the description</source>
        <translation>in the description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nationwide</source>
        <translation>nationwide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the client&apos;s municipality</source>
        <translation>in the client&apos;s municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open now</source>
        <translation>open now</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>given in %1</source>
        <translation>given in %1</translation>
    </message>
</context>
<context>
    <name>ServiceResultDelegate</name>
    <message>
        <location filename="../../ui/service_result_delegate.py" line="+44"/>
        <source>✓ Offered</source>
        <translation>✓ Offered</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Matched: %1</source>
        <translation>Matched: %1</translation>
    </message>
</context>
<context>
    <name>ServiceResultModel</name>
    <message>
        <location filename="../../ui/service_result_model.py" line="+97"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched: %1</source>
        <translation>Matched: %1</translation>
    </message>
</context>
<context>
    <name>ServiceSearchPanel</name>
    <message>
        <location filename="../../ui/service_search_panel.py" line="+103"/>
        <source>Service search</source>
        <translation>Service search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A need or a service: toimeentulotuki, bostadsbidrag, debt…</source>
        <translation>A need or a service: toimeentulotuki, bostadsbidrag, debt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a service</source>
        <translation>Find a service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what the client needs, in Finnish, Swedish or English; inflected forms and everyday words work.
Down moves to the results; Esc clears. F3 comes back here.</source>
        <translation>Type what the client needs, in Finnish, Swedish or English; inflected forms and everyday words work.
Down moves to the results; Esc clears. F3 comes back here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the results</source>
        <translation>Language of the results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and descriptions in this language (the client&apos;s, when a card is open). The hand-over is always in the client&apos;s language.</source>
        <translation>Names and descriptions in this language (the client&apos;s, when a card is open). The hand-over is always in the client&apos;s language.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>F&amp;ilters</source>
        <translation>F&amp;ilters</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+323"/>
        <source>Show filters</source>
        <translation>Show filters</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Filters in use</source>
        <translation>Filters in use</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search note</source>
        <translation>Search note</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services found</source>
        <translation>Services found</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+52"/>
        <source>Choose a service in the results first.</source>
        <translation>Choose a service in the results first.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Copied the hand-over of %1 services in %2 to the clipboard.</source>
        <translation>Copied the hand-over of %1 services in %2 to the clipboard.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF could not be saved: %1. Choose another folder.</source>
        <translation>The PDF could not be saved: %1. Choose another folder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>The PDF could not be written to %1. Choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the hand-over to %1.</source>
        <translation>Saved the hand-over to %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not fit on one page: hand over fewer services at a time.</source>
        <translation>It did not fit on one page: hand over fewer services at a time.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent the hand-over to the printer.</source>
        <translation>Sent the hand-over to the printer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Offered to the client: %1.</source>
        <translation>Offered to the client: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+35"/>
        <source>Offer to client</source>
        <translation>Offer to client</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Mark the selected services as offered in this encounter (Ctrl+O).</source>
        <translation>Mark the selected services as offered in this encounter (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected services&apos; contact details in the client&apos;s language (Ctrl+Shift+C).</source>
        <translation>Copy the selected services&apos; contact details in the client&apos;s language (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a one-page hand-over as PDF (Ctrl+Shift+D).</source>
        <translation>Save a one-page hand-over as PDF (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a one-page hand-over for the client (Ctrl+Shift+P).</source>
        <translation>Print a one-page hand-over for the client (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>Service:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy the hand-over</source>
        <translation>Copy the hand-over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the hand-over as PDF</source>
        <translation>Save the hand-over as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the hand-over</source>
        <translation>Print the hand-over</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand-over:</source>
        <translation>Hand-over:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hide filters</source>
        <translation>Hide filters</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filtered: %1</source>
        <translation>Filtered: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filters</source>
        <translation>No filters</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The filter lists could not be read: %1</source>
        <translation>The filter lists could not be read: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The service catalogue is empty. Import it with File → Import services… (PTV JSON files from Suomi.fi).</source>
        <translation>The service catalogue is empty. Import it with File → Import services… (PTV JSON files from Suomi.fi).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quotes, stars, brackets and words like OR or NEAR are read as plain words.</source>
        <translation>Quotes, stars, brackets and words like OR or NEAR are read as plain words.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 words are searched.</source>
        <translation>Only the first %1 words are searched.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also searched: %1</source>
        <translation>Also searched: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No service matches. Try another word, or clear the filters.</source>
        <translation>No service matches. Try another word, or clear the filters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the client needs; %1 services in the catalogue.</source>
        <translation>Type what the client needs; %1 services in the catalogue.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a service from the results to see how to reach it.</source>
        <translation>Choose a service from the results to see how to reach it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This service is no longer in the catalogue.</source>
        <translation>This service is no longer in the catalogue.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hand-over in %1.</source>
        <translation>Hand-over in %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+59"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the shortcuts</source>
        <translation>Filter the shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a key, a word or an area: ctrl+k, need, consent…</source>
        <translation>Type a key, a word or an area: ctrl+k, need, consent…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Shortcuts</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shortcuts shown</source>
        <translation>Shortcuts shown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the shortcuts</source>
        <translation>Close the shortcuts</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 shown</source>
        <translation>%1 of %2 shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shortcuts</source>
        <translation>%1 shortcuts</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../ui/signal_editor.py" line="+31"/>
        <source>Signal kind</source>
        <translation>Signal kind</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signal text</source>
        <translation>Signal text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was missing or hard? (short, no names)</source>
        <translation>What was missing or hard? (short, no names)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal severity</source>
        <translation>Signal severity</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Add signal</source>
        <translation>Add signal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signals noted</source>
        <translation>Signals noted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete removes the chosen signal.</source>
        <translation>Delete removes the chosen signal.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An encounter has at most %1 signals.</source>
        <translation>An encounter has at most %1 signals.</translation>
    </message>
</context>
<context>
    <name>SituationalPictureWindow</name>
    <message>
        <location filename="../../ui/situational_picture_window.py" line="+83"/>
        <source>Situational picture</source>
        <translation>Situational picture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First week</source>
        <translation>First week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Last week</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Service point or event</source>
        <translation>Service point or event</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>All places</source>
        <translation>All places</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All ages</source>
        <translation>All ages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need</source>
        <translation>Need</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All needs</source>
        <translation>All needs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the picture for this filter</source>
        <translation>Show the picture for this filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All of the city</source>
        <translation>&amp;All of the city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the channel, place, area, age band and need (keeps the weeks).</source>
        <translation>Clear the channel, place, area, age band and need (keeps the weeks).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Situational picture status</source>
        <translation>Situational picture status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situational picture totals</source>
        <translation>Situational picture totals</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs by week</source>
        <translation>Needs by week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top needs over time</source>
        <translation>Top needs over time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often unmet</source>
        <translation>Most often unmet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age bands</source>
        <translation>Age bands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top needs</source>
        <translation>Top needs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmet</source>
        <translation>Unmet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals</source>
        <translation>Signals</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export aggregates…</source>
        <translation>&amp;Export aggregates…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the aggregates for the city&apos;s analytics as CSV or JSON, small counts suppressed (the export is written to the audit log).</source>
        <translation>Save the aggregates for the city&apos;s analytics as CSV or JSON, small counts suppressed (the export is written to the audit log).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computing… A need within a value, or three values at once, is counted from the encounters themselves: with a lot of encounters this takes a while.</source>
        <translation>Computing… A need within a value, or three values at once, is counted from the encounters themselves: with a lot of encounters this takes a while.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter or a double-click narrows the picture to this row.</source>
        <translation>Enter or a double-click narrows the picture to this row.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Weeks:</source>
        <translation>&amp;Weeks:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge band:</source>
        <translation>A&amp;ge band:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Need:</source>
        <translation>&amp;Need:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counts only, never a person. Counts below %1 show as “&lt;%1” (and a second count is hidden where a total would give one away). Enter or a double-click on a row narrows the picture to it.</source>
        <translation>Counts only, never a person. Counts below %1 show as “&lt;%1” (and a second count is hidden where a total would give one away). Enter or a double-click on a row narrows the picture to it.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The situational picture could not be computed: %1</source>
        <translation>The situational picture could not be computed: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 encounters · %2 needs, %3 unmet%4 · %5 signals</source>
        <translation>%1 encounters · %2 needs, %3 unmet%4 · %5 signals</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the whole city</source>
        <translation>the whole city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing %1, weeks %2.</source>
        <translation>Showing %1, weeks %2.</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <location filename="../../ui/startup_problem.py" line="+64"/>
        <source>Neuvo cannot start</source>
        <translation>Neuvo cannot start</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile folder: %1. Your IT support can help; Copy details copies this message for a support ticket.</source>
        <translation>Profile folder: %1. Your IT support can help; Copy details copies this message for a support ticket.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy status</source>
        <translation>Copy status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the problem, the fix and the profile folder to the clipboard for a support ticket</source>
        <translation>Copies the problem, the fix and the profile folder to the clipboard for a support ticket</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The details are on the clipboard.</source>
        <translation>The details are on the clipboard.</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../ui/need_tag_editor.py" line="+70"/>
        <source>Need status</source>
        <translation>Need status</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../../ui/sync_log_dialog.py" line="+128"/>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync summary</source>
        <translation>Sync summary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the sync log…</source>
        <translation>Reading the sync log…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync runs</source>
        <translation>Sync runs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing… the log shows the run when it ends.</source>
        <translation>Syncing… the log shows the run when it ends.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sync with the CRM has run on this workstation yet.</source>
        <translation>No sync with the CRM has run on this workstation yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync: %1.</source>
        <translation>Last successful sync: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sync has succeeded yet.</source>
        <translation>No sync has succeeded yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes wait to be sent.</source>
        <translation>%1 changes wait to be sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waits to be sent.</source>
        <translation>Nothing waits to be sent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conflicts wait for your decision (CRM &gt; Conflicts).</source>
        <translation>%1 conflicts wait for your decision (CRM &gt; Conflicts).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync log could not be read: %1</source>
        <translation>The sync log could not be read: %1</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <location line="-125"/>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still running, or the program was closed during this sync; anything unsent is sent by the next one.</source>
        <translation>Still running, or the program was closed during this sync; anything unsent is sent by the next one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything went through.</source>
        <translation>Everything went through.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../ui/sync_menu.py" line="+122"/>
        <source>C&amp;RM</source>
        <translation>C&amp;RM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;log…</source>
        <translation>Sync &amp;log…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last syncs with the CRM and what went wrong, if anything.</source>
        <translation>The last syncs with the CRM and what went wrong, if anything.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prepare for event…</source>
        <translation>&amp;Prepare for event…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;everything</source>
        <translation>Send &amp;everything</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send this workstation&apos;s changes to the CRM and receive what changed there (F5).</source>
        <translation>Send this workstation&apos;s changes to the CRM and receive what changed there (F5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an event without network: sync everything and check that clients, consents and services are on this workstation.</source>
        <translation>Before an event without network: sync everything and check that clients, consents and services are on this workstation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After an event: send everything recorded here to the CRM and report what still waits.</source>
        <translation>After an event: send everything recorded here to the CRM and report what still waits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Conflicts (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes made both here and in the CRM wait for your decision (Ctrl+Shift+K).</source>
        <translation>%1 changes made both here and in the CRM wait for your decision (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts with the CRM to resolve (Ctrl+Shift+K).</source>
        <translation>No conflicts with the CRM to resolve (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to resolve the conflicts with the CRM.</source>
        <translation>Click to resolve the conflicts with the CRM.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync with the CRM did not start on this workstation. Restart Neuvo; if it still does not start, tell IT support. Your changes are kept.</source>
        <translation>The sync with the CRM did not start on this workstation. Restart Neuvo; if it still does not start, tell IT support. Your changes are kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no CRM connection, so Neuvo works locally only. IT support can add one ([crm] in profile.toml).</source>
        <translation>This profile has no CRM connection, so Neuvo works locally only. IT support can add one ([crm] in profile.toml).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> · %1 conflicts to resolve</source>
        <translation> · %1 conflicts to resolve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: syncing…</source>
        <translation>CRM: syncing…</translation>
    </message>
</context>
<context>
    <name>SyncOutcome</name>
    <message>
        <location filename="../../ui/app_messages.py" line="-43"/>
        <source>Everything sent and received</source>
        <translation>Everything sent and received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, but some changes were refused</source>
        <translation>Sent, but some changes were refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM not reachable</source>
        <translation>CRM not reachable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in needed</source>
        <translation>Sign-in needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running or interrupted</source>
        <translation>Running or interrupted</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location line="+6"/>
        <source>Sign-in to the CRM is needed: the CRM no longer accepts this workstation&apos;s sign-in. Your changes are kept and are sent after you sign in.</source>
        <translation>Sign-in to the CRM is needed: the CRM no longer accepts this workstation&apos;s sign-in. Your changes are kept and are sent after you sign in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not be reached (no network, or the CRM is down). Your changes are kept on this workstation and are sent when the connection is back.</source>
        <translation>The CRM could not be reached (no network, or the CRM is down). Your changes are kept on this workstation and are sent when the connection is back.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM asked Neuvo to slow down and did not recover in time. Your changes are kept; Neuvo tries again later.</source>
        <translation>The CRM asked Neuvo to slow down and did not recover in time. Your changes are kept; Neuvo tries again later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM (or a network device before it) answered something Neuvo does not understand. Your changes are kept; if this repeats, tell IT support.</source>
        <translation>The CRM (or a network device before it) answered something Neuvo does not understand. Your changes are kept; if this repeats, tell IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM refused: this sign-in lacks a permission. Tell IT support; your changes are kept.</source>
        <translation>The CRM refused: this sign-in lacks a permission. Tell IT support; your changes are kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM refused a change as invalid. The change is kept and marked; tell IT support.</source>
        <translation>The CRM refused a change as invalid. The change is kept and marked; tell IT support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync stopped on an unexpected problem.</source>
        <translation>The sync stopped on an unexpected problem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync was stopped before it could run; your changes are kept.</source>
        <translation>The sync was stopped before it could run; your changes are kept.</translation>
    </message>
</context>
<context>
    <name>TallyKeypad</name>
    <message>
        <location filename="../../ui/outreach_tally.py" line="-199"/>
        <source>Visitor&apos;s needs: press their numbers, then Enter</source>
        <translation>Visitor&apos;s needs: press their numbers, then Enter</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+16"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the value</source>
        <translation>Problem with the value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the CRM:</source>
        <translation>In the CRM:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New value:</source>
        <translation>&amp;New value:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save this value</source>
        <translation>&amp;Save this value</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write the birth date as dd.mm.yyyy, e.g. 31.1.1980.</source>
        <translation>Write the birth date as dd.mm.yyyy, e.g. 31.1.1980.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 cannot be empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address (name@example.fi).</source>
        <translation>This is not an e-mail address (name@example.fi).</translation>
    </message>
</context>
<context>
    <name>WarningNotice</name>
    <message>
        <location filename="../../ui/warning_notice.py" line="+24"/>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
</context>
<context>
    <name>WorkstationMenu</name>
    <message>
        <location filename="../../ui/workstation_menu.py" line="+33"/>
        <source>At the &amp;counter</source>
        <translation>At the &amp;counter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;phone</source>
        <translation>On the &amp;phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>At an &amp;outreach event…</source>
        <translation>At an &amp;outreach event…</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Name the event; its visitors are tallied under that name.</source>
        <translation>Name the event; its visitors are tallied under that name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outreach &amp;tally…</source>
        <translation>Outreach &amp;tally…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count visitors and their needs at the event, anonymously (Ctrl+T).</source>
        <translation>Count visitors and their needs at the event, anonymously (Ctrl+T).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save encounter (Ctrl+Enter in the panel)</source>
        <translation>&amp;Save encounter (Ctrl+Enter in the panel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outreach event</source>
        <translation>Outreach event</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the event (e.g. Kirjaston digitori):</source>
        <translation>Name of the event (e.g. Kirjaston digitori):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Workstation mode</source>
        <translation>Workstation mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mode could not be kept in the profile (%1); it applies until Neuvo closes.</source>
        <translation>The mode could not be kept in the profile (%1); it applies until Neuvo closes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outreach tally</source>
        <translation>Outreach tally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tally counts visitors at an outreach event. Choose Workstation → At an outreach event… first and name the event.</source>
        <translation>The tally counts visitors at an outreach event. Choose Workstation → At an outreach event… first and name the event.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>At an &amp;outreach event: %1…</source>
        <translation>At an &amp;outreach event: %1…</translation>
    </message>
</context>
</TS>
