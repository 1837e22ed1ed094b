<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>QObject</name>
    <message>
        <source>Aktenwerk</source>
        <translation>Aktenwerk</translation>
    </message>
    <message>
        <source>Received into the inbox: %1</source>
        <translation>Received into the inbox: %1</translation>
    </message>
    <message>
        <source>Quarantined: %1 – %2</source>
        <translation>Quarantined: %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Read only</source>
        <translation>&amp;Read only</translation>
    </message>
    <message>
        <source>Open the store without choosing a user: you can look, not change.</source>
        <translation>Open the store without choosing a user: you can look, not change.</translation>
    </message>
    <message>
        <source>No proceeding or case file has the reference “%1”.</source>
        <translation>No proceeding or case file has the reference “%1”.</translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>Someone else changed the proceeding “%1” meanwhile. Reload it and try again.</source>
        <translation>Someone else changed the proceeding “%1” meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>The central store refused the change: %1</source>
        <translation>The central store refused the change: %1</translation>
    </message>
    <message>
        <source>The central store does not know the record, or it is not yours to see: %1</source>
        <translation>The central store does not know the record, or it is not yours to see: %1</translation>
    </message>
    <message>
        <source>The central store has this reference already: %1</source>
        <translation>The central store has this reference already: %1</translation>
    </message>
    <message>
        <source>The central store cannot take this change: %1</source>
        <translation>The central store cannot take this change: %1</translation>
    </message>
    <message>
        <source>The central store cannot be reached: %1</source>
        <translation>The central store cannot be reached: %1</translation>
    </message>
</context>
<context>
    <name>aw::casework::CaseFileService</name>
    <message>
        <source>A case file needs a subject.</source>
        <translation>A case file needs a subject.</translation>
    </message>
    <message>
        <source>The reference “%1” is already taken. Check the reference pattern in the settings.</source>
        <translation>The reference “%1” is already taken. Check the reference pattern in the settings.</translation>
    </message>
    <message>
        <source>The case file “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>The case file “%1” was changed meanwhile. Reload it and try again.</translation>
    </message>
    <message numerus="yes">
        <source>The case file “%1” still has %n open proceeding(s). Close them first.</source>
        <translation>
            <numerusform>The case file “%1” still has %n open proceeding. Close it first.</numerusform>
            <numerusform>The case file “%1” still has %n open proceedings. Close them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aw::casework::Demo</name>
    <message>
        <source>The store already holds case files; the demo office is only seeded into an empty store.</source>
        <translation>The store already holds case files; the demo office is only seeded into an empty store.</translation>
    </message>
</context>
<context>
    <name>aw::casework::DocumentService</name>
    <message>
        <source>A document version needs a file name.</source>
        <translation>A document version needs a file name.</translation>
    </message>
    <message>
        <source>A document needs a title.</source>
        <translation>A document needs a title.</translation>
    </message>
</context>
<context>
    <name>aw::casework::FilePlanService</name>
    <message>
        <source>the retention period “%1” is not a number of years or “dauernd”</source>
        <translation>the retention period “%1” is not a number of years or “dauernd”</translation>
    </message>
    <message>
        <source>“%1” is not a valid file plan code (digits or letters in groups separated by dots, e.g. 123.30).</source>
        <translation>“%1” is not a valid file plan code (digits or letters in groups separated by dots, e.g. 123.30).</translation>
    </message>
    <message>
        <source>A file plan entry needs a title.</source>
        <translation>A file plan entry needs a title.</translation>
    </message>
    <message>
        <source>The file plan already has an entry “%1”.</source>
        <translation>The file plan already has an entry “%1”.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</source>
        <translation>The file is not UTF-8 text. Save it as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Line %1: %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>expected 4 fields (code;title;retentionYears;disposal), found %1</source>
        <translation>expected 4 fields (code;title;retentionYears;disposal), found %1</translation>
    </message>
    <message>
        <source>“%1” is not a valid file plan code</source>
        <translation>“%1” is not a valid file plan code</translation>
    </message>
    <message>
        <source>the title is empty</source>
        <translation>the title is empty</translation>
    </message>
    <message>
        <source>the disposal decision “%1” is not A, V or B</source>
        <translation>the disposal decision “%1” is not A, V or B</translation>
    </message>
    <message>
        <source>the code “%1” already appears in line %2</source>
        <translation>the code “%1” already appears in line %2</translation>
    </message>
    <message>
        <source>The file contains no file plan entries.</source>
        <translation>The file contains no file plan entries.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB; a file plan is far smaller. Is it the right file?</source>
        <translation>The file is larger than %1 MB; a file plan is far smaller. Is it the right file?</translation>
    </message>
</context>
<context>
    <name>aw::casework::NoteService</name>
    <message>
        <source>Notes and resubmissions belong to a case file or a proceeding, not to “%1”.</source>
        <translation>Notes and resubmissions belong to a case file or a proceeding, not to “%1”.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>The note is empty.</translation>
    </message>
    <message>
        <source>A resubmission needs a valid date.</source>
        <translation>A resubmission needs a valid date.</translation>
    </message>
    <message>
        <source>A resubmission can only be set for members of the unit that owns the file.</source>
        <translation>A resubmission can only be set for members of the unit that owns the file.</translation>
    </message>
    <message>
        <source>This resubmission belongs to someone else.</source>
        <translation>This resubmission belongs to someone else.</translation>
    </message>
</context>
<context>
    <name>aw::casework::OrgService</name>
    <message>
        <source>“%1” is not a valid login (lower-case letters, digits, dot, dash).</source>
        <translation>“%1” is not a valid login (lower-case letters, digits, dot, dash).</translation>
    </message>
    <message>
        <source>This store already has users; sign in as one of them.</source>
        <translation>This store already has users; sign in as one of them.</translation>
    </message>
    <message>
        <source>A unit needs a code and a name.</source>
        <translation>A unit needs a code and a name.</translation>
    </message>
    <message>
        <source>There is already a unit with the code “%1”.</source>
        <translation>There is already a unit with the code “%1”.</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>There is already a user “%1”.</translation>
    </message>
</context>
<context>
    <name>aw::casework::ProceedingService</name>
    <message>
        <source>This user account is deactivated and cannot be given work.</source>
        <translation>This user account is deactivated and cannot be given work.</translation>
    </message>
    <message>
        <source>The assignee is not a member of the unit that owns the case file.</source>
        <translation>The assignee is not a member of the unit that owns the case file.</translation>
    </message>
    <message>
        <source>A proceeding needs a subject.</source>
        <translation>A proceeding needs a subject.</translation>
    </message>
    <message>
        <source>The case file “%1” is closed; reopen the case file first.</source>
        <translation>The case file “%1” is closed; reopen the case file first.</translation>
    </message>
    <message>
        <source>The subject is too long: at most %1 characters, this one has %2.</source>
        <translation>The subject is too long: at most %1 characters, this one has %2.</translation>
    </message>
    <message>
        <source>The proceeding “%1” is already in the case file “%2”.</source>
        <translation>The proceeding “%1” is already in the case file “%2”.</translation>
    </message>
    <message>
        <source>The proceeding “%1” is closed (zdA); only open proceedings can be moved.</source>
        <translation>The proceeding “%1” is closed (zdA); only open proceedings can be moved.</translation>
    </message>
    <message>
        <source>The case file “%1” is closed (zdA); its proceedings cannot be moved.</source>
        <translation>The case file “%1” is closed (zdA); its proceedings cannot be moved.</translation>
    </message>
    <message>
        <source>The case file “%1” is closed (zdA); proceedings can only be moved into open case files.</source>
        <translation>The case file “%1” is closed (zdA); proceedings can only be moved into open case files.</translation>
    </message>
    <message>
        <source>You may not move the proceeding “%1”: %2</source>
        <translation>You may not move the proceeding “%1”: %2</translation>
    </message>
    <message>
        <source>You may not move proceedings into the case file “%1”: %2</source>
        <translation>You may not move proceedings into the case file “%1”: %2</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::Certificate</name>
    <message>
        <source>The entry %1 names no child: a certificate needs the person it is about.</source>
        <translation>The entry %1 names no child: a certificate needs the person it is about.</translation>
    </message>
    <message>
        <source>The entry %1 names no deceased person: a certificate needs the person it is about.</source>
        <translation>The entry %1 names no deceased person: a certificate needs the person it is about.</translation>
    </message>
    <message>
        <source>The entry %1 does not name both spouses: a certificate needs both.</source>
        <translation>The entry %1 does not name both spouses: a certificate needs both.</translation>
    </message>
    <message>
        <source>The entry %1 does not name both partners: a certificate needs both.</source>
        <translation>The entry %1 does not name both partners: a certificate needs both.</translation>
    </message>
    <message>
        <source>Certificates can only be made in a graphical application (fonts are needed).</source>
        <translation>Certificates can only be made in a graphical application (fonts are needed).</translation>
    </message>
    <message>
        <source>The certificate has no issuing office.</source>
        <translation>The certificate has no issuing office.</translation>
    </message>
    <message>
        <source>The certificate has no valid date of issue.</source>
        <translation>The certificate has no valid date of issue.</translation>
    </message>
    <message>
        <source>The register entry has no register number.</source>
        <translation>The register entry has no register number.</translation>
    </message>
    <message>
        <source>A birth certificate cannot be made from an entry of the %1: it needs an entry of the %2.</source>
        <translation>A birth certificate cannot be made from an entry of the %1: it needs an entry of the %2.</translation>
    </message>
    <message>
        <source>A marriage certificate cannot be made from an entry of the %1: it needs an entry of the %2.</source>
        <translation>A marriage certificate cannot be made from an entry of the %1: it needs an entry of the %2.</translation>
    </message>
    <message>
        <source>A civil partnership certificate cannot be made from an entry of the %1: it needs an entry of the %2.</source>
        <translation>A civil partnership certificate cannot be made from an entry of the %1: it needs an entry of the %2.</translation>
    </message>
    <message>
        <source>A death certificate cannot be made from an entry of the %1: it needs an entry of the %2.</source>
        <translation>A death certificate cannot be made from an entry of the %1: it needs an entry of the %2.</translation>
    </message>
    <message>
        <source>Unknown kind of certificate.</source>
        <translation>Unknown kind of certificate.</translation>
    </message>
    <message>
        <source>The certificate cannot be written: no buffer.</source>
        <translation>The certificate cannot be written: no buffer.</translation>
    </message>
    <message>
        <source>The certificate cannot be written: the PDF could not be started.</source>
        <translation>The certificate cannot be written: the PDF could not be started.</translation>
    </message>
    <message>
        <source>The certificate cannot be written: no new page.</source>
        <translation>The certificate cannot be written: no new page.</translation>
    </message>
    <message>
        <source>The certificate cannot be written: the PDF could not be finished.</source>
        <translation>The certificate cannot be written: the PDF could not be finished.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::CertificateRequest</name>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>being checked</source>
        <translation>being checked</translation>
    </message>
    <message>
        <source>query to requester</source>
        <translation>query to requester</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>issued</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>collected</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::CertificateRequests</name>
    <message>
        <source>The file “%1” cannot be written: %2</source>
        <translation>The file “%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the document: %1</source>
        <translation>No temporary folder for the document: %1</translation>
    </message>
    <message>
        <source>The fee schedule “%1” cannot be used: %2</source>
        <translation>The fee schedule “%1” cannot be used: %2</translation>
    </message>
    <message>
        <source>The request was changed meanwhile by someone else. Reload it and try again.</source>
        <translation>The request was changed meanwhile by someone else. Reload it and try again.</translation>
    </message>
    <message>
        <source>The request is already %1; it can no longer be changed.</source>
        <translation>The request is already %1; it can no longer be changed.</translation>
    </message>
    <message>
        <source>Enter the requester&apos;s family name.</source>
        <translation>Enter the requester&apos;s family name.</translation>
    </message>
    <message>
        <source>The number of copies must be between 1 and 20.</source>
        <translation>The number of copies must be between 1 and 20.</translation>
    </message>
    <message>
        <source>“Without parents” applies only to a birth certificate.</source>
        <translation>“Without parents” applies only to a birth certificate.</translation>
    </message>
    <message>
        <source>Certificate request %1</source>
        <translation>Certificate request %1</translation>
    </message>
    <message>
        <source>The certificate is already issued.</source>
        <translation>The certificate is already issued.</translation>
    </message>
    <message>
        <source>Write down why you decide so (at least a sentence); it is kept in the file&apos;s audit trail.</source>
        <translation>Write down why you decide so (at least a sentence); it is kept in the file&apos;s audit trail.</translation>
    </message>
    <message>
        <source>Here the law leaves nothing to decide: %1</source>
        <translation>Here the law leaves nothing to decide: %1</translation>
    </message>
    <message>
        <source>Enter the amount received.</source>
        <translation>Enter the amount received.</translation>
    </message>
    <message>
        <source>A request that is %1 cannot be set to %2.</source>
        <translation>A request that is %1 cannot be set to %2.</translation>
    </message>
    <message>
        <source>Write down what you ask the requester.</source>
        <translation>Write down what you ask the requester.</translation>
    </message>
    <message>
        <source>No register entry has been chosen yet.</source>
        <translation>No register entry has been chosen yet.</translation>
    </message>
    <message>
        <source>Choose the register entry the request is about.</source>
        <translation>Choose the register entry the request is about.</translation>
    </message>
    <message>
        <source>Decide on the entitlement and note why.</source>
        <translation>Decide on the entitlement and note why.</translation>
    </message>
    <message>
        <source>You decided the requester is not entitled: refuse the request.</source>
        <translation>You decided the requester is not entitled: refuse the request.</translation>
    </message>
    <message>
        <source>The requester is not entitled: refuse the request.</source>
        <translation>The requester is not entitled: refuse the request.</translation>
    </message>
    <message>
        <source>The entry is held by the archive: refer the request to it.</source>
        <translation>The entry is held by the archive: refer the request to it.</translation>
    </message>
    <message>
        <source>The fee of %1 is not paid yet (received: %2).</source>
        <translation>The fee of %1 is not paid yet (received: %2).</translation>
    </message>
    <message>
        <source>The certificate has already been issued.</source>
        <translation>The certificate has already been issued.</translation>
    </message>
    <message>
        <source>The certificate cannot be issued yet:
%1</source>
        <translation>The certificate cannot be issued yet:
%1</translation>
    </message>
    <message>
        <source>Write down the reason of the refusal (at least a sentence); the letter gives it to the requester.</source>
        <translation>Write down the reason of the refusal (at least a sentence); the letter gives it to the requester.</translation>
    </message>
    <message>
        <source>The certificate is already issued; it can no longer be refused.</source>
        <translation>The certificate is already issued; it can no longer be refused.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::Entitlement</name>
    <message>
        <source>a birth certificate</source>
        <translation>a birth certificate</translation>
    </message>
    <message>
        <source>a marriage certificate</source>
        <translation>a marriage certificate</translation>
    </message>
    <message>
        <source>a partnership certificate</source>
        <translation>a partnership certificate</translation>
    </message>
    <message>
        <source>a death certificate</source>
        <translation>a death certificate</translation>
    </message>
    <message>
        <source>a certificate</source>
        <translation>a certificate</translation>
    </message>
    <message>
        <source>No interest was stated.</source>
        <translation>No interest was stated.</translation>
    </message>
    <message>
        <source>A legitimate interest is not enough.</source>
        <translation>A legitimate interest is not enough.</translation>
    </message>
    <message>
        <source>The entry has a blocking note for a change of the sex entry or the first names.</source>
        <translation>The entry has a blocking note for a change of the sex entry or the first names.</translation>
    </message>
    <message>
        <source>The person concerned and their legal representative still receive certificates.</source>
        <translation>The person concerned and their legal representative still receive certificates.</translation>
    </message>
    <message>
        <source>Spouses, registered partners, ancestors and descendants receive a certificate only with a legal interest made credible.</source>
        <translation>Spouses, registered partners, ancestors and descendants receive a certificate only with a legal interest made credible.</translation>
    </message>
    <message>
        <source>Decide whether it has been, and note why.</source>
        <translation>Decide whether it has been, and note why.</translation>
    </message>
    <message>
        <source>Only the person concerned, their legal representative and, with a legal interest made credible, spouses, registered partners, ancestors and descendants may receive a certificate; siblings and other persons may not.</source>
        <translation>Only the person concerned, their legal representative and, with a legal interest made credible, spouses, registered partners, ancestors and descendants may receive a certificate; siblings and other persons may not.</translation>
    </message>
    <message>
        <source>The entry has a blocking note for an adoption.</source>
        <translation>The entry has a blocking note for an adoption.</translation>
    </message>
    <message>
        <source>The person concerned, their legal representative and their ancestors as the entry now records them (the adoptive parents and their parents) receive certificates.</source>
        <translation>The person concerned, their legal representative and their ancestors as the entry now records them (the adoptive parents and their parents) receive certificates.</translation>
    </message>
    <message>
        <source>Spouses, registered partners and descendants receive a certificate only with a legal interest made credible.</source>
        <translation>Spouses, registered partners and descendants receive a certificate only with a legal interest made credible.</translation>
    </message>
    <message>
        <source>Only the person concerned, their legal representative, the adoptive parents and their parents and, with a legal interest made credible, spouses, registered partners and descendants may receive a certificate. Siblings, the birth parents and other persons may not.</source>
        <translation>Only the person concerned, their legal representative, the adoptive parents and their parents and, with a legal interest made credible, spouses, registered partners and descendants may receive a certificate. Siblings, the birth parents and other persons may not.</translation>
    </message>
    <message>
        <source>The person concerned receives certificates from their own entry.</source>
        <translation>The person concerned receives certificates from their own entry.</translation>
    </message>
    <message>
        <source>The legal representative receives certificates for the person concerned.</source>
        <translation>The legal representative receives certificates for the person concerned.</translation>
    </message>
    <message>
        <source>Spouses of a person concerned are entitled to certificates.</source>
        <translation>Spouses of a person concerned are entitled to certificates.</translation>
    </message>
    <message>
        <source>Registered partners of a person concerned are entitled to certificates.</source>
        <translation>Registered partners of a person concerned are entitled to certificates.</translation>
    </message>
    <message>
        <source>Ancestors of a person concerned (parents, grandparents …) are entitled to certificates.</source>
        <translation>Ancestors of a person concerned (parents, grandparents …) are entitled to certificates.</translation>
    </message>
    <message>
        <source>Descendants of a person concerned (children, grandchildren …) are entitled to certificates.</source>
        <translation>Descendants of a person concerned (children, grandchildren …) are entitled to certificates.</translation>
    </message>
    <message>
        <source>Siblings may receive %1 only with a legitimate interest made credible.</source>
        <translation>Siblings may receive %1 only with a legitimate interest made credible.</translation>
    </message>
    <message>
        <source>For marriage and partnership entries siblings count as other persons.</source>
        <translation>For marriage and partnership entries siblings count as other persons.</translation>
    </message>
    <message>
        <source>Other persons may receive %1 only with a legal interest made credible.</source>
        <translation>Other persons may receive %1 only with a legal interest made credible.</translation>
    </message>
    <message>
        <source>The last person concerned died on %1, more than %2 years ago, so a legitimate interest made credible suffices for %3.</source>
        <translation>The last person concerned died on %1, more than %2 years ago, so a legitimate interest made credible suffices for %3.</translation>
    </message>
    <message>
        <source>A legitimate interest suffices only from %1, 30 years after the death of the last person concerned.</source>
        <translation>A legitimate interest suffices only from %1, 30 years after the death of the last person concerned.</translation>
    </message>
    <message>
        <source>A legitimate interest suffices only 30 years after the death of the last person concerned, and not all of them are known to have died.</source>
        <translation>A legitimate interest suffices only 30 years after the death of the last person concerned, and not all of them are known to have died.</translation>
    </message>
    <message>
        <source>The entry has an information block (Auskunftssperre), however: the person concerned must be heard first. Then decide, and note why.</source>
        <translation>The entry has an information block (Auskunftssperre), however: the person concerned must be heard first. Then decide, and note why.</translation>
    </message>
    <message>
        <source>The entry also has an information block (Auskunftssperre): hear the person concerned first.</source>
        <translation>The entry also has an information block (Auskunftssperre): hear the person concerned first.</translation>
    </message>
    <message>
        <source>The entry is past its retention period of %1 years and is held by the archive. Forward the request to the archive.</source>
        <translation>The entry is past its retention period of %1 years and is held by the archive. Forward the request to the archive.</translation>
    </message>
    <message>
        <source>The requester is %1 years old. Before their 16th birthday only their legal representative may apply for certificates.</source>
        <translation>The requester is %1 years old. Before their 16th birthday only their legal representative may apply for certificates.</translation>
    </message>
    <message>
        <source>An authority or court receives certificates only for its tasks. Ask it to state the task it needs the certificate for.</source>
        <translation>An authority or court receives certificates only for its tasks. Ask it to state the task it needs the certificate for.</translation>
    </message>
    <message>
        <source>Authorities and courts receive certificates for the tasks they have stated; blocking notes on the entry do not stand in the way. Note the task in the file.</source>
        <translation>Authorities and courts receive certificates for the tasks they have stated; blocking notes on the entry do not stand in the way. Note the task in the file.</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <source>Registered partner</source>
        <translation>Registered partner</translation>
    </message>
    <message>
        <source>Ancestor</source>
        <translation>Ancestor</translation>
    </message>
    <message>
        <source>Descendant</source>
        <translation>Descendant</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <source>Authority or court</source>
        <translation>Authority or court</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Other person</translation>
    </message>
    <message>
        <source>No interest stated</source>
        <translation>No interest stated</translation>
    </message>
    <message>
        <source>Legitimate interest</source>
        <translation>Legitimate interest</translation>
    </message>
    <message>
        <source>Legal interest</source>
        <translation>Legal interest</translation>
    </message>
    <message>
        <source>Entitled</source>
        <translation>Entitled</translation>
    </message>
    <message>
        <source>Clerk decides</source>
        <translation>Clerk decides</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Refer to the archive</source>
        <translation>Refer to the archive</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::FeeSchedule</name>
    <message>
        <source>the field “%1” is missing</source>
        <translation>the field “%1” is missing</translation>
    </message>
    <message>
        <source>“%1” must be an amount in quotes, such as &quot;12.00&quot; (numbers are not accepted)</source>
        <translation>“%1” must be an amount in quotes, such as &quot;12.00&quot; (numbers are not accepted)</translation>
    </message>
    <message>
        <source>“%1” is “%2”: amounts must not be negative</source>
        <translation>“%1” is “%2”: amounts must not be negative</translation>
    </message>
    <message>
        <source>“%1” is “%2”: write amounts with a decimal point, such as &quot;12.00&quot;</source>
        <translation>“%1” is “%2”: write amounts with a decimal point, such as &quot;12.00&quot;</translation>
    </message>
    <message>
        <source>“%1” is “%2”, not an amount such as &quot;12.00&quot;</source>
        <translation>“%1” is “%2”, not an amount such as &quot;12.00&quot;</translation>
    </message>
    <message>
        <source>“%1” is “%2”: at most two decimals (whole cents)</source>
        <translation>“%1” is “%2”: at most two decimals (whole cents)</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which is too large</source>
        <translation>“%1” is “%2”, which is too large</translation>
    </message>
    <message>
        <source>Fee schedule, rate %1: %2</source>
        <translation>Fee schedule, rate %1: %2</translation>
    </message>
    <message>
        <source>must be an object with type, first, further and validFrom</source>
        <translation>must be an object with type, first, further and validFrom</translation>
    </message>
    <message>
        <source>“%1” must be text, one of %2</source>
        <translation>“%1” must be text, one of %2</translation>
    </message>
    <message>
        <source>unknown certificate type “%1”; known types are %2</source>
        <translation>unknown certificate type “%1”; known types are %2</translation>
    </message>
    <message>
        <source>“%1” must be a date written as YYYY-MM-DD, such as &quot;2024-01-01&quot;</source>
        <translation>“%1” must be a date written as YYYY-MM-DD, such as &quot;2024-01-01&quot;</translation>
    </message>
    <message>
        <source>The fee schedule is not valid JSON: %1 at character %2</source>
        <translation>The fee schedule is not valid JSON: %1 at character %2</translation>
    </message>
    <message>
        <source>The fee schedule must be a JSON object with a list “%1” of rates.</source>
        <translation>The fee schedule must be a JSON object with a list “%1” of rates.</translation>
    </message>
    <message>
        <source>The fee schedule lists no rates.</source>
        <translation>The fee schedule lists no rates.</translation>
    </message>
    <message>
        <source>Fee schedule, rate %1: rate %2 already sets “%3” from %4</source>
        <translation>Fee schedule, rate %1: rate %2 already sets “%3” from %4</translation>
    </message>
    <message>
        <source>The fee schedule “%1” is not a readable file.</source>
        <translation>The fee schedule “%1” is not a readable file.</translation>
    </message>
    <message>
        <source>The fee schedule “%1” cannot be read: %2</source>
        <translation>The fee schedule “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The fee schedule “%1” is larger than 1 MiB.</source>
        <translation>The fee schedule “%1” is larger than 1 MiB.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No valid date was given for the fee.</source>
        <translation>No valid date was given for the fee.</translation>
    </message>
    <message>
        <source>The fee schedule has no rate for “%1”.</source>
        <translation>The fee schedule has no rate for “%1”.</translation>
    </message>
    <message>
        <source>The fee schedule has no rate for “%1” on %2; the first one applies from %3.</source>
        <translation>The fee schedule has no rate for “%1” on %2; the first one applies from %3.</translation>
    </message>
    <message>
        <source>At least one copy must be requested, not %1.</source>
        <translation>At least one copy must be requested, not %1.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::RegisterImport</name>
    <message>
        <source>the blocking note “%1” is unknown (Adoption, Geschlechtseintrag or Auskunftssperre)</source>
        <translation>the blocking note “%1” is unknown (Adoption, Geschlechtseintrag or Auskunftssperre)</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Split the register index and import it in parts.</source>
        <translation>The file is larger than %1 MB. Split the register index and import it in parts.</translation>
    </message>
    <message>
        <source>Line %1: the file is not UTF-8 text. Save it as “CSV UTF-8” and import it again. Nothing was imported.</source>
        <translation>Line %1: the file is not UTF-8 text. Save it as “CSV UTF-8” and import it again. Nothing was imported.</translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was imported.</source>
        <translation>Line %1: %2. Nothing was imported.</translation>
    </message>
    <message>
        <source>expected %1 fields separated by “;”, found %2</source>
        <translation>expected %1 fields separated by “;”, found %2</translation>
    </message>
    <message>
        <source>the register “%1” is not G, E, L or S</source>
        <translation>the register “%1” is not G, E, L or S</translation>
    </message>
    <message>
        <source>“%1/%2” is not an entry number and year</source>
        <translation>“%1/%2” is not an entry number and year</translation>
    </message>
    <message>
        <source>the date “%1” is not a date like 17.05.2020</source>
        <translation>the date “%1” is not a date like 17.05.2020</translation>
    </message>
    <message>
        <source>the role “%1” does not belong in the %2</source>
        <translation>the role “%1” does not belong in the %2</translation>
    </message>
    <message>
        <source>the entry %1 has other office or blocking notes on an earlier line</source>
        <translation>the entry %1 has other office or blocking notes on an earlier line</translation>
    </message>
    <message>
        <source>the later entry (Folgebeurkundung) has no text in “Vermerk”</source>
        <translation>the later entry (Folgebeurkundung) has no text in “Vermerk”</translation>
    </message>
    <message>
        <source>the entry %1 has another event date on an earlier line</source>
        <translation>the entry %1 has another event date on an earlier line</translation>
    </message>
    <message>
        <source>the birth date “%1” is not a date like 17.05.2020</source>
        <translation>the birth date “%1” is not a date like 17.05.2020</translation>
    </message>
    <message>
        <source>the death date “%1” is not a date like 17.05.2020</source>
        <translation>the death date “%1” is not a date like 17.05.2020</translation>
    </message>
    <message>
        <source>the family name is empty</source>
        <translation>the family name is empty</translation>
    </message>
    <message>
        <source>the entry %1 already has a principal person</source>
        <translation>the entry %1 already has a principal person</translation>
    </message>
    <message>
        <source>the entry %1 already has two spouses or partners</source>
        <translation>the entry %1 already has two spouses or partners</translation>
    </message>
    <message>
        <source>The entry %1 names no person it is about (Kind, Verstorbene, Ehegatte or Lebenspartner). Nothing was imported.</source>
        <translation>The entry %1 names no person it is about (Kind, Verstorbene, Ehegatte or Lebenspartner). Nothing was imported.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::RegisterRepository</name>
    <message>
        <source>There is no register entry with the id “%1”.</source>
        <translation>There is no register entry with the id “%1”.</translation>
    </message>
    <message>
        <source>The registers hold no entry %1.</source>
        <translation>The registers hold no entry %1.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::Registers</name>
    <message>
        <source>The demo office has no Standesamt (StA) with its supervisor.</source>
        <translation>The demo office has no Standesamt (StA) with its supervisor.</translation>
    </message>
    <message>
        <source>The entry %1 of office %2 is kept by another unit. Nothing was imported.</source>
        <translation>The entry %1 of office %2 is kept by another unit. Nothing was imported.</translation>
    </message>
    <message>
        <source>“%1” is not a register number. Write it like G 334/2020 (register letter G, E, L or S, number, year).</source>
        <translation>“%1” is not a register number. Write it like G 334/2020 (register letter G, E, L or S, number, year).</translation>
    </message>
    <message>
        <source>Give a register number, or a family name or a date of birth to search by.</source>
        <translation>Give a register number, or a family name or a date of birth to search by.</translation>
    </message>
