<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name></name>
    <message>
        <location filename="../../ui/audit_log_dialog.py" line="+55"/>
        <source>Export the audit log</source>
        <translation>Vie käyttöloki</translation>
    </message>
    <message>
        <location filename="../../ui/aggregate_export_dialog.py" line="+59"/>
        <location filename="../../ui/audit_log_dialog.py" line="+1"/>
        <location filename="../../ui/expiring_consents_dialog.py" line="+177"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-tiedostot (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the situational aggregates</source>
        <translation>Vie tilannekuvan koostetiedot</translation>
    </message>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+81"/>
        <source>hidden (safety marking)</source>
        <translation>piilotettu (turvakielto)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted in the CRM</source>
        <translation>poistettu CRM:stä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>edited here</source>
        <translation>muokattu täällä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(tyhjä)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Discard this client here?</source>
        <translation>Poistetaanko asiakas tältä työasemalta?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was deleted in the CRM while it was edited here. Discarding removes the client from this workstation too, with the edits made here.</source>
        <translation>%1 poistettiin CRM:stä samalla kun sitä muokattiin täällä. Poistaminen poistaa asiakkaan myös tältä työasemalta, samoin täällä tehdyt muutokset.</translation>
    </message>
    <message>
        <location filename="../../ui/consent_badges.py" line="+46"/>
        <source>Granted, until withdrawn</source>
        <translation>Annettu, voimassa toistaiseksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted until %1</source>
        <translation>Annettu, voimassa %1 asti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires %1 (%2)</source>
        <translation>Päättyy %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired %1</source>
        <translation>Päättynyt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn %1</source>
        <translation>Peruttu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused %1</source>
        <translation>Kieltäytyi %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not asked</source>
        <translation>Ei kysytty</translation>
    </message>
    <message>
        <location filename="../../ui/consent_dialog.py" line="+58"/>
        <source>At the counter</source>
        <translation>Asiointipisteessä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the phone</source>
        <translation>Puhelimessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At an outreach event</source>
        <translation>Jalkautumistapahtumassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digitally</source>
        <translation>Sähköisesti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Verbal</source>
        <translation>Suullisesti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed on paper</source>
        <translation>Allekirjoitettu paperilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong e-identification</source>
        <translation>Vahva sähköinen tunnistus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Granted</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Kieltäytyi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <location filename="../../ui/consent_receipt_dialog.py" line="+38"/>
        <source>Save the receipt as PDF</source>
        <translation>Tallenna kuitti PDF-tiedostona</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/service_handover.py" line="+33"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/draft_restore.py" line="+43"/>
        <source>Started %1</source>
        <translation>Aloitettu %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>with a client</source>
        <translation>asiakkaan kanssa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no client</source>
        <translation>ei asiakasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 need</source>
        <translation>1 tarve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 needs</source>
        <translation>%1 tarvetta</translation>
    </message>
    <message>
        <location filename="../../ui/encounter_lines.py" line="+28"/>
        <source>counter</source>
        <translation>asiointipiste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outreach</source>
        <translation>jalkautuminen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resolved on first contact</source>
        <translation>ratkaistu ensimmäisellä yhteydenotolla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guided to a service</source>
        <translation>ohjattu palveluun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>referred with a warm hand-over</source>
        <translation>ohjattu saattaen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>appointment booked</source>
        <translation>aika varattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no suitable service found</source>
        <translation>sopivaa palvelua ei löytynyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/signal_editor.py" line="+39"/>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>met</source>
        <translation>täyttyi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unmet</source>
        <translation>ei täyttynyt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>partly met</source>
        <translation>täyttyi osittain</translation>
    </message>
    <message>
        <location filename="../../ui/expiring_consents_dialog.py" line="-1"/>
        <source>Export expiring consents</source>
        <translation>Vie päättyvät suostumukset</translation>
    </message>
    <message>
        <location filename="../../ui/service_handover.py" line="-1"/>
        <source>Save the hand-over as PDF</source>
        <translation>Tallenna palvelutiedot PDF-tiedostona</translation>
    </message>
    <message>
        <location filename="../../ui/service_import_dialog.py" line="+311"/>
        <source>Choose a PTV JSON file</source>
        <translation>Valitse PTV:n JSON-tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PTV JSON (*.json *.json.gz);;All files (*)</source>
        <translation>PTV JSON (*.json *.json.gz);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a folder of PTV JSON files</source>
        <translation>Valitse kansio, jossa on PTV:n JSON-tiedostoja</translation>
    </message>
    <message>
        <location filename="../../ui/service_words.py" line="+28"/>
        <source>Open now</source>
        <translation>Avoinna nyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now until %1</source>
        <translation>Avoinna nyt %1 asti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens at %1</source>
        <translation>Avautuu klo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed now · opens %1 %2</source>
        <translation>Suljettu nyt · avautuu %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monday</source>
        <translation>maanantai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tuesday</source>
        <translation>tiistai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wednesday</source>
        <translation>keskiviikko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thursday</source>
        <translation>torstai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Friday</source>
        <translation>perjantai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saturday</source>
        <translation>lauantai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sunday</source>
        <translation>sunnuntai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tue</source>
        <translation>ti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wed</source>
        <translation>ke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thu</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fri</source>
        <translation>pe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sat</source>
        <translation>la</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sun</source>
        <translation>su</translation>
    </message>
    <message>
        <location filename="../../ui/signal_editor.py" line="-6"/>
        <source>service hard to find</source>
        <translation>palvelua vaikea löytää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service missing</source>
        <translation>palvelu puuttuu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting too long</source>
        <translation>liian pitkä odotus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repeat contact</source>
        <translation>toistuva yhteydenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>risk of digital exclusion</source>
        <translation>digisyrjäytymisen riski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language barrier</source>
        <translation>kielimuuri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>minor</source>
        <translation>vähäinen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>notable</source>
        <translation>huomattava</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>serious</source>
        <translation>vakava</translation>
    </message>
    <message>
        <location filename="../../ui/situational_picture_charts.py" line="+145"/>
        <source>Needs and unmet needs by week</source>
        <translation>Tarpeet ja täyttymättömät tarpeet viikoittain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: needs and unmet needs by week</source>
        <translation>Kaavio: tarpeet ja täyttymättömät tarpeet viikoittain</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../ui/situational_picture_models.py" line="+236"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Unmet needs</source>
        <translation>Täyttymättömät tarpeet</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Top needs over the weeks</source>
        <translation>Yleisimmät tarpeet viikoittain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: the top needs over the weeks</source>
        <translation>Kaavio: yleisimmät tarpeet viikoittain</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No needs recorded in these weeks.</source>
        <translation>Näillä viikoilla ei ole kirjattu tarpeita.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Needs most often unmet</source>
        <translation>Useimmin täyttymättä jääneet tarpeet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chart: the needs most often unmet</source>
        <translation>Kaavio: useimmin täyttymättä jääneet tarpeet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No unmet needs</source>
        <translation>Ei täyttymättömiä tarpeita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No unmet needs in these weeks.</source>
        <translation>Näillä viikoilla ei ole täyttymättömiä tarpeita.</translation>
    </message>
    <message>
        <location filename="../../ui/situational_picture_models.py" line="-207"/>
        <source>Age not known</source>
        <translation>Ikä ei tiedossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 years</source>
        <translation>%1 vuotta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Service hard to find</source>
        <translation>Palvelua vaikea löytää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service missing</source>
        <translation>Palvelu puuttuu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting too long</source>
        <translation>Liian pitkä odotus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat contact</source>
        <translation>Toistuva yhteydenotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk of digital exclusion</source>
        <translation>Digisyrjäytymisen riski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language barrier</source>
        <translation>Kielimuuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No place recorded</source>
        <translation>Paikkaa ei kirjattu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event: %1</source>
        <translation>Tapahtuma: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Area not known</source>
        <translation>Alue ei tiedossa</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>hidden</source>
        <translation>piilotettu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fewer than %1: hidden so that no one can be singled out.</source>
        <translation>Alle %1: piilotettu, jotta ketään ei voi tunnistaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hidden so that a smaller number in this column cannot be worked out from the total.</source>
        <translation>Piilotettu, jotta tämän sarakkeen pienempää lukua ei voi päätellä summasta.</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+14"/>
        <location line="+36"/>
        <source>Encounters</source>
        <translation>Asioinnit</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Unmet</source>
        <translation>Ei täyttynyt</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>Unmet share</source>
        <translation>Täyttymättä jääneiden osuus</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>Partly met</source>
        <translation>Täyttyi osittain</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Week</source>
        <translation>Viikko</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Signals</source>
        <translation>Signaalit</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown code %1</source>
        <translation>tuntematon koodi %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under</source>
        <translation>Yläluokka</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Signal</source>
        <translation>Signaali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean severity (1–3)</source>
        <translation>Vakavuus keskimäärin (1–3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+56"/>
        <location line="+6"/>
        <location line="+97"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+6"/>
        <location line="+83"/>
        <source>Card and consent</source>
        <translation>Kortti ja suostumus</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+89"/>
        <source>Call</source>
        <translation>Puhelu</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+6"/>
        <location line="+83"/>
        <source>Encounter</source>
        <translation>Asiointi</translation>
    </message>
    <message>
        <location line="-89"/>
        <location line="+7"/>
        <location line="+83"/>
        <source>Services</source>
        <translation>Palvelut</translation>
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
        <translation>Työasema</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Supervision</source>
        <translation>Valvonta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <location line="+97"/>
        <location line="+4"/>
        <source>Window</source>
        <translation>Ikkuna</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>in the client search</source>
        <translation>asiakashaussa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the need field</source>
        <translation>tarvekentässä</translation>
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
        <translation>Avaa paras osuma; jos osumaa ei ole, uusi asiakas kirjoitetuilla tiedoilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Down</source>
        <translation>Alanuoli</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Move to the client list</source>
        <translation>Siirry asiakaslistaan</translation>
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
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the chosen client&apos;s card</source>
        <translation>Avaa valitun asiakkaan kortti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the client list</source>
        <translation>asiakaslistassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record the consent</source>
        <translation>Kirjaa suostumus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the consent dialog</source>
        <translation>suostumusikkunassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the highlighted or best need; in the empty field, the need proposed by the service offered</source>
        <translation>Lisää korostettu tai paras tarve; tyhjässä kentässä tarjotun palvelun ehdottama tarve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose among the need suggestions</source>
        <translation>Valitse tarve-ehdotuksista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · 2 · 3</source>
        <translation>1 · 2 · 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Need met · partly met · unmet</source>
        <translation>Tarve täyttyi · täyttyi osittain · ei täyttynyt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>in the needs list</source>
        <translation>tarvelistassa</translation>
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
        <translation>Poista tarve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter · Delete</source>
        <translation>Enter · Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept · dismiss the proposed need</source>
        <translation>Hyväksy · hylkää ehdotettu tarve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the proposed needs</source>
        <translation>ehdotetuissa tarpeissa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the service offered</source>
        <translation>Poista tarjottu palvelu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in the services offered</source>
        <translation>tarjotuissa palveluissa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter · Down</source>
        <translation>Enter · Alanuoli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the results, the best one chosen</source>
        <translation>Siirry tuloksiin, paras valittuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>in the service search</source>
        <translation>palveluhaussa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the service search</source>
        <translation>Tyhjennä palveluhaku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 … 9, then Enter</source>
        <translation>1 … 9, sitten Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Count a visitor with those needs (Enter alone: without a need)</source>
        <translation>Laske kävijä, jolla on nämä tarpeet (pelkkä Enter: ilman tarvetta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>in the outreach tally</source>
        <translation>kävijätilastossa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Backspace</source>
        <translation>Askelpalautin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the needs pressed so far</source>
        <translation>Tyhjennä tähän asti painetut tarpeet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab · Shift+Tab</source>
        <translation>Sarkain · Vaihto+Sarkain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next · previous field</source>
        <translation>Seuraava · edellinen kenttä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close a dialog</source>
        <translation>Sulje ikkuna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>in a dialog</source>
        <translation>ikkunassa</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Go to “%1”</source>
        <translation>Siirry: ”%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open the %1 menu</source>
        <translation>Avaa valikko %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>in “%1”</source>
        <translation>kohdassa ”%1”</translation>
    </message>
</context>
<context>
    <name>AggregateExportDialog</name>
    <message>
        <location filename="../../ui/aggregate_export_dialog.py" line="+17"/>
        <source>Export aggregates</source>
        <translation>Vie koostetiedot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File format</source>
        <translation>Tiedostomuoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV — for spreadsheets (semicolons, UTF-8)</source>
        <translation>CSV – taulukkolaskentaan (puolipisteet, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON — for analytics systems</source>
        <translation>JSON – analytiikkajärjestelmiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First week</source>
        <translation>Ensimmäinen viikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Viimeinen viikko</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> persons</source>
        <translation> henkilöä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest number of persons shown (k)</source>
        <translation>Pienin näytettävä henkilömäärä (k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells counting fewer persons are left empty. %1 unless the city&apos;s data protection policy sets another threshold.</source>
        <translation>Solut, joissa on vähemmän henkilöitä, jätetään tyhjiksi. %1, ellei kaupungin tietosuojaohje määrää muuta rajaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export status</source>
        <translation>Viennin tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Format:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weeks:</source>
        <translation>V&amp;iikot:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide cells below:</source>
        <translation>&amp;Piilota solut, joissa alle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds counts only — per week, channel, place, area and age band, for each need and signal kind: persons, tags and unmet needs, with totals. No names, identity codes, ids, summaries, signal texts or event names. A cell with fewer persons than the threshold is left empty, and so is a second cell wherever a total would give the first one away. The export is written to the audit log.</source>
        <translation>Tiedostossa on vain lukumääriä – viikoittain, kanavittain, paikoittain, alueittain ja ikäryhmittäin kustakin tarpeesta ja signaalilajista: henkilöt, merkinnät ja täyttymättömät tarpeet sekä summat. Ei nimiä, henkilötunnuksia, tunnisteita, tiivistelmiä, signaalien tekstejä eikä tapahtumien nimiä. Solu, jossa on rajaa vähemmän henkilöitä, jätetään tyhjäksi, samoin toinen solu aina, kun summasta voisi päätellä ensimmäisen. Vienti kirjataan käyttölokiin.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The first week is after the last week. Choose the weeks again.</source>
        <translation>Ensimmäinen viikko on viimeisen viikon jälkeen. Valitse viikot uudelleen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting… Counting distinct persons takes a while with a lot of encounters; the file appears when it is complete.</source>
        <translation>Viedään… Eri henkilöiden laskeminen vie hetken, kun asiointeja on paljon; tiedosto ilmestyy, kun se on valmis.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 cells to %2. %3 cells were left empty: %4 with fewer than %5 persons, %6 more so that those cannot be worked out from the totals.</source>
        <translation>Vietiin %1 solua tiedostoon %2. %3 solua jätettiin tyhjiksi: %4, joissa alle %5 henkilöä, ja %6 muuta, jotta niitä ei voi päätellä summista.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export failed and no file was written: %1</source>
        <translation>Vienti epäonnistui, eikä tiedostoa kirjoitettu: %1</translation>
    </message>
</context>
<context>
    <name>AppMessage</name>
    <message>
        <location filename="../../ui/app_messages.py" line="+31"/>
        <source>The encounter&apos;s times must carry a time zone.</source>
        <translation>Asioinnin aikoihin on merkittävä aikavyöhyke.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter cannot end before it started.</source>
        <translation>Asiointi ei voi päättyä ennen kuin se alkoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter cannot start in the future; check the workstation&apos;s clock.</source>
        <translation>Asiointi ei voi alkaa tulevaisuudessa; tarkista työaseman kello.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the outcome of the encounter.</source>
        <translation>Valitse asioinnin lopputulos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signal&apos;s severity is 1 (minor), 2 (notable) or 3 (serious).</source>
        <translation>Signaalin vakavuus on 1 (vähäinen), 2 (huomattava) tai 3 (vakava).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The services offered are not service ids from the service search.</source>
        <translation>Tarjotut palvelut eivät ole palvelutunnisteita palveluhausta.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Another client already has this identity code.</source>
        <translation>Toisella asiakkaalla on jo tämä henkilötunnus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing client instead of creating a second record.</source>
        <translation>Avaa olemassa oleva asiakas, älä luo toista tietuetta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a language code.</source>
        <translation>Tämä ei ole kielikoodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language is missing.</source>
        <translation>Kieli puuttuu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a two-letter ISO 639-1 code, such as fi, sv, en, ru, et, so or ar.</source>
        <translation>Käytä kaksikirjaimista ISO 639-1 -koodia, kuten fi, sv, en, ru, et, so tai ar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten it; the full name can be recorded in the CRM.</source>
        <translation>Lyhennä sitä; koko nimen voi kirjata CRM:ään.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A phone number or identity code typed here belongs in its own field.</source>
        <translation>Tähän kirjoitettu puhelinnumero tai henkilötunnus kuuluu omaan kenttäänsä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a date.</source>
        <translation>Tämä ei ole päivämäärä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the birth date as dd.mm.yyyy.</source>
        <translation>Kirjoita syntymäaika muodossa pp.kk.vvvv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is in the future.</source>
        <translation>Syntymäaika on tulevaisuudessa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the year with the client.</source>
        <translation>Tarkista vuosi asiakkaalta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date does not match the identity code.</source>
        <translation>Syntymäaika ei vastaa henkilötunnusta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct one of them: the code starts with the birth date (ddmmyy).</source>
        <translation>Korjaa jompikumpi: tunnus alkaa syntymäajalla (ppkkvv).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The street address is too long.</source>
        <translation>Katuosoite on liian pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shorten it.</source>
        <translation>Lyhennä sitä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postal code has five digits.</source>
        <translation>Postinumerossa on viisi numeroa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type it as on the client&apos;s letters, e.g. 00100.</source>
        <translation>Kirjoita se kuten asiakkaan kirjeissä, esim. 00100.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no Finnish municipality by that code or name.</source>
        <translation>Tällä koodilla tai nimellä ei ole suomalaista kuntaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the municipality from the list.</source>
        <translation>Valitse kunta listasta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name as it is on the client&apos;s identity document.</source>
        <translation>Kirjoita nimi niin kuin se on asiakkaan henkilöllisyystodistuksessa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out the least used number.</source>
        <translation>Jätä pois vähiten käytetty numero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This number is already entered above.</source>
        <translation>Tämä numero on jo kirjoitettu yllä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the second copy.</source>
        <translation>Poista toinen kappale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose whether the number is mobile, home or work.</source>
        <translation>Valitse, onko numero matkapuhelin-, koti- vai työnumero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number: only digits, spaces, +, -, / and brackets belong in one.</source>
        <translation>Tämä ei ole puhelinnumero: siinä voi olla vain numeroita, välilyöntejä sekä merkkejä +, -, / ja sulkeet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the number as the client gives it, e.g. 040 123 4567 or +46 70 123 45 67.</source>
        <translation>Kirjoita numero niin kuin asiakas sen kertoo, esim. 040 123 4567 tai +46 70 123 45 67.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the number with the client; a number abroad needs its country code (+46 …).</source>
        <translation>Tarkista numero asiakkaalta; ulkomaisessa numerossa on oltava maatunnus (+46 …).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client to spell the address, e.g. aino.virtanen@example.fi.</source>
        <translation>Pyydä asiakasta tavaamaan osoite, esim. aino.virtanen@example.fi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Sähköpostiosoitteessa ei voi olla välilyöntejä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has no @.</source>
        <translation>Sähköpostiosoitteesta puuttuu @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has more than one @.</source>
        <translation>Sähköpostiosoitteessa on useampi kuin yksi @.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address has nothing before the @.</source>
        <translation>Sähköpostiosoitteessa ei ole mitään ennen @-merkkiä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address is too long.</source>
        <translation>Sähköpostiosoite on liian pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part after the @ is not a domain (such as example.fi).</source>
        <translation>@-merkin jälkeinen osa ei ole verkkotunnus (kuten example.fi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ cannot start or end with a dot, or have two in a row.</source>
        <translation>@-merkkiä edeltävä osa ei voi alkaa tai päättyä pisteeseen, eikä siinä voi olla kahta pistettä peräkkäin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The part after the @ has characters a domain cannot have.</source>
        <translation>@-merkin jälkeisessä osassa on merkkejä, joita verkkotunnuksessa ei voi olla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part before the @ has characters an address cannot have (such as a comma).</source>
        <translation>@-merkkiä edeltävässä osassa on merkkejä, joita osoitteessa ei voi olla (kuten pilkku).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the code with the client (date, separator, number, check character).</source>
        <translation>Tarkista tunnus asiakkaalta (päivämäärä, välimerkki, numero, tarkistusmerkki).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correct the file (see the comments in Neuvo&apos;s packaged consent_purposes.toml), or remove the profile&apos;s copy to use the packaged default.</source>
        <translation>Korjaa tiedosto (ks. kommentit Neuvon mukana toimitetussa tiedostossa consent_purposes.toml) tai poista profiilissa oleva kopio, niin käytetään mukana toimitettua oletusta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an end date on or after the start date, or leave the end empty.</source>
        <translation>Valitse päättymispäiväksi alkamispäivä tai sitä myöhempi päivä, tai jätä päättymispäivä tyhjäksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent&apos;s validity ends (%1) before it starts (%2).</source>
        <translation>Suostumuksen voimassaolo päättyy (%1) ennen kuin se alkaa (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: it is not ddmmyy, a century sign, three digits and a check character.</source>
        <translation>Tämä ei ole kelvollinen suomalainen henkilötunnus: sen on oltava muotoa ppkkvv, välimerkki, kolme numeroa ja tarkistusmerkki.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: the check character does not match the rest of the code.</source>
        <translation>Tämä ei ole kelvollinen suomalainen henkilötunnus: tarkistusmerkki ei täsmää tunnuksen muuhun osaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code: its date or individual number is not possible.</source>
        <translation>Tämä ei ole kelvollinen suomalainen henkilötunnus: sen päivämäärä tai yksilönumero ei ole mahdollinen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid Finnish identity code.</source>
        <translation>Tämä ei ole kelvollinen suomalainen henkilötunnus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No such phone number exists in the numbering plan.</source>
        <translation>Numerointisuunnitelmassa ei ole tällaista puhelinnumeroa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number that can be read.</source>
        <translation>Tätä ei voi tulkita puhelinnumeroksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 is not a country code.</source>
        <translation>+%1 ei ole maatunnus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number is too short (%1 digits).</source>
        <translation>Puhelinnumero on liian lyhyt (%1 numeroa).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number is too long (%1 digits).</source>
        <translation>Puhelinnumero on liian pitkä (%1 numeroa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the file (see the comments in Neuvo&apos;s packaged needs_taxonomy.toml), or remove the profile&apos;s copy to use the packaged default.</source>
        <translation>Korjaa tiedosto (ks. kommentit Neuvon mukana toimitetussa tiedostossa needs_taxonomy.toml) tai poista profiilissa oleva kopio, niin käytetään mukana toimitettua oletusta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a directory with --profile DIR.</source>
        <translation>Valitse kansio valitsimella --profile DIR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the profile file from backup, or point --profile at another directory.</source>
        <translation>Palauta profiilitiedosto varmuuskopiosta tai osoita valitsimella --profile toiseen kansioon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with --demo, or create one with --profile DIR.</source>
        <translation>Käynnistä Neuvo valitsimella --demo tai luo profiili valitsimella --profile DIR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile path %1 is a file, not a directory.</source>
        <translation>Profiilin polku %1 on tiedosto eikä kansio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds a database but no %2.</source>
        <translation>Kansiossa %1 on tietokanta mutta ei tiedostoa %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No Neuvo profile in %1.</source>
        <translation>Kansiossa %1 ei ole Neuvo-profiilia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give your user write access to it, or choose another directory with --profile DIR.</source>
        <translation>Anna käyttäjällesi kirjoitusoikeus siihen tai valitse toinen kansio valitsimella --profile DIR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore it from backup, or start a new profile in another directory.</source>
        <translation>Palauta se varmuuskopiosta tai luo uusi profiili toiseen kansioon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write to the profile directory %1 (%2).</source>
        <translation>Profiilikansioon %1 ei voi kirjoittaa (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The profile file %1 is unreadable or damaged (%2).</source>
        <translation>Profiilitiedostoa %1 ei voi lukea tai se on vioittunut (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give PTV Open API JSON (services, service channels, general descriptions, code lists).</source>
        <translation>Anna PTV Open API -muotoista JSONia (palvelut, asiointikanavat, pohjakuvaukset, koodistot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the file: it must be PTV Open API JSON as the API returns it.</source>
        <translation>Tarkista tiedosto: sen on oltava PTV Open API -muotoista JSONia sellaisena kuin rajapinta sen palauttaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a PTV JSON file, a directory of them, or an API URL.</source>
        <translation>Anna PTV:n JSON-tiedosto, kansio, jossa niitä on, tai rajapinnan URL-osoite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give a PTV JSON file or a directory of them.</source>
        <translation>Anna PTV:n JSON-tiedosto tai kansio, jossa niitä on.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is JSON but not PTV data: expected a list of records or an API page.</source>
        <translation>Tiedosto %1 on JSON-muotoinen, mutta siinä ei ole PTV-tietoja: odotettiin tietueiden listaa tai rajapinnan sivua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no PTV services, channels, general descriptions or code lists.</source>
        <translation>Tiedostossa %1 ei ole PTV:n palveluja, asiointikanavia, pohjakuvauksia eikä koodistoja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give PTV Open API JSON (services, channels, code lists).</source>
        <translation>Anna PTV Open API -muotoista JSONia (palvelut, asiointikanavat, koodistot).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 does not exist.</source>
        <translation>Kohdetta %1 ei ole olemassa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 holds no .json or .json.gz files.</source>
        <translation>Kansiossa %1 ei ole .json- eikä .json.gz-tiedostoja.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it again.</source>
        <translation>Lataa se uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not UTF-8 text, so not PTV JSON.</source>
        <translation>Tiedosto %1 ei ole UTF-8-tekstiä, joten se ei ole PTV:n JSON-tiedosto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 nests arrays or objects too deeply to be PTV JSON.</source>
        <translation>Tiedostossa %1 on taulukoita tai olioita liian monella sisäkkäisellä tasolla, jotta se voisi olla PTV:n JSON-tiedosto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not JSON (line %2: %3).</source>
        <translation>Tiedosto %1 ei ole JSON-muotoinen (rivi %2: %3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a damaged gzip file (%2).</source>
        <translation>%1 on vioittunut gzip-tiedosto (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a date of birth: a date is typed as 1.1.1990 or 1990-01-01.</source>
        <translation>%1 ei ole syntymäaika: päivämäärä kirjoitetaan muodossa 1.1.1990 tai 1990-01-01.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a date: an identity code starts with the birth date as ddmmyy.</source>
        <translation>%1 ei ole päivämäärä: henkilötunnus alkaa syntymäajalla muodossa ppkkvv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No OS keyring is available, and Neuvo keeps the database key only there.</source>
        <translation>Käyttöjärjestelmän avainnippua ei ole käytettävissä, ja Neuvo säilyttää tietokannan avainta vain siellä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On Linux install and unlock a Secret Service keyring (gnome-keyring or KWallet); to try Neuvo without one, start the demo with --demo.</source>
        <translation>Asenna Linuxissa Secret Service -avainnippu (gnome-keyring tai KWallet) ja avaa sen lukitus; jos haluat kokeilla Neuvoa ilman sitä, käynnistä demo valitsimella --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile is not a demo profile but carries a demo key file.</source>
        <translation>Tämä profiili ei ole demoprofiili, mutta siinä on demon avaintiedosto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the profile to a machine with an OS keyring.</source>
        <translation>Siirrä profiili koneelle, jossa on käyttöjärjestelmän avainnippu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refusing to keep a key in a file for a non-demo profile.</source>
        <translation>Avainta ei säilytetä tiedostossa, koska profiili ei ole demoprofiili.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock your keyring (log in again) and restart Neuvo.</source>
        <translation>Avaa avainnippusi lukitus (kirjaudu uudelleen sisään) ja käynnistä Neuvo uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the demo profile directory to start a fresh demo.</source>
        <translation>Poista demoprofiilin kansio, niin voit aloittaa uuden demon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring refused to give the secret “%1” (%2).</source>
        <translation>Käyttöjärjestelmän avainnippu ei suostunut antamaan salaisuutta ”%1” (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS keyring refused to store the secret “%1” (%2).</source>
        <translation>Käyttöjärjestelmän avainnippu ei suostunut tallentamaan salaisuutta ”%1” (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo key file %1 is unreadable.</source>
        <translation>Demon avaintiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the profile&apos;s keyring entry or the database from backup; the file was left untouched.</source>
        <translation>Palauta profiilin avainnippumerkintä tai tietokanta varmuuskopiosta; tiedostoon ei koskettu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the keyring entry from backup.</source>
        <translation>Palauta avainnippumerkintä varmuuskopiosta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move it away; Neuvo never opens or converts a foreign database in place.</source>
        <translation>Siirrä se muualle; Neuvo ei koskaan avaa eikä muunna vierasta tietokantaa sen omalla paikalla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be decrypted: the key does not match, or the file is damaged.</source>
        <translation>Tiedoston %1 salausta ei voi purkaa: avain ei täsmää tai tiedosto on vioittunut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the keyring entry from backup. Neuvo will not make a new key: the data would be lost.</source>
        <translation>Palauta avainnippumerkintä varmuuskopiosta. Neuvo ei luo uutta avainta, koska tiedot menetettäisiin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database key in %1 is not a 256-bit hex key.</source>
        <translation>Kohteessa %1 oleva tietokannan avain ei ole 256-bittinen heksadesimaaliavain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the file&apos;s permissions.</source>
        <translation>Tarkista tiedoston käyttöoikeudet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is an unencrypted SQLite file, not a Neuvo store.</source>
        <translation>%1 on salaamaton SQLite-tiedosto eikä Neuvon tietokanta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key for %1 is missing from %2.</source>
        <translation>Tietokannan %1 avain puuttuu kohteesta %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read the database file %1 (%2).</source>
        <translation>Tietokantatiedostoa %1 ei voi lukea (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install the newer Neuvo again; this one leaves the data untouched.</source>
        <translation>Asenna uudempi Neuvo uudelleen; tämä versio ei koske tietoihin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store is at schema %1, which this Neuvo does not know (a newer version wrote it).</source>
        <translation>Tietokannan skeemaversio on %1, jota tämä Neuvon versio ei tunne (sen on kirjoittanut uudempi versio).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The identity-code hash key is missing from %1.</source>
        <translation>Henkilötunnusten tiivisteavain puuttuu kohteesta %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last day is before the first day.</source>
        <translation>Viimeinen päivä on ennen ensimmäistä päivää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap the dates or change one of them.</source>
        <translation>Vaihda päivämäärät keskenään tai muuta toista niistä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save it anonymously instead, or ask the client for this consent and record it first.</source>
        <translation>Tallenna se sen sijaan anonyymina tai pyydä asiakkaalta ensin tämä suostumus ja kirjaa se.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the client for this consent and record it first.</source>
        <translation>Pyydä asiakkaalta ensin tämä suostumus ja kirjaa se.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This needs the client&apos;s consent “%1”, which is not in effect.</source>
        <translation>Tähän tarvitaan asiakkaan suostumus ”%1”, joka ei ole voimassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first names are required.</source>
        <translation>Etunimet ovat pakollisia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name is required.</source>
        <translation>Sukunimi on pakollinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first names are too long (%1 characters; at most %2).</source>
        <translation>Etunimet ovat liian pitkät (%1 merkkiä; enintään %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name is too long (%1 characters; at most %2).</source>
        <translation>Sukunimi on liian pitkä (%1 merkkiä; enintään %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferred name is too long (%1 characters; at most %2).</source>
        <translation>Kutsumanimi on liian pitkä (%1 merkkiä; enintään %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first names contain digits.</source>
        <translation>Etunimissä on numeroita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last name contains digits.</source>
        <translation>Sukunimessä on numeroita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preferred name contains digits.</source>
        <translation>Kutsumanimessä on numeroita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client was not saved: check %1.</source>
        <translation>Asiakasta ei tallennettu: tarkista kentät %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the marked fields and save again.</source>
        <translation>Korjaa merkityt kentät ja tallenna uudelleen.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>first names</source>
        <translation>etunimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last name</source>
        <translation>sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preferred name</source>
        <translation>kutsumanimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>syntymäaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>street address</source>
        <translation>katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>municipality</source>
        <translation>kunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>kieli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The consent purposes file %1 is not valid: %2</source>
        <translation>Suostumusten käyttötarkoitusten tiedosto %1 ei kelpaa: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need taxonomy file %1 is not valid: %2</source>
        <translation>Tarveluokituksen tiedosto %1 ei kelpaa: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k must be between %1 and %2, not %3.</source>
        <translation>k:n on oltava välillä %1–%2, ei %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 could not be read, so phone-system rings are off.</source>
        <translation>Tiedostoa %1 ei voitu lukea, joten puhelinjärjestelmän soitot eivät näy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony in %1 must be a [telephony] table.</source>
        <translation>Tiedostossa %1 telephony-asetuksen on oltava [telephony]-taulukko.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony.endpoint in %1 must be true or false.</source>
        <translation>Tiedostossa %1 asetuksen telephony.endpoint on oltava true tai false.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telephony.port in %1 must be a whole number from %2 to 65535.</source>
        <translation>Tiedostossa %1 asetuksen telephony.port on oltava kokonaisluku välillä %2–65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again later.</source>
        <translation>Yritä myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PTV API at %1 kept refusing.</source>
        <translation>PTV-rajapinta osoitteessa %1 kieltäytyi toistuvasti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL (e.g. https://api.palvelutietovaranto.suomi.fi/api/v11) and the organisation id; the catalogue was left as it was.</source>
        <translation>Tarkista perusosoite (esim. https://api.palvelutietovaranto.suomi.fi/api/v11) ja organisaation tunniste; palveluluettelo jäi ennalleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the API&apos;s base address, such as https://api.palvelutietovaranto.suomi.fi/api/v11.</source>
        <translation>Anna rajapinnan perusosoite, esimerkiksi https://api.palvelutietovaranto.suomi.fi/api/v11.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PTV API answered %1 for %2.</source>
        <translation>PTV-rajapinta vastasi %1 pyyntöön %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the base URL of the PTV Open API.</source>
        <translation>Tarkista PTV Open API:n perusosoite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a web address the PTV API can be read from.</source>
        <translation>%1 ei ole verkko-osoite, josta PTV-rajapintaa voi lukea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the URL and the network; the catalogue was left as it was.</source>
        <translation>Tarkista osoite ja verkkoyhteys; palveluluettelo jäi ennalleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 did not answer with JSON.</source>
        <translation>Osoite %1 ei vastannut JSON-muodossa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the PTV API at %1 (%2).</source>
        <translation>PTV-rajapintaan osoitteessa %1 ei saada yhteyttä (%2).</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>This client was changed or removed elsewhere after you opened the form, so your changes were not saved (they would have overwritten the newer ones).</source>
        <translation>Asiakasta on muutettu tai se on poistettu muualla sen jälkeen, kun avasit lomakkeen, joten muutoksiasi ei tallennettu (ne olisivat korvanneet uudemmat muutokset).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your text is still in the form: note what you need, reopen the client and edit again.</source>
        <translation>Tekstisi on yhä lomakkeessa: ota tarvitsemasi talteen, avaa asiakas uudelleen ja tee muutokset uudestaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 phone numbers are kept.</source>
        <translation>Puhelinnumeroita voi tallentaa enintään %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a smaller page.</source>
        <translation>Pyydä pienempää sivua.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window is 0 to 366 days.</source>
        <translation>Aikavälin on oltava 0–366 päivää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a shorter window.</source>
        <translation>Valitse lyhyempi aikaväli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A page holds 1 to %1 rows.</source>
        <translation>Sivulla voi olla 1–%1 riviä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the default %1, or the threshold the city&apos;s data protection policy sets.</source>
        <translation>Käytä oletusarvoa %1 tai kaupungin tietosuojaohjeen määräämää rajaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the source; see the report lines for what was skipped.</source>
        <translation>Tarkista lähde; raportin riveiltä näet, mitä ohitettiin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 held no PTV records that could be imported.</source>
        <translation>Lähteessä %1 ei ollut tuotavissa olevia PTV-tietueita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose fi, sv or en.</source>
        <translation>Valitse fi, sv tai en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a language of the window.</source>
        <translation>”%1” ei ole mahdollinen ikkunan kieli.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a supervisor, or ask the city&apos;s IT administrator to grant you the role.</source>
        <translation>Käänny esihenkilön puoleen tai pyydä kaupungin IT-ylläpitäjää antamaan sinulle tarvittava rooli.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only supervisors and administrators may open %1.</source>
        <translation>Vain esihenkilöt ja ylläpitäjät voivat avata tämän: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A refusal has no end date.</source>
        <translation>Kieltäytymisellä ei ole päättymispäivää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A withdrawal has no end date.</source>
        <translation>Perumisella ei ole päättymispäivää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the guardian and type the guardian&apos;s name, or record the decision later.</source>
        <translation>Kysy huoltajalta ja kirjoita huoltajan nimi tai kirjaa päätös myöhemmin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A consent decision cannot take effect after today.</source>
        <translation>Suostumuspäätös ei voi tulla voimaan tämän päivän jälkeen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the decision on the day it is made; leave the start date as today.</source>
        <translation>Kirjaa päätös samana päivänä, kun se tehdään; jätä alkamispäiväksi tämä päivä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the consent dialog to show the current text.</source>
        <translation>Avaa suostumusikkuna uudelleen, niin näet nykyisen tekstin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guardian&apos;s name is too long.</source>
        <translation>Huoltajan nimi on liian pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one of the purposes listed on the client&apos;s card.</source>
        <translation>Valitse jokin asiakkaan kortilla luetelluista käyttötarkoituksista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent texts exist in Finnish, Swedish and English only.</source>
        <translation>Suostumustekstit ovat saatavilla vain suomeksi, ruotsiksi ja englanniksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the text in one of them (with an interpreter if needed).</source>
        <translation>Lue teksti jollakin näistä kielistä (tarvittaessa tulkin avulla).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is under 15: “%1” needs the consent of a guardian.</source>
        <translation>Asiakas on alle 15-vuotias: käyttötarkoitukseen ”%1” tarvitaan huoltajan suostumus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent would already have ended.</source>
        <translation>Suostumus olisi jo päättynyt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an end date from today onwards, or leave the default.</source>
        <translation>Valitse päättymispäiväksi tämä päivä tai myöhempi päivä, tai jätä oletus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the end date empty.</source>
        <translation>Jätä päättymispäivä tyhjäksi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The consent text version %1 does not exist for this purpose.</source>
        <translation>Tällä käyttötarkoituksella ei ole suostumustekstin versiota %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a consent purpose of this city.</source>
        <translation>”%1” ei ole tämän kaupungin suostumuksen käyttötarkoitus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct it in the encounter panel and save again.</source>
        <translation>Korjaa se asiointipaneelissa ja tallenna uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An outreach visitor needs the event&apos;s name.</source>
        <translation>Jalkautumistapahtuman kävijälle tarvitaan tapahtuman nimi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the event&apos;s name first.</source>
        <translation>Kirjoita ensin tapahtuman nimi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The encounter to correct does not exist.</source>
        <translation>Korjattavaa asiointia ei ole olemassa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the encounter again and retry.</source>
        <translation>Avaa asiointi uudestaan ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The summary is longer than %1 characters; keep it short.</source>
        <translation>Yhteenveto on yli %1 merkkiä pitkä; pidä se lyhyenä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event name is longer than %1 characters.</source>
        <translation>Tapahtuman nimi on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter has at most %1 need tags.</source>
        <translation>Asioinnissa voi olla enintään %1 tarvemerkintää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter has at most %1 signals.</source>
        <translation>Asioinnissa voi olla enintään %1 signaalia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a municipality code.</source>
        <translation>”%1” ei ole kuntakoodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a need code.</source>
        <translation>”%1” ei ole tarvekoodi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signal&apos;s text is longer than %1 characters.</source>
        <translation>Signaalin teksti on yli %1 merkkiä pitkä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The need %1 is tagged twice; keep one tag per need.</source>
        <translation>Tarve %1 on merkitty kahdesti; merkitse kukin tarve vain kerran.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Services are searched in Finnish, Swedish or English, not “%1”.</source>
        <translation>Palveluja haetaan suomeksi, ruotsiksi tai englanniksi, ei kielellä ”%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the chosen services is in the catalogue any more.</source>
        <translation>Yksikään valituista palveluista ei ole enää palveluluettelossa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again and choose the services to hand over.</source>
        <translation>Hae uudelleen ja valitse palvelut, joiden tiedot annetaan asiakkaalle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hand-over is written in Finnish, Swedish or English, not “%1”.</source>
        <translation>Palvelutiedot kirjoitetaan suomeksi, ruotsiksi tai englanniksi, ei kielellä ”%1”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first week is after the last week.</source>
        <translation>Ensimmäinen viikko on viimeisen viikon jälkeen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the weeks again.</source>
        <translation>Valitse viikot uudelleen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drill-down needs both a dimension and its value.</source>
        <translation>Rajaukseen tarvitaan sekä ulottuvuus että sen arvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a bar to drill into.</source>
        <translation>Valitse pylväs, johon tilannekuva rajataan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A drill-down names one dimension twice.</source>
        <translation>Rajauksessa on sama ulottuvuus kahdesti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one value per dimension.</source>
        <translation>Valitse kullekin ulottuvuudelle yksi arvo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not an ISO week such as 2026-W48.</source>
        <translation>”%1” ei ole ISO-viikko (kuten 2026-W48).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This conflict was already resolved.</source>
        <translation>Tämä ristiriita on jo ratkaistu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list of conflicts.</source>
        <translation>Päivitä ristiriitojen lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is about the whole record.</source>
        <translation>Tämä ristiriita koskee koko tietuetta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose re-create or discard.</source>
        <translation>Valitse Palauta CRM:ään tai Poista täältä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflict is about one field.</source>
        <translation>Tämä ristiriita koskee yhtä kenttää.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose keep mine, take theirs or edit.</source>
        <translation>Valitse Säilytä oma, Ota CRM:n arvo tai Muokkaa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The edited value is not valid for this field.</source>
        <translation>Muokattu arvo ei kelpaa tähän kenttään.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the value and try again.</source>
        <translation>Tarkista arvo ja yritä uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose counter, phone or outreach.</source>
        <translation>Valitse asiointipiste, puhelin tai jalkautuminen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a workstation mode.</source>
        <translation>”%1” ei ole työaseman tila.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach needs the event&apos;s name.</source>
        <translation>Jalkautumiseen tarvitaan tapahtuman nimi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the name of the event you are at.</source>
        <translation>Kirjoita sen tapahtuman nimi, jossa olet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no CRM connection.</source>
        <translation>Tällä profiililla ei ole CRM-yhteyttä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a [crm] table with the CRM&apos;s url to profile.toml (see README), or use --demo.</source>
        <translation>Lisää tiedostoon profile.toml taulu [crm], jossa on CRM:n URL-osoite (ks. README), tai käytä valitsinta --demo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The [crm] table lacks tenant_id or client_id.</source>
        <translation>Taulusta [crm] puuttuu tenant_id tai client_id.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add both to profile.toml.</source>
        <translation>Lisää molemmat tiedostoon profile.toml.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM token of this profile is missing from its secret store.</source>
        <translation>Tämän profiilin CRM-kirjautumistunniste puuttuu profiilin salaisuuksien säilöstä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the demo once more (it makes a new one), or sign in again.</source>
        <translation>Käynnistä demo uudelleen (se luo uuden tunnisteen) tai kirjaudu uudelleen sisään.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The CRM client secret is missing from the secret store.</source>
        <translation>CRM-yhteyden sovellussalaisuus (client secret) puuttuu salaisuuksien säilöstä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it in the keyring as “%1”.</source>
        <translation>Tallenna se avainnippuun nimellä ”%1”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audit log</source>
        <translation>käyttöloki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the situational picture</source>
        <translation>tilannekuva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of expiring consents</source>
        <translation>päättyvien suostumusten lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the situational picture&apos;s export</source>
        <translation>tilannekuvan koostetietojen vienti</translation>
    </message>
    <message>
        <location line="-316"/>
        <source>Nothing to search for: type a name, phone number, identity code, birth date or e-mail address.</source>
        <translation>Ei haettavaa: kirjoita nimi, puhelinnumero, henkilötunnus, syntymäaika tai sähköpostiosoite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That birth date is in the future: check the century sign (- or A).</source>
        <translation>Syntymäaika on tulevaisuudessa: tarkista välimerkki (- tai A).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type at least four digits of a phone number.</source>
        <translation>Kirjoita vähintään neljä puhelinnumeron numeroa.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Demo profile: no OS keyring found, so the database key is kept in a file inside the profile.</source>
        <translation>Demoprofiili: käyttöjärjestelmän avainnippua ei löytynyt, joten tietokannan avain säilytetään tiedostossa profiilin sisällä.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ui/audit_log_model.py" line="+42"/>
        <source>Opened a client&apos;s card</source>
        <translation>Avasi asiakkaan kortin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searched for clients</source>
        <translation>Haki asiakkaita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revealed an identity code</source>
        <translation>Näytti henkilötunnuksen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added a client</source>
        <translation>Lisäsi asiakkaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited a client</source>
        <translation>Muokkasi asiakasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed a client</source>
        <translation>Poisti asiakkaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported data</source>
        <translation>Vei tietoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded a consent decision</source>
        <translation>Kirjasi suostumuspäätöksen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synchronised with the CRM</source>
        <translation>Synkronoi CRM:n kanssa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed the audit log</source>
        <translation>Katsoi käyttölokia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded an encounter</source>
        <translation>Kirjasi asioinnin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewed the situational picture</source>
        <translation>Katsoi tilannekuvaa</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <location filename="../../ui/audit_log_dialog.py" line="+12"/>
        <source>Audit log</source>
        <translation>Käyttöloki</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client or record id (empty: every record)</source>
        <translation>Asiakkaan tai tietueen tunniste (tyhjä: kaikki tietueet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Tietueen tunniste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log summary</source>
        <translation>Käyttölokin yhteenveto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show</source>
        <translation>Nä&amp;ytä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save every event matching the filter as a CSV file (the export is written to the audit log too).</source>
        <translation>Tallenna kaikki suodatinta vastaavat tapahtumat CSV-tiedostoksi (vienti kirjataan myös käyttölokiin).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The open client: %1</source>
        <translation>Avoinna oleva asiakas: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adviser</source>
        <translation>Neuvoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All advisers</source>
        <translation>Kaikki neuvojat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Kaikki toiminnot</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit events</source>
        <translation>Lokitapahtumat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Adviser:</source>
        <translation>&amp;Neuvoja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction:</source>
        <translation>&amp;Toiminto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record:</source>
        <translation>T&amp;ietue:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Days:</source>
        <translation>&amp;Päivät:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No events match this filter.</source>
        <translation>Suodatinta vastaavia tapahtumia ei ole.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 events match; newest first.</source>
        <translation>%1 tapahtumaa vastaa suodatinta; uusin ensin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit log could not be read: %1</source>
        <translation>Käyttölokia ei voitu lukea: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the audit log…</source>
        <translation>Luetaan käyttölokia…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 events to %2.</source>
        <translation>Vietiin %1 tapahtumaa tiedostoon %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export failed and no file was written: %1. Choose another folder and try again.</source>
        <translation>Vienti epäonnistui, eikä tiedostoa kirjoitettu: %1. Valitse toinen kansio ja yritä uudelleen.</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../../ui/audit_log_model.py" line="+35"/>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser</source>
        <translation>Neuvoja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Toiminto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workstation</source>
        <translation>Työasema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>(unknown adviser)</source>
        <translation>(tuntematon neuvoja)</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <location filename="../../ui/call_banner.py" line="+41"/>
        <source>Incoming call</source>
        <translation>Saapuva puhelu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create client…</source>
        <translation>Uusi asiakas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new client with this phone number</source>
        <translation>Luo uusi asiakas tällä puhelinnumerolla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the call banner</source>
        <translation>Sulje puhelun tiedot</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Call from %1</source>
        <translation>Puhelu numerosta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking up the caller…</source>
        <translation>Haetaan soittajaa…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown caller — create a new client?</source>
        <translation>Tuntematon soittaja – luodaanko uusi asiakas?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown caller — no client has this number.</source>
        <translation>Tuntematon soittaja – kenelläkään asiakkaalla ei ole tätä numeroa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More clients than these have this number; search for it to see all:</source>
        <translation>Tätä numeroa käyttää useampi asiakas; hae numerolla nähdäksesi kaikki:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 clients have this number:</source>
        <translation>Tätä numeroa käyttää %1 asiakasta:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller could not be looked up. Search for the number in the list.</source>
        <translation>Soittajaa ei voitu hakea. Hae numerolla listasta.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open the card of %1</source>
        <translation>Avaa asiakkaan %1 kortti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the client&apos;s card (the view is logged).</source>
        <translation>Avaa asiakkaan kortti (katselu kirjataan lokiin).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (born %2)</source>
        <translation>%1 (s. %2)</translation>
    </message>
</context>
<context>
    <name>ClientCardView</name>
    <message>
        <location filename="../../ui/client_card.py" line="+50"/>
        <source>Client card</source>
        <translation>Asiakaskortti</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+81"/>
        <source>Choose a client from the list, or search for one above.</source>
        <translation>Valitse asiakas listasta tai hae asiakasta yllä.</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+34"/>
        <source>This client is no longer in the store. Search again to refresh the list.</source>
        <translation>Asiakasta ei enää ole tietokannassa. Hae uudelleen päivittääksesi listan.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Needed</source>
        <translation>Tarvitaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not needed</source>
        <translation>Ei tarvita</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+148"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>Not recorded</source>
        <translation>Ei kirjattu</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Client name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Safety marking: do not disclose the client&apos;s address or whereabouts to anyone.</source>
        <translation>Turvakielto: älä kerro asiakkaan osoitetta tai olinpaikkaa kenellekään.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Kutsumanimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Syntynyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter</source>
        <translation>Tulkki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client</source>
        <translation>Muokkaa asiakasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct or add the client&apos;s details (Ctrl+E).</source>
        <translation>Korjaa tai lisää asiakkaan tietoja (Ctrl+E).</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+55"/>
        <source>Reveal</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>Reveal identity code</source>
        <translation>Näytä henkilötunnus</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Show the full identity code. Every reveal is logged.</source>
        <translation>Näytä koko henkilötunnus. Jokainen näyttäminen kirjataan lokiin.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 (age %2)</source>
        <translation>%1 (%2 v)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address hidden (safety marking)</source>
        <translation>Osoite piilotettu (turvakielto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mobile</source>
        <translation>matkapuhelin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home</source>
        <translation>koti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>work</source>
        <translation>työ</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide identity code</source>
        <translation>Piilota henkilötunnus</translation>
    </message>
</context>
<context>
    <name>ClientFormDialog</name>
    <message>
        <location filename="../../ui/client_form.py" line="+92"/>
        <source>New client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit client — %1</source>
        <translation>Muokkaa asiakasta – %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open existing</source>
        <translation>Avaa olemassa oleva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the existing client</source>
        <translation>Avaa olemassa oleva asiakas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;First names</source>
        <translation>&amp;Etunimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;referred name</source>
        <translation>K&amp;utsumanimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name the client goes by, if not the first</source>
        <translation>Nimi, jota asiakas käyttää, jos se ei ole ensimmäinen etunimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Birth date</source>
        <translation>S&amp;yntymäaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.yyyy</source>
        <translation>pp.kk.vvvv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail</source>
        <translation>Sähköp&amp;osti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;treet address</source>
        <translation>&amp;Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal &amp;code</source>
        <translation>&amp;Postinumero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Interpreter needed</source>
        <translation>&amp;Tulkkaustarve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Safety &amp;marking (turvakielto)</source>
        <translation>Tu&amp;rvakielto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With a safety marking the client&apos;s address is hidden on screen, also from advisers, and never exported.</source>
        <translation>Turvakiellon aikana asiakkaan osoite on piilotettu näytöllä myös neuvojilta, eikä sitä koskaan viedä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hidden (safety marking): type a new address to replace it</source>
        <translation>Piilotettu (turvakielto): kirjoita uusi osoite korvataksesi sen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+267"/>
        <location line="+17"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddmmyy-nnnX</source>
        <translation>ppkkvv-nnnX</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the full identity code to correct it. Every reveal is logged.</source>
        <translation>Näytä koko henkilötunnus korjataksesi sen. Jokainen näyttäminen kirjataan lokiin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;dentity code</source>
        <translation>He&amp;nkilötunnus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone %1</source>
        <translation>Puhelin %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 040 123 4567</source>
        <translation>esim. 040 123 4567</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phone %1 kind</source>
        <translation>Puhelimen %1 tyyppi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mobile</source>
        <translation>matkapuhelin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>home</source>
        <translation>koti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>work</source>
        <translation>työ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>M&amp;unicipality</source>
        <translation>&amp;Asuinkunta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preferred language</source>
        <translation>Asiointikieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other…</source>
        <translation>Muu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other language code</source>
        <translation>Muun kielen koodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 639-1 code, e.g. ru</source>
        <translation>ISO 639-1 -koodi, esim. ru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lan&amp;guage</source>
        <translation>Kie&amp;li</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>A client with this identity code already exists: %1</source>
        <translation>Asiakas, jolla on tämä henkilötunnus, on jo olemassa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client with this phone number already exists: %1</source>
        <translation>Asiakas, jolla on tämä puhelinnumero, on jo olemassa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(and %1 more)</source>
        <translation>(ja %1 muuta)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This client is no longer in the store; nothing was saved. Your text is still here: copy what you need before closing.</source>
        <translation>Asiakasta ei enää ole tietokannassa, joten mitään ei tallennettu. Tekstisi on yhä tässä: kopioi tarvitsemasi ennen sulkemista.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The client could not be saved. Your text is still here; try Save again, and if it keeps failing, restart Neuvo.</source>
        <translation>Asiakasta ei voitu tallentaa. Tekstisi on yhä tässä; yritä tallentaa uudelleen, ja jos se ei onnistu, käynnistä Neuvo uudelleen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Discard the new client?</source>
        <translation>Hylätäänkö uusi asiakas?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard your changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What you typed in this form will not be saved.</source>
        <translation>Tähän lomakkeeseen kirjoittamaasi ei tallenneta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
</context>
<context>
    <name>ClientListModel</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="+120"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Born</source>
        <translation>Syntynyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety</source>
        <translation>Turva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>Löytyi</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Safety marking (turvakielto): the client&apos;s address must not be disclosed.</source>
        <translation>Turvakielto: asiakkaan osoitetta ei saa luovuttaa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Safety marking: the client&apos;s address must not be disclosed.</source>
        <translation>Turvakielto: asiakkaan osoitetta ei saa luovuttaa.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Marked</source>
        <translation>Merkitty</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+20"/>
        <location line="+158"/>
        <source>Conflicts with the CRM</source>
        <translation>Ristiriidat CRM:n kanssa</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>These were changed both here and in the CRM since the last sync. Nothing was overwritten: choose, field by field, which value the client&apos;s record keeps.</source>
        <translation>Näitä tietoja on muutettu sekä täällä että CRM:ssä edellisen synkronoinnin jälkeen. Mitään ei ole korvattu: valitse kenttä kerrallaan, kumpi arvo asiakkaan tietoihin jää.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Conflicts summary</source>
        <translation>Ristiriitojen yhteenveto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep &amp;mine</source>
        <translation>Säilytä &amp;oma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the value made here and send it to the CRM.</source>
        <translation>Säilytä täällä tehty arvo ja lähetä se CRM:ään.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take &amp;theirs</source>
        <translation>Ota &amp;CRM:n arvo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Take the CRM&apos;s value here.</source>
        <translation>Ota CRM:n arvo tänne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+103"/>
        <source>Write the right value; it is saved here and sent to the CRM.</source>
        <translation>Kirjoita oikea arvo; se tallennetaan tänne ja lähetetään CRM:ään.</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>&amp;Re-create in the CRM</source>
        <translation>&amp;Palauta CRM:ään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the client back into the CRM with the values held here.</source>
        <translation>Palauta asiakas CRM:ään täällä olevilla tiedoilla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard here</source>
        <translation>Poista &amp;täältä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the client from this workstation, as in the CRM.</source>
        <translation>Poista asiakas tältä työasemalta, kuten CRM:stä.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the conflicts…</source>
        <translation>Luetaan ristiriitoja…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is put back into the CRM with the next sync.</source>
        <translation>%1 palautetaan CRM:ään seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was removed from this workstation.</source>
        <translation>%1 poistettiin tältä työasemalta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open conflicts</source>
        <translation>Avoimet ristiriidat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This field cannot be edited here: keep one side, then change it on the client&apos;s card.</source>
        <translation>Tätä kenttää ei voi muokata täällä: säilytä toinen arvo ja muuta se sitten asiakaskortilla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kept your value of %1 for %2; it goes to the CRM with the next sync.</source>
        <translation>Säilytettiin oma arvosi kentälle %1 (%2); se lähtee CRM:ään seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Took the CRM&apos;s value of %1 for %2.</source>
        <translation>Otettiin CRM:n arvo kentälle %1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved the new value of %1 for %2; it goes to the CRM with the next sync.</source>
        <translation>Tallennettiin uusi arvo kentälle %1 (%2); se lähtee CRM:ään seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving your decision…</source>
        <translation>Tallennetaan päätöstäsi…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The decision was not saved: %1</source>
        <translation>Päätöstä ei tallennettu: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts with the CRM (%1)</source>
        <translation>Ristiriidat CRM:n kanssa (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 conflicts wait for your decision.</source>
        <translation>%1 ristiriitaa odottaa päätöstäsi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: everything here agrees with the CRM.</source>
        <translation>Ei ristiriitoja: kaikki täällä vastaa CRM:ää.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The conflicts could not be read: %1</source>
        <translation>Ristiriitoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client</source>
        <translation>asiakas</translation>
    </message>
</context>
<context>
    <name>ConflictField</name>
    <message>
        <location filename="../../ui/app_messages.py" line="+55"/>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred name</source>
        <translation>Kutsumanimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street address</source>
        <translation>Katuosoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interpreter needed</source>
        <translation>Tulkkaustarve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety marking</source>
        <translation>Turvakielto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers</source>
        <translation>Puhelinnumerot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record deleted in the CRM</source>
        <translation>Tietue poistettu CRM:stä</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="-313"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Here (yours)</source>
        <translation>Täällä (oma)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the CRM (theirs)</source>
        <translation>CRM:ssä (heidän)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noticed</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(a client no longer on this workstation)</source>
        <translation>(asiakas, jota ei enää ole tällä työasemalla)</translation>
    </message>
</context>
<context>
    <name>ConsentBadge</name>
    <message>
        <location filename="../../ui/consent_badges.py" line="+48"/>
        <source>Consent text version %1</source>
        <translation>Suostumustekstin versio %1</translation>
    </message>
</context>
<context>
    <name>ConsentBadges</name>
    <message>
        <location line="+15"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (a purpose this workstation does not know)</source>
        <translation>%1 (käyttötarkoitus, jota tämä työasema ei tunne)</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/consent_dialog.py" line="+21"/>
        <source>Consent — %1</source>
        <translation>Suostumus – %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the consent text</source>
        <translation>Suostumustekstin kieli</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent text to read aloud</source>
        <translation>Luettava suostumusteksti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Grant</source>
        <translation>&amp;Antaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refuse</source>
        <translation>&amp;Kieltäytyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw</source>
        <translation>Pe&amp;ruu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the client was served</source>
        <translation>Miten asiakasta palveltiin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence</source>
        <translation>Vahvistustapa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid until</source>
        <translation>Voimassa saakka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until withdrawn (&amp;no end date)</source>
        <translation>Toistaiseksi (ei &amp;päättymispäivää)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Guardian who consented</source>
        <translation>Suostumuksen antanut huoltaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guardian&apos;s name</source>
        <translation>Huoltajan nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client is under 15: a grant needs the guardian&apos;s consent.</source>
        <translation>Asiakas on alle 15-vuotias: suostumukseen tarvitaan huoltajan suostumus.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;Purpose:</source>
        <translation>Käyttö&amp;tarkoitus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt in:</source>
        <translation>Tekstin k&amp;ieli:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read &amp;aloud:</source>
        <translation>&amp;Luettava teksti:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Decision:</source>
        <translation>Päätös:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>Ka&amp;nava:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Vahvistustapa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid &amp;from:</source>
        <translation>Voimassa alka&amp;en:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid &amp;until:</source>
        <translation>Voimassa &amp;saakka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guar&amp;dian:</source>
        <translation>&amp;Huoltaja:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the decision (Ctrl+Enter)</source>
        <translation>Tallenna päätös (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This client is no longer in the store.</source>
        <translation>Asiakasta ei enää ole tietokannassa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text version %1</source>
        <translation>Tekstin versio %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save grant</source>
        <translation>Tallenna suostumus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save refusal</source>
        <translation>Tallenna kieltäytyminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save withdrawal</source>
        <translation>Tallenna peruminen</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryDialog</name>
    <message>
        <location filename="../../ui/consent_history_dialog.py" line="+101"/>
        <source>Consent history — %1</source>
        <translation>Suostumushistoria – %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent decisions, newest first</source>
        <translation>Suostumuspäätökset, uusin ensin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newest first. ✓ and bold: the decision the current status comes from.</source>
        <translation>Uusin ensin. ✓ ja lihavointi: päätös, johon nykyinen tila perustuu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No consent decisions have been recorded for this client.</source>
        <translation>Asiakkaalle ei ole kirjattu suostumuspäätöksiä.</translation>
    </message>
</context>
<context>
    <name>ConsentHistoryModel</name>
    <message>
        <location line="-63"/>
        <source>Recorded</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text version</source>
        <translation>Tekstin versio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This decision sets the purpose&apos;s current status.</source>
        <translation>Tämä päätös määrää käyttötarkoituksen nykyisen tilan.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (unknown purpose)</source>
        <translation>%1 (tuntematon käyttötarkoitus)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from %1</source>
        <translation>alkaen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(another workstation&apos;s adviser)</source>
        <translation>(toisen työaseman neuvoja)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no longer in the file)</source>
        <translation>%1 (ei enää tiedostossa)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; guardian %1</source>
        <translation>; huoltaja %1</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../ui/consent_panel.py" line="+38"/>
        <location line="+2"/>
        <source>Consents</source>
        <translation>Suostumukset</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record consent…</source>
        <translation>Kirjaa suostumus…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grant, refuse or withdraw a consent (Ctrl+K).</source>
        <translation>Anna, kiellä tai peru suostumus (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every consent decision, newest first (Ctrl+H).</source>
        <translation>Kaikki suostumuspäätökset, uusin ensin (Ctrl+H).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt…</source>
        <translation>Kuitti…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print or save the consent receipt in the client&apos;s language (Ctrl+P).</source>
        <translation>Tulosta tai tallenna suostumuskuitti asiakkaan kielellä (Ctrl+P).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Consents cannot be shown: %1</source>
        <translation>Suostumuksia ei voi näyttää: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No consent “%1”: contacts with this client are saved anonymously. Ask for it with Ctrl+K.</source>
        <translation>Ei suostumusta ”%1”: asioinnit tämän asiakkaan kanssa tallennetaan anonyymeina. Kysy suostumusta (Ctrl+K).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Recorded: %1 — %2. Ctrl+P prints a receipt.</source>
        <translation>Kirjattu: %1 – %2. Ctrl+P tulostaa kuitin.</translation>
    </message>
</context>
<context>
    <name>ConsentReceiptDialog</name>
    <message>
        <location filename="../../ui/consent_receipt_dialog.py" line="+30"/>
        <source>Consent receipt</source>
        <translation>Suostumuskuitti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Language of the receipt</source>
        <translation>Kuitin kieli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt preview</source>
        <translation>Kuitin esikatselu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna P&amp;DF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The PDF could not be saved: %1. Choose another folder.</source>
        <translation>PDF-tiedostoa ei voitu tallentaa: %1. Valitse toinen kansio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>PDF-tiedostoa ei voitu kirjoittaa kohteeseen %1. Valitse toinen kansio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved to %1.</source>
        <translation>Tallennettu: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sent to the printer.</source>
        <translation>Lähetetty tulostimelle.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This client is no longer in the store.</source>
        <translation>Asiakasta ei enää ole tietokannassa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No consent decisions are recorded yet: the receipt says so.</source>
        <translation>Suostumuspäätöksiä ei ole vielä kirjattu: kuitissa lukee niin.</translation>
    </message>
</context>
<context>
    <name>ConsentState</name>
    <message>
        <location filename="../../ui/consent_badges.py" line="-66"/>
        <source>tomorrow</source>
        <translation>huomenna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation>%1 päivän päästä</translation>
    </message>
</context>
<context>
    <name>DraftRestoreBanner</name>
    <message>
        <location filename="../../ui/draft_restore.py" line="+20"/>
        <location line="+7"/>
        <source>Encounters left open</source>
        <translation>Keskeneräiset asioinnit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the chosen encounter</source>
        <translation>Jatka valittua asiointia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the chosen encounter</source>
        <translation>Hylkää valittu asiointi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the encounters left open for now</source>
        <translation>Piilota keskeneräiset asioinnit toistaiseksi</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>1 encounter was left open. Resume it, or discard it:</source>
        <translation>1 asiointi jäi kesken. Jatka sitä tai hylkää se:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 encounters were left open. Resume or discard each:</source>
        <translation>%1 asiointia jäi kesken. Jatka tai hylkää kukin:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard the encounter?</source>
        <translation>Hylätäänkö asiointi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the encounter left open (%1)? What was typed in it cannot be recovered.</source>
        <translation>Hylätäänkö keskeneräinen asiointi (%1)? Siihen kirjoitettua ei voi palauttaa.</translation>
    </message>
</context>
<context>
    <name>EncounterLines</name>
    <message>
        <location filename="../../ui/encounter_lines.py" line="+17"/>
        <location line="+7"/>
        <source>Last encounters</source>
        <translation>Viimeisimmät asioinnit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No encounters recorded with this client&apos;s name.</source>
        <translation>Asiakkaan nimellä ei ole kirjattu asiointeja.</translation>
    </message>
</context>
<context>
    <name>EncounterPanel</name>
    <message>
        <location filename="../../ui/encounter_panel.py" line="+142"/>
        <location line="+259"/>
        <source>Encounter</source>
        <translation>Asiointi</translation>
    </message>
    <message>
        <location line="-231"/>
        <source>Save the encounter</source>
        <translation>Tallenna asiointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An encounter starts when you open a client&apos;s card or a call comes in.</source>
        <translation>Asiointi alkaa, kun avaat asiakkaan kortin tai puhelu tulee.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>This service is already among the services offered.</source>
        <translation>Tämä palvelu on jo tarjottujen palvelujen joukossa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An encounter lists at most %1 services.</source>
        <translation>Asioinnissa voi olla enintään %1 palvelua.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Before saving: %1</source>
        <translation>Ennen tallentamista: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A signal is asked for (%1). Add one — Enter in its text — or press Ctrl+Enter again to save without it.</source>
        <translation>Signaalia pyydetään (%1). Lisää signaali – Enter sen tekstissä – tai tallenna ilman sitä painamalla uudelleen Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Encounters left open could not be read, so they cannot be offered now; they stay in the store untouched. Restart Neuvo; if this repeats, tell support.</source>
        <translation>Keskeneräisiä asiointeja ei voitu lukea, joten niitä ei voi nyt tarjota; ne säilyvät tietokannassa koskemattomina. Käynnistä Neuvo uudelleen; jos tämä toistuu, ota yhteyttä tukeen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resumed the encounter started %1.</source>
        <translation>Jatketaan asiointia, joka alkoi %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discard the encounter?</source>
        <translation>Hylätäänkö asiointi?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter? What was typed in it cannot be recovered.</source>
        <translation>Hylätäänkö tämä asiointi? Siihen kirjoitettua ei voi palauttaa.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encounter discarded.</source>
        <translation>Asiointi hylätty.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Encounter channel</source>
        <translation>Asiointikanava</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time since the encounter started</source>
        <translation>Aikaa asioinnin alusta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft state</source>
        <translation>Luonnoksen tila</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Discard…</source>
        <translation>Hylkää…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter</source>
        <translation>Hylkää tämä asiointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this encounter without saving it…</source>
        <translation>Hylkää tämä asiointi tallentamatta…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Encounter message</source>
        <translation>Asioinnin viesti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New encounter</source>
        <translation>&amp;Uusi asiointi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start a new encounter with the client on the card, or with nobody (Ctrl+Shift+N).</source>
        <translation>Aloita uusi asiointi kortilla olevan asiakkaan kanssa tai ilman asiakasta (Ctrl+Shift+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start an encounter  (Ctrl+Shift+N)</source>
        <translation>Aloita asiointi  (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new encounter</source>
        <translation>Aloita uusi asiointi</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Whose name the encounter is saved with</source>
        <translation>Kenen nimellä asiointi tallennetaan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Needs:</source>
        <translation>&amp;Tarpeet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Services offered</source>
        <translation>Tarjotut palvelut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete removes the chosen service.</source>
        <translation>Delete poistaa valitun palvelun.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen service offered</source>
        <translation>Poista valittu tarjottu palvelu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services:</source>
        <translation>Palvelut:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the outcome…</source>
        <translation>Valitse lopputulos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Lopputulos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short summary for the next adviser (kept only with the client&apos;s consent to store contacts)</source>
        <translation>Lyhyt yhteenveto seuraavalle neuvojalle (säilytetään vain, jos asiakas on suostunut yhteydenottojen tallentamiseen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary length</source>
        <translation>Yhteenvedon pituus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Yhteenveto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Si&amp;gnal:</source>
        <translation>&amp;Signaali:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Encounter messages</source>
        <translation>Asioinnin viestit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save anon&amp;ymously</source>
        <translation>Tallenna &amp;anonyymina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anonymously, without the person&apos;s name</source>
        <translation>Tallenna anonyymina, ilman henkilön nimeä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the needs, outcome and signals without linking them to the person (for instance when the client asks).</source>
        <translation>Säilytä tarpeet, lopputulos ja signaalit liittämättä niitä henkilöön (esimerkiksi asiakkaan pyynnöstä).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save  (Ctrl+Enter)</source>
        <translation>Tallenna  (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save encounter</source>
        <translation>Tallenna asiointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the encounter (Ctrl+Enter).</source>
        <translation>Tallenna asiointi (Ctrl+Enter).</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+170"/>
        <source>draft ✓</source>
        <translation>luonnos ✓</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>ⓘ No client chosen: saved without a person (anonymous). Open the client&apos;s card to link it.</source>
        <translation>ⓘ Asiakasta ei ole valittu: tallennetaan ilman henkilöä (anonyymina). Liitä asiakas avaamalla hänen korttinsa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ⓘ Saved without the person&apos;s name, as you chose.</source>
        <translation>ⓘ Tallennetaan ilman henkilön nimeä, kuten valitsit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ⓘ Whether it keeps the person&apos;s name is decided by their consent when you save.</source>
        <translation>ⓘ Henkilön suostumus ratkaisee tallennettaessa, säilyykö asioinnissa hänen nimensä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Saved with the person&apos;s name — consent “%1”: %2.</source>
        <translation>✓ Tallennetaan henkilön nimellä – suostumus ”%1”: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✕ Saved without the person&apos;s name: no consent “%1” (%2). Needs, outcome and signals are kept. Ctrl+K records consent.</source>
        <translation>✕ Tallennetaan ilman henkilön nimeä: ei suostumusta ”%1” (%2). Tarpeet, lopputulos ja signaalit säilyvät. Ctrl+K kirjaa suostumuksen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The summary is not kept without the name.</source>
        <translation>Yhteenvetoa ei säilytetä ilman nimeä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service %1</source>
        <translation>Palvelu %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Asked because %1. What should the city know?</source>
        <translation>Kysytään, koska %1. Mitä kaupungin pitäisi tietää?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no suitable service was found</source>
        <translation>sopivaa palvelua ei löytynyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a need is unmet</source>
        <translation>tarve jäi täyttymättä</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2 — too long, shorten it</source>
        <translation>%1 / %2 – liian pitkä, lyhennä</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>⚠ draft</source>
        <translation>⚠ luonnos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft could not be kept (%1). Keep Neuvo open and save the encounter; the next change tries again.</source>
        <translation>Luonnosta ei voitu säilyttää (%1). Pidä Neuvo auki ja tallenna asiointi; seuraava muutos yrittää uudelleen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept as a draft at %1: nothing typed is lost if Neuvo closes.</source>
        <translation>Säilytetty luonnoksena klo %1: mitään kirjoitettua ei menetetä, jos Neuvo sulkeutuu.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The previous encounter could not be kept: %1</source>
        <translation>Edellistä asiointia ei voitu säilyttää: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This client is no longer in the store, so the encounter cannot be linked to them. Press Ctrl+Enter again to save it without a person.</source>
        <translation>Asiakasta ei enää ole tietokannassa, joten asiointia ei voi liittää häneen. Tallenna ilman henkilöä painamalla uudelleen Ctrl+Enter.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not saved: %1 Nothing is lost — the encounter is still open.</source>
        <translation>Ei tallennettu: %1 Mitään ei menetetty – asiointi on yhä auki.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous encounter was not saved: %1 It is kept among the encounters left open.</source>
        <translation>Edellistä asiointia ei tallennettu: %1 Se säilyy keskeneräisten asiointien joukossa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encounter saved without the person&apos;s name because their consent “%1” is not in effect (%2); record consent with Ctrl+K to link future contacts.</source>
        <translation>Asiointi tallennettiin ilman henkilön nimeä, koska suostumus ”%1” ei ole voimassa (%2); kirjaa suostumus (Ctrl+K), niin tulevat yhteydenotot liitetään henkilöön.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encounter saved without the person&apos;s name, as you chose.</source>
        <translation>Asiointi tallennettiin ilman henkilön nimeä, kuten valitsit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounter saved (no client: anonymous).</source>
        <translation>Asiointi tallennettu (ei asiakasta: anonyymi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encounter saved to the client&apos;s record.</source>
        <translation>Asiointi tallennettu asiakkaan tietoihin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary was not kept: an encounter without a name keeps no free text.</source>
        <translation>Yhteenvetoa ei säilytetty: asiointi ilman nimeä ei säilytä vapaata tekstiä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown need codes kept as they were: %1.</source>
        <translation>Tuntemattomat tarvekoodit säilytettiin sellaisinaan: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved without a signal.</source>
        <translation>Tallennettu ilman signaalia.</translation>
    </message>
</context>
<context>
    <name>ExpiringConsentsDialog</name>
    <message>
        <location filename="../../ui/expiring_consents_dialog.py" line="+13"/>
        <source>Expiring consents</source>
        <translation>Päättyvät suostumukset</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ending within</source>
        <translation>Päättyy enintään</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All purposes</source>
        <translation>Kaikki käyttötarkoitukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Show</source>
        <translation>Nä&amp;ytä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consents ending soon, soonest first</source>
        <translation>Pian päättyvät suostumukset, aikaisin ensin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Vie CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ending &amp;within:</source>
        <translation>Päättyy &amp;enintään:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Purpose:</source>
        <translation>Käyttö&amp;tarkoitus:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter or a double-click opens the client&apos;s card (an audited view).</source>
        <translation>Enter tai kaksoisnapsautus avaa asiakkaan kortin (katselu kirjataan lokiin).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading…</source>
        <translation>Luetaan…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No consent ends in this window.</source>
        <translation>Tällä aikavälillä ei pääty yhtään suostumusta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 consents end within %2 days, soonest first.</source>
        <translation>%1 suostumusta päättyy %2 päivän kuluessa, aikaisin ensin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported %1 rows to %2.</source>
        <translation>Vietiin %1 riviä tiedostoon %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export failed and no file was written: %1</source>
        <translation>Vienti epäonnistui, eikä tiedostoa kirjoitettu: %1</translation>
    </message>
</context>
<context>
    <name>ExpiringConsentsModel</name>
    <message>
        <location line="-207"/>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Purpose</source>
        <translation>Käyttötarkoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last valid day</source>
        <translation>Viimeinen voimassaolopäivä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>last day today</source>
        <translation>viimeinen päivä tänään</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="-226"/>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>englanti</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="+39"/>
        <source>Language of Neuvo</source>
        <translation>Neuvon kieli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the window</source>
        <translation>Ikkunan kieli</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the language change</source>
        <translation>Tietoa kielen vaihtamisesta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The window is in this language now. Hand-overs and consent receipts are always in the client&apos;s own language.</source>
        <translation>Ikkuna on nyt tällä kielellä. Palvelutiedot ja suostumuskuitit ovat aina asiakkaan omalla kielellä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The window changes to this language when Neuvo is started again. Hand-overs and consent receipts are always in the client&apos;s own language.</source>
        <translation>Ikkuna vaihtuu tälle kielelle, kun Neuvo käynnistetään uudelleen. Palvelutiedot ja suostumuskuitit ovat aina asiakkaan omalla kielellä.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The language could not be kept in the profile (%1). Nothing was changed.</source>
        <translation>Kieltä ei voitu tallentaa profiiliin (%1). Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>LanguageMenuEntry</name>
    <message>
        <location line="+10"/>
        <source>&amp;Language…</source>
        <translation>K&amp;ieli…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the window (suomi, svenska, English), from the next start.</source>
        <translation>Ikkunan kieli (suomi, svenska, English) seuraavasta käynnistyksestä alkaen.</translation>
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
        <translation>Ladataan tilaa…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Phone number, name, identity code, birth date or e-mail…</source>
        <translation>Puhelinnumero, nimi, henkilötunnus, syntymäaika tai sähköposti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a client</source>
        <translation>Hae asiakasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a phone number in any form, a name (any order, a typo is fine), an identity code, a birth date or an e-mail address.
Enter opens the best match; Down moves to the list; Esc clears. When nothing matches, Enter offers a new client.</source>
        <translation>Kirjoita puhelinnumero missä muodossa tahansa, nimi (missä järjestyksessä tahansa, kirjoitusvirhe ei haittaa), henkilötunnus, syntymäaika tai sähköpostiosoite.
Enter avaa parhaan osuman; alanuoli siirtää listaan; Esc tyhjentää. Jos mitään ei löydy, Enter tarjoaa uutta asiakasta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Marked</source>
        <translation>Merkitty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number begins so</source>
        <translation>numeron alku täsmää</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Client:</source>
        <translation>Asiakas:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Dismiss</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss warning</source>
        <translation>Ohita varoitus</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No client matches “%1”. Press Enter to add a new client with these details (Ctrl+N for an empty form).</source>
        <translation>Yksikään asiakas ei vastaa hakua ”%1”. Lisää uusi asiakas näillä tiedoilla painamalla Enter (Ctrl+N avaa tyhjän lomakkeen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the best %1 matches; more clients match. Type more to narrow the search.</source>
        <translation>Näytetään %1 parasta osumaa; osumia on enemmän. Tarkenna hakua kirjoittamalla lisää.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No clients in this profile yet.</source>
        <translation>Tässä profiilissa ei ole vielä asiakkaita.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client list could not be read. Try again; if it keeps failing, restart Neuvo.</source>
        <translation>Asiakaslistaa ei voitu lukea. Yritä uudelleen; jos se ei onnistu, käynnistä Neuvo uudelleen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile: %1</source>
        <translation>Profiili: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adviser: %1</source>
        <translation>Neuvoja: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients: %1</source>
        <translation>Asiakkaita: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending changes: %1</source>
        <translation>Lähettämättömiä muutoksia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store encrypted (SQLCipher %1)</source>
        <translation>Tietokanta salattu (SQLCipher %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database key: %1</source>
        <translation>Tietokannan avain: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CRM: not configured — working locally</source>
        <translation>CRM: ei määritetty – työskennellään paikallisesti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: syncing…</source>
        <translation>CRM: synkronoidaan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: sign-in needed</source>
        <translation>CRM: kirjautuminen tarvitaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: offline — %1 waiting</source>
        <translation>CRM: ei yhteyttä – %1 odottaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: not synced yet</source>
        <translation>CRM: ei vielä synkronoitu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: synced %1</source>
        <translation>CRM: synkronoitu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 conflicts to resolve</source>
        <translation> · %1 ristiriitaa ratkaistavana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status unavailable</source>
        <translation>Tila ei saatavilla</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a client who is not in the store yet (Ctrl+N).</source>
        <translation>Lisää asiakas, jota ei vielä ole tietokannassa (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client</source>
        <translation>&amp;Asiakas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find a client</source>
        <translation>&amp;Hae asiakasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Käyttöloki…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who opened, revealed, created, edited or exported what (Ctrl+Shift+L).</source>
        <translation>Kuka avasi, näytti, loi, muokkasi tai vei mitäkin (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expiring consents…</source>
        <translation>&amp;Päättyvät suostumukset…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents ending within 30 days, to ask again (Ctrl+Shift+E).</source>
        <translation>Suostumukset, jotka päättyvät 30 päivän kuluessa, jotta ne voi kysyä uudelleen (Ctrl+Shift+E).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situational &amp;picture…</source>
        <translation>&amp;Tilannekuva…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs and unmet needs by week, channel, place, area and age band; export of aggregates (Ctrl+Shift+S).</source>
        <translation>Tarpeet ja täyttymättömät tarpeet viikoittain, kanavittain, paikoittain, alueittain ja ikäryhmittäin; koostetietojen vienti (Ctrl+Shift+S).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Supervision</source>
        <translation>&amp;Valvonta</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Telephony warning</source>
        <translation>Puhelinliikenteen varoitus</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+2"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find a &amp;service</source>
        <translation>Hae &amp;palvelua</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the service catalogue (F3).</source>
        <translation>Hae palveluluettelosta (F3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import services…</source>
        <translation>&amp;Tuo palvelut…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the national service catalogue (PTV JSON files or the PTV API).</source>
        <translation>Tuo valtakunnallinen palveluluettelo (PTV:n JSON-tiedostot tai PTV-rajapinta).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Workstation</source>
        <translation>T&amp;yöasema</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every key of the window, by area, searchable (F1).</source>
        <translation>Kaikki ikkunan näppäimet alueittain, haettavissa (F1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
</context>
<context>
    <name>MatchReason</name>
    <message>
        <location filename="../../ui/client_list_model.py" line="+7"/>
        <source>phone number</source>
        <translation>puhelinnumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity code</source>
        <translation>henkilötunnus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>birth date</source>
        <translation>syntymäaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name begins so</source>
        <translation>nimen alku täsmää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>number begins so</source>
        <translation>numeron alku täsmää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>similar name</source>
        <translation>samankaltainen nimi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · served recently</source>
        <translation> · palveltu äskettäin</translation>
    </message>
</context>
<context>
    <name>NeedTagEditor</name>
    <message>
        <location filename="../../ui/need_tag_editor.py" line="+225"/>
        <source>Add a need</source>
        <translation>Lisää tarve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a need (e.g. asu, vuokra, velat) — Enter adds it</source>
        <translation>Kirjoita tarve (esim. asu, vuokra, velat) – Enter lisää sen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a need or an everyday word for it; Down chooses among the suggestions, Enter adds the need.</source>
        <translation>Kirjoita osa tarpeesta tai arkikielinen sana sille; alanuoli valitsee ehdotuksista, Enter lisää tarpeen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Need suggestions</source>
        <translation>Tarve-ehdotukset</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Needs tagged</source>
        <translation>Merkityt tarpeet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 met, 2 partly met, 3 unmet; Delete removes the need.</source>
        <translation>1 täyttyi, 2 täyttyi osittain, 3 ei täyttynyt; Delete poistaa tarpeen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Proposed by the services offered — Enter accepts (also in the empty need field), Delete dismisses:</source>
        <translation>Tarjottujen palvelujen ehdottamat – Enter hyväksyy (myös tyhjässä tarvekentässä), Delete hylkää:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Needs proposed by the services offered</source>
        <translation>Tarjottujen palvelujen ehdottamat tarpeet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the list: 1 met · 2 partly met · 3 unmet · Delete removes</source>
        <translation>Listassa: 1 täyttyi · 2 täyttyi osittain · 3 ei täyttynyt · Delete poistaa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Needs cannot be suggested: %1</source>
        <translation>Tarpeita ei voi ehdottaa: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” is tagged already.</source>
        <translation>”%1” on jo merkitty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An encounter has at most %1 needs; remove one first.</source>
        <translation>Asioinnissa voi olla enintään %1 tarvetta; poista ensin yksi.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — from %2</source>
        <translation>%1 – ehdottaja: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No need matches “%1”.</source>
        <translation>Mikään tarve ei vastaa hakua ”%1”.</translation>
    </message>
</context>
<context>
    <name>NeedTagModel</name>
    <message>
        <location line="-300"/>
        <source>Need</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>OutreachDialog</name>
    <message>
        <location filename="../../ui/outreach_readiness_dialog.py" line="+46"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing</source>
        <translation>Synkronoidaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>Ratkaise &amp;ristiriidat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolve conflicts</source>
        <translation>Ratkaise ristiriidat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch to &amp;outreach mode…</source>
        <translation>Vaihda &amp;jalkautumistilaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch to outreach mode</source>
        <translation>Vaihda jalkautumistilaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the event: encounters are then recorded as outreach and visitors tallied under the event.</source>
        <translation>Anna tapahtumalle nimi: asioinnit kirjataan silloin jalkautumisena ja kävijät tilastoidaan tapahtumalle.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prepare for an event</source>
        <translation>Valmistaudu tapahtumaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing with the CRM…</source>
        <translation>Synkronoidaan CRM:n kanssa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuvo sends what waits here, receives every change from the CRM and then checks that clients, consents and services are on this workstation. You can keep working meanwhile.</source>
        <translation>Neuvo lähettää täällä odottavat muutokset, vastaanottaa kaikki CRM:n muutokset ja tarkistaa sitten, että asiakkaat, suostumukset ja palvelut ovat tällä työasemalla. Voit jatkaa työtä sillä aikaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send everything</source>
        <translation>Lähetä kaikki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending everything to the CRM…</source>
        <translation>Lähetetään kaikki CRM:ään…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neuvo sends every change recorded here and then counts what still waits.</source>
        <translation>Neuvo lähettää kaikki täällä kirjatut muutokset ja laskee sitten, mitä vielä odottaa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The check could not be completed.</source>
        <translation>Tarkistusta ei voitu tehdä loppuun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Your changes are kept; try again in a moment.</source>
        <translation>%1 Muutoksesi säilyvät; yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 clients, %2 consents, %3 services, %4, %5 waiting</source>
        <translation>%1 asiakasta, %2 suostumusta, %3 palvelua, %4, %5 odottaa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>synced %1</source>
        <translation>synkronoitu %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never synced</source>
        <translation>ei koskaan synkronoitu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready for offline work: %1.</source>
        <translation>Valmis työskentelyyn ilman verkkoa: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup, consents, service search and need tagging work without network. After the event, choose CRM &gt; Send everything.</source>
        <translation>Asiakashaku, suostumukset, palveluhaku ja tarpeiden merkitseminen toimivat ilman verkkoa. Valitse tapahtuman jälkeen CRM &gt; Lähetä kaikki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not ready for offline work yet.</source>
        <translation>Ei vielä valmis työskentelyyn ilman verkkoa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this workstation: %1.</source>
        <translation>Tällä työasemalla: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign-in to the CRM is needed, so the latest changes could not be fetched.</source>
        <translation>CRM:ään on kirjauduttava, joten uusimpia muutoksia ei voitu hakea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not be reached, so the clients here may be out of date. Connect to the network and prepare again.</source>
        <translation>CRM:ään ei saatu yhteyttä, joten täällä olevat asiakastiedot voivat olla vanhentuneita. Yhdistä verkkoon ja valmistaudu uudelleen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no clients on this workstation.</source>
        <translation>Tällä työasemalla ei ole asiakkaita.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service catalogue is missing: import it before the event (Services &gt; Import services, or neuvo import-services).</source>
        <translation>Palveluluettelo puuttuu: tuo se ennen tapahtumaa (Palvelut &gt; Tuo palvelut tai neuvo import-services).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes are still waiting to be sent.</source>
        <translation>%1 muutosta odottaa vielä lähettämistä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes were refused by the CRM and wait for IT support.</source>
        <translation>CRM hylkäsi %1 muutosta; ne odottavat IT-tukea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>%1 conflicts wait for your decision.</source>
        <translation>%1 ristiriitaa odottaa päätöstäsi.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 sent, %2 waiting.</source>
        <translation>%1 lähetetty, %2 odottaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything recorded on this workstation is in the CRM.</source>
        <translation>Kaikki tällä työasemalla kirjattu on CRM:ssä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 changes were not sent in this run; they go with the next sync.</source>
        <translation>%1 muutosta ei lähetetty tällä kerralla; ne lähtevät seuraavassa synkronoinnissa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes wait on this workstation: they could not be sent.</source>
        <translation>%1 muutosta odottaa tällä työasemalla: niitä ei voitu lähettää.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changes were refused by the CRM; they are kept and wait for IT support.</source>
        <translation>CRM hylkäsi %1 muutosta; ne säilyvät ja odottavat IT-tukea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is lost. Choose Send everything again when the connection is back (Neuvo also tries by itself every few minutes).</source>
        <translation>Mitään ei menetetty. Valitse Lähetä kaikki uudelleen, kun yhteys palaa (Neuvo yrittää myös itse muutaman minuutin välein).</translation>
    </message>
</context>
<context>
    <name>OutreachTallyDialog</name>
    <message>
        <location filename="../../ui/outreach_tally.py" line="+89"/>
        <source>Outreach tally — %1</source>
        <translation>Kävijätilasto – %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outreach tally</source>
        <translation>Kävijätilasto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visitors at %1</source>
        <translation>Kävijät: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Visitors counted</source>
        <translation>Laskettuja kävijöitä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For each visitor press the numbers of the needs they asked about, then Enter (+1 visitor). Enter alone counts a visitor without a need. Backspace clears the numbers pressed. No names: each visitor is saved anonymously.</source>
        <translation>Paina kunkin kävijän kohdalla niiden tarpeiden numerot, joista hän kysyi, ja sitten Enter (+1 kävijä). Pelkkä Enter laskee kävijän ilman tarvetta. Askelpalautin tyhjentää painetut numerot. Ei nimiä: jokainen kävijä tallennetaan anonyymina.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Need %1</source>
        <translation>Tarve %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last visitor</source>
        <translation>Viimeisin kävijä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A visitor entered by mistake cannot be taken back: encounters are never changed or deleted. Tell your supervisor how many were extra.</source>
        <translation>Vahingossa kirjattua kävijää ei voi perua: asiointeja ei koskaan muuteta eikä poisteta. Kerro esihenkilöllesi, montako ylimääräistä kirjattiin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the tally</source>
        <translation>Sulje tilasto</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The count cannot be read: %1</source>
        <translation>Määrää ei voi lukea: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Need %1: %2</source>
        <translation>Tarve %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no need noted</source>
        <translation>ei tarvetta merkitty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Visitor %1 saved: %2.</source>
        <translation>✓ Kävijä %1 tallennettu: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>⚠ The last visitor was not saved: %1 Enter them again.</source>
        <translation>⚠ Viimeisintä kävijää ei tallennettu: %1 Kirjaa hänet uudelleen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 visitor today</source>
        <translation>1 kävijä tänään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 visitors today</source>
        <translation>%1 kävijää tänään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 entered with this tally since it was opened.</source>
        <translation>%1 kirjattu tällä tilastolla sen avaamisen jälkeen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This visitor: %1 — Enter saves</source>
        <translation>Tämä kävijä: %1 – Enter tallentaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next visitor: press the numbers of their needs, then Enter</source>
        <translation>Seuraava kävijä: paina hänen tarpeidensa numerot ja sitten Enter</translation>
    </message>
</context>
<context>
    <name>ServiceDetailsView</name>
    <message>
        <location filename="../../ui/service_details_view.py" line="+47"/>
        <source>Service details</source>
        <translation>Palvelun tiedot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a service from the results to see how to reach it.</source>
        <translation>Valitse palvelu tuloksista nähdäksesi, miten sitä voi käyttää.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to apply</source>
        <translation>Miten haetaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirements</source>
        <translation>Edellytykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 further channels are not in the imported catalogue.</source>
        <translation>%1 muuta asiointikanavaa ei ole tuodussa palveluluettelossa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Shown in %1: the service has no text in %2.</source>
        <translation>⚠ Näytetään kielellä %1: palvelulla ei ole tekstiä kielellä %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service point</source>
        <translation>Palvelupiste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone service</source>
        <translation>Puhelinpalvelu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online service</source>
        <translation>Verkkoasiointi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Lomake</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Web</source>
        <translation>Verkkosivu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accessibility</source>
        <translation>Saavutettavuus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>free of charge</source>
        <translation>maksuton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>call charge applies</source>
        <translation>puhelumaksu peritään</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>call price varies</source>
        <translation>puhelun hinta vaihtelee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service number: own call price</source>
        <translation>palvelunumero: oma puheluhinta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postal address</source>
        <translation>Postiosoite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visiting address</source>
        <translation>Käyntiosoite</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>not known</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(exceptional hours)</source>
        <translation>(poikkeusaukiolo)</translation>
    </message>
</context>
<context>
    <name>ServiceFiltersBar</name>
    <message>
        <location filename="../../ui/service_filters.py" line="+82"/>
        <source>Service filters</source>
        <translation>Palvelusuodattimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any service class</source>
        <translation>Mikä tahansa palveluluokka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service class</source>
        <translation>Palveluluokka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any life event</source>
        <translation>Mikä tahansa elämäntapahtuma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Life event</source>
        <translation>Elämäntapahtuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target group</source>
        <translation>Mikä tahansa kohderyhmä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target group</source>
        <translation>Kohderyhmä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any area</source>
        <translation>Mikä tahansa alue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area (municipality)</source>
        <translation>Alue (kunta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language the service is given in</source>
        <translation>Kieli, jolla palvelua annetaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Mikä tahansa kieli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Visit</source>
        <translation>&amp;Käynti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>&amp;Puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On&amp;line</source>
        <translation>&amp;Verkossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Op&amp;en now</source>
        <translation>Avoinna n&amp;yt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Life event:</source>
        <translation>Elämäntapahtuma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;unicipality:</source>
        <translation>K&amp;unta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given in:</source>
        <translation>Palvelun kieli:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Services with a place to visit.</source>
        <translation>Palvelut, joissa on käyntipaikka.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with a phone service.</source>
        <translation>Palvelut, joissa on puhelinpalvelu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with an online service or web page.</source>
        <translation>Palvelut, joissa on verkkoasiointi tai verkkosivu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Services with a place to visit or a phone service open right now.</source>
        <translation>Palvelut, joiden käyntipaikka tai puhelinpalvelu on avoinna juuri nyt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: visit</source>
        <translation>Kanava: käynti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel: phone</source>
        <translation>Kanava: puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel: online</source>
        <translation>Kanava: verkossa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open now</source>
        <translation>Avoinna nyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show services of every class, area and kind again.</source>
        <translation>Näytä taas kaikkien luokkien, alueiden ja lajien palvelut.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cl&amp;ass:</source>
        <translation>&amp;Luokka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target group:</source>
        <translation>K&amp;ohderyhmä:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>given in %1</source>
        <translation>kielellä %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visit</source>
        <translation>käynti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>online</source>
        <translation>verkossa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>open now</source>
        <translation>avoinna nyt</translation>
    </message>
</context>
<context>
    <name>ServiceImportDialog</name>
    <message>
        <location filename="../../ui/service_import_dialog.py" line="-235"/>
        <source>Import services</source>
        <translation>Tuo palvelut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import the national service catalogue (Suomi.fi PTV) from Open API JSON files: a file, or a folder of .json and .json.gz files. Services already imported are updated; nothing changes until the whole import has succeeded.
To import straight from the PTV API, run “neuvo import-services URL” on the command line.</source>
        <translation>Tuo valtakunnallinen palveluluettelo (Suomi.fi PTV) Open API -JSON-tiedostoista: tiedosto tai kansio, jossa on .json- ja .json.gz-tiedostoja. Jo tuodut palvelut päivitetään; mikään ei muutu ennen kuin koko tuonti on onnistunut.
Jos haluat tuoda suoraan PTV:n rajapinnasta, suorita komentorivillä ”neuvo import-services URL”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the national service catalogue (Suomi.fi PTV) from Open API JSON files (a file, or a folder of .json and .json.gz files) or straight from the PTV API. Services already imported are updated; nothing changes until the whole import has succeeded.</source>
        <translation>Tuo valtakunnallinen palveluluettelo (Suomi.fi PTV) Open API:n JSON-tiedostoista (tiedosto tai kansio, jossa on .json- ja .json.gz-tiedostoja) tai suoraan PTV-rajapinnasta. Jo tuodut palvelut päivitetään; mikään ei muutu ennen kuin koko tuonti on onnistunut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File or folder to import</source>
        <translation>Tuotava tiedosto tai kansio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PTV JSON file or a folder of them</source>
        <translation>PTV:n JSON-tiedosto tai kansio, jossa niitä on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File…</source>
        <translation>&amp;Tiedosto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a file</source>
        <translation>Valitse tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;older…</source>
        <translation>&amp;Kansio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisation (PTV id), optional</source>
        <translation>Organisaatio (PTV-tunniste), vapaaehtoinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: only this organisation&apos;s services (PTV id)</source>
        <translation>Vapaaehtoinen: vain tämän organisaation palvelut (PTV-tunniste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep services missing from this import (a partial file)</source>
        <translation>&amp;Säilytä palvelut, jotka puuttuvat tästä tuonnista (osittainen tiedosto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise the import is taken as the complete catalogue of its organisations, and their services missing from it are withdrawn.</source>
        <translation>Muuten tuonti katsotaan sen organisaatioiden koko palveluluetteloksi, ja niiden siitä puuttuvat palvelut poistetaan käytöstä.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import progress</source>
        <translation>Tuonnin edistyminen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import status</source>
        <translation>Tuonnin tila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import report</source>
        <translation>Tuontiraportti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import report appears here.</source>
        <translation>Tuontiraportti näkyy tässä.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Source:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>O&amp;rganisation:</source>
        <translation>&amp;Organisaatio:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>From &amp;JSON files</source>
        <translation>&amp;JSON-tiedostoista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from JSON files</source>
        <translation>Tuo JSON-tiedostoista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the PTV &amp;API</source>
        <translation>PTV-&amp;rajapinnasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import from the PTV API</source>
        <translation>Tuo PTV-rajapinnasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PTV API address</source>
        <translation>PTV-rajapinnan osoite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The base address of the PTV Open API, such as %1. Every page is fetched before anything is written.</source>
        <translation>PTV Open API:n perusosoite, esimerkiksi %1. Kaikki sivut haetaan ennen kuin mitään kirjoitetaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;PI address:</source>
        <translation>Rajapinnan osoit&amp;e:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a file or a folder to import first.</source>
        <translation>Valitse ensin tuotava tiedosto tai kansio.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The window imports files. To import from the PTV API, run “neuvo import-services %1” on the command line.</source>
        <translation>Ikkunassa tuodaan tiedostoja. Jos haluat tuoda PTV:n rajapinnasta, suorita komentorivillä ”neuvo import-services %1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importing %1 …</source>
        <translation>Tuodaan %1 …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the PTV API address, starting with https:// (for example %1).</source>
        <translation>Anna PTV-rajapinnan osoite, joka alkaa https:// (esimerkiksi %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fetching %1 … nothing is written until every page has arrived.</source>
        <translation>Haetaan %1 … mitään ei kirjoiteta ennen kuin kaikki sivut ovat saapuneet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>Perutaan… mitään ei muuteta.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import cancelled. The catalogue is as it was.</source>
        <translation>Tuonti peruttu. Palveluluettelo on ennallaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported: %1 services new, %2 updated, %3 withdrawn; %4 records skipped.</source>
        <translation>Tuotu: %1 uutta palvelua, %2 päivitetty, %3 poistettu käytöstä; %4 tietuetta ohitettu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was imported; the catalogue is as it was. %1</source>
        <translation>Mitään ei tuotu; palveluluettelo on ennallaan. %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading</source>
        <translation>Luetaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Indexing</source>
        <translation>Indeksoidaan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing</source>
        <translation>Kirjoitetaan</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel import</source>
        <translation>Peru tuonti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>ServiceMatch</name>
    <message>
        <location filename="../../ui/service_words.py" line="+6"/>
        <source>all words</source>
        <translation>kaikki sanat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some of the words</source>
        <translation>osa sanoista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>word beginnings</source>
        <translation>sanojen alut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>filters</source>
        <translation>suodattimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the name</source>
        <translation>nimessä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the description</source>
        <translation>kuvauksessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nationwide</source>
        <translation>valtakunnallinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in the client&apos;s municipality</source>
        <translation>asiakkaan kotikunnassa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open now</source>
        <translation>avoinna nyt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>given in %1</source>
        <translation>kielellä %1</translation>
    </message>
</context>
<context>
    <name>ServiceResultDelegate</name>
    <message>
        <location filename="../../ui/service_result_delegate.py" line="+44"/>
        <source>✓ Offered</source>
        <translation>✓ Tarjottu</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Matched: %1</source>
        <translation>Osuma: %1</translation>
    </message>
</context>
<context>
    <name>ServiceResultModel</name>
    <message>
        <location filename="../../ui/service_result_model.py" line="+97"/>
        <source>in %1</source>
        <translation>kielellä %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>offered</source>
        <translation>tarjottu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched: %1</source>
        <translation>Osuma: %1</translation>
    </message>
</context>
<context>
    <name>ServiceSearchPanel</name>
    <message>
        <location filename="../../ui/service_search_panel.py" line="+103"/>
        <source>Service search</source>
        <translation>Palveluhaku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A need or a service: toimeentulotuki, bostadsbidrag, debt…</source>
        <translation>Tarve tai palvelu: toimeentulotuki, bostadsbidrag, debt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a service</source>
        <translation>Hae palvelua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what the client needs, in Finnish, Swedish or English; inflected forms and everyday words work.
Down moves to the results; Esc clears. F3 comes back here.</source>
        <translation>Kirjoita, mitä asiakas tarvitsee, suomeksi, ruotsiksi tai englanniksi; taivutetut muodot ja arkisanat toimivat.
Alanuoli siirtää tuloksiin; Esc tyhjentää. F3 palaa tähän.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language of the results</source>
        <translation>Tulosten kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names and descriptions in this language (the client&apos;s, when a card is open). The hand-over is always in the client&apos;s language.</source>
        <translation>Nimet ja kuvaukset tällä kielellä (asiakkaan kielellä, kun kortti on auki). Palvelutiedot asiakkaalle ovat aina asiakkaan kielellä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>F&amp;ilters</source>
        <translation>&amp;Suodattimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+323"/>
        <source>Show filters</source>
        <translation>Näytä suodattimet</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Filters in use</source>
        <translation>Käytössä olevat suodattimet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search note</source>
        <translation>Hakuhuomautus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Services found</source>
        <translation>Löydetyt palvelut</translation>
    </message>
    <message>
        <location line="+117"/>
        <location line="+52"/>
        <source>Choose a service in the results first.</source>
        <translation>Valitse ensin palvelu tuloksista.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Copied the hand-over of %1 services in %2 to the clipboard.</source>
        <translation>Kopioitiin %1 palvelun tiedot kielellä %2 leikepöydälle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The PDF could not be saved: %1. Choose another folder.</source>
        <translation>PDF-tiedostoa ei voitu tallentaa: %1. Valitse toinen kansio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be written to %1. Choose another folder.</source>
        <translation>PDF-tiedostoa ei voitu kirjoittaa kohteeseen %1. Valitse toinen kansio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the hand-over to %1.</source>
        <translation>Palvelutiedot tallennettiin: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not fit on one page: hand over fewer services at a time.</source>
        <translation>Tiedot eivät mahtuneet yhdelle sivulle: anna asiakkaalle vähemmän palveluja kerralla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent the hand-over to the printer.</source>
        <translation>Palvelutiedot lähetettiin tulostimelle.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Offered to the client: %1.</source>
        <translation>Tarjottu asiakkaalle: %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+35"/>
        <source>Offer to client</source>
        <translation>Tarjoa asiakkaalle</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Mark the selected services as offered in this encounter (Ctrl+O).</source>
        <translation>Merkitse valitut palvelut tarjotuiksi tässä asioinnissa (Ctrl+O).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the selected services&apos; contact details in the client&apos;s language (Ctrl+Shift+C).</source>
        <translation>Kopioi valittujen palvelujen yhteystiedot asiakkaan kielellä (Ctrl+Shift+C).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a one-page hand-over as PDF (Ctrl+Shift+D).</source>
        <translation>Tallenna yhden sivun palvelutiedot PDF-tiedostona (Ctrl+Shift+D).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a one-page hand-over for the client (Ctrl+Shift+P).</source>
        <translation>Tulosta asiakkaalle yhden sivun palvelutiedot (Ctrl+Shift+P).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service:</source>
        <translation>Palvelu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in</source>
        <translation>kielellä</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copy the hand-over</source>
        <translation>Kopioi palvelutiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the hand-over as PDF</source>
        <translation>Tallenna palvelutiedot PDF-tiedostona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the hand-over</source>
        <translation>Tulosta palvelutiedot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand-over:</source>
        <translation>Palvelutiedot:</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Hide filters</source>
        <translation>Piilota suodattimet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Filtered: %1</source>
        <translation>Suodatettu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No filters</source>
        <translation>Ei suodattimia</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The filter lists could not be read: %1</source>
        <translation>Suodatinlistoja ei voitu lukea: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The service catalogue is empty. Import it with File → Import services… (PTV JSON files from Suomi.fi).</source>
        <translation>Palveluluettelo on tyhjä. Tuo se valikosta Tiedosto → Tuo palvelut… (PTV:n JSON-tiedostot Suomi.fi-palvelusta).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quotes, stars, brackets and words like OR or NEAR are read as plain words.</source>
        <translation>Lainausmerkit, tähdet, sulkeet ja sanat kuten OR tai NEAR luetaan tavallisina sanoina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the first %1 words are searched.</source>
        <translation>Vain %1 ensimmäistä sanaa haetaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also searched: %1</source>
        <translation>Haettiin myös: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No service matches. Try another word, or clear the filters.</source>
        <translation>Mikään palvelu ei vastaa hakua. Kokeile toista sanaa tai tyhjennä suodattimet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type what the client needs; %1 services in the catalogue.</source>
        <translation>Kirjoita, mitä asiakas tarvitsee; palveluluettelossa on %1 palvelua.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The search failed: %1</source>
        <translation>Haku epäonnistui: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a service from the results to see how to reach it.</source>
        <translation>Valitse palvelu tuloksista nähdäksesi, miten sitä voi käyttää.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This service is no longer in the catalogue.</source>
        <translation>Tätä palvelua ei enää ole palveluluettelossa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Hand-over in %1.</source>
        <translation>Palvelutiedot kielellä %1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/shortcuts_dialog.py" line="+59"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the shortcuts</source>
        <translation>Suodata pikanäppäimiä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a key, a word or an area: ctrl+k, need, consent…</source>
        <translation>Kirjoita näppäin, sana tai alue: ctrl+k, tarve, suostumus…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it does</source>
        <translation>Mitä tekee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shortcuts shown</source>
        <translation>Näytetyt pikanäppäimet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the shortcuts</source>
        <translation>Sulje pikanäppäimet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 of %2 shown</source>
        <translation>%1/%2 näytetään</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shortcuts</source>
        <translation>%1 pikanäppäintä</translation>
    </message>
</context>
<context>
    <name>SignalEditor</name>
    <message>
        <location filename="../../ui/signal_editor.py" line="+31"/>
        <source>Signal kind</source>
        <translation>Signaalin laji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signal text</source>
        <translation>Signaalin teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was missing or hard? (short, no names)</source>
        <translation>Mikä puuttui tai oli vaikeaa? (lyhyesti, ei nimiä)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signal severity</source>
        <translation>Signaalin vakavuus</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Add signal</source>
        <translation>Lisää signaali</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signals noted</source>
        <translation>Kirjatut signaalit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete removes the chosen signal.</source>
        <translation>Delete poistaa valitun signaalin.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An encounter has at most %1 signals.</source>
        <translation>Asioinnissa voi olla enintään %1 signaalia.</translation>
    </message>
</context>
<context>
    <name>SituationalPictureWindow</name>
    <message>
        <location filename="../../ui/situational_picture_window.py" line="+83"/>
        <source>Situational picture</source>
        <translation>Tilannekuva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First week</source>
        <translation>Ensimmäinen viikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week</source>
        <translation>Viimeinen viikko</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All channels</source>
        <translation>Kaikki kanavat</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Service point or event</source>
        <translation>Palvelupiste tai tapahtuma</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>All places</source>
        <translation>Kaikki paikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Area</source>
        <translation>Alue</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All areas</source>
        <translation>Kaikki alueet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Age band</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>All ages</source>
        <translation>Kaikki iät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Need</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All needs</source>
        <translation>Kaikki tarpeet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show</source>
        <translation>Nä&amp;ytä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the picture for this filter</source>
        <translation>Näytä tilannekuva tällä suodattimella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;All of the city</source>
        <translation>&amp;Koko kaupunki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the channel, place, area, age band and need (keeps the weeks).</source>
        <translation>Tyhjennä kanava, paikka, alue, ikäryhmä ja tarve (viikot säilyvät).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Situational picture status</source>
        <translation>Tilannekuvan tila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Situational picture totals</source>
        <translation>Tilannekuvan kokonaismäärät</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charts</source>
        <translation>Kaaviot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs by week</source>
        <translation>Tarpeet viikoittain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top needs over time</source>
        <translation>Yleisimmät tarpeet ajan mittaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most often unmet</source>
        <translation>Useimmin täyttymättä</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tables</source>
        <translation>Taulukot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weeks</source>
        <translation>Viikot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channels</source>
        <translation>Kanavat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Paikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Areas</source>
        <translation>Alueet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age bands</source>
        <translation>Ikäryhmät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top needs</source>
        <translation>Yleisimmät tarpeet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unmet</source>
        <translation>Ei täyttynyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signals</source>
        <translation>Signaalit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcomes</source>
        <translation>Lopputulokset</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export aggregates…</source>
        <translation>&amp;Vie koostetiedot…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the aggregates for the city&apos;s analytics as CSV or JSON, small counts suppressed (the export is written to the audit log).</source>
        <translation>Tallenna koostetiedot kaupungin analytiikkaa varten CSV- tai JSON-muodossa pienet luvut piilotettuina (vienti kirjataan käyttölokiin).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Computing… A need within a value, or three values at once, is counted from the encounters themselves: with a lot of encounters this takes a while.</source>
        <translation>Lasketaan… Tarve jonkin arvon sisällä tai kolme arvoa kerralla lasketaan suoraan asioinneista: kun asiointeja on paljon, tämä vie hetken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Computing…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Enter or a double-click narrows the picture to this row.</source>
        <translation>Enter tai kaksoisnapsautus rajaa tilannekuvan tähän riviin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Weeks:</source>
        <translation>V&amp;iikot:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Channel:</source>
        <translation>Ka&amp;nava:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ge band:</source>
        <translation>Ikä&amp;ryhmä:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Place:</source>
        <translation>&amp;Paikka:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Area:</source>
        <translation>A&amp;lue:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Need:</source>
        <translation>&amp;Tarve:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Counts only, never a person. Counts below %1 show as “&lt;%1” (and a second count is hidden where a total would give one away). Enter or a double-click on a row narrows the picture to it.</source>
        <translation>Vain lukumääriä, ei koskaan henkilöitä. Alle %1:n luvut näkyvät muodossa ”&lt;%1” (ja toinen luku piilotetaan, jos summasta voisi päätellä sen). Enter tai kaksoisnapsautus rivillä rajaa tilannekuvan siihen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The situational picture could not be computed: %1</source>
        <translation>Tilannekuvaa ei voitu laskea: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 encounters · %2 needs, %3 unmet%4 · %5 signals</source>
        <translation>%1 asiointia · %2 tarvetta, %3 täyttymättä%4 · %5 signaalia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the whole city</source>
        <translation>koko kaupunki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing %1, weeks %2.</source>
        <translation>Näytetään %1, viikot %2.</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <location filename="../../ui/startup_problem.py" line="+64"/>
        <source>Neuvo cannot start</source>
        <translation>Neuvoa ei voi käynnistää</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile folder: %1. Your IT support can help; Copy details copies this message for a support ticket.</source>
        <translation>Profiilikansio: %1. IT-tuki voi auttaa; Kopioi tiedot -painike kopioi tämän viestin tukipyyntöä varten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy status</source>
        <translation>Kopioinnin tila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy details</source>
        <translation>Kopioi tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the problem, the fix and the profile folder to the clipboard for a support ticket</source>
        <translation>Kopioi ongelman, korjausohjeen ja profiilikansion leikepöydälle tukipyyntöä varten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The details are on the clipboard.</source>
        <translation>Tiedot ovat leikepöydällä.</translation>
    </message>
</context>
<context>
    <name>StatusDelegate</name>
    <message>
        <location filename="../../ui/need_tag_editor.py" line="+70"/>
        <source>Need status</source>
        <translation>Tarpeen tila</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <location filename="../../ui/sync_log_dialog.py" line="+128"/>
        <source>Sync log</source>
        <translation>Synkronointiloki</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync summary</source>
        <translation>Synkronoinnin yhteenveto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reading the sync log…</source>
        <translation>Luetaan synkronointilokia…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync runs</source>
        <translation>Synkronoinnit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Syncing… the log shows the run when it ends.</source>
        <translation>Synkronoidaan… loki näyttää kerran, kun se päättyy.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sync with the CRM has run on this workstation yet.</source>
        <translation>Tällä työasemalla ei ole vielä synkronoitu CRM:n kanssa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync: %1.</source>
        <translation>Viimeisin onnistunut synkronointi: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sync has succeeded yet.</source>
        <translation>Yksikään synkronointi ei ole vielä onnistunut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes wait to be sent.</source>
        <translation>%1 muutosta odottaa lähettämistä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing waits to be sent.</source>
        <translation>Mikään ei odota lähettämistä.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 conflicts wait for your decision (CRM &gt; Conflicts).</source>
        <translation>%1 ristiriitaa odottaa päätöstäsi (CRM &gt; Ristiriidat).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sync log could not be read: %1</source>
        <translation>Synkronointilokia ei voitu lukea: %1</translation>
    </message>
</context>
<context>
    <name>SyncLogModel</name>
    <message>
        <location line="-125"/>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Lopputulos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Still running, or the program was closed during this sync; anything unsent is sent by the next one.</source>
        <translation>Käynnissä, tai ohjelma suljettiin tämän synkronoinnin aikana; lähettämättömät lähtevät seuraavassa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything went through.</source>
        <translation>Kaikki meni perille.</translation>
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
        <translation>&amp;Synkronoi nyt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;log…</source>
        <translation>Synkronointi&amp;loki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last syncs with the CRM and what went wrong, if anything.</source>
        <translation>Viimeisimmät synkronoinnit CRM:n kanssa ja mikä meni vikaan, jos jokin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Prepare for event…</source>
        <translation>&amp;Valmistaudu tapahtumaan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;everything</source>
        <translation>Lähetä &amp;kaikki</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Send this workstation&apos;s changes to the CRM and receive what changed there (F5).</source>
        <translation>Lähetä tämän työaseman muutokset CRM:ään ja vastaanota siellä tehdyt muutokset (F5).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Before an event without network: sync everything and check that clients, consents and services are on this workstation.</source>
        <translation>Ennen tapahtumaa ilman verkkoa: synkronoi kaikki ja tarkista, että asiakkaat, suostumukset ja palvelut ovat tällä työasemalla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After an event: send everything recorded here to the CRM and report what still waits.</source>
        <translation>Tapahtuman jälkeen: lähetä kaikki täällä kirjattu CRM:ään ja kerro, mikä vielä odottaa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conflicts (%1)…</source>
        <translation>&amp;Ristiriidat (%1)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Ristiriidat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changes made both here and in the CRM wait for your decision (Ctrl+Shift+K).</source>
        <translation>%1 sekä täällä että CRM:ssä tehtyä muutosta odottaa päätöstäsi (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts with the CRM to resolve (Ctrl+Shift+K).</source>
        <translation>Ei ratkaistavia ristiriitoja CRM:n kanssa (Ctrl+Shift+K).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to resolve the conflicts with the CRM.</source>
        <translation>Ratkaise ristiriidat CRM:n kanssa napsauttamalla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The sync with the CRM did not start on this workstation. Restart Neuvo; if it still does not start, tell IT support. Your changes are kept.</source>
        <translation>Synkronointi CRM:n kanssa ei käynnistynyt tällä työasemalla. Käynnistä Neuvo uudelleen; jos se ei vieläkään käynnisty, ota yhteyttä IT-tukeen. Muutoksesi säilyvät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This profile has no CRM connection, so Neuvo works locally only. IT support can add one ([crm] in profile.toml).</source>
        <translation>Tällä profiililla ei ole CRM-yhteyttä, joten Neuvo toimii vain paikallisesti. IT-tuki voi lisätä sen ([crm] tiedostossa profile.toml).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> · %1 conflicts to resolve</source>
        <translation> · %1 ristiriitaa ratkaistavana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CRM: syncing…</source>
        <translation>CRM: synkronoidaan…</translation>
    </message>
</context>
<context>
    <name>SyncOutcome</name>
    <message>
        <location filename="../../ui/app_messages.py" line="-43"/>
        <source>Everything sent and received</source>
        <translation>Kaikki lähetetty ja vastaanotettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent, but some changes were refused</source>
        <translation>Lähetetty, mutta osa muutoksista hylättiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CRM not reachable</source>
        <translation>CRM ei tavoitettavissa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in needed</source>
        <translation>Kirjautuminen tarvitaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed</source>
        <translation>Synkronointi epäonnistui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Pysäytetty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running or interrupted</source>
        <translation>Käynnissä tai keskeytynyt</translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message>
        <location line="+6"/>
        <source>Sign-in to the CRM is needed: the CRM no longer accepts this workstation&apos;s sign-in. Your changes are kept and are sent after you sign in.</source>
        <translation>CRM:ään on kirjauduttava: CRM ei enää hyväksy tämän työaseman kirjautumista. Muutoksesi säilyvät ja lähetetään, kun olet kirjautunut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM could not be reached (no network, or the CRM is down). Your changes are kept on this workstation and are sent when the connection is back.</source>
        <translation>CRM:ään ei saatu yhteyttä (ei verkkoa, tai CRM ei toimi). Muutoksesi säilyvät tällä työasemalla ja lähetetään, kun yhteys palaa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM asked Neuvo to slow down and did not recover in time. Your changes are kept; Neuvo tries again later.</source>
        <translation>CRM pyysi Neuvoa hidastamaan eikä toipunut ajoissa. Muutoksesi säilyvät; Neuvo yrittää myöhemmin uudelleen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM (or a network device before it) answered something Neuvo does not understand. Your changes are kept; if this repeats, tell IT support.</source>
        <translation>CRM (tai sen edessä oleva verkkolaite) vastasi jotain, mitä Neuvo ei ymmärrä. Muutoksesi säilyvät; jos tämä toistuu, ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM refused: this sign-in lacks a permission. Tell IT support; your changes are kept.</source>
        <translation>CRM kieltäytyi: tältä kirjautumiselta puuttuu käyttöoikeus. Ota yhteyttä IT-tukeen; muutoksesi säilyvät.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The CRM refused a change as invalid. The change is kept and marked; tell IT support.</source>
        <translation>CRM hylkäsi muutoksen virheellisenä. Muutos säilyy ja merkitään; ota yhteyttä IT-tukeen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sync stopped on an unexpected problem.</source>
        <translation>Synkronointi pysähtyi odottamattomaan ongelmaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sync was stopped before it could run; your changes are kept.</source>
        <translation>Synkronointi pysäytettiin ennen kuin se ehti käynnistyä; muutoksesi säilyvät.</translation>
    </message>
</context>
<context>
    <name>TallyKeypad</name>
    <message>
        <location filename="../../ui/outreach_tally.py" line="-199"/>
        <source>Visitor&apos;s needs: press their numbers, then Enter</source>
        <translation>Kävijän tarpeet: paina niiden numerot ja sitten Enter</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <location filename="../../ui/conflict_dialog.py" line="+16"/>
        <source>Edit %1</source>
        <translation>Muokkaa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problem with the value</source>
        <translation>Ongelma arvossa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the CRM:</source>
        <translation>CRM:ssä:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>dd.mm.yyyy</source>
        <translation>pp.kk.vvvv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New value:</source>
        <translation>&amp;Uusi arvo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save this value</source>
        <translation>&amp;Tallenna tämä arvo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write the birth date as dd.mm.yyyy, e.g. 31.1.1980.</source>
        <translation>Kirjoita syntymäaika muodossa pp.kk.vvvv, esim. 31.1.1980.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be empty.</source>
        <translation>%1 ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address (name@example.fi).</source>
        <translation>Tämä ei ole sähköpostiosoite (nimi@esimerkki.fi).</translation>
    </message>
</context>
<context>
    <name>WarningNotice</name>
    <message>
        <location filename="../../ui/warning_notice.py" line="+24"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
</context>
<context>
    <name>WorkstationMenu</name>
    <message>
        <location filename="../../ui/workstation_menu.py" line="+33"/>
        <source>At the &amp;counter</source>
        <translation>&amp;Asiointipisteessä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &amp;phone</source>
        <translation>&amp;Puhelimessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+83"/>
        <source>At an &amp;outreach event…</source>
        <translation>&amp;Jalkautumistapahtumassa…</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Name the event; its visitors are tallied under that name.</source>
        <translation>Anna tapahtumalle nimi; sen kävijät tilastoidaan tällä nimellä.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Outreach &amp;tally…</source>
        <translation>&amp;Kävijätilasto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count visitors and their needs at the event, anonymously (Ctrl+T).</source>
        <translation>Laske tapahtuman kävijät ja heidän tarpeensa anonyymisti (Ctrl+T).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save encounter (Ctrl+Enter in the panel)</source>
        <translation>&amp;Tallenna asiointi (Ctrl+Enter paneelissa)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outreach event</source>
        <translation>Jalkautumistapahtuma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the event (e.g. Kirjaston digitori):</source>
        <translation>Tapahtuman nimi (esim. Kirjaston digitori):</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <source>Workstation mode</source>
        <translation>Työaseman tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mode could not be kept in the profile (%1); it applies until Neuvo closes.</source>
        <translation>Tilaa ei voitu tallentaa profiiliin (%1); se on voimassa, kunnes Neuvo suljetaan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Outreach tally</source>
        <translation>Kävijätilasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tally counts visitors at an outreach event. Choose Workstation → At an outreach event… first and name the event.</source>
        <translation>Kävijätilasto laskee jalkautumistapahtuman kävijöitä. Valitse ensin Työasema → Jalkautumistapahtumassa… ja anna tapahtumalle nimi.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>At an &amp;outreach event: %1…</source>
        <translation>&amp;Jalkautumistapahtumassa: %1…</translation>
    </message>
</context>
</TS>
