<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Aktenwerk</source>
        <translation>Aktenwerk</translation>
    </message>
    <message>
        <source>Received into the inbox: %1</source>
        <translation>In den Posteingang übernommen: %1</translation>
    </message>
    <message>
        <source>Quarantined: %1 – %2</source>
        <translation>In Quarantäne: %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>Nur &amp;lesen</translation>
    </message>
    <message>
        <source>Open the store without choosing a user: you can look, not change.</source>
        <translation>Den Speicher ohne Benutzer öffnen: Sie können ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>No proceeding or case file has the reference “%1”.</source>
        <translation>Kein Vorgang und keine Akte hat das Aktenzeichen „%1“.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Someone else changed the proceeding “%1” meanwhile. Reload it and try again.</source>
        <translation>Jemand anderes hat den Vorgang „%1“ inzwischen geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The central store refused the change: %1</source>
        <translation>Der zentrale Speicher hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The central store does not know the record, or it is not yours to see: %1</source>
        <translation>Der zentrale Speicher kennt den Eintrag nicht, oder er ist für Sie nicht sichtbar: %1</translation>
    </message>
    <message>
        <source>The central store has this reference already: %1</source>
        <translation>Dieses Aktenzeichen gibt es im zentralen Speicher schon: %1</translation>
    </message>
    <message>
        <source>The central store cannot take this change: %1</source>
        <translation>Der zentrale Speicher kann diese Änderung nicht annehmen: %1</translation>
    </message>
    <message>
        <source>The central store cannot be reached: %1</source>
        <translation>Der zentrale Speicher ist nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>aw::casework::CaseFileService</name>
    <message>
        <source>A case file needs a subject.</source>
        <translation>Eine Akte braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The reference “%1” is already taken. Check the reference pattern in the settings.</source>
        <translation>Das Aktenzeichen „%1“ ist bereits vergeben. Prüfen Sie das Aktenzeichenmuster in den Einstellungen.</translation>
    </message>
    <message>
        <source>The case file “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>Die Akte „%1“ wurde inzwischen geändert. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>The case file “%1” still has %n open proceeding(s). Close them first.</source>
        <translation>
            <numerusform>Die Akte „%1“ hat noch %n offenen Vorgang. Schließen Sie ihn zuerst ab.</numerusform>
            <numerusform>Die Akte „%1“ hat noch %n offene Vorgänge. Schließen Sie diese zuerst ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aw::casework::Demo</name>
    <message>
        <source>The store already holds case files; the demo office is only seeded into an empty store.</source>
        <translation>Der Speicher enthält bereits Akten; das Demo-Amt wird nur in einen leeren Speicher eingespielt.</translation>
    </message>
</context>
<context>
    <name>aw::casework::DocumentService</name>
    <message>
        <source>A document version needs a file name.</source>
        <translation>Eine Dokumentversion braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>Ein Dokument braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>aw::casework::FilePlanService</name>
    <message>
        <source>the retention period “%1” is not a number of years or “dauernd”</source>
        <translation>die Aufbewahrungsfrist „%1“ ist weder eine Zahl von Jahren noch „dauernd“</translation>
    </message>
    <message>
        <source>“%1” is not a valid file plan code (digits or letters in groups separated by dots, e.g. 123.30).</source>
        <translation>„%1“ ist kein gültiges Aktenplankennzeichen (Ziffern oder Buchstaben in durch Punkte getrennten Gruppen, z. B. 123.30).</translation>
    </message>
    <message>
        <source>A file plan entry needs a title.</source>
        <translation>Ein Aktenplaneintrag braucht einen Titel.</translation>
    </message>
    <message>
        <source>The file plan already has an entry “%1”.</source>
        <translation>Der Aktenplan enthält bereits einen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Zeile %1: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>expected 4 fields (code;title;retentionYears;disposal), found %1</source>
        <translation>erwartet werden 4 Felder (Kennzeichen;Titel;Aufbewahrungsjahre;Aussonderungsart), gefunden %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid file plan code</source>
        <translation>„%1“ ist kein gültiges Aktenplankennzeichen</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>der Titel ist leer</translation>
    </message>
    <message>
        <source>the disposal decision “%1” is not A, V or B</source>
        <translation>die Aussonderungsart „%1“ ist nicht A, V oder B</translation>
    </message>
    <message>
        <source>the code “%1” already appears in line %2</source>
        <translation>das Kennzeichen „%1“ steht bereits in Zeile %2</translation>
    </message>
    <message>
        <source>The file contains no file plan entries.</source>
        <translation>Die Datei enthält keine Aktenplaneinträge.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a file plan is far smaller. Is it the right file?</source>
        <translation>Die Datei ist größer als %1 MB; ein Aktenplan ist viel kleiner. Ist es die richtige Datei?</translation>
    </message>
</context>
<context>
    <name>aw::casework::NoteService</name>
    <message>
        <source>Notes and resubmissions belong to a case file or a proceeding, not to “%1”.</source>
        <translation>Vermerke und Wiedervorlagen gehören zu einer Akte oder einem Vorgang, nicht zu „%1“.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Der Vermerk ist leer.</translation>
    </message>
    <message>
        <source>A resubmission needs a valid date.</source>
        <translation>Eine Wiedervorlage braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>A resubmission can only be set for members of the unit that owns the file.</source>
        <translation>Eine Wiedervorlage kann nur für Mitglieder der federführenden Einheit gesetzt werden.</translation>
    </message>
    <message>
        <source>This resubmission belongs to someone else.</source>
        <translation>Diese Wiedervorlage gehört einer anderen Person.</translation>
    </message>
</context>
<context>
    <name>aw::casework::OrgService</name>
    <message>
        <source>“%1” is not a valid login (lower-case letters, digits, dot, dash).</source>
        <translation>„%1“ ist keine gültige Kennung (Kleinbuchstaben, Ziffern, Punkt, Bindestrich).</translation>
    </message>
    <message>
        <source>This store already has users; sign in as one of them.</source>
        <translation>Dieser Speicher hat bereits Benutzer; melden Sie sich als einer von ihnen an.</translation>
    </message>
    <message>
        <source>A unit needs a code and a name.</source>
        <translation>Eine Organisationseinheit braucht ein Kürzel und einen Namen.</translation>
    </message>
    <message>
        <source>There is already a unit with the code “%1”.</source>
        <translation>Es gibt bereits eine Organisationseinheit mit dem Kürzel „%1“.</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>Es gibt bereits einen Benutzer „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::casework::ProceedingService</name>
    <message>
        <source>This user account is deactivated and cannot be given work.</source>
        <translation>Dieses Benutzerkonto ist deaktiviert; ihm kann keine Arbeit zugewiesen werden.</translation>
    </message>
    <message>
        <source>The assignee is not a member of the unit that owns the case file.</source>
        <translation>Die bearbeitende Person gehört nicht zur federführenden Organisationseinheit der Akte.</translation>
    </message>
    <message>
        <source>A proceeding needs a subject.</source>
        <translation>Ein Vorgang braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The case file “%1” is closed; reopen the case file first.</source>
        <translation>Die Akte „%1“ ist abgeschlossen; öffnen Sie zuerst die Akte wieder.</translation>
    </message>
    <message>
        <source>The subject is too long: at most %1 characters, this one has %2.</source>
        <translation>Der Betreff ist zu lang: höchstens %1 Zeichen, dieser hat %2.</translation>
    </message>
    <message>
        <source>The proceeding “%1” is already in the case file “%2”.</source>
        <translation>Der Vorgang „%1“ liegt bereits in der Akte „%2“.</translation>
    </message>
    <message>
        <source>The proceeding “%1” is closed (zdA); only open proceedings can be moved.</source>
        <translation>Der Vorgang „%1“ ist abgeschlossen (zdA); nur offene Vorgänge können verschoben werden.</translation>
    </message>
    <message>
        <source>The case file “%1” is closed (zdA); its proceedings cannot be moved.</source>
        <translation>Die Akte „%1“ ist abgeschlossen (zdA); ihre Vorgänge können nicht verschoben werden.</translation>
    </message>
    <message>
        <source>The case file “%1” is closed (zdA); proceedings can only be moved into open case files.</source>
        <translation>Die Akte „%1“ ist abgeschlossen (zdA); Vorgänge können nur in offene Akten verschoben werden.</translation>
    </message>
    <message>
        <source>You may not move the proceeding “%1”: %2</source>
        <translation>Sie dürfen den Vorgang „%1“ nicht verschieben: %2</translation>
    </message>
    <message>
        <source>You may not move proceedings into the case file “%1”: %2</source>
        <translation>Sie dürfen keine Vorgänge in die Akte „%1“ verschieben: %2</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::Certificate</name>
    <message>
        <source>The entry %1 names no child: a certificate needs the person it is about.</source>
        <translation>Der Eintrag %1 nennt kein Kind: Eine Urkunde braucht die Person, um die es geht.</translation>
    </message>
    <message>
        <source>The entry %1 names no deceased person: a certificate needs the person it is about.</source>
        <translation>Der Eintrag %1 nennt keine verstorbene Person: Eine Urkunde braucht die Person, um die es geht.</translation>
    </message>
    <message>
        <source>The entry %1 does not name both spouses: a certificate needs both.</source>
        <translation>Der Eintrag %1 nennt nicht beide Ehegatten: Eine Urkunde braucht beide.</translation>
    </message>
    <message>
        <source>The entry %1 does not name both partners: a certificate needs both.</source>
        <translation>Der Eintrag %1 nennt nicht beide Lebenspartner: Eine Urkunde braucht beide.</translation>
    </message>
    <message>
        <source>Certificates can only be made in a graphical application (fonts are needed).</source>
        <translation>Urkunden können nur in einer grafischen Anwendung erstellt werden (dafür werden Schriftarten benötigt).</translation>
    </message>
    <message>
        <source>The certificate has no issuing office.</source>
        <translation>Die Urkunde hat kein ausstellendes Standesamt.</translation>
    </message>
    <message>
        <source>The certificate has no valid date of issue.</source>
        <translation>Die Urkunde hat kein gültiges Ausstellungsdatum.</translation>
    </message>
    <message>
        <source>The register entry has no register number.</source>
        <translation>Der Registereintrag hat keine Registernummer.</translation>
    </message>
    <message>
        <source>A birth certificate cannot be made from an entry of the %1: it needs an entry of the %2.</source>
        <translation>Aus einem Eintrag im %1 kann keine Geburtsurkunde ausgestellt werden: Dafür ist ein Eintrag im %2 nötig.</translation>
    </message>
    <message>
        <source>A marriage certificate cannot be made from an entry of the %1: it needs an entry of the %2.</source>
        <translation>Aus einem Eintrag im %1 kann keine Eheurkunde ausgestellt werden: Dafür ist ein Eintrag im %2 nötig.</translation>
    </message>
    <message>
        <source>A civil partnership certificate cannot be made from an entry of the %1: it needs an entry of the %2.</source>
        <translation>Aus einem Eintrag im %1 kann keine Lebenspartnerschaftsurkunde ausgestellt werden: Dafür ist ein Eintrag im %2 nötig.</translation>
    </message>
    <message>
        <source>A death certificate cannot be made from an entry of the %1: it needs an entry of the %2.</source>
        <translation>Aus einem Eintrag im %1 kann keine Sterbeurkunde ausgestellt werden: Dafür ist ein Eintrag im %2 nötig.</translation>
    </message>
    <message>
        <source>Unknown kind of certificate.</source>
        <translation>Unbekannte Urkundenart.</translation>
    </message>
    <message>
        <source>The certificate cannot be written: no buffer.</source>
        <translation>Die Urkunde kann nicht geschrieben werden: kein Puffer.</translation>
    </message>
    <message>
        <source>The certificate cannot be written: the PDF could not be started.</source>
        <translation>Die Urkunde kann nicht geschrieben werden: Das PDF ließ sich nicht beginnen.</translation>
    </message>
    <message>
        <source>The certificate cannot be written: no new page.</source>
        <translation>Die Urkunde kann nicht geschrieben werden: keine neue Seite.</translation>
    </message>
    <message>
        <source>The certificate cannot be written: the PDF could not be finished.</source>
        <translation>Die Urkunde kann nicht geschrieben werden: Das PDF ließ sich nicht abschließen.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::CertificateRequest</name>
    <message>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>query to requester</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>versandt</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>abgeholt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::CertificateRequests</name>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the document: %1</source>
        <translation>Kein temporärer Ordner für das Dokument: %1</translation>
    </message>
    <message>
        <source>The fee schedule “%1” cannot be used: %2</source>
        <translation>Das Gebührenverzeichnis „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The request was changed meanwhile by someone else. Reload it and try again.</source>
        <translation>Die Urkundenanforderung wurde inzwischen von jemand anderem geändert. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The request is already %1; it can no longer be changed.</source>
        <translation>Die Urkundenanforderung hat bereits den Status „%1“; sie kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Enter the requester&apos;s family name.</source>
        <translation>Geben Sie den Familiennamen der antragstellenden Person ein.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and 20.</source>
        <translation>Die Anzahl der Ausfertigungen muss zwischen 1 und 20 liegen.</translation>
    </message>
    <message>
        <source>“Without parents” applies only to a birth certificate.</source>
        <translation>„Ohne Angabe der Eltern“ gibt es nur bei einer Geburtsurkunde.</translation>
    </message>
    <message>
        <source>Certificate request %1</source>
        <translation>Urkundenanforderung %1</translation>
    </message>
    <message>
        <source>The certificate is already issued.</source>
        <translation>Die Urkunde ist bereits ausgestellt.</translation>
    </message>
    <message>
        <source>Write down why you decide so (at least a sentence); it is kept in the file&apos;s audit trail.</source>
        <translation>Begründen Sie Ihre Entscheidung (mindestens ein Satz); die Begründung wird im Protokoll der Akte festgehalten.</translation>
    </message>
    <message>
        <source>Here the law leaves nothing to decide: %1</source>
        <translation>Hier lässt das Gesetz keinen Entscheidungsspielraum: %1</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>Geben Sie den gezahlten Betrag ein.</translation>
    </message>
    <message>
        <source>A request that is %1 cannot be set to %2.</source>
        <translation>Eine Urkundenanforderung mit dem Status „%1“ kann nicht auf „%2“ gesetzt werden.</translation>
    </message>
    <message>
        <source>Write down what you ask the requester.</source>
        <translation>Schreiben Sie auf, was Sie die antragstellende Person fragen.</translation>
    </message>
    <message>
        <source>No register entry has been chosen yet.</source>
        <translation>Es wurde noch kein Registereintrag ausgewählt.</translation>
    </message>
    <message>
        <source>Choose the register entry the request is about.</source>
        <translation>Wählen Sie den Registereintrag, auf den sich die Urkundenanforderung bezieht.</translation>
    </message>
    <message>
        <source>Decide on the entitlement and note why.</source>
        <translation>Entscheiden Sie über die Berechtigung und begründen Sie die Entscheidung.</translation>
    </message>
    <message>
        <source>You decided the requester is not entitled: refuse the request.</source>
        <translation>Sie haben entschieden, dass die antragstellende Person nicht berechtigt ist: Lehnen Sie die Urkundenanforderung ab.</translation>
    </message>
    <message>
        <source>The requester is not entitled: refuse the request.</source>
        <translation>Die antragstellende Person ist nicht berechtigt: Lehnen Sie die Urkundenanforderung ab.</translation>
    </message>
    <message>
        <source>The entry is held by the archive: refer the request to it.</source>
        <translation>Der Eintrag liegt beim Archiv: Verweisen Sie die Urkundenanforderung an das Archiv.</translation>
    </message>
    <message>
        <source>The fee of %1 is not paid yet (received: %2).</source>
        <translation>Die Gebühr von %1 ist noch nicht bezahlt (gezahlt: %2).</translation>
    </message>
    <message>
        <source>The certificate has already been issued.</source>
        <translation>Die Urkunde wurde bereits ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate cannot be issued yet:
%1</source>
        <translation>Die Urkunde kann noch nicht ausgestellt werden:
