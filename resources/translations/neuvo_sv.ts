<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name></name>
    <message>
        <location filename="../../ui/audit_log_dialog.py" line="+55"/>
        <source>Export the audit log</source>
        <translation>Exportera loggen</translation>
    </message>
    <message>
        <location filename="../../ui/aggregate_export_dialog.py" line="+59"/>
        <location filename="../../ui/audit_log_dialog.py" line="+1"/>
        <location filename="../../ui/expiring_consents_dialog.py" line="+177"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the situational aggregates</source>
        <translation>Exportera lägesbildens sammanställningar</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+81"/>
        <source>hidden (safety marking)</source>
        <translation>dold (spärrmarkering)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in the CRM</source>
        <translation>raderad i CRM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited here</source>
        <translation>redigerad här</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Discard this client here?</source>
        <translation>Ta bort kunden från den här arbetsstationen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was deleted in the CRM while it was edited here. Discarding removes the client from this workstation too, with the edits made here.</source>
        <translation>%1 raderades i CRM medan uppgifterna redigerades här. Om du tar bort kunden tas den också bort från den här arbetsstationen, liksom ändringarna som gjorts här.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_badges.py" line="+46"/>
        <source>Granted, until withdrawn</source>
        <translation>Givet, gäller tills vidare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted until %1</source>
        <translation>Givet, gäller till %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires %1 (%2)</source>
        <translation>Upphör %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired %1</source>
        <translation>Upphörde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn %1</source>
        <translation>Återkallat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused %1</source>
        <translation>Nekat %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Inte tillfrågad</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="+58"/>
        <source>At the counter</source>
        <translation>Vid disken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the phone</source>
        <translation>Per telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At an outreach event</source>
        <translation>Vid ett uppsökande evenemang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitally</source>
        <translation>Digitalt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verbal</source>
        <translation>Muntligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on paper</source>
        <translation>Undertecknat på papper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong e-identification</source>
        <translation>Stark autentisering</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Granted</source>
        <translation>Givet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Nekat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <location filename="../../ui/consent_receipt_dialog.py" line="+38"/>
        <source>Save the receipt as PDF</source>
        <translation>Spara kvittot som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/service_handover.py" line="+33"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/draft_restore.py" line="+43"/>
        <source>Started %1</source>
        <translation>Påbörjat %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with a client</source>
        <translation>med en kund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no client</source>
        <translation>ingen kund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 need</source>
        <translation>1 behov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 needs</source>
        <translation>%1 behov</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_lines.py" line="+28"/>
        <source>counter</source>
        <translation>disk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outreach</source>
        <translation>uppsökande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chat</source>
        <translation>chatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolved on first contact</source>
        <translation>löst vid första kontakten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guided to a service</source>
        <translation>hänvisad till en tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred with a warm hand-over</source>
        <translation>hänvisad med personlig överlämning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointment booked</source>
        <translation>tid bokad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no suitable service found</source>
        <translation>ingen lämplig tjänst hittades</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/signal_editor.py" line="+39"/>
        <source>other</source>
        <translation>annat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>met</source>
        <translation>uppfyllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unmet</source>
        <translation>inte uppfyllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly met</source>
        <translation>delvis uppfyllt</translation>
    </message>
    <message>
        <location filename="../../ui/expiring_consents_dialog.py" line="-1"/>
        <source>Export expiring consents</source>
        <translation>Exportera samtycken som upphör</translation>
    </message>
    <message>
        <location filename="../../ui/service_handover.py" line="-1"/>
        <source>Save the hand-over as PDF</source>
        <translation>Spara tjänsteuppgifterna som PDF</translation>
    </message>
    <message>
        <location filename="../../ui/service_import_dialog.py" line="+311"/>
        <source>Choose a PTV JSON file</source>
        <translation>Välj en JSON-fil från PTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTV JSON (*.json *.json.gz);;All files (*)</source>
        <translation>PTV JSON (*.json *.json.gz);;Alla filer (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder of PTV JSON files</source>
        <translation>Välj en mapp med JSON-filer från PTV</translation>
    </message>
    <message>
        <location filename="../../ui/service_words.py" line="+28"/>
        <source>Open now</source>
        <translation>Öppet nu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now until %1</source>
        <translation>Öppet nu till %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens at %1</source>
        <translation>Öppnar kl. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Stängt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now · opens %1 %2</source>
        <translation>Stängt nu · öppnar %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monday</source>
        <translation>måndag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>tisdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>lördag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>söndag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <location filename="../../ui/signal_editor.py" line="-6"/>
        <source>service hard to find</source>
        <translation>tjänsten svår att hitta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service missing</source>
        <translation>tjänst saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting too long</source>
        <translation>för lång väntan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat contact</source>
        <translation>upprepad kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk of digital exclusion</source>
        <translation>risk för digitalt utanförskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language barrier</source>
        <translation>språkbarriär</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minor</source>
        <translation>mindre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notable</source>
        <translation>betydande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>serious</source>
        <translation>allvarlig</translation>
    </message>
    <message>
        <location filename="../../ui/situational_picture_charts.py" line="+145"/>
        <source>Needs and unmet needs by week</source>
        <translation>Behov och ouppfyllda behov per vecka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: needs and unmet needs by week</source>
        <translation>Diagram: behov och ouppfyllda behov per vecka</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/situational_picture_models.py" line="+236"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Unmet needs</source>
        <translation>Ouppfyllda behov</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Top needs over the weeks</source>
        <translation>De vanligaste behoven per vecka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: the top needs over the weeks</source>
        <translation>Diagram: de vanligaste behoven per vecka</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No needs recorded in these weeks.</source>
        <translation>Inga behov har registrerats under dessa veckor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs most often unmet</source>
        <translation>Behov som oftast inte uppfylls</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: the needs most often unmet</source>
        <translation>Diagram: behov som oftast inte uppfylls</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No unmet needs</source>
        <translation>Inga ouppfyllda behov</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No unmet needs in these weeks.</source>
        <translation>Inga ouppfyllda behov under dessa veckor.</translation>
    </message>
    <message>
        <location filename="../../ui/situational_picture_models.py" line="-207"/>
        <source>Age not known</source>
        <translation>Ålder okänd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Service hard to find</source>
        <translation>Tjänsten svår att hitta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service missing</source>
        <translation>Tjänst saknas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting too long</source>
        <translation>För lång väntan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat contact</source>
        <translation>Upprepad kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk of digital exclusion</source>
        <translation>Risk för digitalt utanförskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language barrier</source>
        <translation>Språkbarriär</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place recorded</source>
        <translation>Ingen plats registrerad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event: %1</source>
        <translation>Evenemang: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area not known</source>
        <translation>Område okänt</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>hidden</source>
        <translation>dold</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fewer than %1: hidden so that no one can be singled out.</source>
        <translation>Färre än %1: dolt så att ingen kan identifieras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden so that a smaller number in this column cannot be worked out from the total.</source>
        <translation>Dolt så att ett mindre tal i den här kolumnen inte kan räknas ut från summan.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+14"/>
        <location line="+36"/>
        <source>Encounters</source>
        <translation>Ärenden</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Unmet</source>
        <translation>Inte uppfyllt</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Unmet share</source>
        <translation>Andel inte uppfyllda</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Partly met</source>
        <translation>Delvis uppfyllt</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown code %1</source>
        <translation>okänd kod %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need</source>
        <translation>Behov</translation>
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
        <translation>Genomsnittlig allvarlighet (1–3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+56"/>
        <location line="+6"/>
        <location line="+97"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+6"/>
        <location line="+83"/>
        <source>Card and consent</source>
        <translation>Kort och samtycke</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Call</source>
        <translation>Samtal</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+6"/>
        <location line="+83"/>
        <source>Encounter</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+7"/>
        <location line="+83"/>
        <source>Services</source>
        <translation>Tjänster</translation>
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
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Supervision</source>
        <translation>Tillsyn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Arkiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+97"/>
        <location line="+4"/>
        <source>Window</source>
        <translation>Fönster</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>in the client search</source>
        <translation>i kundsökningen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the need field</source>
        <translation>i behovsfältet</translation>
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
        <translation>Öppna den bästa träffen; utan träff en ny kund med det som skrevs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Down</source>
        <translation>Nedåtpil</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Move to the client list</source>
        <translation>Flytta till kundlistan</translation>
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
        <translation>Töm sökningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen client&apos;s card</source>
        <translation>Öppna den valda kundens kort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the client list</source>
        <translation>i kundlistan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the consent</source>
        <translation>Registrera samtycket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the consent dialog</source>
        <translation>i samtyckesdialogen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the highlighted or best need; in the empty field, the need proposed by the service offered</source>
        <translation>Lägg till det markerade eller bästa behovet; i det tomma fältet behovet som den erbjudna tjänsten föreslår</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose among the need suggestions</source>
        <translation>Välj bland förslagen på behov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · 2 · 3</source>
        <translation>1 · 2 · 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need met · partly met · unmet</source>
        <translation>Behovet uppfyllt · delvis uppfyllt · inte uppfyllt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>in the needs list</source>
        <translation>i behovslistan</translation>
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
        <translation>Ta bort behovet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter · Delete</source>
        <translation>Enter · Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept · dismiss the proposed need</source>
        <translation>Godkänn · avvisa det föreslagna behovet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the proposed needs</source>
        <translation>i de föreslagna behoven</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the service offered</source>
        <translation>Ta bort den erbjudna tjänsten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the services offered</source>
        <translation>i de erbjudna tjänsterna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter · Down</source>
        <translation>Enter · Nedåtpil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the results, the best one chosen</source>
        <translation>Flytta till resultaten, med den bästa vald</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>in the service search</source>
        <translation>i tjänstesökningen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the service search</source>
        <translation>Töm tjänstesökningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 … 9, then Enter</source>
        <translation>1 … 9, sedan Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count a visitor with those needs (Enter alone: without a need)</source>
        <translation>Räkna en besökare med de behoven (enbart Enter: utan behov)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>in the outreach tally</source>
        <translation>i besöksstatistiken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backspace</source>
        <translation>Backsteg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the needs pressed so far</source>
        <translation>Töm de behov som tryckts hittills</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab · Shift+Tab</source>
        <translation>Tabb · Skift+Tabb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next · previous field</source>
        <translation>Nästa · föregående fält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a dialog</source>
        <translation>Stäng en dialog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a dialog</source>
        <translation>i en dialog</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Go to “%1”</source>
        <translation>Gå till ”%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the %1 menu</source>
        <translation>Öppna menyn %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>in “%1”</source>
        <translation>i ”%1”</translation>
    </message>
</context>
<context>
    <name>AggregateExportDialog</name>
    <message>
        <location filename="../../ui/aggregate_export_dialog.py" line="+17"/>
        <source>Export aggregates</source>
        <translation>Exportera sammanställningar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Filformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV — for spreadsheets (semicolons, UTF-8)</source>
        <translation>CSV – för kalkylprogram (semikolon, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON — for analytics systems</source>
        <translation>JSON – för analyssystem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First week</source>
        <translation>Första veckan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Sista veckan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> persons</source>
        <translation> personer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest number of persons shown (k)</source>
        <translation>Minsta antal personer som visas (k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells counting fewer persons are left empty. %1 unless the city&apos;s data protection policy sets another threshold.</source>
        <translation>Celler med färre personer lämnas tomma. %1 om inte stadens dataskyddspolicy anger en annan gräns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export status</source>
        <translation>Exportens status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weeks:</source>
        <translation>Ve&amp;ckor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide cells below:</source>
        <translation>&amp;Dölj celler under:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds counts only — per week, channel, place, area and age band, for each need and signal kind: persons, tags and unmet needs, with totals. No names, identity codes, ids, summaries, signal texts or event names. A cell with fewer persons than the threshold is left empty, and so is a second cell wherever a total would give the first one away. The export is written to the audit log.</source>
        <translation>Filen innehåller endast antal – per vecka, kanal, plats, område och åldersgrupp, för varje behov och signaltyp: personer, taggar och ouppfyllda behov, med summor. Inga namn, personbeteckningar, id:n, sammanfattningar, signaltexter eller evenemangsnamn. En cell med färre personer än gränsen lämnas tom, och likaså en andra cell där en summa skulle avslöja den första. Exporten skrivs i loggen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The first week is after the last week. Choose the weeks again.</source>
        <translation>Första veckan är efter den sista veckan. Välj veckorna på nytt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting… Counting distinct persons takes a while with a lot of encounters; the file appears when it is complete.</source>
        <translation>Exporterar… Det tar en stund att räkna olika personer när det finns många ärenden; filen visas när den är klar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 cells to %2. %3 cells were left empty: %4 with fewer than %5 persons, %6 more so that those cannot be worked out from the totals.</source>
        <translation>%1 celler exporterades till %2. %3 celler lämnades tomma: %4 med färre än %5 personer, %6 till så att de inte kan räknas ut från summorna.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export failed and no file was written: %1</source>
        <translation>Exporten misslyckades och ingen fil skrevs: %1</translation>
    </message>
</context>
<context>
    <name>AppMessage</name>
    <message>
        <location filename="../../ui/app_messages.py" line="+31"/>
        <source>The encounter&apos;s times must carry a time zone.</source>
        <translation>Ärendets tider måste ha en tidszon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter cannot end before it started.</source>
        <translation>Ärendet kan inte sluta innan det började.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter cannot start in the future; check the workstation&apos;s clock.</source>
        <translation>Ärendet kan inte börja i framtiden; kontrollera arbetsstationens klocka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the outcome of the encounter.</source>
        <translation>Välj ärendets resultat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signal&apos;s severity is 1 (minor), 2 (notable) or 3 (serious).</source>
        <translation>En signals allvarlighet är 1 (mindre), 2 (betydande) eller 3 (allvarlig).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The services offered are not service ids from the service search.</source>
        <translation>De erbjudna tjänsterna är inte tjänste-id:n från tjänstesökningen.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Another client already has this identity code.</source>
        <translation>En annan kund har redan den här personbeteckningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing client instead of creating a second record.</source>
        <translation>Öppna den befintliga kunden i stället för att skapa en andra post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a language code.</source>
        <translation>Det här är ingen språkkod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is missing.</source>
        <translation>Språket saknas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a two-letter ISO 639-1 code, such as fi, sv, en, ru, et, so or ar.</source>
        <translation>Använd en ISO 639-1-kod med två bokstäver, till exempel fi, sv, en, ru, et, so eller ar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten it; the full name can be recorded in the CRM.</source>
        <translation>Korta ner det; hela namnet kan registreras i CRM.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number or identity code typed here belongs in its own field.</source>
        <translation>Ett telefonnummer eller en personbeteckning som skrivits här hör hemma i sitt eget fält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date.</source>
        <translation>Det här är inget datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the birth date as dd.mm.yyyy.</source>
        <translation>Skriv födelsedatumet som dd.mm.åååå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is in the future.</source>
        <translation>Födelsedatumet ligger i framtiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the year with the client.</source>
        <translation>Kontrollera året med kunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date does not match the identity code.</source>
        <translation>Födelsedatumet stämmer inte med personbeteckningen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct one of them: the code starts with the birth date (ddmmyy).</source>
        <translation>Rätta det ena: beteckningen börjar med födelsedatumet (ddmmåå).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The street address is too long.</source>
        <translation>Gatuadressen är för lång.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten it.</source>
        <translation>Korta ner den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postal code has five digits.</source>
        <translation>Ett postnummer har fem siffror.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it as on the client&apos;s letters, e.g. 00100.</source>
        <translation>Skriv det som på kundens brev, t.ex. 00100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Finnish municipality by that code or name.</source>
        <translation>Det finns ingen finländsk kommun med den koden eller det namnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the municipality from the list.</source>
        <translation>Välj kommunen i listan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name as it is on the client&apos;s identity document.</source>
        <translation>Skriv namnet som det står på kundens identitetshandling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the least used number.</source>
        <translation>Lämna bort det minst använda numret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is already entered above.</source>
        <translation>Det här numret finns redan ovan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the second copy.</source>
        <translation>Ta bort den andra kopian.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose whether the number is mobile, home or work.</source>
        <translation>Välj om numret är mobil-, hem- eller arbetsnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number: only digits, spaces, +, -, / and brackets belong in one.</source>
        <translation>Det här är inget telefonnummer: bara siffror, mellanslag, +, -, / och parenteser hör hemma i ett.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number as the client gives it, e.g. 040 123 4567 or +46 70 123 45 67.</source>
        <translation>Skriv numret som kunden uppger det, t.ex. 040 123 4567 eller +46 70 123 45 67.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the client; a number abroad needs its country code (+46 …).</source>
        <translation>Kontrollera numret med kunden; ett nummer utomlands behöver landsnummer (+46 …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client to spell the address, e.g. aino.virtanen@example.fi.</source>
        <translation>Be kunden stava adressen, t.ex. aino.virtanen@example.fi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>En e-postadress kan inte innehålla mellanslag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has no @.</source>
        <translation>E-postadressen saknar @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has more than one @.</source>
        <translation>E-postadressen har mer än ett @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has nothing before the @.</source>
        <translation>E-postadressen har inget före @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address is too long.</source>
        <translation>E-postadressen är för lång.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @ is not a domain (such as example.fi).</source>
        <translation>Delen efter @ är ingen domän (som example.fi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ cannot start or end with a dot, or have two in a row.</source>
        <translation>Delen före @ kan inte börja eller sluta med en punkt eller ha två i rad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @ has characters a domain cannot have.</source>
        <translation>Delen efter @ har tecken som en domän inte kan ha.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ has characters an address cannot have (such as a comma).</source>
        <translation>Delen före @ har tecken som en adress inte kan ha (som ett kommatecken).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the code with the client (date, separator, number, check character).</source>
        <translation>Kontrollera beteckningen med kunden (datum, skiljetecken, nummer, kontrolltecken).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correct the file (see the comments in Neuvo&apos;s packaged consent_purposes.toml), or remove the profile&apos;s copy to use the packaged default.</source>
        <translation>Rätta filen (se kommentarerna i den consent_purposes.toml som följer med Neuvo) eller ta bort profilens kopia för att använda standardfilen som följer med Neuvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an end date on or after the start date, or leave the end empty.</source>
        <translation>Välj ett slutdatum som infaller samma dag som startdatumet eller senare, eller lämna slutdatumet tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent&apos;s validity ends (%1) before it starts (%2).</source>
        <translation>Samtyckets giltighet upphör (%1) innan den börjar (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: it is not ddmmyy, a century sign, three digits and a check character.</source>
        <translation>Det här är ingen giltig finländsk personbeteckning: den består inte av ddmmåå, ett skiljetecken, tre siffror och ett kontrolltecken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: the check character does not match the rest of the code.</source>
        <translation>Det här är ingen giltig finländsk personbeteckning: kontrolltecknet stämmer inte med resten av beteckningen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: its date or individual number is not possible.</source>
        <translation>Det här är ingen giltig finländsk personbeteckning: datumet eller individnumret är inte möjligt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code.</source>
        <translation>Det här är ingen giltig finländsk personbeteckning.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such phone number exists in the numbering plan.</source>
        <translation>Det finns inget sådant telefonnummer i nummerplanen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number that can be read.</source>
        <translation>Det här är inget telefonnummer som kan tolkas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 is not a country code.</source>
        <translation>+%1 är inget landsnummer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number is too short (%1 digits).</source>
        <translation>Telefonnumret är för kort (%1 siffror).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number is too long (%1 digits).</source>
        <translation>Telefonnumret är för långt (%1 siffror).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file (see the comments in Neuvo&apos;s packaged needs_taxonomy.toml), or remove the profile&apos;s copy to use the packaged default.</source>
        <translation>Rätta filen (se kommentarerna i den needs_taxonomy.toml som följer med Neuvo) eller ta bort profilens kopia för att använda standardfilen som följer med Neuvo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a directory with --profile DIR.</source>
        <translation>Välj en mapp med --profile DIR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the profile file from backup, or point --profile at another directory.</source>
        <translation>Återställ profilfilen från en säkerhetskopia eller ange en annan mapp med --profile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with --demo, or create one with --profile DIR.</source>
        <translation>Starta med --demo eller skapa en profil med --profile DIR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile path %1 is a file, not a directory.</source>
        <translation>Profilsökvägen %1 är en fil, inte en mapp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds a database but no %2.</source>
        <translation>%1 innehåller en databas men inte %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Neuvo profile in %1.</source>
        <translation>Ingen Neuvo-profil i %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user write access to it, or choose another directory with --profile DIR.</source>
        <translation>Ge din användare skrivrättigheter till den eller välj en annan mapp med --profile DIR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore it from backup, or start a new profile in another directory.</source>
        <translation>Återställ den från en säkerhetskopia eller skapa en ny profil i en annan mapp.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write to the profile directory %1 (%2).</source>
        <translation>Det går inte att skriva i profilmappen %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile file %1 is unreadable or damaged (%2).</source>
        <translation>Profilfilen %1 kan inte läsas eller är skadad (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give PTV Open API JSON (services, service channels, general descriptions, code lists).</source>
        <translation>Ange PTV Open API JSON (tjänster, servicekanaler, allmänna beskrivningar, kodlistor).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file: it must be PTV Open API JSON as the API returns it.</source>
        <translation>Kontrollera filen: den måste vara PTV Open API JSON i den form som API:et returnerar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a PTV JSON file, a directory of them, or an API URL.</source>
        <translation>Ange en JSON-fil från PTV, en mapp med sådana eller en API-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a PTV JSON file or a directory of them.</source>
        <translation>Ange en JSON-fil från PTV eller en mapp med sådana.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is JSON but not PTV data: expected a list of records or an API page.</source>
        <translation>%1 är JSON men inte PTV-data: en lista med poster eller en API-sida förväntades.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no PTV services, channels, general descriptions or code lists.</source>
        <translation>%1 innehåller inga tjänster, servicekanaler, allmänna beskrivningar eller kodlistor från PTV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give PTV Open API JSON (services, channels, code lists).</source>
        <translation>Ange PTV Open API JSON (tjänster, servicekanaler, kodlistor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>%1 finns inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no .json or .json.gz files.</source>
        <translation>%1 innehåller inga .json- eller .json.gz-filer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it again.</source>
        <translation>Ladda ner den igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not UTF-8 text, so not PTV JSON.</source>
        <translation>%1 är inte UTF-8-text och därmed inte JSON från PTV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nests arrays or objects too deeply to be PTV JSON.</source>
        <translation>%1 har för djupt kapslade arrayer eller objekt för att vara JSON från PTV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not JSON (line %2: %3).</source>
        <translation>%1 är inte JSON (rad %2: %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a damaged gzip file (%2).</source>
        <translation>%1 är en skadad gzip-fil (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date of birth: a date is typed as 1.1.1990 or 1990-01-01.</source>
        <translation>%1 är inget födelsedatum: ett datum skrivs som 1.1.1990 eller 1990-01-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a date: an identity code starts with the birth date as ddmmyy.</source>
        <translation>%1 är inget datum: en personbeteckning börjar med födelsedatumet i formen ddmmåå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No OS keyring is available, and Neuvo keeps the database key only there.</source>
        <translation>Det finns ingen nyckelring i operativsystemet, och Neuvo sparar databasnyckeln endast där.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux install and unlock a Secret Service keyring (gnome-keyring or KWallet); to try Neuvo without one, start the demo with --demo.</source>
        <translation>På Linux: installera och lås upp en Secret Service-nyckelring (gnome-keyring eller KWallet); för att prova Neuvo utan nyckelring, starta demon med --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile is not a demo profile but carries a demo key file.</source>
        <translation>Den här profilen är ingen demoprofil men har en demonyckelfil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the profile to a machine with an OS keyring.</source>
        <translation>Flytta profilen till en dator som har en nyckelring i operativsystemet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusing to keep a key in a file for a non-demo profile.</source>
        <translation>Neuvo sparar inte en nyckel i en fil för en profil som inte är en demoprofil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keyring (log in again) and restart Neuvo.</source>
        <translation>Lås upp din nyckelring (logga in på nytt) och starta om Neuvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the demo profile directory to start a fresh demo.</source>
        <translation>Radera demoprofilens mapp för att starta en ny demo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring refused to give the secret “%1” (%2).</source>
        <translation>Nyckelringen i operativsystemet vägrade lämna ut hemligheten ”%1” (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring refused to store the secret “%1” (%2).</source>
        <translation>Nyckelringen i operativsystemet vägrade spara hemligheten ”%1” (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo key file %1 is unreadable.</source>
        <translation>Demonyckelfilen %1 kan inte läsas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the profile&apos;s keyring entry or the database from backup; the file was left untouched.</source>
        <translation>Återställ profilens post i nyckelringen eller databasen från en säkerhetskopia; filen lämnades orörd.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the keyring entry from backup.</source>
        <translation>Återställ posten i nyckelringen från en säkerhetskopia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it away; Neuvo never opens or converts a foreign database in place.</source>
        <translation>Flytta bort den; Neuvo öppnar eller konverterar aldrig en främmande databas på plats.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted: the key does not match, or the file is damaged.</source>
        <translation>%1 kan inte dekrypteras: nyckeln stämmer inte, eller filen är skadad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the keyring entry from backup. Neuvo will not make a new key: the data would be lost.</source>
        <translation>Återställ posten i nyckelringen från en säkerhetskopia. Neuvo skapar ingen ny nyckel: då skulle uppgifterna gå förlorade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database key in %1 is not a 256-bit hex key.</source>
        <translation>Databasnyckeln i %1 är inte en 256-bitars hexadecimal nyckel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an unencrypted SQLite file, not a Neuvo store.</source>
        <translation>%1 är en okrypterad SQLite-fil, inte en Neuvo-databas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key for %1 is missing from %2.</source>
        <translation>Nyckeln för %1 saknas i %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the database file %1 (%2).</source>
        <translation>Databasfilen %1 kan inte läsas (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer Neuvo again; this one leaves the data untouched.</source>
        <translation>Installera den nyare versionen av Neuvo igen; den här versionen lämnar uppgifterna orörda.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is at schema %1, which this Neuvo does not know (a newer version wrote it).</source>
        <translation>Databasen har schemaversion %1, som den här versionen av Neuvo inte känner till (den skrevs av en nyare version).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity-code hash key is missing from %1.</source>
        <translation>Hashnyckeln för personbeteckningar saknas i %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day is before the first day.</source>
        <translation>Den sista dagen ligger före den första dagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the dates or change one of them.</source>
        <translation>Byt plats på datumen eller ändra ett av dem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it anonymously instead, or ask the client for this consent and record it first.</source>
        <translation>Spara anonymt i stället, eller fråga kunden om det här samtycket och registrera det först.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client for this consent and record it first.</source>
        <translation>Fråga kunden om det här samtycket och registrera det först.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs the client&apos;s consent “%1”, which is not in effect.</source>
        <translation>Det här kräver kundens samtycke ”%1”, som inte gäller.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first names are required.</source>
        <translation>Förnamnen måste fyllas i.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name is required.</source>
        <translation>Efternamnet måste fyllas i.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first names are too long (%1 characters; at most %2).</source>
        <translation>Förnamnen är för långa (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name is too long (%1 characters; at most %2).</source>
        <translation>Efternamnet är för långt (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferred name is too long (%1 characters; at most %2).</source>
        <translation>Tilltalsnamnet är för långt (%1 tecken; högst %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first names contain digits.</source>
        <translation>Förnamnen innehåller siffror.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name contains digits.</source>
        <translation>Efternamnet innehåller siffror.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferred name contains digits.</source>
        <translation>Tilltalsnamnet innehåller siffror.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client was not saved: check %1.</source>
        <translation>Kunden sparades inte: kontrollera fälten %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the marked fields and save again.</source>
        <translation>Rätta de markerade fälten och spara igen.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>first names</source>
        <translation>förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred name</source>
        <translation>tilltalsnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street address</source>
        <translation>gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent purposes file %1 is not valid: %2</source>
        <translation>Filen med samtyckesändamål %1 är inte giltig: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need taxonomy file %1 is not valid: %2</source>
        <translation>Filen med behovsklassificeringen %1 är inte giltig: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k must be between %1 and %2, not %3.</source>
        <translation>k måste vara mellan %1 och %2, inte %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read, so phone-system rings are off.</source>
        <translation>%1 kunde inte läsas, så samtal från telefonsystemet visas inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony in %1 must be a [telephony] table.</source>
        <translation>telephony i %1 måste vara en [telephony]-tabell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony.endpoint in %1 must be true or false.</source>
        <translation>telephony.endpoint i %1 måste vara true eller false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony.port in %1 must be a whole number from %2 to 65535.</source>
        <translation>telephony.port i %1 måste vara ett heltal från %2 till 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later.</source>
        <translation>Försök igen senare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PTV API at %1 kept refusing.</source>
        <translation>PTV-gränssnittet på %1 vägrade upprepade gånger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL (e.g. https://api.palvelutietovaranto.suomi.fi/api/v11) and the organisation id; the catalogue was left as it was.</source>
        <translation>Kontrollera basadressen (t.ex. https://api.palvelutietovaranto.suomi.fi/api/v11) och organisationens id; katalogen lämnades som den var.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the API&apos;s base address, such as https://api.palvelutietovaranto.suomi.fi/api/v11.</source>
        <translation>Ange gränssnittets basadress, till exempel https://api.palvelutietovaranto.suomi.fi/api/v11.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PTV API answered %1 for %2.</source>
        <translation>PTV-gränssnittet svarade %1 på %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL of the PTV Open API.</source>
        <translation>Kontrollera basadressen till PTV Open API.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a web address the PTV API can be read from.</source>
        <translation>%1 är inte en webbadress som PTV-gränssnittet kan läsas från.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the URL and the network; the catalogue was left as it was.</source>
        <translation>Kontrollera adressen och nätverket; katalogen lämnades som den var.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer with JSON.</source>
        <translation>%1 svarade inte med JSON.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the PTV API at %1 (%2).</source>
        <translation>PTV-gränssnittet på %1 kan inte nås (%2).</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>This client was changed or removed elsewhere after you opened the form, so your changes were not saved (they would have overwritten the newer ones).</source>
        <translation>Kunden har ändrats eller tagits bort på annat håll efter att du öppnade formuläret, så dina ändringar sparades inte (de skulle ha skrivit över de nyare).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text is still in the form: note what you need, reopen the client and edit again.</source>
        <translation>Din text finns kvar i formuläret: anteckna det du behöver, öppna kunden på nytt och redigera igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 phone numbers are kept.</source>
        <translation>Högst %1 telefonnummer sparas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a smaller page.</source>
        <translation>Be om en mindre sida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is 0 to 366 days.</source>
        <translation>Tidsperioden kan vara 0–366 dagar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter window.</source>
        <translation>Välj en kortare tidsperiod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page holds 1 to %1 rows.</source>
        <translation>En sida rymmer 1–%1 rader.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the default %1, or the threshold the city&apos;s data protection policy sets.</source>
        <translation>Använd standardvärdet %1 eller den gräns som stadens dataskyddspolicy anger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the source; see the report lines for what was skipped.</source>
        <translation>Kontrollera källan; se raderna i rapporten för vad som hoppades över.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 held no PTV records that could be imported.</source>
        <translation>%1 innehöll inga PTV-poster som kunde importeras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose fi, sv or en.</source>
        <translation>Välj fi, sv eller en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a language of the window.</source>
        <translation>”%1” är inte ett av fönstrets språk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a supervisor, or ask the city&apos;s IT administrator to grant you the role.</source>
        <translation>Fråga en chef, eller be stadens IT-administratör att ge dig rollen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only supervisors and administrators may open %1.</source>
        <translation>Endast chefer och administratörer får öppna %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal has no end date.</source>
        <translation>Ett nekande har inget slutdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A withdrawal has no end date.</source>
        <translation>Ett återkallande har inget slutdatum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the guardian and type the guardian&apos;s name, or record the decision later.</source>
        <translation>Fråga vårdnadshavaren och skriv vårdnadshavarens namn, eller registrera beslutet senare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent decision cannot take effect after today.</source>
        <translation>Ett samtyckesbeslut kan inte träda i kraft efter i dag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the decision on the day it is made; leave the start date as today.</source>
        <translation>Registrera beslutet samma dag som det fattas; låt startdatumet vara dagens datum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the consent dialog to show the current text.</source>
        <translation>Öppna samtyckesdialogen på nytt för att visa den aktuella texten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guardian&apos;s name is too long.</source>
        <translation>Vårdnadshavarens namn är för långt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the purposes listed on the client&apos;s card.</source>
        <translation>Välj ett av ändamålen på kundkortet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent texts exist in Finnish, Swedish and English only.</source>
        <translation>Samtyckestexter finns bara på finska, svenska och engelska.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text in one of them (with an interpreter if needed).</source>
        <translation>Läs texten på något av dem (med tolk vid behov).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is under 15: “%1” needs the consent of a guardian.</source>
        <translation>Kunden är under 15 år: ”%1” kräver vårdnadshavarens samtycke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent would already have ended.</source>
        <translation>Samtycket skulle redan ha upphört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an end date from today onwards, or leave the default.</source>
        <translation>Välj ett slutdatum från och med i dag, eller behåll standardvärdet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the end date empty.</source>
        <translation>Lämna slutdatumet tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent text version %1 does not exist for this purpose.</source>
        <translation>Samtyckestextens version %1 finns inte för det här ändamålet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a consent purpose of this city.</source>
        <translation>”%1” är inte ett av stadens samtyckesändamål.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct it in the encounter panel and save again.</source>
        <translation>Rätta det i ärendepanelen och spara igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outreach visitor needs the event&apos;s name.</source>
        <translation>En besökare vid ett uppsökande evenemang kräver evenemangets namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the event&apos;s name first.</source>
        <translation>Skriv först evenemangets namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter to correct does not exist.</source>
        <translation>Ärendet som ska rättas finns inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the encounter again and retry.</source>
        <translation>Öppna ärendet på nytt och försök igen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary is longer than %1 characters; keep it short.</source>
        <translation>Sammanfattningen är längre än %1 tecken; håll den kort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event name is longer than %1 characters.</source>
        <translation>Evenemangets namn är längre än %1 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter has at most %1 need tags.</source>
        <translation>Ett ärende kan ha högst %1 behovstaggar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter has at most %1 signals.</source>
        <translation>Ett ärende kan ha högst %1 signaler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a municipality code.</source>
        <translation>”%1” är ingen kommunkod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a need code.</source>
        <translation>”%1” är ingen behovskod.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signal&apos;s text is longer than %1 characters.</source>
        <translation>En signals text är längre än %1 tecken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need %1 is tagged twice; keep one tag per need.</source>
        <translation>Behovet %1 är taggat två gånger; behåll en tagg per behov.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services are searched in Finnish, Swedish or English, not “%1”.</source>
        <translation>Tjänster söks på finska, svenska eller engelska, inte på ”%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the chosen services is in the catalogue any more.</source>
        <translation>Ingen av de valda tjänsterna finns längre i katalogen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again and choose the services to hand over.</source>
        <translation>Sök på nytt och välj de tjänster som kunden ska få.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hand-over is written in Finnish, Swedish or English, not “%1”.</source>
        <translation>Tjänsteuppgifterna skrivs på finska, svenska eller engelska, inte på ”%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first week is after the last week.</source>
        <translation>Den första veckan ligger efter den sista veckan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the weeks again.</source>
        <translation>Välj veckorna på nytt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drill-down needs both a dimension and its value.</source>
        <translation>En begränsning kräver både en dimension och dess värde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a bar to drill into.</source>
        <translation>Välj en stapel att begränsa lägesbilden till.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drill-down names one dimension twice.</source>
        <translation>En begränsning anger samma dimension två gånger.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one value per dimension.</source>
        <translation>Välj ett värde per dimension.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an ISO week such as 2026-W48.</source>
        <translation>”%1” är ingen ISO-vecka av typen 2026-W48.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conflict was already resolved.</source>
        <translation>Konflikten har redan lösts.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list of conflicts.</source>
        <translation>Uppdatera listan över konflikter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is about the whole record.</source>
        <translation>Konflikten gäller hela posten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose re-create or discard.</source>
        <translation>Välj återskapa eller ta bort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is about one field.</source>
        <translation>Konflikten gäller ett fält.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose keep mine, take theirs or edit.</source>
        <translation>Välj behåll mitt, ta deras eller redigera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edited value is not valid for this field.</source>
        <translation>Det redigerade värdet är inte giltigt för det här fältet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the value and try again.</source>
        <translation>Kontrollera värdet och försök igen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose counter, phone or outreach.</source>
        <translation>Välj disk, telefon eller uppsökande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a workstation mode.</source>
        <translation>”%1” är inte ett läge för arbetsstationen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach needs the event&apos;s name.</source>
        <translation>Uppsökande läge kräver evenemangets namn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name of the event you are at.</source>
        <translation>Skriv namnet på evenemanget där du är.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no CRM connection.</source>
        <translation>Den här profilen har ingen CRM-anslutning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a [crm] table with the CRM&apos;s url to profile.toml (see README), or use --demo.</source>
        <translation>Lägg till en [crm]-tabell med CRM:s url i profile.toml (se README), eller använd --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The [crm] table lacks tenant_id or client_id.</source>
        <translation>Tabellen [crm] saknar tenant_id eller client_id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add both to profile.toml.</source>
        <translation>Lägg till båda i profile.toml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM token of this profile is missing from its secret store.</source>
        <translation>Den här profilens CRM-token saknas i profilens säkra lagring av hemligheter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the demo once more (it makes a new one), or sign in again.</source>
        <translation>Starta demon en gång till (den skapar en ny) eller logga in på nytt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM client secret is missing from the secret store.</source>
        <translation>CRM-klienthemligheten saknas i den säkra lagringen av hemligheter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it in the keyring as “%1”.</source>
        <translation>Spara den i nyckelringen som ”%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audit log</source>
        <translation>loggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the situational picture</source>
        <translation>lägesbilden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of expiring consents</source>
        <translation>listan över samtycken som upphör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the situational picture&apos;s export</source>
        <translation>lägesbildens export</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Nothing to search for: type a name, phone number, identity code, birth date or e-mail address.</source>
        <translation>Inget att söka på: skriv ett namn, telefonnummer, en personbeteckning, ett födelsedatum eller en e-postadress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That birth date is in the future: check the century sign (- or A).</source>
        <translation>Födelsedatumet ligger i framtiden: kontrollera skiljetecknet (- eller A).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type at least four digits of a phone number.</source>
        <translation>Skriv minst fyra siffror av ett telefonnummer.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Demo profile: no OS keyring found, so the database key is kept in a file inside the profile.</source>
        <translation>Demoprofil: ingen nyckelring i operativsystemet hittades, så databasnyckeln sparas i en fil i profilen.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/audit_log_model.py" line="+42"/>
        <source>Opened a client&apos;s card</source>
        <translation>Öppnade ett kundkort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searched for clients</source>
        <translation>Sökte kunder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed an identity code</source>
        <translation>Visade en personbeteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added a client</source>
        <translation>Lade till en kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited a client</source>
        <translation>Redigerade en kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed a client</source>
        <translation>Tog bort en kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported data</source>
        <translation>Exporterade uppgifter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a consent decision</source>
        <translation>Registrerade ett samtyckesbeslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised with the CRM</source>
        <translation>Synkroniserade med CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed the audit log</source>
        <translation>Visade loggen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded an encounter</source>
        <translation>Registrerade ett ärende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed the situational picture</source>
        <translation>Visade lägesbilden</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/audit_log_dialog.py" line="+12"/>
        <source>Audit log</source>
        <translation>Logg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client or record id (empty: every record)</source>
        <translation>Kundens eller postens id (tomt: alla poster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Postens id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log summary</source>
        <translation>Sammanfattning av loggen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every event matching the filter as a CSV file (the export is written to the audit log too).</source>
        <translation>Spara alla händelser som matchar filtret som en CSV-fil (exporten skrivs också i loggen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The open client: %1</source>
        <translation>Den öppna kunden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exporting…</source>
        <translation>Exporterar…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adviser</source>
        <translation>Rådgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All advisers</source>
        <translation>Alla rådgivare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit events</source>
        <translation>Logghändelser</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Adviser:</source>
        <translation>&amp;Rådgivare:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction:</source>
        <translation>&amp;Åtgärd:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record:</source>
        <translation>&amp;Post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days:</source>
        <translation>&amp;Dagar:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No events match this filter.</source>
        <translation>Inga händelser matchar filtret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events match; newest first.</source>
        <translation>%1 händelser matchar; nyaste först.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log could not be read: %1</source>
        <translation>Loggen kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the audit log…</source>
        <translation>Läser loggen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 events to %2.</source>
        <translation>%1 händelser exporterades till %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed and no file was written: %1. Choose another folder and try again.</source>
        <translation>Exporten misslyckades och ingen fil skrevs: %1. Välj en annan mapp och försök igen.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../ui/audit_log_model.py" line="+35"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser</source>
        <translation>Rådgivare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Arbetsstation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(unknown adviser)</source>
        <translation>(okänd rådgivare)</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <location filename="../../ui/call_banner.py" line="+41"/>
        <source>Incoming call</source>
        <translation>Inkommande samtal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create client…</source>
        <translation>Ny kund…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new client with this phone number</source>
        <translation>Skapa en ny kund med det här telefonnumret</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the call banner</source>
        <translation>Stäng samtalsraden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call from %1</source>
        <translation>Samtal från %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up the caller…</source>
        <translation>Söker uppringaren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown caller — create a new client?</source>
        <translation>Okänd uppringare – skapa en ny kund?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown caller — no client has this number.</source>
        <translation>Okänd uppringare – ingen kund har det här numret.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client:</source>
        <translation>Kund:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More clients than these have this number; search for it to see all:</source>
        <translation>Fler kunder än dessa har numret; sök på det för att se alla:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 clients have this number:</source>
        <translation>%1 kunder har det här numret:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller could not be looked up. Search for the number in the list.</source>
        <translation>Uppringaren kunde inte sökas. Sök på numret i listan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the card of %1</source>
        <translation>Öppna kortet för %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the client&apos;s card (the view is logged).</source>
        <translation>Öppna kundkortet (visningen loggas).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (born %2)</source>
        <translation>%1 (f. %2)</translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message>
        <location filename="../../ui/client_card.py" line="+50"/>
        <source>Client card</source>
        <translation>Kundkort</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Choose a client from the list, or search for one above.</source>
        <translation>Välj en kund i listan eller sök ovan.</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+34"/>
        <source>This client is no longer in the store. Search again to refresh the list.</source>
        <translation>Kunden finns inte längre i databasen. Sök igen för att uppdatera listan.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Needed</source>
        <translation>Behövs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not needed</source>
        <translation>Behövs inte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+148"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>Not recorded</source>
        <translation>Inte registrerat</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Client name</source>
        <translation>Kundens namn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Safety marking: do not disclose the client&apos;s address or whereabouts to anyone.</source>
        <translation>Spärrmarkering: lämna inte ut kundens adress eller vistelseort till någon.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Tilltalsnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client</source>
        <translation>Redigera kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct or add the client&apos;s details (Ctrl+E).</source>
        <translation>Rätta eller komplettera kundens uppgifter (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+55"/>
        <source>Reveal</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Reveal identity code</source>
        <translation>Visa personbeteckningen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Show the full identity code. Every reveal is logged.</source>
        <translation>Visa hela personbeteckningen. Varje visning loggas.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 år)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address hidden (safety marking)</source>
        <translation>Adressen dold (spärrmarkering)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home</source>
        <translation>hem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>work</source>
        <translation>arbete</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide identity code</source>
        <translation>Dölj personbeteckningen</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <location filename="../../ui/client_form.py" line="+92"/>
        <source>New client</source>
        <translation>Ny kund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client — %1</source>
        <translation>Redigera kund – %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open existing</source>
        <translation>Öppna befintlig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing client</source>
        <translation>Öppna den befintliga kunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;First names</source>
        <translation>&amp;Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;referred name</source>
        <translation>T&amp;illtalsnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the client goes by, if not the first</source>
        <translation>Namnet kunden använder, om det inte är det första förnamnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Birth date</source>
        <translation>Fö&amp;delsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail</source>
        <translation>E-&amp;post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet address</source>
        <translation>&amp;Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;code</source>
        <translation>Post&amp;nummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interpreter needed</source>
        <translation>T&amp;olkbehov</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety &amp;marking (turvakielto)</source>
        <translation>Spärr&amp;markering (turvakielto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a safety marking the client&apos;s address is hidden on screen, also from advisers, and never exported.</source>
        <translation>Med spärrmarkering döljs kundens adress på skärmen, också för rådgivare, och den exporteras aldrig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden (safety marking): type a new address to replace it</source>
        <translation>Dold (spärrmarkering): skriv en ny adress för att ersätta den</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+267"/>
        <location line="+17"/>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddmmyy-nnnX</source>
        <translation>ddmmåå-nnnX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change…</source>
        <translation>Ändra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the full identity code to correct it. Every reveal is logged.</source>
        <translation>Visa hela personbeteckningen för att rätta den. Varje visning loggas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;dentity code</source>
        <translation>Person&amp;beteckning</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 040 123 4567</source>
        <translation>t.ex. 040 123 4567</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone %1 kind</source>
        <translation>Typ av telefon %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home</source>
        <translation>hem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>work</source>
        <translation>arbete</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>M&amp;unicipality</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preferred language</source>
        <translation>Föredraget språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>Annat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other language code</source>
        <translation>Kod för annat språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 639-1 code, e.g. ru</source>
        <translation>ISO 639-1-kod, t.ex. ru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>A client with this identity code already exists: %1</source>
        <translation>Det finns redan en kund med den här personbeteckningen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client with this phone number already exists: %1</source>
        <translation>Det finns redan en kund med det här telefonnumret: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(and %1 more)</source>
        <translation>(och %1 till)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This client is no longer in the store; nothing was saved. Your text is still here: copy what you need before closing.</source>
        <translation>Kunden finns inte längre i databasen; inget sparades. Din text finns kvar här: kopiera det du behöver innan du stänger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client could not be saved. Your text is still here; try Save again, and if it keeps failing, restart Neuvo.</source>
        <translation>Kunden kunde inte sparas. Din text finns kvar här; försök spara igen, och om det inte lyckas, starta om Neuvo.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Discard the new client?</source>
        <translation>Kasta den nya kunden?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard your changes?</source>
        <translation>Kasta ändringarna?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed in this form will not be saved.</source>
        <translation>Det du skrivit i formuläret sparas inte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Fortsätt redigera</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="+120"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Född</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Spärr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Hittad via</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Safety marking (turvakielto): the client&apos;s address must not be disclosed.</source>
        <translation>Spärrmarkering (turvakielto): kundens adress får inte lämnas ut.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Safety marking: the client&apos;s address must not be disclosed.</source>
        <translation>Spärrmarkering: kundens adress får inte lämnas ut.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Marked</source>
        <translation>Markerad</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+20"/>
        <location line="+158"/>
        <source>Conflicts with the CRM</source>
        <translation>Konflikter med CRM</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>These were changed both here and in the CRM since the last sync. Nothing was overwritten: choose, field by field, which value the client&apos;s record keeps.</source>
        <translation>Dessa har ändrats både här och i CRM sedan den senaste synkroniseringen. Inget har skrivits över: välj fält för fält vilket värde kundens uppgifter ska behålla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts summary</source>
        <translation>Sammanfattning av konflikter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;mitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the value made here and send it to the CRM.</source>
        <translation>Behåll värdet som gjorts här och skicka det till CRM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;theirs</source>
        <translation>Ta &amp;deras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the CRM&apos;s value here.</source>
        <translation>Ta CRM:s värde hit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+103"/>
        <source>Write the right value; it is saved here and sent to the CRM.</source>
        <translation>Skriv rätt värde; det sparas här och skickas till CRM.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Re-create in the CRM</source>
        <translation>Å&amp;terskapa i CRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the client back into the CRM with the values held here.</source>
        <translation>Lägg tillbaka kunden i CRM med uppgifterna som finns här.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard here</source>
        <translation>Ta bort &amp;här</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the client from this workstation, as in the CRM.</source>
        <translation>Ta bort kunden från den här arbetsstationen, som i CRM.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the conflicts…</source>
        <translation>Läser konflikterna…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is put back into the CRM with the next sync.</source>
        <translation>%1 läggs tillbaka i CRM vid nästa synkronisering.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed from this workstation.</source>
        <translation>%1 togs bort från den här arbetsstationen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open conflicts</source>
        <translation>Öppna konflikter</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This field cannot be edited here: keep one side, then change it on the client&apos;s card.</source>
        <translation>Fältet kan inte redigeras här: behåll ena sidan och ändra det sedan på kundkortet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept your value of %1 for %2; it goes to the CRM with the next sync.</source>
        <translation>Ditt värde för %1 (%2) behölls; det skickas till CRM vid nästa synkronisering.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took the CRM&apos;s value of %1 for %2.</source>
        <translation>CRM:s värde för %1 (%2) togs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the new value of %1 for %2; it goes to the CRM with the next sync.</source>
        <translation>Det nya värdet för %1 (%2) sparades; det skickas till CRM vid nästa synkronisering.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving your decision…</source>
        <translation>Sparar ditt beslut…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The decision was not saved: %1</source>
        <translation>Beslutet sparades inte: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts with the CRM (%1)</source>
        <translation>Konflikter med CRM (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 conflicts wait for your decision.</source>
        <translation>%1 konflikter väntar på ditt beslut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: everything here agrees with the CRM.</source>
        <translation>Inga konflikter: allt här stämmer med CRM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conflicts could not be read: %1</source>
        <translation>Konflikterna kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client</source>
        <translation>kunden</translation>
    </message>
</context>
<context>
    <name>ConflictField</name>
    <message>
        <location filename="../../ui/app_messages.py" line="+55"/>
        <source>First names</source>
        <translation>Förnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Efternamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Tilltalsnamn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity code</source>
        <translation>Personbeteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Gatuadress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter needed</source>
        <translation>Tolkbehov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety marking</source>
        <translation>Spärrmarkering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record deleted in the CRM</source>
        <translation>Posten raderad i CRM</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="-313"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here (yours)</source>
        <translation>Här (ditt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the CRM (theirs)</source>
        <translation>I CRM (deras)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticed</source>
        <translation>Upptäckt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(a client no longer on this workstation)</source>
        <translation>(en kund som inte längre finns på arbetsstationen)</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../../ui/consent_badges.py" line="+48"/>
        <source>Consent text version %1</source>
        <translation>Textversion %1</translation>
    </message>
</context>
<context>
    <name>ConsentBadges</name>
    <message>
        <location line="+15"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (a purpose this workstation does not know)</source>
        <translation>%1 (ett ändamål som arbetsstationen inte känner till)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="+21"/>
        <source>Consent — %1</source>
        <translation>Samtycke – %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the consent text</source>
        <translation>Samtyckestextens språk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent text to read aloud</source>
        <translation>Samtyckestext att läsa upp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grant</source>
        <translation>&amp;Ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Nekar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>Åte&amp;rkallar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the client was served</source>
        <translation>Hur kunden betjänades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence</source>
        <translation>Bevis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>Giltigt från</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until withdrawn (&amp;no end date)</source>
        <translation>Tills vidare (&amp;inget slutdatum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian who consented</source>
        <translation>Vårdnadshavare som samtyckte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guardian&apos;s name</source>
        <translation>Vårdnadshavarens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is under 15: a grant needs the guardian&apos;s consent.</source>
        <translation>Kunden är under 15 år: samtycket kräver vårdnadshavarens samtycke.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Purpose:</source>
        <translation>Än&amp;damål:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt in:</source>
        <translation>Te&amp;xt på:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read &amp;aloud:</source>
        <translation>Läs &amp;upp:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decision:</source>
        <translation>Beslut:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Bevis:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid &amp;from:</source>
        <translation>Giltigt &amp;från:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid &amp;until:</source>
        <translation>Giltigt &amp;till:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guar&amp;dian:</source>
        <translation>&amp;Vårdnadshavare:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the decision (Ctrl+Enter)</source>
        <translation>Spara beslutet (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This client is no longer in the store.</source>
        <translation>Kunden finns inte längre i databasen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text version %1</source>
        <translation>Textversion %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save grant</source>
        <translation>Spara samtycket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save refusal</source>
        <translation>Spara nekandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save withdrawal</source>
        <translation>Spara återkallandet</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../ui/consent_history_dialog.py" line="+101"/>
        <source>Consent history — %1</source>
        <translation>Samtyckeshistorik – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent decisions, newest first</source>
        <translation>Samtyckesbeslut, nyaste först</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest first. ✓ and bold: the decision the current status comes from.</source>
        <translation>Nyaste först. ✓ och fetstil: beslutet som den nuvarande statusen bygger på.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent decisions have been recorded for this client.</source>
        <translation>Inga samtyckesbeslut har registrerats för kunden.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <location line="-63"/>
        <source>Recorded</source>
        <translation>Registrerat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Registrerat av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Textversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Sätt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This decision sets the purpose&apos;s current status.</source>
        <translation>Det här beslutet bestämmer ändamålets nuvarande status.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (unknown purpose)</source>
        <translation>%1 (okänt ändamål)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1</source>
        <translation>från %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(another workstation&apos;s adviser)</source>
        <translation>(rådgivare på en annan arbetsstation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no longer in the file)</source>
        <translation>%1 (finns inte längre i filen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; guardian %1</source>
        <translation>; vårdnadshavare %1</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../ui/consent_panel.py" line="+38"/>
        <location line="+2"/>
        <source>Consents</source>
        <translation>Samtycken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record consent…</source>
        <translation>Registrera samtycke…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant, refuse or withdraw a consent (Ctrl+K).</source>
        <translation>Ge, neka eller återkalla ett samtycke (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every consent decision, newest first (Ctrl+H).</source>
        <translation>Alla samtyckesbeslut, nyaste först (Ctrl+H).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt…</source>
        <translation>Kvitto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print or save the consent receipt in the client&apos;s language (Ctrl+P).</source>
        <translation>Skriv ut eller spara samtyckeskvittot på kundens språk (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Consents cannot be shown: %1</source>
        <translation>Samtyckena kan inte visas: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No consent “%1”: contacts with this client are saved anonymously. Ask for it with Ctrl+K.</source>
        <translation>Inget samtycke ”%1”: kontakter med kunden sparas anonymt. Fråga om samtycke med Ctrl+K.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Recorded: %1 — %2. Ctrl+P prints a receipt.</source>
        <translation>Registrerat: %1 – %2. Ctrl+P skriver ut ett kvitto.</translation>
    </message>
</context>
<context>
    <name>ConsentReceiptDialog</name>
    <message>
        <location filename="../../ui/consent_receipt_dialog.py" line="+30"/>
        <source>Consent receipt</source>
        <translation>Samtyckeskvitto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the receipt</source>
        <translation>Kvittots språk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt preview</source>
        <translation>Förhandsvisning av kvittot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PDF could not be saved: %1. Choose another folder.</source>
        <translation>PDF-filen kunde inte sparas: %1. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>PDF-filen kunde inte skrivas till %1. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1.</source>
        <translation>Sparat i %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the printer.</source>
        <translation>Skickat till skrivaren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This client is no longer in the store.</source>
        <translation>Kunden finns inte längre i databasen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consent decisions are recorded yet: the receipt says so.</source>
        <translation>Inga samtyckesbeslut har registrerats ännu: det står på kvittot.</translation>
    </message>
</context>
<context>
    <name>ConsentState</name>
    <message>
        <location filename="../../ui/consent_badges.py" line="-66"/>
        <source>tomorrow</source>
        <translation>i morgon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation>om %1 dagar</translation>
    </message>
</context>
<context>
    <name>DraftRestoreBanner</name>
    <message>
        <location filename="../../ui/draft_restore.py" line="+20"/>
        <location line="+7"/>
        <source>Encounters left open</source>
        <translation>Påbörjade ärenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the chosen encounter</source>
        <translation>Fortsätt det valda ärendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard…</source>
        <translation>Kasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the chosen encounter</source>
        <translation>Kasta det valda ärendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the encounters left open for now</source>
        <translation>Dölj de påbörjade ärendena tills vidare</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1 encounter was left open. Resume it, or discard it:</source>
        <translation>1 ärende lämnades öppet. Fortsätt det eller kasta det:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 encounters were left open. Resume or discard each:</source>
        <translation>%1 ärenden lämnades öppna. Fortsätt eller kasta vart och ett:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard the encounter?</source>
        <translation>Kasta ärendet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the encounter left open (%1)? What was typed in it cannot be recovered.</source>
        <translation>Kasta det påbörjade ärendet (%1)? Det som skrevs i det kan inte återställas.</translation>
    </message>
</context>
<context>
    <name>EncounterLines</name>
    <message>
        <location filename="../../ui/encounter_lines.py" line="+17"/>
        <location line="+7"/>
        <source>Last encounters</source>
        <translation>Senaste ärenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No encounters recorded with this client&apos;s name.</source>
        <translation>Inga ärenden har registrerats med kundens namn.</translation>
    </message>
</context>
<context>
    <name>EncounterPanel</name>
    <message>
        <location filename="../../ui/encounter_panel.py" line="+142"/>
        <location line="+259"/>
        <source>Encounter</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Save the encounter</source>
        <translation>Spara ärendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter starts when you open a client&apos;s card or a call comes in.</source>
        <translation>Ett ärende börjar när du öppnar ett kundkort eller ett samtal kommer in.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This service is already among the services offered.</source>
        <translation>Tjänsten finns redan bland de erbjudna tjänsterna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An encounter lists at most %1 services.</source>
        <translation>Ett ärende kan ha högst %1 tjänster.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Before saving: %1</source>
        <translation>Innan du sparar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A signal is asked for (%1). Add one — Enter in its text — or press Ctrl+Enter again to save without it.</source>
        <translation>En signal efterfrågas (%1). Lägg till en – Enter i dess text – eller tryck Ctrl+Enter igen för att spara utan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Encounters left open could not be read, so they cannot be offered now; they stay in the store untouched. Restart Neuvo; if this repeats, tell support.</source>
        <translation>Påbörjade ärenden kunde inte läsas och kan därför inte erbjudas nu; de finns kvar orörda i databasen. Starta om Neuvo; om det upprepas, kontakta supporten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resumed the encounter started %1.</source>
        <translation>Ärendet som påbörjades %1 återupptogs.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard the encounter?</source>
        <translation>Kasta ärendet?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter? What was typed in it cannot be recovered.</source>
        <translation>Kasta det här ärendet? Det som skrevs i det kan inte återställas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encounter discarded.</source>
        <translation>Ärendet kastat.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Encounter channel</source>
        <translation>Kanal för ärendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time since the encounter started</source>
        <translation>Tid sedan ärendet började</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft state</source>
        <translation>Utkastets status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard…</source>
        <translation>Kasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter</source>
        <translation>Kasta det här ärendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter without saving it…</source>
        <translation>Kasta det här ärendet utan att spara…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encounter message</source>
        <translation>Meddelande om ärendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New encounter</source>
        <translation>&amp;Nytt ärende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new encounter with the client on the card, or with nobody (Ctrl+Shift+N).</source>
        <translation>Börja ett nytt ärende med kunden på kortet, eller utan kund (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an encounter  (Ctrl+Shift+N)</source>
        <translation>Börja ett ärende  (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new encounter</source>
        <translation>Börja ett nytt ärende</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Whose name the encounter is saved with</source>
        <translation>Med vems namn ärendet sparas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Needs:</source>
        <translation>&amp;Behov:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services offered</source>
        <translation>Erbjudna tjänster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete removes the chosen service.</source>
        <translation>Delete tar bort den valda tjänsten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen service offered</source>
        <translation>Ta bort den valda erbjudna tjänsten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services:</source>
        <translation>Tjänster:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome…</source>
        <translation>Välj resultat…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short summary for the next adviser (kept only with the client&apos;s consent to store contacts)</source>
        <translation>En kort sammanfattning för nästa rådgivare (sparas bara med kundens samtycke till att kontakter lagras)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary length</source>
        <translation>Sammanfattningens längd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;mmary:</source>
        <translation>Sa&amp;mmanfattning:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si&amp;gnal:</source>
        <translation>Si&amp;gnal:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encounter messages</source>
        <translation>Meddelanden om ärendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save anon&amp;ymously</source>
        <translation>Spara anon&amp;ymt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anonymously, without the person&apos;s name</source>
        <translation>Spara anonymt, utan personens namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the needs, outcome and signals without linking them to the person (for instance when the client asks).</source>
        <translation>Behåll behov, resultat och signaler utan att koppla dem till personen (till exempel när kunden ber om det).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Spara  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save encounter</source>
        <translation>Spara ärendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the encounter (Ctrl+Enter).</source>
        <translation>Spara ärendet (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+170"/>
        <source>draft ✓</source>
        <translation>utkast ✓</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>ⓘ No client chosen: saved without a person (anonymous). Open the client&apos;s card to link it.</source>
        <translation>ⓘ Ingen kund vald: sparas utan person (anonymt). Öppna kundens kort för att koppla ärendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ⓘ Saved without the person&apos;s name, as you chose.</source>
        <translation>ⓘ Sparas utan personens namn, som du valde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ⓘ Whether it keeps the person&apos;s name is decided by their consent when you save.</source>
        <translation>ⓘ Personens samtycke avgör när du sparar om ärendet behåller personens namn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Saved with the person&apos;s name — consent “%1”: %2.</source>
        <translation>✓ Sparas med personens namn – samtycke ”%1”: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✕ Saved without the person&apos;s name: no consent “%1” (%2). Needs, outcome and signals are kept. Ctrl+K records consent.</source>
        <translation>✕ Sparas utan personens namn: inget samtycke ”%1” (%2). Behov, resultat och signaler behålls. Ctrl+K registrerar samtycke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The summary is not kept without the name.</source>
        <translation>Sammanfattningen sparas inte utan namn.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service %1</source>
        <translation>Tjänst %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asked because %1. What should the city know?</source>
        <translation>Frågas eftersom %1. Vad borde staden veta?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no suitable service was found</source>
        <translation>ingen lämplig tjänst hittades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a need is unmet</source>
        <translation>ett behov är inte uppfyllt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2 — too long, shorten it</source>
        <translation>%1 / %2 – för lång, korta ner</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>⚠ draft</source>
        <translation>⚠ utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be kept (%1). Keep Neuvo open and save the encounter; the next change tries again.</source>
        <translation>Utkastet kunde inte sparas (%1). Håll Neuvo öppet och spara ärendet; nästa ändring försöker igen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept as a draft at %1: nothing typed is lost if Neuvo closes.</source>
        <translation>Sparat som utkast kl. %1: inget du skrivit går förlorat om Neuvo stängs.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The previous encounter could not be kept: %1</source>
        <translation>Det föregående ärendet kunde inte sparas: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This client is no longer in the store, so the encounter cannot be linked to them. Press Ctrl+Enter again to save it without a person.</source>
        <translation>Kunden finns inte längre i databasen, så ärendet kan inte kopplas till kunden. Tryck Ctrl+Enter igen för att spara utan person.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: %1 Nothing is lost — the encounter is still open.</source>
        <translation>Inte sparat: %1 Inget går förlorat – ärendet är fortfarande öppet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous encounter was not saved: %1 It is kept among the encounters left open.</source>
        <translation>Det föregående ärendet sparades inte: %1 Det finns kvar bland de påbörjade ärendena.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not given</source>
        <translation>inte givet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter saved without the person&apos;s name because their consent “%1” is not in effect (%2); record consent with Ctrl+K to link future contacts.</source>
        <translation>Ärendet sparades utan personens namn eftersom samtycket ”%1” inte gäller (%2); registrera samtycke med Ctrl+K för att koppla framtida kontakter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encounter saved without the person&apos;s name, as you chose.</source>
        <translation>Ärendet sparades utan personens namn, som du valde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounter saved (no client: anonymous).</source>
        <translation>Ärendet sparat (ingen kund: anonymt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounter saved to the client&apos;s record.</source>
        <translation>Ärendet sparat i kundens uppgifter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary was not kept: an encounter without a name keeps no free text.</source>
        <translation>Sammanfattningen sparades inte: ett ärende utan namn sparar ingen fritext.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown need codes kept as they were: %1.</source>
        <translation>Okända behovskoder behölls som de var: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved without a signal.</source>
        <translation>Sparat utan signal.</translation>
    </message>
</context>
<context>
    <name>ExpiringConsentsDialog</name>
    <message>
        <location filename="../../ui/expiring_consents_dialog.py" line="+13"/>
        <source>Expiring consents</source>
        <translation>Samtycken som upphör</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending within</source>
        <translation>Upphör inom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All purposes</source>
        <translation>Alla ändamål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consents ending soon, soonest first</source>
        <translation>Samtycken som snart upphör, tidigaste först</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ending &amp;within:</source>
        <translation>Upphör &amp;inom:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Purpose:</source>
        <translation>Än&amp;damål:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter or a double-click opens the client&apos;s card (an audited view).</source>
        <translation>Enter eller dubbelklick öppnar kundkortet (visningen loggas).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No consent ends in this window.</source>
        <translation>Inget samtycke upphör inom den här tiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 consents end within %2 days, soonest first.</source>
        <translation>%1 samtycken upphör inom %2 dagar, tidigaste först.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1 rows to %2.</source>
        <translation>%1 rader exporterades till %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed and no file was written: %1</source>
        <translation>Exporten misslyckades och ingen fil skrevs: %1</translation>
    </message>
</context>
<context>
    <name>ExpiringConsentsModel</name>
    <message>
        <location line="-207"/>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last valid day</source>
        <translation>Sista giltighetsdag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>last day today</source>
        <translation>sista dagen i dag</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="-226"/>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>engelska</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+39"/>
        <source>Language of Neuvo</source>
        <translation>Neuvos språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the window</source>
        <translation>Fönstrets språk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the language change</source>
        <translation>Om bytet av språk</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The window is in this language now. Hand-overs and consent receipts are always in the client&apos;s own language.</source>
        <translation>Fönstret är nu på det här språket. Tjänsteuppgifter och samtyckeskvitton är alltid på kundens eget språk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window changes to this language when Neuvo is started again. Hand-overs and consent receipts are always in the client&apos;s own language.</source>
        <translation>Fönstret byter till det här språket när Neuvo startas på nytt. Tjänsteuppgifter och samtyckeskvitton är alltid på kundens eget språk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language could not be kept in the profile (%1). Nothing was changed.</source>
        <translation>Språket kunde inte sparas i profilen (%1). Inget ändrades.</translation>
    </message>
</context>
<context>
    <name>LanguageMenuEntry</name>
    <message>
        <location line="+10"/>
        <source>&amp;Language…</source>
        <translation>Sp&amp;råk…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the window (suomi, svenska, English), from the next start.</source>
        <translation>Fönstrets språk (suomi, svenska, English), från nästa start.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+102"/>
        <source>Neuvo — %1</source>
        <translation>Neuvo – %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loading status…</source>
        <translation>Läser in status…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Phone number, name, identity code, birth date or e-mail…</source>
        <translation>Telefonnummer, namn, personbeteckning, födelsedatum eller e-post…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a client</source>
        <translation>Sök kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a phone number in any form, a name (any order, a typo is fine), an identity code, a birth date or an e-mail address.
Enter opens the best match; Down moves to the list; Esc clears. When nothing matches, Enter offers a new client.</source>
        <translation>Skriv ett telefonnummer i valfri form, ett namn (i valfri ordning, ett stavfel gör inget), en personbeteckning, ett födelsedatum eller en e-postadress.
Enter öppnar den bästa träffen; nedåtpil flyttar till listan; Esc tömmer. När inget hittas erbjuder Enter en ny kund.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clients</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked</source>
        <translation>Markerad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number begins so</source>
        <translation>numret börjar så</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Client:</source>
        <translation>Kund:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss warning</source>
        <translation>Stäng varningen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No client matches “%1”. Press Enter to add a new client with these details (Ctrl+N for an empty form).</source>
        <translation>Ingen kund matchar ”%1”. Tryck Enter för att lägga till en ny kund med dessa uppgifter (Ctrl+N öppnar ett tomt formulär).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the best %1 matches; more clients match. Type more to narrow the search.</source>
        <translation>Visar de %1 bästa träffarna; fler kunder matchar. Skriv mer för att begränsa sökningen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No clients in this profile yet.</source>
        <translation>Det finns inga kunder i den här profilen ännu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client list could not be read. Try again; if it keeps failing, restart Neuvo.</source>
        <translation>Kundlistan kunde inte läsas. Försök igen; om det inte lyckas, starta om Neuvo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser: %1</source>
        <translation>Rådgivare: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients: %1</source>
        <translation>Kunder: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending changes: %1</source>
        <translation>Väntande ändringar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store encrypted (SQLCipher %1)</source>
        <translation>Databasen krypterad (SQLCipher %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database key: %1</source>
        <translation>Databasnyckel: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CRM: not configured — working locally</source>
        <translation>CRM: inte konfigurerat – arbetar lokalt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: syncing…</source>
        <translation>CRM: synkroniserar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: sign-in needed</source>
        <translation>CRM: inloggning behövs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: offline — %1 waiting</source>
        <translation>CRM: offline – %1 väntar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: not synced yet</source>
        <translation>CRM: inte synkroniserat ännu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: synced %1</source>
        <translation>CRM: synkroniserat %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 conflicts to resolve</source>
        <translation> · %1 konflikter att lösa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status unavailable</source>
        <translation>Status inte tillgänglig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New client…</source>
        <translation>&amp;Ny kund…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a client who is not in the store yet (Ctrl+N).</source>
        <translation>Lägg till en kund som inte finns i databasen ännu (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client</source>
        <translation>&amp;Kund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Sök kund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Logg…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who opened, revealed, created, edited or exported what (Ctrl+Shift+L).</source>
        <translation>Vem som öppnade, visade, skapade, redigerade eller exporterade vad (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expiring consents…</source>
        <translation>&amp;Samtycken som upphör…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents ending within 30 days, to ask again (Ctrl+Shift+E).</source>
        <translation>Samtycken som upphör inom 30 dagar, för att fråga på nytt (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situational &amp;picture…</source>
        <translation>Läges&amp;bild…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs and unmet needs by week, channel, place, area and age band; export of aggregates (Ctrl+Shift+S).</source>
        <translation>Behov och ouppfyllda behov per vecka, kanal, plats, område och åldersgrupp; export av sammanställningar (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Supervision</source>
        <translation>&amp;Tillsyn</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Telephony warning</source>
        <translation>Telefonivarning</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find a &amp;service</source>
        <translation>Sök &amp;tjänst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the service catalogue (F3).</source>
        <translation>Sök i tjänstekatalogen (F3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import services…</source>
        <translation>&amp;Importera tjänster…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the national service catalogue (PTV JSON files or the PTV API).</source>
        <translation>Importera den nationella tjänstekatalogen (JSON-filer från PTV eller PTV-gränssnittet).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Workstation</source>
        <translation>A&amp;rbetsstation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every key of the window, by area, searchable (F1).</source>
        <translation>Alla fönstrets tangenter per område, sökbara (F1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
</context>
<context>
    <name>MatchReason</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="+7"/>
        <source>phone number</source>
        <translation>telefonnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity code</source>
        <translation>personbeteckning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>födelsedatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name begins so</source>
        <translation>namnet börjar så</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number begins so</source>
        <translation>numret börjar så</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>liknande namn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · served recently</source>
        <translation> · betjänad nyligen</translation>
    </message>
</context>
<context>
    <name>NeedTagEditor</name>
    <message>
        <location filename="../../ui/need_tag_editor.py" line="+225"/>
        <source>Add a need</source>
        <translation>Lägg till behov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a need (e.g. asu, vuokra, velat) — Enter adds it</source>
        <translation>Skriv ett behov (t.ex. bostad, hyra, skulder) – Enter lägger till det</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a need or an everyday word for it; Down chooses among the suggestions, Enter adds the need.</source>
        <translation>Skriv en del av ett behov eller ett vardagligt ord för det; nedåtpil väljer bland förslagen, Enter lägger till behovet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Need suggestions</source>
        <translation>Förslag på behov</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs tagged</source>
        <translation>Taggade behov</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 met, 2 partly met, 3 unmet; Delete removes the need.</source>
        <translation>1 uppfyllt, 2 delvis uppfyllt, 3 inte uppfyllt; Delete tar bort behovet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposed by the services offered — Enter accepts (also in the empty need field), Delete dismisses:</source>
        <translation>Föreslagna av de erbjudna tjänsterna – Enter godkänner (också i det tomma behovsfältet), Delete avvisar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs proposed by the services offered</source>
        <translation>Behov som föreslås av de erbjudna tjänsterna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the list: 1 met · 2 partly met · 3 unmet · Delete removes</source>
        <translation>I listan: 1 uppfyllt · 2 delvis uppfyllt · 3 inte uppfyllt · Delete tar bort</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Needs cannot be suggested: %1</source>
        <translation>Behov kan inte föreslås: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is tagged already.</source>
        <translation>”%1” är redan taggat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An encounter has at most %1 needs; remove one first.</source>
        <translation>Ett ärende kan ha högst %1 behov; ta bort ett först.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — from %2</source>
        <translation>%1 – från %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No need matches “%1”.</source>
        <translation>Inget behov matchar ”%1”.</translation>
    </message>
</context>
<context>
    <name>NeedTagModel</name>
    <message>
        <location line="-300"/>
        <source>Need</source>
        <translation>Behov</translation>
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
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing</source>
        <translation>Synkroniserar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>Lös &amp;konflikter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Lös konflikter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to &amp;outreach mode…</source>
        <translation>Byt till &amp;uppsökande läge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to outreach mode</source>
        <translation>Byt till uppsökande läge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the event: encounters are then recorded as outreach and visitors tallied under the event.</source>
        <translation>Ge evenemanget ett namn: ärenden registreras då som uppsökande och besökarna räknas under evenemanget.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prepare for an event</source>
        <translation>Förbered ett evenemang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing with the CRM…</source>
        <translation>Synkroniserar med CRM…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuvo sends what waits here, receives every change from the CRM and then checks that clients, consents and services are on this workstation. You can keep working meanwhile.</source>
        <translation>Neuvo skickar det som väntar här, tar emot alla ändringar från CRM och kontrollerar sedan att kunder, samtycken och tjänster finns på arbetsstationen. Du kan arbeta vidare under tiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send everything</source>
        <translation>Skicka allt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending everything to the CRM…</source>
        <translation>Skickar allt till CRM…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuvo sends every change recorded here and then counts what still waits.</source>
        <translation>Neuvo skickar alla ändringar som registrerats här och räknar sedan det som ännu väntar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The check could not be completed.</source>
        <translation>Kontrollen kunde inte slutföras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Your changes are kept; try again in a moment.</source>
        <translation>%1 Dina ändringar finns kvar; försök igen om en stund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 clients, %2 consents, %3 services, %4, %5 waiting</source>
        <translation>%1 kunder, %2 samtycken, %3 tjänster, %4, %5 väntar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synced %1</source>
        <translation>synkroniserat %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never synced</source>
        <translation>aldrig synkroniserat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready for offline work: %1.</source>
        <translation>Redo för arbete utan nätverk: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup, consents, service search and need tagging work without network. After the event, choose CRM &gt; Send everything.</source>
        <translation>Kundsökning, samtycken, tjänstesökning och taggning av behov fungerar utan nätverk. Välj CRM &gt; Skicka allt efter evenemanget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready for offline work yet.</source>
        <translation>Inte redo för arbete utan nätverk ännu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this workstation: %1.</source>
        <translation>På den här arbetsstationen: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in to the CRM is needed, so the latest changes could not be fetched.</source>
        <translation>Inloggning i CRM behövs, så de senaste ändringarna kunde inte hämtas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not be reached, so the clients here may be out of date. Connect to the network and prepare again.</source>
        <translation>CRM kunde inte nås, så kunderna här kan vara inaktuella. Anslut till nätverket och förbered igen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no clients on this workstation.</source>
        <translation>Det finns inga kunder på den här arbetsstationen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service catalogue is missing: import it before the event (Services &gt; Import services, or neuvo import-services).</source>
        <translation>Tjänstekatalogen saknas: importera den före evenemanget (Tjänster &gt; Importera tjänster, eller neuvo import-services).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes are still waiting to be sent.</source>
        <translation>%1 ändringar väntar fortfarande på att skickas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes were refused by the CRM and wait for IT support.</source>
        <translation>%1 ändringar avvisades av CRM och väntar på IT-supporten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>%1 conflicts wait for your decision.</source>
        <translation>%1 konflikter väntar på ditt beslut.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 sent, %2 waiting.</source>
        <translation>%1 skickade, %2 väntar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything recorded on this workstation is in the CRM.</source>
        <translation>Allt som registrerats på arbetsstationen finns i CRM.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes were not sent in this run; they go with the next sync.</source>
        <translation>%1 ändringar skickades inte den här gången; de skickas vid nästa synkronisering.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes wait on this workstation: they could not be sent.</source>
        <translation>%1 ändringar väntar på arbetsstationen: de kunde inte skickas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changes were refused by the CRM; they are kept and wait for IT support.</source>
        <translation>%1 ändringar avvisades av CRM; de finns kvar och väntar på IT-supporten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is lost. Choose Send everything again when the connection is back (Neuvo also tries by itself every few minutes).</source>
        <translation>Inget går förlorat. Välj Skicka allt igen när anslutningen är tillbaka (Neuvo försöker också själv med några minuters mellanrum).</translation>
    </message>
</context>
<context>
    <name>OutreachTallyDialog</name>
    <message>
        <location filename="../../ui/outreach_tally.py" line="+89"/>
        <source>Outreach tally — %1</source>
        <translation>Besöksstatistik – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach tally</source>
        <translation>Besöksstatistik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visitors at %1</source>
        <translation>Besökare vid %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visitors counted</source>
        <translation>Räknade besökare</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For each visitor press the numbers of the needs they asked about, then Enter (+1 visitor). Enter alone counts a visitor without a need. Backspace clears the numbers pressed. No names: each visitor is saved anonymously.</source>
        <translation>Tryck för varje besökare numren på de behov hen frågade om och sedan Enter (+1 besökare). Enbart Enter räknar en besökare utan behov. Backsteg tömmer de tryckta numren. Inga namn: varje besökare sparas anonymt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Need %1</source>
        <translation>Behov %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last visitor</source>
        <translation>Senaste besökare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visitor entered by mistake cannot be taken back: encounters are never changed or deleted. Tell your supervisor how many were extra.</source>
        <translation>En besökare som registrerats av misstag kan inte tas tillbaka: ärenden ändras eller raderas aldrig. Berätta för din chef hur många som var för mycket.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the tally</source>
        <translation>Stäng statistiken</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The count cannot be read: %1</source>
        <translation>Antalet kan inte läsas: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Need %1: %2</source>
        <translation>Behov %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no need noted</source>
        <translation>inget behov noterat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Visitor %1 saved: %2.</source>
        <translation>✓ Besökare %1 sparad: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ The last visitor was not saved: %1 Enter them again.</source>
        <translation>⚠ Den senaste besökaren sparades inte: %1 Registrera hen igen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 visitor today</source>
        <translation>1 besökare i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 visitors today</source>
        <translation>%1 besökare i dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entered with this tally since it was opened.</source>
        <translation>%1 registrerade med den här statistiken sedan den öppnades.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This visitor: %1 — Enter saves</source>
        <translation>Den här besökaren: %1 – Enter sparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next visitor: press the numbers of their needs, then Enter</source>
        <translation>Nästa besökare: tryck numren på hens behov och sedan Enter</translation>
    </message>
</context>
<context>
    <name>ServiceDetailsView</name>
    <message>
        <location filename="../../ui/service_details_view.py" line="+47"/>
        <source>Service details</source>
        <translation>Tjänstens uppgifter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a service from the results to see how to reach it.</source>
        <translation>Välj en tjänst i resultaten för att se hur den nås.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to apply</source>
        <translation>Så här ansöker du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Villkor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 further channels are not in the imported catalogue.</source>
        <translation>%1 andra servicekanaler finns inte i den importerade katalogen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Shown in %1: the service has no text in %2.</source>
        <translation>⚠ Visas på %1: tjänsten har ingen text på %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service point</source>
        <translation>Servicepunkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone service</source>
        <translation>Telefontjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online service</source>
        <translation>E-tjänst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Blankett</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>free of charge</source>
        <translation>avgiftsfritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>call charge applies</source>
        <translation>samtalsavgift tillkommer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call price varies</source>
        <translation>samtalspriset varierar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service number: own call price</source>
        <translation>servicenummer: eget samtalspris</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postal address</source>
        <translation>Postadress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visiting address</source>
        <translation>Besöksadress</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not known</source>
        <translation>okänt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>stängt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(exceptional hours)</source>
        <translation>(avvikande öppettider)</translation>
    </message>
</context>
<context>
    <name>ServiceFiltersBar</name>
    <message>
        <location filename="../../ui/service_filters.py" line="+82"/>
        <source>Service filters</source>
        <translation>Tjänstefilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any service class</source>
        <translation>Alla serviceklasser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service class</source>
        <translation>Serviceklass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any life event</source>
        <translation>Alla livssituationer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Life event</source>
        <translation>Livssituation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target group</source>
        <translation>Alla målgrupper</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target group</source>
        <translation>Målgrupp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any area</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area (municipality)</source>
        <translation>Område (kommun)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language the service is given in</source>
        <translation>Språk som tjänsten ges på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visit</source>
        <translation>&amp;Besök</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On&amp;line</source>
        <translation>&amp;Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en now</source>
        <translation>Öppet &amp;nu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Life event:</source>
        <translation>Livssituation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;unicipality:</source>
        <translation>Komm&amp;un:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given in:</source>
        <translation>Ges på:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Services with a place to visit.</source>
        <translation>Tjänster med en plats att besöka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with a phone service.</source>
        <translation>Tjänster med en telefontjänst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with an online service or web page.</source>
        <translation>Tjänster med en e-tjänst eller webbsida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with a place to visit or a phone service open right now.</source>
        <translation>Tjänster med en plats att besöka eller en telefontjänst som är öppen just nu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: visit</source>
        <translation>Kanal: besök</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel: phone</source>
        <translation>Kanal: telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: online</source>
        <translation>Kanal: online</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open now</source>
        <translation>Öppet nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show services of every class, area and kind again.</source>
        <translation>Visa tjänster av alla klasser, områden och slag igen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cl&amp;ass:</source>
        <translation>&amp;Klass:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target group:</source>
        <translation>&amp;Målgrupp:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>given in %1</source>
        <translation>ges på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>besök</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open now</source>
        <translation>öppet nu</translation>
    </message>
</context>
<context>
    <name>ServiceImportDialog</name>
    <message>
        <location filename="../../ui/service_import_dialog.py" line="-235"/>
        <source>Import services</source>
        <translation>Importera tjänster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the national service catalogue (Suomi.fi PTV) from Open API JSON files: a file, or a folder of .json and .json.gz files. Services already imported are updated; nothing changes until the whole import has succeeded.
To import straight from the PTV API, run “neuvo import-services URL” on the command line.</source>
        <translation>Importera den nationella tjänstekatalogen (Suomi.fi PTV) från Open API JSON-filer: en fil eller en mapp med .json- och .json.gz-filer. Tjänster som redan importerats uppdateras; inget ändras förrän hela importen har lyckats.
För att importera direkt från PTV:s API, kör ”neuvo import-services URL” på kommandoraden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the national service catalogue (Suomi.fi PTV) from Open API JSON files (a file, or a folder of .json and .json.gz files) or straight from the PTV API. Services already imported are updated; nothing changes until the whole import has succeeded.</source>
        <translation>Importera den nationella tjänstekatalogen (Suomi.fi PTV) från JSON-filer från Open API (en fil eller en mapp med .json- och .json.gz-filer) eller direkt från PTV-gränssnittet. Tjänster som redan importerats uppdateras; ingenting ändras förrän hela importen har lyckats.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File or folder to import</source>
        <translation>Fil eller mapp att importera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PTV JSON file or a folder of them</source>
        <translation>En JSON-fil från PTV eller en mapp med sådana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File…</source>
        <translation>&amp;Fil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older…</source>
        <translation>&amp;Mapp…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation (PTV id), optional</source>
        <translation>Organisation (PTV-id), frivilligt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: only this organisation&apos;s services (PTV id)</source>
        <translation>Frivilligt: endast den här organisationens tjänster (PTV-id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep services missing from this import (a partial file)</source>
        <translation>&amp;Behåll tjänster som saknas i den här importen (en ofullständig fil)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise the import is taken as the complete catalogue of its organisations, and their services missing from it are withdrawn.</source>
        <translation>Annars räknas importen som hela katalogen för dess organisationer, och deras tjänster som saknas i den dras in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Importens förlopp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import status</source>
        <translation>Importens status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import report</source>
        <translation>Importrapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import report appears here.</source>
        <translation>Importrapporten visas här.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Source:</source>
        <translation>&amp;Källa:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From &amp;JSON files</source>
        <translation>Från &amp;JSON-filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from JSON files</source>
        <translation>Importera från JSON-filer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the PTV &amp;API</source>
        <translation>Från PTV-&amp;gränssnittet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from the PTV API</source>
        <translation>Importera från PTV-gränssnittet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PTV API address</source>
        <translation>PTV-gränssnittets adress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base address of the PTV Open API, such as %1. Every page is fetched before anything is written.</source>
        <translation>Basadressen till PTV Open API, till exempel %1. Alla sidor hämtas innan något skrivs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;PI address:</source>
        <translation>&amp;Adress till gränssnittet:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file or a folder to import first.</source>
        <translation>Välj först en fil eller mapp att importera.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The window imports files. To import from the PTV API, run “neuvo import-services %1” on the command line.</source>
        <translation>Fönstret importerar filer. För att importera från PTV:s API, kör ”neuvo import-services %1” på kommandoraden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1 …</source>
        <translation>Importerar %1 …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the PTV API address, starting with https:// (for example %1).</source>
        <translation>Ange PTV-gränssnittets adress, som börjar med https:// (till exempel %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching %1 … nothing is written until every page has arrived.</source>
        <translation>Hämtar %1 … ingenting skrivs förrän alla sidor har kommit.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Avbryter… inget ändras.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import cancelled. The catalogue is as it was.</source>
        <translation>Importen avbröts. Katalogen är som förut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: %1 services new, %2 updated, %3 withdrawn; %4 records skipped.</source>
        <translation>Importerat: %1 nya tjänster, %2 uppdaterade, %3 indragna; %4 poster hoppades över.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported; the catalogue is as it was. %1</source>
        <translation>Inget importerades; katalogen är som förut. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading</source>
        <translation>Läser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indexing</source>
        <translation>Indexerar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing</source>
        <translation>Skriver</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel import</source>
        <translation>Avbryt importen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ServiceMatch</name>
    <message>
        <location filename="../../ui/service_words.py" line="+6"/>
        <source>all words</source>
        <translation>alla ord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some of the words</source>
        <translation>några av orden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word beginnings</source>
        <translation>ordens början</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters</source>
        <translation>filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the name</source>
        <translation>i namnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the description</source>
        <translation>i beskrivningen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nationwide</source>
        <translation>rikstäckande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the client&apos;s municipality</source>
        <translation>i kundens kommun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open now</source>
        <translation>öppet nu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>given in %1</source>
        <translation>ges på %1</translation>
    </message>
</context>
<context>
    <name>ServiceResultDelegate</name>
    <message>
        <location filename="../../ui/service_result_delegate.py" line="+44"/>
        <source>✓ Offered</source>
        <translation>✓ Erbjuden</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Matched: %1</source>
        <translation>Träff: %1</translation>
    </message>
</context>
<context>
    <name>ServiceResultModel</name>
    <message>
        <location filename="../../ui/service_result_model.py" line="+97"/>
        <source>in %1</source>
        <translation>på %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>offered</source>
        <translation>erbjuden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched: %1</source>
        <translation>Träff: %1</translation>
    </message>
</context>
<context>
    <name>ServiceSearchPanel</name>
    <message>
        <location filename="../../ui/service_search_panel.py" line="+103"/>
        <source>Service search</source>
        <translation>Tjänstesökning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A need or a service: toimeentulotuki, bostadsbidrag, debt…</source>
        <translation>Ett behov eller en tjänst: toimeentulotuki, bostadsbidrag, debt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a service</source>
        <translation>Sök tjänst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what the client needs, in Finnish, Swedish or English; inflected forms and everyday words work.
Down moves to the results; Esc clears. F3 comes back here.</source>
        <translation>Skriv vad kunden behöver, på finska, svenska eller engelska; böjda former och vardagliga ord fungerar.
Nedåtpil flyttar till resultaten; Esc tömmer. F3 kommer tillbaka hit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the results</source>
        <translation>Resultatens språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and descriptions in this language (the client&apos;s, when a card is open). The hand-over is always in the client&apos;s language.</source>
        <translation>Namn och beskrivningar på det här språket (kundens, när ett kort är öppet). Tjänsteuppgifterna till kunden är alltid på kundens språk.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>F&amp;ilters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+323"/>
        <source>Show filters</source>
        <translation>Visa filter</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Filters in use</source>
        <translation>Filter som används</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search note</source>
        <translation>Sökanmärkning</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services found</source>
        <translation>Hittade tjänster</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+52"/>
        <source>Choose a service in the results first.</source>
        <translation>Välj först en tjänst i resultaten.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Copied the hand-over of %1 services in %2 to the clipboard.</source>
        <translation>Tjänsteuppgifterna för %1 tjänster på %2 kopierades till urklipp.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF could not be saved: %1. Choose another folder.</source>
        <translation>PDF-filen kunde inte sparas: %1. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>PDF-filen kunde inte skrivas till %1. Välj en annan mapp.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the hand-over to %1.</source>
        <translation>Tjänsteuppgifterna sparades i %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not fit on one page: hand over fewer services at a time.</source>
        <translation>Uppgifterna fick inte plats på en sida: ge färre tjänster åt gången.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent the hand-over to the printer.</source>
        <translation>Tjänsteuppgifterna skickades till skrivaren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Offered to the client: %1.</source>
        <translation>Erbjudet kunden: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+35"/>
        <source>Offer to client</source>
        <translation>Erbjud kunden</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Mark the selected services as offered in this encounter (Ctrl+O).</source>
        <translation>Markera de valda tjänsterna som erbjudna i det här ärendet (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected services&apos; contact details in the client&apos;s language (Ctrl+Shift+C).</source>
        <translation>Kopiera de valda tjänsternas kontaktuppgifter på kundens språk (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a one-page hand-over as PDF (Ctrl+Shift+D).</source>
        <translation>Spara tjänsteuppgifterna på en sida som PDF (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a one-page hand-over for the client (Ctrl+Shift+P).</source>
        <translation>Skriv ut tjänsteuppgifterna på en sida åt kunden (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>Tjänst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in</source>
        <translation>på</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy the hand-over</source>
        <translation>Kopiera tjänsteuppgifterna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the hand-over as PDF</source>
        <translation>Spara tjänsteuppgifterna som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the hand-over</source>
        <translation>Skriv ut tjänsteuppgifterna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand-over:</source>
        <translation>Tjänsteuppgifter:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hide filters</source>
        <translation>Dölj filter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filtered: %1</source>
        <translation>Filtrerat: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filters</source>
        <translation>Inga filter</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The filter lists could not be read: %1</source>
        <translation>Filterlistorna kunde inte läsas: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The service catalogue is empty. Import it with File → Import services… (PTV JSON files from Suomi.fi).</source>
        <translation>Tjänstekatalogen är tom. Importera den med Arkiv → Importera tjänster… (JSON-filer från Suomi.fi PTV).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quotes, stars, brackets and words like OR or NEAR are read as plain words.</source>
        <translation>Citattecken, asterisker, parenteser och ord som OR eller NEAR läses som vanliga ord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 words are searched.</source>
        <translation>Endast de %1 första orden söks.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also searched: %1</source>
        <translation>Söktes också: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No service matches. Try another word, or clear the filters.</source>
        <translation>Ingen tjänst matchar. Pröva ett annat ord eller rensa filtren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the client needs; %1 services in the catalogue.</source>
        <translation>Skriv vad kunden behöver; katalogen har %1 tjänster.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The search failed: %1</source>
        <translation>Sökningen misslyckades: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a service from the results to see how to reach it.</source>
        <translation>Välj en tjänst i resultaten för att se hur den nås.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This service is no longer in the catalogue.</source>
        <translation>Tjänsten finns inte längre i katalogen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hand-over in %1.</source>
        <translation>Tjänsteuppgifter på %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+59"/>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the shortcuts</source>
        <translation>Filtrera kortkommandona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a key, a word or an area: ctrl+k, need, consent…</source>
        <translation>Skriv en tangent, ett ord eller ett område: ctrl+k, behov, samtycke…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shortcuts shown</source>
        <translation>Visade kortkommandon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the shortcuts</source>
        <translation>Stäng kortkommandona</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 shown</source>
        <translation>%1 av %2 visas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shortcuts</source>
        <translation>%1 kortkommandon</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../ui/signal_editor.py" line="+31"/>
        <source>Signal kind</source>
        <translation>Signaltyp</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signal text</source>
        <translation>Signalens text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was missing or hard? (short, no names)</source>
        <translation>Vad saknades eller var svårt? (kort, inga namn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal severity</source>
        <translation>Signalens allvarlighet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Add signal</source>
        <translation>Lägg till signal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signals noted</source>
        <translation>Noterade signaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete removes the chosen signal.</source>
        <translation>Delete tar bort den valda signalen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An encounter has at most %1 signals.</source>
        <translation>Ett ärende kan ha högst %1 signaler.</translation>
    </message>
</context>
<context>
    <name>SituationalPictureWindow</name>
    <message>
        <location filename="../../ui/situational_picture_window.py" line="+83"/>
        <source>Situational picture</source>
        <translation>Lägesbild</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First week</source>
        <translation>Första veckan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Sista veckan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All channels</source>
        <translation>Alla kanaler</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Service point or event</source>
        <translation>Servicepunkt eller evenemang</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>All places</source>
        <translation>Alla platser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All areas</source>
        <translation>Alla områden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Age band</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All ages</source>
        <translation>Alla åldrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All needs</source>
        <translation>Alla behov</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the picture for this filter</source>
        <translation>Visa lägesbilden för det här filtret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All of the city</source>
        <translation>&amp;Hela staden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the channel, place, area, age band and need (keeps the weeks).</source>
        <translation>Rensa kanal, plats, område, åldersgrupp och behov (veckorna behålls).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Situational picture status</source>
        <translation>Lägesbildens status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situational picture totals</source>
        <translation>Lägesbildens summor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs by week</source>
        <translation>Behov per vecka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top needs over time</source>
        <translation>De vanligaste behoven över tid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often unmet</source>
        <translation>Oftast inte uppfyllda</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks</source>
        <translation>Veckor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>Kanaler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Platser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Områden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age bands</source>
        <translation>Åldersgrupper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top needs</source>
        <translation>De vanligaste behoven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmet</source>
        <translation>Inte uppfyllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals</source>
        <translation>Signaler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcomes</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export aggregates…</source>
        <translation>&amp;Exportera sammanställningar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the aggregates for the city&apos;s analytics as CSV or JSON, small counts suppressed (the export is written to the audit log).</source>
        <translation>Spara sammanställningarna för stadens analys som CSV eller JSON, med små antal dolda (exporten skrivs i loggen).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computing… A need within a value, or three values at once, is counted from the encounters themselves: with a lot of encounters this takes a while.</source>
        <translation>Beräknar… Ett behov inom ett värde, eller tre värden på en gång, räknas från ärendena själva: med många ärenden tar det en stund.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter or a double-click narrows the picture to this row.</source>
        <translation>Enter eller dubbelklick begränsar lägesbilden till den här raden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Weeks:</source>
        <translation>Ve&amp;ckor:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge band:</source>
        <translation>Å&amp;ldersgrupp:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Place:</source>
        <translation>&amp;Plats:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>&amp;Område:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Need:</source>
        <translation>&amp;Behov:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counts only, never a person. Counts below %1 show as “&lt;%1” (and a second count is hidden where a total would give one away). Enter or a double-click on a row narrows the picture to it.</source>
        <translation>Endast antal, aldrig en person. Antal under %1 visas som ”&lt;%1” (och ett andra antal döljs där en summa skulle avslöja det). Enter eller dubbelklick på en rad begränsar lägesbilden till den.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The situational picture could not be computed: %1</source>
        <translation>Lägesbilden kunde inte beräknas: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 encounters · %2 needs, %3 unmet%4 · %5 signals</source>
        <translation>%1 ärenden · %2 behov, %3 inte uppfyllda%4 · %5 signaler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the whole city</source>
        <translation>hela staden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing %1, weeks %2.</source>
        <translation>Visar %1, veckor %2.</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <location filename="../../ui/startup_problem.py" line="+64"/>
        <source>Neuvo cannot start</source>
        <translation>Neuvo kan inte starta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile folder: %1. Your IT support can help; Copy details copies this message for a support ticket.</source>
        <translation>Profilmapp: %1. IT-supporten kan hjälpa dig; Kopiera detaljer kopierar meddelandet för en supportbegäran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy status</source>
        <translation>Kopiera status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Kopiera detaljer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the problem, the fix and the profile folder to the clipboard for a support ticket</source>
        <translation>Kopierar problemet, åtgärden och profilmappen till urklipp för en supportbegäran</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The details are on the clipboard.</source>
        <translation>Detaljerna finns nu i urklipp.</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../ui/need_tag_editor.py" line="+70"/>
        <source>Need status</source>
        <translation>Behovets status</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../../ui/sync_log_dialog.py" line="+128"/>
        <source>Sync log</source>
        <translation>Synkroniseringslogg</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync summary</source>
        <translation>Sammanfattning av synkroniseringen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the sync log…</source>
        <translation>Läser synkroniseringsloggen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync runs</source>
        <translation>Synkroniseringar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing… the log shows the run when it ends.</source>
        <translation>Synkroniserar… loggen visar körningen när den är klar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sync with the CRM has run on this workstation yet.</source>
        <translation>Ingen synkronisering med CRM har körts på den här arbetsstationen ännu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync: %1.</source>
        <translation>Senaste lyckade synkronisering: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sync has succeeded yet.</source>
        <translation>Ingen synkronisering har lyckats ännu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes wait to be sent.</source>
        <translation>%1 ändringar väntar på att skickas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waits to be sent.</source>
        <translation>Inget väntar på att skickas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conflicts wait for your decision (CRM &gt; Conflicts).</source>
        <translation>%1 konflikter väntar på ditt beslut (CRM &gt; Konflikter).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync log could not be read: %1</source>
        <translation>Synkroniseringsloggen kunde inte läsas: %1</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <location line="-125"/>
        <source>Started</source>
        <translation>Började</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still running, or the program was closed during this sync; anything unsent is sent by the next one.</source>
        <translation>Pågår, eller så stängdes programmet under den här synkroniseringen; det som inte skickats skickas vid nästa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything went through.</source>
        <translation>Allt gick igenom.</translation>
    </message>
</context>
<context>
    <name>SyncMenu</name>
    <message>
        <location filename="../../ui/sync_menu.py" line="+122"/>
        <source>C&amp;RM</source>
        <translation>&amp;CRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;log…</source>
        <translation>Synk&amp;logg…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last syncs with the CRM and what went wrong, if anything.</source>
        <translation>De senaste synkroniseringarna med CRM och vad som gick fel, om något.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prepare for event…</source>
        <translation>&amp;Förbered ett evenemang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;everything</source>
        <translation>Skicka &amp;allt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send this workstation&apos;s changes to the CRM and receive what changed there (F5).</source>
        <translation>Skicka arbetsstationens ändringar till CRM och ta emot det som ändrats där (F5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an event without network: sync everything and check that clients, consents and services are on this workstation.</source>
        <translation>Före ett evenemang utan nätverk: synkronisera allt och kontrollera att kunder, samtycken och tjänster finns på arbetsstationen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After an event: send everything recorded here to the CRM and report what still waits.</source>
        <translation>Efter ett evenemang: skicka allt som registrerats här till CRM och rapportera det som ännu väntar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Konflikter (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Konflikter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes made both here and in the CRM wait for your decision (Ctrl+Shift+K).</source>
        <translation>%1 ändringar som gjorts både här och i CRM väntar på ditt beslut (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts with the CRM to resolve (Ctrl+Shift+K).</source>
        <translation>Inga konflikter med CRM att lösa (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to resolve the conflicts with the CRM.</source>
        <translation>Klicka för att lösa konflikterna med CRM.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync with the CRM did not start on this workstation. Restart Neuvo; if it still does not start, tell IT support. Your changes are kept.</source>
        <translation>Synkroniseringen med CRM startade inte på den här arbetsstationen. Starta om Neuvo; om den fortfarande inte startar, kontakta IT-supporten. Dina ändringar finns kvar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no CRM connection, so Neuvo works locally only. IT support can add one ([crm] in profile.toml).</source>
        <translation>Den här profilen har ingen CRM-anslutning, så Neuvo arbetar bara lokalt. IT-supporten kan lägga till en ([crm] i profile.toml).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> · %1 conflicts to resolve</source>
        <translation> · %1 konflikter att lösa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: syncing…</source>
        <translation>CRM: synkroniserar…</translation>
    </message>
</context>
<context>
    <name>SyncOutcome</name>
    <message>
        <location filename="../../ui/app_messages.py" line="-43"/>
        <source>Everything sent and received</source>
        <translation>Allt skickat och mottaget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, but some changes were refused</source>
        <translation>Skickat, men vissa ändringar avvisades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM not reachable</source>
        <translation>CRM kan inte nås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in needed</source>
        <translation>Inloggning behövs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Synkroniseringen misslyckades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Stoppad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running or interrupted</source>
        <translation>Pågår eller avbruten</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location line="+6"/>
        <source>Sign-in to the CRM is needed: the CRM no longer accepts this workstation&apos;s sign-in. Your changes are kept and are sent after you sign in.</source>
        <translation>Inloggning i CRM behövs: CRM godkänner inte längre arbetsstationens inloggning. Dina ändringar finns kvar och skickas när du har loggat in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not be reached (no network, or the CRM is down). Your changes are kept on this workstation and are sent when the connection is back.</source>
        <translation>CRM kunde inte nås (inget nätverk, eller CRM är nere). Dina ändringar finns kvar på arbetsstationen och skickas när anslutningen är tillbaka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM asked Neuvo to slow down and did not recover in time. Your changes are kept; Neuvo tries again later.</source>
        <translation>CRM bad Neuvo att sakta ner och återhämtade sig inte i tid. Dina ändringar finns kvar; Neuvo försöker igen senare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM (or a network device before it) answered something Neuvo does not understand. Your changes are kept; if this repeats, tell IT support.</source>
        <translation>CRM (eller en nätverksenhet framför det) svarade något som Neuvo inte förstår. Dina ändringar finns kvar; om det upprepas, kontakta IT-supporten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM refused: this sign-in lacks a permission. Tell IT support; your changes are kept.</source>
        <translation>CRM nekade: inloggningen saknar en behörighet. Kontakta IT-supporten; dina ändringar finns kvar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM refused a change as invalid. The change is kept and marked; tell IT support.</source>
        <translation>CRM avvisade en ändring som ogiltig. Ändringen finns kvar och markeras; kontakta IT-supporten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync stopped on an unexpected problem.</source>
        <translation>Synkroniseringen stoppades av ett oväntat problem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync was stopped before it could run; your changes are kept.</source>
        <translation>Synkroniseringen stoppades innan den hann köras; dina ändringar finns kvar.</translation>
    </message>
</context>
<context>
    <name>TallyKeypad</name>
    <message>
        <location filename="../../ui/outreach_tally.py" line="-199"/>
        <source>Visitor&apos;s needs: press their numbers, then Enter</source>
        <translation>Besökarens behov: tryck deras nummer och sedan Enter</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+16"/>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the value</source>
        <translation>Problem med värdet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the CRM:</source>
        <translation>I CRM:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New value</source>
        <translation>Nytt värde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New value:</source>
        <translation>&amp;Nytt värde:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save this value</source>
        <translation>&amp;Spara värdet</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write the birth date as dd.mm.yyyy, e.g. 31.1.1980.</source>
        <translation>Skriv födelsedatumet som dd.mm.åååå, t.ex. 31.1.1980.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 får inte vara tomt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address (name@example.fi).</source>
        <translation>Det här är ingen e-postadress (namn@exempel.fi).</translation>
    </message>
</context>
<context>
    <name>WarningNotice</name>
    <message>
        <location filename="../../ui/warning_notice.py" line="+24"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
</context>
<context>
    <name>WorkstationMenu</name>
    <message>
        <location filename="../../ui/workstation_menu.py" line="+33"/>
        <source>At the &amp;counter</source>
        <translation>Vid &amp;disken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;phone</source>
        <translation>Per &amp;telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>At an &amp;outreach event…</source>
        <translation>Vid ett &amp;uppsökande evenemang…</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Name the event; its visitors are tallied under that name.</source>
        <translation>Ge evenemanget ett namn; besökarna räknas under det namnet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outreach &amp;tally…</source>
        <translation>&amp;Besöksstatistik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count visitors and their needs at the event, anonymously (Ctrl+T).</source>
        <translation>Räkna besökarna och deras behov vid evenemanget, anonymt (Ctrl+T).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save encounter (Ctrl+Enter in the panel)</source>
        <translation>&amp;Spara ärendet (Ctrl+Enter i panelen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outreach event</source>
        <translation>Uppsökande evenemang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the event (e.g. Kirjaston digitori):</source>
        <translation>Evenemangets namn (t.ex. Bibliotekets digitorg):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Workstation mode</source>
        <translation>Arbetsstationens läge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mode could not be kept in the profile (%1); it applies until Neuvo closes.</source>
        <translation>Läget kunde inte sparas i profilen (%1); det gäller tills Neuvo stängs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outreach tally</source>
        <translation>Besöksstatistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tally counts visitors at an outreach event. Choose Workstation → At an outreach event… first and name the event.</source>
        <translation>Besöksstatistiken räknar besökare vid ett uppsökande evenemang. Välj först Arbetsstation → Vid ett uppsökande evenemang… och ge evenemanget ett namn.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>At an &amp;outreach event: %1…</source>
        <translation>Vid ett &amp;uppsökande evenemang: %1…</translation>
    </message>
</context>
</TS>