</context>
<context>
    <name>aw::civilstatus::RequestRepository</name>
    <message>
        <source>The request was changed meanwhile by someone else. Reload it and try again.</source>
        <translation>The request was changed meanwhile by someone else. Reload it and try again.</translation>
    </message>
    <message>
        <source>There is no certificate request with the id “%1”.</source>
        <translation>There is no certificate request with the id “%1”.</translation>
    </message>
</context>
<context>
    <name>aw::core::FileReference</name>
    <message>
        <source>the proceeding suffix “%1”</source>
        <translation>the proceeding suffix “%1”</translation>
    </message>
    <message>
        <source>the reference pattern “%1”</source>
        <translation>the reference pattern “%1”</translation>
    </message>
    <message>
        <source>There is a “}” without an opening “{” in %1.</source>
        <translation>There is a “}” without an opening “{” in %1.</translation>
    </message>
    <message>
        <source>There is a “{” without a closing “}” in %1.</source>
        <translation>There is a “{” without a closing “}” in %1.</translation>
    </message>
    <message>
        <source>%1 in %2 is not a known placeholder; use {plan}, {unit}, {seq} and {year}, and {proc} in the proceeding suffix.</source>
        <translation>%1 in %2 is not a known placeholder; use {plan}, {unit}, {seq} and {year}, and {proc} in the proceeding suffix.</translation>
    </message>
    <message>
        <source>Only {seq} and {proc} take a width; %1 in %2 does not.</source>
        <translation>Only {seq} and {proc} take a width; %1 in %2 does not.</translation>
    </message>
    <message>
        <source>The width in %1 in %2 must be a number from 1 to %3, as in {seq:4}.</source>
        <translation>The width in %1 in %2 must be a number from 1 to %3, as in {seq:4}.</translation>
    </message>
    <message>
        <source>%1 does not belong in %2; the suffix takes only {proc} and literal text.</source>
        <translation>%1 does not belong in %2; the suffix takes only {proc} and literal text.</translation>
    </message>
    <message>
        <source>%1 belongs in the proceeding suffix, not in %2.</source>
        <translation>%1 belongs in the proceeding suffix, not in %2.</translation>
    </message>
    <message>
        <source>The reference pattern is empty.</source>
        <translation>The reference pattern is empty.</translation>
    </message>
    <message>
        <source>The reference pattern “%1” must contain %2 exactly once.</source>
        <translation>The reference pattern “%1” must contain %2 exactly once.</translation>
    </message>
    <message>
        <source>The reference pattern “%1” may contain {unit} at most once.</source>
        <translation>The reference pattern “%1” may contain {unit} at most once.</translation>
    </message>
    <message>
        <source>The proceeding suffix “%1” must contain {proc} exactly once.</source>
        <translation>The proceeding suffix “%1” must contain {proc} exactly once.</translation>
    </message>
    <message>
        <source>In “%1”, the placeholders %2 and %3 must be separated by some text.</source>
        <translation>In “%1”, the placeholders %2 and %3 must be separated by some text.</translation>
    </message>
    <message>
        <source>The file reference is empty; expected something like “%1”.</source>
        <translation>The file reference is empty; expected something like “%1”.</translation>
    </message>
    <message>
        <source>The sequence number in “%1” is too large.</source>
        <translation>The sequence number in “%1” is too large.</translation>
    </message>
    <message>
        <source>The sequence number in “%1” must be 1 or more.</source>
        <translation>The sequence number in “%1” must be 1 or more.</translation>
    </message>
    <message>
        <source>The proceeding number in “%1” is too large.</source>
        <translation>The proceeding number in “%1” is too large.</translation>
    </message>
    <message>
        <source>The proceeding number in “%1” must be 1 or more.</source>
        <translation>The proceeding number in “%1” must be 1 or more.</translation>
    </message>
    <message>
        <source>“%1” does not match the reference pattern “%2”: unexpected “%3” at the end.</source>
        <translation>“%1” does not match the reference pattern “%2”: unexpected “%3” at the end.</translation>
    </message>
    <message>
        <source>a file-plan code such as “123.30”</source>
        <translation>a file-plan code such as “123.30”</translation>
    </message>
    <message>
        <source>a unit code of letters and digits</source>
        <translation>a unit code of letters and digits</translation>
    </message>
    <message numerus="yes">
        <source>a sequence number of at least %n digit(s)</source>
        <translation>
            <numerusform>a sequence number of at least %n digit</numerusform>
            <numerusform>a sequence number of at least %n digits</numerusform>
        </translation>
    </message>
    <message>
        <source>a sequence number</source>
        <translation>a sequence number</translation>
    </message>
    <message>
        <source>a four-digit year</source>
        <translation>a four-digit year</translation>
    </message>
    <message numerus="yes">
        <source>a proceeding number of at least %n digit(s)</source>
        <translation>
            <numerusform>a proceeding number of at least %n digit</numerusform>
            <numerusform>a proceeding number of at least %n digits</numerusform>
        </translation>
    </message>
    <message>
        <source>a proceeding number</source>
        <translation>a proceeding number</translation>
    </message>
    <message>
        <source>“%1” does not match the reference pattern “%2”: it should begin with %3.</source>
        <translation>“%1” does not match the reference pattern “%2”: it should begin with %3.</translation>
    </message>
    <message>
        <source>“%1” does not match the reference pattern “%2”: expected %3 after “%4”.</source>
        <translation>“%1” does not match the reference pattern “%2”: expected %3 after “%4”.</translation>
    </message>
</context>
<context>
    <name>aw::core::Permissions</name>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Registrar</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>No user is signed in.</source>
        <translation>No user is signed in.</translation>
    </message>
    <message>
        <source>This user account is deactivated.</source>
        <translation>This user account is deactivated.</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may change the file plan.</source>
        <translation>Only the registry (Registratur) may change the file plan.</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may manage units and users.</source>
        <translation>Only the registry (Registratur) may manage units and users.</translation>
    </message>
    <message>
        <source>You are not a member of the unit that owns this file.</source>
        <translation>You are not a member of the unit that owns this file.</translation>
    </message>
    <message>
        <source>Closed files can only be viewed by the unit&apos;s supervisors and the registry.</source>
        <translation>Closed files can only be viewed by the unit&apos;s supervisors and the registry.</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may dispose of files.</source>
        <translation>Only the registry (Registratur) may dispose of files.</translation>
    </message>
    <message>
        <source>Only closed files can be disposed of.</source>
        <translation>Only closed files can be disposed of.</translation>
    </message>
    <message>
        <source>This is not closed.</source>
        <translation>This is not closed.</translation>
    </message>
    <message>
        <source>Only a supervisor may reopen closed work.</source>
        <translation>Only a supervisor may reopen closed work.</translation>
    </message>
    <message>
        <source>This is closed (zdA) and can no longer be changed. A supervisor can reopen it.</source>
        <translation>This is closed (zdA) and can no longer be changed. A supervisor can reopen it.</translation>
    </message>
    <message>
        <source>This proceeding is assigned to someone else. Ask them or a supervisor.</source>
        <translation>This proceeding is assigned to someone else. Ask them or a supervisor.</translation>
    </message>
    <message>
        <source>This proceeding is already assigned. Only a supervisor can reassign it.</source>
        <translation>This proceeding is already assigned. Only a supervisor can reassign it.</translation>
    </message>
    <message>
        <source>Only a supervisor may assign work to others.</source>
        <translation>Only a supervisor may assign work to others.</translation>
    </message>
    <message>
        <source>This action is not permitted.</source>
        <translation>This action is not permitted.</translation>
    </message>
    <message>
        <source>Only members of a unit may handle incoming applications.</source>
        <translation>Only members of a unit may handle incoming applications.</translation>
    </message>
    <message>
        <source>Only members of the Standesamt that keeps the register may read it.</source>
        <translation>Only members of the Standesamt that keeps the register may read it.</translation>
    </message>
    <message>
        <source>Only a supervisor of the Standesamt or the registry may import a register index.</source>
        <translation>Only a supervisor of the Standesamt or the registry may import a register index.</translation>
    </message>
    <message>
        <source>Only a supervisor of the owning unit or the registry may hand a case file to another authority.</source>
        <translation>Only a supervisor of the owning unit or the registry may hand a case file to another authority.</translation>
    </message>
</context>
<context>
    <name>aw::core::RetentionPeriod</name>
    <message>
        <source>A retention period must be from 0 to %1 years, or permanent; %2 years is not possible.</source>
        <translation>A retention period must be from 0 to %1 years, or permanent; %2 years is not possible.</translation>
    </message>
</context>
<context>
    <name>aw::documents::Importer</name>
    <message>
        <source>The PDF is protected by a password: stored, but not indexed.</source>
        <translation>The PDF is protected by a password: stored, but not indexed.</translation>
    </message>
    <message>
        <source>The PDF is damaged and cannot be read: stored as it is, not indexed.</source>
        <translation>The PDF is damaged and cannot be read: stored as it is, not indexed.</translation>
    </message>
    <message>
        <source>No text found (a scan?): stored, not searchable by its content.</source>
        <translation>No text found (a scan?): stored, not searchable by its content.</translation>
    </message>
    <message>
        <source>The same content is already in this proceeding.</source>
        <translation>The same content is already in this proceeding.</translation>
    </message>
    <message>
        <source>“%1” is not a readable file.</source>
        <translation>“%1” is not a readable file.</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes); there is nothing to file.</source>
        <translation>The file is empty (0 bytes); there is nothing to file.</translation>
    </message>