%1</translation>
    </message>
    <message>
        <source>Write down the reason of the refusal (at least a sentence); the letter gives it to the requester.</source>
        <translation>Geben Sie den Grund der Ablehnung an (mindestens ein Satz); der Bescheid teilt ihn der antragstellenden Person mit.</translation>
    </message>
    <message>
        <source>The certificate is already issued; it can no longer be refused.</source>
        <translation>Die Urkunde ist bereits ausgestellt; die Urkundenanforderung kann nicht mehr abgelehnt werden.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::Entitlement</name>
    <message>
        <source>a birth certificate</source>
        <translation>eine Geburtsurkunde</translation>
    </message>
    <message>
        <source>a marriage certificate</source>
        <translation>eine Eheurkunde</translation>
    </message>
    <message>
        <source>a partnership certificate</source>
        <translation>eine Lebenspartnerschaftsurkunde</translation>
    </message>
    <message>
        <source>a death certificate</source>
        <translation>eine Sterbeurkunde</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>eine Urkunde</translation>
    </message>
    <message>
        <source>No interest was stated.</source>
        <translation>Es wurde kein Interesse angegeben.</translation>
    </message>
    <message>
        <source>A legitimate interest is not enough.</source>
        <translation>Ein berechtigtes Interesse genügt nicht.</translation>
    </message>
    <message>
        <source>The entry has a blocking note for a change of the sex entry or the first names.</source>
        <translation>Der Eintrag hat einen Sperrvermerk wegen einer Änderung des Geschlechtseintrags oder der Vornamen.</translation>
    </message>
    <message>
        <source>The person concerned and their legal representative still receive certificates.</source>
        <translation>Die betroffene Person und ihre gesetzliche Vertretung erhalten weiterhin Urkunden.</translation>
    </message>
    <message>
        <source>Spouses, registered partners, ancestors and descendants receive a certificate only with a legal interest made credible.</source>
        <translation>Ehegatten, Lebenspartner, Vorfahren und Abkömmlinge erhalten eine Urkunde nur, wenn sie ein rechtliches Interesse glaubhaft machen.</translation>
    </message>
    <message>
        <source>Decide whether it has been, and note why.</source>
        <translation>Entscheiden Sie, ob dies geschehen ist, und begründen Sie die Entscheidung.</translation>
    </message>
    <message>
        <source>Only the person concerned, their legal representative and, with a legal interest made credible, spouses, registered partners, ancestors and descendants may receive a certificate; siblings and other persons may not.</source>
        <translation>Nur die betroffene Person, ihre gesetzliche Vertretung und – bei glaubhaft gemachtem rechtlichem Interesse – Ehegatten, Lebenspartner, Vorfahren und Abkömmlinge dürfen eine Urkunde erhalten; Geschwister und andere Personen nicht.</translation>
    </message>
    <message>
        <source>The entry has a blocking note for an adoption.</source>
        <translation>Der Eintrag hat einen Sperrvermerk wegen einer Annahme als Kind (Adoption).</translation>
    </message>
    <message>
        <source>The person concerned, their legal representative and their ancestors as the entry now records them (the adoptive parents and their parents) receive certificates.</source>
        <translation>Die betroffene Person, ihre gesetzliche Vertretung und ihre Vorfahren, wie sie der Eintrag jetzt ausweist (die Adoptiveltern und deren Eltern), erhalten Urkunden.</translation>
    </message>
    <message>
        <source>Spouses, registered partners and descendants receive a certificate only with a legal interest made credible.</source>
        <translation>Ehegatten, Lebenspartner und Abkömmlinge erhalten eine Urkunde nur, wenn sie ein rechtliches Interesse glaubhaft machen.</translation>
    </message>
    <message>
        <source>Only the person concerned, their legal representative, the adoptive parents and their parents and, with a legal interest made credible, spouses, registered partners and descendants may receive a certificate. Siblings, the birth parents and other persons may not.</source>
        <translation>Nur die betroffene Person, ihre gesetzliche Vertretung, die Adoptiveltern und deren Eltern sowie – bei glaubhaft gemachtem rechtlichem Interesse – Ehegatten, Lebenspartner und Abkömmlinge dürfen eine Urkunde erhalten. Geschwister, die leiblichen Eltern und andere Personen nicht.</translation>
    </message>
    <message>
        <source>The person concerned receives certificates from their own entry.</source>
        <translation>Die betroffene Person erhält Urkunden aus ihrem eigenen Eintrag.</translation>
    </message>
    <message>
        <source>The legal representative receives certificates for the person concerned.</source>
        <translation>Die gesetzliche Vertretung erhält Urkunden für die betroffene Person.</translation>
    </message>
    <message>
        <source>Spouses of a person concerned are entitled to certificates.</source>
        <translation>Ehegatten einer betroffenen Person sind berechtigt, Urkunden zu erhalten.</translation>
    </message>
    <message>
        <source>Registered partners of a person concerned are entitled to certificates.</source>
        <translation>Lebenspartner einer betroffenen Person sind berechtigt, Urkunden zu erhalten.</translation>
    </message>
    <message>
        <source>Ancestors of a person concerned (parents, grandparents …) are entitled to certificates.</source>
        <translation>Vorfahren einer betroffenen Person (Eltern, Großeltern …) sind berechtigt, Urkunden zu erhalten.</translation>
    </message>
    <message>
        <source>Descendants of a person concerned (children, grandchildren …) are entitled to certificates.</source>
        <translation>Abkömmlinge einer betroffenen Person (Kinder, Enkel …) sind berechtigt, Urkunden zu erhalten.</translation>
    </message>
    <message>
        <source>Siblings may receive %1 only with a legitimate interest made credible.</source>
        <translation>Geschwister erhalten %1 nur, wenn sie ein berechtigtes Interesse glaubhaft machen.</translation>
    </message>
    <message>
        <source>For marriage and partnership entries siblings count as other persons.</source>
        <translation>Bei Ehe- und Lebenspartnerschaftseinträgen gelten Geschwister als andere Personen.</translation>
    </message>
    <message>
        <source>Other persons may receive %1 only with a legal interest made credible.</source>
        <translation>Andere Personen erhalten %1 nur, wenn sie ein rechtliches Interesse glaubhaft machen.</translation>
    </message>
    <message>
        <source>The last person concerned died on %1, more than %2 years ago, so a legitimate interest made credible suffices for %3.</source>
        <translation>Die zuletzt verstorbene betroffene Person ist am %1 gestorben, vor mehr als %2 Jahren; daher genügt für %3 ein glaubhaft gemachtes berechtigtes Interesse.</translation>
    </message>
    <message>
        <source>A legitimate interest suffices only from %1, 30 years after the death of the last person concerned.</source>
        <translation>Ein berechtigtes Interesse genügt erst ab dem %1, 30 Jahre nach dem Tod der zuletzt verstorbenen betroffenen Person.</translation>
    </message>
    <message>
        <source>A legitimate interest suffices only 30 years after the death of the last person concerned, and not all of them are known to have died.</source>
        <translation>Ein berechtigtes Interesse genügt erst 30 Jahre nach dem Tod der zuletzt verstorbenen betroffenen Person, und es ist nicht von allen betroffenen Personen bekannt, dass sie verstorben sind.</translation>
    </message>
    <message>
        <source>The entry has an information block (Auskunftssperre), however: the person concerned must be heard first. Then decide, and note why.</source>
        <translation>Der Eintrag hat jedoch eine Auskunftssperre: Die betroffene Person muss zuerst angehört werden. Entscheiden Sie danach und begründen Sie die Entscheidung.</translation>
    </message>
    <message>
        <source>The entry also has an information block (Auskunftssperre): hear the person concerned first.</source>
        <translation>Der Eintrag hat außerdem eine Auskunftssperre: Hören Sie zuerst die betroffene Person an.</translation>
    </message>
    <message>
        <source>The entry is past its retention period of %1 years and is held by the archive. Forward the request to the archive.</source>
        <translation>Die Fortführungsfrist des Eintrags von %1 Jahren ist abgelaufen; der Eintrag liegt beim Archiv. Leiten Sie die Urkundenanforderung an das Archiv weiter.</translation>
    </message>
    <message>
        <source>The requester is %1 years old. Before their 16th birthday only their legal representative may apply for certificates.</source>
        <translation>Die antragstellende Person ist %1 Jahre alt. Vor Vollendung des 16. Lebensjahres darf nur ihre gesetzliche Vertretung Urkunden beantragen.</translation>
    </message>
    <message>
        <source>An authority or court receives certificates only for its tasks. Ask it to state the task it needs the certificate for.</source>
        <translation>Eine Behörde oder ein Gericht erhält Urkunden nur zur Erfüllung ihrer Aufgaben. Bitten Sie darum, die Aufgabe anzugeben, für die die Urkunde benötigt wird.</translation>
    </message>
    <message>
        <source>Authorities and courts receive certificates for the tasks they have stated; blocking notes on the entry do not stand in the way. Note the task in the file.</source>
        <translation>Behörden und Gerichte erhalten Urkunden für die angegebenen Aufgaben; Sperrvermerke im Eintrag stehen dem nicht entgegen. Vermerken Sie die Aufgabe in der Akte.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Gesetzliche Vertretung</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Ehegatte</translation>
    </message>
    <message>
        <source>Registered partner</source>
        <translation>Lebenspartner</translation>
    </message>
    <message>
        <source>Ancestor</source>
        <translation>Vorfahre</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>Abkömmling</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Geschwister</translation>
    </message>
    <message>
        <source>Authority or court</source>
        <translation>Behörde oder Gericht</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Andere Person</translation>
    </message>
    <message>
        <source>No interest stated</source>
        <translation>Kein Interesse angegeben</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Berechtigtes Interesse</translation>
    </message>
    <message>
        <source>Legal interest</source>
        <translation>Rechtliches Interesse</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Berechtigt</translation>
    </message>
    <message>
        <source>Clerk decides</source>
        <translation>Entscheidung der Sachbearbeitung nötig</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Refer to the archive</source>
        <translation>An das Archiv verweisen</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::FeeSchedule</name>
    <message>
        <source>the field “%1” is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>“%1” must be an amount in quotes, such as &quot;12.00&quot; (numbers are not accepted)</source>
        <translation>„%1“ muss ein Betrag in Anführungszeichen sein, etwa &quot;12.00&quot; (Zahlen werden nicht angenommen)</translation>
    </message>
    <message>
        <source>“%1” is “%2”: amounts must not be negative</source>
        <translation>„%1“ ist „%2“: Beträge dürfen nicht negativ sein</translation>
    </message>
    <message>
        <source>“%1” is “%2”: write amounts with a decimal point, such as &quot;12.00&quot;</source>
        <translation>„%1“ ist „%2“: Schreiben Sie Beträge mit Dezimalpunkt, etwa &quot;12.00&quot;</translation>
    </message>
    <message>
        <source>“%1” is “%2”, not an amount such as &quot;12.00&quot;</source>
        <translation>„%1“ ist „%2“ und kein Betrag wie &quot;12.00&quot;</translation>
    </message>
    <message>
        <source>“%1” is “%2”: at most two decimals (whole cents)</source>
        <translation>„%1“ ist „%2“: höchstens zwei Nachkommastellen (ganze Cent)</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which is too large</source>
        <translation>„%1“ ist „%2“; das ist zu groß</translation>
    </message>
    <message>
        <source>Fee schedule, rate %1: %2</source>
        <translation>Gebührenverzeichnis, Gebührensatz %1: %2</translation>
    </message>
    <message>
        <source>must be an object with type, first, further and validFrom</source>
        <translation>muss ein Objekt mit type, first, further und validFrom sein</translation>
    </message>
    <message>
        <source>“%1” must be text, one of %2</source>
        <translation>„%1“ muss Text sein, einer der Werte %2</translation>
    </message>
    <message>
        <source>unknown certificate type “%1”; known types are %2</source>
        <translation>unbekannte Urkundenart „%1“; bekannt sind %2</translation>
    </message>
    <message>
        <source>“%1” must be a date written as YYYY-MM-DD, such as &quot;2024-01-01&quot;</source>
        <translation>„%1“ muss ein Datum in der Form JJJJ-MM-TT sein, etwa &quot;2024-01-01&quot;</translation>
    </message>
    <message>
        <source>The fee schedule is not valid JSON: %1 at character %2</source>
        <translation>Das Gebührenverzeichnis ist kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>The fee schedule must be a JSON object with a list “%1” of rates.</source>
        <translation>Das Gebührenverzeichnis muss ein JSON-Objekt mit einer Liste „%1“ von Gebührensätzen sein.</translation>
    </message>
    <message>
        <source>The fee schedule lists no rates.</source>
        <translation>Das Gebührenverzeichnis enthält keine Gebührensätze.</translation>
    </message>
    <message>
        <source>Fee schedule, rate %1: rate %2 already sets “%3” from %4</source>
        <translation>Gebührenverzeichnis, Gebührensatz %1: Gebührensatz %2 legt „%3“ bereits ab %4 fest</translation>
    </message>
    <message>
        <source>The fee schedule “%1” is not a readable file.</source>
        <translation>Das Gebührenverzeichnis „%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The fee schedule “%1” cannot be read: %2</source>
        <translation>Das Gebührenverzeichnis „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The fee schedule “%1” is larger than 1 MiB.</source>
        <translation>Das Gebührenverzeichnis „%1“ ist größer als 1 MiB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No valid date was given for the fee.</source>
        <translation>Für die Gebühr wurde kein gültiges Datum angegeben.</translation>
    </message>
    <message>
        <source>The fee schedule has no rate for “%1”.</source>
        <translation>Das Gebührenverzeichnis hat keinen Gebührensatz für „%1“.</translation>
    </message>
    <message>
        <source>The fee schedule has no rate for “%1” on %2; the first one applies from %3.</source>
        <translation>Das Gebührenverzeichnis hat für „%1“ am %2 keinen Gebührensatz; der erste gilt ab %3.</translation>
    </message>
    <message>
        <source>At least one copy must be requested, not %1.</source>
        <translation>Es muss mindestens eine Ausfertigung angefordert werden, nicht %1.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::RegisterImport</name>
    <message>
        <source>the blocking note “%1” is unknown (Adoption, Geschlechtseintrag or Auskunftssperre)</source>
        <translation>der Sperrvermerk „%1“ ist unbekannt (Adoption, Geschlechtseintrag oder Auskunftssperre)</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Split the register index and import it in parts.</source>
        <translation>Die Datei ist größer als %1 MB. Teilen Sie das Registerverzeichnis auf und importieren Sie es in Teilen.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as “CSV UTF-8” and import it again. Nothing was imported.</source>
        <translation>Zeile %1: Die Datei ist kein UTF-8-Text. Speichern Sie sie als „CSV UTF-8“ und importieren Sie sie erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Zeile %1: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>expected %1 fields separated by “;”, found %2</source>
        <translation>erwartet wurden %1 durch „;“ getrennte Felder, gefunden %2</translation>
    </message>
    <message>
        <source>the register “%1” is not G, E, L or S</source>
        <translation>das Register „%1“ ist nicht G, E, L oder S</translation>
    </message>
    <message>
        <source>“%1/%2” is not an entry number and year</source>
        <translation>„%1/%2“ ist keine Eintragsnummer mit Jahr</translation>
    </message>
    <message>
        <source>the date “%1” is not a date like 17.05.2020</source>
        <translation>das Datum „%1“ ist kein Datum wie 17.05.2020</translation>
    </message>
    <message>
        <source>the role “%1” does not belong in the %2</source>
        <translation>die Rolle „%1“ gehört nicht in das %2</translation>
    </message>
    <message>
        <source>the entry %1 has other office or blocking notes on an earlier line</source>
        <translation>der Eintrag %1 hat in einer früheren Zeile ein anderes Standesamt oder andere Sperrvermerke</translation>
    </message>
    <message>
        <source>the later entry (Folgebeurkundung) has no text in “Vermerk”</source>
        <translation>die Folgebeurkundung hat keinen Text in „Vermerk“</translation>
    </message>
    <message>
        <source>the entry %1 has another event date on an earlier line</source>
        <translation>der Eintrag %1 hat in einer früheren Zeile ein anderes Ereignisdatum</translation>
    </message>
    <message>
        <source>the birth date “%1” is not a date like 17.05.2020</source>
        <translation>das Geburtsdatum „%1“ ist kein Datum wie 17.05.2020</translation>
    </message>
    <message>
        <source>the death date “%1” is not a date like 17.05.2020</source>
        <translation>das Sterbedatum „%1“ ist kein Datum wie 17.05.2020</translation>
    </message>
    <message>
        <source>the family name is empty</source>
        <translation>der Familienname ist leer</translation>
    </message>
    <message>
        <source>the entry %1 already has a principal person</source>
        <translation>der Eintrag %1 hat bereits eine Hauptperson</translation>
    </message>
    <message>
        <source>the entry %1 already has two spouses or partners</source>
        <translation>der Eintrag %1 hat bereits zwei Ehegatten oder Lebenspartner</translation>
    </message>
    <message>
        <source>The entry %1 names no person it is about (Kind, Verstorbene, Ehegatte or Lebenspartner). Nothing was imported.</source>
        <translation>Der Eintrag %1 nennt keine Person, um die es geht (Kind, Verstorbene, Ehegatte oder Lebenspartner). Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::RegisterRepository</name>
    <message>
        <source>There is no register entry with the id “%1”.</source>
        <translation>Es gibt keinen Registereintrag mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>The registers hold no entry %1.</source>
        <translation>Die Register enthalten keinen Eintrag %1.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::Registers</name>
    <message>
        <source>The demo office has no Standesamt (StA) with its supervisor.</source>
        <translation>Die Demo-Behörde hat kein Standesamt (StA) mit Sachgebietsleitung.</translation>
    </message>
    <message>
        <source>The entry %1 of office %2 is kept by another unit. Nothing was imported.</source>
        <translation>Der Eintrag %1 des Standesamts %2 wird von einer anderen Organisationseinheit geführt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>“%1” is not a register number. Write it like G 334/2020 (register letter G, E, L or S, number, year).</source>
        <translation>„%1“ ist keine Registernummer. Schreiben Sie sie wie G 334/2020 (Registerbuchstabe G, E, L oder S, Nummer, Jahr).</translation>
    </message>
    <message>
        <source>Give a register number, or a family name or a date of birth to search by.</source>
        <translation>Geben Sie zum Suchen eine Registernummer, einen Familiennamen oder ein Geburtsdatum an.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::RequestRepository</name>
    <message>
        <source>The request was changed meanwhile by someone else. Reload it and try again.</source>
        <translation>Die Urkundenanforderung wurde inzwischen von jemand anderem geändert. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is no certificate request with the id “%1”.</source>
        <translation>Es gibt keine Urkundenanforderung mit der Kennung „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::core::FileReference</name>
    <message>
        <source>the proceeding suffix “%1”</source>
        <translation>dem Vorgangszusatz „%1“</translation>
    </message>
    <message>
        <source>the reference pattern “%1”</source>
        <translation>dem Aktenzeichenmuster „%1“</translation>
    </message>
    <message>
        <source>There is a “}” without an opening “{” in %1.</source>
        <translation>In %1 steht eine „}“ ohne öffnende „{“.</translation>
    </message>
    <message>
        <source>There is a “{” without a closing “}” in %1.</source>
        <translation>In %1 steht eine „{“ ohne schließende „}“.</translation>
    </message>
    <message>
        <source>%1 in %2 is not a known placeholder; use {plan}, {unit}, {seq} and {year}, and {proc} in the proceeding suffix.</source>
        <translation>%1 in %2 ist kein bekannter Platzhalter; verwenden Sie {plan}, {unit}, {seq} und {year} sowie {proc} im Vorgangszusatz.</translation>
    </message>
    <message>
        <source>Only {seq} and {proc} take a width; %1 in %2 does not.</source>
        <translation>Nur {seq} und {proc} haben eine Breite; %1 in %2 nicht.</translation>
    </message>
    <message>
        <source>The width in %1 in %2 must be a number from 1 to %3, as in {seq:4}.</source>
        <translation>Die Breite in %1 in %2 muss eine Zahl von 1 bis %3 sein, wie in {seq:4}.</translation>
    </message>
    <message>
        <source>%1 does not belong in %2; the suffix takes only {proc} and literal text.</source>
        <translation>%1 gehört nicht in %2; der Zusatz enthält nur {proc} und festen Text.</translation>
    </message>
    <message>
        <source>%1 belongs in the proceeding suffix, not in %2.</source>
        <translation>%1 gehört in den Vorgangszusatz, nicht in %2.</translation>
    </message>
    <message>
        <source>The reference pattern is empty.</source>
        <translation>Das Aktenzeichenmuster ist leer.</translation>
    </message>
    <message>
        <source>The reference pattern “%1” must contain %2 exactly once.</source>
        <translation>Das Aktenzeichenmuster „%1“ muss %2 genau einmal enthalten.</translation>
    </message>
    <message>
        <source>The reference pattern “%1” may contain {unit} at most once.</source>
        <translation>Das Aktenzeichenmuster „%1“ darf {unit} höchstens einmal enthalten.</translation>
    </message>
    <message>
        <source>The proceeding suffix “%1” must contain {proc} exactly once.</source>
        <translation>Der Vorgangszusatz „%1“ muss {proc} genau einmal enthalten.</translation>
    </message>
    <message>
        <source>In “%1”, the placeholders %2 and %3 must be separated by some text.</source>
        <translation>In „%1“ müssen die Platzhalter %2 und %3 durch Text getrennt sein.</translation>
    </message>
    <message>
        <source>The file reference is empty; expected something like “%1”.</source>
        <translation>Das Aktenzeichen ist leer; erwartet wird etwa „%1“.</translation>
    </message>
    <message>
        <source>The sequence number in “%1” is too large.</source>
        <translation>Die laufende Nummer in „%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>The sequence number in “%1” must be 1 or more.</source>
        <translation>Die laufende Nummer in „%1“ muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The proceeding number in “%1” is too large.</source>
        <translation>Die Vorgangsnummer in „%1“ ist zu groß.</translation>
    </message>
    <message>
        <source>The proceeding number in “%1” must be 1 or more.</source>
        <translation>Die Vorgangsnummer in „%1“ muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>“%1” does not match the reference pattern “%2”: unexpected “%3” at the end.</source>
        <translation>„%1“ passt nicht zum Aktenzeichenmuster „%2“: unerwartetes „%3“ am Ende.</translation>
    </message>
    <message>
        <source>a file-plan code such as “123.30”</source>
        <translation>ein Aktenplankennzeichen wie „123.30“</translation>
    </message>
    <message>
        <source>a unit code of letters and digits</source>
        <translation>ein Einheitenkürzel aus Buchstaben und Ziffern</translation>
    </message>
    <message numerus="yes">
        <source>a sequence number of at least %n digit(s)</source>
        <translation>
            <numerusform>eine laufende Nummer mit mindestens %n Ziffer</numerusform>
            <numerusform>eine laufende Nummer mit mindestens %n Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <source>a sequence number</source>
        <translation>eine laufende Nummer</translation>
    </message>
    <message>
        <source>a four-digit year</source>
        <translation>eine vierstellige Jahreszahl</translation>
    </message>
    <message numerus="yes">
        <source>a proceeding number of at least %n digit(s)</source>
        <translation>
            <numerusform>eine Vorgangsnummer mit mindestens %n Ziffer</numerusform>
            <numerusform>eine Vorgangsnummer mit mindestens %n Ziffern</numerusform>
        </translation>
    </message>
    <message>
        <source>a proceeding number</source>
        <translation>eine Vorgangsnummer</translation>
    </message>
    <message>
        <source>“%1” does not match the reference pattern “%2”: it should begin with %3.</source>
        <translation>„%1“ passt nicht zum Aktenzeichenmuster „%2“: es sollte mit %3 beginnen.</translation>
    </message>
    <message>
        <source>“%1” does not match the reference pattern “%2”: expected %3 after “%4”.</source>
        <translation>„%1“ passt nicht zum Aktenzeichenmuster „%2“: nach „%4“ wird %3 erwartet.</translation>
    </message>
</context>
<context>
    <name>aw::core::Permissions</name>
    <message>
        <source>Clerk</source>
        <translation>Sachbearbeiter/in</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registratur</translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation>Es ist niemand angemeldet.</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>Dieses Benutzerkonto ist deaktiviert.</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may change the file plan.</source>
        <translation>Nur die Registratur darf den Aktenplan ändern.</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may manage units and users.</source>
        <translation>Nur die Registratur darf Organisationseinheiten und Benutzer verwalten.</translation>
    </message>
    <message>
        <source>You are not a member of the unit that owns this file.</source>
        <translation>Sie gehören nicht zur federführenden Organisationseinheit dieser Akte.</translation>
    </message>
    <message>
        <source>Closed files can only be viewed by the unit&apos;s supervisors and the registry.</source>
        <translation>Abgeschlossene Akten können nur die Leitung der Einheit und die Registratur einsehen.</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may dispose of files.</source>
        <translation>Nur die Registratur darf Akten aussondern.</translation>
    </message>
    <message>
        <source>Only closed files can be disposed of.</source>
        <translation>Nur abgeschlossene Akten können ausgesondert werden.</translation>
    </message>
    <message>
        <source>This is not closed.</source>
        <translation>Dies ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Only a supervisor may reopen closed work.</source>
        <translation>Nur die Leitung darf Abgeschlossenes wieder öffnen.</translation>
    </message>
    <message>
        <source>This is closed (zdA) and can no longer be changed. A supervisor can reopen it.</source>
        <translation>Dies ist abgeschlossen (zdA) und kann nicht mehr geändert werden. Die Leitung kann es wieder öffnen.</translation>
    </message>
    <message>
        <source>This proceeding is assigned to someone else. Ask them or a supervisor.</source>
        <translation>Dieser Vorgang ist einer anderen Person zugewiesen. Wenden Sie sich an sie oder an die Leitung.</translation>
    </message>
    <message>
        <source>This proceeding is already assigned. Only a supervisor can reassign it.</source>
        <translation>Dieser Vorgang ist bereits zugewiesen. Nur die Leitung kann ihn neu zuweisen.</translation>
    </message>
    <message>
        <source>Only a supervisor may assign work to others.</source>
        <translation>Nur die Leitung darf anderen Arbeit zuweisen.</translation>
    </message>
    <message>
        <source>This action is not permitted.</source>
        <translation>Diese Aktion ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Only members of a unit may handle incoming applications.</source>
        <translation>Nur Mitglieder einer Organisationseinheit dürfen eingehende Anträge bearbeiten.</translation>
    </message>
    <message>
        <source>Only members of the Standesamt that keeps the register may read it.</source>
        <translation>Nur Mitglieder des Standesamts, das das Register führt, dürfen es einsehen.</translation>
    </message>
    <message>
        <source>Only a supervisor of the Standesamt or the registry may import a register index.</source>
        <translation>Nur die Sachgebietsleitung des Standesamts oder die Registratur darf ein Registerverzeichnis importieren.</translation>
    </message>
    <message>
        <source>Only a supervisor of the owning unit or the registry may hand a case file to another authority.</source>
        <translation>Nur die Sachgebietsleitung der federführenden Einheit oder die Registratur darf eine Akte an eine andere Behörde abgeben.</translation>
    </message>
</context>
<context>
    <name>aw::core::RetentionPeriod</name>
    <message>
        <source>A retention period must be from 0 to %1 years, or permanent; %2 years is not possible.</source>
        <translation>Eine Aufbewahrungsfrist muss zwischen 0 und %1 Jahren liegen oder dauernd sein; %2 Jahre sind nicht möglich.</translation>
    </message>
</context>
<context>
    <name>aw::documents::Importer</name>
    <message>
        <source>The PDF is protected by a password: stored, but not indexed.</source>
        <translation>Das PDF ist kennwortgeschützt: gespeichert, aber nicht durchsuchbar.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read: stored as it is, not indexed.</source>
        <translation>Das PDF ist beschädigt und nicht lesbar: unverändert gespeichert, nicht durchsuchbar.</translation>
    </message>
    <message>
        <source>No text found (a scan?): stored, not searchable by its content.</source>
        <translation>Kein Text gefunden (ein Scan?): gespeichert, aber nicht nach Inhalt durchsuchbar.</translation>
    </message>
    <message>
        <source>The same content is already in this proceeding.</source>
        <translation>Derselbe Inhalt liegt bereits in diesem Vorgang.</translation>
    </message>
    <message>
        <source>“%1” is not a readable file.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); there is nothing to file.</source>
        <translation>Die Datei ist leer (0 Byte); es gibt nichts abzulegen.</translation>
    </message>
</context>
<context>
    <name>aw::documents::Letter</name>
    <message>
        <source>line %1: “{{{{” is not a placeholder; write a placeholder as {{name}}</source>
        <translation>Zeile %1: „{{{{“ ist kein Platzhalter; schreiben Sie Platzhalter als {{name}}</translation>
    </message>
    <message>
        <source>line %1: the placeholder “%2” is not closed with “}}”</source>
        <translation>Zeile %1: der Platzhalter „%2“ wird nicht mit „}}“ geschlossen</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a placeholder; names may contain only letters, digits, dots and underscores, as in {{name}}</source>
        <translation>Zeile %1: „%2“ ist kein Platzhalter; Namen enthalten nur Buchstaben, Ziffern, Punkte und Unterstriche, wie in {{name}}</translation>
    </message>
    <message numerus="yes">
        <source>no value for %n placeholder(s): %1</source>
        <translation>
            <numerusform>kein Wert für %n Platzhalter: %1</numerusform>
            <numerusform>keine Werte für %n Platzhalter: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>letters can only be rendered in a graphical application (fonts are needed)</source>
        <translation>Briefe können nur in einer grafischen Anwendung erzeugt werden (Schriften werden gebraucht)</translation>
    </message>
    <message>
        <source>the letter cannot be written: the output is not open for writing</source>
        <translation>der Brief kann nicht geschrieben werden: die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>the letter has no recipient</source>
        <translation>der Brief hat keine Empfängeranschrift</translation>
    </message>
    <message>
        <source>the letter has no valid date</source>
        <translation>der Brief hat kein gültiges Datum</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <source>the address does not fit the envelope window: use at most six short lines</source>
        <translation>die Anschrift passt nicht ins Fenster des Umschlags: höchstens sechs kurze Zeilen</translation>
    </message>
    <message>
        <source>the letter cannot be written: the PDF could not be started</source>
        <translation>der Brief kann nicht geschrieben werden: das PDF ließ sich nicht beginnen</translation>
    </message>
    <message>
        <source>the letter cannot be written: no new page</source>
        <translation>der Brief kann nicht geschrieben werden: keine neue Seite</translation>
    </message>
    <message>
        <source>the letter cannot be written: the PDF could not be finished</source>
        <translation>der Brief kann nicht geschrieben werden: das PDF ließ sich nicht abschließen</translation>
    </message>
</context>
<context>
    <name>aw::documents::PdfDocument</name>
    <message>
        <source>The file is empty; it is not a PDF document.</source>
        <translation>Die Datei ist leer; sie ist kein PDF-Dokument.</translation>
    </message>
    <message>
        <source>The file is not a PDF document (it does not start like one); it was stored but cannot be shown or searched.</source>
        <translation>Die Datei ist kein PDF-Dokument (sie beginnt nicht wie eines); sie wurde gespeichert, kann aber nicht angezeigt oder durchsucht werden.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete and cannot be read; it was stored but cannot be shown or searched. Ask the sender for a new copy.</source>
        <translation>Das PDF ist beschädigt oder unvollständig und nicht lesbar; es wurde gespeichert, kann aber nicht angezeigt oder durchsucht werden. Bitten Sie den Absender um eine neue Fassung.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; it was stored but cannot be shown or searched.</source>
        <translation>Das PDF ist kennwortgeschützt; es wurde gespeichert, kann aber nicht angezeigt oder durchsucht werden.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>aw::intake::Acknowledgement</name>
    <message>
        <source>it does not exist and cannot be created.</source>
        <translation>er existiert nicht und kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>no folder can be created in it.</source>
        <translation>darin kann kein Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>too many folders of the same name.</source>
        <translation>zu viele Ordner gleichen Namens.</translation>
    </message>
    <message>
        <source>Only filed submissions are acknowledged; this one is “%1”.</source>
        <translation>Eingangsbestätigungen gibt es nur für abgelegte Einreichungen; diese ist „%1“.</translation>
    </message>
    <message>
        <source>The receipt of this submission was already acknowledged on %1.</source>
        <translation>Der Eingang dieser Einreichung wurde bereits am %1 bestätigt.</translation>
    </message>
    <message>
        <source>The submission is filed, but no proceeding names it as its source.</source>
        <translation>Die Einreichung ist abgelegt, aber kein Vorgang nennt sie als Quelle.</translation>
    </message>
    <message>
        <source>The acknowledgement of receipt cannot be written: %1</source>
        <translation>Die Eingangsbestätigung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No temporary folder for the letter: %1</source>
        <translation>Kein temporärer Ordner für das Schreiben: %1</translation>
    </message>
    <message>
        <source>The submission was changed meanwhile.</source>
        <translation>Die Einreichung wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>The outgoing folder “%1” cannot be written: %2</source>
        <translation>In den Ausgangsordner „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>aw::intake::FormView</name>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <source>Second parent</source>
        <translation>Zweites Elternteil</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Betroffene Person</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Familienname</translation>
    </message>
    <message>
        <source>Name at birth</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Time of birth</source>
        <translation>Geburtszeit</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Geburtsort</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>New home</source>
        <translation>Neue Wohnung</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Hausnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Moving-in date</source>
        <translation>Einzugsdatum</translation>
    </message>
    <message>
        <source>Previous home</source>
        <translation>Bisherige Wohnung</translation>
    </message>
    <message>
        <source>Person moving in too</source>
        <translation>Mitziehende Person</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Wohnungsgeber</translation>
    </message>
    <message>
        <source>Kind of certificate</source>
        <translation>Urkundenart</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Registereintrag</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Services applied for</source>
        <translation>Beantragte Leistungen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Urkunden</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(nested too deeply to show)</source>
        <translation>(zu tief verschachtelt für die Anzeige)</translation>
    </message>
    <message>
        <source>Form data</source>
        <translation>Antragsdaten</translation>
    </message>
</context>
<context>
    <name>aw::intake::Inbox</name>
    <message>
        <source>No temporary folder for unpacking: %1</source>
        <translation>Kein temporärer Ordner zum Entpacken: %1</translation>
    </message>
    <message>
        <source>“%1” is not a readable file.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>There is no submission with the id “%1”.</source>
        <translation>Es gibt keine Einreichung mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Abgelegt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Give the reason for the rejection; it goes into the record.</source>
        <translation>Geben Sie den Grund der Ablehnung an; er wird festgehalten.</translation>
    </message>
    <message>
        <source>This submission is already %1.</source>
        <translation>Diese Einreichung ist bereits „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::intake::PackageContent</name>
    <message>
        <source>No temporary folder for unpacking: %1</source>
        <translation>Kein temporärer Ordner zum Entpacken: %1</translation>
    </message>
</context>
<context>
    <name>aw::intake::Routing</name>
    <message>
        <source>“%1” is not a service key (14 digits).</source>
        <translation>„%1“ ist kein Leistungsschlüssel (14 Ziffern).</translation>
    </message>
    <message>
        <source>The subject template is not usable: %1</source>
        <translation>Die Betreffvorlage ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>There is no routing rule for the service %1 (%2). File it by hand or ask the registry for a rule.</source>
        <translation>Für die Leistung %1 (%2) gibt es keine Zuordnungsregel. Legen Sie sie von Hand ab oder bitten Sie die Registratur um eine Regel.</translation>
    </message>
    <message>
        <source>unknown applicant</source>
        <translation>unbekannte antragstellende Person</translation>
    </message>
    <message>
        <source>The submission was changed meanwhile.</source>
        <translation>Die Einreichung wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>The subject template is empty.</source>
        <translation>Die Betreffvorlage ist leer.</translation>
    </message>
    <message>
        <source>Unknown placeholder in the subject template: %1. Possible are: %2.</source>
        <translation>Unbekannter Platzhalter in der Betreffvorlage: %1. Möglich sind: %2.</translation>
    </message>
    <message>
        <source>There is no routing rule with the id “%1”.</source>
        <translation>Es gibt keine Verteilregel mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>This submission is %1 and cannot be filed.</source>
        <translation>Diese Einreichung ist „%1“ und kann nicht abgelegt werden.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By the routing rules, %1 goes to “%2”, and you are not a member of that unit. Someone there can accept it, or you file it by hand.</source>
        <translation>Nach den Verteilregeln geht der Antrag „%1“ an „%2“, und Sie gehören nicht zu dieser Einheit. Dort kann jemand den Antrag annehmen, oder Sie legen ihn von Hand ab.</translation>
    </message>
</context>
<context>
    <name>aw::intake::Samples</name>
    <message>
        <source>No temporary folder for the demo applications: %1</source>
        <translation>Kein temporärer Ordner für die Demo-Anträge: %1</translation>
    </message>
    <message>
        <source>The inbox already holds submissions or routing rules; the demo applications are only added to an empty one.</source>
        <translation>Der Posteingang enthält bereits Einreichungen oder Verteilregeln; die Demo-Anträge werden nur in einen leeren Posteingang gelegt.</translation>
    </message>
</context>
<context>
    <name>aw::intake::Submission</name>
    <message>
        <source>metadata.json: %1</source>
        <translation>metadata.json: %1</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be %2</source>
        <translation>das Feld „%1“ muss %2 sein</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>das Feld „%1“ ist leer</translation>
    </message>
    <message>
        <source>%1: the hash type &quot;%2&quot; is not supported (only sha512)</source>
        <translation>%1: die Prüfsummenart „%2“ wird nicht unterstützt (nur sha512)</translation>
    </message>
    <message>
        <source>%1: the SHA-512 value must be 128 hexadecimal digits</source>
        <translation>%1: der SHA-512-Wert muss aus 128 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, which is not accepted in a submission</source>
        <translation>%1 ist ein symbolischer Link; das ist in einer Einreichung nicht zulässig</translation>
    </message>
    <message>
        <source>%1 is missing from the submission</source>
        <translation>%1 fehlt in der Einreichung</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MiB</source>
        <translation>%1 ist größer als die Grenze von %2 MiB</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: XML with a document type declaration is not accepted</source>
        <translation>%1: XML mit einer Dokumenttyp-Deklaration wird nicht angenommen</translation>
    </message>
    <message>
        <source>%1: the entity reference &amp;%2; is not accepted</source>
        <translation>%1: der Entity-Verweis &amp;%2; wird nicht angenommen</translation>
    </message>
    <message>
        <source>%1: the XML is nested deeper than %2 levels</source>
        <translation>%1: das XML ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>%1: the XML has more than %2 elements</source>
        <translation>%1: das XML hat mehr als %2 Elemente</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 ist kein wohlgeformtes XML (Zeile %2: %3)</translation>
    </message>
    <message>
        <source>%1 has no root element</source>
        <translation>%1 hat kein Wurzelelement</translation>
    </message>
    <message>
        <source>&quot;$schema&quot; does not name the FIT-Connect metadata schema: %1</source>
        <translation>„$schema“ nennt nicht das FIT-Connect-Metadatenschema: %1</translation>
    </message>
    <message>
        <source>metadata schema version %1 is not supported (supported: 1.0–1.2)</source>
        <translation>die Metadatenschema-Version %1 wird nicht unterstützt (unterstützt: 1.0–1.2)</translation>
    </message>
    <message>
        <source>the service identifier &quot;%1&quot; is not a LeiKa service key (urn:de:fim:leika:leistung: followed by 14 digits)</source>
        <translation>die Leistungskennung „%1“ ist kein LeiKa-Leistungsschlüssel (urn:de:fim:leika:leistung: gefolgt von 14 Ziffern)</translation>
    </message>
    <message>
        <source>%1: the attachment id &quot;%2&quot; is not a UUID</source>
        <translation>%1: die Anlagenkennung „%2“ ist keine UUID</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>Anlage %1</translation>
    </message>
    <message>
        <source>%1: the purpose &quot;%2&quot; is not one of form, attachment, report</source>
        <translation>%1: der Zweck „%2“ ist keiner von form, attachment, report</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a MIME type</source>
        <translation>%1: „%2“ ist kein MIME-Typ</translation>
    </message>
    <message>
        <source>%1: the file name &quot;%2&quot; contains a path separator or control character</source>
        <translation>%1: der Dateiname „%2“ enthält ein Pfadtrennzeichen oder Steuerzeichen</translation>
    </message>
    <message>
        <source>the data type &quot;%1&quot; is not supported (application/json or application/xml)</source>
        <translation>der Datentyp „%1“ wird nicht unterstützt (application/json oder application/xml)</translation>
    </message>
    <message>
        <source>more than %1 attachments</source>
        <translation>mehr als %1 Anlagen</translation>
    </message>
    <message>
        <source>the attachment id %1 is listed twice</source>
        <translation>die Anlagenkennung %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>E-Mail an %1</translation>
    </message>
    <message>
        <source>De-Mail to %1</source>
        <translation>De-Mail an %1</translation>
    </message>
    <message>
        <source>FINK mailbox %1</source>
        <translation>FINK-Postfach %1</translation>
    </message>
    <message>
        <source>ELSTER account %1</source>
        <translation>ELSTER-Konto %1</translation>
    </message>
    <message>
        <source>BundID mailbox %1</source>
        <translation>BundID-Postfach %1</translation>
    </message>
    <message>
        <source>unknown reply channel &quot;%1&quot;</source>
        <translation>unbekannter Rückkanal „%1“</translation>
    </message>
    <message>
        <source>a number not below zero</source>
        <translation>eine Zahl nicht unter null</translation>
    </message>
    <message>
        <source>the application date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>das Antragsdatum „%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>the submission id &quot;%1&quot; is not a UUID</source>
        <translation>die Einreichungskennung „%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>the submission folder %1 does not exist</source>
        <translation>der Einreichungsordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>metadata.json is not valid JSON (at byte %1: %2)</source>
        <translation>metadata.json ist kein gültiges JSON (bei Byte %1: %2)</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>die oberste Ebene muss ein Objekt sein</translation>
    </message>
    <message>
        <source>data.json is not valid JSON (at byte %1: %2)</source>
        <translation>data.json ist kein gültiges JSON (bei Byte %1: %2)</translation>
    </message>
    <message>
        <source>unexpected file &quot;%1&quot; in the submission (only metadata.json, %2 and attachments/ belong there)</source>
        <translation>unerwartete Datei „%1“ in der Einreichung (dorthin gehören nur metadata.json, %2 und attachments/)</translation>
    </message>
    <message>
        <source>attachments/%1 is not a regular file, which is not accepted</source>
        <translation>attachments/%1 ist keine gewöhnliche Datei; das wird nicht angenommen</translation>
    </message>
    <message>
        <source>attachments/%1 is not listed in metadata.json</source>
        <translation>attachments/%1 ist in metadata.json nicht aufgeführt</translation>
    </message>
    <message>
        <source>attachment %1 (%2) is missing: attachments/%1 does not exist</source>
        <translation>Anlage %1 (%2) fehlt: attachments/%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the SHA-512 does not match (the file was changed or damaged in transport)</source>
        <translation>%1: der SHA-512-Wert stimmt nicht (die Datei wurde verändert oder beim Transport beschädigt)</translation>
    </message>
    <message>
        <source>attachments/%1 cannot be read</source>
        <translation>attachments/%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>attachment %1 (%2): the SHA-512 does not match (the file was changed or damaged in transport)</source>
        <translation>Anlage %1 (%2): der SHA-512-Wert stimmt nicht (die Datei wurde verändert oder beim Transport beschädigt)</translation>
    </message>
</context>
<context>
    <name>aw::intake::WatchFolder</name>
    <message>
        <source>The watch folder “%1” cannot be used.</source>
        <translation>Der Eingangsordner „%1“ kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>aw::packages::SafeZip</name>
    <message>
        <source>An entry has an empty name.</source>
        <translation>Ein Eintrag hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a control character in its name.</source>
        <translation>Eintrag „%1“ hat ein Steuerzeichen im Namen.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a name that is not valid UTF-8.</source>
        <translation>Eintrag „%1“ hat einen Namen, der kein gültiges UTF-8 ist.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a backslash in its name.</source>
        <translation>Eintrag „%1“ hat einen umgekehrten Schrägstrich im Namen.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an absolute path.</source>
        <translation>Eintrag „%1“ hat einen absoluten Pfad.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; starts with a drive letter.</source>
        <translation>Eintrag „%1“ beginnt mit einem Laufwerksbuchstaben.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a colon in its name.</source>
        <translation>Eintrag „%1“ hat einen Doppelpunkt im Namen.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is nested deeper than %2 folders.</source>
        <translation>Eintrag „%1“ liegt tiefer als %2 Ordner.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an empty path segment.</source>
        <translation>Eintrag „%1“ hat einen leeren Pfadteil.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; points outside the target folder (&quot;..&quot;).</source>
        <translation>Eintrag „%1“ zeigt aus dem Zielordner hinaus („..“).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a &quot;.&quot; path segment.</source>
        <translation>Eintrag „%1“ hat einen Pfadteil „.“.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a name segment longer than %2 bytes.</source>
        <translation>Eintrag „%1“ hat einen Namensteil länger als %2 Byte.</translation>
    </message>
    <message>
        <source>checksum error</source>
        <translation>Prüfsummenfehler</translation>
    </message>
    <message>
        <source>damaged archive</source>
        <translation>beschädigtes Archiv</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>Lesefehler</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>The archive has no entry &quot;%1&quot;.</source>
        <translation>Das Archiv hat keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a folder, not a file.</source>
        <translation>Eintrag „%1“ ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; cannot be found in the archive (damaged archive).</source>
        <translation>Eintrag „%1“ ist im Archiv nicht zu finden (beschädigtes Archiv).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; cannot be opened: %2.</source>
        <translation>Eintrag „%1“ lässt sich nicht öffnen: %2.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; uses an unsupported compression method.</source>
        <translation>Eintrag „%1“ verwendet ein nicht unterstütztes Kompressionsverfahren.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged and cannot be unpacked.</source>
        <translation>Eintrag „%1“ ist beschädigt und lässt sich nicht entpacken.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than declared.</source>
        <translation>Eintrag „%1“ ist größer als angegeben.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than the limit of %2 bytes.</source>
        <translation>Eintrag „%1“ ist größer als die Grenze von %2 Byte.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is compressed suspiciously well (possible ZIP bomb).</source>
        <translation>Eintrag „%1“ ist verdächtig stark komprimiert (mögliche ZIP-Bombe).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than %2 bytes.</source>
        <translation>Eintrag „%1“ ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; could not be written.</source>
        <translation>Eintrag „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged: %2.</source>
        <translation>Eintrag „%1“ ist beschädigt: %2.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is truncated: %2 of %3 bytes.</source>
        <translation>Eintrag „%1“ ist abgeschnitten: %2 von %3 Byte.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged: checksum error.</source>
        <translation>Eintrag „%1“ ist beschädigt: Prüfsummenfehler.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>Die Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP file or truncated.</source>
        <translation>„%1“ ist keine ZIP-Datei oder abgeschnitten.</translation>
    </message>
    <message>
        <source>The archive has more than %1 entries.</source>
        <translation>Das Archiv hat mehr als %1 Einträge.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a symbolic link.</source>
        <translation>Eintrag „%1“ ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a special file.</source>
        <translation>Eintrag „%1“ ist eine Sonderdatei.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is marked both as file and as folder.</source>
        <translation>Eintrag „%1“ ist zugleich als Datei und als Ordner markiert.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is encrypted.</source>
        <translation>Eintrag „%1“ ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; uses an unsupported compression method (%2).</source>
        <translation>Eintrag „%1“ verwendet ein nicht unterstütztes Kompressionsverfahren (%2).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; claims more data than the archive holds (truncated archive).</source>
        <translation>Eintrag „%1“ gibt mehr Daten an, als das Archiv enthält (abgeschnittenes Archiv).</translation>
    </message>
    <message>
        <source>Folder entry &quot;%1&quot; has content.</source>
        <translation>Ordnereintrag „%1“ hat Inhalt.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has inconsistent sizes.</source>
        <translation>Eintrag „%1“ hat widersprüchliche Größenangaben.</translation>
    </message>
    <message>
        <source>The archive unpacks to more than the limit of %1 bytes (at entry &quot;%2&quot;).</source>
        <translation>Das Archiv entpackt sich zu mehr als der Grenze von %1 Byte (bei Eintrag „%2“).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; appears twice (names differing only in case count as the same).</source>
        <translation>Eintrag „%1“ kommt doppelt vor (Namen, die sich nur in Groß-/Kleinschreibung unterscheiden, gelten als gleich).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is both a file and a folder.</source>
        <translation>Eintrag „%1“ ist zugleich Datei und Ordner.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty.</source>
        <translation>Der Ordner „%1“ ist nicht leer.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; points outside the target folder.</source>
        <translation>Eintrag „%1“ zeigt aus dem Zielordner hinaus.</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; cannot be created.</source>
        <translation>Der Ordner für „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created: %2</source>
        <translation>Die Datei „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The archive unpacks to more than the limit of %1 bytes.</source>
        <translation>Das Archiv entpackt sich zu mehr als der Grenze von %1 Byte.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created.</source>
        <translation>Die Datei „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written.</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be replaced.</source>
        <translation>Die Datei „%1“ kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; no longer matches its checksum.</source>
        <translation>Die Datei „%1“ stimmt nicht mehr mit ihrer Prüfsumme überein.</translation>
    </message>
</context>
<context>
    <name>aw::search::Query</name>
    <message>
        <source>The quotation mark after “%1:” is not closed.</source>
        <translation>Das Anführungszeichen nach „%1:“ ist nicht geschlossen.</translation>
    </message>
    <message>
        <source>“%1:” needs a value, e.g. %1:%2.</source>
        <translation>Nach „%1:“ fehlt ein Wert, z. B. %1:%2.</translation>
    </message>
    <message>
        <source>“%1:” needs at least %2 characters of the file reference.</source>
        <translation>„%1:“ braucht mindestens %2 Zeichen des Aktenzeichens.</translation>
    </message>
    <message>
        <source>“%1” is not a status. Use status:offen, status:bearbeitung, status:wartet or status:abgeschlossen.</source>
        <translation>„%1“ ist kein Status. Möglich sind status:offen, status:bearbeitung, status:wartet und status:abgeschlossen.</translation>
    </message>
    <message>
        <source>“%1” is not a type. Use typ:eingang, typ:ausgang, typ:intern, typ:dokument, typ:vorgang or typ:akte.</source>
        <translation>„%1“ ist kein Typ. Möglich sind typ:eingang, typ:ausgang, typ:intern, typ:dokument, typ:vorgang und typ:akte.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write DD.MM.YYYY, MM.YYYY or YYYY, e.g. %2:01.03.2025.</source>
        <translation>„%1“ ist kein Datum. Bitte TT.MM.JJJJ, MM.JJJJ oder JJJJ schreiben, z. B. %2:01.03.2025.</translation>
    </message>
    <message>
        <source>Use %1:ja or %1:nein.</source>
        <translation>Bitte %1:ja oder %1:nein schreiben.</translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters).</source>
        <translation>Die Suche ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>A quotation mark is not closed. Put the phrase between two &quot; marks.</source>
        <translation>Ein Anführungszeichen ist nicht geschlossen. Bitte die Wortfolge zwischen zwei &quot; setzen.</translation>
    </message>
    <message>
        <source>There is nothing between the quotation marks.</source>
        <translation>Zwischen den Anführungszeichen steht nichts.</translation>
    </message>
    <message>
        <source>“%1:” is not a search field. Known fields: %2. To search for the text, put it in quotation marks.</source>
        <translation>„%1:“ ist kein Suchfeld. Suchfelder sind %2. Um nach dem Text zu suchen, bitte in Anführungszeichen setzen.</translation>
    </message>
    <message>
        <source>A search for the start of words needs at least %1 letters before the *.</source>
        <translation>Für die Suche nach Wortanfängen bitte mindestens %1 Buchstaben vor das * schreiben.</translation>
    </message>
    <message>
        <source>OR needs a search term on both sides, e.g. Geburt OR Ehe.</source>
        <translation>OR braucht links und rechts einen Suchbegriff, z. B. Geburt OR Ehe.</translation>
    </message>
    <message>
        <source>An excluded term (-…) cannot be joined with OR.</source>
        <translation>Ein ausgeschlossener Begriff (-…) kann nicht mit OR verbunden werden.</translation>
    </message>
    <message>
        <source>Enter what to search for.</source>
        <translation>Bitte eingeben, wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>The start date (von:) lies after the end date (bis:).</source>
        <translation>Das Anfangsdatum (von:) liegt nach dem Enddatum (bis:).</translation>
    </message>
</context>
<context>
    <name>aw::search::SavedSearches</name>
    <message>
        <source>Sign in to keep searches.</source>
        <translation>Zum Speichern von Suchen bitte anmelden.</translation>
    </message>
    <message>
        <source>Give the search a name.</source>
        <translation>Bitte der Suche einen Namen geben.</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>Der Name ist zu lang (höchstens 100 Zeichen).</translation>
    </message>
    <message>
        <source>A search can only be shared with a unit you belong to.</source>
        <translation>Eine Suche kann nur mit einer Organisationseinheit geteilt werden, der Sie angehören.</translation>
    </message>
    <message>
        <source>This saved search no longer exists.</source>
        <translation>Diese gespeicherte Suche gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Only the one who saved a search can remove it.</source>
        <translation>Nur wer eine Suche gespeichert hat, kann sie löschen.</translation>
    </message>
</context>
<context>
    <name>aw::search::Searcher</name>
    <message>
        <source>No unit is called “%1”.</source>
        <translation>Keine Organisationseinheit heißt „%1“.</translation>
    </message>
    <message>
        <source>No user is called “%1”.</source>
        <translation>Kein Benutzer heißt „%1“.</translation>
    </message>
    <message>
        <source>The file plan has no entry “%1”.</source>
        <translation>Der Aktenplan hat keinen Eintrag „%1“.</translation>
    </message>
    <message>
        <source>OR joins words with words or fields with fields, not words with fields.</source>
        <translation>OR verbindet Wörter mit Wörtern oder Felder mit Feldern, nicht Wörter mit Feldern.</translation>
    </message>
    <message>
        <source>The search has no word to look for. Letters or digits are needed.</source>
        <translation>Die Suche enthält kein Wort. Es braucht Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <source>proceeding</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>Akte</translation>
    </message>
</context>
<context>
    <name>aw::storage::AuditLog</name>
    <message>
        <source>audit event %1: events %2 to %3 are missing</source>
        <translation>Protokolleintrag %1: die Einträge %2 bis %3 fehlen</translation>
    </message>
    <message>
        <source>audit event %1: does not follow the event before it (chain broken)</source>
        <translation>Protokolleintrag %1: schließt nicht an den vorigen Eintrag an (Kette unterbrochen)</translation>
    </message>
    <message>
        <source>audit event %1 (%2 on %3 %4): its content was changed after it was written</source>
        <translation>Protokolleintrag %1 (%2 an %3 %4): sein Inhalt wurde nachträglich geändert</translation>
    </message>
    <message>
        <source>audit log: the newest recorded event is %1, but the log ends at %2 (events removed or head changed)</source>
        <translation>Protokoll: der neueste vermerkte Eintrag ist %1, das Protokoll endet aber bei %2 (Einträge entfernt oder Kopf geändert)</translation>
    </message>
    <message>
        <source>audit log: the record of the newest event is missing</source>
        <translation>Protokoll: der Vermerk über den neuesten Eintrag fehlt</translation>
    </message>
</context>
<context>
    <name>aw::storage::BlobStore</name>
    <message>
        <source>Could not create a temporary file in %1: %2.</source>
        <translation>In %1 konnte keine temporäre Datei angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Blob %1 is missing (%2).</source>
        <translation>Die Datei %1 fehlt (%2).</translation>
    </message>
    <message>
        <source>Could not open blob %1 (%2): %3.</source>
        <translation>Die Datei %1 (%2) konnte nicht geöffnet werden: %3.</translation>
    </message>
    <message>
        <source>Could not read blob %1 (%2): %3.</source>
        <translation>Die Datei %1 (%2) konnte nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>The data to store cannot be read: the source is not open for reading.</source>
        <translation>Die zu speichernden Daten können nicht gelesen werden: die Quelle ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Could not create the blob store directory %1.</source>
        <translation>Der Dokumentenordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create the directory %1: %2.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Could not read the data to store into %1: %2.</source>
        <translation>Die Daten für %1 konnten nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not make %1 read-only: %2.</source>
        <translation>%1 konnte nicht schreibgeschützt werden: %2.</translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation>%1 konnte nicht auf die Platte geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not close %1: %2.</source>
        <translation>%1 konnte nicht geschlossen werden: %2.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3.</source>
        <translation>%1 konnte nicht nach %2 verschoben werden: %3.</translation>
    </message>
    <message>
        <source>Could not flush the directory of %1 to disk: %2.</source>
        <translation>Der Ordner von %1 konnte nicht auf die Platte geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>%1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 hash.</source>
        <translation>„%1“ ist kein SHA-256-Wert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unreferenced blob(s), but could not remove: %1</source>
        <translation>
            <numerusform>%n nicht verwendete Datei entfernt, aber nicht entfernen konnte: %1</numerusform>
            <numerusform>%n nicht verwendete Dateien entfernt, aber nicht entfernen konnte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Blob %1 is damaged: its content does not match its SHA-256 (%2).</source>
        <translation>Die Datei %1 ist beschädigt: ihr Inhalt passt nicht zu ihrem SHA-256-Wert (%2).</translation>
    </message>
</context>
<context>
    <name>aw::storage::CaseFileRepository</name>
    <message>
        <source>The case file “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>Die Akte „%1“ wurde inzwischen geändert. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is no case file with the id “%1”.</source>
        <translation>Es gibt keine Akte mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no case file “%1”.</source>
        <translation>Es gibt keine Akte „%1“.</translation>
    </message>
    <message>
        <source>No running number could be taken for “%1”.</source>
        <translation>Für „%1“ konnte keine laufende Nummer vergeben werden.</translation>
    </message>
    <message>
        <source>No reference numbers are reserved for “%1” in %2. Synchronize with the central store once while online; it reserves new ones.</source>
        <translation>Für „%1“ sind für %2 keine Aktenzeichen-Nummern mehr reserviert. Bitte einmal mit Verbindung zum zentralen Speicher synchronisieren; dabei werden neue reserviert.</translation>
    </message>
</context>
<context>
    <name>aw::storage::Database</name>
    <message>
        <source>The store “%1” cannot be read: %2</source>
        <translation>Der Speicher „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file “%1” is not an Aktenwerk store or is damaged (it is not an SQLite database). It was left unchanged. Restore it from a backup or choose another store.</source>
        <translation>Die Datei „%1“ ist kein Aktenwerk-Speicher oder ist beschädigt (keine SQLite-Datenbank). Sie wurde nicht verändert. Stellen Sie sie aus einer Sicherung wieder her oder wählen Sie einen anderen Speicher.</translation>
    </message>
    <message>
        <source>The store “%1” is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation>Der Speicher „%1“ ist beschädigt (%2). Er wurde nicht verändert; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Free some space and try again.</source>
        <translation>Das Laufwerk von „%1“ ist voll. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The store “%1” is busy in another program. Try again in a moment.</source>
        <translation>Der Speicher „%1“ wird gerade von einem anderen Programm benutzt. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be written or opened (%2). Check its permissions.</source>
        <translation>Der Speicher „%1“ kann nicht geöffnet oder geschrieben werden (%2). Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Datenbankfehler bei %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>The store “%1” is an empty file. It was left unchanged; restore it from a backup or remove it to start a new store.</source>
        <translation>Der Speicher „%1“ ist eine leere Datei. Sie wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder entfernen Sie sie, um einen neuen Speicher anzulegen.</translation>
    </message>
    <message>
        <source>There is no store at “%1”.</source>
        <translation>Unter „%1“ gibt es keinen Speicher.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation>beim Öffnen des Speichers</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not an Aktenwerk store. It was left unchanged.</source>
        <translation>„%1“ ist eine SQLite-Datenbank eines anderen Programms, kein Aktenwerk-Speicher. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The store “%1” was written by a newer version of Aktenwerk (schema %2; this version knows up to %3). It was left unchanged. Please update Aktenwerk.</source>
        <translation>Der Speicher „%1“ wurde von einer neueren Aktenwerk-Version geschrieben (Schema %2; diese Version kennt bis %3). Er wurde nicht verändert. Bitte aktualisieren Sie Aktenwerk.</translation>
    </message>
    <message>
        <source>The store “%1” cannot use write-ahead logging (journal mode is “%2”). Is it on a network drive?</source>
        <translation>Der Speicher „%1“ kann kein Write-Ahead-Logging nutzen (Journalmodus „%2“). Liegt er auf einem Netzlaufwerk?</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle; migrations cannot run.</source>
        <translation>Der SQLite-Treiber gibt seine Verbindung nicht frei; die Schema-Aktualisierung kann nicht laufen.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Die Schema-Aktualisierung %1 fehlt in diesem Programm.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2. The store was left unchanged.</source>
        <translation>Die Aktualisierung des Speichers auf Schema %1 ist fehlgeschlagen: %2. Der Speicher wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Foreign keys cannot be switched on for “%1”.</source>
        <translation>Für „%1“ lassen sich die Fremdschlüsselprüfungen nicht einschalten.</translation>
    </message>
    <message>
        <source>The store “%1” is damaged and open for reading only; nothing was changed. Restore it from a backup.</source>
        <translation>Der Speicher „%1“ ist beschädigt und nur noch lesend geöffnet; es wurde nichts geändert. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The check of the store “%1” was stopped.</source>
        <translation>Die Prüfung des Speichers „%1“ wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>aw::storage::DocumentRepository</name>
    <message>
        <source>There is no document with the id “%1”.</source>
        <translation>Es gibt kein Dokument mit der Kennung „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::storage::FilePlanRepository</name>
    <message>
        <source>The file plan entry “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>Der Aktenplaneintrag „%1“ wurde inzwischen geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is no file plan entry with the id “%1”.</source>
        <translation>Es gibt keinen Aktenplaneintrag mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no file plan entry “%1”.</source>
        <translation>Es gibt keinen Aktenplaneintrag „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::storage::NoteRepository</name>
    <message>
        <source>The resubmission was changed meanwhile. Reload it and try again.</source>
        <translation>Die Wiedervorlage wurde inzwischen geändert. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is no resubmission with the id “%1”.</source>
        <translation>Es gibt keine Wiedervorlage mit der Kennung „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::storage::OrgRepository</name>
    <message>
        <source>There is no unit with the id “%1”.</source>
        <translation>Es gibt keine Organisationseinheit mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no unit with the code “%1”.</source>
        <translation>Es gibt keine Organisationseinheit mit dem Kürzel „%1“.</translation>
    </message>
    <message>
        <source>There is no user with the id “%1”.</source>
        <translation>Es gibt keinen Benutzer mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no user “%1” in this store.</source>
        <translation>In diesem Speicher gibt es keinen Benutzer „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::storage::ProceedingRepository</name>
    <message>
        <source>The proceeding “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>Der Vorgang „%1“ wurde inzwischen geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>There is no proceeding with the id “%1”.</source>
        <translation>Es gibt keinen Vorgang mit der Kennung „%1“.</translation>
    </message>
    <message>
        <source>There is no proceeding “%1”.</source>
        <translation>Es gibt keinen Vorgang „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::storage::Store</name>
    <message>
        <source>“%1” is a file, not a store folder.</source>
        <translation>„%1“ ist eine Datei, kein Speicherordner.</translation>
    </message>
    <message>
        <source>The folder for documents in “%1” cannot be created.</source>
        <translation>Der Dokumentenordner in „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>document %1 version %2 (“%3”): %4</source>
        <translation>Dokument %1 Version %2 („%3“): %4</translation>
    </message>
    <message>
        <source>submission package “%1”: %2</source>
        <translation>Einreichungspaket „%1“: %2</translation>
    </message>
    <message>
        <source>The store could not be compacted: %1</source>
        <translation>Der Bestand konnte nicht verdichtet werden: %1</translation>
    </message>
</context>
<context>
    <name>aw::sync::CentralApi</name>
    <message>
        <source>Part %1 of the file %2 is not in the central store.</source>
        <translation>Teil %1 der Datei %2 fehlt im zentralen Speicher.</translation>
    </message>
</context>
<context>
    <name>aw::sync::CentralSchema</name>
    <message>
        <source>The connection “%1” needs key=value pairs.</source>
        <translation>Die Verbindung „%1“ braucht Angaben der Form Schlüssel=Wert.</translation>
    </message>
    <message>
        <source>The connection&apos;s value for “%1” lacks its closing quote.</source>
        <translation>Dem Wert für „%1“ in der Verbindung fehlt das schließende Anführungszeichen.</translation>
    </message>
    <message>
        <source>The connection “%1” has a value without a key.</source>
        <translation>Die Verbindung „%1“ enthält einen Wert ohne Schlüssel.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt fehlt (Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the central store: %1</source>
        <translation>Keine Verbindung zum zentralen Speicher: %1</translation>
    </message>
    <message>
        <source>The central store has schema version %1; this Aktenwerk knows up to %2. Update Aktenwerk first.</source>
        <translation>Der zentrale Speicher hat die Schemaversion %1; dieses Aktenwerk kennt nur bis %2. Bitte zuerst Aktenwerk aktualisieren.</translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation>Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Central migration %1 failed, nothing of it was applied: %2</source>
        <translation>Die zentrale Migration %1 ist fehlgeschlagen, nichts davon wurde übernommen: %2</translation>
    </message>
    <message>
        <source>A unit needs a code and a name.</source>
        <translation>Eine Organisationseinheit braucht ein Kürzel und einen Namen.</translation>
    </message>
    <message>
        <source>“%1” is not a login: lower-case letters, digits, _ . - (at most 63).</source>
        <translation>„%1“ ist keine gültige Anmeldung: Kleinbuchstaben, Ziffern, _ . - (höchstens 63).</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Das Passwort braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>A user needs at least one unit.</source>
        <translation>Ein Benutzer braucht mindestens eine Organisationseinheit.</translation>
    </message>
    <message>
        <source>“%1” is not a role: clerk, supervisor or registrar.</source>
        <translation>„%1“ ist keine Rolle: clerk (Sachbearbeitung), supervisor (Leitung) oder registrar (Registratur).</translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no connection handle.</source>
        <translation>Der PostgreSQL-Treiber gibt keinen Zugriff auf die Verbindung.</translation>
    </message>
    <message>
        <source>No unit has the code “%1”.</source>
        <translation>Keine Organisationseinheit hat das Kürzel „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::sync::LocalRecords</name>
    <message>
        <source>The unit “%1” is not in this store.</source>
        <translation>Die Organisationseinheit „%1“ fehlt in diesem Bestand.</translation>
    </message>
    <message>
        <source>The file-plan node “%1” is not in this store.</source>
        <translation>Die Aktenplanposition „%1“ fehlt in diesem Bestand.</translation>
    </message>
    <message>
        <source>The user “%1” is not in this store.</source>
        <translation>Der Benutzer „%1“ fehlt in diesem Bestand.</translation>
    </message>
    <message>
        <source>Set up units, file plan and users as in the other offices&apos; stores, then synchronize again.</source>
        <translation>Bitte Organisationseinheiten, Aktenplan und Benutzer wie in den anderen Beständen einrichten und erneut synchronisieren.</translation>
    </message>
    <message>
        <source>“%1” records are not read one by one.</source>
        <translation>Einträge der Art „%1“ werden nicht einzeln gelesen.</translation>
    </message>
    <message>
        <source>“%1” records are not synced.</source>
        <translation>Einträge der Art „%1“ werden nicht synchronisiert.</translation>
    </message>
    <message>
        <source>“%1” records do not change once made.</source>
        <translation>Einträge der Art „%1“ ändern sich nach dem Anlegen nicht.</translation>
    </message>
</context>
<context>
    <name>aw::sync::Synchronizer</name>
    <message>
        <source>A change of this store was not accepted; it stays in the outbox. %1</source>
        <translation>Eine Änderung dieses Bestands wurde nicht angenommen; sie bleibt im Postausgang der Synchronisation. %1</translation>
    </message>
    <message>
        <source>There is no open conflict for this record.</source>
        <translation>Für diesen Eintrag gibt es keinen offenen Konflikt.</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer in this store.</source>
        <translation>Der Eintrag dieses Konflikts ist nicht mehr in diesem Bestand.</translation>
    </message>
    <message>
        <source>The file %1 of a document version is missing in this store; it cannot be sent. Check the store (aktenwerk-cli verify).</source>
        <translation>Die Datei %1 einer Dokumentversion fehlt in diesem Bestand und kann nicht gesendet werden. Bitte den Bestand prüfen (aktenwerk-cli verify).</translation>
    </message>
    <message>
        <source>The file %1 arrived damaged at the central store twice; check this store (aktenwerk-cli verify) and the network.</source>
        <translation>Die Datei %1 kam zweimal beschädigt beim zentralen Speicher an. Bitte den Bestand (aktenwerk-cli verify) und das Netz prüfen.</translation>
    </message>
    <message>
        <source>The central store has no file %1 for you.</source>
        <translation>Der zentrale Speicher hat keine Datei %1 für Sie.</translation>
    </message>
    <message>
        <source>The file %1 from the central store does not match its name.</source>
        <translation>Die Datei %1 aus dem zentralen Speicher passt nicht zu ihrem Namen (Prüfsumme).</translation>
    </message>
    <message>
        <source>“%1” is not the SHA-256 of a file.</source>
        <translation>„%1“ ist keine SHA-256-Prüfsumme einer Datei.</translation>
    </message>
    <message>
        <source>There is no case file, proceeding or document %1 in this store.</source>
        <translation>In diesem Bestand gibt es keine Akte, keinen Vorgang und kein Dokument %1.</translation>
    </message>
    <message>
        <source>The central store&apos;s user %1 is not a user of this store; a number taken meanwhile cannot be replaced.</source>
        <translation>Der Benutzer %1 des zentralen Speichers ist in diesem Bestand nicht angelegt; eine inzwischen vergebene Nummer kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>%1 is no longer in this store.</source>
        <translation>%1 ist nicht mehr in diesem Bestand.</translation>
    </message>
</context>
<context>
    <name>aw::ui::AssignDialog</name>
    <message>
        <source>Assign proceeding</source>
        <translation>Vorgang zuweisen</translation>
    </message>
    <message>
        <source>Who works on the proceeding &lt;b&gt;%1&lt;/b&gt;? Only members of the owning unit can be chosen.</source>
        <translation>Wer bearbeitet den Vorgang &lt;b&gt;%1&lt;/b&gt;? Zur Auswahl stehen nur Mitglieder der federführenden Einheit.</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>Zuweisen &amp;an:</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <source>Choose who works on the proceeding.</source>
        <translation>Wählen Sie, wer den Vorgang bearbeitet.</translation>
    </message>
</context>
<context>
    <name>aw::ui::AuditDescription</name>
    <message>
        <source>Due date set to %1</source>
        <translation>Fälligkeit auf %1 gesetzt</translation>
    </message>
    <message>
        <source>Due date removed</source>
        <translation>Fälligkeit entfernt</translation>
    </message>
    <message>
        <source>Status set to “%1”</source>
        <translation>Status auf „%1“ gesetzt</translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation>Zuweisung aufgehoben</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Zugewiesen an %1</translation>
    </message>
    <message>
        <source>Moved from case file %1 to case file %2 (was %3, now %4)</source>
        <translation>Aus Akte %1 in Akte %2 verschoben (bisher %3, jetzt %4)</translation>
    </message>
    <message>
        <source>Resubmission of %1 for %2 marked done</source>
        <translation>Wiedervorlage zum %1 für %2 als erledigt markiert</translation>
    </message>
    <message>
        <source>Resubmission on %1 for %2</source>
        <translation>Wiedervorlage zum %1 für %2 gesetzt</translation>
    </message>
    <message>
        <source>Resubmission on %1 for %2: “%3”</source>
        <translation>Wiedervorlage zum %1 für %2 gesetzt: „%3“</translation>
    </message>
    <message>
        <source>Document “%1” added</source>
        <translation>Dokument „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Version %1 of the document “%2” added</source>
        <translation>Version %1 des Dokuments „%2“ hinzugefügt</translation>
    </message>
    <message>
        <source>Case file %1 created</source>
        <translation>Akte %1 angelegt</translation>
    </message>
    <message>
        <source>Subject changed to “%1”</source>
        <translation>Betreff geändert in „%1“</translation>
    </message>
    <message>
        <source>Case file closed (zdA)</source>
        <translation>Akte zdA verfügt</translation>
    </message>
    <message>
        <source>Case file reopened</source>
        <translation>Akte wieder geöffnet</translation>
    </message>
    <message>
        <source>Proceeding %1 created</source>
        <translation>Vorgang %1 angelegt</translation>
    </message>
    <message>
        <source>Proceeding closed (zdA)</source>
        <translation>Vorgang zdA verfügt</translation>
    </message>
    <message>
        <source>Proceeding reopened</source>
        <translation>Vorgang wieder geöffnet</translation>
    </message>
    <message>
        <source>Note added: “%1”</source>
        <translation>Vermerk hinzugefügt: „%1“</translation>
    </message>
    <message>
        <source>Online application received</source>
        <translation>Online-Antrag eingegangen</translation>
    </message>
    <message>
        <source>Online application checked again</source>
        <translation>Online-Antrag erneut geprüft</translation>
    </message>
    <message>
        <source>Online application rejected: %1</source>
        <translation>Online-Antrag abgelehnt: %1</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt sent</source>
        <translation>Eingangsbestätigung versandt</translation>
    </message>
    <message>
        <source>Online application filed by its routing rule</source>
        <translation>Online-Antrag nach seiner Verteilregel abgelegt</translation>
    </message>
    <message>
        <source>Online application filed into a case file by hand</source>
        <translation>Online-Antrag von Hand in eine Akte abgelegt</translation>
    </message>
    <message>
        <source>File plan entry %1 created</source>
        <translation>Aktenplaneintrag %1 angelegt</translation>
    </message>
    <message>
        <source>File plan entry %1 changed</source>
        <translation>Aktenplaneintrag %1 geändert</translation>
    </message>
    <message>
        <source>Unit %1 created</source>
        <translation>Organisationseinheit %1 angelegt</translation>
    </message>
    <message>
        <source>User %1 created</source>
        <translation>Benutzer %1 angelegt</translation>
    </message>
    <message>
        <source>Membership in a unit added</source>
        <translation>Mitgliedschaft in einer Organisationseinheit hinzugefügt</translation>
    </message>
    <message>
        <source>Routing rule added</source>
        <translation>Verteilregel hinzugefügt</translation>
    </message>
    <message>
        <source>Routing rule changed</source>
        <translation>Verteilregel geändert</translation>
    </message>
    <message>
        <source>Routing rule removed</source>
        <translation>Verteilregel entfernt</translation>
    </message>
    <message>
        <source>Setting %1 changed</source>
        <translation>Einstellung %1 geändert</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Certificate request taken up</source>
        <translation>Urkundenanforderung aufgenommen</translation>
    </message>
    <message>
        <source>Details of the certificate request changed</source>
        <translation>Angaben der Urkundenanforderung geändert</translation>
    </message>
    <message>
        <source>Register entry removed from the request</source>
        <translation>Registereintrag von der Urkundenanforderung entfernt</translation>
    </message>
    <message>
        <source>Register entry chosen for the request</source>
        <translation>Registereintrag für die Urkundenanforderung ausgewählt</translation>
    </message>
    <message>
        <source>Entitlement granted by the clerk: “%1”</source>
        <translation>Berechtigung durch die Sachbearbeitung bejaht: „%1“</translation>
    </message>
    <message>
        <source>Entitlement denied by the clerk: “%1”</source>
        <translation>Berechtigung durch die Sachbearbeitung verneint: „%1“</translation>
    </message>
    <message>
        <source>Payment recorded; received in all: %1</source>
        <translation>Zahlung erfasst; insgesamt gezahlt: %1</translation>
    </message>
    <message>
        <source>Certificate request: %1</source>
        <translation>Urkundenanforderung: %1</translation>
    </message>
    <message>
        <source>Certificate issued and filed</source>
        <translation>Urkunde ausgestellt und abgelegt</translation>
    </message>
    <message>
        <source>Certificate request refused: %1</source>
        <translation>Urkundenanforderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Register index imported: %1 new, %2 changed, %3 unchanged</source>
        <translation>Registerverzeichnis eingelesen: %1 neu, %2 geändert, %3 unverändert</translation>
    </message>
    <message>
        <source>Import confirmation (0402)</source>
        <translation>Importbestätigung (0402)</translation>
    </message>
    <message>
        <source>Receipt (0403)</source>
        <translation>Empfangsbestätigung (0403)</translation>
    </message>
    <message>
        <source>Receipt of the offer (0504)</source>
        <translation>Empfangsbestätigung der Anbietung (0504)</translation>
    </message>
    <message>
        <source>Receipt of the evaluation (0505)</source>
        <translation>Empfangsbestätigung der Bewertung (0505)</translation>
    </message>
    <message>
        <source>Import confirmation of the archive (0506)</source>
        <translation>Importbestätigung des Archivs (0506)</translation>
    </message>
    <message>
        <source>Receipt of the hand-over (0507)</source>
        <translation>Empfangsbestätigung der Aussonderung (0507)</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 erfasst</translation>
    </message>
    <message numerus="yes">
        <source>; %n case file(s) archived</source>
        <translation>
            <numerusform>; %n Akte archiviert</numerusform>
            <numerusform>; %n Akten archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n case file(s) not taken in by the recipient</source>
        <translation>
            <numerusform>; %n Akte vom Empfänger nicht übernommen</numerusform>
            <numerusform>; %n Akten vom Empfänger nicht übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation of the archive (0502) recorded: %1 kept, %2 declined</source>
        <translation>Bewertung des Archivs (0502) erfasst: %1 archivwürdig, %2 abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived by %1; %2 removed from the store</source>
        <translation>Von %1 archiviert; %2 aus dem Speicher entfernt</translation>
    </message>
    <message>
        <source>Archived by %1 as “%2”; %3 removed from the store</source>
        <translation>Von %1 als „%2“ archiviert; %3 aus dem Speicher entfernt</translation>
    </message>
    <message>
        <source>Handed over to %1; %2 removed from the store</source>
        <translation>An %1 abgegeben; %2 aus dem Speicher entfernt</translation>
    </message>
    <message>
        <source>Destroyed; %1 deleted</source>
        <translation>Vernichtet; %1 gelöscht</translation>
    </message>
    <message>
        <source>Handed over to %1 as an xdomea package (Abgabe 0401): %2</source>
        <translation>Als xdomea-Paket an %1 abgegeben (Abgabe 0401): %2</translation>
    </message>
    <message>
        <source>Abgabe (0401) of %1 taken in with %2: %3</source>
        <translation>Abgabe (0401) von %1 mit %2 übernommen: %3</translation>
    </message>
    <message>
        <source>Offered to %1 (Anbieteverzeichnis 0501): %2</source>
        <translation>%1 angeboten (Anbieteverzeichnis 0501): %2</translation>
    </message>
    <message>
        <source>Handed over to the archive (0503): %1</source>
        <translation>An das Archiv übergeben (0503): %1</translation>
    </message>
    <message>
        <source>Closing date set back (demo data)</source>
        <translation>Schließungsdatum zurückgesetzt (Demodaten)</translation>
    </message>
    <message>
        <source>Renumbered to %1 (the number was taken on another computer meanwhile)</source>
        <translation>Umnummeriert in %1 (die Nummer war inzwischen auf einem anderen Rechner vergeben)</translation>
    </message>
    <message>
        <source>Sync conflict decided</source>
        <translation>Sync-Konflikt entschieden</translation>
    </message>
    <message>
        <source>Renumbered to %1 when first sent (the reference was taken centrally)</source>
        <translation>Beim ersten Senden umnummeriert in %1 (das Aktenzeichen war zentral vergeben)</translation>
    </message>
</context>
<context>
    <name>aw::ui::CaseFileModel</name>
    <message>
        <source>closed (zdA)</source>
        <translation>abgeschlossen (zdA)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Retention until %1</source>
        <translation>Aufbewahrung bis %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>aw::ui::CaseWorkActions</name>
    <message>
        <source>Case file %1 – %2</source>
        <translation>Akte %1 – %2</translation>
    </message>
    <message>
        <source>Proceeding %1 – %2</source>
        <translation>Vorgang %1 – %2</translation>
    </message>
    <message>
        <source>&amp;New case file …</source>
        <translation>&amp;Neue Akte …</translation>
    </message>
    <message>
        <source>A new case file under the selected file plan entry</source>
        <translation>Eine neue Akte unter dem gewählten Aktenplaneintrag</translation>
    </message>
    <message>
        <source>New &amp;proceeding …</source>
        <translation>Neuer &amp;Vorgang …</translation>
    </message>
    <message>
        <source>A new proceeding in the selected case file</source>
        <translation>Ein neuer Vorgang in der gewählten Akte</translation>
    </message>
    <message>
        <source>&amp;Close case file (zdA) …</source>
        <translation>Akte z&amp;dA verfügen …</translation>
    </message>
    <message>
        <source>Close the case file; its retention period starts</source>
        <translation>Die Akte zdA verfügen; ihre Aufbewahrungsfrist beginnt</translation>
    </message>
    <message>
        <source>&amp;Reopen case file</source>
        <translation>Akte wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open a closed case file again</source>
        <translation>Eine abgeschlossene Akte wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Assign …</source>
        <translation>&amp;Zuweisen …</translation>
    </message>
    <message>
        <source>Choose who works on the proceeding</source>
        <translation>Wählen, wer den Vorgang bearbeitet</translation>
    </message>
    <message>
        <source>Set &amp;resubmission …</source>
        <translation>&amp;Wiedervorlage setzen …</translation>
    </message>
    <message>
        <source>A dated reminder in “My work”</source>
        <translation>Eine Erinnerung zu einem Datum in „Meine Arbeit“</translation>
    </message>
    <message>
        <source>Add n&amp;ote …</source>
        <translation>&amp;Vermerk hinzufügen …</translation>
    </message>
    <message>
        <source>An internal note (Vermerk) on the case file or proceeding</source>
        <translation>Ein interner Vermerk zur Akte oder zum Vorgang</translation>
    </message>
    <message>
        <source>Close proceeding (&amp;zdA) …</source>
        <translation>Vorgang z&amp;dA verfügen …</translation>
    </message>
    <message>
        <source>The work is done; the proceeding becomes read-only</source>
        <translation>Die Arbeit ist erledigt; der Vorgang kann danach nicht mehr geändert werden</translation>
    </message>
    <message>
        <source>Reop&amp;en proceeding</source>
        <translation>Vorgang wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open a closed proceeding again</source>
        <translation>Einen abgeschlossenen Vorgang wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Move proceeding …</source>
        <translation>Vorgang ver&amp;schieben …</translation>
    </message>
    <message>
        <source>Move the proceeding with its documents into another case file</source>
        <translation>Den Vorgang mit seinen Dokumenten in eine andere Akte verschieben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Nicht möglich</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>You are not a member of any unit.</source>
        <translation>Sie gehören keiner Organisationseinheit an.</translation>
    </message>
    <message>
        <source>Case file %1 created.</source>
        <translation>Akte %1 angelegt.</translation>
    </message>
    <message>
        <source>Proceeding %1 created.</source>
        <translation>Vorgang %1 angelegt.</translation>
    </message>
    <message>
        <source>Proceeding %1 assigned to %2.</source>
        <translation>Vorgang %1 an %2 zugewiesen.</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Zuweisung von %1 an %2</translation>
    </message>
    <message>
        <source>Resubmission on %1 set.</source>
        <translation>Wiedervorlage zum %1 gesetzt.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Vermerk hinzugefügt.</translation>
    </message>
    <message>
        <source>Close case file</source>
        <translation>Akte zdA verfügen</translation>
    </message>
    <message>
        <source>Close the case file %1 (zdA)? Its retention period starts; only a supervisor can reopen it.</source>
        <translation>Soll die Akte %1 zdA verfügt werden? Ihre Aufbewahrungsfrist beginnt; nur die Leitung kann sie wieder öffnen.</translation>
    </message>
    <message>
        <source>&amp;Close (zdA)</source>
        <translation>z&amp;dA verfügen</translation>
    </message>
    <message>
        <source>Case file %1 closed (zdA).</source>
        <translation>Akte %1 zdA verfügt.</translation>
    </message>
    <message>
        <source>Case file %1 reopened.</source>
        <translation>Akte %1 wieder geöffnet.</translation>
    </message>
    <message>
        <source>Close proceeding</source>
        <translation>Vorgang zdA verfügen</translation>
    </message>
    <message>
        <source>Close the proceeding %1 (zdA)? It becomes read-only; only a supervisor can reopen it.</source>
        <translation>Soll der Vorgang %1 zdA verfügt werden? Er kann danach nicht mehr geändert werden; nur die Leitung kann ihn wieder öffnen.</translation>
    </message>
    <message>
        <source>Proceeding %1 closed (zdA).</source>
        <translation>Vorgang %1 zdA verfügt.</translation>
    </message>
    <message>
        <source>Proceeding %1 reopened.</source>
        <translation>Vorgang %1 wieder geöffnet.</translation>
    </message>
    <message>
        <source>Proceeding %1 moved; it is now %2.</source>
        <translation>Vorgang %1 verschoben; neues Aktenzeichen: %2.</translation>
    </message>
</context>
<context>
    <name>aw::ui::CentralSettingsBox</name>
    <message>
        <source>Central store (sync)</source>
        <translation>Zentraler Speicher (Synchronisation)</translation>
    </message>
    <message>
        <source>empty: work with the local store only</source>
        <translation>leer: nur mit dem lokalen Bestand arbeiten</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-full)</source>
        <translation>Verschlüsselt, Zertifikat geprüft (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Verschlüsselt (require)</translation>
    </message>
    <message>
        <source>Encrypted where the server offers it (prefer)</source>
        <translation>Verschlüsselt, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>Unencrypted (only on this computer)</source>
        <translation>Unverschlüsselt (nur auf diesem Rechner)</translation>
    </message>
    <message>
        <source>Central store server</source>
        <translation>Server des zentralen Speichers</translation>
    </message>
    <message>
        <source>Central store port</source>
        <translation>Port des zentralen Speichers</translation>
    </message>
    <message>
        <source>Central store database</source>
        <translation>Datenbank des zentralen Speichers</translation>
    </message>
    <message>
        <source>Login at the central store</source>
        <translation>Anmeldename beim zentralen Speicher</translation>
    </message>
    <message>
        <source>Transport encryption</source>
        <translation>Transportverschlüsselung</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>The password is asked for at the first sync and kept in the system keychain.</source>
        <translation>Das Passwort wird bei der ersten Synchronisation abgefragt und im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The central store needs a database and a login, or leave the server empty.</source>
        <translation>Für den zentralen Speicher bitte Datenbank und Anmeldenamen angeben – oder den Server leer lassen.</translation>
    </message>
    <message>
        <source>Outside this computer the central store is reached encrypted only.</source>
        <translation>Außerhalb dieses Rechners wird der zentrale Speicher nur verschlüsselt erreicht.</translation>
    </message>
</context>
<context>
    <name>aw::ui::CertificateActions</name>
    <message>
        <source>Certificate re&amp;quest …</source>
        <translation>&amp;Urkundenanforderung …</translation>
    </message>
    <message>
        <source>Certificate request at the &amp;counter …</source>
        <translation>Urkundenanforderung am Sc&amp;halter …</translation>
    </message>
    <message>
        <source>Work the certificate request of this proceeding: register entry, entitlement, fee, certificate</source>
        <translation>Die Urkundenanforderung dieses Vorgangs bearbeiten: Registereintrag, Berechtigung, Gebühr, Urkunde</translation>
    </message>
    <message>
        <source>Take a certificate request of a walk-in into the selected case file</source>
        <translation>Eine Urkundenanforderung bei Vorsprache in die gewählte Akte aufnehmen</translation>
    </message>
    <message>
        <source>This proceeding holds no certificate request. Requests come from the online service or are taken at the counter (Ctrl+Shift+U).</source>
        <translation>Dieser Vorgang enthält keine Urkundenanforderung. Urkundenanforderungen kommen aus dem Online-Dienst oder werden am Schalter aufgenommen (Strg+Umschalt+U).</translation>
    </message>
    <message>
        <source>Certificate request at the counter</source>
        <translation>Urkundenanforderung am Schalter</translation>
    </message>
    <message>
        <source>A new proceeding in %1 – %2</source>
        <translation>Ein neuer Vorgang in %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Take request</source>
        <translation>Anforderung auf&amp;nehmen</translation>
    </message>
    <message>
        <source>Import register inde&amp;x …</source>
        <translation>&amp;Registerverzeichnis einlesen …</translation>
    </message>
    <message>
        <source>Load the Standesamt&apos;s register index from a CSV file (supervisors and the registry)</source>
        <translation>Das Registerverzeichnis des Standesamts aus einer CSV-Datei einlesen (Sachgebietsleitung und Registratur)</translation>
    </message>
    <message>
        <source>Only a supervisor of the Standesamt or the registry may import a register index.</source>
        <translation>Nur die Sachgebietsleitung des Standesamts oder die Registratur darf ein Registerverzeichnis einlesen.</translation>
    </message>
    <message>
        <source>Import register index</source>
        <translation>Registerverzeichnis einlesen</translation>
    </message>
    <message>
        <source>Registers of:</source>
        <translation>Register von:</translation>
    </message>
    <message>
        <source>Register index (*.csv);;All files (*)</source>
        <translation>Registerverzeichnis (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing the register index …</source>
        <translation>Das Registerverzeichnis wird eingelesen …</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB. Split the register index and import it in parts.</source>
        <translation>„%1“ ist größer als %2 MB. Teilen Sie das Registerverzeichnis und lesen Sie es in Teilen ein.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Register index imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Registerverzeichnis eingelesen: %1 neu, %2 geändert, %3 unverändert.</translation>
    </message>
</context>
<context>
    <name>aw::ui::CertificateRequestDialog</name>
    <message>
        <source>Event: %1 in %2</source>
        <translation>Ereignis: %1 in %2</translation>
    </message>
    <message>
        <source>, née %1</source>
        <translation>, geb. %1</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, geboren %1</translation>
    </message>
    <message>
        <source>, died %1</source>
        <translation>, gestorben %1</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Elternteil</translation>
    </message>
    <message>
        <source>Spouse/partner</source>
        <translation>Ehegatte/Lebenspartner</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Blocking note: adoption</source>
        <translation>Sperrvermerk: Annahme als Kind (Adoption)</translation>
    </message>
    <message>
        <source>Blocking note: gender entry</source>
        <translation>Sperrvermerk: Geschlechtseintrag</translation>
    </message>
    <message>
        <source>Blocking note: information block</source>
        <translation>Sperrvermerk: Auskunftssperre</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>Angaben s&amp;peichern</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>Suc&amp;hen</translation>
    </message>
    <message>
        <source>&amp;Take this entry</source>
        <translation>Diesen Eintrag über&amp;nehmen</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>&amp;Entscheidung erfassen</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>&amp;Zahlung erfassen</translation>
    </message>
    <message>
        <source>&amp;Issue and close</source>
        <translation>&amp;Ausstellen und schließen</translation>
    </message>
    <message>
        <source>&amp;Query …</source>
        <translation>&amp;Rückfrage …</translation>
    </message>
    <message>
        <source>Re&amp;fuse …</source>
        <translation>Ab&amp;lehnen …</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Urkundenanforderung</translation>
    </message>
    <message>
        <source>G 334/2020, or family name, first names, dd.MM.yyyy</source>
        <translation>G 334/2020 oder Familienname, Vornamen, TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Register entries found</source>
        <translation>Gefundene Registereinträge</translation>
    </message>
    <message>
        <source>Why: which interest was made credible, by which document …</source>
        <translation>Begründung: welches Interesse wurde mit welchem Dokument glaubhaft gemacht …</translation>
    </message>
    <message>
        <source>Entitled: issue</source>
        <translation>Berechtigt: ausstellen</translation>
    </message>
    <message>
        <source>Not entitled: refuse</source>
        <translation>Nicht berechtigt: ablehnen</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Registereintrag</translation>
    </message>
    <message>
        <source>Entitlement and fee</source>
        <translation>Berechtigung und Gebühr</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 for %2 – %3</source>
        <translation>%1 für %2 – %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No entry chosen yet. Search and take one.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch kein Eintrag ausgewählt. Suchen und übernehmen Sie einen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Fee: %1 · received: %2%3</source>
        <translation>Gebühr: %1 · gezahlt: %2%3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Vermerk: %1</translation>
    </message>
    <message>
        <source>Ready to issue.</source>
        <translation>Bereit zum Ausstellen.</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>Noch offen:</translation>
    </message>
    <message>
        <source>&amp;Issue, send and close</source>
        <translation>&amp;Ausstellen, versenden und schließen</translation>
    </message>
    <message>
        <source>&amp;Issue, hand over and close</source>
        <translation>&amp;Ausstellen, aushändigen und schließen</translation>
    </message>
    <message>
        <source>&amp;Issue for collection</source>
        <translation>Zur Abholung &amp;ausstellen</translation>
    </message>
    <message>
        <source>Answer &amp;received</source>
        <translation>Antwort ein&amp;gegangen</translation>
    </message>
    <message>
        <source>Issued; waiting for collection.</source>
        <translation>Ausgestellt; wartet auf Abholung.</translation>
    </message>
    <message>
        <source>This request is finished (%1).</source>
        <translation>Diese Urkundenanforderung ist abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>Searching the registers …</source>
        <translation>Register werden durchsucht …</translation>
    </message>
    <message>
        <source>No register entry fits.</source>
        <translation>Kein Registereintrag passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found.</source>
        <translation>
            <numerusform>%n Eintrag gefunden.</numerusform>
            <numerusform>%n Einträge gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working …</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>Register entry taken.</source>
        <translation>Registereintrag übernommen.</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Angaben gespeichert.</translation>
    </message>
    <message>
        <source>Choose whether the requester is entitled.</source>
        <translation>Wählen Sie, ob die antragstellende Person berechtigt ist.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Entscheidung erfasst.</translation>
    </message>
    <message>
        <source>Enter the amount received in euros, e.g. 12,00.</source>
        <translation>Geben Sie den gezahlten Betrag in Euro ein, z. B. 12,00.</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Kasse</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Zahlung erfasst.</translation>
    </message>
    <message>
        <source>The certificate is issued and filed in the proceeding.</source>
        <translation>Die Urkunde ist ausgestellt und im Vorgang abgelegt.</translation>
    </message>
    <message>
        <source>The requester answered; the request is being checked again.</source>
        <translation>Die antragstellende Person hat geantwortet; die Urkundenanforderung wird erneut geprüft.</translation>
    </message>
    <message>
        <source>Query to the requester</source>
        <translation>Rückfrage an die antragstellende Person</translation>
    </message>
    <message>
        <source>What do you ask the requester?</source>
        <translation>Was möchten Sie die antragstellende Person fragen?</translation>
    </message>
    <message>
        <source>Query noted; the request waits for the requester.</source>
        <translation>Rückfrage vermerkt; die Urkundenanforderung wartet auf die antragstellende Person.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Urkundenanforderung ablehnen</translation>
    </message>
    <message>
        <source>Reason (printed in the decision letter to the requester):</source>
        <translation>Begründung (wird im Bescheid an die antragstellende Person gedruckt):</translation>
    </message>
    <message>
        <source>Refused; the decision letter is filed in the proceeding.</source>
        <translation>Abgelehnt; der Bescheid ist im Vorgang abgelegt.</translation>
    </message>
    <message>
        <source>e.g. 12,00</source>
        <translation>z. B. 12,00</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Erhaltener Betrag</translation>
    </message>
    <message>
        <source>Prin&amp;t certificate …</source>
        <translation>Urkunde &amp;drucken …</translation>
    </message>
    <message>
        <source>&amp;Collected: close</source>
        <translation>&amp;Abgeholt: schließen</translation>
    </message>
    <message>
        <source>Handed over; the proceeding is closed.</source>
        <translation>Ausgehändigt; der Vorgang ist geschlossen.</translation>
    </message>
    <message>
        <source>Preparing the certificate for printing …</source>
        <translation>Die Urkunde wird für den Druck vorbereitet …</translation>
    </message>
    <message>
        <source>The certificate has no stored file.</source>
        <translation>Zur Urkunde ist keine Datei gespeichert.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Urkunde</translation>
    </message>
    <message>
        <source>The certificate was sent to the printer.</source>
        <translation>Die Urkunde wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>The certificate could not be printed.</source>
        <translation>Die Urkunde konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Printing …</source>
        <translation>Wird gedruckt …</translation>
    </message>
</context>
<context>
    <name>aw::ui::ConflictsDialog</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Aussonderung</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>Aufbewahren bis</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Filed in</source>
        <translation>Abgelegt in</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Konflikte der Synchronisation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine Fassung</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Zentraler Speicher</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Es gilt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>Auswahl &amp;übernehmen</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Take the central store&apos;s</source>
        <translation>Die zentrale übernehmen</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>Es gibt keine Konflikte.</translation>
    </message>
    <message>
        <source>Applying …</source>
        <translation>Wird übernommen …</translation>
    </message>
    <message>
        <source>Someone else changed these fields in the central store while you changed them here. Choose per field which value applies (tick: keep mine; Space switches); yours stays until you decide.</source>
        <translation>Diese Felder hat jemand anderes im zentralen Speicher geändert, während Sie sie hier geändert haben. Wählen Sie je Feld, welcher Wert gilt (Haken: meine behalten; die Leertaste wechselt); bis dahin bleibt Ihrer erhalten.</translation>
    </message>
</context>
<context>
    <name>aw::ui::DetailPane</name>
    <message>
        <source>Nobody is signed in, so nothing can be changed here.</source>
        <translation>Es ist niemand angemeldet; hier kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>The subject cannot be empty. Escape restores the saved subject.</source>
        <translation>Der Betreff darf nicht leer sein. Esc stellt den gespeicherten Betreff wieder her.</translation>
    </message>
    <message>
        <source>The subject is too long: at most %1 characters, this one has %2.</source>
        <translation>Der Betreff ist zu lang: höchstens %1 Zeichen, dieser hat %2.</translation>
    </message>
    <message>
        <source>Change the subject of %1</source>
        <translation>Änderung des Betreffs von %1</translation>
    </message>
    <message>
        <source>The subject of %1 is saved.</source>
        <translation>Der Betreff von %1 ist gespeichert.</translation>
    </message>
    <message>
        <source>Change the due date of %1</source>
        <translation>Änderung der Fälligkeit von %1</translation>
    </message>
    <message>
        <source>%1 is now due on %2.</source>
        <translation>%1 ist jetzt am %2 fällig.</translation>
    </message>
    <message>
        <source>%1 has no due date now.</source>
        <translation>%1 hat jetzt keine Fälligkeit mehr.</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>The resubmission of %1 is done.</source>
        <translation>Die Wiedervorlage zum %1 ist erledigt.</translation>
    </message>
    <message>
        <source>Proceeding %1 – %2</source>
        <translation>Vorgang %1 – %2</translation>
    </message>
    <message>
        <source>Case file %1 – %2</source>
        <translation>Akte %1 – %2</translation>
    </message>
    <message>
        <source>Enter or leaving the field saves the subject; Escape restores it.</source>
        <translation>Mit Enter oder beim Verlassen des Feldes wird der Betreff gespeichert; Esc stellt ihn wieder her.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Nicht änderbar: %1</translation>
    </message>
    <message>
        <source>closed (zdA)</source>
        <translation>abgeschlossen (zdA)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>dauernd</translation>
    </message>
    <message>
        <source>set when the file is closed</source>
        <translation>wird bei der zdA-Verfügung festgelegt</translation>
    </message>
    <message>
        <source>A – archive</source>
        <translation>A – archivwürdig</translation>
    </message>
    <message>
        <source>V – destroy</source>
        <translation>V – vernichten</translation>
    </message>
    <message>
        <source>B – evaluate</source>
        <translation>B – bewerten</translation>
    </message>
    <message>
        <source>In the case file</source>
        <translation>In der Akte</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Leaving the field or Enter saves the due date.</source>
        <translation>Beim Verlassen des Feldes oder mit Enter wird die Fälligkeit gespeichert.</translation>
    </message>
    <message>
        <source>The proceeding has no due date.</source>
        <translation>Der Vorgang hat keine Fälligkeit.</translation>
    </message>
    <message>
        <source>on the case file</source>
        <translation>zur Akte</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Vermerke.</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Vermerke (%1)</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>proceeding</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>Resubmissions (%1)</source>
        <translation>Wiedervorlagen (%1)</translation>
    </message>
    <message>
        <source>%1 open, %2 done</source>
        <translation>%1 offen, %2 erledigt</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Verlauf (%1)</translation>
    </message>
    <message>
        <source>Select a resubmission first.</source>
        <translation>Wählen Sie zuerst eine Wiedervorlage.</translation>
    </message>
    <message>
        <source>This resubmission is already done.</source>
        <translation>Diese Wiedervorlage ist bereits erledigt.</translation>
    </message>
    <message>
        <source>This resubmission is for %1; only they can mark it done.</source>
        <translation>Diese Wiedervorlage ist für %1; nur diese Person kann sie als erledigt markieren.</translation>
    </message>
    <message>
        <source>Mark the selected resubmission as done (%1)</source>
        <translation>Gewählte Wiedervorlage als erledigt markieren (%1)</translation>
    </message>
    <message>
        <source>Shown object</source>
        <translation>Angezeigtes Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Proceeding subject</source>
        <translation>Betreff des Vorgangs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeiter/in</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>ohne Fälligkeit</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ohne Fälligkeit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Bearbeiter/in:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Case file subject</source>
        <translation>Betreff der Akte</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Federführende Einheit</translation>
    </message>
    <message>
        <source>File plan entry</source>
        <translation>Aktenplaneintrag</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>Aufbewahrung bis</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Aussonderungsart</translation>
    </message>
    <message>
        <source>Owning unit:</source>
        <translation>Federführende Einheit:</translation>
    </message>
    <message>
        <source>File plan entry:</source>
        <translation>Aktenplaneintrag:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Retention until:</source>
        <translation>Aufbewahrung bis:</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>Aussonderungsart:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Vermerke</translation>
    </message>
    <message>
        <source>Resubmissions</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark the selected resubmission as done</source>
        <translation>Gewählte Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Detail sections</source>
        <translation>Detailbereiche</translation>
    </message>
    <message>
        <source>Select a case file or a proceeding to see its details, notes, resubmissions and history.</source>
        <translation>Wählen Sie eine Akte oder einen Vorgang, um Details, Vermerke, Wiedervorlagen und Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>The case file “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>Die Akte „%1“ wurde inzwischen geändert. Laden Sie sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Someone else changed the proceeding “%1” meanwhile. Reload it and try again.</source>
        <translation>Jemand anderes hat den Vorgang „%1“ inzwischen geändert. Laden Sie ihn neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older entries</source>
        <translation>
            <numerusform>… und %n älterer Eintrag</numerusform>
            <numerusform>… und %n ältere Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>archived: handed to %1 on %2</source>
        <translation>archiviert: am %2 an %1 übergeben</translation>
    </message>
    <message>
        <source>archived: handed to %1 on %2 (archive id %3)</source>
        <translation>archiviert: am %2 an %1 übergeben (Archivkennung %3)</translation>
    </message>
    <message>
        <source>handed over to %1 on %2</source>
        <translation>am %2 an %1 abgegeben</translation>
    </message>
    <message>
        <source>destroyed on %1</source>
        <translation>am %1 vernichtet</translation>
    </message>
</context>
<context>
    <name>aw::ui::DisposalDialog</name>
    <message>
        <source>&amp;Offer to the archive (0501) …</source>
        <translation>Dem Archiv &amp;anbieten (0501) …</translation>
    </message>
    <message>
        <source>Offer the ticked files marked A or B to the archive (Anbieteverzeichnis)</source>
        <translation>Die angehakten Akten mit A oder B dem Archiv anbieten (Anbieteverzeichnis)</translation>
    </message>
    <message>
        <source>&amp;Destroy …</source>
        <translation>&amp;Vernichten …</translation>
    </message>
    <message>
        <source>Destroy the ticked files the file plan marks V, or that the archive has declined</source>
        <translation>Die angehakten Akten vernichten, die der Aktenplan mit V kennzeichnet oder die das Archiv abgelehnt hat</translation>
    </message>
    <message>
        <source>&amp;Read the archive&apos;s answer …</source>
        <translation>Antwort des Archivs ein&amp;lesen …</translation>
    </message>
    <message>
        <source>Read the archive&apos;s evaluation (0502) or a receipt (0504–0507)</source>
        <translation>Die Bewertung des Archivs (0502) oder eine Empfangsbestätigung (0504–0507) einlesen</translation>
    </message>
    <message>
        <source>&amp;Hand over to the archive (0503) …</source>
        <translation>An das Archiv ü&amp;bergeben (0503) …</translation>
    </message>
    <message>
        <source>Hand the files the archive keeps over to it, with all their documents</source>
        <translation>Die Akten, die das Archiv übernimmt, mit allen Dokumenten übergeben</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu la&amp;den</translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation>Die Listen neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Disposal (Aussonderung)</source>
        <translation>Aussonderung</translation>
    </message>
    <message>
        <source>Closed case files whose retention period has ended. Tick the files to offer them to the archive or to destroy them; files the archive has evaluated are listed by its decision.</source>
        <translation>Geschlossene Akten, deren Aufbewahrungsfrist abgelaufen ist. Haken Sie Akten an, um sie dem Archiv anzubieten oder zu vernichten; vom Archiv bewertete Akten stehen unter seiner Entscheidung.</translation>
    </message>
    <message>
        <source>Due &amp;files:</source>
        <translation>Fällige A&amp;kten:</translation>
    </message>
    <message>
        <source>Disposals with the archive</source>
        <translation>Aussonderungen mit dem Archiv</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Disposal &amp;processes:</source>
        <translation>Aussonderungen &amp;mit dem Archiv:</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Aussonderung</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>ProzessID %1</source>
        <translation>ProzessID %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) due for disposal.</source>
        <translation>
            <numerusform>%n Akte zur Aussonderung fällig.</numerusform>
            <numerusform>%n Akten zur Aussonderung fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer to the archive</source>
        <translation>Dem Archiv anbieten</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) are offered to the archive with their metadata, without documents (Anbieteverzeichnis 0501). The archive answers with its evaluation (0502).</source>
        <translation>
            <numerusform>%n Akte wird dem Archiv mit ihren Metadaten, ohne Dokumente, angeboten (Anbieteverzeichnis 0501). Das Archiv antwortet mit seiner Bewertung (0502).</numerusform>
            <numerusform>%n Akten werden dem Archiv mit ihren Metadaten, ohne Dokumente, angeboten (Anbieteverzeichnis 0501). Das Archiv antwortet mit seiner Bewertung (0502).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <source>Folder for the offer</source>
        <translation>Ordner für das Anbieteverzeichnis</translation>
    </message>
    <message>
        <source>Package &amp;folder:</source>
        <translation>Paket&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>An&amp;bieten</translation>
    </message>
    <message>
        <source>Enter the archive the files are offered to.</source>
        <translation>Geben Sie das Archiv an, dem die Akten angeboten werden.</translation>
    </message>
    <message>
        <source>Choose the folder for the offer.</source>
        <translation>Wählen Sie den Ordner für das Anbieteverzeichnis.</translation>
    </message>
    <message>
        <source>Writing the offer …</source>
        <translation>Das Anbieteverzeichnis wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) offered to %1. The offer (0501) is at %2; send it to the archive and read its evaluation (0502) here when it comes.</source>
        <translation>
            <numerusform>%n Akte %1 angeboten. Das Anbieteverzeichnis (0501) liegt unter %2; senden Sie es an das Archiv und lesen Sie dessen Bewertung (0502) hier ein, sobald sie eintrifft.</numerusform>
            <numerusform>%n Akten %1 angeboten. Das Anbieteverzeichnis (0501) liegt unter %2; senden Sie es an das Archiv und lesen Sie dessen Bewertung (0502) hier ein, sobald sie eintrifft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the archive&apos;s answer</source>
        <translation>Antwort des Archivs einlesen</translation>
    </message>
    <message>
        <source>xdomea packages (*.zip);;All files (*)</source>
        <translation>xdomea-Pakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the archive&apos;s answer …</source>
        <translation>Die Antwort des Archivs wird eingelesen …</translation>
    </message>
    <message>
        <source>Folder for the hand-over to the archive</source>
        <translation>Ordner für die Übergabe an das Archiv</translation>
    </message>
    <message>
        <source>Writing the hand-over with all documents …</source>
        <translation>Die Übergabe wird mit allen Dokumenten geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) handed over to the archive: %1. Their content is removed from the store when the archive&apos;s import confirmation (0506) is read here.</source>
        <translation>
            <numerusform>%n Akte an das Archiv übergeben: %1. Ihr Inhalt wird aus dem Speicher entfernt, sobald die Importbestätigung des Archivs (0506) hier eingelesen ist.</numerusform>
            <numerusform>%n Akten an das Archiv übergeben: %1. Ihr Inhalt wird aus dem Speicher entfernt, sobald die Importbestätigung des Archivs (0506) hier eingelesen ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy case files</source>
        <translation>Akten vernichten</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case file(s) for good?</source>
        <translation>
            <numerusform>%n Akte endgültig vernichten?</numerusform>
            <numerusform>%n Akten endgültig vernichten?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their documents, versions and notes are deleted from the store. Only the record of each file (reference, subject, dates) and of its destruction remains. This cannot be undone.

%1</source>
        <translation>Ihre Dokumente, Versionen und Vermerke werden aus dem Speicher gelöscht. Es bleibt nur der Nachweis jeder Akte (Aktenzeichen, Betreff, Daten) und ihrer Vernichtung. Das kann nicht rückgängig gemacht werden.

%1</translation>
    </message>
    <message>
        <source>&amp;Destroy for good</source>
        <translation>Endgültig &amp;vernichten</translation>
    </message>
    <message>
        <source>Destroy for good</source>
        <translation>Endgültig vernichten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Destroying …</source>
        <translation>Wird vernichtet …</translation>
    </message>
    <message>
        <source>%1 destroyed with %2; the record of each file and of its destruction remains.</source>
        <translation>%1 mit %2 vernichtet; der Nachweis jeder Akte und ihrer Vernichtung bleibt.</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation>
            <numerusform>%n Akte</numerusform>
            <numerusform>%n Akten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aw::ui::DocumentModel</name>
    <message>
        <source>password protected, not indexed</source>
        <translation>kennwortgeschützt, nicht durchsuchbar</translation>
    </message>
    <message>
        <source>damaged, kept as received, not indexed</source>
        <translation>beschädigt, wie erhalten aufbewahrt, nicht durchsuchbar</translation>
    </message>
    <message>
        <source>no text (scan?)</source>
        <translation>kein Text (Scan?)</translation>
    </message>
    <message>
        <source>%1, %2 bytes, SHA-256 %3</source>
        <translation>%1, %2 Byte, SHA-256 %3</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>aw::ui::DocumentPanel</name>
    <message>
        <source>Open with the system&apos;s program</source>
        <translation>Mit dem Standardprogramm öffnen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>Wählen Sie ein Dokument, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ve&amp;rsion:</translation>
    </message>
    <message>
        <source>Version %1 – %2, %3</source>
        <translation>Version %1 – %2, %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 bytes&lt;br&gt;SHA-256 %4%5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 Byte&lt;br&gt;SHA-256 %4%5</translation>
    </message>
    <message>
        <source>Opening “%1” …</source>
        <translation>„%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 bytes&lt;br&gt;From the submission; not filed yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 Bytes&lt;br&gt;Aus der Einreichung; noch nicht abgelegt.</translation>
    </message>
    <message>
        <source>&amp;Fetch again</source>
        <translation>Erneut &amp;laden</translation>
    </message>
    <message>
        <source>Fetch the contents from the central store again</source>
        <translation>Inhalt erneut aus dem zentralen Speicher laden</translation>
    </message>
    <message>
        <source>The contents of “%1” are not in this store yet (those of archived case files are kept in the central store). Fetching them …</source>
        <translation>Der Inhalt von „%1“ ist noch nicht in diesem Bestand (der archivierter Akten liegt im zentralen Speicher). Er wird geladen …</translation>
    </message>
</context>
<context>
    <name>aw::ui::DueFileTree</name>
    <message numerus="yes">
        <source>Archive (A) – %n file(s)</source>
        <translation>
            <numerusform>Archivwürdig (A) – %n Akte</numerusform>
            <numerusform>Archivwürdig (A) – %n Akten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluate (B) – %n file(s)</source>
        <translation>
            <numerusform>Bewerten (B) – %n Akte</numerusform>
            <numerusform>Bewerten (B) – %n Akten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy (V) – %n file(s)</source>
        <translation>
            <numerusform>Vernichten (V) – %n Akte</numerusform>
            <numerusform>Vernichten (V) – %n Akten</numerusform>
        </translation>
    </message>
    <message>
        <source>Case files due for disposal</source>
        <translation>Zur Aussonderung fällige Akten</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>Aktenplan</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Geschlossen am</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>Aufbewahrung bis</translation>
    </message>
    <message>
        <source>Disposal state</source>
        <translation>Stand der Aussonderung</translation>
    </message>
    <message>
        <source>archive keeps; handed over on %1</source>
        <translation>Archiv übernimmt; übergeben am %1</translation>
    </message>
    <message>
        <source>archive keeps</source>
        <translation>Archiv übernimmt</translation>
    </message>
    <message>
        <source>archive declines; may be destroyed</source>
        <translation>Archiv lehnt ab; darf vernichtet werden</translation>
    </message>
    <message>
        <source>offered to the archive</source>
        <translation>dem Archiv angeboten</translation>
    </message>
    <message>
        <source>offered on %1</source>
        <translation>angeboten am %1</translation>
    </message>
    <message>
        <source>to be destroyed</source>
        <translation>zu vernichten</translation>
    </message>
    <message>
        <source>to be offered</source>
        <translation>anzubieten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>file plan code (A/V/B)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>aw::ui::FileIntoDialog</name>
    <message>
        <source>File into a case file</source>
        <translation>In eine Akte ablegen</translation>
    </message>
    <message>
        <source>Search case files</source>
        <translation>Akten suchen</translation>
    </message>
    <message>
        <source>Reference or subject, e.g. 5.4-12/2026 or Müller</source>
        <translation>Aktenzeichen oder Betreff, z. B. 5.4-12/2026 oder Müller</translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation>Passende Akten</translation>
    </message>
    <message>
        <source>Subject of the new proceeding</source>
        <translation>Betreff des neuen Vorgangs</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ablegen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Case file:</source>
        <translation>&amp;Akte:</translation>
    </message>
    <message>
        <source>&amp;New proceeding:</source>
        <translation>&amp;Neuer Vorgang:</translation>
    </message>
    <message>
        <source>Searching …</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No open case file that you may add to matches.</source>
        <translation>Keine offene Akte, in die Sie ablegen dürfen, passt zur Suche.</translation>
    </message>
    <message>
        <source>The newest %1 matches are shown; type more to narrow the search.</source>
        <translation>Die neuesten %1 Treffer werden gezeigt; geben Sie mehr ein, um die Suche einzugrenzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case file(s) match.</source>
        <translation>
            <numerusform>%n offene Akte passt.</numerusform>
            <numerusform>%n offene Akten passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move proceeding %1</source>
        <translation>Vorgang %1 verschieben</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>aw::ui::FilePlanModel</name>
    <message>
        <source>File plan</source>
        <translation>Aktenplan</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>dauernd</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2
Retention: %3, disposal: %4</source>
        <translation>%1 %2
Aufbewahrung: %3, Aussonderungsart: %4</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Akten</translation>
    </message>
</context>
<context>
    <name>aw::ui::FolderField</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Wählen: %1</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Ordner wählen</translation>
    </message>
</context>
<context>
    <name>aw::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>aw::ui::ImageView</name>
    <message>
        <source>Scanned pages</source>
        <translation>Gescannte Seiten</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>aw::ui::ImportController</name>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the files being filed now; what is filed stays.</source>
        <translation>Nach den gerade abgelegten Dateien anhalten; Abgelegtes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Importing into %1 …</source>
        <translation>Import in %1 …</translation>
    </message>
    <message>
        <source>Stopping after the current files …</source>
        <translation>Wird nach den aktuellen Dateien angehalten …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message>
        <source>Already in this proceeding</source>
        <translation>Bereits in diesem Vorgang</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have the same content as documents already in %1. Add them as new documents anyway?</source>
        <translation>
            <numerusform>%n Datei hat denselben Inhalt wie ein Dokument, das bereits in %1 liegt. Trotzdem als neues Dokument hinzufügen?</numerusform>
            <numerusform>%n Dateien haben denselben Inhalt wie Dokumente, die bereits in %1 liegen. Trotzdem als neue Dokumente hinzufügen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1: %n document(s)</source>
        <translation>
            <numerusform>In %1 importiert: %n Dokument</numerusform>
            <numerusform>In %1 importiert: %n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>New versions of existing documents: %1</source>
        <translation>Neue Versionen vorhandener Dokumente: %1</translation>
    </message>
    <message>
        <source>Skipped, already in the proceeding: %1</source>
        <translation>Übersprungen, bereits im Vorgang: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; the files filed until then are kept.</source>
        <translation>Der Import wurde abgebrochen; die bis dahin abgelegten Dateien bleiben erhalten.</translation>
    </message>
    <message>
        <source>Not imported: %1 (see details)</source>
        <translation>Nicht importiert: %1 (siehe Details)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
</context>
<context>
    <name>aw::ui::InboxModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Acknowledgement sent %1</source>
        <translation>Eingangsbestätigung versandt %1</translation>
    </message>
    <message>
        <source>No acknowledgement yet</source>
        <translation>Noch keine Eingangsbestätigung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (service key %2), package %3</source>
        <translation>%1 (Leistungsschlüssel %2), Paket %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <source>No routing rule covers this service: file it by hand.</source>
        <translation>Für diese Leistung gibt es keine Verteilregel: bitte von Hand ablegen.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
</context>
<context>
    <name>aw::ui::InboxPane</name>
    <message>
        <source>credit card</source>
        <translation>Kreditkarte</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>PayPal</translation>
    </message>
    <message>
        <source>giropay</source>
        <translation>giropay</translation>
    </message>
    <message>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>other method</source>
        <translation>sonstige Zahlungsart</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>gebucht</translation>
    </message>
    <message>
        <source>initiated, not booked yet</source>
        <translation>veranlasst, noch nicht gebucht</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>Anlage</translation>
    </message>
    <message>
        <source>No acknowledgement was sent (switched off for this office).</source>
        <translation>Es wurde keine Eingangsbestätigung versandt (für diese Dienststelle abgeschaltet).</translation>
    </message>
    <message>
        <source>The acknowledgement of receipt is in the outgoing folder.</source>
        <translation>Die Eingangsbestätigung liegt im Ausgang.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Open (new and faulty)</source>
        <translation>Offen (neu und fehlerhaft)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Abgelegt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Filter by service or applicant</source>
        <translation>Nach Leistung oder Antragsteller/in filtern</translation>
    </message>
    <message>
        <source>Filter by service, applicant or remark</source>
        <translation>Nach Leistung, Antragsteller/in oder Hinweis filtern</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Einreichungen</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Angaben zur Einreichung</translation>
    </message>
    <message>
        <source>Form data</source>
        <translation>Antragsdaten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <source>A&amp;ttachments (shown in the viewer):</source>
        <translation>A&amp;nlagen (werden rechts angezeigt):</translation>
    </message>
    <message>
        <source>&amp;Accept and route</source>
        <translation>&amp;Annehmen und verteilen</translation>
    </message>
    <message>
        <source>&amp;File into case file …</source>
        <translation>In Akte a&amp;blegen …</translation>
    </message>
    <message>
        <source>&amp;Reject …</source>
        <translation>Ab&amp;lehnen …</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Open proceeding</source>
        <translation>&amp;Vorgang öffnen</translation>
    </message>
    <message>
        <source>Read in &amp;packages …</source>
        <translation>Pakete &amp;einlesen …</translation>
    </message>
    <message>
        <source>File the submission by the routing rules of its service and acknowledge it.</source>
        <translation>Die Einreichung nach den Verteilregeln ihrer Leistung ablegen und den Eingang bestätigen.</translation>
    </message>
    <message>
        <source>Choose a case file; the submission becomes a new proceeding there.</source>
        <translation>Eine Akte wählen; die Einreichung wird dort ein neuer Vorgang.</translation>
    </message>
    <message>
        <source>Reject the submission for good, with a reason.</source>
        <translation>Die Einreichung endgültig ablehnen, mit Begründung.</translation>
    </message>
    <message>
        <source>Read a faulty package again, e.g. after the sender fixed it.</source>
        <translation>Ein fehlerhaftes Paket erneut einlesen, z. B. nachdem der Absender es berichtigt hat.</translation>
    </message>
    <message>
        <source>Make the acknowledgement of receipt again after it failed.</source>
        <translation>Die Eingangsbestätigung erneut erstellen, nachdem sie fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Show the proceeding the submission became.</source>
        <translation>Den Vorgang zeigen, der aus der Einreichung wurde.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Select a submission to see what it holds.</source>
        <translation>Wählen Sie eine Einreichung, um ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Reading the submission …</source>
        <translation>Die Einreichung wird gelesen …</translation>
    </message>
    <message>
        <source>Unreadable submission</source>
        <translation>Nicht lesbare Einreichung</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Antragsteller/in</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Leistungsschlüssel</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>Antragsnummer</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beantragt am</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Antwort per</translation>
    </message>
    <message>
        <source>no electronic channel: by post</source>
        <translation>kein elektronischer Weg: per Post</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>%1 EUR by %2, %3</source>
        <translation>%1 EUR per %2, %3</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message numerus="yes">
        <source>checked by the online service (%n report(s))</source>
        <translation>
            <numerusform>vom Onlinedienst geprüft (%n Nachweis)</numerusform>
            <numerusform>vom Onlinedienst geprüft (%n Nachweise)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>Einreichungs-ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> by %1 on %2</source>
        <translation> von %1 am %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Eingangsbestätigung</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>versandt %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>The content cannot be shown: %1</source>
        <translation>Der Inhalt kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Routing “%1” …</source>
        <translation>„%1“ wird verteilt …</translation>
    </message>
    <message numerus="yes">
        <source>Filed as %1 with %n document(s).</source>
        <translation>
            <numerusform>Abgelegt als %1 mit %n Dokument.</numerusform>
            <numerusform>Abgelegt als %1 mit %n Dokumenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Filing “%1” …</source>
        <translation>„%1“ wird abgelegt …</translation>
    </message>
    <message>
        <source>Reject submission</source>
        <translation>Einreichung ablehnen</translation>
    </message>
    <message>
        <source>Why is “%1” of %2 rejected? The reason is kept with the submission.</source>
        <translation>Warum wird „%1“ von %2 abgelehnt? Der Grund wird bei der Einreichung festgehalten.</translation>
    </message>
    <message>
        <source>an unknown applicant</source>
        <translation>einer unbekannten Person</translation>
    </message>
    <message>
        <source>Rejecting …</source>
        <translation>Wird abgelehnt …</translation>
    </message>
    <message>
        <source>The submission was rejected.</source>
        <translation>Die Einreichung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Checking the package again …</source>
        <translation>Das Paket wird erneut geprüft …</translation>
    </message>
    <message>
        <source>Still faulty: %1</source>
        <translation>Weiterhin fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The package is in order now.</source>
        <translation>Das Paket ist jetzt in Ordnung.</translation>
    </message>
    <message>
        <source>Making the acknowledgement …</source>
        <translation>Die Eingangsbestätigung wird erstellt …</translation>
    </message>
    <message>
        <source>Read in submission packages</source>
        <translation>Einreichungspakete einlesen</translation>
    </message>
    <message>
        <source>Submission packages (*.zip);;All files (*)</source>
        <translation>Einreichungspakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n package(s) …</source>
        <translation>
            <numerusform>%n Paket wird eingelesen …</numerusform>
            <numerusform>%n Pakete werden eingelesen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s)</source>
        <translation>
            <numerusform>%n neue Einreichung</numerusform>
            <numerusform>%n neue Einreichungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n faulty</source>
        <translation>
            <numerusform>%n fehlerhaft</numerusform>
            <numerusform>%n fehlerhaft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Nicht eingelesen: %1</translation>
    </message>
    <message>
        <source>The acknowledgement could not be made: %1 Send it again from the inbox.</source>
        <translation>Die Eingangsbestätigung konnte nicht erstellt werden: %1 Senden Sie sie erneut aus dem Posteingang.</translation>
    </message>
    <message>
        <source>Read submission packages (ZIP) into the inbox.</source>
        <translation>Einreichungspakete (ZIP) in den Posteingang einlesen.</translation>
    </message>
    <message>
        <source>Inbox actions</source>
        <translation>Aktionen im Posteingang</translation>
    </message>
    <message>
        <source>Nothing has arrived in the inbox yet.</source>
        <translation>Im Posteingang ist noch nichts eingegangen.</translation>
    </message>
    <message>
        <source>Sign in (--user) to work on the inbox.</source>
        <translation>Melden Sie sich an (--user), um im Posteingang zu arbeiten.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Only for &amp;my units</source>
        <translation>Nur für &amp;meine Einheiten</translation>
    </message>
    <message>
        <source>Only for my units</source>
        <translation>Nur für meine Einheiten</translation>
    </message>
    <message>
        <source>Show what the routing rules send to your units, and what no rule covers.</source>
        <translation>Zeigt, was die Verteilregeln Ihren Einheiten zuweisen, und was keine Regel erfasst.</translation>
    </message>
    <message>
        <source>Form &amp;data:</source>
        <translation>Antragsda&amp;ten:</translation>
    </message>
    <message>
        <source>Send ac&amp;knowledgement</source>
        <translation>Eingangsbestätigung sen&amp;den</translation>
    </message>