</context>
<context>
    <name>aw::documents::Letter</name>
    <message>
        <source>line %1: “{{{{” is not a placeholder; write a placeholder as {{name}}</source>
        <translation>line %1: “{{{{” is not a placeholder; write a placeholder as {{name}}</translation>
    </message>
    <message>
        <source>line %1: the placeholder “%2” is not closed with “}}”</source>
        <translation>line %1: the placeholder “%2” is not closed with “}}”</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a placeholder; names may contain only letters, digits, dots and underscores, as in {{name}}</source>
        <translation>line %1: “%2” is not a placeholder; names may contain only letters, digits, dots and underscores, as in {{name}}</translation>
    </message>
    <message numerus="yes">
        <source>no value for %n placeholder(s): %1</source>
        <translation>
            <numerusform>no value for %n placeholder: %1</numerusform>
            <numerusform>no values for %n placeholders: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>letters can only be rendered in a graphical application (fonts are needed)</source>
        <translation>letters can only be rendered in a graphical application (fonts are needed)</translation>
    </message>
    <message>
        <source>the letter cannot be written: the output is not open for writing</source>
        <translation>the letter cannot be written: the output is not open for writing</translation>
    </message>
    <message>
        <source>the letter has no recipient</source>
        <translation>the letter has no recipient</translation>
    </message>
    <message>
        <source>the letter has no valid date</source>
        <translation>the letter has no valid date</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>subject: %1</translation>
    </message>
    <message>
        <source>text: %1</source>
        <translation>text: %1</translation>
    </message>
    <message>
        <source>the address does not fit the envelope window: use at most six short lines</source>
        <translation>the address does not fit the envelope window: use at most six short lines</translation>
    </message>
    <message>
        <source>the letter cannot be written: the PDF could not be started</source>
        <translation>the letter cannot be written: the PDF could not be started</translation>
    </message>
    <message>
        <source>the letter cannot be written: no new page</source>
        <translation>the letter cannot be written: no new page</translation>
    </message>
    <message>
        <source>the letter cannot be written: the PDF could not be finished</source>
        <translation>the letter cannot be written: the PDF could not be finished</translation>
    </message>
</context>
<context>
    <name>aw::documents::PdfDocument</name>
    <message>
        <source>The file is empty; it is not a PDF document.</source>
        <translation>The file is empty; it is not a PDF document.</translation>
    </message>
    <message>
        <source>The file is not a PDF document (it does not start like one); it was stored but cannot be shown or searched.</source>
        <translation>The file is not a PDF document (it does not start like one); it was stored but cannot be shown or searched.</translation>
    </message>
    <message>
        <source>The PDF is damaged or incomplete and cannot be read; it was stored but cannot be shown or searched. Ask the sender for a new copy.</source>
        <translation>The PDF is damaged or incomplete and cannot be read; it was stored but cannot be shown or searched. Ask the sender for a new copy.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; it was stored but cannot be shown or searched.</source>
        <translation>The PDF is protected by a password; it was stored but cannot be shown or searched.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>The file %1 could not be read: %2</translation>
    </message>
</context>
<context>
    <name>aw::intake::Acknowledgement</name>
    <message>
        <source>it does not exist and cannot be created.</source>
        <translation>it does not exist and cannot be created.</translation>
    </message>
    <message>
        <source>no folder can be created in it.</source>
        <translation>no folder can be created in it.</translation>
    </message>
    <message>
        <source>too many folders of the same name.</source>
        <translation>too many folders of the same name.</translation>
    </message>
    <message>
        <source>Only filed submissions are acknowledged; this one is “%1”.</source>
        <translation>Only filed submissions are acknowledged; this one is “%1”.</translation>
    </message>
    <message>
        <source>The receipt of this submission was already acknowledged on %1.</source>
        <translation>The receipt of this submission was already acknowledged on %1.</translation>
    </message>
    <message>
        <source>The submission is filed, but no proceeding names it as its source.</source>
        <translation>The submission is filed, but no proceeding names it as its source.</translation>
    </message>
    <message>
        <source>The acknowledgement of receipt cannot be written: %1</source>
        <translation>The acknowledgement of receipt cannot be written: %1</translation>
    </message>
    <message>
        <source>No temporary folder for the letter: %1</source>
        <translation>No temporary folder for the letter: %1</translation>
    </message>
    <message>
        <source>The submission was changed meanwhile.</source>
        <translation>The submission was changed meanwhile.</translation>
    </message>
    <message>
        <source>The outgoing folder “%1” cannot be written: %2</source>
        <translation>The outgoing folder “%1” cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>aw::intake::FormView</name>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Second parent</source>
        <translation>Second parent</translation>
    </message>
    <message>
        <source>Person concerned</source>
        <translation>Person concerned</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>First names</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Name at birth</source>
        <translation>Name at birth</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Time of birth</source>
        <translation>Time of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>New home</source>
        <translation>New home</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Moving-in date</source>
        <translation>Moving-in date</translation>
    </message>
    <message>
        <source>Previous home</source>
        <translation>Previous home</translation>
    </message>
    <message>
        <source>Person moving in too</source>
        <translation>Person moving in too</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Kind of certificate</source>
        <translation>Kind of certificate</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Entitlement</translation>
    </message>
    <message>
        <source>Number of copies</source>
        <translation>Number of copies</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Services applied for</source>
        <translation>Services applied for</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(nested too deeply to show)</source>
        <translation>(nested too deeply to show)</translation>
    </message>
    <message>
        <source>Form data</source>
        <translation>Form data</translation>
    </message>
</context>
<context>
    <name>aw::intake::Inbox</name>
    <message>
        <source>No temporary folder for unpacking: %1</source>
        <translation>No temporary folder for unpacking: %1</translation>
    </message>
    <message>
        <source>“%1” is not a readable file.</source>
        <translation>“%1” is not a readable file.</translation>
    </message>
    <message>
        <source>There is no submission with the id “%1”.</source>
        <translation>There is no submission with the id “%1”.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Give the reason for the rejection; it goes into the record.</source>
        <translation>Give the reason for the rejection; it goes into the record.</translation>
    </message>
    <message>
        <source>This submission is already %1.</source>
        <translation>This submission is already %1.</translation>
    </message>
</context>
<context>
    <name>aw::intake::PackageContent</name>
    <message>
        <source>No temporary folder for unpacking: %1</source>
        <translation>No temporary folder for unpacking: %1</translation>
    </message>
</context>
<context>
    <name>aw::intake::Routing</name>
    <message>
        <source>“%1” is not a service key (14 digits).</source>
        <translation>“%1” is not a service key (14 digits).</translation>
    </message>
    <message>
        <source>The subject template is not usable: %1</source>
        <translation>The subject template is not usable: %1</translation>
    </message>
    <message>
        <source>There is no routing rule for the service %1 (%2). File it by hand or ask the registry for a rule.</source>
        <translation>There is no routing rule for the service %1 (%2). File it by hand or ask the registry for a rule.</translation>
    </message>
    <message>
        <source>unknown applicant</source>
        <translation>unknown applicant</translation>
    </message>
    <message>
        <source>The submission was changed meanwhile.</source>
        <translation>The submission was changed meanwhile.</translation>
    </message>
    <message>
        <source>The subject template is empty.</source>
        <translation>The subject template is empty.</translation>
    </message>
    <message>
        <source>Unknown placeholder in the subject template: %1. Possible are: %2.</source>
        <translation>Unknown placeholder in the subject template: %1. Possible are: %2.</translation>
    </message>
    <message>
        <source>There is no routing rule with the id “%1”.</source>
        <translation>There is no routing rule with the id “%1”.</translation>
    </message>
    <message>
        <source>This submission is %1 and cannot be filed.</source>
        <translation>This submission is %1 and cannot be filed.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>By the routing rules, %1 goes to “%2”, and you are not a member of that unit. Someone there can accept it, or you file it by hand.</source>
        <translation>By the routing rules, %1 goes to “%2”, and you are not a member of that unit. Someone there can accept it, or you file it by hand.</translation>
    </message>
</context>
<context>
    <name>aw::intake::Samples</name>
    <message>
        <source>No temporary folder for the demo applications: %1</source>
        <translation>No temporary folder for the demo applications: %1</translation>
    </message>
    <message>
        <source>The inbox already holds submissions or routing rules; the demo applications are only added to an empty one.</source>
        <translation>The inbox already holds submissions or routing rules; the demo applications are only added to an empty one.</translation>
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
        <translation>the field &quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; must be %2</source>
        <translation>the field &quot;%1&quot; must be %2</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>the field &quot;%1&quot; is empty</translation>
    </message>
    <message>
        <source>%1: the hash type &quot;%2&quot; is not supported (only sha512)</source>
        <translation>%1: the hash type &quot;%2&quot; is not supported (only sha512)</translation>
    </message>
    <message>
        <source>%1: the SHA-512 value must be 128 hexadecimal digits</source>
        <translation>%1: the SHA-512 value must be 128 hexadecimal digits</translation>
    </message>
    <message>
        <source>%1 is a symbolic link, which is not accepted in a submission</source>
        <translation>%1 is a symbolic link, which is not accepted in a submission</translation>
    </message>
    <message>
        <source>%1 is missing from the submission</source>
        <translation>%1 is missing from the submission</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 is not a regular file</translation>
    </message>
    <message>
        <source>%1 is larger than the limit of %2 MiB</source>
        <translation>%1 is larger than the limit of %2 MiB</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1: XML with a document type declaration is not accepted</source>
        <translation>%1: XML with a document type declaration is not accepted</translation>
    </message>
    <message>
        <source>%1: the entity reference &amp;%2; is not accepted</source>
        <translation>%1: the entity reference &amp;%2; is not accepted</translation>
    </message>
    <message>
        <source>%1: the XML is nested deeper than %2 levels</source>
        <translation>%1: the XML is nested deeper than %2 levels</translation>
    </message>
    <message>
        <source>%1: the XML has more than %2 elements</source>
        <translation>%1: the XML has more than %2 elements</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2: %3)</source>
        <translation>%1 is not well-formed XML (line %2: %3)</translation>
    </message>
    <message>
        <source>%1 has no root element</source>
        <translation>%1 has no root element</translation>
    </message>
    <message>
        <source>&quot;$schema&quot; does not name the FIT-Connect metadata schema: %1</source>
        <translation>&quot;$schema&quot; does not name the FIT-Connect metadata schema: %1</translation>
    </message>
    <message>
        <source>metadata schema version %1 is not supported (supported: 1.0–1.2)</source>
        <translation>metadata schema version %1 is not supported (supported: 1.0–1.2)</translation>
    </message>
    <message>
        <source>the service identifier &quot;%1&quot; is not a LeiKa service key (urn:de:fim:leika:leistung: followed by 14 digits)</source>
        <translation>the service identifier &quot;%1&quot; is not a LeiKa service key (urn:de:fim:leika:leistung: followed by 14 digits)</translation>
    </message>
    <message>
        <source>%1: the attachment id &quot;%2&quot; is not a UUID</source>
        <translation>%1: the attachment id &quot;%2&quot; is not a UUID</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>attachment %1</translation>
    </message>
    <message>
        <source>%1: the purpose &quot;%2&quot; is not one of form, attachment, report</source>
        <translation>%1: the purpose &quot;%2&quot; is not one of form, attachment, report</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a MIME type</source>
        <translation>%1: &quot;%2&quot; is not a MIME type</translation>
    </message>
    <message>
        <source>%1: the file name &quot;%2&quot; contains a path separator or control character</source>
        <translation>%1: the file name &quot;%2&quot; contains a path separator or control character</translation>
    </message>
    <message>
        <source>the data type &quot;%1&quot; is not supported (application/json or application/xml)</source>
        <translation>the data type &quot;%1&quot; is not supported (application/json or application/xml)</translation>
    </message>
    <message>
        <source>more than %1 attachments</source>
        <translation>more than %1 attachments</translation>
    </message>
    <message>
        <source>the attachment id %1 is listed twice</source>
        <translation>the attachment id %1 is listed twice</translation>
    </message>
    <message>
        <source>E-mail to %1</source>
        <translation>E-mail to %1</translation>
    </message>
    <message>
        <source>De-Mail to %1</source>
        <translation>De-Mail to %1</translation>
    </message>
    <message>
        <source>FINK mailbox %1</source>
        <translation>FINK mailbox %1</translation>
    </message>
    <message>
        <source>ELSTER account %1</source>
        <translation>ELSTER account %1</translation>
    </message>
    <message>
        <source>BundID mailbox %1</source>
        <translation>BundID mailbox %1</translation>
    </message>
    <message>
        <source>unknown reply channel &quot;%1&quot;</source>
        <translation>unknown reply channel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a number not below zero</source>
        <translation>a number not below zero</translation>
    </message>
    <message>
        <source>the application date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>the application date &quot;%1&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>the submission id &quot;%1&quot; is not a UUID</source>
        <translation>the submission id &quot;%1&quot; is not a UUID</translation>
    </message>
    <message>
        <source>the submission folder %1 does not exist</source>
        <translation>the submission folder %1 does not exist</translation>
    </message>
    <message>
        <source>metadata.json is not valid JSON (at byte %1: %2)</source>
        <translation>metadata.json is not valid JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>data.json is not valid JSON (at byte %1: %2)</source>
        <translation>data.json is not valid JSON (at byte %1: %2)</translation>
    </message>
    <message>
        <source>unexpected file &quot;%1&quot; in the submission (only metadata.json, %2 and attachments/ belong there)</source>
        <translation>unexpected file &quot;%1&quot; in the submission (only metadata.json, %2 and attachments/ belong there)</translation>
    </message>
    <message>
        <source>attachments/%1 is not a regular file, which is not accepted</source>
        <translation>attachments/%1 is not a regular file, which is not accepted</translation>
    </message>
    <message>
        <source>attachments/%1 is not listed in metadata.json</source>
        <translation>attachments/%1 is not listed in metadata.json</translation>
    </message>
    <message>
        <source>attachment %1 (%2) is missing: attachments/%1 does not exist</source>
        <translation>attachment %1 (%2) is missing: attachments/%1 does not exist</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 cannot be read</translation>
    </message>
    <message>
        <source>%1: the SHA-512 does not match (the file was changed or damaged in transport)</source>
        <translation>%1: the SHA-512 does not match (the file was changed or damaged in transport)</translation>
    </message>
    <message>
        <source>attachments/%1 cannot be read</source>
        <translation>attachments/%1 cannot be read</translation>
    </message>
    <message>
        <source>attachment %1 (%2): the SHA-512 does not match (the file was changed or damaged in transport)</source>
        <translation>attachment %1 (%2): the SHA-512 does not match (the file was changed or damaged in transport)</translation>
    </message>
</context>
<context>
    <name>aw::intake::WatchFolder</name>
    <message>
        <source>The watch folder “%1” cannot be used.</source>
        <translation>The watch folder “%1” cannot be used.</translation>
    </message>
</context>
<context>
    <name>aw::packages::SafeZip</name>
    <message>
        <source>An entry has an empty name.</source>
        <translation>An entry has an empty name.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a control character in its name.</source>
        <translation>Entry &quot;%1&quot; has a control character in its name.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a name that is not valid UTF-8.</source>
        <translation>Entry &quot;%1&quot; has a name that is not valid UTF-8.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a backslash in its name.</source>
        <translation>Entry &quot;%1&quot; has a backslash in its name.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an absolute path.</source>
        <translation>Entry &quot;%1&quot; has an absolute path.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; starts with a drive letter.</source>
        <translation>Entry &quot;%1&quot; starts with a drive letter.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a colon in its name.</source>
        <translation>Entry &quot;%1&quot; has a colon in its name.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is nested deeper than %2 folders.</source>
        <translation>Entry &quot;%1&quot; is nested deeper than %2 folders.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has an empty path segment.</source>
        <translation>Entry &quot;%1&quot; has an empty path segment.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; points outside the target folder (&quot;..&quot;).</source>
        <translation>Entry &quot;%1&quot; points outside the target folder (&quot;..&quot;).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a &quot;.&quot; path segment.</source>
        <translation>Entry &quot;%1&quot; has a &quot;.&quot; path segment.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has a name segment longer than %2 bytes.</source>
        <translation>Entry &quot;%1&quot; has a name segment longer than %2 bytes.</translation>
    </message>
    <message>
        <source>checksum error</source>
        <translation>checksum error</translation>
    </message>
    <message>
        <source>damaged archive</source>
        <translation>damaged archive</translation>
    </message>
    <message>
        <source>read error</source>
        <translation>read error</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>The archive has no entry &quot;%1&quot;.</source>
        <translation>The archive has no entry &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a folder, not a file.</source>
        <translation>Entry &quot;%1&quot; is a folder, not a file.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; cannot be found in the archive (damaged archive).</source>
        <translation>Entry &quot;%1&quot; cannot be found in the archive (damaged archive).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; cannot be opened: %2.</source>
        <translation>Entry &quot;%1&quot; cannot be opened: %2.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; uses an unsupported compression method.</source>
        <translation>Entry &quot;%1&quot; uses an unsupported compression method.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged and cannot be unpacked.</source>
        <translation>Entry &quot;%1&quot; is damaged and cannot be unpacked.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than declared.</source>
        <translation>Entry &quot;%1&quot; is larger than declared.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than the limit of %2 bytes.</source>
        <translation>Entry &quot;%1&quot; is larger than the limit of %2 bytes.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is compressed suspiciously well (possible ZIP bomb).</source>
        <translation>Entry &quot;%1&quot; is compressed suspiciously well (possible ZIP bomb).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is larger than %2 bytes.</source>
        <translation>Entry &quot;%1&quot; is larger than %2 bytes.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; could not be written.</source>
        <translation>Entry &quot;%1&quot; could not be written.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged: %2.</source>
        <translation>Entry &quot;%1&quot; is damaged: %2.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is truncated: %2 of %3 bytes.</source>
        <translation>Entry &quot;%1&quot; is truncated: %2 of %3 bytes.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is damaged: checksum error.</source>
        <translation>Entry &quot;%1&quot; is damaged: checksum error.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; does not exist.</source>
        <translation>The file &quot;%1&quot; does not exist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ZIP file or truncated.</source>
        <translation>&quot;%1&quot; is not a ZIP file or truncated.</translation>
    </message>
    <message>
        <source>The archive has more than %1 entries.</source>
        <translation>The archive has more than %1 entries.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a symbolic link.</source>
        <translation>Entry &quot;%1&quot; is a symbolic link.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is a special file.</source>
        <translation>Entry &quot;%1&quot; is a special file.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is marked both as file and as folder.</source>
        <translation>Entry &quot;%1&quot; is marked both as file and as folder.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is encrypted.</source>
        <translation>Entry &quot;%1&quot; is encrypted.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; uses an unsupported compression method (%2).</source>
        <translation>Entry &quot;%1&quot; uses an unsupported compression method (%2).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; claims more data than the archive holds (truncated archive).</source>
        <translation>Entry &quot;%1&quot; claims more data than the archive holds (truncated archive).</translation>
    </message>
    <message>
        <source>Folder entry &quot;%1&quot; has content.</source>
        <translation>Folder entry &quot;%1&quot; has content.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; has inconsistent sizes.</source>
        <translation>Entry &quot;%1&quot; has inconsistent sizes.</translation>
    </message>
    <message>
        <source>The archive unpacks to more than the limit of %1 bytes (at entry &quot;%2&quot;).</source>
        <translation>The archive unpacks to more than the limit of %1 bytes (at entry &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; appears twice (names differing only in case count as the same).</source>
        <translation>Entry &quot;%1&quot; appears twice (names differing only in case count as the same).</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; is both a file and a folder.</source>
        <translation>Entry &quot;%1&quot; is both a file and a folder.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not empty.</source>
        <translation>The folder &quot;%1&quot; is not empty.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>The folder &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>Entry &quot;%1&quot; points outside the target folder.</source>
        <translation>Entry &quot;%1&quot; points outside the target folder.</translation>
    </message>
    <message>
        <source>The folder for &quot;%1&quot; cannot be created.</source>
        <translation>The folder for &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created: %2</source>
        <translation>The file &quot;%1&quot; cannot be created: %2</translation>
    </message>
    <message>
        <source>The archive unpacks to more than the limit of %1 bytes.</source>
        <translation>The archive unpacks to more than the limit of %1 bytes.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2</source>
        <translation>The file &quot;%1&quot; cannot be written: %2</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be created.</source>
        <translation>The file &quot;%1&quot; cannot be created.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written.</source>
        <translation>The file &quot;%1&quot; cannot be written.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be replaced.</source>
        <translation>The file &quot;%1&quot; cannot be replaced.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>The file &quot;%1&quot; cannot be read.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; no longer matches its checksum.</source>
        <translation>The file &quot;%1&quot; no longer matches its checksum.</translation>
    </message>
</context>
<context>
    <name>aw::search::Query</name>
    <message>
        <source>The quotation mark after “%1:” is not closed.</source>
        <translation>The quotation mark after “%1:” is not closed.</translation>
    </message>
    <message>
        <source>“%1:” needs a value, e.g. %1:%2.</source>
        <translation>“%1:” needs a value, e.g. %1:%2.</translation>
    </message>
    <message>
        <source>“%1:” needs at least %2 characters of the file reference.</source>
        <translation>“%1:” needs at least %2 characters of the file reference.</translation>
    </message>
    <message>
        <source>“%1” is not a status. Use status:offen, status:bearbeitung, status:wartet or status:abgeschlossen.</source>
        <translation>“%1” is not a status. Use status:offen, status:bearbeitung, status:wartet or status:abgeschlossen.</translation>
    </message>
    <message>
        <source>“%1” is not a type. Use typ:eingang, typ:ausgang, typ:intern, typ:dokument, typ:vorgang or typ:akte.</source>
        <translation>“%1” is not a type. Use typ:eingang, typ:ausgang, typ:intern, typ:dokument, typ:vorgang or typ:akte.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Write DD.MM.YYYY, MM.YYYY or YYYY, e.g. %2:01.03.2025.</source>
        <translation>“%1” is not a date. Write DD.MM.YYYY, MM.YYYY or YYYY, e.g. %2:01.03.2025.</translation>
    </message>
    <message>
        <source>Use %1:ja or %1:nein.</source>
        <translation>Use %1:ja or %1:nein.</translation>
    </message>
    <message>
        <source>The search is too long (at most %1 characters).</source>
        <translation>The search is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>A quotation mark is not closed. Put the phrase between two &quot; marks.</source>
        <translation>A quotation mark is not closed. Put the phrase between two &quot; marks.</translation>
    </message>
    <message>
        <source>There is nothing between the quotation marks.</source>
        <translation>There is nothing between the quotation marks.</translation>
    </message>
    <message>
        <source>“%1:” is not a search field. Known fields: %2. To search for the text, put it in quotation marks.</source>
        <translation>“%1:” is not a search field. Known fields: %2. To search for the text, put it in quotation marks.</translation>
    </message>
    <message>
        <source>A search for the start of words needs at least %1 letters before the *.</source>
        <translation>A search for the start of words needs at least %1 letters before the *.</translation>
    </message>
    <message>
        <source>OR needs a search term on both sides, e.g. Geburt OR Ehe.</source>
        <translation>OR needs a search term on both sides, e.g. Geburt OR Ehe.</translation>
    </message>
    <message>
        <source>An excluded term (-…) cannot be joined with OR.</source>
        <translation>An excluded term (-…) cannot be joined with OR.</translation>
    </message>
    <message>
        <source>Enter what to search for.</source>
        <translation>Enter what to search for.</translation>
    </message>
    <message>
        <source>The start date (von:) lies after the end date (bis:).</source>
        <translation>The start date (von:) lies after the end date (bis:).</translation>
    </message>
</context>
<context>
    <name>aw::search::SavedSearches</name>
    <message>
        <source>Sign in to keep searches.</source>
        <translation>Sign in to keep searches.</translation>
    </message>
    <message>
        <source>Give the search a name.</source>
        <translation>Give the search a name.</translation>
    </message>
    <message>
        <source>The name is too long (at most 100 characters).</source>
        <translation>The name is too long (at most 100 characters).</translation>
    </message>
    <message>
        <source>A search can only be shared with a unit you belong to.</source>
        <translation>A search can only be shared with a unit you belong to.</translation>
    </message>
    <message>
        <source>This saved search no longer exists.</source>
        <translation>This saved search no longer exists.</translation>
    </message>
    <message>
        <source>Only the one who saved a search can remove it.</source>
        <translation>Only the one who saved a search can remove it.</translation>
    </message>
</context>
<context>
    <name>aw::search::Searcher</name>
    <message>
        <source>No unit is called “%1”.</source>
        <translation>No unit is called “%1”.</translation>
    </message>
    <message>
        <source>No user is called “%1”.</source>
        <translation>No user is called “%1”.</translation>
    </message>
    <message>
        <source>The file plan has no entry “%1”.</source>
        <translation>The file plan has no entry “%1”.</translation>
    </message>
    <message>
        <source>OR joins words with words or fields with fields, not words with fields.</source>
        <translation>OR joins words with words or fields with fields, not words with fields.</translation>
    </message>
    <message>
        <source>The search has no word to look for. Letters or digits are needed.</source>
        <translation>The search has no word to look for. Letters or digits are needed.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>incoming</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>outgoing</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>internal</translation>
    </message>
    <message>
        <source>proceeding</source>
        <translation>proceeding</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>case file</translation>
    </message>
</context>
<context>
    <name>aw::storage::AuditLog</name>
    <message>
        <source>audit event %1: events %2 to %3 are missing</source>
        <translation>audit event %1: events %2 to %3 are missing</translation>
    </message>
    <message>
        <source>audit event %1: does not follow the event before it (chain broken)</source>
        <translation>audit event %1: does not follow the event before it (chain broken)</translation>
    </message>
    <message>
        <source>audit event %1 (%2 on %3 %4): its content was changed after it was written</source>
        <translation>audit event %1 (%2 on %3 %4): its content was changed after it was written</translation>
    </message>
    <message>
        <source>audit log: the newest recorded event is %1, but the log ends at %2 (events removed or head changed)</source>
        <translation>audit log: the newest recorded event is %1, but the log ends at %2 (events removed or head changed)</translation>
    </message>
    <message>
        <source>audit log: the record of the newest event is missing</source>
        <translation>audit log: the record of the newest event is missing</translation>
    </message>
</context>
<context>
    <name>aw::storage::BlobStore</name>
    <message>
        <source>Could not create a temporary file in %1: %2.</source>
        <translation>Could not create a temporary file in %1: %2.</translation>
    </message>
    <message>
        <source>Blob %1 is missing (%2).</source>
        <translation>Blob %1 is missing (%2).</translation>
    </message>
    <message>
        <source>Could not open blob %1 (%2): %3.</source>
        <translation>Could not open blob %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Could not read blob %1 (%2): %3.</source>
        <translation>Could not read blob %1 (%2): %3.</translation>
    </message>
    <message>
        <source>The data to store cannot be read: the source is not open for reading.</source>
        <translation>The data to store cannot be read: the source is not open for reading.</translation>
    </message>
    <message>
        <source>Could not create the blob store directory %1.</source>
        <translation>Could not create the blob store directory %1.</translation>
    </message>
    <message>
        <source>Could not create the directory %1: %2.</source>
        <translation>Could not create the directory %1: %2.</translation>
    </message>
    <message>
        <source>Could not read the data to store into %1: %2.</source>
        <translation>Could not read the data to store into %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Could not write %1: %2.</translation>
    </message>
    <message>
        <source>Could not make %1 read-only: %2.</source>
        <translation>Could not make %1 read-only: %2.</translation>
    </message>
    <message>
        <source>Could not flush %1 to disk: %2.</source>
        <translation>Could not flush %1 to disk: %2.</translation>
    </message>
    <message>
        <source>Could not close %1: %2.</source>
        <translation>Could not close %1: %2.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3.</source>
        <translation>Could not move %1 to %2: %3.</translation>
    </message>
    <message>
        <source>Could not flush the directory of %1 to disk: %2.</source>
        <translation>Could not flush the directory of %1 to disk: %2.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>The file %1 does not exist.</translation>
    </message>
    <message>
        <source>Could not open %1: %2.</source>
        <translation>Could not open %1: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 hash.</source>
        <translation>&quot;%1&quot; is not a SHA-256 hash.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unreferenced blob(s), but could not remove: %1</source>
        <translation>
            <numerusform>Removed %n unreferenced blob, but could not remove: %1</numerusform>
            <numerusform>Removed %n unreferenced blobs, but could not remove: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Blob %1 is damaged: its content does not match its SHA-256 (%2).</source>
        <translation>Blob %1 is damaged: its content does not match its SHA-256 (%2).</translation>
    </message>
</context>
<context>
    <name>aw::storage::CaseFileRepository</name>
    <message>
        <source>The case file “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>The case file “%1” was changed meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>There is no case file with the id “%1”.</source>
        <translation>There is no case file with the id “%1”.</translation>
    </message>
    <message>
        <source>There is no case file “%1”.</source>
        <translation>There is no case file “%1”.</translation>
    </message>
    <message>
        <source>No running number could be taken for “%1”.</source>
        <translation>No running number could be taken for “%1”.</translation>
    </message>
    <message>
        <source>No reference numbers are reserved for “%1” in %2. Synchronize with the central store once while online; it reserves new ones.</source>
        <translation>No reference numbers are reserved for “%1” in %2. Synchronize with the central store once while online; it reserves new ones.</translation>
    </message>
</context>
<context>
    <name>aw::storage::Database</name>
    <message>
        <source>The store “%1” cannot be read: %2</source>
        <translation>The store “%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>The file “%1” is not an Aktenwerk store or is damaged (it is not an SQLite database). It was left unchanged. Restore it from a backup or choose another store.</source>
        <translation>The file “%1” is not an Aktenwerk store or is damaged (it is not an SQLite database). It was left unchanged. Restore it from a backup or choose another store.</translation>
    </message>
    <message>
        <source>The store “%1” is damaged (%2). It was left unchanged; restore it from a backup.</source>
        <translation>The store “%1” is damaged (%2). It was left unchanged; restore it from a backup.</translation>
    </message>
    <message>
        <source>The disk holding “%1” is full. Free some space and try again.</source>
        <translation>The disk holding “%1” is full. Free some space and try again.</translation>
    </message>
    <message>
        <source>The store “%1” is busy in another program. Try again in a moment.</source>
        <translation>The store “%1” is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <source>The store “%1” cannot be written or opened (%2). Check its permissions.</source>
        <translation>The store “%1” cannot be written or opened (%2). Check its permissions.</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>Database error in %1: %2</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <source>The store “%1” is an empty file. It was left unchanged; restore it from a backup or remove it to start a new store.</source>
        <translation>The store “%1” is an empty file. It was left unchanged; restore it from a backup or remove it to start a new store.</translation>
    </message>
    <message>
        <source>There is no store at “%1”.</source>
        <translation>There is no store at “%1”.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>The folder “%1” cannot be created.</translation>
    </message>
    <message>
        <source>opening the store</source>
        <translation>opening the store</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another program, not an Aktenwerk store. It was left unchanged.</source>
        <translation>“%1” is an SQLite database of another program, not an Aktenwerk store. It was left unchanged.</translation>
    </message>
    <message>
        <source>The store “%1” was written by a newer version of Aktenwerk (schema %2; this version knows up to %3). It was left unchanged. Please update Aktenwerk.</source>
        <translation>The store “%1” was written by a newer version of Aktenwerk (schema %2; this version knows up to %3). It was left unchanged. Please update Aktenwerk.</translation>
    </message>
    <message>
        <source>The store “%1” cannot use write-ahead logging (journal mode is “%2”). Is it on a network drive?</source>
        <translation>The store “%1” cannot use write-ahead logging (journal mode is “%2”). Is it on a network drive?</translation>
    </message>
    <message>
        <source>The SQLite driver does not expose its handle; migrations cannot run.</source>
        <translation>The SQLite driver does not expose its handle; migrations cannot run.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 is missing from this build.</translation>
    </message>
    <message>
        <source>Updating the store to schema %1 failed: %2. The store was left unchanged.</source>
        <translation>Updating the store to schema %1 failed: %2. The store was left unchanged.</translation>
    </message>
    <message>
        <source>Foreign keys cannot be switched on for “%1”.</source>
        <translation>Foreign keys cannot be switched on for “%1”.</translation>
    </message>
    <message>
        <source>The store “%1” is damaged and open for reading only; nothing was changed. Restore it from a backup.</source>
        <translation>The store “%1” is damaged and open for reading only; nothing was changed. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The check of the store “%1” was stopped.</source>
        <translation>The check of the store “%1” was stopped.</translation>
    </message>
</context>
<context>
    <name>aw::storage::DocumentRepository</name>
    <message>
        <source>There is no document with the id “%1”.</source>
        <translation>There is no document with the id “%1”.</translation>
    </message>
</context>
<context>
    <name>aw::storage::FilePlanRepository</name>
    <message>
        <source>The file plan entry “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>The file plan entry “%1” was changed meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>There is no file plan entry with the id “%1”.</source>
        <translation>There is no file plan entry with the id “%1”.</translation>
    </message>
    <message>
        <source>There is no file plan entry “%1”.</source>
        <translation>There is no file plan entry “%1”.</translation>
    </message>
</context>
<context>
    <name>aw::storage::NoteRepository</name>
    <message>
        <source>The resubmission was changed meanwhile. Reload it and try again.</source>
        <translation>The resubmission was changed meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>There is no resubmission with the id “%1”.</source>
        <translation>There is no resubmission with the id “%1”.</translation>
    </message>
</context>
<context>
    <name>aw::storage::OrgRepository</name>
    <message>
        <source>There is no unit with the id “%1”.</source>
        <translation>There is no unit with the id “%1”.</translation>
    </message>
    <message>
        <source>There is no unit with the code “%1”.</source>
        <translation>There is no unit with the code “%1”.</translation>
    </message>
    <message>
        <source>There is no user with the id “%1”.</source>
        <translation>There is no user with the id “%1”.</translation>
    </message>
    <message>
        <source>There is no user “%1” in this store.</source>
        <translation>There is no user “%1” in this store.</translation>
    </message>
</context>
<context>
    <name>aw::storage::ProceedingRepository</name>
    <message>
        <source>The proceeding “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>The proceeding “%1” was changed meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>There is no proceeding with the id “%1”.</source>
        <translation>There is no proceeding with the id “%1”.</translation>
    </message>
    <message>
        <source>There is no proceeding “%1”.</source>
        <translation>There is no proceeding “%1”.</translation>
    </message>
</context>
<context>
    <name>aw::storage::Store</name>
    <message>
        <source>“%1” is a file, not a store folder.</source>
        <translation>“%1” is a file, not a store folder.</translation>
    </message>
    <message>
        <source>The folder for documents in “%1” cannot be created.</source>
        <translation>The folder for documents in “%1” cannot be created.</translation>
    </message>
    <message>
        <source>document %1 version %2 (“%3”): %4</source>
        <translation>document %1 version %2 (“%3”): %4</translation>
    </message>
    <message>
        <source>submission package “%1”: %2</source>
        <translation>submission package “%1”: %2</translation>
    </message>
    <message>
        <source>The store could not be compacted: %1</source>
        <translation>The store could not be compacted: %1</translation>
    </message>
</context>
<context>
    <name>aw::sync::CentralApi</name>
    <message>
        <source>Part %1 of the file %2 is not in the central store.</source>
        <translation>Part %1 of the file %2 is not in the central store.</translation>
    </message>
</context>
<context>
    <name>aw::sync::CentralSchema</name>
    <message>
        <source>The connection “%1” needs key=value pairs.</source>
        <translation>The connection “%1” needs key=value pairs.</translation>
    </message>
    <message>
        <source>The connection&apos;s value for “%1” lacks its closing quote.</source>
        <translation>The connection&apos;s value for “%1” lacks its closing quote.</translation>
    </message>
    <message>
        <source>The connection “%1” has a value without a key.</source>
        <translation>The connection “%1” has a value without a key.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing (package libqt6sql6-psql).</source>
        <translation>Qt&apos;s PostgreSQL driver is missing (package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the central store: %1</source>
        <translation>Cannot connect to the central store: %1</translation>
    </message>
    <message>
        <source>The central store has schema version %1; this Aktenwerk knows up to %2. Update Aktenwerk first.</source>
        <translation>The central store has schema version %1; this Aktenwerk knows up to %2. Update Aktenwerk first.</translation>
    </message>
    <message>
        <source>Migration %1 cannot be read.</source>
        <translation>Migration %1 cannot be read.</translation>
    </message>
    <message>
        <source>Central migration %1 failed, nothing of it was applied: %2</source>
        <translation>Central migration %1 failed, nothing of it was applied: %2</translation>
    </message>
    <message>
        <source>A unit needs a code and a name.</source>
        <translation>A unit needs a code and a name.</translation>
    </message>
    <message>
        <source>“%1” is not a login: lower-case letters, digits, _ . - (at most 63).</source>
        <translation>“%1” is not a login: lower-case letters, digits, _ . - (at most 63).</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>The password needs at least 8 characters.</translation>
    </message>
    <message>
        <source>A user needs at least one unit.</source>
        <translation>A user needs at least one unit.</translation>
    </message>
    <message>
        <source>“%1” is not a role: clerk, supervisor or registrar.</source>
        <translation>“%1” is not a role: clerk, supervisor or registrar.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver gives no connection handle.</source>
        <translation>The PostgreSQL driver gives no connection handle.</translation>
    </message>
    <message>
        <source>No unit has the code “%1”.</source>
        <translation>No unit has the code “%1”.</translation>
    </message>
</context>
<context>
    <name>aw::sync::LocalRecords</name>
    <message>
        <source>The unit “%1” is not in this store.</source>
        <translation>The unit “%1” is not in this store.</translation>
    </message>
    <message>
        <source>The file-plan node “%1” is not in this store.</source>
        <translation>The file-plan node “%1” is not in this store.</translation>
    </message>
    <message>
        <source>The user “%1” is not in this store.</source>
        <translation>The user “%1” is not in this store.</translation>
    </message>
    <message>
        <source>Set up units, file plan and users as in the other offices&apos; stores, then synchronize again.</source>
        <translation>Set up units, file plan and users as in the other offices&apos; stores, then synchronize again.</translation>
    </message>
    <message>
        <source>“%1” records are not read one by one.</source>
        <translation>“%1” records are not read one by one.</translation>
    </message>
    <message>
        <source>“%1” records are not synced.</source>
        <translation>“%1” records are not synced.</translation>
    </message>
    <message>
        <source>“%1” records do not change once made.</source>
        <translation>“%1” records do not change once made.</translation>
    </message>
</context>
<context>
    <name>aw::sync::Synchronizer</name>
    <message>
        <source>A change of this store was not accepted; it stays in the outbox. %1</source>
        <translation>A change of this store was not accepted; it stays in the outbox. %1</translation>
    </message>
    <message>
        <source>There is no open conflict for this record.</source>
        <translation>There is no open conflict for this record.</translation>
    </message>
    <message>
        <source>The record of this conflict is no longer in this store.</source>
        <translation>The record of this conflict is no longer in this store.</translation>
    </message>
    <message>
        <source>The file %1 of a document version is missing in this store; it cannot be sent. Check the store (aktenwerk-cli verify).</source>
        <translation>The file %1 of a document version is missing in this store; it cannot be sent. Check the store (aktenwerk-cli verify).</translation>
    </message>
    <message>
        <source>The file %1 arrived damaged at the central store twice; check this store (aktenwerk-cli verify) and the network.</source>
        <translation>The file %1 arrived damaged at the central store twice; check this store (aktenwerk-cli verify) and the network.</translation>
    </message>
    <message>
        <source>The central store has no file %1 for you.</source>
        <translation>The central store has no file %1 for you.</translation>
    </message>
    <message>
        <source>The file %1 from the central store does not match its name.</source>
        <translation>The file %1 from the central store does not match its name.</translation>
    </message>
    <message>
        <source>“%1” is not the SHA-256 of a file.</source>
        <translation>“%1” is not the SHA-256 of a file.</translation>
    </message>
    <message>
        <source>There is no case file, proceeding or document %1 in this store.</source>
        <translation>There is no case file, proceeding or document %1 in this store.</translation>
    </message>
    <message>
        <source>The central store&apos;s user %1 is not a user of this store; a number taken meanwhile cannot be replaced.</source>
        <translation>The central store&apos;s user %1 is not a user of this store; a number taken meanwhile cannot be replaced.</translation>
    </message>
    <message>
        <source>%1 is no longer in this store.</source>
        <translation>%1 is no longer in this store.</translation>
    </message>
</context>
<context>
    <name>aw::ui::AssignDialog</name>
    <message>
        <source>Assign proceeding</source>
        <translation>Assign proceeding</translation>
    </message>
    <message>
        <source>Who works on the proceeding &lt;b&gt;%1&lt;/b&gt;? Only members of the owning unit can be chosen.</source>
        <translation>Who works on the proceeding &lt;b&gt;%1&lt;/b&gt;? Only members of the owning unit can be chosen.</translation>
    </message>
    <message>
        <source>&amp;Assign to:</source>
        <translation>&amp;Assign to:</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assign</translation>
    </message>
    <message>
        <source>Choose who works on the proceeding.</source>
        <translation>Choose who works on the proceeding.</translation>
    </message>
</context>
<context>
    <name>aw::ui::AuditDescription</name>
    <message>
        <source>Due date set to %1</source>
        <translation>Due date set to %1</translation>
    </message>
    <message>
        <source>Due date removed</source>
        <translation>Due date removed</translation>
    </message>
    <message>
        <source>Status set to “%1”</source>
        <translation>Status set to “%1”</translation>
    </message>
    <message>
        <source>Assignment removed</source>
        <translation>Assignment removed</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Assigned to %1</translation>
    </message>
    <message>
        <source>Moved from case file %1 to case file %2 (was %3, now %4)</source>
        <translation>Moved from case file %1 to case file %2 (was %3, now %4)</translation>
    </message>
    <message>
        <source>Resubmission of %1 for %2 marked done</source>
        <translation>Resubmission of %1 for %2 marked done</translation>
    </message>
    <message>
        <source>Resubmission on %1 for %2</source>
        <translation>Resubmission on %1 for %2</translation>
    </message>
    <message>
        <source>Resubmission on %1 for %2: “%3”</source>
        <translation>Resubmission on %1 for %2: “%3”</translation>
    </message>
    <message>
        <source>Document “%1” added</source>
        <translation>Document “%1” added</translation>
    </message>
    <message>
        <source>Version %1 of the document “%2” added</source>
        <translation>Version %1 of the document “%2” added</translation>
    </message>
    <message>
        <source>Case file %1 created</source>
        <translation>Case file %1 created</translation>
    </message>
    <message>
        <source>Subject changed to “%1”</source>
        <translation>Subject changed to “%1”</translation>
    </message>
    <message>
        <source>Case file closed (zdA)</source>
        <translation>Case file closed (zdA)</translation>
    </message>
    <message>
        <source>Case file reopened</source>
        <translation>Case file reopened</translation>
    </message>
    <message>
        <source>Proceeding %1 created</source>
        <translation>Proceeding %1 created</translation>
    </message>
    <message>
        <source>Proceeding closed (zdA)</source>
        <translation>Proceeding closed (zdA)</translation>
    </message>
    <message>
        <source>Proceeding reopened</source>
        <translation>Proceeding reopened</translation>
    </message>
    <message>
        <source>Note added: “%1”</source>
        <translation>Note added: “%1”</translation>
    </message>
    <message>
        <source>Online application received</source>
        <translation>Online application received</translation>
    </message>
    <message>
        <source>Online application checked again</source>
        <translation>Online application checked again</translation>
    </message>
    <message>
        <source>Online application rejected: %1</source>
        <translation>Online application rejected: %1</translation>
    </message>
    <message>
        <source>Acknowledgement of receipt sent</source>
        <translation>Acknowledgement of receipt sent</translation>
    </message>
    <message>
        <source>Online application filed by its routing rule</source>
        <translation>Online application filed by its routing rule</translation>
    </message>
    <message>
        <source>Online application filed into a case file by hand</source>
        <translation>Online application filed into a case file by hand</translation>
    </message>
    <message>
        <source>File plan entry %1 created</source>
        <translation>File plan entry %1 created</translation>
    </message>
    <message>
        <source>File plan entry %1 changed</source>
        <translation>File plan entry %1 changed</translation>
    </message>
    <message>
        <source>Unit %1 created</source>
        <translation>Unit %1 created</translation>
    </message>
    <message>
        <source>User %1 created</source>
        <translation>User %1 created</translation>
    </message>
    <message>
        <source>Membership in a unit added</source>
        <translation>Membership in a unit added</translation>
    </message>
    <message>
        <source>Routing rule added</source>
        <translation>Routing rule added</translation>
    </message>
    <message>
        <source>Routing rule changed</source>
        <translation>Routing rule changed</translation>
    </message>
    <message>
        <source>Routing rule removed</source>
        <translation>Routing rule removed</translation>
    </message>
    <message>
        <source>Setting %1 changed</source>
        <translation>Setting %1 changed</translation>
    </message>
    <message>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <source>Certificate request taken up</source>
        <translation>Certificate request taken up</translation>
    </message>
    <message>
        <source>Details of the certificate request changed</source>
        <translation>Details of the certificate request changed</translation>
    </message>
    <message>
        <source>Register entry removed from the request</source>
        <translation>Register entry removed from the request</translation>
    </message>
    <message>
        <source>Register entry chosen for the request</source>
        <translation>Register entry chosen for the request</translation>
    </message>
    <message>
        <source>Entitlement granted by the clerk: “%1”</source>
        <translation>Entitlement granted by the clerk: “%1”</translation>
    </message>
    <message>
        <source>Entitlement denied by the clerk: “%1”</source>
        <translation>Entitlement denied by the clerk: “%1”</translation>
    </message>
    <message>
        <source>Payment recorded; received in all: %1</source>
        <translation>Payment recorded; received in all: %1</translation>
    </message>
    <message>
        <source>Certificate request: %1</source>
        <translation>Certificate request: %1</translation>
    </message>
    <message>
        <source>Certificate issued and filed</source>
        <translation>Certificate issued and filed</translation>
    </message>
    <message>
        <source>Certificate request refused: %1</source>
        <translation>Certificate request refused: %1</translation>
    </message>
    <message>
        <source>Register index imported: %1 new, %2 changed, %3 unchanged</source>
        <translation>Register index imported: %1 new, %2 changed, %3 unchanged</translation>
    </message>
    <message>
        <source>Import confirmation (0402)</source>
        <translation>Import confirmation (0402)</translation>
    </message>
    <message>
        <source>Receipt (0403)</source>
        <translation>Receipt (0403)</translation>
    </message>
    <message>
        <source>Receipt of the offer (0504)</source>
        <translation>Receipt of the offer (0504)</translation>
    </message>
    <message>
        <source>Receipt of the evaluation (0505)</source>
        <translation>Receipt of the evaluation (0505)</translation>
    </message>
    <message>
        <source>Import confirmation of the archive (0506)</source>
        <translation>Import confirmation of the archive (0506)</translation>
    </message>
    <message>
        <source>Receipt of the hand-over (0507)</source>
        <translation>Receipt of the hand-over (0507)</translation>
    </message>
    <message>
        <source>%1 recorded</source>
        <translation>%1 recorded</translation>
    </message>
    <message numerus="yes">
        <source>; %n case file(s) archived</source>
        <translation>
            <numerusform>; %n case file archived</numerusform>
            <numerusform>; %n case files archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n case file(s) not taken in by the recipient</source>
        <translation>
            <numerusform>; %n case file not taken in by the recipient</numerusform>
            <numerusform>; %n case files not taken in by the recipient</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation of the archive (0502) recorded: %1 kept, %2 declined</source>
        <translation>Evaluation of the archive (0502) recorded: %1 kept, %2 declined</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived by %1; %2 removed from the store</source>
        <translation>Archived by %1; %2 removed from the store</translation>
    </message>
    <message>
        <source>Archived by %1 as “%2”; %3 removed from the store</source>
        <translation>Archived by %1 as “%2”; %3 removed from the store</translation>
    </message>
    <message>
        <source>Handed over to %1; %2 removed from the store</source>
        <translation>Handed over to %1; %2 removed from the store</translation>
    </message>
    <message>
        <source>Destroyed; %1 deleted</source>
        <translation>Destroyed; %1 deleted</translation>
    </message>
    <message>
        <source>Handed over to %1 as an xdomea package (Abgabe 0401): %2</source>
        <translation>Handed over to %1 as an xdomea package (Abgabe 0401): %2</translation>
    </message>
    <message>
        <source>Abgabe (0401) of %1 taken in with %2: %3</source>
        <translation>Abgabe (0401) of %1 taken in with %2: %3</translation>
    </message>
    <message>
        <source>Offered to %1 (Anbieteverzeichnis 0501): %2</source>
        <translation>Offered to %1 (Anbieteverzeichnis 0501): %2</translation>
    </message>
    <message>
        <source>Handed over to the archive (0503): %1</source>
        <translation>Handed over to the archive (0503): %1</translation>
    </message>
    <message>
        <source>Closing date set back (demo data)</source>
        <translation>Closing date set back (demo data)</translation>
    </message>
    <message>
        <source>Renumbered to %1 (the number was taken on another computer meanwhile)</source>
        <translation>Renumbered to %1 (the number was taken on another computer meanwhile)</translation>
    </message>
    <message>
        <source>Sync conflict decided</source>
        <translation>Sync conflict decided</translation>
    </message>
    <message>
        <source>Renumbered to %1 when first sent (the reference was taken centrally)</source>
        <translation>Renumbered to %1 when first sent (the reference was taken centrally)</translation>
    </message>
</context>
<context>
    <name>aw::ui::CaseFileModel</name>
    <message>
        <source>closed (zdA)</source>
        <translation>closed (zdA)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Retention until %1</source>
        <translation>Retention until %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
</context>
<context>
    <name>aw::ui::CaseWorkActions</name>
    <message>
        <source>Case file %1 – %2</source>
        <translation>Case file %1 – %2</translation>
    </message>
    <message>
        <source>Proceeding %1 – %2</source>
        <translation>Proceeding %1 – %2</translation>
    </message>
    <message>
        <source>&amp;New case file …</source>
        <translation>&amp;New case file …</translation>
    </message>
    <message>
        <source>A new case file under the selected file plan entry</source>
        <translation>A new case file under the selected file plan entry</translation>
    </message>
    <message>
        <source>New &amp;proceeding …</source>
        <translation>New &amp;proceeding …</translation>
    </message>
    <message>
        <source>A new proceeding in the selected case file</source>
        <translation>A new proceeding in the selected case file</translation>
    </message>
    <message>
        <source>&amp;Close case file (zdA) …</source>
        <translation>&amp;Close case file (zdA) …</translation>
    </message>
    <message>
        <source>Close the case file; its retention period starts</source>
        <translation>Close the case file; its retention period starts</translation>
    </message>
    <message>
        <source>&amp;Reopen case file</source>
        <translation>&amp;Reopen case file</translation>
    </message>
    <message>
        <source>Open a closed case file again</source>
        <translation>Open a closed case file again</translation>
    </message>
    <message>
        <source>&amp;Assign …</source>
        <translation>&amp;Assign …</translation>
    </message>
    <message>
        <source>Choose who works on the proceeding</source>
        <translation>Choose who works on the proceeding</translation>
    </message>
    <message>
        <source>Set &amp;resubmission …</source>
        <translation>Set &amp;resubmission …</translation>
    </message>
    <message>
        <source>A dated reminder in “My work”</source>
        <translation>A dated reminder in “My work”</translation>
    </message>
    <message>
        <source>Add n&amp;ote …</source>
        <translation>Add n&amp;ote …</translation>
    </message>
    <message>
        <source>An internal note (Vermerk) on the case file or proceeding</source>
        <translation>An internal note (Vermerk) on the case file or proceeding</translation>
    </message>
    <message>
        <source>Close proceeding (&amp;zdA) …</source>
        <translation>Close proceeding (&amp;zdA) …</translation>
    </message>
    <message>
        <source>The work is done; the proceeding becomes read-only</source>
        <translation>The work is done; the proceeding becomes read-only</translation>
    </message>
    <message>
        <source>Reop&amp;en proceeding</source>
        <translation>Reop&amp;en proceeding</translation>
    </message>
    <message>
        <source>Open a closed proceeding again</source>
        <translation>Open a closed proceeding again</translation>
    </message>
    <message>
        <source>&amp;Move proceeding …</source>
        <translation>&amp;Move proceeding …</translation>
    </message>
    <message>
        <source>Move the proceeding with its documents into another case file</source>
        <translation>Move the proceeding with its documents into another case file</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>You are not a member of any unit.</source>
        <translation>You are not a member of any unit.</translation>
    </message>
    <message>
        <source>Case file %1 created.</source>
        <translation>Case file %1 created.</translation>
    </message>
    <message>
        <source>Proceeding %1 created.</source>
        <translation>Proceeding %1 created.</translation>
    </message>
    <message>
        <source>Proceeding %1 assigned to %2.</source>
        <translation>Proceeding %1 assigned to %2.</translation>
    </message>
    <message>
        <source>Assign %1 to %2</source>
        <translation>Assign %1 to %2</translation>
    </message>
    <message>
        <source>Resubmission on %1 set.</source>
        <translation>Resubmission on %1 set.</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Note added.</translation>
    </message>
    <message>
        <source>Close case file</source>
        <translation>Close case file</translation>
    </message>
    <message>
        <source>Close the case file %1 (zdA)? Its retention period starts; only a supervisor can reopen it.</source>
        <translation>Close the case file %1 (zdA)? Its retention period starts; only a supervisor can reopen it.</translation>
    </message>
    <message>
        <source>&amp;Close (zdA)</source>
        <translation>&amp;Close (zdA)</translation>
    </message>
    <message>
        <source>Case file %1 closed (zdA).</source>
        <translation>Case file %1 closed (zdA).</translation>
    </message>
    <message>
        <source>Case file %1 reopened.</source>
        <translation>Case file %1 reopened.</translation>
    </message>
    <message>
        <source>Close proceeding</source>
        <translation>Close proceeding</translation>
    </message>
    <message>
        <source>Close the proceeding %1 (zdA)? It becomes read-only; only a supervisor can reopen it.</source>
        <translation>Close the proceeding %1 (zdA)? It becomes read-only; only a supervisor can reopen it.</translation>
    </message>
    <message>
        <source>Proceeding %1 closed (zdA).</source>
        <translation>Proceeding %1 closed (zdA).</translation>
    </message>
    <message>
        <source>Proceeding %1 reopened.</source>
        <translation>Proceeding %1 reopened.</translation>
    </message>
    <message>
        <source>Proceeding %1 moved; it is now %2.</source>
        <translation>Proceeding %1 moved; it is now %2.</translation>
    </message>
</context>
<context>
    <name>aw::ui::CentralSettingsBox</name>
    <message>
        <source>Central store (sync)</source>
        <translation>Central store (sync)</translation>
    </message>
    <message>
        <source>empty: work with the local store only</source>
        <translation>empty: work with the local store only</translation>
    </message>
    <message>
        <source>Encrypted, certificate checked (verify-full)</source>
        <translation>Encrypted, certificate checked (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Encrypted (require)</translation>
    </message>
    <message>
        <source>Encrypted where the server offers it (prefer)</source>
        <translation>Encrypted where the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Unencrypted (only on this computer)</source>
        <translation>Unencrypted (only on this computer)</translation>
    </message>
    <message>
        <source>Central store server</source>
        <translation>Central store server</translation>
    </message>
    <message>
        <source>Central store port</source>
        <translation>Central store port</translation>
    </message>
    <message>
        <source>Central store database</source>
        <translation>Central store database</translation>
    </message>
    <message>
        <source>Login at the central store</source>
        <translation>Login at the central store</translation>
    </message>
    <message>
        <source>Transport encryption</source>
        <translation>Transport encryption</translation>
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
        <translation>Data&amp;base:</translation>
    </message>
    <message>
        <source>Lo&amp;gin:</source>
        <translation>Lo&amp;gin:</translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation>&amp;Transport:</translation>
    </message>
    <message>
        <source>The password is asked for at the first sync and kept in the system keychain.</source>
        <translation>The password is asked for at the first sync and kept in the system keychain.</translation>
    </message>
    <message>
        <source>The central store needs a database and a login, or leave the server empty.</source>
        <translation>The central store needs a database and a login, or leave the server empty.</translation>
    </message>
    <message>
        <source>Outside this computer the central store is reached encrypted only.</source>
        <translation>Outside this computer the central store is reached encrypted only.</translation>
    </message>
</context>
<context>
    <name>aw::ui::CertificateActions</name>
    <message>
        <source>Certificate re&amp;quest …</source>
        <translation>Certificate re&amp;quest …</translation>
    </message>
    <message>
        <source>Certificate request at the &amp;counter …</source>
        <translation>Certificate request at the &amp;counter …</translation>
    </message>
    <message>
        <source>Work the certificate request of this proceeding: register entry, entitlement, fee, certificate</source>
        <translation>Work the certificate request of this proceeding: register entry, entitlement, fee, certificate</translation>
    </message>
    <message>
        <source>Take a certificate request of a walk-in into the selected case file</source>
        <translation>Take a certificate request of a walk-in into the selected case file</translation>
    </message>
    <message>
        <source>This proceeding holds no certificate request. Requests come from the online service or are taken at the counter (Ctrl+Shift+U).</source>
        <translation>This proceeding holds no certificate request. Requests come from the online service or are taken at the counter (Ctrl+Shift+U).</translation>
    </message>
    <message>
        <source>Certificate request at the counter</source>
        <translation>Certificate request at the counter</translation>
    </message>
    <message>
        <source>A new proceeding in %1 – %2</source>
        <translation>A new proceeding in %1 – %2</translation>
    </message>
    <message>
        <source>&amp;Take request</source>
        <translation>&amp;Take request</translation>
    </message>
    <message>
        <source>Import register inde&amp;x …</source>
        <translation>Import register inde&amp;x …</translation>
    </message>
    <message>
        <source>Load the Standesamt&apos;s register index from a CSV file (supervisors and the registry)</source>
        <translation>Load the Standesamt&apos;s register index from a CSV file (supervisors and the registry)</translation>
    </message>
    <message>
        <source>Only a supervisor of the Standesamt or the registry may import a register index.</source>
        <translation>Only a supervisor of the Standesamt or the registry may import a register index.</translation>
    </message>
    <message>
        <source>Import register index</source>
        <translation>Import register index</translation>
    </message>
    <message>
        <source>Registers of:</source>
        <translation>Registers of:</translation>
    </message>
    <message>
        <source>Register index (*.csv);;All files (*)</source>
        <translation>Register index (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Importing the register index …</source>
        <translation>Importing the register index …</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MB. Split the register index and import it in parts.</source>
        <translation>“%1” is larger than %2 MB. Split the register index and import it in parts.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>Register index imported: %1 new, %2 changed, %3 unchanged.</source>
        <translation>Register index imported: %1 new, %2 changed, %3 unchanged.</translation>
    </message>
</context>
<context>
    <name>aw::ui::CertificateRequestDialog</name>
    <message>
        <source>Event: %1 in %2</source>
        <translation>Event: %1 in %2</translation>
    </message>
    <message>
        <source>, née %1</source>
        <translation>, née %1</translation>
    </message>
    <message>
        <source>, born %1</source>
        <translation>, born %1</translation>
    </message>
    <message>
        <source>, died %1</source>
        <translation>, died %1</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Spouse/partner</source>
        <translation>Spouse/partner</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Blocking note: adoption</source>
        <translation>Blocking note: adoption</translation>
    </message>
    <message>
        <source>Blocking note: gender entry</source>
        <translation>Blocking note: gender entry</translation>
    </message>
    <message>
        <source>Blocking note: information block</source>
        <translation>Blocking note: information block</translation>
    </message>
    <message>
        <source>&amp;Save details</source>
        <translation>&amp;Save details</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>Searc&amp;h</translation>
    </message>
    <message>
        <source>&amp;Take this entry</source>
        <translation>&amp;Take this entry</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>Your decision</translation>
    </message>
    <message>
        <source>Record &amp;decision</source>
        <translation>Record &amp;decision</translation>
    </message>
    <message>
        <source>Record &amp;payment</source>
        <translation>Record &amp;payment</translation>
    </message>
    <message>
        <source>&amp;Issue and close</source>
        <translation>&amp;Issue and close</translation>
    </message>
    <message>
        <source>&amp;Query …</source>
        <translation>&amp;Query …</translation>
    </message>
    <message>
        <source>Re&amp;fuse …</source>
        <translation>Re&amp;fuse …</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>Certificate request</translation>
    </message>
    <message>
        <source>G 334/2020, or family name, first names, dd.MM.yyyy</source>
        <translation>G 334/2020, or family name, first names, dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Register entries found</source>
        <translation>Register entries found</translation>
    </message>
    <message>
        <source>Why: which interest was made credible, by which document …</source>
        <translation>Why: which interest was made credible, by which document …</translation>
    </message>
    <message>
        <source>Entitled: issue</source>
        <translation>Entitled: issue</translation>
    </message>
    <message>
        <source>Not entitled: refuse</source>
        <translation>Not entitled: refuse</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Register entry</source>
        <translation>Register entry</translation>
    </message>
    <message>
        <source>Entitlement and fee</source>
        <translation>Entitlement and fee</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>%1 for %2 – %3</source>
        <translation>%1 for %2 – %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>&lt;i&gt;No entry chosen yet. Search and take one.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No entry chosen yet. Search and take one.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Not checked yet</translation>
    </message>
    <message>
        <source>Fee: %1 · received: %2%3</source>
        <translation>Fee: %1 · received: %2%3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Ready to issue.</source>
        <translation>Ready to issue.</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>Still open:</translation>
    </message>
    <message>
        <source>&amp;Issue, send and close</source>
        <translation>&amp;Issue, send and close</translation>
    </message>
    <message>
        <source>&amp;Issue, hand over and close</source>
        <translation>&amp;Issue, hand over and close</translation>
    </message>
    <message>
        <source>&amp;Issue for collection</source>
        <translation>&amp;Issue for collection</translation>
    </message>
    <message>
        <source>Answer &amp;received</source>
        <translation>Answer &amp;received</translation>
    </message>
    <message>
        <source>Issued; waiting for collection.</source>
        <translation>Issued; waiting for collection.</translation>
    </message>
    <message>
        <source>This request is finished (%1).</source>
        <translation>This request is finished (%1).</translation>
    </message>
    <message>
        <source>Searching the registers …</source>
        <translation>Searching the registers …</translation>
    </message>
    <message>
        <source>No register entry fits.</source>
        <translation>No register entry fits.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found.</source>
        <translation>
            <numerusform>%n entry found.</numerusform>
            <numerusform>%n entries found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working …</source>
        <translation>Working …</translation>
    </message>
    <message>
        <source>Register entry taken.</source>
        <translation>Register entry taken.</translation>
    </message>
    <message>
        <source>Details saved.</source>
        <translation>Details saved.</translation>
    </message>
    <message>
        <source>Choose whether the requester is entitled.</source>
        <translation>Choose whether the requester is entitled.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <source>Enter the amount received in euros, e.g. 12,00.</source>
        <translation>Enter the amount received in euros, e.g. 12,00.</translation>
    </message>
    <message>
        <source>Cash desk</source>
        <translation>Cash desk</translation>
    </message>
    <message>
        <source>Payment recorded.</source>
        <translation>Payment recorded.</translation>
    </message>
    <message>
        <source>The certificate is issued and filed in the proceeding.</source>
        <translation>The certificate is issued and filed in the proceeding.</translation>
    </message>
    <message>
        <source>The requester answered; the request is being checked again.</source>
        <translation>The requester answered; the request is being checked again.</translation>
    </message>
    <message>
        <source>Query to the requester</source>
        <translation>Query to the requester</translation>
    </message>
    <message>
        <source>What do you ask the requester?</source>
        <translation>What do you ask the requester?</translation>
    </message>
    <message>
        <source>Query noted; the request waits for the requester.</source>
        <translation>Query noted; the request waits for the requester.</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Refuse the request</translation>
    </message>
    <message>
        <source>Reason (printed in the decision letter to the requester):</source>
        <translation>Reason (printed in the decision letter to the requester):</translation>
    </message>
    <message>
        <source>Refused; the decision letter is filed in the proceeding.</source>
        <translation>Refused; the decision letter is filed in the proceeding.</translation>
    </message>
    <message>
        <source>e.g. 12,00</source>
        <translation>e.g. 12,00</translation>
    </message>
    <message>
        <source>Amount received</source>
        <translation>Amount received</translation>
    </message>
    <message>
        <source>Prin&amp;t certificate …</source>
        <translation>Prin&amp;t certificate …</translation>
    </message>
    <message>
        <source>&amp;Collected: close</source>
        <translation>&amp;Collected: close</translation>
    </message>
    <message>
        <source>Handed over; the proceeding is closed.</source>
        <translation>Handed over; the proceeding is closed.</translation>
    </message>
    <message>
        <source>Preparing the certificate for printing …</source>
        <translation>Preparing the certificate for printing …</translation>
    </message>
    <message>
        <source>The certificate has no stored file.</source>
        <translation>The certificate has no stored file.</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>The certificate was sent to the printer.</source>
        <translation>The certificate was sent to the printer.</translation>
    </message>
    <message>
        <source>The certificate could not be printed.</source>
        <translation>The certificate could not be printed.</translation>
    </message>
    <message>
        <source>Printing …</source>
        <translation>Printing …</translation>
    </message>
</context>
<context>
    <name>aw::ui::ConflictsDialog</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>Retain until</source>
        <translation>Retain until</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Filed in</source>
        <translation>Filed in</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Central store</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Applies</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>&amp;Apply choices</source>
        <translation>&amp;Apply choices</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take the central store&apos;s</source>
        <translation>Take the central store&apos;s</translation>
    </message>
    <message>
        <source>There are no conflicts.</source>
        <translation>There are no conflicts.</translation>
    </message>
    <message>
        <source>Applying …</source>
        <translation>Applying …</translation>
    </message>
    <message>
        <source>Someone else changed these fields in the central store while you changed them here. Choose per field which value applies (tick: keep mine; Space switches); yours stays until you decide.</source>
        <translation>Someone else changed these fields in the central store while you changed them here. Choose per field which value applies (tick: keep mine; Space switches); yours stays until you decide.</translation>
    </message>
</context>
<context>
    <name>aw::ui::DetailPane</name>
    <message>
        <source>Nobody is signed in, so nothing can be changed here.</source>
        <translation>Nobody is signed in, so nothing can be changed here.</translation>
    </message>
    <message>
        <source>The subject cannot be empty. Escape restores the saved subject.</source>
        <translation>The subject cannot be empty. Escape restores the saved subject.</translation>
    </message>
    <message>
        <source>The subject is too long: at most %1 characters, this one has %2.</source>
        <translation>The subject is too long: at most %1 characters, this one has %2.</translation>
    </message>
    <message>
        <source>Change the subject of %1</source>
        <translation>Change the subject of %1</translation>
    </message>
    <message>
        <source>The subject of %1 is saved.</source>
        <translation>The subject of %1 is saved.</translation>
    </message>
    <message>
        <source>Change the due date of %1</source>
        <translation>Change the due date of %1</translation>
    </message>
    <message>
        <source>%1 is now due on %2.</source>
        <translation>%1 is now due on %2.</translation>
    </message>
    <message>
        <source>%1 has no due date now.</source>
        <translation>%1 has no due date now.</translation>
    </message>
    <message>
        <source>“%1” could not be undone or redone: %2</source>
        <translation>“%1” could not be undone or redone: %2</translation>
    </message>
    <message>
        <source>The resubmission of %1 is done.</source>
        <translation>The resubmission of %1 is done.</translation>
    </message>
    <message>
        <source>Proceeding %1 – %2</source>
        <translation>Proceeding %1 – %2</translation>
    </message>
    <message>
        <source>Case file %1 – %2</source>
        <translation>Case file %1 – %2</translation>
    </message>
    <message>
        <source>Enter or leaving the field saves the subject; Escape restores it.</source>
        <translation>Enter or leaving the field saves the subject; Escape restores it.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Read-only: %1</translation>
    </message>
    <message>
        <source>closed (zdA)</source>
        <translation>closed (zdA)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>set when the file is closed</source>
        <translation>set when the file is closed</translation>
    </message>
    <message>
        <source>A – archive</source>
        <translation>A – archive</translation>
    </message>
    <message>
        <source>V – destroy</source>
        <translation>V – destroy</translation>
    </message>
    <message>
        <source>B – evaluate</source>
        <translation>B – evaluate</translation>
    </message>
    <message>
        <source>In the case file</source>
        <translation>In the case file</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Leaving the field or Enter saves the due date.</source>
        <translation>Leaving the field or Enter saves the due date.</translation>
    </message>
    <message>
        <source>The proceeding has no due date.</source>
        <translation>The proceeding has no due date.</translation>
    </message>
    <message>
        <source>on the case file</source>
        <translation>on the case file</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <source>case file</source>
        <translation>case file</translation>
    </message>
    <message>
        <source>proceeding</source>
        <translation>proceeding</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Resubmissions (%1)</source>
        <translation>Resubmissions (%1)</translation>
    </message>
    <message>
        <source>%1 open, %2 done</source>
        <translation>%1 open, %2 done</translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>Select a resubmission first.</source>
        <translation>Select a resubmission first.</translation>
    </message>
    <message>
        <source>This resubmission is already done.</source>
        <translation>This resubmission is already done.</translation>
    </message>
    <message>
        <source>This resubmission is for %1; only they can mark it done.</source>
        <translation>This resubmission is for %1; only they can mark it done.</translation>
    </message>
    <message>
        <source>Mark the selected resubmission as done (%1)</source>
        <translation>Mark the selected resubmission as done (%1)</translation>
    </message>
    <message>
        <source>Shown object</source>
        <translation>Shown object</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Proceeding subject</source>
        <translation>Proceeding subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>no due date</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>No due date</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Reference:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Case file subject</source>
        <translation>Case file subject</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Owning unit</translation>
    </message>
    <message>
        <source>File plan entry</source>
        <translation>File plan entry</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>Retention until</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <source>Owning unit:</source>
        <translation>Owning unit:</translation>
    </message>
    <message>
        <source>File plan entry:</source>
        <translation>File plan entry:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Retention until:</source>
        <translation>Retention until:</translation>
    </message>
    <message>
        <source>Disposal:</source>
        <translation>Disposal:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Resubmissions</source>
        <translation>Resubmissions</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <source>Mark the selected resubmission as done</source>
        <translation>Mark the selected resubmission as done</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Detail sections</source>
        <translation>Detail sections</translation>
    </message>
    <message>
        <source>Select a case file or a proceeding to see its details, notes, resubmissions and history.</source>
        <translation>Select a case file or a proceeding to see its details, notes, resubmissions and history.</translation>
    </message>
    <message>
        <source>The case file “%1” was changed meanwhile. Reload it and try again.</source>
        <translation>The case file “%1” was changed meanwhile. Reload it and try again.</translation>
    </message>
    <message>
        <source>Someone else changed the proceeding “%1” meanwhile. Reload it and try again.</source>
        <translation>Someone else changed the proceeding “%1” meanwhile. Reload it and try again.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older entries</source>
        <translation>
            <numerusform>… and %n older entry</numerusform>
            <numerusform>… and %n older entries</numerusform>
        </translation>
    </message>
    <message>
        <source>archived: handed to %1 on %2</source>
        <translation>archived: handed to %1 on %2</translation>
    </message>
    <message>
        <source>archived: handed to %1 on %2 (archive id %3)</source>
        <translation>archived: handed to %1 on %2 (archive id %3)</translation>
    </message>
    <message>
        <source>handed over to %1 on %2</source>
        <translation>handed over to %1 on %2</translation>
    </message>
    <message>
        <source>destroyed on %1</source>
        <translation>destroyed on %1</translation>
    </message>
</context>
<context>
    <name>aw::ui::DisposalDialog</name>
    <message>
        <source>&amp;Offer to the archive (0501) …</source>
        <translation>&amp;Offer to the archive (0501) …</translation>
    </message>
    <message>
        <source>Offer the ticked files marked A or B to the archive (Anbieteverzeichnis)</source>
        <translation>Offer the ticked files marked A or B to the archive (Anbieteverzeichnis)</translation>
    </message>
    <message>
        <source>&amp;Destroy …</source>
        <translation>&amp;Destroy …</translation>
    </message>
    <message>
        <source>Destroy the ticked files the file plan marks V, or that the archive has declined</source>
        <translation>Destroy the ticked files the file plan marks V, or that the archive has declined</translation>
    </message>
    <message>
        <source>&amp;Read the archive&apos;s answer …</source>
        <translation>&amp;Read the archive&apos;s answer …</translation>
    </message>
    <message>
        <source>Read the archive&apos;s evaluation (0502) or a receipt (0504–0507)</source>
        <translation>Read the archive&apos;s evaluation (0502) or a receipt (0504–0507)</translation>
    </message>
    <message>
        <source>&amp;Hand over to the archive (0503) …</source>
        <translation>&amp;Hand over to the archive (0503) …</translation>
    </message>
    <message>
        <source>Hand the files the archive keeps over to it, with all their documents</source>
        <translation>Hand the files the archive keeps over to it, with all their documents</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Read the lists again</source>
        <translation>Read the lists again</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Disposal (Aussonderung)</source>
        <translation>Disposal (Aussonderung)</translation>
    </message>
    <message>
        <source>Closed case files whose retention period has ended. Tick the files to offer them to the archive or to destroy them; files the archive has evaluated are listed by its decision.</source>
        <translation>Closed case files whose retention period has ended. Tick the files to offer them to the archive or to destroy them; files the archive has evaluated are listed by its decision.</translation>
    </message>
    <message>
        <source>Due &amp;files:</source>
        <translation>Due &amp;files:</translation>
    </message>
    <message>
        <source>Disposals with the archive</source>
        <translation>Disposals with the archive</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Disposal &amp;processes:</source>
        <translation>Disposal &amp;processes:</translation>
    </message>
    <message>
        <source>Disposal</source>
        <translation>Disposal</translation>
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
            <numerusform>%n case file due for disposal.</numerusform>
            <numerusform>%n case files due for disposal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offer to the archive</source>
        <translation>Offer to the archive</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) are offered to the archive with their metadata, without documents (Anbieteverzeichnis 0501). The archive answers with its evaluation (0502).</source>
        <translation>
            <numerusform>%n case file is offered to the archive with its metadata, without documents (Anbieteverzeichnis 0501). The archive answers with its evaluation (0502).</numerusform>
            <numerusform>%n case files are offered to the archive with their metadata, without documents (Anbieteverzeichnis 0501). The archive answers with its evaluation (0502).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archive:</translation>
    </message>
    <message>
        <source>Folder for the offer</source>
        <translation>Folder for the offer</translation>
    </message>
    <message>
        <source>Package &amp;folder:</source>
        <translation>Package &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Offer</source>
        <translation>&amp;Offer</translation>
    </message>
    <message>
        <source>Enter the archive the files are offered to.</source>
        <translation>Enter the archive the files are offered to.</translation>
    </message>
    <message>
        <source>Choose the folder for the offer.</source>
        <translation>Choose the folder for the offer.</translation>
    </message>
    <message>
        <source>Writing the offer …</source>
        <translation>Writing the offer …</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) offered to %1. The offer (0501) is at %2; send it to the archive and read its evaluation (0502) here when it comes.</source>
        <translation>
            <numerusform>%n case file offered to %1. The offer (0501) is at %2; send it to the archive and read its evaluation (0502) here when it comes.</numerusform>
            <numerusform>%n case files offered to %1. The offer (0501) is at %2; send it to the archive and read its evaluation (0502) here when it comes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the archive&apos;s answer</source>
        <translation>Read the archive&apos;s answer</translation>
    </message>
    <message>
        <source>xdomea packages (*.zip);;All files (*)</source>
        <translation>xdomea packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the archive&apos;s answer …</source>
        <translation>Reading the archive&apos;s answer …</translation>
    </message>
    <message>
        <source>Folder for the hand-over to the archive</source>
        <translation>Folder for the hand-over to the archive</translation>
    </message>
    <message>
        <source>Writing the hand-over with all documents …</source>
        <translation>Writing the hand-over with all documents …</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) handed over to the archive: %1. Their content is removed from the store when the archive&apos;s import confirmation (0506) is read here.</source>
        <translation>
            <numerusform>%n case file handed over to the archive: %1. Its content is removed from the store when the archive&apos;s import confirmation (0506) is read here.</numerusform>
            <numerusform>%n case files handed over to the archive: %1. Their content is removed from the store when the archive&apos;s import confirmation (0506) is read here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Destroy case files</source>
        <translation>Destroy case files</translation>
    </message>
    <message numerus="yes">
        <source>Destroy %n case file(s) for good?</source>
        <translation>
            <numerusform>Destroy %n case file for good?</numerusform>
            <numerusform>Destroy %n case files for good?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their documents, versions and notes are deleted from the store. Only the record of each file (reference, subject, dates) and of its destruction remains. This cannot be undone.

%1</source>
        <translation>Their documents, versions and notes are deleted from the store. Only the record of each file (reference, subject, dates) and of its destruction remains. This cannot be undone.

%1</translation>
    </message>
    <message>
        <source>&amp;Destroy for good</source>
        <translation>&amp;Destroy for good</translation>
    </message>
    <message>
        <source>Destroy for good</source>
        <translation>Destroy for good</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Destroying …</source>
        <translation>Destroying …</translation>
    </message>
    <message>
        <source>%1 destroyed with %2; the record of each file and of its destruction remains.</source>
        <translation>%1 destroyed with %2; the record of each file and of its destruction remains.</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation>
            <numerusform>%n case file</numerusform>
            <numerusform>%n case files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aw::ui::DocumentModel</name>
    <message>
        <source>password protected, not indexed</source>
        <translation>password protected, not indexed</translation>
    </message>
    <message>
        <source>damaged, kept as received, not indexed</source>
        <translation>damaged, kept as received, not indexed</translation>
    </message>
    <message>
        <source>no text (scan?)</source>
        <translation>no text (scan?)</translation>
    </message>
    <message>
        <source>%1, %2 bytes, SHA-256 %3</source>
        <translation>%1, %2 bytes, SHA-256 %3</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>aw::ui::DocumentPanel</name>
    <message>
        <source>Open with the system&apos;s program</source>
        <translation>Open with the system&apos;s program</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Select a document to see it here.</source>
        <translation>Select a document to see it here.</translation>
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
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 bytes&lt;br&gt;SHA-256 %4%5</translation>
    </message>
    <message>
        <source>Opening “%1” …</source>
        <translation>Opening “%1” …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 bytes&lt;br&gt;From the submission; not filed yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3 bytes&lt;br&gt;From the submission; not filed yet.</translation>
    </message>
    <message>
        <source>&amp;Fetch again</source>
        <translation>&amp;Fetch again</translation>
    </message>
    <message>
        <source>Fetch the contents from the central store again</source>
        <translation>Fetch the contents from the central store again</translation>
    </message>
    <message>
        <source>The contents of “%1” are not in this store yet (those of archived case files are kept in the central store). Fetching them …</source>
        <translation>The contents of “%1” are not in this store yet (those of archived case files are kept in the central store). Fetching them …</translation>
    </message>
</context>
<context>
    <name>aw::ui::DueFileTree</name>
    <message numerus="yes">
        <source>Archive (A) – %n file(s)</source>
        <translation>
            <numerusform>Archive (A) – %n file</numerusform>
            <numerusform>Archive (A) – %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Evaluate (B) – %n file(s)</source>
        <translation>
            <numerusform>Evaluate (B) – %n file</numerusform>
            <numerusform>Evaluate (B) – %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Destroy (V) – %n file(s)</source>
        <translation>
            <numerusform>Destroy (V) – %n file</numerusform>
            <numerusform>Destroy (V) – %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Case files due for disposal</source>
        <translation>Case files due for disposal</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>File plan</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Retention until</source>
        <translation>Retention until</translation>
    </message>
    <message>
        <source>Disposal state</source>
        <translation>Disposal state</translation>
    </message>
    <message>
        <source>archive keeps; handed over on %1</source>
        <translation>archive keeps; handed over on %1</translation>
    </message>
    <message>
        <source>archive keeps</source>
        <translation>archive keeps</translation>
    </message>
    <message>
        <source>archive declines; may be destroyed</source>
        <translation>archive declines; may be destroyed</translation>
    </message>
    <message>
        <source>offered to the archive</source>
        <translation>offered to the archive</translation>
    </message>
    <message>
        <source>offered on %1</source>
        <translation>offered on %1</translation>
    </message>
    <message>
        <source>to be destroyed</source>
        <translation>to be destroyed</translation>
    </message>
    <message>
        <source>to be offered</source>
        <translation>to be offered</translation>
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
        <translation>File into a case file</translation>
    </message>
    <message>
        <source>Search case files</source>
        <translation>Search case files</translation>
    </message>
    <message>
        <source>Reference or subject, e.g. 5.4-12/2026 or Müller</source>
        <translation>Reference or subject, e.g. 5.4-12/2026 or Müller</translation>
    </message>
    <message>
        <source>Matching case files</source>
        <translation>Matching case files</translation>
    </message>
    <message>
        <source>Subject of the new proceeding</source>
        <translation>Subject of the new proceeding</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>&amp;Case file:</source>
        <translation>&amp;Case file:</translation>
    </message>
    <message>
        <source>&amp;New proceeding:</source>
        <translation>&amp;New proceeding:</translation>
    </message>
    <message>
        <source>Searching …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No open case file that you may add to matches.</source>
        <translation>No open case file that you may add to matches.</translation>
    </message>
    <message>
        <source>The newest %1 matches are shown; type more to narrow the search.</source>
        <translation>The newest %1 matches are shown; type more to narrow the search.</translation>
    </message>
    <message numerus="yes">
        <source>%n open case file(s) match.</source>
        <translation>
            <numerusform>%n open case file matches.</numerusform>
            <numerusform>%n open case files match.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move proceeding %1</source>
        <translation>Move proceeding %1</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
</context>
<context>
    <name>aw::ui::FilePlanModel</name>
    <message>
        <source>File plan</source>
        <translation>File plan</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2
Retention: %3, disposal: %4</source>
        <translation>%1 %2
Retention: %3, disposal: %4</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Case files</translation>
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
        <translation>Choose: %1</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Choose the folder</translation>
    </message>
</context>
<context>
    <name>aw::ui::FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>aw::ui::ImageView</name>
    <message>
        <source>Scanned pages</source>
        <translation>Scanned pages</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>aw::ui::ImportController</name>
    <message>
        <source>Import progress</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop after the files being filed now; what is filed stays.</source>
        <translation>Stop after the files being filed now; what is filed stays.</translation>
    </message>
    <message>
        <source>Importing into %1 …</source>
        <translation>Importing into %1 …</translation>
    </message>
    <message>
        <source>Stopping after the current files …</source>
        <translation>Stopping after the current files …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Importing %1 …</source>
        <translation>Importing %1 …</translation>
    </message>
    <message>
        <source>Already in this proceeding</source>
        <translation>Already in this proceeding</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) have the same content as documents already in %1. Add them as new documents anyway?</source>
        <translation>
            <numerusform>%n file has the same content as a document already in %1. Add it as a new document anyway?</numerusform>
            <numerusform>%n files have the same content as documents already in %1. Add them as new documents anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported into %1: %n document(s)</source>
        <translation>
            <numerusform>Imported into %1: %n document</numerusform>
            <numerusform>Imported into %1: %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>New versions of existing documents: %1</source>
        <translation>New versions of existing documents: %1</translation>
    </message>
    <message>
        <source>Skipped, already in the proceeding: %1</source>
        <translation>Skipped, already in the proceeding: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; the files filed until then are kept.</source>
        <translation>The import was cancelled; the files filed until then are kept.</translation>
    </message>
    <message>
        <source>Not imported: %1 (see details)</source>
        <translation>Not imported: %1 (see details)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>aw::ui::InboxModel</name>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Acknowledgement sent %1</source>
        <translation>Acknowledgement sent %1</translation>
    </message>
    <message>
        <source>No acknowledgement yet</source>
        <translation>No acknowledgement yet</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 (service key %2), package %3</source>
        <translation>%1 (service key %2), package %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>no rule</translation>
    </message>
    <message>
        <source>No routing rule covers this service: file it by hand.</source>
        <translation>No routing rule covers this service: file it by hand.</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
</context>
<context>
    <name>aw::ui::InboxPane</name>
    <message>
        <source>credit card</source>
        <translation>credit card</translation>
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
        <translation>invoice</translation>
    </message>
    <message>
        <source>other method</source>
        <translation>other method</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>initiated, not booked yet</source>
        <translation>initiated, not booked yet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>attachment</translation>
    </message>
    <message>
        <source>No acknowledgement was sent (switched off for this office).</source>
        <translation>No acknowledgement was sent (switched off for this office).</translation>
    </message>
    <message>
        <source>The acknowledgement of receipt is in the outgoing folder.</source>
        <translation>The acknowledgement of receipt is in the outgoing folder.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Open (new and faulty)</source>
        <translation>Open (new and faulty)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>Faulty</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Filter by service or applicant</source>
        <translation>Filter by service or applicant</translation>
    </message>
    <message>
        <source>Filter by service, applicant or remark</source>
        <translation>Filter by service, applicant or remark</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Submission details</source>
        <translation>Submission details</translation>
    </message>
    <message>
        <source>Form data</source>
        <translation>Form data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>A&amp;ttachments (shown in the viewer):</source>
        <translation>A&amp;ttachments (shown in the viewer):</translation>
    </message>
    <message>
        <source>&amp;Accept and route</source>
        <translation>&amp;Accept and route</translation>
    </message>
    <message>
        <source>&amp;File into case file …</source>
        <translation>&amp;File into case file …</translation>
    </message>
    <message>
        <source>&amp;Reject …</source>
        <translation>&amp;Reject …</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Check again</translation>
    </message>
    <message>
        <source>&amp;Open proceeding</source>
        <translation>&amp;Open proceeding</translation>
    </message>
    <message>
        <source>Read in &amp;packages …</source>
        <translation>Read in &amp;packages …</translation>
    </message>
    <message>
        <source>File the submission by the routing rules of its service and acknowledge it.</source>
        <translation>File the submission by the routing rules of its service and acknowledge it.</translation>
    </message>
    <message>
        <source>Choose a case file; the submission becomes a new proceeding there.</source>
        <translation>Choose a case file; the submission becomes a new proceeding there.</translation>
    </message>
    <message>
        <source>Reject the submission for good, with a reason.</source>
        <translation>Reject the submission for good, with a reason.</translation>
    </message>
    <message>
        <source>Read a faulty package again, e.g. after the sender fixed it.</source>
        <translation>Read a faulty package again, e.g. after the sender fixed it.</translation>
    </message>
    <message>
        <source>Make the acknowledgement of receipt again after it failed.</source>
        <translation>Make the acknowledgement of receipt again after it failed.</translation>
    </message>
    <message>
        <source>Show the proceeding the submission became.</source>
        <translation>Show the proceeding the submission became.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Select a submission to see what it holds.</source>
        <translation>Select a submission to see what it holds.</translation>
    </message>
    <message>
        <source>Reading the submission …</source>
        <translation>Reading the submission …</translation>
    </message>
    <message>
        <source>Unreadable submission</source>
        <translation>Unreadable submission</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Service key</translation>
    </message>
    <message>
        <source>Application no.</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>no electronic channel: by post</source>
        <translation>no electronic channel: by post</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>%1 EUR by %2, %3</source>
        <translation>%1 EUR by %2, %3</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message numerus="yes">
        <source>checked by the online service (%n report(s))</source>
        <translation>
            <numerusform>checked by the online service (%n report)</numerusform>
            <numerusform>checked by the online service (%n reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>Submission ID</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source> by %1 on %2</source>
        <translation> by %1 on %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Acknowledgement</source>
        <translation>Acknowledgement</translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation>sent %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>The content cannot be shown: %1</source>
        <translation>The content cannot be shown: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Routing “%1” …</source>
        <translation>Routing “%1” …</translation>
    </message>
    <message numerus="yes">
        <source>Filed as %1 with %n document(s).</source>
        <translation>
            <numerusform>Filed as %1 with %n document.</numerusform>
            <numerusform>Filed as %1 with %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Filing “%1” …</source>
        <translation>Filing “%1” …</translation>
    </message>
    <message>
        <source>Reject submission</source>
        <translation>Reject submission</translation>
    </message>
    <message>
        <source>Why is “%1” of %2 rejected? The reason is kept with the submission.</source>
        <translation>Why is “%1” of %2 rejected? The reason is kept with the submission.</translation>
    </message>
    <message>
        <source>an unknown applicant</source>
        <translation>an unknown applicant</translation>
    </message>
    <message>
        <source>Rejecting …</source>
        <translation>Rejecting …</translation>
    </message>
    <message>
        <source>The submission was rejected.</source>
        <translation>The submission was rejected.</translation>
    </message>
    <message>
        <source>Checking the package again …</source>
        <translation>Checking the package again …</translation>
    </message>
    <message>
        <source>Still faulty: %1</source>
        <translation>Still faulty: %1</translation>
    </message>
    <message>
        <source>The package is in order now.</source>
        <translation>The package is in order now.</translation>
    </message>
    <message>
        <source>Making the acknowledgement …</source>
        <translation>Making the acknowledgement …</translation>
    </message>
    <message>
        <source>Read in submission packages</source>
        <translation>Read in submission packages</translation>
    </message>
    <message>
        <source>Submission packages (*.zip);;All files (*)</source>
        <translation>Submission packages (*.zip);;All files (*)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n package(s) …</source>
        <translation>
            <numerusform>Reading %n package …</numerusform>
            <numerusform>Reading %n packages …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s)</source>
        <translation>
            <numerusform>%n new submission</numerusform>
            <numerusform>%n new submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n faulty</source>
        <translation>
            <numerusform>%n faulty</numerusform>
            <numerusform>%n faulty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Not read: %1</translation>
    </message>
    <message>
        <source>The acknowledgement could not be made: %1 Send it again from the inbox.</source>
        <translation>The acknowledgement could not be made: %1 Send it again from the inbox.</translation>
    </message>
    <message>
        <source>Read submission packages (ZIP) into the inbox.</source>
        <translation>Read submission packages (ZIP) into the inbox.</translation>
    </message>
    <message>
        <source>Inbox actions</source>
        <translation>Inbox actions</translation>
    </message>
    <message>
        <source>Nothing has arrived in the inbox yet.</source>
        <translation>Nothing has arrived in the inbox yet.</translation>
    </message>
    <message>
        <source>Sign in (--user) to work on the inbox.</source>
        <translation>Sign in (--user) to work on the inbox.</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Only for &amp;my units</source>
        <translation>Only for &amp;my units</translation>
    </message>
    <message>
        <source>Only for my units</source>
        <translation>Only for my units</translation>
    </message>
    <message>
        <source>Show what the routing rules send to your units, and what no rule covers.</source>
        <translation>Show what the routing rules send to your units, and what no rule covers.</translation>
    </message>
    <message>
        <source>Form &amp;data:</source>
        <translation>Form &amp;data:</translation>
    </message>
    <message>
        <source>Send ac&amp;knowledgement</source>
        <translation>Send ac&amp;knowledgement</translation>
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
        <translation>File plan</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>Select an entry of the file plan to see its case files.</source>
        <translation>Select an entry of the file plan to see its case files.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Aktenwerk</source>
        <translation>&amp;About Aktenwerk</translation>
    </message>
    <message>
        <source>Store overview (no user signed in)</source>
        <translation>Store overview (no user signed in)</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Loading the file plan …</source>
        <translation>Loading the file plan …</translation>
    </message>
    <message numerus="yes">
        <source>%n file plan entries</source>
        <translation>
            <numerusform>%n file plan entry</numerusform>
            <numerusform>%n file plan entries</numerusform>
        </translation>
    </message>
    <message>
        <source>The file plan is empty. The registry can import one with “aktenwerk-cli fileplan import”.</source>
        <translation>The file plan is empty. The registry can import one with “aktenwerk-cli fileplan import”.</translation>
    </message>
    <message>
        <source>Loading case files …</source>
        <translation>Loading case files …</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation>
            <numerusform>%n case file</numerusform>
            <numerusform>%n case files</numerusform>
        </translation>
    </message>
    <message>
        <source>About Aktenwerk</source>
        <translation>About Aktenwerk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aktenwerk %1&lt;/b&gt;&lt;p&gt;Electronic case files for district offices.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Aktenwerk %1&lt;/b&gt;&lt;p&gt;Electronic case files for district offices.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>There are no case files under this entry that you may see.</source>
        <translation>There are no case files under this entry that you may see.</translation>
    </message>
    <message>
        <source>There are no case files under this entry.</source>
        <translation>There are no case files under this entry.</translation>
    </message>
    <message>
        <source>&amp;Import documents …</source>
        <translation>&amp;Import documents …</translation>
    </message>
    <message>
        <source>Import a &amp;folder …</source>
        <translation>Import a &amp;folder …</translation>
    </message>
    <message>
        <source>Sign in (--user) to import documents.</source>
        <translation>Sign in (--user) to import documents.</translation>
    </message>
    <message>
        <source>Select a proceeding to import documents into it.</source>
        <translation>Select a proceeding to import documents into it.</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Import into %1</translation>
    </message>
    <message>
        <source>Import documents into %1</source>
        <translation>Import documents into %1</translation>
    </message>
    <message>
        <source>All files (*);;PDF documents (*.pdf);;Images (*.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>All files (*);;PDF documents (*.pdf);;Images (*.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Import a folder into %1</source>
        <translation>Import a folder into %1</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Areas</translation>
    </message>
    <message>
        <source>Case files by file plan</source>
        <translation>Case files by file plan</translation>
    </message>
    <message>
        <source>You may not see the case file of this proceeding.</source>
        <translation>You may not see the case file of this proceeding.</translation>
    </message>
    <message>
        <source>The file plan entry of this proceeding is not shown; reload (F5).</source>
        <translation>The file plan entry of this proceeding is not shown; reload (F5).</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Inbox (%1 open)</source>
        <translation>Inbox (%1 open)</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>My work (%1, %2 overdue)</source>
        <translation>My work (%1, %2 overdue)</translation>
    </message>
    <message>
        <source>My work (%1)</source>
        <translation>My work (%1)</translation>
    </message>
    <message>
        <source>&amp;Settings …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;My work</source>
        <translation>&amp;My work</translation>
    </message>
    <message>
        <source>&amp;Case files</source>
        <translation>&amp;Case files</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>The local store this window works on</source>
        <translation>The local store this window works on</translation>
    </message>
    <message>
        <source>Routing r&amp;ules …</source>
        <translation>Routing r&amp;ules …</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Case file</source>
        <translation>&amp;Case file</translation>
    </message>
    <message>
        <source>&amp;Proceeding</source>
        <translation>&amp;Proceeding</translation>
    </message>
    <message>
        <source>Filter case files</source>
        <translation>Filter case files</translation>
    </message>
    <message>
        <source>Document and details</source>
        <translation>Document and details</translation>
    </message>
    <message>
        <source>Document or details</source>
        <translation>Document or details</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Filter by reference or subject …</source>
        <translation>Filter by reference or subject …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Search all files</source>
        <translation>&amp;Search all files</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) received from the central store (F5 shows them everywhere).</source>
        <translation>
            <numerusform>%n change received from the central store (F5 shows it everywhere).</numerusform>
            <numerusform>%n changes received from the central store (F5 shows them everywhere).</numerusform>
        </translation>
    </message>
    <message>
        <source>References changed</source>
        <translation>References changed</translation>
    </message>
    <message>
        <source>Another computer had given these references meanwhile. What was made here has new ones (already on letters? Please correct them there):</source>
        <translation>Another computer had given these references meanwhile. What was made here has new ones (already on letters? Please correct them there):</translation>
    </message>
</context>
<context>
    <name>aw::ui::MyWorkModel</name>
    <message>
        <source>Proceeding</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>Resubmission</source>
        <translation>Resubmission</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Due today</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <source>%1, due today</source>
        <translation>%1, due today</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>aw::ui::MyWorkPane</name>
    <message>
        <source>Summary of my work</source>
        <translation>Summary of my work</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Proceedings assigned to you and your resubmissions, overdue first. Press Enter to open one.</source>
        <translation>Proceedings assigned to you and your resubmissions, overdue first. Press Enter to open one.</translation>
    </message>
    <message>
        <source>Sign in (--user) to see your work: the proceedings assigned to you and your resubmissions.</source>
        <translation>Sign in (--user) to see your work: the proceedings assigned to you and your resubmissions.</translation>
    </message>
    <message>
        <source>Loading your work …</source>
        <translation>Loading your work …</translation>
    </message>
    <message>
        <source>Your work could not be read.</source>
        <translation>Your work could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>%n due</source>
        <translation>
            <numerusform>%n due</numerusform>
            <numerusform>%n due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Open proceedings assigned to you, and your resubmissions until %1.</source>
        <translation>Open proceedings assigned to you, and your resubmissions until %1.</translation>
    </message>
    <message>
        <source>Nothing is due.

Proceedings assigned to you and your resubmissions of the coming week appear here.</source>
        <translation>Nothing is due.

Proceedings assigned to you and your resubmissions of the coming week appear here.</translation>
    </message>
</context>
<context>
    <name>aw::ui::NewCaseFileDialog</name>
    <message>
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <source>The case file is created under &lt;b&gt;%1&lt;/b&gt;; its reference is assigned when it is created.</source>
        <translation>The case file is created under &lt;b&gt;%1&lt;/b&gt;; its reference is assigned when it is created.</translation>
    </message>
    <message>
        <source>e.g. Birth certificates 2026</source>
        <translation>e.g. Birth certificates 2026</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Owning &amp;unit:</source>
        <translation>Owning &amp;unit:</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Owning unit</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Enter a subject for the case file.</source>
        <translation>Enter a subject for the case file.</translation>
    </message>
</context>
<context>
    <name>aw::ui::NewProceedingDialog</name>
    <message>
        <source>New proceeding</source>
        <translation>New proceeding</translation>
    </message>
    <message>
        <source>&amp;Due by</source>
        <translation>&amp;Due by</translation>
    </message>
    <message>
        <source>I &amp;work on it myself</source>
        <translation>I &amp;work on it myself</translation>
    </message>
    <message>
        <source>A new proceeding in the case file &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>A new proceeding in the case file &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>e.g. Application for a birth certificate</source>
        <translation>e.g. Application for a birth certificate</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>With a due date</source>
        <translation>With a due date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Assign the proceeding to me</source>
        <translation>Assign the proceeding to me</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Enter a subject for the proceeding.</source>
        <translation>Enter a subject for the proceeding.</translation>
    </message>
</context>
<context>
    <name>aw::ui::NoteDialog</name>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Notes are kept with the file and cannot be changed afterwards.</source>
        <translation>Notes are kept with the file and cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Note for</source>
        <translation>Note for</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
</context>
<context>
    <name>aw::ui::PdfFindBar</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Find in document</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
</context>
<context>
    <name>aw::ui::PdfPagesView</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Loading the document …</source>
        <translation>Loading the document …</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>No document</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>aw::ui::PdfThumbnailModel</name>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>aw::ui::PdfView</name>
    <message>
        <source>PDF viewer</source>
        <translation>PDF viewer</translation>
    </message>
    <message>
        <source>Page thumbnails</source>
        <translation>Page thumbnails</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>Fit &amp;Width</translation>
    </message>
    <message>
        <source>Fit &amp;Page</source>
        <translation>Fit &amp;Page</translation>
    </message>
    <message>
        <source>Rotate &amp;Right</source>
        <translation>Rotate &amp;Right</translation>
    </message>
    <message>
        <source>Rotate &amp;Left</source>
        <translation>Rotate &amp;Left</translation>
    </message>
    <message>
        <source>&amp;Find …</source>
        <translation>&amp;Find …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Find &amp;Next</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Find Pre&amp;vious</translation>
    </message>
    <message>
        <source>&amp;Go to Page …</source>
        <translation>&amp;Go to Page …</translation>
    </message>
    <message>
        <source>&amp;Print …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Thumbnails</source>
        <translation>&amp;Thumbnails</translation>
    </message>
    <message>
        <source>PDF tools</source>
        <translation>PDF tools</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Go to page (%1)</source>
        <translation>Go to page (%1)</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Zoom levels</source>
        <translation>Zoom levels</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <source>Zoom: %1 %</source>
        <translation>Zoom: %1 %</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message numerus="yes">
        <source>Searching … %1 of %2 pages, %n hit(s)</source>
        <translation>
            <numerusform>Searching … %1 of %2 pages, %n hit</numerusform>
            <numerusform>Searching … %1 of %2 pages, %n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>aw::ui::ProceedingModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>closed (zdA)</source>
        <translation>closed (zdA)</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>not assigned</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
</context>
<context>
    <name>aw::ui::ProceedingPane</name>
    <message>
        <source>Proceedings</source>
        <translation>Proceedings</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Filter proceedings</source>
        <translation>Filter proceedings</translation>
    </message>
    <message>
        <source>Filter by reference, subject, assignee …</source>
        <translation>Filter by reference, subject, assignee …</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Filter documents</translation>
    </message>
    <message>
        <source>Filter by title or file name …</source>
        <translation>Filter by title or file name …</translation>
    </message>
    <message>
        <source>reading …</source>
        <translation>reading …</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aw::ui::ReceiveTransferDialog</name>
    <message>
        <source>Take in case files (xdomea Abgabe)</source>
        <translation>Take in case files (xdomea Abgabe)</translation>
    </message>
    <message>
        <source>Folder for the import confirmation</source>
        <translation>Folder for the import confirmation</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;ProzessID:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Contents:&lt;/b&gt; %3, %4&lt;br&gt;%5</source>
        <translation>&lt;b&gt;From:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;ProzessID:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Contents:&lt;/b&gt; %3, %4&lt;br&gt;%5</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation>
            <numerusform>%n case file</numerusform>
            <numerusform>%n case files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Each case file gets a new reference under the entry chosen here; the sender&apos;s reference is kept in a note.</source>
        <translation>Each case file gets a new reference under the entry chosen here; the sender&apos;s reference is kept in a note.</translation>
    </message>
    <message>
        <source>– choose –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>File plan &amp;entry:</source>
        <translation>File plan &amp;entry:</translation>
    </message>
    <message>
        <source>File plan entry</source>
        <translation>File plan entry</translation>
    </message>
    <message>
        <source>Owning &amp;unit:</source>
        <translation>Owning &amp;unit:</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Owning unit</translation>
    </message>
    <message>
        <source>Import con&amp;firmation (0402) to:</source>
        <translation>Import con&amp;firmation (0402) to:</translation>
    </message>
    <message>
        <source>&amp;Take in</source>
        <translation>&amp;Take in</translation>
    </message>
    <message>
        <source>Choose the file plan entry and the owning unit.</source>
        <translation>Choose the file plan entry and the owning unit.</translation>
    </message>
    <message>
        <source>Choose the folder for the import confirmation.</source>
        <translation>Choose the folder for the import confirmation.</translation>
    </message>
</context>
<context>
    <name>aw::ui::RequestForm</name>
    <message>
        <source>without the parents</source>
        <translation>without the parents</translation>
    </message>
    <message>
        <source>By post</source>
        <translation>By post</translation>
    </message>
    <message>
        <source>Collected at the office</source>
        <translation>Collected at the office</translation>
    </message>
    <message>
        <source>e.g. G 334/2020</source>
        <translation>e.g. G 334/2020</translation>
    </message>
    <message>
        <source>Requester&apos;s &amp;first names:</source>
        <translation>Requester&apos;s &amp;first names:</translation>
    </message>
    <message>
        <source>Requester&apos;s family &amp;name:</source>
        <translation>Requester&apos;s family &amp;name:</translation>
    </message>
    <message>
        <source>Requester born on:</source>
        <translation>Requester born on:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <source>&amp;Interest stated:</source>
        <translation>&amp;Interest stated:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificate:</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>Delivery:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <source>Person concerned, first names:</source>
        <translation>Person concerned, first names:</translation>
    </message>
    <message>
        <source>Person concerned, family name:</source>
        <translation>Person concerned, family name:</translation>
    </message>
    <message>
        <source>Person concerned, born on:</source>
        <translation>Person concerned, born on:</translation>
    </message>
    <message>
        <source>Register number given:</source>
        <translation>Register number given:</translation>
    </message>
</context>
<context>
    <name>aw::ui::ResubmissionDialog</name>
    <message>
        <source>Set resubmission</source>
        <translation>Set resubmission</translation>
    </message>
    <message>
        <source>The file comes back to you in “My work” on the day you choose.</source>
        <translation>The file comes back to you in “My work” on the day you choose.</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Resubmission for</source>
        <translation>Resubmission for</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;On:</translation>
    </message>
    <message>
        <source>Resubmission date</source>
        <translation>Resubmission date</translation>
    </message>
    <message>
        <source>e.g. Has the fee been paid?</source>
        <translation>e.g. Has the fee been paid?</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>&amp;Set</translation>
    </message>
</context>
<context>
    <name>aw::ui::RoutingRuleForm</name>
    <message>
        <source>New routing rule</source>
        <translation>New routing rule</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Service key</translation>
    </message>
    <message>
        <source>14 digits, e.g. 99115004001000</source>
        <translation>14 digits, e.g. 99115004001000</translation>
    </message>
    <message>
        <source>File plan entry</source>
        <translation>File plan entry</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose an entry</source>
        <translation>Choose an entry</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Owning unit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation>Choose a unit</translation>
    </message>
    <message>
        <source>Subject template</source>
        <translation>Subject template</translation>
    </message>
    <message>
        <source>e.g. Birth, {{applicant}}</source>
        <translation>e.g. Birth, {{applicant}}</translation>
    </message>
    <message>
        <source>Placeholders: %1</source>
        <translation>Placeholders: %1</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Service &amp;key:</source>
        <translation>Service &amp;key:</translation>
    </message>
    <message>
        <source>File plan &amp;entry:</source>
        <translation>File plan &amp;entry:</translation>
    </message>
    <message>
        <source>Owning &amp;unit:</source>
        <translation>Owning &amp;unit:</translation>
    </message>
    <message>
        <source>Subject &amp;template:</source>
        <translation>Subject &amp;template:</translation>
    </message>
    <message>
        <source>Edit routing rule</source>
        <translation>Edit routing rule</translation>
    </message>
    <message>
        <source>The 14-digit key of the service, as in the application.</source>
        <translation>The 14-digit key of the service, as in the application.</translation>
    </message>
    <message>
        <source>Service: %1</source>
        <translation>Service: %1</translation>
    </message>
    <message>
        <source>No application for this service has arrived yet.</source>
        <translation>No application for this service has arrived yet.</translation>
    </message>
</context>
<context>
    <name>aw::ui::RoutingRulesDialog</name>
    <message>
        <source>&amp;Add …</source>
        <translation>&amp;Add …</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>Add rule</translation>
    </message>
    <message>
        <source>&amp;Edit …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Edit rule</source>
        <translation>Edit rule</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Remove rule</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routing rules</translation>
    </message>
    <message>
        <source>New applications in the inbox are filed by these rules. For each rule of its service, an application starts a case file with a proceeding.</source>
        <translation>New applications in the inbox are filed by these rules. For each rule of its service, an application starts a case file with a proceeding.</translation>
    </message>
    <message>
        <source>Service key</source>
        <translation>Service key</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>File plan entry</source>
        <translation>File plan entry</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>Owning unit</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>The routing rules could not be read: %1</source>
        <translation>The routing rules could not be read: %1</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may change routing rules.</source>
        <translation>Only the registry (Registratur) may change routing rules.</translation>
    </message>
    <message>
        <source>There are no rules yet. New applications stay in the inbox until they are filed by hand.</source>
        <translation>There are no rules yet. New applications stay in the inbox until they are filed by hand.</translation>
    </message>
    <message>
        <source>Add a rule (%1)</source>
        <translation>Add a rule (%1)</translation>
    </message>
    <message>
        <source>Edit the selected rule (%1)</source>
        <translation>Edit the selected rule (%1)</translation>
    </message>
    <message>
        <source>Remove the selected rule (%1)</source>
        <translation>Remove the selected rule (%1)</translation>
    </message>
    <message>
        <source>Remove routing rule</source>
        <translation>Remove routing rule</translation>
    </message>
    <message>
        <source>Remove this routing rule?</source>
        <translation>Remove this routing rule?</translation>
    </message>
    <message>
        <source>Applications for %1 will no longer be filed under “%2” (%3).</source>
        <translation>Applications for %1 will no longer be filed under “%2” (%3).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>aw::ui::SavedSearchNav</name>
    <message>
        <source>&amp;Remove saved search</source>
        <translation>&amp;Remove saved search</translation>
    </message>
    <message>
        <source>Shared with %1 by %2</source>
        <translation>Shared with %1 by %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved search %1, %n case file(s)</source>
        <translation>
            <numerusform>Saved search %1, %n case file</numerusform>
            <numerusform>Saved search %1, %n case files</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove saved search</source>
        <translation>Remove saved search</translation>
    </message>
    <message>
        <source>Remove the saved search “%1”? The files it finds stay as they are.</source>
        <translation>Remove the saved search “%1”? The files it finds stay as they are.</translation>
    </message>
    <message>
        <source>The saved search was removed.</source>
        <translation>The saved search was removed.</translation>
    </message>
</context>
<context>
    <name>aw::ui::SearchPane</name>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Proceeding</source>
        <translation>Proceeding</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>E&amp;xport CSV …</source>
        <translation>E&amp;xport CSV …</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search all files, e.g. Wohngeld einheit:KZS von:2025 or az:12/2026</source>
        <translation>Search all files, e.g. Wohngeld einheit:KZS von:2025 or az:12/2026</translation>
    </message>
    <message>
        <source>Words find their forms (Anträge finds Antrag); &quot;phrase&quot;, prefix*, OR, -exclude.
Fields: az: (part of a reference), betreff:, einheit:, bearbeiter:, status:offen|bearbeitung|wartet|abgeschlossen,
typ:eingang|ausgang|intern|dokument|vorgang|akte, von: and bis: (dates), archiv:ja|nein, aktenplan:</source>
        <translation>Words find their forms (Anträge finds Antrag); &quot;phrase&quot;, prefix*, OR, -exclude.
Fields: az: (part of a reference), betreff:, einheit:, bearbeiter:, status:offen|bearbeitung|wartet|abgeschlossen,
typ:eingang|ausgang|intern|dokument|vorgang|akte, von: and bis: (dates), archiv:ja|nein, aktenplan:</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Where to search</translation>
    </message>
    <message>
        <source>My units</source>
        <translation>My units</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Order of the results</source>
        <translation>Order of the results</translation>
    </message>
    <message>
        <source>Best first</source>
        <translation>Best first</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Type what you are looking for and press Enter.</source>
        <translation>Type what you are looking for and press Enter.</translation>
    </message>
    <message>
        <source>Indexing for search</source>
        <translation>Indexing for search</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>Narrow the search</translation>
    </message>
    <message>
        <source>Narrow by</source>
        <translation>Narrow by</translation>
    </message>
    <message>
        <source>Hits</source>
        <translation>Hits</translation>
    </message>
    <message>
        <source>Enter or a double click adds the value to the search</source>
        <translation>Enter or a double click adds the value to the search</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Searching …</source>
        <translation>Searching …</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(closed)</translation>
    </message>
    <message numerus="yes">
        <source>%n more hit(s) in this case file</source>
        <translation>
            <numerusform>%n more hit in this case file</numerusform>
            <numerusform>%n more hits in this case file</numerusform>
        </translation>
    </message>
    <message>
        <source>No case file matches. Check the spelling, leave out a word or field, or search in another scope.</source>
        <translation>No case file matches. Check the spelling, leave out a word or field, or search in another scope.</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) with hits</source>
        <translation>
            <numerusform>%n case file with hits</numerusform>
            <numerusform>%n case files with hits</numerusform>
        </translation>
    </message>
    <message>
        <source>showing %1 to %2</source>
        <translation>showing %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>The search index is still being built: %n object(s) are not yet found.</source>
        <translation>
            <numerusform>The search index is still being built: %n object is not yet found.</numerusform>
            <numerusform>The search index is still being built: %n objects are not yet found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter adds %1 to the search</source>
        <translation>Enter adds %1 to the search</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>File plan</source>
        <translation>File plan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aktenwerk is indexing the files for search (%1 of %2). Searches find what is done so far.</source>
        <translation>Aktenwerk is indexing the files for search (%1 of %2). Searches find what is done so far.</translation>
    </message>
    <message>
        <source>The search index could not be brought up to date: %1</source>
        <translation>The search index could not be brought up to date: %1</translation>
    </message>
    <message>
        <source>The search index is up to date.</source>
        <translation>The search index is up to date.</translation>
    </message>
    <message>
        <source>Export search results</source>
        <translation>Export search results</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Hit</translation>
    </message>
    <message>
        <source>Hit reference</source>
        <translation>Hit reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>More hits</source>
        <translation>More hits</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>The export could not be written to %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) exported to %1.</source>
        <translation>
            <numerusform>%n case file exported to %1.</numerusform>
            <numerusform>%n case files exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the search</source>
        <translation>Start the search</translation>
    </message>
    <message>
        <source>Export the results as CSV</source>
        <translation>Export the results as CSV</translation>
    </message>
    <message>
        <source>Previous page of results</source>
        <translation>Previous page of results</translation>
    </message>
    <message>
        <source>Next page of results</source>
        <translation>Next page of results</translation>
    </message>
    <message>
        <source>S&amp;ave search …</source>
        <translation>S&amp;ave search …</translation>
    </message>
    <message>
        <source>Save this search</source>
        <translation>Save this search</translation>
    </message>
    <message>
        <source>Keep this search under a name in the navigation, for you or your unit</source>
        <translation>Keep this search under a name in the navigation, for you or your unit</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Save search</translation>
    </message>
    <message>
        <source>The search “%1” appears under this name in the navigation, with the number of case files it finds.</source>
        <translation>The search “%1” appears under this name in the navigation, with the number of case files it finds.</translation>
    </message>
    <message>
        <source>nobody (only me)</source>
        <translation>nobody (only me)</translation>
    </message>
    <message>
        <source>%1 (everyone in it)</source>
        <translation>%1 (everyone in it)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name of the search</source>
        <translation>Name of the search</translation>
    </message>
    <message>
        <source>S&amp;hare with:</source>
        <translation>S&amp;hare with:</translation>
    </message>
    <message>
        <source>Share with</source>
        <translation>Share with</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Give the search a name.</source>
        <translation>Give the search a name.</translation>
    </message>
    <message>
        <source>The search is saved as “%1”.</source>
        <translation>The search is saved as “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>The %n newest case files with hits, of about %1 hits in all (the words are very common: add a word or a field to see fewer)</source>
        <translation>
            <numerusform>The newest case file with hits, of about %1 hits in all (the words are very common: add a word or a field to see fewer)</numerusform>
            <numerusform>The %n newest case files with hits, of about %1 hits in all (the words are very common: add a word or a field to see fewer)</numerusform>
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
        <translation>Give the full path of the folder, e.g. %1.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>“%1” is a file, not a folder.</translation>
    </message>
    <message>
        <source>Aktenwerk may not write into “%1”.</source>
        <translation>Aktenwerk may not write into “%1”.</translation>
    </message>
    <message>
        <source>“%1” does not exist and cannot be created.</source>
        <translation>“%1” does not exist and cannot be created.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: “%2” is a file, not a folder.</source>
        <translation>“%1” cannot be created: “%2” is a file, not a folder.</translation>
    </message>
    <message>
        <source>“%1” cannot be created: Aktenwerk may not write into “%2”.</source>
        <translation>“%1” cannot be created: Aktenwerk may not write into “%2”.</translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation>Store folder: %1</translation>
    </message>
    <message>
        <source>Watch folder: %1</source>
        <translation>Watch folder: %1</translation>
    </message>
    <message>
        <source>Outgoing folder: %1</source>
        <translation>Outgoing folder: %1</translation>
    </message>
    <message>
        <source>Choose …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Choose the store folder</source>
        <translation>Choose the store folder</translation>
    </message>
    <message>
        <source>Choose the watch folder</source>
        <translation>Choose the watch folder</translation>
    </message>
    <message>
        <source>Choose the outgoing folder</source>
        <translation>Choose the outgoing folder</translation>
    </message>
    <message>
        <source>Send the &amp;acknowledgement of receipt right after filing</source>
        <translation>Send the &amp;acknowledgement of receipt right after filing</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Nobody (read-only)</source>
        <translation>Nobody (read-only)</translation>
    </message>
    <message>
        <source>Reading …</source>
        <translation>Reading …</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>Store folder</translation>
    </message>
    <message>
        <source>Empty: the standard folder</source>
        <translation>Empty: the standard folder</translation>
    </message>
    <message>
        <source>Watch folder for the inbox</source>
        <translation>Watch folder for the inbox</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Outgoing folder</source>
        <translation>Outgoing folder</translation>
    </message>
    <message>
        <source>A relative path is taken relative to the store folder.</source>
        <translation>A relative path is taken relative to the store folder.</translation>
    </message>
    <message>
        <source>Send the acknowledgement of receipt right after filing</source>
        <translation>Send the acknowledgement of receipt right after filing</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your settings on this computer</source>
        <translation>Your settings on this computer</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Aktenwerk asks who is working at each start.</source>
        <translation>Aktenwerk asks who is working at each start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>Applies after a restart.</translation>
    </message>
    <message>
        <source>&amp;Store folder:</source>
        <translation>&amp;Store folder:</translation>
    </message>
    <message>
        <source>Applies at the next start. Open now: %1</source>
        <translation>Applies at the next start. Open now: %1</translation>
    </message>
    <message>
        <source>&amp;Watch folder:</source>
        <translation>&amp;Watch folder:</translation>
    </message>
    <message>
        <source>Optional. Online applications (ZIP packages) put here are received into the inbox. Applies at the next start.</source>
        <translation>Optional. Online applications (ZIP packages) put here are received into the inbox. Applies at the next start.</translation>
    </message>
    <message>
        <source>Office settings (for everybody working with this store)</source>
        <translation>Office settings (for everybody working with this store)</translation>
    </message>
    <message>
        <source>&amp;Outgoing folder:</source>
        <translation>&amp;Outgoing folder:</translation>
    </message>
    <message>
        <source>Acknowledgements of receipt are handed over here to be sent (e-mail, De-Mail, or print for the post).</source>
        <translation>Acknowledgements of receipt are handed over here to be sent (e-mail, De-Mail, or print for the post).</translation>
    </message>
    <message>
        <source>Reading the office settings …</source>
        <translation>Reading the office settings …</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>The office settings could not be read: %1</source>
        <translation>The office settings could not be read: %1</translation>
    </message>
    <message>
        <source>Empty: the folder “ausgang” in the store folder</source>
        <translation>Empty: the folder “ausgang” in the store folder</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may change these settings.</source>
        <translation>Only the registry (Registratur) may change these settings.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>The office settings could not be saved: %1</source>
        <translation>The office settings could not be saved: %1</translation>
    </message>
    <message>
        <source>Your settings could not be written (%1).</source>
        <translation>Your settings could not be written (%1).</translation>
    </message>
    <message>
        <source>Fee schedule: %1</source>
        <translation>Fee schedule: %1</translation>
    </message>
    <message>
        <source>Choose the fee schedule</source>
        <translation>Choose the fee schedule</translation>
    </message>
    <message>
        <source>Issuing Standesamt</source>
        <translation>Issuing Standesamt</translation>
    </message>
    <message>
        <source>e.g. Standesamt Göttingen</source>
        <translation>e.g. Standesamt Göttingen</translation>
    </message>
    <message>
        <source>Place of issue</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <source>e.g. Göttingen</source>
        <translation>e.g. Göttingen</translation>
    </message>
    <message>
        <source>Fee schedule</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <source>None: 12,00 € the first copy, 6,00 € each further one</source>
        <translation>None: 12,00 € the first copy, 6,00 € each further one</translation>
    </message>
    <message>
        <source>Standesa&amp;mt:</source>
        <translation>Standesa&amp;mt:</translation>
    </message>
    <message>
        <source>The issuing office printed on certificates.</source>
        <translation>The issuing office printed on certificates.</translation>
    </message>
    <message>
        <source>&amp;Place of issue:</source>
        <translation>&amp;Place of issue:</translation>
    </message>
    <message>
        <source>&amp;Fee schedule:</source>
        <translation>&amp;Fee schedule:</translation>
    </message>
    <message>
        <source>A JSON file with the certificate fees and the day they apply from (see the README). It is checked before saving.</source>
        <translation>A JSON file with the certificate fees and the day they apply from (see the README). It is checked before saving.</translation>
    </message>
    <message>
        <source>Fee schedule (*.json)</source>
        <translation>Fee schedule (*.json)</translation>
    </message>
    <message>
        <source>Authority (sender in xdomea messages)</source>
        <translation>Authority (sender in xdomea messages)</translation>
    </message>
    <message>
        <source>e.g. Bezirksamt Mitte</source>
        <translation>e.g. Bezirksamt Mitte</translation>
    </message>
    <message>
        <source>Aut&amp;hority:</source>
        <translation>Aut&amp;hority:</translation>
    </message>
    <message>
        <source>The sender named in xdomea messages: case files handed to another authority, offers to the archive.</source>
        <translation>The sender named in xdomea messages: case files handed to another authority, offers to the archive.</translation>
    </message>
</context>
<context>
    <name>aw::ui::StoreCheck</name>
    <message>
        <source>Checking the store …</source>
        <translation>Checking the store …</translation>
    </message>
    <message>
        <source>Store damaged</source>
        <translation>Store damaged</translation>
    </message>
    <message>
        <source>%1

The store is now open for reading only: you can look at everything, but nothing can be changed.</source>
        <translation>%1

The store is now open for reading only: you can look at everything, but nothing can be changed.</translation>
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
        <translation>Opening the store …

After an update of Aktenwerk the store is brought up to the new version first.
With many documents this takes a few minutes. Please leave Aktenwerk open meanwhile.</translation>
    </message>
</context>
<context>
    <name>aw::ui::SyncController</name>
    <message>
        <source>Synchronize &amp;now</source>
        <translation>Synchronize &amp;now</translation>
    </message>
    <message>
        <source>Sync c&amp;onflicts …</source>
        <translation>Sync c&amp;onflicts …</translation>
    </message>
    <message>
        <source>The central store did not accept the password for %1.</source>
        <translation>The central store did not accept the password for %1.</translation>
    </message>
    <message>
        <source>Central store</source>
        <translation>Central store</translation>
    </message>
    <message>
        <source>Password of %1 at the central store %2:</source>
        <translation>Password of %1 at the central store %2:</translation>
    </message>
    <message>
        <source>Without the password, this computer works with its local store only. Synchronize now (F9) asks again.</source>
        <translation>Without the password, this computer works with its local store only. Synchronize now (F9) asks again.</translation>
    </message>
    <message>
        <source>Local store only</source>
        <translation>Local store only</translation>
    </message>
    <message>
        <source>Offline – changes are kept and sent later</source>
        <translation>Offline – changes are kept and sent later</translation>
    </message>
    <message>
        <source>Synchronizing …</source>
        <translation>Synchronizing …</translation>
    </message>
    <message>
        <source>In sync (%1)</source>
        <translation>In sync (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Sync failed</translation>
    </message>
    <message>
        <source>No central store is set (Settings).</source>
        <translation>No central store is set (Settings).</translation>
    </message>
    <message>
        <source>Central store %1. Click or press F9 to synchronize now.</source>
        <translation>Central store %1. Click or press F9 to synchronize now.</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>Sync state: %1</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Sync paused</translation>
    </message>
    <message>
        <source>Central store %1. Click to pause; the next sync goes on from there.</source>
        <translation>Central store %1. Click to pause; the next sync goes on from there.</translation>
    </message>
    <message>
        <source>Paused. The next sync (F9, or by itself within minutes) goes on from there.</source>
        <translation>Paused. The next sync (F9, or by itself within minutes) goes on from there.</translation>
    </message>
    <message>
        <source>The central store cannot be reached. The contents of this version are kept there; try again when the connection is back. (%1)</source>
        <translation>The central store cannot be reached. The contents of this version are kept there; try again when the connection is back. (%1)</translation>
    </message>
    <message>
        <source>The contents of this version are not in this store, and no central store is set to fetch them from (Settings). If this store never synced, its file is missing: check the store (aktenwerk-cli verify).</source>
        <translation>The contents of this version are not in this store, and no central store is set to fetch them from (Settings). If this store never synced, its file is missing: check the store (aktenwerk-cli verify).</translation>
    </message>
</context>
<context>
    <name>aw::ui::UserPicker</name>
    <message>
        <source>Who is working?</source>
        <translation>Who is working?</translation>
    </message>
    <message>
        <source>Choose yourself. What you do is recorded under your name, and you see the work of your units.</source>
        <translation>Choose yourself. What you do is recorded under your name, and you see the work of your units.</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filter users</translation>
    </message>
    <message>
        <source>Type part of a name, login or unit</source>
        <translation>Type part of a name, login or unit</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Command that creates the first user</source>
        <translation>Command that creates the first user</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Start as the chosen user</source>
        <translation>Start as the chosen user</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>Reading the users …</source>
        <translation>Reading the users …</translation>
    </message>
    <message>
        <source>The users could not be read: %1</source>
        <translation>The users could not be read: %1</translation>
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
        <translation>%1 – no unit</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>who – roles</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>This store has no users yet, so Aktenwerk can only open it read-only. The registry creates the first user (a registrar) on the command line:</source>
        <translation>This store has no users yet, so Aktenwerk can only open it read-only. The registry creates the first user (a registrar) on the command line:</translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation>Nobody matches “%1”.</translation>
    </message>
</context>
<context>
    <name>aw::ui::XdomeaActions</name>
    <message>
        <source>The import confirmation (0402)</source>
        <translation>The import confirmation (0402)</translation>
    </message>
    <message>
        <source>The receipt (0403)</source>
        <translation>The receipt (0403)</translation>
    </message>
    <message>
        <source>The evaluation (0502)</source>
        <translation>The evaluation (0502)</translation>
    </message>
    <message>
        <source>The receipt of the offer (0504)</source>
        <translation>The receipt of the offer (0504)</translation>
    </message>
    <message>
        <source>The receipt of the evaluation (0505)</source>
        <translation>The receipt of the evaluation (0505)</translation>
    </message>
    <message>
        <source>The archive&apos;s import confirmation (0506)</source>
        <translation>The archive&apos;s import confirmation (0506)</translation>
    </message>
    <message>
        <source>The receipt of the hand-over (0507)</source>
        <translation>The receipt of the hand-over (0507)</translation>
    </message>
    <message>
        <source>%1 – %2 (file plan %3)</source>
        <translation>%1 – %2 (file plan %3)</translation>
    </message>
    <message>
        <source> The archive keeps %1 and declines %2 of the offered files.</source>
        <translation> The archive keeps %1 and declines %2 of the offered files.</translation>
    </message>
    <message>
        <source>This is an Abgabe (0401) of case files from another authority: read it with File › Read xdomea package.</source>
        <translation>This is an Abgabe (0401) of case files from another authority: read it with File › Read xdomea package.</translation>
    </message>
    <message>
        <source>This is a message an office sends to its archive (%1); it is not read into the store.</source>
        <translation>This is a message an office sends to its archive (%1); it is not read into the store.</translation>
    </message>
    <message>
        <source>%1 from %2 is recorded; the exchange is now “%3”.</source>
        <translation>%1 from %2 is recorded; the exchange is now “%3”.</translation>
    </message>
    <message>
        <source>Hand &amp;over case file (xdomea) …</source>
        <translation>Hand &amp;over case file (xdomea) …</translation>
    </message>
    <message>
        <source>Read xdomea &amp;package …</source>
        <translation>Read xdomea &amp;package …</translation>
    </message>
    <message>
        <source>&amp;Disposal …</source>
        <translation>&amp;Disposal …</translation>
    </message>
    <message>
        <source>Hand the selected case file to another authority as an xdomea package (Abgabe)</source>
        <translation>Hand the selected case file to another authority as an xdomea package (Abgabe)</translation>
    </message>
    <message>
        <source>Read an xdomea package: case files handed over to this office, a receipt, or the archive&apos;s answer</source>
        <translation>Read an xdomea package: case files handed over to this office, a receipt, or the archive&apos;s answer</translation>
    </message>
    <message>
        <source>Closed case files whose retention has ended: offer to the archive, hand over, destroy (registry)</source>
        <translation>Closed case files whose retention has ended: offer to the archive, hand over, destroy (registry)</translation>
    </message>
    <message>
        <source>Only the registry (Registratur) may dispose of files.</source>
        <translation>Only the registry (Registratur) may dispose of files.</translation>
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
        <translation>Hand over case file (xdomea)</translation>
    </message>
    <message>
        <source>The case file &lt;b&gt;%1 – %2&lt;/b&gt; with all its proceedings and documents is written as an xdomea package (Abgabe 0401) for the receiving authority. It stays here until they confirm the import (0402).</source>
        <translation>The case file &lt;b&gt;%1 – %2&lt;/b&gt; with all its proceedings and documents is written as an xdomea package (Abgabe 0401) for the receiving authority. It stays here until they confirm the import (0402).</translation>
    </message>
    <message>
        <source>e.g. Bezirksamt Süd</source>
        <translation>e.g. Bezirksamt Süd</translation>
    </message>
    <message>
        <source>&amp;Receiving authority:</source>
        <translation>&amp;Receiving authority:</translation>
    </message>
    <message>
        <source>Receiving authority</source>
        <translation>Receiving authority</translation>
    </message>
    <message>
        <source>Folder for the package</source>
        <translation>Folder for the package</translation>
    </message>
    <message>
        <source>Package &amp;folder:</source>
        <translation>Package &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <source>Enter the authority that receives the case file.</source>
        <translation>Enter the authority that receives the case file.</translation>
    </message>
    <message>
        <source>Choose the folder for the package.</source>
        <translation>Choose the folder for the package.</translation>
    </message>
    <message>
        <source>Writing the xdomea package …</source>
        <translation>Writing the xdomea package …</translation>
    </message>
    <message>
        <source>Case file handed over</source>
        <translation>Case file handed over</translation>
    </message>
    <message>
        <source>The xdomea package for %1 (%2) is written:
%3

Send it to them. The case file stays here until their import confirmation (0402) is read with File › Read xdomea package.</source>
        <translation>The xdomea package for %1 (%2) is written:
%3

Send it to them. The case file stays here until their import confirmation (0402) is read with File › Read xdomea package.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Read xdomea package</source>
        <translation>Read xdomea package</translation>
    </message>
    <message>
        <source>xdomea packages (*.zip);;All files (*)</source>
        <translation>xdomea packages (*.zip);;All files (*)</translation>
    </message>
    <message>
        <source>Reading the xdomea package …</source>
        <translation>Reading the xdomea package …</translation>
    </message>
    <message>
        <source>xdomea package read</source>
        <translation>xdomea package read</translation>
    </message>
    <message>
        <source>Case files handed over are taken in by someone of the unit they are for; you work in no unit that may create case files.</source>
        <translation>Case files handed over are taken in by someone of the unit they are for; you work in no unit that may create case files.</translation>
    </message>
    <message>
        <source>Taking in the case files …</source>
        <translation>Taking in the case files …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s)</source>
        <translation>
            <numerusform>%n case file</numerusform>
            <numerusform>%n case files</numerusform>
        </translation>
    </message>
    <message>
        <source>Case files taken in</source>
        <translation>Case files taken in</translation>
    </message>
    <message>
        <source>%1 with %2 taken in from %3.</source>
        <translation>%1 with %2 taken in from %3.</translation>
    </message>
    <message>
        <source>%1 with %2 taken in from %3; import confirmation at %4</source>
        <translation>%1 with %2 taken in from %3; import confirmation at %4</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Confirmation</name>
    <message>
        <source>The confirmation names %1, which was not handed over in this exchange. Nothing was applied.</source>
        <translation>The confirmation names %1, which was not handed over in this exchange. Nothing was applied.</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Disposals</name>
    <message>
        <source>Choose at least one case file to offer to the archive.</source>
        <translation>Choose at least one case file to offer to the archive.</translation>
    </message>
    <message>
        <source>Name the archive the files are offered to.</source>
        <translation>Name the archive the files are offered to.</translation>
    </message>
    <message>
        <source>The case file %1 is not due for disposal: it is open, its retention runs until later, or it has left the store.</source>
        <translation>The case file %1 is not due for disposal: it is open, its retention runs until later, or it has left the store.</translation>
    </message>
    <message>
        <source>The case file %1 is already part of the disposal %2.</source>
        <translation>The case file %1 is already part of the disposal %2.</translation>
    </message>
    <message>
        <source>The file plan marks %1 for destruction (V); it is destroyed, not offered.</source>
        <translation>The file plan marks %1 for destruction (V); it is destroyed, not offered.</translation>
    </message>
    <message>
        <source>This is not a Bewertungsverzeichnis (0502).</source>
        <translation>This is not a Bewertungsverzeichnis (0502).</translation>
    </message>
    <message>
        <source>The disposal %1 is not waiting for an evaluation (it is %2).</source>
        <translation>The disposal %1 is not waiting for an evaluation (it is %2).</translation>
    </message>
    <message>
        <source>The evaluation names %1, which was not offered in this disposal. Nothing was applied.</source>
        <translation>The evaluation names %1, which was not offered in this disposal. Nothing was applied.</translation>
    </message>
    <message>
        <source>The evaluation leaves %1 undecided (B); the archive must decide A or V. Nothing was applied.</source>
        <translation>The evaluation leaves %1 undecided (B); the archive must decide A or V. Nothing was applied.</translation>
    </message>
    <message>
        <source>The evaluation does not decide on the offered file %1. Nothing was applied.</source>
        <translation>The evaluation does not decide on the offered file %1. Nothing was applied.</translation>
    </message>
    <message>
        <source>The disposal %1 cannot be handed over now (it is %2).</source>
        <translation>The disposal %1 cannot be handed over now (it is %2).</translation>
    </message>
    <message>
        <source>The archive keeps none of the files of this disposal; there is nothing to hand over. Destroy the files it declined instead.</source>
        <translation>The archive keeps none of the files of this disposal; there is nothing to hand over. Destroy the files it declined instead.</translation>
    </message>
    <message>
        <source>This is not a receipt of a disposal (0504–0507).</source>
        <translation>This is not a receipt of a disposal (0504–0507).</translation>
    </message>
    <message>
        <source>The ProzessID %1 is not a disposal of this store.</source>
        <translation>The ProzessID %1 is not a disposal of this store.</translation>
    </message>
    <message>
        <source>The disposal %1 has not been handed over to the archive (it is %2).</source>
        <translation>The disposal %1 has not been handed over to the archive (it is %2).</translation>
    </message>
    <message>
        <source>Choose at least one case file to destroy.</source>
        <translation>Choose at least one case file to destroy.</translation>
    </message>
    <message>
        <source>The case file %1 is not due for disposal and cannot be destroyed.</source>
        <translation>The case file %1 is not due for disposal and cannot be destroyed.</translation>
    </message>
    <message>
        <source>%1 may not be destroyed: only files the file plan marks V, or that the archive has declined, are destroyed. Offer it to the archive first.</source>
        <translation>%1 may not be destroyed: only files the file plan marks V, or that the archive has declined, are destroyed. Offer it to the archive first.</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Exchange</name>
    <message>
        <source>offered to the archive</source>
        <translation>offered to the archive</translation>
    </message>
    <message>
        <source>evaluated by the archive</source>
        <translation>evaluated by the archive</translation>
    </message>
    <message>
        <source>handed to the archive</source>
        <translation>handed to the archive</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>confirmed by the recipient</source>
        <translation>confirmed by the recipient</translation>
    </message>
    <message>
        <source>There is no xdomea exchange with the ProzessID %1 in this store.</source>
        <translation>There is no xdomea exchange with the ProzessID %1 in this store.</translation>
    </message>
    <message>
        <source>The case file has not left the store.</source>
        <translation>The case file has not left the store.</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Package</name>
    <message>
        <source>The package “%1” already exists; it is not overwritten.</source>
        <translation>The package “%1” already exists; it is not overwritten.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>The folder “%1” cannot be created.</translation>
    </message>
    <message>
        <source>The file “%1” is missing from the store.</source>
        <translation>The file “%1” is missing from the store.</translation>
    </message>
    <message>
        <source>“%1” is not named like an xdomea package (&lt;ProzessID&gt;_&lt;Nachrichtentyp&gt;.zip, e.g. …_Abgabe.Abgabe.0401.zip).</source>
        <translation>“%1” is not named like an xdomea package (&lt;ProzessID&gt;_&lt;Nachrichtentyp&gt;.zip, e.g. …_Abgabe.Abgabe.0401.zip).</translation>
    </message>
    <message>
        <source>Aktenwerk does not take in xdomea messages of the kind “%1”.</source>
        <translation>Aktenwerk does not take in xdomea messages of the kind “%1”.</translation>
    </message>
    <message>
        <source>The package does not contain the message “%1”.</source>
        <translation>The package does not contain the message “%1”.</translation>
    </message>
    <message>
        <source>The package name “%1” does not match its message (ProzessID %2, type %3).</source>
        <translation>The package name “%1” does not match its message (ProzessID %2, type %3).</translation>
    </message>
    <message>
        <source>The primary file name “%1” is not of the form &lt;UUID&gt;_&lt;name&gt;.</source>
        <translation>The primary file name “%1” is not of the form &lt;UUID&gt;_&lt;name&gt;.</translation>
    </message>
    <message>
        <source>The message names the primary file “%1” twice.</source>
        <translation>The message names the primary file “%1” twice.</translation>
    </message>
    <message>
        <source>The primary file “%1” named in the message is missing from the package.</source>
        <translation>The primary file “%1” named in the message is missing from the package.</translation>
    </message>
    <message>
        <source>The package contains “%1”, which its message does not name.</source>
        <translation>The package contains “%1”, which its message does not name.</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Reader</name>
    <message>
        <source>The xdomea message contains a DOCTYPE (line %1); xdomea messages must not declare one.</source>
        <translation>The xdomea message contains a DOCTYPE (line %1); xdomea messages must not declare one.</translation>
    </message>
    <message>
        <source>The xdomea message uses an entity (line %1).</source>
        <translation>The xdomea message uses an entity (line %1).</translation>
    </message>
    <message>
        <source>The xdomea message is nested too deeply or too large (line %1).</source>
        <translation>The xdomea message is nested too deeply or too large (line %1).</translation>
    </message>
    <message>
        <source>The xdomea message is not well-formed XML (line %1): %2</source>
        <translation>The xdomea message is not well-formed XML (line %1): %2</translation>
    </message>
    <message>
        <source>The xdomea message is empty.</source>
        <translation>The xdomea message is empty.</translation>
    </message>
    <message>
        <source>the version number “%1” is not a positive number.</source>
        <translation>the version number “%1” is not a positive number.</translation>
    </message>
    <message>
        <source>version %1 has no primary file.</source>
        <translation>version %1 has no primary file.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>sub-proceedings (Teilvorgänge) are not supported.</source>
        <translation>sub-proceedings (Teilvorgänge) are not supported.</translation>
    </message>
    <message>
        <source>sub-files (Teilakten) are not supported.</source>
        <translation>sub-files (Teilakten) are not supported.</translation>
    </message>
    <message>
        <source>documents directly in a case file, outside a proceeding, are not supported.</source>
        <translation>documents directly in a case file, outside a proceeding, are not supported.</translation>
    </message>
    <message>
        <source>This is not an xdomea 3.0.0 or 3.1.0 message (namespace “%1”).</source>
        <translation>This is not an xdomea 3.0.0 or 3.1.0 message (namespace “%1”).</translation>
    </message>
    <message>
        <source>Aktenwerk does not take in xdomea messages of the kind “%1”.</source>
        <translation>Aktenwerk does not take in xdomea messages of the kind “%1”.</translation>
    </message>
    <message>
        <source>the message has no header (Kopf).</source>
        <translation>the message has no header (Kopf).</translation>
    </message>
    <message>
        <source>the header names message type “%1”, the message is a %2.</source>
        <translation>the header names message type “%1”, the message is a %2.</translation>
    </message>
    <message>
        <source>only whole case files (Akten) can be taken in, not single proceedings or documents.</source>
        <translation>only whole case files (Akten) can be taken in, not single proceedings or documents.</translation>
    </message>
    <message>
        <source>the evaluation of %1 has no decision A, V or B.</source>
        <translation>the evaluation of %1 has no decision A, V or B.</translation>
    </message>
    <message>
        <source>The xdomea message cannot be taken in (line %1): %2</source>
        <translation>The xdomea message cannot be taken in (line %1): %2</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Schemas</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>%1 (line %2 of %3)</source>
        <translation>%1 (line %2 of %3)</translation>
    </message>
    <message>
        <source>the schema does not compile</source>
        <translation>the schema does not compile</translation>
    </message>
    <message>
        <source>Out of memory while reading the xdomea message.</source>
        <translation>Out of memory while reading the xdomea message.</translation>
    </message>
    <message>
        <source>xdomea messages must not contain a DOCTYPE (document type declaration), and this one does (line %1). Aktenwerk refuses them to rule out entity attacks.</source>
        <translation>xdomea messages must not contain a DOCTYPE (document type declaration), and this one does (line %1). Aktenwerk refuses them to rule out entity attacks.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>The xdomea message is not well-formed XML (line %1): %2</source>
        <translation>The xdomea message is not well-formed XML (line %1): %2</translation>
    </message>
    <message>
        <source>The xdomea message is empty.</source>
        <translation>The xdomea message is empty.</translation>
    </message>
    <message>
        <source>The xdomea message is too large to be checked (more than 2 GB).</source>
        <translation>The xdomea message is too large to be checked (more than 2 GB).</translation>
    </message>
    <message>
        <source>Aktenwerk cannot load its own xdomea %1 schema, so no message can be checked. This is a fault of the installation, not of the message: %2</source>
        <translation>Aktenwerk cannot load its own xdomea %1 schema, so no message can be checked. This is a fault of the installation, not of the message: %2</translation>
    </message>
    <message>
        <source>Out of memory while checking the xdomea message.</source>
        <translation>Out of memory while checking the xdomea message.</translation>
    </message>
    <message>
        <source>The xdomea message could not be checked against the schema %1 (libxml2 error %2).</source>
        <translation>The xdomea message could not be checked against the schema %1 (libxml2 error %2).</translation>
    </message>
    <message>
        <source>The xdomea message does not match the schema %1 (line %2): %3</source>
        <translation>The xdomea message does not match the schema %1 (line %2): %3</translation>
    </message>
</context>
<context>
    <name>aw::xdomea::Transfers</name>
    <message>
        <source>Choose at least one case file to hand over.</source>
        <translation>Choose at least one case file to hand over.</translation>
    </message>
    <message>
        <source>Name the authority that receives the case files.</source>
        <translation>Name the authority that receives the case files.</translation>
    </message>
    <message>
        <source>The case file %1 has already left the store.</source>
        <translation>The case file %1 has already left the store.</translation>
    </message>
    <message>
        <source>This is not an Abgabe (0401) but a %1 message.</source>
        <translation>This is not an Abgabe (0401) but a %1 message.</translation>
    </message>
    <message>
        <source>The Abgabe contains no case file (Akte).</source>
        <translation>The Abgabe contains no case file (Akte).</translation>
    </message>
    <message>
        <source>The Abgabe %1 has been taken in before.</source>
        <translation>The Abgabe %1 has been taken in before.</translation>
    </message>
    <message>
        <source>The case file “%1” (%2) has been taken in before, as %3.</source>
        <translation>The case file “%1” (%2) has been taken in before, as %3.</translation>
    </message>
    <message>
        <source>No temporary folder for the package can be created.</source>
        <translation>No temporary folder for the package can be created.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was taken in.</source>
        <translation>The import was cancelled; nothing was taken in.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>“%1” cannot be written.</translation>
    </message>
    <message>
        <source>Taken over from %1 by xdomea Abgabe %2 on %3. Reference there: %4.</source>
        <translation>Taken over from %1 by xdomea Abgabe %2 on %3. Reference there: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The files were taken in, but the import confirmation could not be written: %1</source>
        <translation>The files were taken in, but the import confirmation could not be written: %1</translation>
    </message>
    <message>
        <source>This is not a receipt of an Abgabe (0402 or 0403).</source>
        <translation>This is not a receipt of an Abgabe (0402 or 0403).</translation>
    </message>
    <message>
        <source>The ProzessID %1 is not an Abgabe sent from this store.</source>
        <translation>The ProzessID %1 is not an Abgabe sent from this store.</translation>
    </message>
</context>
</TS>