</context>
<context>
    <name>aw::ui::MainWindow</name>
    <message>
        <source>Aktenwerk – %1</source>
        <translation>Aktenwerk – %1</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>Aktenplan</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Akten</translation>
    </message>
    <message>
        <source>Select an entry of the file plan to see its case files.</source>
        <translation>Wählen Sie einen Aktenplaneintrag, um seine Akten zu sehen.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Aktenwerk</source>
        <translation>Ü&amp;ber Aktenwerk</translation>
    </message>
    <message>
        <source>Store overview (no user signed in)</source>
        <translation>Speicherübersicht (niemand angemeldet)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <source>Loading the file plan …</source>
        <translation>Aktenplan wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n file plan entries</source>
        <translation>
            <numerusform>%n Aktenplaneintrag</numerusform>
            <numerusform>%n Aktenplaneinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The file plan is empty. The registry can import one with “aktenwerk-cli fileplan import”.</source>
        <translation>Der Aktenplan ist leer. Die Registratur kann einen mit „aktenwerk-cli fileplan import“ einlesen.</translation>
    </message>
    <message>
        <source>Loading case files …</source>
        <translation>Akten werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation>
            <numerusform>%n Akte</numerusform>
            <numerusform>%n Akten</numerusform>
        </translation>
    </message>
    <message>
        <source>About Aktenwerk</source>
        <translation>Über Aktenwerk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aktenwerk %1&lt;/b&gt;&lt;p&gt;Electronic case files for district offices.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Aktenwerk %1&lt;/b&gt;&lt;p&gt;Elektronische Akten für Bezirksämter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There are no case files under this entry that you may see.</source>
        <translation>Unter diesem Eintrag liegen keine Akten, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>There are no case files under this entry.</source>
        <translation>Unter diesem Eintrag liegen keine Akten.</translation>
    </message>
    <message>
        <source>&amp;Import documents …</source>
        <translation>Dokumente &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a &amp;folder …</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Sign in (--user) to import documents.</source>
        <translation>Zum Importieren anmelden (--user).</translation>
    </message>
    <message>
        <source>Select a proceeding to import documents into it.</source>
        <translation>Wählen Sie einen Vorgang, um Dokumente hineinzuimportieren.</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>In %1 importieren</translation>
    </message>
    <message>
        <source>Import documents into %1</source>
        <translation>Dokumente in %1 importieren</translation>
    </message>
    <message>
        <source>All files (*);;PDF documents (*.pdf);;Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Alle Dateien (*);;PDF-Dokumente (*.pdf);;Bilder (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Import a folder into %1</source>
        <translation>Einen Ordner in %1 importieren</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Case files by file plan</source>
        <translation>Akten nach Aktenplan</translation>
    </message>
    <message>
        <source>You may not see the case file of this proceeding.</source>
        <translation>Sie dürfen die Akte dieses Vorgangs nicht sehen.</translation>
    </message>
    <message>
        <source>The file plan entry of this proceeding is not shown; reload (F5).</source>
        <translation>Der Aktenplaneintrag dieses Vorgangs wird nicht angezeigt; laden Sie neu (F5).</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inbox (%1 open)</source>
        <translation>Posteingang (%1 offen)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>My work (%1, %2 overdue)</source>
        <translation>Meine Arbeit (%1, %2 überfällig)</translation>
    </message>
    <message>
        <source>My work (%1)</source>
        <translation>Meine Arbeit (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings …</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;Meine Arbeit</translation>
    </message>
    <message>
        <source>&amp;Case files</source>
        <translation>&amp;Akten</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>The local store this window works on</source>
        <translation>Der lokale Speicher, mit dem dieses Fenster arbeitet</translation>
    </message>
    <message>
        <source>Routing r&amp;ules …</source>
        <translation>Verteil&amp;regeln …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Case file</source>
        <translation>A&amp;kte</translation>
    </message>
    <message>
        <source>&amp;Proceeding</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>Filter case files</source>
        <translation>Akten filtern</translation>
    </message>
    <message>
        <source>Document and details</source>
        <translation>Dokument und Details</translation>
    </message>
    <message>
        <source>Document or details</source>
        <translation>Dokument oder Details</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Dok&amp;ument</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>Filter by reference or subject …</source>
        <translation>Nach Aktenzeichen oder Betreff filtern …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>&amp;Search all files</source>
        <translation>Alle Akten &amp;durchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received from the central store (F5 shows them everywhere).</source>
        <translation>
            <numerusform>%n Änderung aus dem zentralen Speicher empfangen (F5 zeigt sie überall).</numerusform>
            <numerusform>%n Änderungen aus dem zentralen Speicher empfangen (F5 zeigt sie überall).</numerusform>
        </translation>
    </message>
    <message>
        <source>References changed</source>
        <translation>Aktenzeichen geändert</translation>
    </message>
    <message>
        <source>Another computer had given these references meanwhile. What was made here has new ones (already on letters? Please correct them there):</source>
        <translation>Diese Aktenzeichen hatte inzwischen ein anderer Rechner vergeben. Was hier angelegt wurde, hat neue erhalten (schon in Schreiben verwendet? Bitte dort berichtigen):</translation>
    </message>
</context>
<context>
    <name>aw::ui::MyWorkModel</name>
    <message>
        <source>Proceeding</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, überfällig</translation>
    </message>
    <message>
        <source>%1, due today</source>
        <translation>%1, heute fällig</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
</context>
<context>
    <name>aw::ui::MyWorkPane</name>
    <message>
        <source>Summary of my work</source>
        <translation>Übersicht meiner Arbeit</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>Proceedings assigned to you and your resubmissions, overdue first. Press Enter to open one.</source>
        <translation>Ihnen zugewiesene Vorgänge und Ihre Wiedervorlagen, Überfälliges zuerst. Mit Enter öffnen.</translation>
    </message>
    <message>
        <source>Sign in (--user) to see your work: the proceedings assigned to you and your resubmissions.</source>
        <translation>Melden Sie sich an (--user), um Ihre Arbeit zu sehen: die Ihnen zugewiesenen Vorgänge und Ihre Wiedervorlagen.</translation>
    </message>
    <message>
        <source>Loading your work …</source>
        <translation>Ihre Arbeit wird geladen …</translation>
    </message>
    <message>
        <source>Your work could not be read.</source>
        <translation>Ihre Arbeit konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n fällig</numerusform>
            <numerusform>%n fällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Open proceedings assigned to you, and your resubmissions until %1.</source>
        <translation>Offene Vorgänge, die Ihnen zugewiesen sind, und Ihre Wiedervorlagen bis %1.</translation>
    </message>
    <message>
        <source>Nothing is due.

Proceedings assigned to you and your resubmissions of the coming week appear here.</source>
        <translation>Nichts ist fällig.

Hier erscheinen die Ihnen zugewiesenen Vorgänge und Ihre Wiedervorlagen der kommenden Woche.</translation>
    </message>
</context>
<context>
    <name>aw::ui::NewCaseFileDialog</name>
    <message>
        <source>New case file</source>
        <translation>Neue Akte</translation>
    </message>
    <message>
        <source>The case file is created under &lt;b&gt;%1&lt;/b&gt;; its reference is assigned when it is created.</source>
        <translation>Die Akte wird unter &lt;b&gt;%1&lt;/b&gt; angelegt; ihr Aktenzeichen wird beim Anlegen vergeben.</translation>
    </message>
    <message>
        <source>e.g. Birth certificates 2026</source>
        <translation>z. B. Geburtsurkunden 2026</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Owning &amp;unit:</source>
        <translation>Federführende &amp;Einheit:</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Federführende Einheit</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Enter a subject for the case file.</source>
        <translation>Geben Sie einen Betreff für die Akte ein.</translation>
    </message>
</context>
<context>
    <name>aw::ui::NewProceedingDialog</name>
    <message>
        <source>New proceeding</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Fällig bis</translation>
    </message>
    <message>
        <source>I &amp;work on it myself</source>
        <translation>Ich bearbeite ihn &amp;selbst</translation>
    </message>
    <message>
        <source>A new proceeding in the case file &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Ein neuer Vorgang in der Akte &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. Application for a birth certificate</source>
        <translation>z. B. Antrag auf eine Geburtsurkunde</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>With a due date</source>
        <translation>Mit Fälligkeit</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Assign the proceeding to me</source>
        <translation>Den Vorgang mir zuweisen</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>Enter a subject for the proceeding.</source>
        <translation>Geben Sie einen Betreff für den Vorgang ein.</translation>
    </message>
</context>
<context>
    <name>aw::ui::NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Vermerk hinzufügen</translation>
    </message>
    <message>
        <source>Notes are kept with the file and cannot be changed afterwards.</source>
        <translation>Vermerke bleiben bei der Akte und können nachträglich nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Zu:</translation>
    </message>
    <message>
        <source>Note for</source>
        <translation>Vermerk zu</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Text des Vermerks</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Schreiben Sie zuerst den Vermerk.</translation>
    </message>
</context>
<context>
    <name>aw::ui::PdfFindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>aw::ui::PdfPagesView</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Loading the document …</source>
        <translation>Dokument wird geladen …</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>Kein Dokument</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>aw::ui::PdfThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>aw::ui::PdfView</name>
    <message>
        <source>PDF viewer</source>
        <translation>PDF-Ansicht</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Seitenvorschau</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>&amp;Breite anpassen</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>&amp;Seite anpassen</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Nach &amp;rechts drehen</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Nach &amp;links drehen</translation>
    </message>
    <message>
        <source>&amp;Find …</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Go to Page …</source>
        <translation>&amp;Gehe zu Seite …</translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Thumbnails</source>
        <translation>&amp;Vorschaubilder</translation>
    </message>
    <message>
        <source>PDF tools</source>
        <translation>PDF-Werkzeuge</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Go to page (%1)</source>
        <translation>Gehe zu Seite (%1)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Breite anpassen</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Seite anpassen</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom levels</source>
        <translation>Zoomstufen</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message numerus="yes">
        <source>Searching … %1 of %2 pages, %n hit(s)</source>
        <translation>
            <numerusform>Suche … %1 von %2 Seiten, %n Treffer</numerusform>
            <numerusform>Suche … %1 von %2 Seiten, %n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>aw::ui::ProceedingModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>closed (zdA)</source>
        <translation>abgeschlossen (zdA)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>aw::ui::ProceedingPane</name>
    <message>
        <source>Proceedings</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Filter proceedings</source>
        <translation>Vorgänge filtern</translation>
    </message>
    <message>
        <source>Filter by reference, subject, assignee …</source>
        <translation>Nach Aktenzeichen, Betreff, Bearbeitung filtern …</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Dokumente filtern</translation>
    </message>
    <message>
        <source>Filter by title or file name …</source>
        <translation>Nach Titel oder Dateiname filtern …</translation>
    </message>
    <message>
        <source>reading …</source>
        <translation>wird gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aw::ui::ReceiveTransferDialog</name>
    <message>
        <source>Take in case files (xdomea Abgabe)</source>
        <translation>Akten übernehmen (xdomea-Abgabe)</translation>
    </message>
    <message>
        <source>Folder for the import confirmation</source>
        <translation>Ordner für die Importbestätigung</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;ProzessID:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Contents:&lt;/b&gt; %3, %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;Von:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;ProzessID:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Inhalt:&lt;/b&gt; %3, %4&lt;br&gt;%5</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation>
            <numerusform>%n Akte</numerusform>
            <numerusform>%n Akten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Each case file gets a new reference under the entry chosen here; the sender&apos;s reference is kept in a note.</source>
        <translation>Jede Akte erhält ein neues Aktenzeichen unter dem hier gewählten Eintrag; das Aktenzeichen des Absenders bleibt in einem Vermerk erhalten.</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– wählen –</translation>
    </message>
    <message>
        <source>File plan &amp;entry:</source>
        <translation>Akten&amp;planeintrag:</translation>
    </message>
    <message>
        <source>File plan entry</source>
        <translation>Aktenplaneintrag</translation>
    </message>
    <message>
        <source>Owning &amp;unit:</source>
        <translation>Federführende &amp;Einheit:</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Federführende Einheit</translation>
    </message>
    <message>
        <source>Import con&amp;firmation (0402) to:</source>
        <translation>&amp;Importbestätigung (0402) nach:</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Choose the file plan entry and the owning unit.</source>
        <translation>Wählen Sie den Aktenplaneintrag und die federführende Einheit.</translation>
    </message>
    <message>
        <source>Choose the folder for the import confirmation.</source>
        <translation>Wählen Sie den Ordner für die Importbestätigung.</translation>
    </message>
</context>
<context>
    <name>aw::ui::RequestForm</name>
    <message>
        <source>without the parents</source>
        <translation>ohne Angabe der Eltern</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>Per Post</translation>
    </message>
    <message>
        <source>Collected at the office</source>
        <translation>Abholung im Standesamt</translation>
    </message>
    <message>
        <source>e.g. G 334/2020</source>
        <translation>z. B. G 334/2020</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;first names:</source>
        <translation>&amp;Vornamen der antragstellenden Person:</translation>
    </message>
    <message>
        <source>Requester&apos;s family &amp;name:</source>
        <translation>&amp;Familienname der antragstellenden Person:</translation>
    </message>
    <message>
        <source>Requester born on:</source>
        <translation>Antragstellende Person geboren am:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Beziehung:</translation>
    </message>
    <message>
        <source>&amp;Interest stated:</source>
        <translation>Angegebenes &amp;Interesse:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Urkunde:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Ausfertigungen:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Zustellung:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Verwendungszweck:</translation>
    </message>
    <message>
        <source>Person concerned, first names:</source>
        <translation>Betroffene Person, Vornamen:</translation>
    </message>
    <message>
        <source>Person concerned, family name:</source>
        <translation>Betroffene Person, Familienname:</translation>
    </message>
    <message>
        <source>Person concerned, born on:</source>
        <translation>Betroffene Person, geboren am:</translation>
    </message>
    <message>
        <source>Register number given:</source>
        <translation>Angegebene Registernummer:</translation>
    </message>
</context>
<context>
    <name>aw::ui::ResubmissionDialog</name>
    <message>
        <source>Set resubmission</source>
        <translation>Wiedervorlage setzen</translation>
    </message>
    <message>
        <source>The file comes back to you in “My work” on the day you choose.</source>
        <translation>Am gewählten Tag erscheint die Wiedervorlage bei Ihnen unter „Meine Arbeit“.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Zu:</translation>
    </message>
    <message>
        <source>Resubmission for</source>
        <translation>Wiedervorlage zu</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Am:</translation>
    </message>
    <message>
        <source>Resubmission date</source>
        <translation>Datum der Wiedervorlage</translation>
    </message>
    <message>
        <source>e.g. Has the fee been paid?</source>
        <translation>z. B. Ist die Gebühr bezahlt?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Bemerkung:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Setzen</translation>
    </message>
</context>
<context>
    <name>aw::ui::RoutingRuleForm</name>
    <message>
        <source>New routing rule</source>
        <translation>Neue Verteilregel</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Leistungsschlüssel</translation>
    </message>
    <message>
        <source>14 digits, e.g. 99115004001000</source>
        <translation>14 Ziffern, z. B. 99115004001000</translation>
    </message>
    <message>
        <source>File plan entry</source>
        <translation>Aktenplaneintrag</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose an entry</source>
        <translation>Eintrag wählen</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Federführende Einheit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation>Einheit wählen</translation>
    </message>
    <message>
        <source>Subject template</source>
        <translation>Betreffvorlage</translation>
    </message>
    <message>
        <source>e.g. Birth, {{applicant}}</source>
        <translation>z. B. Geburt, {{applicant}}</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Service &amp;key:</source>
        <translation>Leistungs&amp;schlüssel:</translation>
    </message>
    <message>
        <source>File plan &amp;entry:</source>
        <translation>Akten&amp;planeintrag:</translation>
    </message>
    <message>
        <source>Owning &amp;unit:</source>
        <translation>Federführende &amp;Einheit:</translation>
    </message>
    <message>
        <source>Subject &amp;template:</source>
        <translation>Betreff&amp;vorlage:</translation>
    </message>
    <message>
        <source>Edit routing rule</source>
        <translation>Verteilregel bearbeiten</translation>
    </message>
    <message>
        <source>The 14-digit key of the service, as in the application.</source>
        <translation>Der 14-stellige Schlüssel der Leistung, wie im Antrag.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Leistung: %1</translation>
    </message>
    <message>
        <source>No application for this service has arrived yet.</source>
        <translation>Für diese Leistung ist noch kein Antrag eingegangen.</translation>
    </message>
</context>
<context>
    <name>aw::ui::RoutingRulesDialog</name>
    <message>
        <source>&amp;Add …</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Verteilregeln</translation>
    </message>
    <message>
        <source>New applications in the inbox are filed by these rules. For each rule of its service, an application starts a case file with a proceeding.</source>
        <translation>Neue Anträge im Posteingang werden nach diesen Regeln abgelegt. Für jede Regel seiner Leistung legt ein Antrag eine Akte mit einem Vorgang an.</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Leistungsschlüssel</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>File plan entry</source>
        <translation>Aktenplaneintrag</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Federführende Einheit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The routing rules could not be read: %1</source>
        <translation>Die Verteilregeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may change routing rules.</source>
        <translation>Nur die Registratur darf Verteilregeln ändern.</translation>
    </message>
    <message>
        <source>There are no rules yet. New applications stay in the inbox until they are filed by hand.</source>
        <translation>Es gibt noch keine Regeln. Neue Anträge bleiben im Posteingang, bis sie von Hand abgelegt werden.</translation>
    </message>
    <message>
        <source>Add a rule (%1)</source>
        <translation>Regel hinzufügen (%1)</translation>
    </message>
    <message>
        <source>Edit the selected rule (%1)</source>
        <translation>Gewählte Regel bearbeiten (%1)</translation>
    </message>
    <message>
        <source>Remove the selected rule (%1)</source>
        <translation>Gewählte Regel entfernen (%1)</translation>
    </message>
    <message>
        <source>Remove routing rule</source>
        <translation>Verteilregel entfernen</translation>
    </message>
    <message>
        <source>Remove this routing rule?</source>
        <translation>Diese Verteilregel entfernen?</translation>
    </message>
    <message>
        <source>Applications for %1 will no longer be filed under “%2” (%3).</source>
        <translation>Anträge für %1 werden dann nicht mehr unter „%2“ (%3) abgelegt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>aw::ui::SavedSearchNav</name>
    <message>
        <source>&amp;Remove saved search</source>
        <translation>Gespeicherte Suche &amp;löschen</translation>
    </message>
    <message>
        <source>Shared with %1 by %2</source>
        <translation>Von %2 geteilt mit %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved search %1, %n case file(s)</source>
        <translation>
            <numerusform>Gespeicherte Suche %1, %n Akte</numerusform>
            <numerusform>Gespeicherte Suche %1, %n Akten</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>Gespeicherte Suche löschen</translation>
    </message>
    <message>
        <source>Remove the saved search “%1”? The files it finds stay as they are.</source>
        <translation>Die gespeicherte Suche „%1“ löschen? Die Akten, die sie findet, bleiben unverändert.</translation>
    </message>
    <message>
        <source>The saved search was removed.</source>
        <translation>Die gespeicherte Suche wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>aw::ui::SearchPane</name>
    <message>
        <source>Case file</source>
        <translation>Akte</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>E&amp;xport CSV …</source>
        <translation>CSV-E&amp;xport …</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search all files, e.g. Wohngeld einheit:KZS von:2025 or az:12/2026</source>
        <translation>Alle Akten durchsuchen, z. B. Wohngeld einheit:KZS von:2025 oder az:12/2026</translation>
    </message>
    <message>
        <source>Words find their forms (Anträge finds Antrag); &quot;phrase&quot;, prefix*, OR, -exclude.
Fields: az: (part of a reference), betreff:, einheit:, bearbeiter:, status:offen|bearbeitung|wartet|abgeschlossen,
typ:eingang|ausgang|intern|dokument|vorgang|akte, von: and bis: (dates), archiv:ja|nein, aktenplan:</source>
        <translation>Wörter finden ihre Formen (Anträge findet Antrag); &quot;Wortfolge&quot;, Anfang*, OR, -ausschließen.
Felder: az: (Teil eines Aktenzeichens), betreff:, einheit:, bearbeiter:, status:offen|bearbeitung|wartet|abgeschlossen,
typ:eingang|ausgang|intern|dokument|vorgang|akte, von: und bis: (Datum), archiv:ja|nein, aktenplan:</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Wo gesucht wird</translation>
    </message>
    <message>
        <source>My units</source>
        <translation>Meine Einheiten</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>Meine Arbeit</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>Reihenfolge der Treffer</translation>
    </message>
    <message>
        <source>Best first</source>
        <translation>Beste zuerst</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Type what you are looking for and press Enter.</source>
        <translation>Suchbegriff eingeben und Eingabetaste drücken.</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>Suchindex wird aufgebaut</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>Suche eingrenzen</translation>
    </message>
    <message>
        <source>Narrow by</source>
        <translation>Eingrenzen nach</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Enter or a double click adds the value to the search</source>
        <translation>Eingabetaste oder Doppelklick nimmt den Wert in die Suche auf</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnis</translation>
    </message>
    <message>
        <source>Searching …</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(zdA)</translation>
    </message>
    <message numerus="yes">
        <source>%n more hit(s) in this case file</source>
        <translation>
            <numerusform>%n weiterer Treffer in dieser Akte</numerusform>
            <numerusform>%n weitere Treffer in dieser Akte</numerusform>
        </translation>
    </message>
    <message>
        <source>No case file matches. Check the spelling, leave out a word or field, or search in another scope.</source>
        <translation>Keine Akte passt. Bitte die Schreibweise prüfen, ein Wort oder Feld weglassen oder an anderer Stelle suchen.</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) with hits</source>
        <translation>
            <numerusform>%n Akte mit Treffern</numerusform>
            <numerusform>%n Akten mit Treffern</numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1 to %2</source>
        <translation>angezeigt %1 bis %2</translation>
    </message>
    <message numerus="yes">
        <source>The search index is still being built: %n object(s) are not yet found.</source>
        <translation>
            <numerusform>Der Suchindex wird noch aufgebaut: %n Eintrag wird noch nicht gefunden.</numerusform>
            <numerusform>Der Suchindex wird noch aufgebaut: %n Einträge werden noch nicht gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter adds %1 to the search</source>
        <translation>Eingabetaste nimmt %1 in die Suche auf</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>Aktenplan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Aktenwerk is indexing the files for search (%1 of %2). Searches find what is done so far.</source>
        <translation>Aktenwerk nimmt die Akten in den Suchindex auf (%1 von %2). Die Suche findet, was schon aufgenommen ist.</translation>
    </message>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>Der Suchindex konnte nicht auf den neuesten Stand gebracht werden: %1</translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>Der Suchindex ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Export search results</source>
        <translation>Suchergebnis exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Hit reference</source>
        <translation>Aktenzeichen des Treffers</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>More hits</source>
        <translation>Weitere Treffer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>zdA</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>Der Export konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) exported to %1.</source>
        <translation>
            <numerusform>%n Akte nach %1 exportiert.</numerusform>
            <numerusform>%n Akten nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the search</source>
        <translation>Suche starten</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Suchergebnis als CSV exportieren</translation>
    </message>
    <message>
        <source>Previous page of results</source>
        <translation>Vorige Seite der Treffer</translation>
    </message>
    <message>
        <source>Next page of results</source>
        <translation>Nächste Seite der Treffer</translation>
    </message>
    <message>
        <source>S&amp;ave search …</source>
        <translation>Such&amp;e merken …</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Diese Suche speichern</translation>
    </message>
    <message>
        <source>Keep this search under a name in the navigation, for you or your unit</source>
        <translation>Diese Suche unter einem Namen in der Navigation ablegen, für Sie oder Ihre Einheit</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>The search “%1” appears under this name in the navigation, with the number of case files it finds.</source>
        <translation>Die Suche „%1“ erscheint unter diesem Namen in der Navigation, mit der Zahl der Akten, die sie findet.</translation>
    </message>
    <message>
        <source>nobody (only me)</source>
        <translation>niemandem (nur für mich)</translation>
    </message>
    <message>
        <source>%1 (everyone in it)</source>
        <translation>%1 (alle darin)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the search</source>
        <translation>Name der Suche</translation>
    </message>
    <message>
        <source>S&amp;hare with:</source>
        <translation>&amp;Teilen mit:</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Teilen mit</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Give the search a name.</source>
        <translation>Bitte der Suche einen Namen geben.</translation>
    </message>
    <message>
        <source>The search is saved as “%1”.</source>
        <translation>Die Suche ist als „%1“ gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest case files with hits, of about %1 hits in all (the words are very common: add a word or a field to see fewer)</source>
        <translation>
            <numerusform>Die neueste Akte mit Treffern, von etwa %1 Treffern insgesamt (die Wörter sind sehr häufig: ein weiteres Wort oder Feld grenzt ein)</numerusform>
            <numerusform>Die %n neuesten Akten mit Treffern, von etwa %1 Treffern insgesamt (die Wörter sind sehr häufig: ein weiteres Wort oder Feld grenzt ein)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aw::ui::SettingsDialog</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give the full path of the folder, e.g. %1.</source>
        <translation>Geben Sie den vollständigen Pfad des Ordners an, z. B. %1.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Aktenwerk may not write into “%1”.</source>
        <translation>Aktenwerk darf nicht in „%1“ schreiben.</translation>
    </message>
    <message>
        <source>“%1” does not exist and cannot be created.</source>
        <translation>„%1“ existiert nicht und kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: “%2” is a file, not a folder.</source>
        <translation>„%1“ kann nicht angelegt werden: „%2“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: Aktenwerk may not write into “%2”.</source>
        <translation>„%1“ kann nicht angelegt werden: Aktenwerk darf nicht in „%2“ schreiben.</translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation>Speicherordner: %1</translation>
    </message>
    <message>
        <source>Watch folder: %1</source>
        <translation>Eingangsordner: %1</translation>
    </message>
    <message>
        <source>Outgoing folder: %1</source>
        <translation>Ausgangsordner: %1</translation>
    </message>
    <message>
        <source>Choose …</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Speicherordner wählen</translation>
    </message>
    <message>
        <source>Choose the watch folder</source>
        <translation>Eingangsordner wählen</translation>
    </message>
    <message>
        <source>Choose the outgoing folder</source>
        <translation>Ausgangsordner wählen</translation>
    </message>
    <message>
        <source>Send the &amp;acknowledgement of receipt right after filing</source>
        <translation>&amp;Eingangsbestätigung gleich nach dem Ablegen senden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Nobody (read-only)</source>
        <translation>Niemand (nur lesen)</translation>
    </message>
    <message>
        <source>Reading …</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>Speicherordner</translation>
    </message>
    <message>
        <source>Empty: the standard folder</source>
        <translation>Leer: der Standardordner</translation>
    </message>
    <message>
        <source>Watch folder for the inbox</source>
        <translation>Eingangsordner für den Posteingang</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Outgoing folder</source>
        <translation>Ausgangsordner</translation>
    </message>
    <message>
        <source>A relative path is taken relative to the store folder.</source>
        <translation>Ein relativer Pfad gilt relativ zum Speicherordner.</translation>
    </message>
    <message>
        <source>Send the acknowledgement of receipt right after filing</source>
        <translation>Eingangsbestätigung gleich nach dem Ablegen senden</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Your settings on this computer</source>
        <translation>Ihre Einstellungen auf diesem Rechner</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer/in:</translation>
    </message>
    <message>
        <source>Aktenwerk asks who is working at each start.</source>
        <translation>Aktenwerk fragt bei jedem Start, wer arbeitet.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>Gilt nach einem Neustart.</translation>
    </message>
    <message>
        <source>&amp;Store folder:</source>
        <translation>Speicher&amp;ordner:</translation>
    </message>
    <message>
        <source>Applies at the next start. Open now: %1</source>
        <translation>Gilt beim nächsten Start. Jetzt geöffnet: %1</translation>
    </message>
    <message>
        <source>&amp;Watch folder:</source>
        <translation>&amp;Eingangsordner:</translation>
    </message>
    <message>
        <source>Optional. Online applications (ZIP packages) put here are received into the inbox. Applies at the next start.</source>
        <translation>Optional. Online-Anträge (ZIP-Pakete), die hier abgelegt werden, kommen in den Posteingang. Gilt beim nächsten Start.</translation>
    </message>
    <message>
        <source>Office settings (for everybody working with this store)</source>
        <translation>Einstellungen der Dienststelle (für alle, die mit diesem Speicher arbeiten)</translation>
    </message>
    <message>
        <source>&amp;Outgoing folder:</source>
        <translation>A&amp;usgangsordner:</translation>
    </message>
    <message>
        <source>Acknowledgements of receipt are handed over here to be sent (e-mail, De-Mail, or print for the post).</source>
        <translation>Eingangsbestätigungen werden hier zum Versand übergeben (E-Mail, De-Mail oder Druck für die Post).</translation>
    </message>
    <message>
        <source>Reading the office settings …</source>
        <translation>Die Einstellungen der Dienststelle werden gelesen …</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The office settings could not be read: %1</source>
        <translation>Die Einstellungen der Dienststelle konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Empty: the folder “ausgang” in the store folder</source>
        <translation>Leer: der Ordner „ausgang“ im Speicherordner</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may change these settings.</source>
        <translation>Nur die Registratur darf diese Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The office settings could not be saved: %1</source>
        <translation>Die Einstellungen der Dienststelle konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your settings could not be written (%1).</source>
        <translation>Ihre Einstellungen konnten nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>Fee schedule: %1</source>
        <translation>Gebührenverzeichnis: %1</translation>
    </message>
    <message>
        <source>Choose the fee schedule</source>
        <translation>Gebührenverzeichnis auswählen</translation>
    </message>
    <message>
        <source>Issuing Standesamt</source>
        <translation>Ausstellendes Standesamt</translation>
    </message>
    <message>
        <source>e.g. Standesamt Göttingen</source>
        <translation>z. B. Standesamt Göttingen</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Ausstellungsort</translation>
    </message>
    <message>
        <source>e.g. Göttingen</source>
        <translation>z. B. Göttingen</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Gebührenverzeichnis</translation>
    </message>
    <message>
        <source>None: 12,00 € the first copy, 6,00 € each further one</source>
        <translation>Keins: 12,00 € die erste Ausfertigung, 6,00 € jede weitere</translation>
    </message>
    <message>
        <source>Standesa&amp;mt:</source>
        <translation>Standes&amp;amt:</translation>
    </message>
    <message>
        <source>The issuing office printed on certificates.</source>
        <translation>Die ausstellende Behörde, wie sie auf den Urkunden steht.</translation>
    </message>
    <message>
        <source>&amp;Place of issue:</source>
        <translation>Ausstellungsor&amp;t:</translation>
    </message>
    <message>
        <source>&amp;Fee schedule:</source>
        <translation>&amp;Gebührenverzeichnis:</translation>
    </message>
    <message>
        <source>A JSON file with the certificate fees and the day they apply from (see the README). It is checked before saving.</source>
        <translation>Eine JSON-Datei mit den Urkundengebühren und dem Tag, ab dem sie gelten (siehe README). Sie wird vor dem Speichern geprüft.</translation>
    </message>
    <message>
        <source>Fee schedule (*.json)</source>
        <translation>Gebührenverzeichnis (*.json)</translation>
    </message>
    <message>
        <source>Authority (sender in xdomea messages)</source>
        <translation>Behörde (Absender in xdomea-Nachrichten)</translation>
    </message>
    <message>
        <source>e.g. Bezirksamt Mitte</source>
        <translation>z. B. Bezirksamt Mitte</translation>
    </message>
    <message>
        <source>Aut&amp;hority:</source>
        <translation>&amp;Behörde:</translation>
    </message>
    <message>
        <source>The sender named in xdomea messages: case files handed to another authority, offers to the archive.</source>
        <translation>Der Absender in xdomea-Nachrichten: Abgaben an andere Behörden, Anbietungen an das Archiv.</translation>
    </message>
</context>
<context>
    <name>aw::ui::StoreCheck</name>
    <message>
        <source>Checking the store …</source>
        <translation>Der Speicher wird geprüft …</translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation>Speicher beschädigt</translation>
    </message>
    <message>
        <source>%1

The store is now open for reading only: you can look at everything, but nothing can be changed.</source>
        <translation>%1

Der Speicher ist jetzt nur lesend geöffnet: Sie können alles ansehen, aber nichts ändern.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>aw::ui::StoreOpening</name>
    <message>
        <source>Aktenwerk</source>
        <translation>Aktenwerk</translation>
    </message>
    <message>
        <source>Opening the store …

After an update of Aktenwerk the store is brought up to the new version first.
With many documents this takes a few minutes. Please leave Aktenwerk open meanwhile.</source>
        <translation>Der Bestand wird geöffnet …

Nach einem Update von Aktenwerk wird er zuerst auf die neue Version umgestellt.
Bei vielen Dokumenten dauert das einige Minuten. Bitte lassen Sie Aktenwerk so lange geöffnet.</translation>
    </message>
</context>
<context>
    <name>aw::ui::SyncController</name>
    <message>
        <source>Synchronize &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sync c&amp;onflicts …</source>
        <translation>Sync-&amp;Konflikte …</translation>
    </message>
    <message>
        <source>The central store did not accept the password for %1.</source>
        <translation>Der zentrale Speicher hat das Passwort für %1 nicht angenommen.</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Zentraler Speicher</translation>
    </message>
    <message>
        <source>Password of %1 at the central store %2:</source>
        <translation>Passwort von %1 beim zentralen Speicher %2:</translation>
    </message>
    <message>
        <source>Without the password, this computer works with its local store only. Synchronize now (F9) asks again.</source>
        <translation>Ohne Passwort arbeitet dieser Rechner nur mit dem lokalen Bestand. „Jetzt synchronisieren“ (F9) fragt erneut.</translation>
    </message>
    <message>
        <source>Local store only</source>
        <translation>Nur lokaler Bestand</translation>
    </message>
    <message>
        <source>Offline – changes are kept and sent later</source>
        <translation>Offline – Änderungen bleiben erhalten und werden später gesendet</translation>
    </message>
    <message>
        <source>Synchronizing …</source>
        <translation>Synchronisiere …</translation>
    </message>
    <message>
        <source>In sync (%1)</source>
        <translation>Synchronisiert (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n Konflikt zu entscheiden</numerusform>
            <numerusform>%n Konflikte zu entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisation fehlgeschlagen</translation>
    </message>
    <message>
        <source>No central store is set (Settings).</source>
        <translation>Kein zentraler Speicher eingestellt (Einstellungen).</translation>
    </message>
    <message>
        <source>Central store %1. Click or press F9 to synchronize now.</source>
        <translation>Zentraler Speicher %1. Klicken oder F9 drücken, um jetzt zu synchronisieren.</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>Stand der Synchronisation: %1</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisation angehalten</translation>
    </message>
    <message>
        <source>Central store %1. Click to pause; the next sync goes on from there.</source>
        <translation>Zentraler Speicher %1. Klicken hält an; die nächste Synchronisation macht dort weiter.</translation>
    </message>
    <message>
        <source>Paused. The next sync (F9, or by itself within minutes) goes on from there.</source>
        <translation>Angehalten. Die nächste Synchronisation (F9 oder von selbst in wenigen Minuten) macht dort weiter.</translation>
    </message>
    <message>
        <source>The central store cannot be reached. The contents of this version are kept there; try again when the connection is back. (%1)</source>
        <translation>Der zentrale Speicher ist nicht erreichbar. Der Inhalt dieser Version liegt dort; bitte erneut versuchen, sobald die Verbindung wieder steht. (%1)</translation>
    </message>
    <message>
        <source>The contents of this version are not in this store, and no central store is set to fetch them from (Settings). If this store never synced, its file is missing: check the store (aktenwerk-cli verify).</source>
        <translation>Der Inhalt dieser Version ist nicht in diesem Bestand, und es ist kein zentraler Speicher eingestellt, aus dem er geladen werden könnte (Einstellungen). Hat dieser Bestand nie synchronisiert, fehlt die Datei: bitte den Bestand prüfen (aktenwerk-cli verify).</translation>
    </message>
</context>
<context>
    <name>aw::ui::UserPicker</name>
    <message>
        <source>Who is working?</source>
        <translation>Wer arbeitet?</translation>
    </message>
    <message>
        <source>Choose yourself. What you do is recorded under your name, and you see the work of your units.</source>
        <translation>Wählen Sie sich aus. Was Sie tun, wird unter Ihrem Namen festgehalten, und Sie sehen die Arbeit Ihrer Einheiten.</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>Type part of a name, login or unit</source>
        <translation>Teil eines Namens, einer Kennung oder einer Einheit eingeben</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Command that creates the first user</source>
        <translation>Befehl, der den ersten Benutzer anlegt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start as the chosen user</source>
        <translation>Als gewählte Person starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Reading the users …</source>
        <translation>Die Benutzer werden gelesen …</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>role, units</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (login)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – no unit</source>
        <translation>%1 – keine Einheit</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>who – roles</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This store has no users yet, so Aktenwerk can only open it read-only. The registry creates the first user (a registrar) on the command line:</source>
        <translation>Dieser Speicher hat noch keine Benutzer; Aktenwerk kann ihn nur lesend öffnen. Die Registratur legt den ersten Benutzer (eine Registrator/in) auf der Kommandozeile an:</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Niemand passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>aw::ui::XdomeaActions</name>
    <message>
        <source>The import confirmation (0402)</source>
        <translation>Die Importbestätigung (0402)</translation>
    </message>
    <message>
        <source>The receipt (0403)</source>
        <translation>Die Empfangsbestätigung (0403)</translation>
    </message>
    <message>
        <source>The evaluation (0502)</source>
        <translation>Die Bewertung (0502)</translation>
    </message>
    <message>
        <source>The receipt of the offer (0504)</source>
        <translation>Die Empfangsbestätigung der Anbietung (0504)</translation>
    </message>
    <message>
        <source>The receipt of the evaluation (0505)</source>
        <translation>Die Empfangsbestätigung der Bewertung (0505)</translation>
    </message>
    <message>
        <source>The archive&apos;s import confirmation (0506)</source>
        <translation>Die Importbestätigung des Archivs (0506)</translation>
    </message>
    <message>
        <source>The receipt of the hand-over (0507)</source>
        <translation>Die Empfangsbestätigung der Aussonderung (0507)</translation>
    </message>
    <message>
        <source>%1 – %2 (file plan %3)</source>
        <translation>%1 – %2 (Aktenplan %3)</translation>
    </message>
    <message>
        <source> The archive keeps %1 and declines %2 of the offered files.</source>
        <translation> Das Archiv übernimmt %1 und lehnt %2 der angebotenen Akten ab.</translation>
    </message>
    <message>
        <source>This is an Abgabe (0401) of case files from another authority: read it with File › Read xdomea package.</source>
        <translation>Das ist eine Abgabe (0401) von Akten einer anderen Behörde: Lesen Sie sie mit Datei › xdomea-Paket einlesen ein.</translation>
    </message>
    <message>
        <source>This is a message an office sends to its archive (%1); it is not read into the store.</source>
        <translation>Das ist eine Nachricht, die eine Behörde an ihr Archiv sendet (%1); sie wird nicht eingelesen.</translation>
    </message>
    <message>
        <source>%1 from %2 is recorded; the exchange is now “%3”.</source>
        <translation>%1 von %2 ist erfasst; der Austausch ist jetzt „%3“.</translation>
    </message>
    <message>
        <source>Hand &amp;over case file (xdomea) …</source>
        <translation>Akte a&amp;bgeben (xdomea) …</translation>
    </message>
    <message>
        <source>Read xdomea &amp;package …</source>
        <translation>xdomea-&amp;Paket einlesen …</translation>
    </message>
    <message>
        <source>&amp;Disposal …</source>
        <translation>&amp;Aussonderung …</translation>
    </message>
    <message>
        <source>Hand the selected case file to another authority as an xdomea package (Abgabe)</source>
        <translation>Die gewählte Akte als xdomea-Paket an eine andere Behörde abgeben (Abgabe)</translation>
    </message>
    <message>
        <source>Read an xdomea package: case files handed over to this office, a receipt, or the archive&apos;s answer</source>
        <translation>Ein xdomea-Paket einlesen: an diese Behörde abgegebene Akten, eine Empfangsbestätigung oder die Antwort des Archivs</translation>
    </message>
    <message>
        <source>Closed case files whose retention has ended: offer to the archive, hand over, destroy (registry)</source>
        <translation>Geschlossene Akten mit abgelaufener Aufbewahrungsfrist: dem Archiv anbieten, übergeben, vernichten (Registratur)</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may dispose of files.</source>
        <translation>Nur die Registratur darf Akten aussondern.</translation>
    </message>
    <message>
        <source>xdomea</source>
        <translation>xdomea</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Hand over case file (xdomea)</source>
        <translation>Akte abgeben (xdomea)</translation>
    </message>
    <message>
        <source>The case file &lt;b&gt;%1 – %2&lt;/b&gt; with all its proceedings and documents is written as an xdomea package (Abgabe 0401) for the receiving authority. It stays here until they confirm the import (0402).</source>
        <translation>Die Akte &lt;b&gt;%1 – %2&lt;/b&gt; wird mit allen Vorgängen und Dokumenten als xdomea-Paket (Abgabe 0401) für die empfangende Behörde geschrieben. Sie bleibt hier, bis diese den Import bestätigt (0402).</translation>
    </message>
    <message>
        <source>e.g. Bezirksamt Süd</source>
        <translation>z. B. Bezirksamt Süd</translation>
    </message>
    <message>
        <source>&amp;Receiving authority:</source>
        <translation>&amp;Empfangende Behörde:</translation>
    </message>
    <message>
        <source>Receiving authority</source>
        <translation>Empfangende Behörde</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Ordner für das Paket</translation>
    </message>
    <message>
        <source>Package &amp;folder:</source>
        <translation>Paket&amp;ordner:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Abgeben</translation>
    </message>
    <message>
        <source>Enter the authority that receives the case file.</source>
        <translation>Geben Sie die Behörde an, die die Akte erhält.</translation>
    </message>
    <message>
        <source>Choose the folder for the package.</source>
        <translation>Wählen Sie den Ordner für das Paket.</translation>
    </message>
    <message>
        <source>Writing the xdomea package …</source>
        <translation>Das xdomea-Paket wird geschrieben …</translation>
    </message>
    <message>
        <source>Case file handed over</source>
        <translation>Akte abgegeben</translation>
    </message>
    <message>
        <source>The xdomea package for %1 (%2) is written:
%3

Send it to them. The case file stays here until their import confirmation (0402) is read with File › Read xdomea package.</source>
        <translation>Das xdomea-Paket für %1 (%2) ist geschrieben:
%3

Senden Sie es dorthin. Die Akte bleibt hier, bis die Importbestätigung (0402) mit Datei › xdomea-Paket einlesen eingelesen ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Read xdomea package</source>
        <translation>xdomea-Paket einlesen</translation>
    </message>
    <message>
        <source>xdomea packages (*.zip);;All files (*)</source>
        <translation>xdomea-Pakete (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the xdomea package …</source>
        <translation>Das xdomea-Paket wird gelesen …</translation>
    </message>
    <message>
        <source>xdomea package read</source>
        <translation>xdomea-Paket eingelesen</translation>
    </message>
    <message>
        <source>Case files handed over are taken in by someone of the unit they are for; you work in no unit that may create case files.</source>
        <translation>Abgegebene Akten übernimmt jemand aus der Einheit, für die sie bestimmt sind; Sie arbeiten in keiner Einheit, die Akten anlegen darf.</translation>
    </message>
    <message>
        <source>Taking in the case files …</source>
        <translation>Die Akten werden übernommen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation>
            <numerusform>%n Akte</numerusform>
            <numerusform>%n Akten</numerusform>
        </translation>
    </message>
    <message>
        <source>Case files taken in</source>
        <translation>Akten übernommen</translation>
    </message>
    <message>
        <source>%1 with %2 taken in from %3.</source>
        <translation>%1 mit %2 von %3 übernommen.</translation>
    </message>
    <message>
        <source>%1 with %2 taken in from %3; import confirmation at %4</source>
        <translation>%1 mit %2 von %3 übernommen; Importbestätigung unter %4</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Confirmation</name>
    <message>
        <source>The confirmation names %1, which was not handed over in this exchange. Nothing was applied.</source>
        <translation>Die Bestätigung nennt %1, das in diesem Austausch nicht übergeben wurde. Nichts wurde übernommen.</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Disposals</name>
    <message>
        <source>Choose at least one case file to offer to the archive.</source>
        <translation>Wählen Sie mindestens eine Akte, die dem Archiv angeboten wird.</translation>
    </message>
    <message>
        <source>Name the archive the files are offered to.</source>
        <translation>Nennen Sie das Archiv, dem die Akten angeboten werden.</translation>
    </message>
    <message>
        <source>The case file %1 is not due for disposal: it is open, its retention runs until later, or it has left the store.</source>
        <translation>Die Akte %1 ist nicht zur Aussonderung fällig: Sie ist offen, ihre Aufbewahrungsfrist läuft noch, oder sie hat den Speicher verlassen.</translation>
    </message>
    <message>
        <source>The case file %1 is already part of the disposal %2.</source>
        <translation>Die Akte %1 gehört bereits zur Aussonderung %2.</translation>
    </message>
    <message>
        <source>The file plan marks %1 for destruction (V); it is destroyed, not offered.</source>
        <translation>Der Aktenplan sieht %1 zur Vernichtung vor (V); sie wird vernichtet, nicht angeboten.</translation>
    </message>
    <message>
        <source>This is not a Bewertungsverzeichnis (0502).</source>
        <translation>Das ist kein Bewertungsverzeichnis (0502).</translation>
    </message>
    <message>
        <source>The disposal %1 is not waiting for an evaluation (it is %2).</source>
        <translation>Die Aussonderung %1 wartet nicht auf eine Bewertung (Stand: %2).</translation>
    </message>
    <message>
        <source>The evaluation names %1, which was not offered in this disposal. Nothing was applied.</source>
        <translation>Die Bewertung nennt %1, das in dieser Aussonderung nicht angeboten wurde. Nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>The evaluation leaves %1 undecided (B); the archive must decide A or V. Nothing was applied.</source>
        <translation>Die Bewertung lässt %1 offen (B); das Archiv muss A oder V entscheiden. Nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>The evaluation does not decide on the offered file %1. Nothing was applied.</source>
        <translation>Die Bewertung entscheidet nicht über die angebotene Akte %1. Nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>The disposal %1 cannot be handed over now (it is %2).</source>
        <translation>Die Aussonderung %1 kann jetzt nicht übergeben werden (Stand: %2).</translation>
    </message>
    <message>
        <source>The archive keeps none of the files of this disposal; there is nothing to hand over. Destroy the files it declined instead.</source>
        <translation>Das Archiv übernimmt keine Akte dieser Aussonderung; es gibt nichts zu übergeben. Vernichten Sie stattdessen die abgelehnten Akten.</translation>
    </message>
    <message>
        <source>This is not a receipt of a disposal (0504–0507).</source>
        <translation>Das ist keine Empfangsbestätigung einer Aussonderung (0504–0507).</translation>
    </message>
    <message>
        <source>The ProzessID %1 is not a disposal of this store.</source>
        <translation>Die ProzessID %1 ist keine Aussonderung dieses Speichers.</translation>
    </message>
    <message>
        <source>The disposal %1 has not been handed over to the archive (it is %2).</source>
        <translation>Die Aussonderung %1 ist dem Archiv nicht übergeben worden (Stand: %2).</translation>
    </message>
    <message>
        <source>Choose at least one case file to destroy.</source>
        <translation>Wählen Sie mindestens eine Akte zum Vernichten.</translation>
    </message>
    <message>
        <source>The case file %1 is not due for disposal and cannot be destroyed.</source>
        <translation>Die Akte %1 ist nicht zur Aussonderung fällig und kann nicht vernichtet werden.</translation>
    </message>
    <message>
        <source>%1 may not be destroyed: only files the file plan marks V, or that the archive has declined, are destroyed. Offer it to the archive first.</source>
        <translation>%1 darf nicht vernichtet werden: Vernichtet werden nur Akten, die der Aktenplan mit V kennzeichnet oder die das Archiv abgelehnt hat. Bieten Sie sie zuerst dem Archiv an.</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Exchange</name>
    <message>
        <source>offered to the archive</source>
        <translation>dem Archiv angeboten</translation>
    </message>
    <message>
        <source>evaluated by the archive</source>
        <translation>vom Archiv bewertet</translation>
    </message>
    <message>
        <source>handed to the archive</source>
        <translation>an das Archiv übergeben</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>confirmed by the recipient</source>
        <translation>vom Empfänger bestätigt</translation>
    </message>
    <message>
        <source>There is no xdomea exchange with the ProzessID %1 in this store.</source>
        <translation>In diesem Speicher gibt es keinen xdomea-Austausch mit der ProzessID %1.</translation>
    </message>
    <message>
        <source>The case file has not left the store.</source>
        <translation>Die Akte hat den Speicher nicht verlassen.</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Package</name>
    <message>
        <source>The package “%1” already exists; it is not overwritten.</source>
        <translation>Das Paket „%1“ gibt es schon; es wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The file “%1” is missing from the store.</source>
        <translation>Die Datei „%1“ fehlt im Speicher.</translation>
    </message>
    <message>
        <source>“%1” is not named like an xdomea package (&lt;ProzessID&gt;_&lt;Nachrichtentyp&gt;.zip, e.g. …_Abgabe.Abgabe.0401.zip).</source>
        <translation>„%1“ ist nicht wie ein xdomea-Paket benannt (&lt;ProzessID&gt;_&lt;Nachrichtentyp&gt;.zip, z. B. …_Abgabe.Abgabe.0401.zip).</translation>
    </message>
    <message>
        <source>Aktenwerk does not take in xdomea messages of the kind “%1”.</source>
        <translation>Aktenwerk übernimmt keine xdomea-Nachrichten der Art „%1“.</translation>
    </message>
    <message>
        <source>The package does not contain the message “%1”.</source>
        <translation>Das Paket enthält die Nachricht „%1“ nicht.</translation>
    </message>
    <message>
        <source>The package name “%1” does not match its message (ProzessID %2, type %3).</source>
        <translation>Der Paketname „%1“ passt nicht zu seiner Nachricht (ProzessID %2, Typ %3).</translation>
    </message>
    <message>
        <source>The primary file name “%1” is not of the form &lt;UUID&gt;_&lt;name&gt;.</source>
        <translation>Der Name der Primärdatei „%1“ hat nicht die Form &lt;UUID&gt;_&lt;Name&gt;.</translation>
    </message>
    <message>
        <source>The message names the primary file “%1” twice.</source>
        <translation>Die Nachricht nennt die Primärdatei „%1“ zweimal.</translation>
    </message>
    <message>
        <source>The primary file “%1” named in the message is missing from the package.</source>
        <translation>Die in der Nachricht genannte Primärdatei „%1“ fehlt im Paket.</translation>
    </message>
    <message>
        <source>The package contains “%1”, which its message does not name.</source>
        <translation>Das Paket enthält „%1“, das seine Nachricht nicht nennt.</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Reader</name>
    <message>
        <source>The xdomea message contains a DOCTYPE (line %1); xdomea messages must not declare one.</source>
        <translation>Die xdomea-Nachricht enthält eine DOCTYPE-Angabe (Zeile %1); xdomea-Nachrichten dürfen keine enthalten.</translation>
    </message>
    <message>
        <source>The xdomea message uses an entity (line %1).</source>
        <translation>Die xdomea-Nachricht verwendet eine Entität (Zeile %1).</translation>
    </message>
    <message>
        <source>The xdomea message is nested too deeply or too large (line %1).</source>
        <translation>Die xdomea-Nachricht ist zu tief verschachtelt oder zu groß (Zeile %1).</translation>
    </message>
    <message>
        <source>The xdomea message is not well-formed XML (line %1): %2</source>
        <translation>Die xdomea-Nachricht ist kein wohlgeformtes XML (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The xdomea message is empty.</source>
        <translation>Die xdomea-Nachricht ist leer.</translation>
    </message>
    <message>
        <source>the version number “%1” is not a positive number.</source>
        <translation>Die Versionsnummer „%1“ ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>version %1 has no primary file.</source>
        <translation>Version %1 hat keine Primärdatei.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>sub-proceedings (Teilvorgänge) are not supported.</source>
        <translation>Teilvorgänge werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>sub-files (Teilakten) are not supported.</source>
        <translation>Teilakten werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>documents directly in a case file, outside a proceeding, are not supported.</source>
        <translation>Dokumente direkt in einer Akte, außerhalb eines Vorgangs, werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>This is not an xdomea 3.0.0 or 3.1.0 message (namespace “%1”).</source>
        <translation>Das ist keine Nachricht in xdomea 3.0.0 oder 3.1.0 (Namensraum „%1“).</translation>
    </message>
    <message>
        <source>Aktenwerk does not take in xdomea messages of the kind “%1”.</source>
        <translation>Aktenwerk übernimmt keine xdomea-Nachrichten der Art „%1“.</translation>
    </message>
    <message>
        <source>the message has no header (Kopf).</source>
        <translation>Die Nachricht hat keinen Kopf.</translation>
    </message>
    <message>
        <source>the header names message type “%1”, the message is a %2.</source>
        <translation>Der Kopf nennt den Nachrichtentyp „%1“, die Nachricht ist eine %2.</translation>
    </message>
    <message>
        <source>only whole case files (Akten) can be taken in, not single proceedings or documents.</source>
        <translation>Übernommen werden nur ganze Akten, keine einzelnen Vorgänge oder Dokumente.</translation>
    </message>
    <message>
        <source>the evaluation of %1 has no decision A, V or B.</source>
        <translation>Die Bewertung von %1 enthält keine Entscheidung A, V oder B.</translation>
    </message>
    <message>
        <source>The xdomea message cannot be taken in (line %1): %2</source>
        <translation>Die xdomea-Nachricht kann nicht übernommen werden (Zeile %1): %2</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Schemas</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Arbeitsspeicher mehr</translation>
    </message>
    <message>
        <source>%1 (line %2 of %3)</source>
        <translation>%1 (Zeile %2 von %3)</translation>
    </message>
    <message>
        <source>the schema does not compile</source>
        <translation>das Schema lässt sich nicht übersetzen</translation>
    </message>
    <message>
        <source>Out of memory while reading the xdomea message.</source>
        <translation>Beim Lesen der xdomea-Nachricht ist der Arbeitsspeicher ausgegangen.</translation>
    </message>
    <message>
        <source>xdomea messages must not contain a DOCTYPE (document type declaration), and this one does (line %1). Aktenwerk refuses them to rule out entity attacks.</source>
        <translation>xdomea-Nachrichten dürfen keine DOCTYPE-Angabe (Dokumenttyp-Deklaration) enthalten, diese enthält eine (Zeile %1). Aktenwerk weist solche Nachrichten ab, um Angriffe über Entitäten auszuschließen.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The xdomea message is not well-formed XML (line %1): %2</source>
        <translation>Die xdomea-Nachricht ist kein wohlgeformtes XML (Zeile %1): %2</translation>
    </message>
    <message>
        <source>The xdomea message is empty.</source>
        <translation>Die xdomea-Nachricht ist leer.</translation>
    </message>
    <message>
        <source>The xdomea message is too large to be checked (more than 2 GB).</source>
        <translation>Die xdomea-Nachricht ist zu groß für die Prüfung (mehr als 2 GB).</translation>
    </message>
    <message>
        <source>Aktenwerk cannot load its own xdomea %1 schema, so no message can be checked. This is a fault of the installation, not of the message: %2</source>
        <translation>Aktenwerk kann sein eigenes xdomea-Schema %1 nicht laden, daher kann keine Nachricht geprüft werden. Das ist ein Fehler der Installation, nicht der Nachricht: %2</translation>
    </message>
    <message>
        <source>Out of memory while checking the xdomea message.</source>
        <translation>Beim Prüfen der xdomea-Nachricht ist der Arbeitsspeicher ausgegangen.</translation>
    </message>
    <message>
        <source>The xdomea message could not be checked against the schema %1 (libxml2 error %2).</source>
        <translation>Die xdomea-Nachricht konnte nicht gegen das Schema %1 geprüft werden (libxml2-Fehler %2).</translation>
    </message>
    <message>
        <source>The xdomea message does not match the schema %1 (line %2): %3</source>
        <translation>Die xdomea-Nachricht entspricht nicht dem Schema %1 (Zeile %2): %3</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Transfers</name>
    <message>
        <source>Choose at least one case file to hand over.</source>
        <translation>Wählen Sie mindestens eine Akte zur Abgabe.</translation>
    </message>
    <message>
        <source>Name the authority that receives the case files.</source>
        <translation>Nennen Sie die Behörde, die die Akten erhält.</translation>
    </message>
    <message>
        <source>The case file %1 has already left the store.</source>
        <translation>Die Akte %1 hat den Speicher bereits verlassen.</translation>
    </message>
    <message>
        <source>This is not an Abgabe (0401) but a %1 message.</source>
        <translation>Das ist keine Abgabe (0401), sondern eine Nachricht %1.</translation>
    </message>
    <message>
        <source>The Abgabe contains no case file (Akte).</source>
        <translation>Die Abgabe enthält keine Akte.</translation>
    </message>
    <message>
        <source>The Abgabe %1 has been taken in before.</source>
        <translation>Die Abgabe %1 wurde bereits übernommen.</translation>
    </message>
    <message>
        <source>The case file “%1” (%2) has been taken in before, as %3.</source>
        <translation>Die Akte „%1“ (%2) wurde bereits übernommen, als %3.</translation>
    </message>
    <message>
        <source>No temporary folder for the package can be created.</source>
        <translation>Für das Paket kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was taken in.</source>
        <translation>Die Übernahme wurde abgebrochen; nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Taken over from %1 by xdomea Abgabe %2 on %3. Reference there: %4.</source>
        <translation>Übernommen von %1 mit xdomea-Abgabe %2 am %3. Aktenzeichen dort: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>The files were taken in, but the import confirmation could not be written: %1</source>
        <translation>Die Akten wurden übernommen, aber die Importbestätigung konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>This is not a receipt of an Abgabe (0402 or 0403).</source>
        <translation>Das ist keine Bestätigung einer Abgabe (0402 oder 0403).</translation>
    </message>
    <message>
        <source>The ProzessID %1 is not an Abgabe sent from this store.</source>
        <translation>Die ProzessID %1 ist keine Abgabe aus diesem Speicher.</translation>
    </message>
</context>
</TS>
