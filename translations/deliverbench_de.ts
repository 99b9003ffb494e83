<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Catalogue</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a catalogue</source>
        <translation>&apos;%1&apos; ist zu groß für einen Katalog</translation>
    </message>
    <message>
        <source>%1: not a catalogue (%2)</source>
        <translation>%1: kein Katalog (%2)</translation>
    </message>
    <message>
        <source>%1: no &quot;lists&quot;</source>
        <translation>%1: keine &quot;lists&quot;</translation>
    </message>
    <message>
        <source>%1: list %2 appears twice</source>
        <translation>%1: Liste %2 kommt doppelt vor</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth</name>
    <message>
        <source>%1 said %2=%3</source>
        <translation>%1 meldete %2=%3</translation>
    </message>
    <message>
        <source>%1 said %2=%3 for %4=%5</source>
        <translation>%1 meldete %2=%3 für %4=%5</translation>
    </message>
    <message>
        <source>the body changed after that hop</source>
        <translation>der Nachrichtentext wurde nach diesem Hop geändert</translation>
    </message>
    <message>
        <source>a signed header field changed after that hop</source>
        <translation>eine signierte Kopfzeile wurde nach diesem Hop geändert</translation>
    </message>
    <message>
        <source>the key record is different or unavailable now (%1)</source>
        <translation>der Schlüsseleintrag ist jetzt anders oder nicht verfügbar (%1)</translation>
    </message>
    <message>
        <source>the signature has expired since (x=)</source>
        <translation>die Signatur ist seitdem abgelaufen (x=)</translation>
    </message>
    <message>
        <source>%1; we could not evaluate SPF (the connection is not known)</source>
        <translation>%1; SPF konnte nicht ausgewertet werden (die Verbindung ist unbekannt)</translation>
    </message>
    <message>
        <source>%1; we checked a different identity (%2), so the results are not comparable</source>
        <translation>%1; wir haben eine andere Identität geprüft (%2), daher sind die Ergebnisse nicht vergleichbar</translation>
    </message>
    <message>
        <source>%1; we agree</source>
        <translation>%1; wir stimmen überein</translation>
    </message>
    <message>
        <source>%1; we get spf=%2 for %3 from %4: SPF depends on the connecting IP, and that receiver saw the connection from its own previous hop</source>
        <translation>%1; wir erhalten spf=%2 für %3 von %4: SPF hängt von der verbindenden IP ab, und dieser Empfänger sah die Verbindung von seinem eigenen vorherigen Hop</translation>
    </message>
    <message>
        <source>%1 without naming the domain; not compared</source>
        <translation>%1 ohne Angabe der Domain; nicht verglichen</translation>
    </message>
    <message>
        <source>%1; the message has no such DKIM-Signature now (removed after that hop?)</source>
        <translation>%1; die Nachricht hat jetzt keine solche DKIM-Signature (nach diesem Hop entfernt?)</translation>
    </message>
    <message>
        <source>%1; it fails now: %2</source>
        <translation>%1; jetzt schlägt sie fehl: %2</translation>
    </message>
    <message>
        <source>%1; we get dkim=%2 (%3)</source>
        <translation>%1; wir erhalten dkim=%2 (%3)</translation>
    </message>
    <message>
        <source>%1; our From domain is %2, not comparable</source>
        <translation>%1; unsere From-Domain ist %2, nicht vergleichbar</translation>
    </message>
    <message>
        <source>%1; we get dmarc=%2: %3</source>
        <translation>%1; wir erhalten dmarc=%2: %3</translation>
    </message>
    <message>
        <source>%1; this method is not compared</source>
        <translation>%1; diese Methode wird nicht verglichen</translation>
    </message>
    <message>
        <source>%1 stamped %2=%3; we get %4</source>
        <translation>%1 vermerkte %2=%3; wir erhalten %4</translation>
    </message>
    <message>
        <source>Trust the receiver&apos;s verdict for what happened at delivery; the difference shows what changed since.</source>
        <translation>Vertrauen Sie dem Ergebnis des Empfängers für das, was bei der Zustellung geschah; der Unterschied zeigt, was sich seitdem geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>Our verdicts agree with the trusted Authentication-Results (%n result(s) compared)</source>
        <translation>
            <numerusform>Unsere Ergebnisse stimmen mit den vertrauenswürdigen Authentication-Results überein (%n Ergebnis verglichen)</numerusform>
            <numerusform>Unsere Ergebnisse stimmen mit den vertrauenswürdigen Authentication-Results überein (%n Ergebnisse verglichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked as if connected from %1 (HELO %2, MAIL FROM %3)</source>
        <translation>Geprüft, als ob von %1 verbunden (HELO %2, MAIL FROM %3)</translation>
    </message>
    <message>
        <source>an unknown IP</source>
        <translation>eine unbekannte IP</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no DNS source: DMARC was not evaluated</source>
        <translation>keine DNS-Quelle: DMARC wurde nicht ausgewertet</translation>
    </message>
    <message>
        <source>the connecting IP is not known: SPF was not evaluated</source>
        <translation>die verbindende IP ist unbekannt: SPF wurde nicht ausgewertet</translation>
    </message>
    <message>
        <source>neither MAIL FROM nor HELO is known: SPF was not evaluated</source>
        <translation>weder MAIL FROM noch HELO ist bekannt: SPF wurde nicht ausgewertet</translation>
    </message>
    <message>
        <source>no DNS source: SPF was not evaluated</source>
        <translation>keine DNS-Quelle: SPF wurde nicht ausgewertet</translation>
    </message>
    <message>
        <source>ARC was not requested</source>
        <translation>ARC wurde nicht angefordert</translation>
    </message>
    <message>
        <source>no key source</source>
        <translation>keine Schlüsselquelle</translation>
    </message>
    <message>
        <source>Received field %1 (from the top) is the topmost that names a connecting IP; no hop names a public IP.</source>
        <translation>Received-Feld %1 (von oben) ist das oberste, das eine verbindende IP nennt; kein Hop nennt eine öffentliche IP.</translation>
    </message>
    <message>
        <source>Received field 1 (the topmost, added by the final receiver) names the connecting IP.</source>
        <translation>Received-Feld 1 (das oberste, vom endgültigen Empfänger hinzugefügt) nennt die verbindende IP.</translation>
    </message>
    <message>
        <source>No Received field names a connecting IP.</source>
        <translation>Kein Received-Feld nennt eine verbindende IP.</translation>
    </message>
    <message>
        <source>The message has no Received field.</source>
        <translation>Die Nachricht hat kein Received-Feld.</translation>
    </message>
    <message>
        <source>Return-Path is &lt;&gt;: the null reverse-path (a bounce), so SPF checks the HELO identity (RFC 7208 §2.4).</source>
        <translation>Return-Path ist &lt;&gt;: der leere Rückweg (ein Bounce), daher prüft SPF die HELO-Identität (RFC 7208 §2.4).</translation>
    </message>
    <message>
        <source>MAIL FROM is the topmost Return-Path.</source>
        <translation>MAIL FROM ist der oberste Return-Path.</translation>
    </message>
    <message>
        <source>The message has no Return-Path: MAIL FROM is not known.</source>
        <translation>Die Nachricht hat keinen Return-Path: MAIL FROM ist unbekannt.</translation>
    </message>
    <message>
        <source>The connecting IP was given: %1.</source>
        <translation>Die verbindende IP wurde angegeben: %1.</translation>
    </message>
    <message>
        <source>The HELO name was given: %1.</source>
        <translation>Der HELO-Name wurde angegeben: %1.</translation>
    </message>
    <message>
        <source>MAIL FROM was given: &lt;%1&gt;.</source>
        <translation>MAIL FROM wurde angegeben: &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>SPF passes for the sending IP</source>
        <translation>SPF besteht für die sendende IP</translation>
    </message>
    <message>
        <source>SPF was not evaluated (the connection is not known)</source>
        <translation>SPF wurde nicht ausgewertet (die Verbindung ist unbekannt)</translation>
    </message>
    <message>
        <source>spf=%1 for %2 (%3) from %4</source>
        <translation>spf=%1 für %2 (%3) von %4</translation>
    </message>
    <message>
        <source>A DKIM signature verifies</source>
        <translation>Eine DKIM-Signatur ist gültig</translation>
    </message>
    <message>
        <source>no DKIM-Signature</source>
        <translation>keine DKIM-Signature</translation>
    </message>
    <message>
        <source>The From domain publishes a DMARC record (p=none at least)</source>
        <translation>Die From-Domain veröffentlicht einen DMARC-Eintrag (mindestens p=none)</translation>
    </message>
    <message>
        <source>_dmarc.%1: %2</source>
        <translation>_dmarc.%1: %2</translation>
    </message>
    <message>
        <source>the DMARC lookup for %1 failed: %2</source>
        <translation>die DMARC-Abfrage für %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>no DMARC record for %1: %2</source>
        <translation>kein DMARC-Eintrag für %1: %2</translation>
    </message>
    <message>
        <source>DMARC passes: the From domain aligns with a passing SPF or DKIM domain</source>
        <translation>DMARC besteht: Die From-Domain ist auf eine bestandene SPF- oder DKIM-Domain ausgerichtet</translation>
    </message>
    <message>
        <source>DKIM aligned (%1)</source>
        <translation>DKIM ausgerichtet (%1)</translation>
    </message>
    <message>
        <source>SPF aligned (%1)</source>
        <translation>SPF ausgerichtet (%1)</translation>
    </message>
    <message>
        <source>dmarc=pass for %1: %2</source>
        <translation>dmarc=pass für %1: %2</translation>
    </message>
    <message>
        <source>dmarc=%1 for %2: %3</source>
        <translation>dmarc=%1 für %2: %3</translation>
    </message>
    <message>
        <source>The sending IP has a PTR record</source>
        <translation>Die sendende IP hat einen PTR-Eintrag</translation>
    </message>
    <message>
        <source>The PTR name resolves back to the sending IP (forward-confirmed reverse DNS)</source>
        <translation>Der PTR-Name löst zurück auf die sendende IP auf (vorwärtsbestätigtes Reverse-DNS)</translation>
    </message>
    <message>
        <source>the sending IP is not known</source>
        <translation>die sendende IP ist unbekannt</translation>
    </message>
    <message>
        <source>PTR of %1: %2</source>
        <translation>PTR von %1: %2</translation>
    </message>
    <message>
        <source>no PTR for %1 (%2)</source>
        <translation>kein PTR für %1 (%2)</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>die Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>no PTR name of %1 resolves back to it</source>
        <translation>kein PTR-Name von %1 löst zurück auf sie auf</translation>
    </message>
    <message>
        <source>%1 → %2 → %1</source>
        <translation>%1 → %2 → %1</translation>
    </message>
    <message>
        <source>The message arrived over TLS</source>
        <translation>Die Nachricht kam über TLS an</translation>
    </message>
    <message>
        <source>the receiving hop is not known</source>
        <translation>der empfangende Hop ist unbekannt</translation>
    </message>
    <message>
        <source>Received by %1 with %2</source>
        <translation>Empfangen von %1 mit %2</translation>
    </message>
    <message>
        <source>One-click unsubscribe: an https List-Unsubscribe URI, List-Unsubscribe-Post: List-Unsubscribe=One-Click, both signed by a passing DKIM signature</source>
        <translation>Abmeldung mit einem Klick: ein https-URI in List-Unsubscribe, List-Unsubscribe-Post: List-Unsubscribe=One-Click, beide von einer bestandenen DKIM-Signatur signiert</translation>
    </message>
    <message>
        <source>no List-Unsubscribe field</source>
        <translation>keine List-Unsubscribe-Kopfzeile</translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI</source>
        <translation>List-Unsubscribe hat keinen https-URI</translation>
    </message>
    <message>
        <source>no List-Unsubscribe-Post field</source>
        <translation>keine List-Unsubscribe-Post-Kopfzeile</translation>
    </message>
    <message>
        <source>%1 List-Unsubscribe-Post fields (one expected)</source>
        <translation>%1 List-Unsubscribe-Post-Kopfzeilen (eine erwartet)</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is &quot;%1&quot;, not exactly &quot;List-Unsubscribe=One-Click&quot;</source>
        <translation>List-Unsubscribe-Post ist &quot;%1&quot;, nicht genau &quot;List-Unsubscribe=One-Click&quot;</translation>
    </message>
    <message>
        <source>no passing DKIM signature covers both List-Unsubscribe and List-Unsubscribe-Post in h=</source>
        <translation>keine bestandene DKIM-Signatur deckt in h= sowohl List-Unsubscribe als auch List-Unsubscribe-Post ab</translation>
    </message>
    <message>
        <source>%1; signed by d=%2 s=%3</source>
        <translation>%1; signiert von d=%2 s=%3</translation>
    </message>
    <message>
        <source>The DKIM key has 1024 bits or more</source>
        <translation>Der DKIM-Schlüssel hat 1024 Bit oder mehr</translation>
    </message>
    <message>
        <source>%1: %2-bit %3 key</source>
        <translation>%1: %2-Bit-%3-Schlüssel</translation>
    </message>
    <message>
        <source>%1: %2-bit key</source>
        <translation>%1: %2-Bit-Schlüssel</translation>
    </message>
    <message>
        <source>no DKIM key was retrieved: %1</source>
        <translation>es wurde kein DKIM-Schlüssel abgerufen: %1</translation>
    </message>
    <message>
        <source>The message conforms to RFC 5322</source>
        <translation>Die Nachricht entspricht RFC 5322</translation>
    </message>
    <message>
        <source>no structure errors</source>
        <translation>keine Strukturfehler</translation>
    </message>
    <message>
        <source>a= is missing</source>
        <translation>a= fehlt</translation>
    </message>
    <message>
        <source>a=%1 is not a known algorithm</source>
        <translation>a=%1 ist kein bekannter Algorithmus</translation>
    </message>
    <message>
        <source>b= is missing</source>
        <translation>b= fehlt</translation>
    </message>
    <message>
        <source>b= is empty or not base64</source>
        <translation>b= ist leer oder kein Base64</translation>
    </message>
    <message>
        <source>d= is missing</source>
        <translation>d= fehlt</translation>
    </message>
    <message>
        <source>d=%1 is not a domain name</source>
        <translation>d=%1 ist kein Domainname</translation>
    </message>
    <message>
        <source>s= is missing</source>
        <translation>s= fehlt</translation>
    </message>
    <message>
        <source>s=%1 is not a valid selector</source>
        <translation>s=%1 ist kein gültiger Selektor</translation>
    </message>
    <message>
        <source>t=%1 is not a timestamp</source>
        <translation>t=%1 ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>bh= is missing</source>
        <translation>bh= fehlt</translation>
    </message>
    <message>
        <source>bh= is empty or not base64</source>
        <translation>bh= ist leer oder kein Base64</translation>
    </message>
    <message>
        <source>c=%1 is not a known canonicalization</source>
        <translation>c=%1 ist keine bekannte Kanonisierung</translation>
    </message>
    <message>
        <source>h= is missing</source>
        <translation>h= fehlt</translation>
    </message>
    <message>
        <source>h= lists ARC-Seal, which an ARC-Message-Signature must not sign</source>
        <translation>h= enthält ARC-Seal, das eine ARC-Message-Signature nicht signieren darf</translation>
    </message>
    <message>
        <source>l=%1 is not a length</source>
        <translation>l=%1 ist keine Länge</translation>
    </message>
    <message>
        <source>x=%1 is not a timestamp</source>
        <translation>x=%1 ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>the ARC-Seal has an h= tag, which RFC 8617 §4.1.3 forbids</source>
        <translation>das ARC-Seal hat ein h=-Tag, was RFC 8617 §4.1.3 verbietet</translation>
    </message>
    <message>
        <source>The message has no ARC sets</source>
        <translation>Die Nachricht hat keine ARC-Sets</translation>
    </message>
    <message>
        <source>ARC chain validates</source>
        <translation>ARC-Kette ist gültig</translation>
    </message>
    <message>
        <source>ARC chain was already marked failed (cv=fail) by the last sealer</source>
        <translation>ARC-Kette wurde bereits vom letzten Versiegler als fehlgeschlagen markiert (cv=fail)</translation>
    </message>
    <message>
        <source>Look at the hop that sealed with cv=fail: it could not validate the chain it received.</source>
        <translation>Prüfen Sie den Hop, der mit cv=fail versiegelt hat: Er konnte die empfangene Kette nicht validieren.</translation>
    </message>
    <message>
        <source>ARC sets are malformed, missing, duplicated or out of sequence</source>
        <translation>ARC-Sets sind fehlerhaft, fehlen, sind doppelt oder nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>Each sealer must add exactly one ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results with the next instance number.</source>
        <translation>Jeder Versiegler muss genau ein ARC-Seal, eine ARC-Message-Signature und ein ARC-Authentication-Results mit der nächsten Instanznummer hinzufügen.</translation>
    </message>
    <message>
        <source>More than 50 ARC sets (or an instance above 50)</source>
        <translation>Mehr als 50 ARC-Sets (oder eine Instanz über 50)</translation>
    </message>
    <message>
        <source>The message is looping between forwarders; find the loop.</source>
        <translation>Die Nachricht kreist zwischen Weiterleitern; finden Sie die Schleife.</translation>
    </message>
    <message>
        <source>The newest ARC-Message-Signature does not verify</source>
        <translation>Die neueste ARC-Message-Signature ist ungültig</translation>
    </message>
    <message>
        <source>The message changed after the last ARC sealer signed it, or its key does not match.</source>
        <translation>Die Nachricht wurde geändert, nachdem der letzte ARC-Versiegler sie signiert hat, oder sein Schlüssel passt nicht.</translation>
    </message>
    <message>
        <source>An ARC-Seal does not verify</source>
        <translation>Ein ARC-Seal ist ungültig</translation>
    </message>
    <message>
        <source>An ARC header field changed after sealing, or the sealer&apos;s key does not match.</source>
        <translation>Eine ARC-Kopfzeile wurde nach dem Versiegeln geändert, oder der Schlüssel des Versieglers passt nicht.</translation>
    </message>
    <message>
        <source>Older ARC-Message-Signatures no longer verify (oldest-pass)</source>
        <translation>Ältere ARC-Message-Signatures sind nicht mehr gültig (oldest-pass)</translation>
    </message>
    <message>
        <source>%1 bytes left out</source>
        <translation>%1 Bytes ausgelassen</translation>
    </message>
    <message>
        <source>%1: reproduces bh=</source>
        <translation>%1: reproduziert bh=</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>l=%1 says the signer hashed %1 canonical body bytes, but the body now has only %2: it was cut or rewritten after signing.</source>
        <translation>l=%1 besagt, dass der Signierer %1 kanonische Body-Bytes gehasht hat, aber der Body hat jetzt nur %2: Er wurde nach dem Signieren gekürzt oder umgeschrieben.</translation>
    </message>
    <message>
        <source>The body (%1 bytes) is larger than the diagnosis limit; no damage pattern was tried.</source>
        <translation>Der Body (%1 Bytes) ist größer als das Diagnoselimit; es wurde kein Schadensmuster versucht.</translation>
    </message>
    <message>
        <source>The signed body is the first %1 bytes (%2 canonical bytes): %3 bytes were appended after signing (a mailing-list footer or a disclaimer?).</source>
        <translation>Der signierte Body sind die ersten %1 Bytes (%2 kanonische Bytes): %3 Bytes wurden nach dem Signieren angehängt (eine Mailinglisten-Fußzeile oder ein Disclaimer?).</translation>
    </message>
    <message>
        <source>The body has LF-only line ends; bh= matches when they are hashed as bare LF. The signer hashed the text before converting line ends to CRLF (RFC 6376 §5.3 requires CRLF), so every verifier that treats LF as CRLF fails.</source>
        <translation>Der Body hat reine LF-Zeilenenden; bh= stimmt überein, wenn sie als bloßes LF gehasht werden. Der Signierer hat den Text gehasht, bevor die Zeilenenden in CRLF umgewandelt wurden (RFC 6376 §5.3 verlangt CRLF), daher schlägt jeder Prüfer fehl, der LF als CRLF behandelt.</translation>
    </message>
    <message>
        <source>bh= matches when spaces and tabs at line ends are removed: trailing whitespace was added after signing, which c=…/simple does not tolerate (c=…/relaxed would).</source>
        <translation>bh= stimmt überein, wenn Leerzeichen und Tabulatoren am Zeilenende entfernt werden: Nach dem Signieren wurden Leerzeichen am Zeilenende hinzugefügt, was c=…/simple nicht toleriert (c=…/relaxed schon).</translation>
    </message>
    <message>
        <source>bh= matches the %1 body canonicalization, not the %2 that c= declares: the signer mislabelled c= or it was changed.</source>
        <translation>bh= passt zur Body-Kanonisierung %1, nicht zu %2, die c= angibt: Der Signierer hat c= falsch angegeben oder es wurde geändert.</translation>
    </message>
    <message>
        <source>bh= matches the decoded body: the signer signed it as 8bit and it was re-encoded as %1 after signing (an 8BITMIME downgrade by a relay?).</source>
        <translation>bh= passt zum dekodierten Body: Der Signierer hat ihn als 8bit signiert, und er wurde nach dem Signieren als %1 neu kodiert (ein 8BITMIME-Downgrade durch ein Relay?).</translation>
    </message>
    <message>
        <source>bh= matches the whole body, not its first l=%1 bytes: the signer ignored its own l=.</source>
        <translation>bh= passt zum gesamten Body, nicht zu seinen ersten l=%1 Bytes: Der Signierer hat sein eigenes l= ignoriert.</translation>
    </message>
    <message>
        <source>No known damage pattern reproduces bh=: the body was changed inside (a rewritten link, a changed character set or line wrapping?). Compare the canonical body below with the sent one.</source>
        <translation>Kein bekanntes Schadensmuster reproduziert bh=: Der Body wurde im Inneren geändert (ein umgeschriebener Link, ein geänderter Zeichensatz oder Zeilenumbruch?). Vergleichen Sie den kanonischen Body unten mit dem gesendeten.</translation>
    </message>
    <message>
        <source>v= is not the first tag of the key record</source>
        <translation>v= ist nicht das erste Tag des Schlüsseleintrags</translation>
    </message>
    <message>
        <source>v=%1 is not DKIM1</source>
        <translation>v=%1 ist nicht DKIM1</translation>
    </message>
    <message>
        <source>h= has an empty entry</source>
        <translation>h= hat einen leeren Eintrag</translation>
    </message>
    <message>
        <source>unknown key type k=%1</source>
        <translation>unbekannter Schlüsseltyp k=%1</translation>
    </message>
    <message>
        <source>the key record has no p= tag</source>
        <translation>der Schlüsseleintrag hat kein p=-Tag</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>das erforderliche Tag %1= fehlt</translation>
    </message>
    <message>
        <source>v=%1 is not a supported version (only v=1 is defined)</source>
        <translation>v=%1 ist keine unterstützte Version (nur v=1 ist definiert)</translation>
    </message>
    <message>
        <source>unknown signing algorithm a=%1</source>
        <translation>unbekannter Signaturalgorithmus a=%1</translation>
    </message>
    <message>
        <source>b= is not valid base64</source>
        <translation>b= ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>bh= is not valid base64</source>
        <translation>bh= ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>c=%1 is not header/body</source>
        <translation>c=%1 ist nicht header/body</translation>
    </message>
    <message>
        <source>unknown canonicalization c=%1</source>
        <translation>unbekannte Kanonisierung c=%1</translation>
    </message>
    <message>
        <source>selector._domainkey.domain is longer than 253 octets</source>
        <translation>selector._domainkey.domain ist länger als 253 Oktette</translation>
    </message>
    <message>
        <source>h= lists more than 1000 header fields</source>
        <translation>h= enthält mehr als 1000 Kopfzeilen</translation>
    </message>
    <message>
        <source>h= has an invalid header field name &quot;%1&quot;</source>
        <translation>h= hat einen ungültigen Kopfzeilennamen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>h= does not include From</source>
        <translation>h= enthält From nicht</translation>
    </message>
    <message>
        <source>i=%1 is not an identity (local-part@domain)</source>
        <translation>i=%1 ist keine Identität (local-part@domain)</translation>
    </message>
    <message>
        <source>the domain of i=%1 is not a domain name</source>
        <translation>die Domain von i=%1 ist kein Domainname</translation>
    </message>
    <message>
        <source>i=%1 is not in d=%2 or a subdomain of it</source>
        <translation>i=%1 liegt nicht in d=%2 oder einer Subdomain davon</translation>
    </message>
    <message>
        <source>l=%1 is not a number</source>
        <translation>l=%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>q=%1 names no supported query method (dns/txt)</source>
        <translation>q=%1 nennt keine unterstützte Abfragemethode (dns/txt)</translation>
    </message>
    <message>
        <source>x= (%1) is before t= (%2)</source>
        <translation>x= (%1) liegt vor t= (%2)</translation>
    </message>
    <message>
        <source>no signing key</source>
        <translation>kein Signaturschlüssel</translation>
    </message>
    <message>
        <source>no message to sign</source>
        <translation>keine Nachricht zum Signieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>&quot;%1&quot; ist kein Domainname</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a selector</source>
        <translation>&quot;%1&quot; ist kein Selektor</translation>
    </message>
    <message>
        <source>rsa-sha1 must not be used for signing (RFC 8301 §3.1)</source>
        <translation>rsa-sha1 darf nicht zum Signieren verwendet werden (RFC 8301 §3.1)</translation>
    </message>
    <message>
        <source>the key is %1, which cannot make %2 signatures</source>
        <translation>der Schlüssel ist %1 und kann keine %2-Signaturen erzeugen</translation>
    </message>
    <message>
        <source>i= must be an address in d= or a subdomain of it</source>
        <translation>i= muss eine Adresse in d= oder einer Subdomain davon sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field name</source>
        <translation>&quot;%1&quot; ist kein Kopfzeilenname</translation>
    </message>
    <message>
        <source>the signed header fields must include From (RFC 6376 §5.4)</source>
        <translation>die signierten Kopfzeilen müssen From enthalten (RFC 6376 §5.4)</translation>
    </message>
    <message>
        <source>internal error: the folded signature changed while adding b=</source>
        <translation>interner Fehler: Die gefaltete Signatur hat sich beim Hinzufügen von b= geändert</translation>
    </message>
    <message>
        <source>more than %1 tags</source>
        <translation>mehr als %1 Tags</translation>
    </message>
    <message>
        <source>empty tag-spec (&quot;;;&quot;) at offset %1</source>
        <translation>leere tag-spec (&quot;;;&quot;) an Offset %1</translation>
    </message>
    <message>
        <source>invalid tag name starting with &quot;%1&quot; at offset %2</source>
        <translation>ungültiger Tag-Name, der mit &quot;%1&quot; beginnt, an Offset %2</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not followed by &quot;=&quot; (offset %2)</source>
        <translation>auf Tag &quot;%1&quot; folgt kein &quot;=&quot; (Offset %2)</translation>
    </message>
    <message>
        <source>control character 0x%1 in the value of tag &quot;%2&quot;</source>
        <translation>Steuerzeichen 0x%1 im Wert des Tags &quot;%2&quot;</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; appears twice</source>
        <translation>Tag &quot;%1&quot; kommt doppelt vor</translation>
    </message>
    <message>
        <source>Signature %1 (d=%2, s=%3, a=%4): %5 — %6</source>
        <translation>Signatur %1 (d=%2, s=%3, a=%4): %5 — %6</translation>
    </message>
    <message>
        <source>DKIM pass with d=%1, aligned (%2)</source>
        <translation>DKIM bestanden mit d=%1, ausgerichtet (%2)</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>gelockert</translation>
    </message>
    <message>
        <source>d=%1 does not align with %2 (%3)</source>
        <translation>d=%1 ist nicht auf %2 ausgerichtet (%3)</translation>
    </message>
    <message>
        <source>aligned, but the DKIM result is %1</source>
        <translation>ausgerichtet, aber das DKIM-Ergebnis ist %1</translation>
    </message>
    <message>
        <source>SPF pass for the MAIL FROM domain %1, aligned (%2)</source>
        <translation>SPF bestanden für die MAIL-FROM-Domain %1, ausgerichtet (%2)</translation>
    </message>
    <message>
        <source>an SPF result for the HELO identity does not count for DMARC (RFC 7489 §4.1)</source>
        <translation>ein SPF-Ergebnis für die HELO-Identität zählt nicht für DMARC (RFC 7489 §4.1)</translation>
    </message>
    <message>
        <source>%1 does not align with %2 (%3)</source>
        <translation>%1 ist nicht auf %2 ausgerichtet (%3)</translation>
    </message>
    <message>
        <source>aligned, but the SPF result is %1</source>
        <translation>ausgerichtet, aber das SPF-Ergebnis ist %1</translation>
    </message>
    <message>
        <source>an aligned %1 pass: DMARC pass</source>
        <translation>ein ausgerichtetes %1-Bestehen: DMARC bestanden</translation>
    </message>
    <message>
        <source>no aligned DKIM or SPF pass: DMARC fail; the policy (%1=%2) asks for %3</source>
        <translation>kein ausgerichtetes DKIM- oder SPF-Bestehen: DMARC fehlgeschlagen; die Richtlinie (%1=%2) verlangt %3</translation>
    </message>
    <message>
        <source>DMARCbis drops pct=: the full policy (%1) would apply%2</source>
        <translation>DMARCbis entfernt pct=: Die volle Richtlinie (%1) würde gelten%2</translation>
    </message>
    <message>
        <source>; pct=0 corresponds to t=y (testing), under which the next-lower policy applies</source>
        <translation>; pct=0 entspricht t=y (Testmodus), bei dem die nächstniedrigere Richtlinie gilt</translation>
    </message>
    <message>
        <source>%1 is dropped: %2 does not authorise reports for %3 (RFC 7489 §7.1)</source>
        <translation>%1 wird verworfen: %2 autorisiert keine Berichte für %3 (RFC 7489 §7.1)</translation>
    </message>
    <message>
        <source>%1 does not exist (no A, AAAA or MX): DMARCbis (and RFC 9091) apply np=%2 instead of sp=</source>
        <translation>%1 existiert nicht (kein A, AAAA oder MX): DMARCbis (und RFC 9091) wenden np=%2 statt sp= an</translation>
    </message>
    <message>
        <source>the DMARC record at _dmarc.%1 is unusable: %2</source>
        <translation>der DMARC-Eintrag unter _dmarc.%1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>the DNS lookup of _dmarc.%1 failed: %2</source>
        <translation>die DNS-Abfrage von _dmarc.%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>_dmarc.%1 has %2 DMARC records: DMARC is not applied (RFC 7489 §6.6.3)</source>
        <translation>_dmarc.%1 hat %2 DMARC-Einträge: DMARC wird nicht angewendet (RFC 7489 §6.6.3)</translation>
    </message>
    <message>
        <source>no DMARC record at _dmarc.%1 or at the organizational domain</source>
        <translation>kein DMARC-Eintrag unter _dmarc.%1 oder bei der Organisationsdomain</translation>
    </message>
    <message>
        <source>no DMARC record at _dmarc.%1</source>
        <translation>kein DMARC-Eintrag unter _dmarc.%1</translation>
    </message>
    <message>
        <source>DMARCbis would walk the DNS tree from %1 upwards instead of using the Public Suffix List; this check used the PSL organizational domain %2</source>
        <translation>DMARCbis würde den DNS-Baum ab %1 aufwärts durchlaufen, statt die Public Suffix List zu verwenden; diese Prüfung hat die PSL-Organisationsdomain %2 verwendet</translation>
    </message>
    <message>
        <source>the From field has no usable address (RFC 7489 §6.6.1)</source>
        <translation>die From-Kopfzeile hat keine verwendbare Adresse (RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>the From field has %1 addresses; DMARC needs exactly one author domain (RFC 7489 §6.6.1)</source>
        <translation>die From-Kopfzeile hat %1 Adressen; DMARC benötigt genau eine Autorendomain (RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>the From address has no domain name (RFC 7489 §6.6.1)</source>
        <translation>die From-Adresse hat keinen Domainnamen (RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>the message has no header section</source>
        <translation>die Nachricht hat keinen Kopfbereich</translation>
    </message>
    <message>
        <source>the message has no From field (RFC 5322 §3.6, RFC 7489 §6.6.1)</source>
        <translation>die Nachricht hat keine From-Kopfzeile (RFC 5322 §3.6, RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>the message has %1 From fields (RFC 5322 §3.6 allows one; RFC 7489 §6.6.1)</source>
        <translation>die Nachricht hat %1 From-Kopfzeilen (RFC 5322 §3.6 erlaubt eine; RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>no usable RFC5322.From domain</source>
        <translation>keine verwendbare RFC5322.From-Domain</translation>
    </message>
    <message>
        <source>DMARC %1 for %2</source>
        <translation>DMARC %1 für %2</translation>
    </message>
    <message>
        <source>DMARCbis would differ</source>
        <translation>DMARCbis würde abweichen</translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;, which is not a URI (RFC 7489 §6.4)</source>
        <translation>%1= enthält &quot;%2&quot;, das kein URI ist (RFC 7489 §6.4)</translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;, a mailto: URI without an address</source>
        <translation>%1= enthält &quot;%2&quot;, einen mailto:-URI ohne Adresse</translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;: only mailto: URIs are used for reports (RFC 7489 §7.1); it is ignored</source>
        <translation>%1= enthält &quot;%2&quot;: Nur mailto:-URIs werden für Berichte verwendet (RFC 7489 §7.1); er wird ignoriert</translation>
    </message>
    <message>
        <source>the record is too long</source>
        <translation>der Eintrag ist zu lang</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>der Eintrag ist leer</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=DMARC1&quot; (RFC 7489 §6.3)</source>
        <translation>der Eintrag beginnt nicht mit &quot;v=DMARC1&quot; (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>%1=%2 is not a valid value (RFC 7489 §6.3)</source>
        <translation>%1=%2 ist kein gültiger Wert (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>%1= has an empty value; the default is kept</source>
        <translation>%1= hat einen leeren Wert; der Standardwert wird beibehalten</translation>
    </message>
    <message>
        <source>the record has no p= tag and no valid rua= (RFC 7489 §6.3, §6.6.3)</source>
        <translation>der Eintrag hat kein p=-Tag und kein gültiges rua= (RFC 7489 §6.3, §6.6.3)</translation>
    </message>
    <message>
        <source>the tag %1= has an invalid value (RFC 7489 §6.3)</source>
        <translation>das Tag %1= hat einen ungültigen Wert (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>system list</source>
        <translation>Systemliste</translation>
    </message>
    <message>
        <source>built-in list</source>
        <translation>eingebaute Liste</translation>
    </message>
    <message>
        <source>custom list</source>
        <translation>benutzerdefinierte Liste</translation>
    </message>
    <message>
        <source>no list (last two labels)</source>
        <translation>keine Liste (letzte zwei Labels)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>kein gültiger DNS-Name</translation>
    </message>
    <message>
        <source>no answer (simulated timeout)</source>
        <translation>keine Antwort (simulierte Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>CNAME chain too long or looping</source>
        <translation>CNAME-Kette zu lang oder zirkulär</translation>
    </message>
    <message>
        <source>void lookup %1 of %2</source>
        <translation>leere Abfrage %1 von %2</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 §4.6.4)</source>
        <translation>mehr als %1 DNS-Abfragen lieferten keine Einträge (Limit für leere Abfragen, RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the DNS lookup of %1 %2 failed: %3 (RFC 7208 §2.6.6)</source>
        <translation>die DNS-Abfrage von %1 %2 ist fehlgeschlagen: %3 (RFC 7208 §2.6.6)</translation>
    </message>
    <message>
        <source>the exp= target is not a valid name; the default explanation is used</source>
        <translation>das exp=-Ziel ist kein gültiger Name; die Standarderklärung wird verwendet</translation>
    </message>
    <message>
        <source>no single TXT record for exp=; the default explanation is used (RFC 7208 §6.2)</source>
        <translation>kein einzelner TXT-Eintrag für exp=; die Standarderklärung wird verwendet (RFC 7208 §6.2)</translation>
    </message>
    <message>
        <source>the exp= text has a macro syntax error; the default explanation is used</source>
        <translation>der exp=-Text hat einen Makro-Syntaxfehler; die Standarderklärung wird verwendet</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; of %2 matched</source>
        <translation>der Term &quot;%1&quot; von %2 hat gepasst</translation>
    </message>
    <message>
        <source>the client address is not an address of any MX host</source>
        <translation>die Client-Adresse ist keine Adresse eines MX-Hosts</translation>
    </message>
    <message>
        <source>no validated PTR name within %1</source>
        <translation>kein validierter PTR-Name innerhalb von %1</translation>
    </message>
    <message>
        <source>no address records</source>
        <translation>keine Adresseinträge</translation>
    </message>
    <message>
        <source>the client address is not among the addresses</source>
        <translation>die Client-Adresse ist nicht unter den Adressen</translation>
    </message>
    <message>
        <source>the name has no A record</source>
        <translation>der Name hat keinen A-Eintrag</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>keine MX-Einträge</translation>
    </message>
    <message>
        <source>%1 MX records: more than %2 names to look up (RFC 7208 §4.6.4)</source>
        <translation>%1 MX-Einträge: mehr als %2 Namen abzufragen (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the PTR lookup failed: no match (RFC 7208 §5.5)</source>
        <translation>die PTR-Abfrage ist fehlgeschlagen: keine Übereinstimmung (RFC 7208 §5.5)</translation>
    </message>
    <message>
        <source>no PTR records</source>
        <translation>keine PTR-Einträge</translation>
    </message>
    <message>
        <source>only the first %1 PTR names are checked (RFC 7208 §4.6.4)</source>
        <translation>nur die ersten %1 PTR-Namen werden geprüft (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the included record gave %1: no match</source>
        <translation>der eingebundene Eintrag ergab %1: keine Übereinstimmung</translation>
    </message>
    <message>
        <source>include:%1 has no SPF record (RFC 7208 §5.2)</source>
        <translation>include:%1 hat keinen SPF-Eintrag (RFC 7208 §5.2)</translation>
    </message>
    <message>
        <source>the client address is outside the network</source>
        <translation>die Client-Adresse liegt außerhalb des Netzes</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect; RFC 7208 §4.6.4)</source>
        <translation>mehr als %1 DNS-abfragende Terme (include, a, mx, ptr, exists, redirect; RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the include target &quot;%1&quot; is not a valid domain name</source>
        <translation>das include-Ziel &quot;%1&quot; ist kein gültiger Domainname</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is not a valid domain name: no match</source>
        <translation>das Ziel &quot;%1&quot; ist kein gültiger Domainname: keine Übereinstimmung</translation>
    </message>
    <message>
        <source>the redirect target &quot;%1&quot; is not a valid domain name (RFC 7208 §6.1)</source>
        <translation>das redirect-Ziel &quot;%1&quot; ist kein gültiger Domainname (RFC 7208 §6.1)</translation>
    </message>
    <message>
        <source>redirect=%1 has no SPF record (RFC 7208 §6.1)</source>
        <translation>redirect=%1 hat keinen SPF-Eintrag (RFC 7208 §6.1)</translation>
    </message>
    <message>
        <source>no mechanism of %1 matched and there is no redirect=: neutral (RFC 7208 §4.7)</source>
        <translation>kein Mechanismus von %1 hat gepasst und es gibt kein redirect=: neutral (RFC 7208 §4.7)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable domain name (RFC 7208 §4.3)</source>
        <translation>&quot;%1&quot; ist kein verwendbarer Domainname (RFC 7208 §4.3)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN): no SPF record</source>
        <translation>%1 existiert nicht (NXDOMAIN): kein SPF-Eintrag</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (RFC 7208 §4.5)</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag (RFC 7208 §4.5)</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)</source>
        <translation>%1 veröffentlicht %2 SPF-Einträge; genau einer ist erlaubt (RFC 7208 §4.5)</translation>
    </message>
    <message>
        <source>syntax error in the SPF record of %1 at &quot;%2&quot;: %3</source>
        <translation>Syntaxfehler im SPF-Eintrag von %1 bei &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>The sender is not authorised by the SPF policy of the domain.</source>
        <translation>Der Absender ist durch die SPF-Richtlinie der Domain nicht autorisiert.</translation>
    </message>
    <message>
        <source>SPF %1 for %2</source>
        <translation>SPF %1 für %2</translation>
    </message>
    <message>
        <source>a &quot;%&quot; at the end of a macro-string (RFC 7208 §7.1)</source>
        <translation>ein &quot;%&quot; am Ende eines macro-string (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>&quot;%%1&quot; is not a macro (RFC 7208 §7.1)</source>
        <translation>&quot;%%1&quot; ist kein Makro (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>the macro letter &quot;%1&quot; is allowed only in exp= text (RFC 7208 §7.2)</source>
        <translation>der Makrobuchstabe &quot;%1&quot; ist nur im exp=-Text erlaubt (RFC 7208 §7.2)</translation>
    </message>
    <message>
        <source>unknown macro letter (RFC 7208 §7.2)</source>
        <translation>unbekannter Makrobuchstabe (RFC 7208 §7.2)</translation>
    </message>
    <message>
        <source>a macro transformer of 0 parts (RFC 7208 §7.3)</source>
        <translation>ein Makro-Transformer mit 0 Teilen (RFC 7208 §7.3)</translation>
    </message>
    <message>
        <source>an unterminated or malformed macro (RFC 7208 §7.1)</source>
        <translation>ein nicht abgeschlossenes oder fehlerhaftes Makro (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>a character not allowed in a macro-string (RFC 7208 §7.1)</source>
        <translation>ein in einem macro-string nicht erlaubtes Zeichen (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>a malformed modifier &quot;%1&quot; (RFC 7208 §4.6.1)</source>
        <translation>ein fehlerhafter Modifikator &quot;%1&quot; (RFC 7208 §4.6.1)</translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot; (RFC 7208 §5)</source>
        <translation>unbekannter Mechanismus &quot;%1&quot; (RFC 7208 §5)</translation>
    </message>
    <message>
        <source>a malformed CIDR length in &quot;%1&quot; (RFC 7208 §5.6)</source>
        <translation>eine fehlerhafte CIDR-Länge in &quot;%1&quot; (RFC 7208 §5.6)</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument (RFC 7208 §5.1)</source>
        <translation>&quot;all&quot; nimmt kein Argument (RFC 7208 §5.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a domain-spec (RFC 7208 §5)</source>
        <translation>&quot;%1&quot; benötigt eine domain-spec (RFC 7208 §5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address (RFC 7208 §5.6)</source>
        <translation>&quot;%1&quot; benötigt eine Adresse (RFC 7208 §5.6)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 address (RFC 7208 §5.6)</source>
        <translation>&quot;%1&quot; ist keine gültige %2-Adresse (RFC 7208 §5.6)</translation>
    </message>
    <message>
        <source>an empty domain-spec (RFC 7208 §7.1)</source>
        <translation>eine leere domain-spec (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>the domain-spec does not end in &quot;.&quot; and a top-level label (RFC 7208 §7.1)</source>
        <translation>die domain-spec endet nicht auf &quot;.&quot; und ein Top-Level-Label (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>the domain-spec does not end in a valid top-level label (RFC 7208 §7.1)</source>
        <translation>die domain-spec endet nicht auf ein gültiges Top-Level-Label (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot; (RFC 7208 §4.5)</source>
        <translation>der Eintrag beginnt nicht mit &quot;v=spf1&quot; (RFC 7208 §4.5)</translation>
    </message>
    <message>
        <source>the modifier %1= appears more than once (RFC 7208 §6)</source>
        <translation>der Modifikator %1= kommt mehr als einmal vor (RFC 7208 §6)</translation>
    </message>
    <message>
        <source>Received field %1 (from the top) was added by %2, the trusted authserv-id of the Authentication-Results: it records the connection that receiver checked.</source>
        <translation>Received-Feld %1 (von oben) wurde von %2 hinzugefügt, der vertrauenswürdigen authserv-id der Authentication-Results: Es hält die Verbindung fest, die dieser Empfänger geprüft hat.</translation>
    </message>
    <message>
        <source>Received field %1 (from the top) is where the message entered the receiving organisation; the %2 field(s) above it record the receiver&apos;s internal relays or local delivery.</source>
        <translation>Mit Received-Feld %1 (von oben) hat die Nachricht die empfangende Organisation erreicht; die %2 Feld(er) darüber halten interne Relays oder die lokale Zustellung des Empfängers fest.</translation>
    </message>
    <message>
        <source>SPF could not be evaluated: a DNS lookup failed</source>
        <translation>SPF konnte nicht ausgewertet werden: Eine DNS-Abfrage ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::ArcVerifier</name>
    <message>
        <source>The message carries no ARC header fields.</source>
        <translation>Die Nachricht enthält keine ARC-Kopfzeilen.</translation>
    </message>
    <message>
        <source>the value does not start with &quot;i=N;&quot;</source>
        <translation>der Wert beginnt nicht mit &quot;i=N;&quot;</translation>
    </message>
    <message>
        <source>%1 at line %2 has no valid instance i= (1–50)</source>
        <translation>%1 in Zeile %2 hat keine gültige Instanz i= (1–50)</translation>
    </message>
    <message>
        <source>more than one %1 with i=%2 (lines %3 and %4)</source>
        <translation>mehr als ein %1 mit i=%2 (Zeilen %3 und %4)</translation>
    </message>
    <message>
        <source>The ARC-Seal with the highest instance (i=%1) has cv=fail: the chain failed before this message arrived.</source>
        <translation>Das ARC-Seal mit der höchsten Instanz (i=%1) hat cv=fail: Die Kette ist fehlgeschlagen, bevor diese Nachricht ankam.</translation>
    </message>
    <message>
        <source>The message has ARC fields with instance %1 or more ARC header fields than 50 sets can hold; at most 50 ARC sets are allowed.</source>
        <translation>Die Nachricht hat ARC-Felder mit Instanz %1 oder mehr ARC-Kopfzeilen, als 50 Sets aufnehmen können; höchstens 50 ARC-Sets sind erlaubt.</translation>
    </message>
    <message>
        <source>set i=%1 has no %2</source>
        <translation>Set i=%1 hat kein %2</translation>
    </message>
    <message>
        <source>the ARC-Seal i=%1 is malformed: %2</source>
        <translation>das ARC-Seal i=%1 ist fehlerhaft: %2</translation>
    </message>
    <message>
        <source>the ARC-Seal i=%1 has cv=%2; it must be cv=%3</source>
        <translation>das ARC-Seal i=%1 hat cv=%2; es muss cv=%3 sein</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>The ARC chain is not well formed: %1.</source>
        <translation>Die ARC-Kette ist nicht wohlgeformt: %1.</translation>
    </message>
    <message>
        <source>the ARC-Message-Signature is malformed: %1</source>
        <translation>die ARC-Message-Signature ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>the ARC-Message-Signature expired (x=%1)</source>
        <translation>die ARC-Message-Signature ist abgelaufen (x=%1)</translation>
    </message>
    <message>
        <source>the ARC-Seal is malformed: %1</source>
        <translation>das ARC-Seal ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>AMS: %1</source>
        <translation>AMS: %1</translation>
    </message>
    <message>
        <source>AS: %1</source>
        <translation>AS: %1</translation>
    </message>
    <message>
        <source>The ARC-Message-Signature i=%1 (d=%2, s=%3) does not verify: %4</source>
        <translation>Die ARC-Message-Signature i=%1 (d=%2, s=%3) ist ungültig: %4</translation>
    </message>
    <message>
        <source>The ARC-Seal i=%1 (d=%2, s=%3) does not verify: %4</source>
        <translation>Das ARC-Seal i=%1 (d=%2, s=%3) ist ungültig: %4</translation>
    </message>
    <message>
        <source>The single ARC set (i=1, sealed by %1) validates.</source>
        <translation>Das einzige ARC-Set (i=1, versiegelt von %1) ist gültig.</translation>
    </message>
    <message>
        <source>All %1 ARC sets validate; the newest was sealed by %2.</source>
        <translation>Alle %1 ARC-Sets sind gültig; das neueste wurde von %2 versiegelt.</translation>
    </message>
    <message>
        <source>oldest-pass is %1: the ARC-Message-Signature of hop %2 (%3) no longer verifies, so the message changed after that hop; the results recorded by hops %1 and later describe the message as received.</source>
        <translation>oldest-pass ist %1: Die ARC-Message-Signature von Hop %2 (%3) ist nicht mehr gültig, also wurde die Nachricht nach diesem Hop geändert; die von Hop %1 und späteren protokollierten Ergebnisse beschreiben die Nachricht wie empfangen.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimCrypto</name>
    <message>
        <source>the public key is empty or too large</source>
        <translation>der öffentliche Schlüssel ist leer oder zu groß</translation>
    </message>
    <message>
        <source>an ed25519 key must be 32 octets, p= has %1 (RFC 8463 §4)</source>
        <translation>ein ed25519-Schlüssel muss 32 Oktette lang sein, p= hat %1 (RFC 8463 §4)</translation>
    </message>
    <message>
        <source>p= is not a usable ed25519 key</source>
        <translation>p= ist kein verwendbarer ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>p= is not an RSA public key (neither SubjectPublicKeyInfo nor RSAPublicKey)</source>
        <translation>p= ist kein öffentlicher RSA-Schlüssel (weder SubjectPublicKeyInfo noch RSAPublicKey)</translation>
    </message>
    <message>
        <source>p= holds a key of another type than k=rsa</source>
        <translation>p= enthält einen Schlüssel eines anderen Typs als k=rsa</translation>
    </message>
    <message>
        <source>the private key file is empty or too large</source>
        <translation>die Datei mit dem privaten Schlüssel ist leer oder zu groß</translation>
    </message>
    <message>
        <source>the PEM data holds no readable (unencrypted) private key</source>
        <translation>die PEM-Daten enthalten keinen lesbaren (unverschlüsselten) privaten Schlüssel</translation>
    </message>
    <message>
        <source>not a PEM (PKCS#8 or PKCS#1) private key, a DER key or a base64 ed25519 seed</source>
        <translation>kein privater PEM-Schlüssel (PKCS#8 oder PKCS#1), kein DER-Schlüssel und kein base64-ed25519-Seed</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with this key</source>
        <translation>OpenSSL konnte mit diesem Schlüssel nicht signieren</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimPrivateKey</name>
    <message>
        <source>the key is neither RSA nor ed25519</source>
        <translation>der Schlüssel ist weder RSA noch ed25519</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimVerifier</name>
    <message>
        <source>the signature expired at %1 (x=%2); verification time %3</source>
        <translation>die Signatur ist um %1 abgelaufen (x=%2); Prüfzeitpunkt %3</translation>
    </message>
    <message>
        <source>t=%1 (%2) is %3 seconds after the verification time</source>
        <translation>t=%1 (%2) liegt %3 Sekunden nach dem Prüfzeitpunkt</translation>
    </message>
    <message>
        <source>l=%1: the last %2 canonical body bytes are not covered by the signature and could have been added by anyone.</source>
        <translation>l=%1: Die letzten %2 kanonischen Body-Bytes sind nicht von der Signatur abgedeckt und könnten von jedem hinzugefügt worden sein.</translation>
    </message>
    <message>
        <source>l=%1: the signature covers the body by length; content appended later would still pass.</source>
        <translation>l=%1: Die Signatur deckt den Body nur über seine Länge ab; später angehängter Inhalt würde weiterhin bestehen.</translation>
    </message>
    <message>
        <source>%1 occurs %2 times but h= lists it %3 times: the topmost %4 (line %5) is not signed and may have been added after signing; mail readers usually show the topmost one.</source>
        <translation>%1 kommt %2-mal vor, aber h= führt es %3-mal auf: Das oberste %4 (Zeile %5) ist nicht signiert und wurde möglicherweise nach dem Signieren hinzugefügt; E-Mail-Programme zeigen meist das oberste an.</translation>
    </message>
    <message>
        <source>Only the first %1 DKIM-Signature fields were evaluated.</source>
        <translation>Nur die ersten %1 DKIM-Signature-Kopfzeilen wurden ausgewertet.</translation>
    </message>
    <message>
        <source>no key record at %1 (%2)</source>
        <translation>kein Schlüsseleintrag unter %1 (%2)</translation>
    </message>
    <message>
        <source>no TXT record at %1</source>
        <translation>kein TXT-Eintrag unter %1</translation>
    </message>
    <message>
        <source>the key record at %1 is unusable: %2</source>
        <translation>der Schlüsseleintrag unter %1 ist unbrauchbar: %2</translation>
    </message>
    <message>
        <source>the key at %1 is revoked (empty p=)</source>
        <translation>der Schlüssel unter %1 ist widerrufen (leeres p=)</translation>
    </message>
    <message>
        <source>the key is k=%1 but the signature is a=%2</source>
        <translation>der Schlüssel ist k=%1, aber die Signatur ist a=%2</translation>
    </message>
    <message>
        <source>the key allows h=%1 only, the signature uses %2</source>
        <translation>der Schlüssel erlaubt nur h=%1, die Signatur verwendet %2</translation>
    </message>
    <message>
        <source>the key&apos;s s=%1 does not include email</source>
        <translation>s=%1 des Schlüssels enthält email nicht</translation>
    </message>
    <message>
        <source>the key has t=s but i=%1 is in a subdomain of d=%2</source>
        <translation>der Schlüssel hat t=s, aber i=%1 liegt in einer Subdomain von d=%2</translation>
    </message>
    <message>
        <source>the key at %1: %2</source>
        <translation>der Schlüssel unter %1: %2</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; verifiers must not accept keys under 1024 bits</source>
        <translation>der RSA-Schlüssel hat %1 Bit; Prüfer dürfen keine Schlüssel unter 1024 Bit akzeptieren</translation>
    </message>
    <message>
        <source>l=%1 but the canonical body has only %2 bytes</source>
        <translation>l=%1, aber der kanonische Body hat nur %2 Bytes</translation>
    </message>
    <message>
        <source>the %1 body hash is %2 but bh= is %3</source>
        <translation>der %1-Body-Hash ist %2, aber bh= ist %3</translation>
    </message>
    <message>
        <source>the body hash matches, but the signature over the signed header fields does not verify with the key at %1: a signed header field changed after signing, or the key does not match</source>
        <translation>der Body-Hash stimmt, aber die Signatur über die signierten Kopfzeilen lässt sich mit dem Schlüssel unter %1 nicht verifizieren: Eine signierte Kopfzeile wurde nach dem Signieren geändert, oder der Schlüssel passt nicht</translation>
    </message>
    <message>
        <source>the signature is cryptographically valid, but rsa-sha1 must not be considered valid (RFC 8301 §3.1)</source>
        <translation>die Signatur ist kryptografisch gültig, aber rsa-sha1 darf nicht als gültig gelten (RFC 8301 §3.1)</translation>
    </message>
    <message>
        <source>the signature verifies, but the RSA key has %1 bits, under the configured %2</source>
        <translation>die Signatur ist gültig, aber der RSA-Schlüssel hat %1 Bit, weniger als die eingestellten %2</translation>
    </message>
    <message>
        <source>the key at %1 has t=y: the domain is testing DKIM; receivers may treat the signature as unsigned</source>
        <translation>der Schlüssel unter %1 hat t=y: Die Domain testet DKIM; Empfänger können die Signatur als nicht signiert behandeln</translation>
    </message>
    <message>
        <source>verified with the %1-bit %2 key at %3</source>
        <translation>verifiziert mit dem %1-Bit-%2-Schlüssel unter %3</translation>
    </message>
    <message>
        <source>No DKIM-Signature header field: DKIM gives the result none.</source>
        <translation>Keine DKIM-Signature-Kopfzeile: DKIM liefert das Ergebnis none.</translation>
    </message>
    <message>
        <source>the key lookup for %1 failed: %2</source>
        <translation>die Schlüsselabfrage für %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::MessageAuthResult</name>
    <message>
        <source>Give the connection with --ip, --helo and --mail-from (or open a message with its Received and Return-Path fields).</source>
        <translation>Geben Sie die Verbindung mit --ip, --helo und --mail-from an (oder öffnen Sie eine Nachricht mit ihren Received- und Return-Path-Kopfzeilen).</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::Scorecard</name>
    <message>
        <source>Bulk-sender requirement not met: %1</source>
        <translation>Anforderung für Massenversender nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>Required by %1.</source>
        <translation>Erforderlich für %1.</translation>
    </message>
    <message>
        <source>Bulk-sender rows not decided: %1</source>
        <translation>Nicht entschiedene Zeilen für Massenversender: %1</translation>
    </message>
    <message>
        <source>The message or DNS did not say enough (no connecting IP, no receiving hop, a DNS error).</source>
        <translation>Die Nachricht oder das DNS lieferte nicht genug Angaben (keine verbindende IP, kein empfangender Hop, ein DNS-Fehler).</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns</name>
    <message>
        <source>malformed answer: %1</source>
        <translation>fehlerhafte Antwort: %1</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>der Server antwortete %1</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>Antwort erhalten</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>der Name existiert nicht (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the name exists but has no record of this type (NODATA)</source>
        <translation>der Name existiert, hat aber keinen Eintrag dieses Typs (NODATA)</translation>
    </message>
    <message>
        <source>the server failed to answer (SERVFAIL)</source>
        <translation>der Server konnte nicht antworten (SERVFAIL)</translation>
    </message>
    <message>
        <source>the server refused the query (REFUSED)</source>
        <translation>der Server hat die Abfrage abgelehnt (REFUSED)</translation>
    </message>
    <message>
        <source>no answer before the timeout</source>
        <translation>keine Antwort vor Ablauf der Zeitüberschreitung</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>die Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS server address (IP[:PORT], [IPv6]:PORT)</source>
        <translation>&apos;%1&apos; ist keine DNS-Serveradresse (IP[:PORT], [IPv6]:PORT)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns::Resolver</name>
    <message>
        <source>the c-ares library could not be initialised</source>
        <translation>die c-ares-Bibliothek konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>c-ares: %1</source>
        <translation>c-ares: %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms (%3 × %4 ms)</source>
        <translation>keine Antwort von %1 innerhalb von %2 ms (%3 × %4 ms)</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>keine Antwort von %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>&apos;%1&apos; ist kein gültiger Domainname</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns::ZoneParser</name>
    <message>
        <source>too many problems; the rest of the file is ignored</source>
        <translation>zu viele Probleme; der Rest der Datei wird ignoriert</translation>
    </message>
    <message>
        <source>unbalanced parenthesis: &apos;(&apos; is never closed; the record is ignored</source>
        <translation>unausgeglichene Klammer: &apos;(&apos; wird nie geschlossen; der Eintrag wird ignoriert</translation>
    </message>
    <message>
        <source>nested parenthesis</source>
        <translation>verschachtelte Klammer</translation>
    </message>
    <message>
        <source>unbalanced parenthesis: &apos;)&apos; without &apos;(&apos;</source>
        <translation>unausgeglichene Klammer: &apos;)&apos; ohne &apos;(&apos;</translation>
    </message>
    <message>
        <source>escape \%1 is not a byte value</source>
        <translation>Escape \%1 ist kein Bytewert</translation>
    </message>
    <message>
        <source>a \DDD escape needs three digits</source>
        <translation>ein \DDD-Escape benötigt drei Ziffern</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>a domain name cannot be a quoted string</source>
        <translation>ein Domainname kann keine Zeichenkette in Anführungszeichen sein</translation>
    </message>
    <message>
        <source>&apos;@&apos; used but no $ORIGIN is set</source>
        <translation>&apos;@&apos; verwendet, aber kein $ORIGIN gesetzt</translation>
    </message>
    <message>
        <source>relative name &apos;%1&apos; but no $ORIGIN is set</source>
        <translation>relativer Name &apos;%1&apos;, aber kein $ORIGIN gesetzt</translation>
    </message>
    <message>
        <source>invalid domain name &apos;%1&apos; (empty label, label over 63 or name over 253 characters)</source>
        <translation>ungültiger Domainname &apos;%1&apos; (leeres Label, Label über 63 oder Name über 253 Zeichen)</translation>
    </message>
    <message>
        <source>$ORIGIN takes one domain name</source>
        <translation>$ORIGIN nimmt einen Domainnamen</translation>
    </message>
    <message>
        <source>invalid $ORIGIN</source>
        <translation>ungültiges $ORIGIN</translation>
    </message>
    <message>
        <source>$TTL takes one TTL value</source>
        <translation>$TTL nimmt einen TTL-Wert</translation>
    </message>
    <message>
        <source>%1 is not supported in an overlay</source>
        <translation>%1 wird in einem Overlay nicht unterstützt</translation>
    </message>
    <message>
        <source>unknown directive %1</source>
        <translation>unbekannte Direktive %1</translation>
    </message>
    <message>
        <source>the record has no owner name and there is no previous one</source>
        <translation>der Eintrag hat keinen Besitzernamen, und es gibt keinen vorherigen</translation>
    </message>
    <message>
        <source>invalid TTL &apos;%1&apos;</source>
        <translation>ungültige TTL &apos;%1&apos;</translation>
    </message>
    <message>
        <source>class %1 is not supported (only IN)</source>
        <translation>Klasse %1 wird nicht unterstützt (nur IN)</translation>
    </message>
    <message>
        <source>record type missing</source>
        <translation>Eintragstyp fehlt</translation>
    </message>
    <message>
        <source>record type %1 is not supported in an overlay; record ignored</source>
        <translation>Eintragstyp %1 wird in einem Overlay nicht unterstützt; Eintrag ignoriert</translation>
    </message>
    <message>
        <source>%1 record: RDATA incomplete</source>
        <translation>%1-Eintrag: RDATA unvollständig</translation>
    </message>
    <message>
        <source>%1 record: unexpected data after the RDATA</source>
        <translation>%1-Eintrag: unerwartete Daten nach den RDATA</translation>
    </message>
    <message>
        <source>A record: &apos;%1&apos; is not an IPv4 address</source>
        <translation>A-Eintrag: &apos;%1&apos; ist keine IPv4-Adresse</translation>
    </message>
    <message>
        <source>AAAA record: &apos;%1&apos; is not an IPv6 address</source>
        <translation>AAAA-Eintrag: &apos;%1&apos; ist keine IPv6-Adresse</translation>
    </message>
    <message>
        <source>MX record: preference must be 0..65535</source>
        <translation>MX-Eintrag: Präferenz muss 0..65535 sein</translation>
    </message>
    <message>
        <source>TXT record: no character-string</source>
        <translation>TXT-Eintrag: keine character-string</translation>
    </message>
    <message>
        <source>TXT record: a character-string is %1 bytes, the limit is 255; split it into several quoted strings (they are joined without a separator)</source>
        <translation>TXT-Eintrag: Eine character-string hat %1 Bytes, das Limit ist 255; teilen Sie sie in mehrere Zeichenketten in Anführungszeichen auf (sie werden ohne Trennzeichen verbunden)</translation>
    </message>
    <message>
        <source>more than %1 records; the rest of the file is ignored</source>
        <translation>mehr als %1 Einträge; der Rest der Datei wird ignoriert</translation>
    </message>
    <message>
        <source>invalid origin</source>
        <translation>ungültiger Ursprung</translation>
    </message>
    <message>
        <source>the zone text is larger than %1 bytes</source>
        <translation>der Zonentext ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>record with more than %1 fields ignored</source>
        <translation>Eintrag mit mehr als %1 Feldern ignoriert</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Domain</name>
    <message>
        <source>the required tag p= is missing; receivers act as if p=none (RFC 7489 §6.3, §6.6.3)</source>
        <translation>das erforderliche Tag p= fehlt; Empfänger verhalten sich wie bei p=none (RFC 7489 §6.3, §6.6.3)</translation>
    </message>
    <message>
        <source>tag %1 appears more than once; the last value is used</source>
        <translation>Tag %1 kommt mehr als einmal vor; der letzte Wert wird verwendet</translation>
    </message>
    <message>
        <source>what-if overlay</source>
        <translation>Was-wäre-wenn-Overlay</translation>
    </message>
    <message>
        <source>%1, cached</source>
        <translation>%1, zwischengespeichert</translation>
    </message>
    <message>
        <source>%1, %2 ms</source>
        <translation>%1, %2 ms</translation>
    </message>
    <message>
        <source>MX and reverse DNS</source>
        <translation>MX und Reverse-DNS</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation>DKIM-Schlüssel</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>Domain and DNSSEC</source>
        <translation>Domain und DNSSEC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the record of %2</source>
        <translation>&apos;%1&apos; im Eintrag von %2</translation>
    </message>
    <message>
        <source>no domain given</source>
        <translation>keine Domain angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>&apos;%1&apos; ist kein gültiger Domainname</translation>
    </message>
    <message>
        <source>generic (cPanel, Plesk, many hosts)</source>
        <translation>allgemein (cPanel, Plesk, viele Hoster)</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>Mailchimp / Mandrill</source>
        <translation>Mailchimp / Mandrill</translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation>SendGrid</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>allgemein</translation>
    </message>
    <message>
        <source>no resolver</source>
        <translation>kein Resolver</translation>
    </message>
    <message>
        <source>No DNS resolver available</source>
        <translation>Kein DNS-Resolver verfügbar</translation>
    </message>
    <message>
        <source>MX hosts resolve and have forward-confirmed reverse DNS</source>
        <translation>MX-Hosts werden aufgelöst und haben vorwärtsbestätigtes Reverse-DNS</translation>
    </message>
    <message numerus="yes">
        <source>%n MX host(s): %1.</source>
        <translation>
            <numerusform>%n MX-Host: %1.</numerusform>
            <numerusform>%n MX-Hosts: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No DKIM key at the common selectors tried</source>
        <translation>Kein DKIM-Schlüssel bei den versuchten üblichen Selektoren</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n guessed selector(s) has a key. That says nothing about the selectors this domain really uses.</source>
        <translation>
            <numerusform>Der %n geratene Selektor hat keinen Schlüssel. Das sagt nichts über die Selektoren aus, die diese Domain tatsächlich verwendet.</numerusform>
            <numerusform>Keiner der %n geratenen Selektoren hat einen Schlüssel. Das sagt nichts über die Selektoren aus, die diese Domain tatsächlich verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --selector, taken from the s= tag of a DKIM-Signature of a real message.</source>
        <translation>Führen Sie die Prüfung erneut mit --selector aus, entnommen aus dem s=-Tag einer DKIM-Signature einer echten Nachricht.</translation>
    </message>
    <message>
        <source>The lookup of %1 %2 failed: %3. The %4 check could not be completed; this is not the same as &quot;no record&quot;.</source>
        <translation>Die Abfrage von %1 %2 ist fehlgeschlagen: %3. Die %4-Prüfung konnte nicht abgeschlossen werden; das ist nicht dasselbe wie &quot;kein Eintrag&quot;.</translation>
    </message>
    <message>
        <source>DNS lookup failed: %1 %2 (%3)</source>
        <translation>DNS-Abfrage fehlgeschlagen: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s name servers answer; run the audit again.</source>
        <translation>Prüfen Sie, ob die Nameserver der Domain antworten; führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>%1 has no address (A: %2, AAAA: %3)</source>
        <translation>%1 hat keine Adresse (A: %2, AAAA: %3)</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation>die Antwort ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Kein MX-Eintrag</translation>
    </message>
    <message>
        <source>%1 has no MX record: senders fall back to its A/AAAA address (implicit MX), and bounces to this domain may not be deliverable.</source>
        <translation>%1 hat keinen MX-Eintrag: Absender weichen auf seine A/AAAA-Adresse aus (implizites MX), und Bounces an diese Domain sind möglicherweise nicht zustellbar.</translation>
    </message>
    <message>
        <source>Publish MX records, or a null MX (&quot;0 .&quot;, RFC 7505) if the domain receives no mail.</source>
        <translation>Veröffentlichen Sie MX-Einträge oder ein Null-MX (&quot;0 .&quot;, RFC 7505), wenn die Domain keine E-Mails empfängt.</translation>
    </message>
    <message>
        <source>Null MX: the domain accepts no mail</source>
        <translation>Null-MX: Die Domain nimmt keine E-Mails an</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it receives no mail, and mail from it can get no bounces; receivers may reject mail whose envelope sender uses it.</source>
        <translation>%1 veröffentlicht ein Null-MX (RFC 7505): Sie empfängt keine E-Mails, und E-Mails von ihr können keine Bounces erhalten; Empfänger können E-Mails ablehnen, deren Umschlagabsender sie verwendet.</translation>
    </message>
    <message>
        <source>Malformed null MX</source>
        <translation>Fehlerhaftes Null-MX</translation>
    </message>
    <message>
        <source>A null MX must be the only MX record and have preference 0; here it is mixed with %1 record(s) or has another preference.</source>
        <translation>Ein Null-MX muss der einzige MX-Eintrag sein und die Präferenz 0 haben; hier ist es mit %1 Einträgen gemischt oder hat eine andere Präferenz.</translation>
    </message>
    <message>
        <source>Publish either &quot;0 .&quot; alone or real MX hosts.</source>
        <translation>Veröffentlichen Sie entweder nur &quot;0 .&quot; oder echte MX-Hosts.</translation>
    </message>
    <message>
        <source>MX host listed twice: %1</source>
        <translation>MX-Host doppelt aufgeführt: %1</translation>
    </message>
    <message>
        <source>%1 appears in more than one MX record; the duplicates add nothing.</source>
        <translation>%1 kommt in mehr als einem MX-Eintrag vor; die Duplikate bringen nichts.</translation>
    </message>
    <message>
        <source>Remove the duplicate record.</source>
        <translation>Entfernen Sie den doppelten Eintrag.</translation>
    </message>
    <message>
        <source>MX points at an address: %1</source>
        <translation>MX zeigt auf eine Adresse: %1</translation>
    </message>
    <message>
        <source>An MX exchange must be a host name; senders look up %1 as a name and fail.</source>
        <translation>Ein MX-Exchange muss ein Hostname sein; Absender fragen %1 als Namen ab und scheitern.</translation>
    </message>
    <message>
        <source>Point the MX at a host name with A/AAAA records.</source>
        <translation>Lassen Sie das MX auf einen Hostnamen mit A/AAAA-Einträgen zeigen.</translation>
    </message>
    <message>
        <source>Only one MX host</source>
        <translation>Nur ein MX-Host</translation>
    </message>
    <message>
        <source>All mail goes to %1; senders queue and retry while it is down.</source>
        <translation>Alle E-Mails gehen an %1; Absender stellen sie in die Warteschlange und versuchen es erneut, solange er ausgefallen ist.</translation>
    </message>
    <message>
        <source>MX host is a CNAME: %1</source>
        <translation>MX-Host ist ein CNAME: %1</translation>
    </message>
    <message>
        <source>%1 is an alias of %2; an MX must name a host with its own address records.</source>
        <translation>%1 ist ein Alias von %2; ein MX muss einen Host mit eigenen Adresseinträgen nennen.</translation>
    </message>
    <message>
        <source>Point the MX record at %1 directly.</source>
        <translation>Lassen Sie den MX-Eintrag direkt auf %1 zeigen.</translation>
    </message>
    <message>
        <source>MX host has no address: %1</source>
        <translation>MX-Host hat keine Adresse: %1</translation>
    </message>
    <message>
        <source>%1 has neither A nor AAAA records: mail to this MX cannot be delivered.</source>
        <translation>%1 hat weder A- noch AAAA-Einträge: E-Mails an dieses MX können nicht zugestellt werden.</translation>
    </message>
    <message>
        <source>Publish A/AAAA records for %1 or remove the MX.</source>
        <translation>Veröffentlichen Sie A/AAAA-Einträge für %1 oder entfernen Sie das MX.</translation>
    </message>
    <message>
        <source>MX host has a non-public address: %1 %2</source>
        <translation>MX-Host hat eine nicht öffentliche Adresse: %1 %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2 (loopback, private or link-local): other hosts on the Internet cannot reach it.</source>
        <translation>%1 wird zu %2 aufgelöst (Loopback, privat oder link-lokal): Andere Hosts im Internet können ihn nicht erreichen.</translation>
    </message>
    <message>
        <source>No reverse DNS for MX address %1</source>
        <translation>Kein Reverse-DNS für MX-Adresse %1</translation>
    </message>
    <message>
        <source>%1 (of MX %2) has no PTR record; many receivers distrust hosts without reverse DNS.</source>
        <translation>%1 (von MX %2) hat keinen PTR-Eintrag; viele Empfänger misstrauen Hosts ohne Reverse-DNS.</translation>
    </message>
    <message>
        <source>Ask the owner of %1 to publish a PTR naming %2.</source>
        <translation>Bitten Sie den Inhaber von %1, einen PTR zu veröffentlichen, der %2 nennt.</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 is not forward-confirmed</source>
        <translation>Reverse-DNS von %1 ist nicht vorwärtsbestätigt</translation>
    </message>
    <message>
        <source>%1 has PTR %2, but that name does not resolve back to %1.</source>
        <translation>%1 hat den PTR %2, aber dieser Name löst nicht zurück auf %1 auf.</translation>
    </message>
    <message>
        <source>Make the PTR name&apos;s A/AAAA record include %1.</source>
        <translation>Sorgen Sie dafür, dass der A/AAAA-Eintrag des PTR-Namens %1 enthält.</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>Kein SPF-Eintrag</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (a TXT record starting with &quot;v=spf1&quot;): receivers get SPF &quot;none&quot; and cannot tell its servers from forgers. SPF records of type 99 are obsolete and not consulted (RFC 7208 §3.1).</source>
        <translation>%1 veröffentlicht keinen SPF-Eintrag (einen TXT-Eintrag, der mit &quot;v=spf1&quot; beginnt): Empfänger erhalten SPF &quot;none&quot; und können seine Server nicht von Fälschern unterscheiden. SPF-Einträge vom Typ 99 sind veraltet und werden nicht berücksichtigt (RFC 7208 §3.1).</translation>
    </message>
    <message>
        <source>Publish a TXT record such as &quot;v=spf1 mx -all&quot; listing every server that sends for the domain.</source>
        <translation>Veröffentlichen Sie einen TXT-Eintrag wie &quot;v=spf1 mx -all&quot;, der jeden Server aufführt, der für die Domain sendet.</translation>
    </message>
    <message>
        <source>%1 target without SPF record: %2</source>
        <translation>%1-Ziel ohne SPF-Eintrag: %2</translation>
    </message>
    <message>
        <source>%1 of %2 names %3, which has no SPF record: evaluation ends in PermError for everyone.</source>
        <translation>%1 von %2 nennt %3, das keinen SPF-Eintrag hat: Die Auswertung endet für alle in PermError.</translation>
    </message>
    <message>
        <source>Fix or remove the %1.</source>
        <translation>Korrigieren oder entfernen Sie das %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n SPF records at %1</source>
        <translation>
            <numerusform>%n SPF-Eintrag unter %1</numerusform>
            <numerusform>%n SPF-Einträge unter %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more than one &quot;v=spf1&quot; record: SPF evaluation ends in PermError.</source>
        <translation>%1 hat mehr als einen &quot;v=spf1&quot;-Eintrag: Die SPF-Auswertung endet in PermError.</translation>
    </message>
    <message>
        <source>Merge them into one record.</source>
        <translation>Führen Sie sie zu einem Eintrag zusammen.</translation>
    </message>
    <message>
        <source>SPF syntax error at %1</source>
        <translation>SPF-Syntaxfehler bei %1</translation>
    </message>
    <message>
        <source>The SPF record of %1 is invalid (evaluation ends in PermError): %2</source>
        <translation>Der SPF-Eintrag von %1 ist ungültig (die Auswertung endet in PermError): %2</translation>
    </message>
    <message>
        <source>Correct the record.</source>
        <translation>Korrigieren Sie den Eintrag.</translation>
    </message>
    <message>
        <source>Long SPF record at %1 (%2 bytes)</source>
        <translation>Langer SPF-Eintrag bei %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>The record is longer than %1 bytes; with other TXT records the answer may not fit a 512-byte UDP response.</source>
        <translation>Der Eintrag ist länger als %1 Bytes; zusammen mit anderen TXT-Einträgen passt die Antwort eventuell nicht in eine 512-Byte-UDP-Antwort.</translation>
    </message>
    <message>
        <source>Move ranges into an include or shorten the record.</source>
        <translation>Verschieben Sie Bereiche in ein include oder kürzen Sie den Eintrag.</translation>
    </message>
    <message>
        <source>Mechanisms after &quot;all&quot; at %1</source>
        <translation>Mechanismen nach &quot;all&quot; bei %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes after &quot;all&quot; and is never evaluated.</source>
        <translation>&apos;%1&apos; steht nach &quot;all&quot; und wird nie ausgewertet.</translation>
    </message>
    <message>
        <source>Move &quot;all&quot; to the end.</source>
        <translation>Verschieben Sie &quot;all&quot; ans Ende.</translation>
    </message>
    <message>
        <source>SPF allows every host: &quot;%1&quot; at %2</source>
        <translation>SPF erlaubt jeden Host: &quot;%1&quot; bei %2</translation>
    </message>
    <message>
        <source>&quot;+all&quot; makes SPF pass for any sender on the Internet%1.</source>
        <translation>&quot;+all&quot; lässt SPF für jeden Absender im Internet bestehen%1.</translation>
    </message>
    <message>
        <source> (reached through %1 from %2)</source>
        <translation> (erreicht über %1 von %2)</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation>Beenden Sie den Eintrag mit &quot;-all&quot; oder &quot;~all&quot;.</translation>
    </message>
    <message>
        <source>SPF ends in &quot;?all&quot; at %1</source>
        <translation>SPF endet auf &quot;?all&quot; bei %1</translation>
    </message>
    <message>
        <source>&quot;?all&quot; gives no verdict for unlisted hosts: the record does not protect the domain.</source>
        <translation>&quot;?all&quot; liefert kein Ergebnis für nicht aufgeführte Hosts: Der Eintrag schützt die Domain nicht.</translation>
    </message>
    <message>
        <source>Use &quot;~all&quot; or &quot;-all&quot;.</source>
        <translation>Verwenden Sie &quot;~all&quot; oder &quot;-all&quot;.</translation>
    </message>
    <message>
        <source>SPF uses &quot;ptr&quot; at %1</source>
        <translation>SPF verwendet &quot;ptr&quot; bei %1</translation>
    </message>
    <message>
        <source>The ptr mechanism is slow and unreliable and SHOULD NOT be used; some receivers ignore it.</source>
        <translation>Der ptr-Mechanismus ist langsam und unzuverlässig und SOLLTE NICHT verwendet werden; manche Empfänger ignorieren ihn.</translation>
    </message>
    <message>
        <source>Replace it with ip4/ip6 or a mechanisms.</source>
        <translation>Ersetzen Sie ihn durch ip4/ip6- oder a-Mechanismen.</translation>
    </message>
    <message>
        <source>redirect ignored at %1</source>
        <translation>redirect bei %1 ignoriert</translation>
    </message>
    <message>
        <source>The record has an &quot;all&quot; mechanism, so &apos;%1&apos; is never used.</source>
        <translation>Der Eintrag hat einen &quot;all&quot;-Mechanismus, daher wird &apos;%1&apos; nie verwendet.</translation>
    </message>
    <message>
        <source>Remove either &quot;all&quot; or the redirect.</source>
        <translation>Entfernen Sie entweder &quot;all&quot; oder das redirect.</translation>
    </message>
    <message>
        <source>SPF include loop: %1</source>
        <translation>SPF-include-Schleife: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the record of %2 leads back to %3 (path: %4): evaluation ends in PermError.</source>
        <translation>&apos;%1&apos; im Eintrag von %2 führt zurück zu %3 (Pfad: %4): Die Auswertung endet in PermError.</translation>
    </message>
    <message>
        <source>Remove the circular include.</source>
        <translation>Entfernen Sie das zirkuläre include.</translation>
    </message>
    <message>
        <source>SPF tree not fully walked</source>
        <translation>SPF-Baum nicht vollständig durchlaufen</translation>
    </message>
    <message>
        <source>The include tree is deeper than %1 or larger than %2 records; the rest was not looked up.</source>
        <translation>Der include-Baum ist tiefer als %1 oder größer als %2 Einträge; der Rest wurde nicht abgefragt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than 10 MX hosts</source>
        <translation>&quot;%1&quot; nennt mehr als 10 MX-Hosts</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; the mx mechanism allows at most 10 (PermError).</source>
        <translation>%1 hat %2 MX-Einträge; der mx-Mechanismus erlaubt höchstens 10 (PermError).</translation>
    </message>
    <message>
        <source>SPF record without &quot;all&quot; at %1</source>
        <translation>SPF-Eintrag ohne &quot;all&quot; bei %1</translation>
    </message>
    <message>
        <source>The record ends without &quot;all&quot; or redirect: unlisted hosts get &quot;neutral&quot;.</source>
        <translation>Der Eintrag endet ohne &quot;all&quot; oder redirect: Nicht aufgeführte Hosts erhalten &quot;neutral&quot;.</translation>
    </message>
    <message>
        <source>SPF needs %1 DNS lookups (limit 10)</source>
        <translation>SPF benötigt %1 DNS-Abfragen (Limit 10)</translation>
    </message>
    <message>
        <source>Evaluating the SPF record of %1 takes %2 DNS-querying terms; above 10 the result is PermError. The 11th lookup is %3.</source>
        <translation>Die Auswertung des SPF-Eintrags von %1 erfordert %2 DNS-abfragende Terme; über 10 ist das Ergebnis PermError. Die 11. Abfrage ist %3.</translation>
    </message>
    <message>
        <source>Replace includes by ip4/ip6 ranges, drop unused includes, or split senders across subdomains.</source>
        <translation>Ersetzen Sie includes durch ip4/ip6-Bereiche, entfernen Sie ungenutzte includes oder verteilen Sie Absender auf Subdomains.</translation>
    </message>
    <message>
        <source>SPF uses %1 of 10 DNS lookups</source>
        <translation>SPF verwendet %1 von 10 DNS-Abfragen</translation>
    </message>
    <message>
        <source>One more include may push the record over the limit.</source>
        <translation>Ein weiteres include könnte den Eintrag über das Limit bringen.</translation>
    </message>
    <message>
        <source>SPF has %1 void lookups (limit 2)</source>
        <translation>SPF hat %1 leere Abfragen (Limit 2)</translation>
    </message>
    <message>
        <source>%1 terms of the SPF tree query names with no records (NXDOMAIN or no data); receivers return PermError after two.</source>
        <translation>%1 Terme des SPF-Baums fragen Namen ohne Einträge ab (NXDOMAIN oder keine Daten); Empfänger liefern nach zweien PermError.</translation>
    </message>
    <message>
        <source>Remove terms pointing at names that do not exist.</source>
        <translation>Entfernen Sie Terme, die auf nicht existierende Namen zeigen.</translation>
    </message>
    <message>
        <source>SPF has %1 void lookup(s)</source>
        <translation>SPF hat %1 leere Abfrage(n)</translation>
    </message>
    <message>
        <source>Terms of the SPF tree query names with no records; more than two make SPF fail.</source>
        <translation>Terme des SPF-Baums fragen Namen ohne Einträge ab; mehr als zwei lassen SPF fehlschlagen.</translation>
    </message>
    <message>
        <source>SPF record valid (%1 of 10 lookups)</source>
        <translation>SPF-Eintrag gültig (%1 von 10 Abfragen)</translation>
    </message>
    <message>
        <source>One SPF record, valid syntax, within the lookup limits, ending in &quot;%1&quot;.</source>
        <translation>Ein SPF-Eintrag, gültige Syntax, innerhalb der Abfragelimits, endet auf &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n DMARC records</source>
        <translation>
            <numerusform>%n DMARC-Eintrag</numerusform>
            <numerusform>%n DMARC-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>_dmarc.%1 has more than one v=DMARC1 record: receivers apply no DMARC policy.</source>
        <translation>_dmarc.%1 hat mehr als einen v=DMARC1-Eintrag: Empfänger wenden keine DMARC-Richtlinie an.</translation>
    </message>
    <message>
        <source>Keep exactly one record.</source>
        <translation>Behalten Sie genau einen Eintrag.</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>Kein DMARC-Eintrag</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record at _dmarc.%1: receivers apply no policy to mail forging it, and Gmail and Yahoo require one from bulk senders.</source>
        <translation>%1 veröffentlicht keinen DMARC-Eintrag unter _dmarc.%1: Empfänger wenden auf E-Mails, die sie fälschen, keine Richtlinie an, und Gmail und Yahoo verlangen einen von Massenversendern.</translation>
    </message>
    <message>
        <source>Publish &quot;v=DMARC1; p=none; rua=mailto:…&quot; to start monitoring, then move to quarantine/reject.</source>
        <translation>Veröffentlichen Sie &quot;v=DMARC1; p=none; rua=mailto:…&quot;, um mit der Überwachung zu beginnen, und wechseln Sie dann zu quarantine/reject.</translation>
    </message>
    <message>
        <source>_dmarc.%1 (the organizational domain) has more than one v=DMARC1 record: no policy applies.</source>
        <translation>_dmarc.%1 (die Organisationsdomain) hat mehr als einen v=DMARC1-Eintrag: Es gilt keine Richtlinie.</translation>
    </message>
    <message>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record: receivers apply no policy.</source>
        <translation>Weder %1 noch seine Organisationsdomain %2 veröffentlicht einen DMARC-Eintrag: Empfänger wenden keine Richtlinie an.</translation>
    </message>
    <message>
        <source>Publish &quot;v=DMARC1; p=none; rua=mailto:…&quot; at _dmarc.%1.</source>
        <translation>Veröffentlichen Sie &quot;v=DMARC1; p=none; rua=mailto:…&quot; unter _dmarc.%1.</translation>
    </message>
    <message>
        <source>DMARC policy inherited from %1</source>
        <translation>DMARC-Richtlinie von %1 geerbt</translation>
    </message>
    <message>
        <source>%1 has no record of its own; receivers use the record of its organizational domain %2 (Public Suffix List: %3), whose sp= (else p=) applies. DMARCbis replaces the PSL by a DNS tree walk, which finds the same record here.</source>
        <translation>%1 hat keinen eigenen Eintrag; Empfänger verwenden den Eintrag seiner Organisationsdomain %2 (Public Suffix List: %3), deren sp= (sonst p=) gilt. DMARCbis ersetzt die PSL durch einen DNS-Baumdurchlauf, der hier denselben Eintrag findet.</translation>
    </message>
    <message>
        <source>Invalid DMARC record</source>
        <translation>Ungültiger DMARC-Eintrag</translation>
    </message>
    <message>
        <source>The record at %1 cannot be used: %2</source>
        <translation>Der Eintrag unter %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>DMARC tag problem: %1</source>
        <translation>DMARC-Tag-Problem: %1</translation>
    </message>
    <message>
        <source>syntax</source>
        <translation>Syntax</translation>
    </message>
    <message>
        <source>%1; receivers ignore the value and use the default.</source>
        <translation>%1; Empfänger ignorieren den Wert und verwenden den Standardwert.</translation>
    </message>
    <message>
        <source>Correct the tag.</source>
        <translation>Korrigieren Sie das Tag.</translation>
    </message>
    <message>
        <source>Unknown DMARC tag(s): %1</source>
        <translation>Unbekannte DMARC-Tags: %1</translation>
    </message>
    <message>
        <source>Receivers ignore unknown tags; a misspelled tag (&quot;rue=&quot; for &quot;rua=&quot;) silently does nothing.</source>
        <translation>Empfänger ignorieren unbekannte Tags; ein falsch geschriebenes Tag (&quot;rue=&quot; statt &quot;rua=&quot;) bewirkt stillschweigend nichts.</translation>
    </message>
    <message>
        <source>Fix or remove the tag.</source>
        <translation>Korrigieren oder entfernen Sie das Tag.</translation>
    </message>
    <message>
        <source>DMARC policy is none (monitoring only)</source>
        <translation>DMARC-Richtlinie ist none (nur Überwachung)</translation>
    </message>
    <message>
        <source>p=none asks receivers to take no action on mail that fails DMARC: forged mail from %1 is still delivered.</source>
        <translation>p=none bittet Empfänger, bei E-Mails, die DMARC nicht bestehen, nichts zu unternehmen: Gefälschte E-Mails von %1 werden weiterhin zugestellt.</translation>
    </message>
    <message>
        <source>Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.</source>
        <translation>Sobald die Sammelberichte zeigen, dass alle legitimen E-Mails ausgerichtet sind, wechseln Sie zu p=quarantine und dann zu p=reject.</translation>
    </message>
    <message>
        <source>Subdomains are not protected (sp=none)</source>
        <translation>Subdomains sind nicht geschützt (sp=none)</translation>
    </message>
    <message>
        <source>The policy is %1 for %2 but none for its subdomains.</source>
        <translation>Die Richtlinie ist %1 für %2, aber none für ihre Subdomains.</translation>
    </message>
    <message>
        <source>DMARC policy applied to %1% of mail</source>
        <translation>DMARC-Richtlinie auf %1% der E-Mails angewendet</translation>
    </message>
    <message>
        <source>pct=%1: the %2 policy covers only part of the failing mail.</source>
        <translation>pct=%1: Die %2-Richtlinie deckt nur einen Teil der fehlschlagenden E-Mails ab.</translation>
    </message>
    <message>
        <source>Raise pct to 100 (or drop it).</source>
        <translation>Erhöhen Sie pct auf 100 (oder entfernen Sie es).</translation>
    </message>
    <message>
        <source>Tags DMARCbis removes: %1</source>
        <translation>Von DMARCbis entfernte Tags: %1</translation>
    </message>
    <message>
        <source>DMARCbis drops pct (replaced by t=y for testing), rf and ri; receivers following it ignore them.</source>
        <translation>DMARCbis entfernt pct (ersetzt durch t=y zum Testen), rf und ri; Empfänger, die ihm folgen, ignorieren sie.</translation>
    </message>
    <message>
        <source>No aggregate reports requested (rua=)</source>
        <translation>Keine Sammelberichte angefordert (rua=)</translation>
    </message>
    <message>
        <source>Without rua= nobody receives the aggregate reports that show who sends as %1.</source>
        <translation>Ohne rua= erhält niemand die Sammelberichte, die zeigen, wer als %1 sendet.</translation>
    </message>
    <message>
        <source>Add rua=mailto:… pointing at a mailbox or a DMARC report service.</source>
        <translation>Fügen Sie rua=mailto:… hinzu, das auf ein Postfach oder einen DMARC-Berichtsdienst zeigt.</translation>
    </message>
    <message>
        <source>External report destination %1 authorized</source>
        <translation>Externes Berichtsziel %1 autorisiert</translation>
    </message>
    <message>
        <source>%1 accepts DMARC reports for %2.</source>
        <translation>%1 nimmt DMARC-Berichte für %2 an.</translation>
    </message>
    <message>
        <source>External report destination %1 not authorized</source>
        <translation>Externes Berichtsziel %1 nicht autorisiert</translation>
    </message>
    <message>
        <source>Reports go to %1, outside %2, but %1 does not publish %3 TXT &quot;v=DMARC1&quot;: receivers will not send them there.</source>
        <translation>Berichte gehen an %1, außerhalb von %2, aber %1 veröffentlicht kein %3 TXT &quot;v=DMARC1&quot;: Empfänger senden sie nicht dorthin.</translation>
    </message>
    <message>
        <source>Ask the operator of %1 to publish the authorization record, or report to an address in your own domain.</source>
        <translation>Bitten Sie den Betreiber von %1, den Autorisierungseintrag zu veröffentlichen, oder senden Sie Berichte an eine Adresse in Ihrer eigenen Domain.</translation>
    </message>
    <message>
        <source>DMARC policy %1</source>
        <translation>DMARC-Richtlinie %1</translation>
    </message>
    <message>
        <source>Receivers are asked to %1 mail that fails DMARC.</source>
        <translation>Empfänger werden gebeten, E-Mails, die DMARC nicht bestehen, mit %1 zu behandeln.</translation>
    </message>
    <message>
        <source>No DKIM selector given: trying common ones</source>
        <translation>Kein DKIM-Selektor angegeben: übliche werden versucht</translation>
    </message>
    <message>
        <source>DKIM keys can only be found by selector. Tried a guess list of common provider selectors: %1.</source>
        <translation>DKIM-Schlüssel können nur über den Selektor gefunden werden. Es wurde eine Liste üblicher Anbieter-Selektoren versucht: %1.</translation>
    </message>
    <message>
        <source>Pass --selector with the s= value of a DKIM-Signature of a real message.</source>
        <translation>Übergeben Sie --selector mit dem s=-Wert einer DKIM-Signature einer echten Nachricht.</translation>
    </message>
    <message>
        <source>Invalid selector: %1</source>
        <translation>Ungültiger Selektor: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid DNS name.</source>
        <translation>%1 ist kein gültiger DNS-Name.</translation>
    </message>
    <message>
        <source>%1 (guessed: %2)</source>
        <translation>%1 (geraten: %2)</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>Kein DKIM-Schlüssel für Selektor %1</translation>
    </message>
    <message>
        <source>%1 has no TXT record: signatures with s=%2 fail (no key).</source>
        <translation>%1 hat keinen TXT-Eintrag: Signaturen mit s=%2 schlagen fehl (kein Schlüssel).</translation>
    </message>
    <message>
        <source>Publish the public key of selector %1.</source>
        <translation>Veröffentlichen Sie den öffentlichen Schlüssel von Selektor %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n TXT records for selector %1</source>
        <translation>
            <numerusform>%n TXT-Eintrag für Selektor %1</numerusform>
            <numerusform>%n TXT-Einträge für Selektor %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifiers may pick any of them; results are unpredictable.</source>
        <translation>Prüfer können einen beliebigen davon wählen; die Ergebnisse sind unvorhersehbar.</translation>
    </message>
    <message>
        <source>Unknown DKIM key type k=%1: %2</source>
        <translation>Unbekannter DKIM-Schlüsseltyp k=%1: %2</translation>
    </message>
    <message>
        <source>Verifiers know k=rsa and k=ed25519 only.</source>
        <translation>Prüfer kennen nur k=rsa und k=ed25519.</translation>
    </message>
    <message>
        <source>DKIM key revoked: %1</source>
        <translation>DKIM-Schlüssel widerrufen: %1</translation>
    </message>
    <message>
        <source>p= is empty: the key of selector %1 is revoked and every signature using it fails.</source>
        <translation>p= ist leer: Der Schlüssel von Selektor %1 ist widerrufen, und jede Signatur, die ihn verwendet, schlägt fehl.</translation>
    </message>
    <message>
        <source>Fine if the selector is retired; make sure no sender still signs with it.</source>
        <translation>In Ordnung, wenn der Selektor stillgelegt ist; stellen Sie sicher, dass kein Absender mehr damit signiert.</translation>
    </message>
    <message>
        <source>Invalid DKIM key record: %1</source>
        <translation>Ungültiger DKIM-Schlüsseleintrag: %1</translation>
    </message>
    <message>
        <source>Publish the record exactly as the signer generated it (base64 key in p=).</source>
        <translation>Veröffentlichen Sie den Eintrag genau so, wie der Signierer ihn erzeugt hat (Base64-Schlüssel in p=).</translation>
    </message>
    <message>
        <source>k=%1 but p= holds a %2 key: %3</source>
        <translation>k=%1, aber p= enthält einen %2-Schlüssel: %3</translation>
    </message>
    <message>
        <source>The key type declared and the key published differ: signatures fail.</source>
        <translation>Der angegebene Schlüsseltyp und der veröffentlichte Schlüssel unterscheiden sich: Signaturen schlagen fehl.</translation>
    </message>
    <message>
        <source>%1-bit RSA DKIM key: %2</source>
        <translation>%1-Bit-RSA-DKIM-Schlüssel: %2</translation>
    </message>
    <message>
        <source>RSA keys under 1024 bits must not be used; verifiers treat such signatures as failing.</source>
        <translation>RSA-Schlüssel unter 1024 Bit dürfen nicht verwendet werden; Prüfer behandeln solche Signaturen als fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit RSA key.</source>
        <translation>Wechseln Sie zu einem 2048-Bit-RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>1024-bit RSA is the minimum; 2048 bits are recommended and expected by large receivers.</source>
        <translation>1024-Bit-RSA ist das Minimum; 2048 Bit werden empfohlen und von großen Empfängern erwartet.</translation>
    </message>
    <message>
        <source>DKIM key in testing mode (t=y): %1</source>
        <translation>DKIM-Schlüssel im Testmodus (t=y): %1</translation>
    </message>
    <message>
        <source>Verifiers must not treat mail differently because of a failing signature with this key.</source>
        <translation>Prüfer dürfen E-Mails wegen einer fehlschlagenden Signatur mit diesem Schlüssel nicht anders behandeln.</translation>
    </message>
    <message>
        <source>Remove t=y once signing works.</source>
        <translation>Entfernen Sie t=y, sobald das Signieren funktioniert.</translation>
    </message>
    <message>
        <source>Key allows no SHA-256 (h=%1): %2</source>
        <translation>Schlüssel erlaubt kein SHA-256 (h=%1): %2</translation>
    </message>
    <message>
        <source>Signatures with rsa-sha256 are refused for this key; rsa-sha1 must not be used.</source>
        <translation>Signaturen mit rsa-sha256 werden für diesen Schlüssel abgelehnt; rsa-sha1 darf nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Drop h= or set h=sha256.</source>
        <translation>Entfernen Sie h= oder setzen Sie h=sha256.</translation>
    </message>
    <message>
        <source>Key not for email (s=%1): %2</source>
        <translation>Schlüssel nicht für E-Mail (s=%1): %2</translation>
    </message>
    <message>
        <source>s= does not include email or *: the key cannot verify mail.</source>
        <translation>s= enthält weder email noch *: Der Schlüssel kann keine E-Mails verifizieren.</translation>
    </message>
    <message>
        <source>Drop s= or set s=email.</source>
        <translation>Entfernen Sie s= oder setzen Sie s=email.</translation>
    </message>
    <message>
        <source>DKIM key %1: %2 %3 bits</source>
        <translation>DKIM-Schlüssel %1: %2 %3 Bit</translation>
    </message>
    <message>
        <source>The key record of selector %1 is valid.</source>
        <translation>Der Schlüsseleintrag von Selektor %1 ist gültig.</translation>
    </message>
    <message>
        <source>No MTA-STS</source>
        <translation>Kein MTA-STS</translation>
    </message>
    <message>
        <source>%1 publishes no _mta-sts record: senders may deliver to it without TLS or with any certificate.</source>
        <translation>%1 veröffentlicht keinen _mta-sts-Eintrag: Absender können ohne TLS oder mit beliebigem Zertifikat an die Domain zustellen.</translation>
    </message>
    <message>
        <source>Publish _mta-sts TXT &quot;v=STSv1; id=…&quot; and a policy at https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation>Veröffentlichen Sie _mta-sts TXT &quot;v=STSv1; id=…&quot; und eine Richtlinie unter https://mta-sts.%1/.well-known/mta-sts.txt.</translation>
    </message>
    <message numerus="yes">
        <source>%n MTA-STS records</source>
        <translation>
            <numerusform>%n MTA-STS-Eintrag</numerusform>
            <numerusform>%n MTA-STS-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one v=STSv1 record senders assume no MTA-STS policy.</source>
        <translation>Bei mehr als einem v=STSv1-Eintrag nehmen Absender keine MTA-STS-Richtlinie an.</translation>
    </message>
    <message>
        <source>Invalid _mta-sts record</source>
        <translation>Ungültiger _mta-sts-Eintrag</translation>
    </message>
    <message>
        <source>Publish &quot;v=STSv1; id=YYYYMMDDhhmmss&quot;.</source>
        <translation>Veröffentlichen Sie &quot;v=STSv1; id=YYYYMMDDhhmmss&quot;.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>MTA-STS policy could not be fetched</source>
        <translation>MTA-STS-Richtlinie konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>GET %1 failed: %2. Senders treat the domain as having no valid policy (redirects are not followed).</source>
        <translation>GET %1 ist fehlgeschlagen: %2. Absender behandeln die Domain so, als hätte sie keine gültige Richtlinie (Weiterleitungen werden nicht verfolgt).</translation>
    </message>
    <message>
        <source>Serve the policy over HTTPS with a valid certificate for the mta-sts host, status 200.</source>
        <translation>Stellen Sie die Richtlinie über HTTPS mit einem gültigen Zertifikat für den mta-sts-Host und Status 200 bereit.</translation>
    </message>
    <message>
        <source>MTA-STS policy served as %1</source>
        <translation>MTA-STS-Richtlinie als %1 ausgeliefert</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>The policy must be served as text/plain.</source>
        <translation>Die Richtlinie muss als text/plain ausgeliefert werden.</translation>
    </message>
    <message>
        <source>Set Content-Type: text/plain.</source>
        <translation>Setzen Sie Content-Type: text/plain.</translation>
    </message>
    <message>
        <source>Invalid MTA-STS policy</source>
        <translation>Ungültige MTA-STS-Richtlinie</translation>
    </message>
    <message>
        <source>Fix the policy file: version, mode, mx and max_age lines.</source>
        <translation>Korrigieren Sie die Richtliniendatei: Zeilen version, mode, mx und max_age.</translation>
    </message>
    <message>
        <source>MTA-STS in testing mode</source>
        <translation>MTA-STS im Testmodus</translation>
    </message>
    <message>
        <source>Senders report failures (TLS-RPT) but still deliver without valid TLS.</source>
        <translation>Absender melden Fehler (TLS-RPT), stellen aber weiterhin ohne gültiges TLS zu.</translation>
    </message>
    <message>
        <source>Switch to mode: enforce once reports are clean.</source>
        <translation>Wechseln Sie zu mode: enforce, sobald die Berichte sauber sind.</translation>
    </message>
    <message>
        <source>MTA-STS mode none</source>
        <translation>MTA-STS-Modus none</translation>
    </message>
    <message>
        <source>mode: none withdraws the policy; senders apply nothing.</source>
        <translation>mode: none zieht die Richtlinie zurück; Absender wenden nichts an.</translation>
    </message>
    <message>
        <source>MTA-STS max_age of %1 s</source>
        <translation>MTA-STS max_age von %1 s</translation>
    </message>
    <message>
        <source>A policy cached for less than a day protects little against downgrade attacks; weeks are recommended.</source>
        <translation>Eine weniger als einen Tag zwischengespeicherte Richtlinie schützt kaum gegen Downgrade-Angriffe; Wochen werden empfohlen.</translation>
    </message>
    <message>
        <source>Use max_age: 604800 or more.</source>
        <translation>Verwenden Sie max_age: 604800 oder mehr.</translation>
    </message>
    <message>
        <source>MX host(s) not in the MTA-STS policy: %1</source>
        <translation>MX-Host(s) nicht in der MTA-STS-Richtlinie: %1</translation>
    </message>
    <message>
        <source>In enforce mode senders refuse to deliver to MX hosts the policy does not list.</source>
        <translation>Im enforce-Modus verweigern Absender die Zustellung an MX-Hosts, die die Richtlinie nicht aufführt.</translation>
    </message>
    <message>
        <source>In enforce mode senders would refuse to deliver to these MX hosts.</source>
        <translation>Im enforce-Modus würden Absender die Zustellung an diese MX-Hosts verweigern.</translation>
    </message>
    <message>
        <source>Add an mx: line for each MX host (or a *.domain pattern).</source>
        <translation>Fügen Sie für jeden MX-Host eine mx:-Zeile hinzu (oder ein *.domain-Muster).</translation>
    </message>
    <message>
        <source>MTA-STS enforced</source>
        <translation>MTA-STS wird durchgesetzt</translation>
    </message>
    <message>
        <source>Valid policy in enforce mode covering every MX host, max_age %1 s.</source>
        <translation>Gültige Richtlinie im enforce-Modus, die jeden MX-Host abdeckt, max_age %1 s.</translation>
    </message>
    <message>
        <source>No TLS-RPT record</source>
        <translation>Kein TLS-RPT-Eintrag</translation>
    </message>
    <message>
        <source>%1 receives no reports about failed TLS deliveries (_smtp._tls TXT).</source>
        <translation>%1 erhält keine Berichte über fehlgeschlagene TLS-Zustellungen (_smtp._tls TXT).</translation>
    </message>
    <message>
        <source>Publish _smtp._tls TXT &quot;v=TLSRPTv1; rua=mailto:…&quot;.</source>
        <translation>Veröffentlichen Sie _smtp._tls TXT &quot;v=TLSRPTv1; rua=mailto:…&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n TLS-RPT records</source>
        <translation>
            <numerusform>%n TLS-RPT-Eintrag</numerusform>
            <numerusform>%n TLS-RPT-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one record senders send no reports.</source>
        <translation>Bei mehr als einem Eintrag senden Absender keine Berichte.</translation>
    </message>
    <message>
        <source>Invalid TLS-RPT record</source>
        <translation>Ungültiger TLS-RPT-Eintrag</translation>
    </message>
    <message>
        <source>TLS-RPT reports go to %1</source>
        <translation>TLS-RPT-Berichte gehen an %1</translation>
    </message>
    <message>
        <source>Senders report TLS delivery problems.</source>
        <translation>Absender melden TLS-Zustellprobleme.</translation>
    </message>
    <message>
        <source>No BIMI record</source>
        <translation>Kein BIMI-Eintrag</translation>
    </message>
    <message>
        <source>No default._bimi record: no brand logo is shown by mailbox providers that support BIMI.</source>
        <translation>Kein default._bimi-Eintrag: Postfachanbieter, die BIMI unterstützen, zeigen kein Markenlogo an.</translation>
    </message>
    <message numerus="yes">
        <source>%n BIMI records</source>
        <translation>
            <numerusform>%n BIMI-Eintrag</numerusform>
            <numerusform>%n BIMI-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one record no logo is shown.</source>
        <translation>Bei mehr als einem Eintrag wird kein Logo angezeigt.</translation>
    </message>
    <message>
        <source>Invalid BIMI record</source>
        <translation>Ungültiger BIMI-Eintrag</translation>
    </message>
    <message>
        <source>BIMI declined (empty l=)</source>
        <translation>BIMI abgelehnt (leeres l=)</translation>
    </message>
    <message>
        <source>The record explicitly publishes no logo.</source>
        <translation>Der Eintrag veröffentlicht ausdrücklich kein Logo.</translation>
    </message>
    <message>
        <source>BIMI without a mark certificate (no a=)</source>
        <translation>BIMI ohne Markenzertifikat (kein a=)</translation>
    </message>
    <message>
        <source>Gmail and Apple Mail show a BIMI logo only with a Verified or Common Mark Certificate at a=.</source>
        <translation>Gmail und Apple Mail zeigen ein BIMI-Logo nur mit einem Verified oder Common Mark Certificate unter a= an.</translation>
    </message>
    <message>
        <source>Invalid BIMI logo URL</source>
        <translation>Ungültige BIMI-Logo-URL</translation>
    </message>
    <message>
        <source>l=%1 is not a usable URL.</source>
        <translation>l=%1 ist keine verwendbare URL.</translation>
    </message>
    <message>
        <source>BIMI logo could not be fetched</source>
        <translation>BIMI-Logo konnte nicht abgerufen werden</translation>
    </message>
    <message>
        <source>GET %1 failed: %2.</source>
        <translation>GET %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Serve the SVG over HTTPS with a valid certificate.</source>
        <translation>Stellen Sie das SVG über HTTPS mit einem gültigen Zertifikat bereit.</translation>
    </message>
    <message>
        <source>BIMI SVG is %1 bytes</source>
        <translation>BIMI-SVG hat %1 Bytes</translation>
    </message>
    <message>
        <source>Logos should stay under 32 KB.</source>
        <translation>Logos sollten unter 32 KB bleiben.</translation>
    </message>
    <message>
        <source>BIMI logo is not a valid SVG</source>
        <translation>BIMI-Logo ist kein gültiges SVG</translation>
    </message>
    <message>
        <source>BIMI SVG is not SVG Tiny PS</source>
        <translation>BIMI-SVG ist kein SVG Tiny PS</translation>
    </message>
    <message>
        <source>The root &lt;svg&gt; must have version=&quot;1.2&quot; and baseProfile=&quot;tiny-ps&quot;.</source>
        <translation>Das Wurzelelement &lt;svg&gt; muss version=&quot;1.2&quot; und baseProfile=&quot;tiny-ps&quot; haben.</translation>
    </message>
    <message>
        <source>Export the logo as SVG Tiny 1.2 Portable/Secure.</source>
        <translation>Exportieren Sie das Logo als SVG Tiny 1.2 Portable/Secure.</translation>
    </message>
    <message>
        <source>BIMI SVG contains script</source>
        <translation>BIMI-SVG enthält Skript</translation>
    </message>
    <message>
        <source>&lt;script&gt; elements and on* event attributes are forbidden.</source>
        <translation>&lt;script&gt;-Elemente und on*-Ereignisattribute sind verboten.</translation>
    </message>
    <message>
        <source>BIMI SVG references external content</source>
        <translation>BIMI-SVG verweist auf externe Inhalte</translation>
    </message>
    <message>
        <source>References outside the document are forbidden: %1</source>
        <translation>Verweise außerhalb des Dokuments sind verboten: %1</translation>
    </message>
    <message>
        <source>BIMI SVG uses forbidden elements</source>
        <translation>BIMI-SVG verwendet verbotene Elemente</translation>
    </message>
    <message>
        <source>Not allowed in SVG Tiny PS: %1</source>
        <translation>In SVG Tiny PS nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>BIMI SVG is not square</source>
        <translation>BIMI-SVG ist nicht quadratisch</translation>
    </message>
    <message>
        <source>viewBox &quot;%1&quot; is not square; logos are shown in a square or circle.</source>
        <translation>viewBox &quot;%1&quot; ist nicht quadratisch; Logos werden in einem Quadrat oder Kreis angezeigt.</translation>
    </message>
    <message>
        <source>BIMI SVG has no &lt;title&gt;</source>
        <translation>BIMI-SVG hat kein &lt;title&gt;</translation>
    </message>
    <message>
        <source>SVG Tiny PS requires a &lt;title&gt; with the brand name.</source>
        <translation>SVG Tiny PS verlangt ein &lt;title&gt; mit dem Markennamen.</translation>
    </message>
    <message>
        <source>BIMI needs an enforced DMARC policy</source>
        <translation>BIMI benötigt eine durchgesetzte DMARC-Richtlinie</translation>
    </message>
    <message>
        <source>Logos are shown only when DMARC is p=quarantine or p=reject at pct=100; here the policy is %1.</source>
        <translation>Logos werden nur angezeigt, wenn DMARC p=quarantine oder p=reject bei pct=100 ist; hier ist die Richtlinie %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Move DMARC to quarantine or reject first.</source>
        <translation>Stellen Sie DMARC zuerst auf quarantine oder reject um.</translation>
    </message>
    <message>
        <source>BIMI record and logo valid</source>
        <translation>BIMI-Eintrag und Logo gültig</translation>
    </message>
    <message>
        <source>SVG Tiny PS logo at %1 (%2 bytes).</source>
        <translation>SVG-Tiny-PS-Logo unter %1 (%2 Bytes).</translation>
    </message>
    <message>
        <source>The domain does not exist</source>
        <translation>Die Domain existiert nicht</translation>
    </message>
    <message>
        <source>%1 does not exist in the DNS (NXDOMAIN): mail from or to it is rejected.</source>
        <translation>%1 existiert nicht im DNS (NXDOMAIN): E-Mails von oder an sie werden abgelehnt.</translation>
    </message>
    <message>
        <source>Check the spelling, or register and delegate the domain.</source>
        <translation>Prüfen Sie die Schreibweise, oder registrieren und delegieren Sie die Domain.</translation>
    </message>
    <message numerus="yes">
        <source>What-if overlay in use: %n answer(s) are not from the DNS</source>
        <translation>
            <numerusform>Was-wäre-wenn-Overlay aktiv: %n Antwort stammt nicht aus dem DNS</numerusform>
            <numerusform>Was-wäre-wenn-Overlay aktiv: %n Antworten stammen nicht aus dem DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>These answers come from the what-if zone file, as if the records were published.</source>
        <translation>Diese Antworten stammen aus der Was-wäre-wenn-Zonendatei, als wären die Einträge veröffentlicht.</translation>
    </message>
    <message>
        <source>DNSSEC: all answers authenticated</source>
        <translation>DNSSEC: alle Antworten authentifiziert</translation>
    </message>
    <message>
        <source>The resolver set the AD bit on all %1 answers: it validated them with DNSSEC.</source>
        <translation>Der Resolver hat bei allen %1 Antworten das AD-Bit gesetzt: Er hat sie mit DNSSEC validiert.</translation>
    </message>
    <message>
        <source>DNSSEC: no answer was authenticated</source>
        <translation>DNSSEC: keine Antwort wurde authentifiziert</translation>
    </message>
    <message>
        <source>None of the %1 answers had the AD bit: either the zones are not signed or the resolver asked does not validate (an authoritative server never sets AD). DANE and DNSSEC-dependent checks cannot rely on these answers.</source>
        <translation>Keine der %1 Antworten hatte das AD-Bit: Entweder sind die Zonen nicht signiert, oder der befragte Resolver validiert nicht (ein autoritativer Server setzt AD nie). DANE- und DNSSEC-abhängige Prüfungen können sich nicht auf diese Antworten verlassen.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>z. B. %1</translation>
    </message>
    <message>
        <source>Sign the zone (and use a validating resolver to check it).</source>
        <translation>Signieren Sie die Zone (und verwenden Sie zur Prüfung einen validierenden Resolver).</translation>
    </message>
    <message>
        <source>DNSSEC: %1 of %2 answers authenticated</source>
        <translation>DNSSEC: %1 von %2 Antworten authentifiziert</translation>
    </message>
    <message>
        <source>Some names are in signed zones, others are not (e.g. a provider&apos;s include or a CNAME target).</source>
        <translation>Manche Namen liegen in signierten Zonen, andere nicht (z. B. das include eines Anbieters oder ein CNAME-Ziel).</translation>
    </message>
    <message>
        <source>not authenticated: %1</source>
        <translation>nicht authentifiziert: %1</translation>
    </message>
    <message>
        <source>line &apos;%1&apos; is not &quot;key: value&quot;</source>
        <translation>Zeile &apos;%1&apos; ist nicht &quot;key: value&quot;</translation>
    </message>
    <message>
        <source>max_age &apos;%1&apos; is not a number of seconds from 0 to %2</source>
        <translation>max_age &apos;%1&apos; ist keine Anzahl Sekunden von 0 bis %2</translation>
    </message>
    <message>
        <source>&quot;version: STSv1&quot; must appear exactly once</source>
        <translation>&quot;version: STSv1&quot; muss genau einmal vorkommen</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must appear once with enforce, testing or none</source>
        <translation>&quot;mode&quot; muss einmal mit enforce, testing oder none vorkommen</translation>
    </message>
    <message>
        <source>&quot;max_age&quot; is missing</source>
        <translation>&quot;max_age&quot; fehlt</translation>
    </message>
    <message>
        <source>no &quot;mx&quot; pattern (required unless mode is none)</source>
        <translation>kein &quot;mx&quot;-Muster (erforderlich, außer bei mode none)</translation>
    </message>
    <message>
        <source>mx pattern &apos;%1&apos; is not a host name or *.domain</source>
        <translation>mx-Muster &apos;%1&apos; ist weder ein Hostname noch *.domain</translation>
    </message>
    <message>
        <source>the record does not start with v=STSv1</source>
        <translation>der Eintrag beginnt nicht mit v=STSv1</translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters and digits (RFC 8461 §3.1), got &apos;%1&apos;</source>
        <translation>id= muss aus 1 bis 32 Buchstaben und Ziffern bestehen (RFC 8461 §3.1), erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the record does not start with v=TLSRPTv1</source>
        <translation>der Eintrag beginnt nicht mit v=TLSRPTv1</translation>
    </message>
    <message>
        <source>the required field rua= is missing (RFC 8460 §3)</source>
        <translation>das erforderliche Feld rua= fehlt (RFC 8460 §3)</translation>
    </message>
    <message>
        <source>rua &apos;%1&apos; is neither a mailto: nor an https: URI</source>
        <translation>rua &apos;%1&apos; ist weder ein mailto:- noch ein https:-URI</translation>
    </message>
    <message>
        <source>the record does not start with v=BIMI1</source>
        <translation>der Eintrag beginnt nicht mit v=BIMI1</translation>
    </message>
    <message>
        <source>the l= (logo location) tag is missing</source>
        <translation>das Tag l= (Logo-Speicherort) fehlt</translation>
    </message>
    <message>
        <source>l=%1 is not an https: URL</source>
        <translation>l=%1 ist keine https:-URL</translation>
    </message>
    <message>
        <source>a=%1 is not an https: URL</source>
        <translation>a=%1 ist keine https:-URL</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;svg&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;svg&gt;</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>kein wohlgeformtes XML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>no XML element</source>
        <translation>kein XML-Element</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui</name>
    <message>
        <source>The signature&apos;s tag list does not parse: %1</source>
        <translation>Die Tag-Liste der Signatur lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>The signature has no h= tag.</source>
        <translation>Die Signatur hat kein h=-Tag.</translation>
    </message>
    <message>
        <source>No message.</source>
        <translation>Keine Nachricht.</translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature number %1.</source>
        <translation>Die Nachricht hat keine DKIM-Signature Nummer %1.</translation>
    </message>
    <message>
        <source>The message has no ARC-Message-Signature with i=%1.</source>
        <translation>Die Nachricht hat keine ARC-Message-Signature mit i=%1.</translation>
    </message>
    <message>
        <source>The message has no ARC-Seal with i=%1.</source>
        <translation>Die Nachricht hat kein ARC-Seal mit i=%1.</translation>
    </message>
    <message>
        <source>ARC set i=%1 is incomplete: the seal covers sets 1 to %2.</source>
        <translation>ARC-Satz i=%1 ist unvollständig: Das Siegel deckt die Sätze 1 bis %2 ab.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AboutDialog</name>
    <message>
        <source>About Deliverbench</source>
        <translation>Über Deliverbench</translation>
    </message>
    <message>
        <source>A workbench for email deliverability: message structure, authentication, domain setup, reputation, relays and inbox placement.</source>
        <translation>Eine Werkbank für die Zustellbarkeit von E-Mails: Nachrichtenaufbau, Authentifizierung, Domain-Einrichtung, Reputation, Relays und Posteingangsplatzierung.</translation>
    </message>
    <message>
        <source>Everything runs on this computer; no message is uploaded anywhere.</source>
        <translation>Alles läuft auf diesem Computer; keine Nachricht wird irgendwohin hochgeladen.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AuthBadge</name>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AuthPage</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>von Ihnen eingegeben</translation>
    </message>
    <message>
        <source>from Received #%1 (by %2)</source>
        <translation>aus Received #%1 (von %2)</translation>
    </message>
    <message>
        <source>from Received #%1</source>
        <translation>aus Received #%1</translation>
    </message>
    <message>
        <source>from the Received chain</source>
        <translation>aus der Received-Kette</translation>
    </message>
    <message>
        <source>from Return-Path</source>
        <translation>aus Return-Path</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Connecting &amp;IP:</source>
        <translation>Verbindende &amp;IP:</translation>
    </message>
    <message>
        <source>unknown: SPF is not evaluated</source>
        <translation>unbekannt: SPF wird nicht ausgewertet</translation>
    </message>
    <message>
        <source>&amp;HELO name:</source>
        <translation>&amp;HELO-Name:</translation>
    </message>
    <message>
        <source>&amp;MAIL FROM:</source>
        <translation>MAIL &amp;FROM:</translation>
    </message>
    <message>
        <source>null sender (&lt;&gt;) or unknown</source>
        <translation>leerer Absender (&lt;&gt;) oder unbekannt</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Run the checks again with these values (Ctrl+R)</source>
        <translation>Prüfungen mit diesen Werten erneut ausführen (Strg+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running check (Esc)</source>
        <translation>Laufende Prüfung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>d=</source>
        <translation>d=</translation>
    </message>
    <message>
        <source>s=</source>
        <translation>s=</translation>
    </message>
    <message>
        <source>a=</source>
        <translation>a=</translation>
    </message>
    <message>
        <source>c=</source>
        <translation>c=</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;DKIM</source>
        <translation>&amp;DKIM</translation>
    </message>
    <message>
        <source>&amp;SPF</source>
        <translation>&amp;SPF</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Ausgerichtet</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zählt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>D&amp;MARC</source>
        <translation>D&amp;MARC</translation>
    </message>
    <message>
        <source>i=</source>
        <translation>i=</translation>
    </message>
    <message>
        <source>authserv-id</source>
        <translation>authserv-id</translation>
    </message>
    <message>
        <source>AMS d= / s=</source>
        <translation>AMS d= / s=</translation>
    </message>
    <message>
        <source>AMS</source>
        <translation>AMS</translation>
    </message>
    <message>
        <source>AS</source>
        <translation>AS</translation>
    </message>
    <message>
        <source>cv=</source>
        <translation>cv=</translation>
    </message>
    <message>
        <source>ARC-Authentication-Results</source>
        <translation>ARC-Authentication-Results</translation>
    </message>
    <message>
        <source>&amp;ARC</source>
        <translation>&amp;ARC</translation>
    </message>
    <message>
        <source>&amp;Trusted authserv-ids:</source>
        <translation>&amp;Vertrauenswürdige authserv-ids:</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Vertrauenswürdig</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Vermerkt</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Unseres</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Authentication-&amp;Results</source>
        <translation>Authentication-&amp;Results</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Erforderlich für</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Sc&amp;orecard</source>
        <translation>&amp;Bewertungsübersicht</translation>
    </message>
    <message>
        <source>Re-check Authentication</source>
        <translation>Authentifizierung erneut prüfen</translation>
    </message>
    <message>
        <source>Cancel Authentication Check</source>
        <translation>Authentifizierungsprüfung abbrechen</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Keine Nachricht ausgewählt.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Select a message to check its authentication.</source>
        <translation>Wählen Sie eine Nachricht aus, um ihre Authentifizierung zu prüfen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Authentication check cancelled.</source>
        <translation>Authentifizierungsprüfung abgebrochen.</translation>
    </message>
    <message>
        <source>edited: Re-check (Ctrl+R) to use it</source>
        <translation>bearbeitet: Erneut prüfen (Strg+R), um es zu verwenden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>&apos;%1&apos; ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Checking authentication…</source>
        <translation>Authentifizierung wird geprüft …</translation>
    </message>
    <message>
        <source>Checking authentication: verifying signatures…</source>
        <translation>Authentifizierung wird geprüft: Signaturen werden verifiziert …</translation>
    </message>
    <message numerus="yes">
        <source>Checking authentication: %n DNS answer(s)…</source>
        <translation>
            <numerusform>Authentifizierung wird geprüft: %n DNS-Antwort…</numerusform>
            <numerusform>Authentifizierung wird geprüft: %n DNS-Antworten…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check did not complete.</source>
        <translation>Die Prüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The authentication check did not complete.</source>
        <translation>Die Authentifizierungsprüfung wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>Die Prüfung dauerte zu lange und wurde angehalten.</translation>
    </message>
    <message>
        <source>The authentication check took too long and was stopped.</source>
        <translation>Die Authentifizierungsprüfung dauerte zu lange und wurde angehalten.</translation>
    </message>
    <message>
        <source>Authentication: SPF %1, DKIM %2, DMARC %3, ARC %4.</source>
        <translation>Authentifizierung: SPF %1, DKIM %2, DMARC %3, ARC %4.</translation>
    </message>
    <message>
        <source>No connecting IP is known: SPF was not evaluated.</source>
        <translation>Keine verbindende IP bekannt: SPF wurde nicht ausgewertet.</translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature.</source>
        <translation>Die Nachricht hat keine DKIM-Signature.</translation>
    </message>
    <message>
        <source>d=%1: %2</source>
        <translation>d=%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 signatures pass)</source>
        <translation>%1 (%2 von %3 Signaturen bestehen)</translation>
    </message>
    <message>
        <source>%1 Disposition: %2.</source>
        <translation>%1 Disposition: %2.</translation>
    </message>
    <message>
        <source>The message has no ARC sets.</source>
        <translation>Die Nachricht hat keine ARC-Sets.</translation>
    </message>
    <message>
        <source>%1 bits%2</source>
        <translation>%1 Bit%2</translation>
    </message>
    <message>
        <source>, testing</source>
        <translation>, Testmodus</translation>
    </message>
    <message>
        <source>Signature #%1: d=%2 s=%3 a=%4 c=%5</source>
        <translation>Signatur #%1: d=%2 s=%3 a=%4 c=%5</translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation>Ergebnis: %1 (%2)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Signed header fields (h=): %1</source>
        <translation>Signierte Kopfzeilen (h=): %1</translation>
    </message>
    <message>
        <source>Body length limit (l=): %1 bytes</source>
        <translation>Body-Längenlimit (l=): %1 Bytes</translation>
    </message>
    <message>
        <source>Body hash in the signature (bh=): %1</source>
        <translation>Body-Hash in der Signatur (bh=): %1</translation>
    </message>
    <message>
        <source>Body hash computed here:          %1</source>
        <translation>Hier berechneter Body-Hash:      %1</translation>
    </message>
    <message>
        <source>Canonical body: %1 bytes</source>
        <translation>Kanonischer Body: %1 Bytes</translation>
    </message>
    <message>
        <source>Key: %1 %2</source>
        <translation>Schlüssel: %1 %2</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(von %1)</translation>
    </message>
    <message>
        <source>Why it broke:</source>
        <translation>Warum sie gebrochen ist:</translation>
    </message>
    <message>
        <source>No known damage pattern reproduces bh=.</source>
        <translation>Kein bekanntes Schadensmuster reproduziert bh=.</translation>
    </message>
    <message>
        <source>Damage pattern that reproduces bh=: %1</source>
        <translation>Schadensmuster, das bh= reproduziert: %1</translation>
    </message>
    <message>
        <source>Bytes appended after signing: %1 (the signature covers the first %2 raw body bytes)</source>
        <translation>Nach dem Signieren angehängte Bytes: %1 (die Signatur deckt die ersten %2 rohen Body-Bytes ab)</translation>
    </message>
    <message>
        <source>Patterns tried:</source>
        <translation>Versuchte Muster:</translation>
    </message>
    <message>
        <source>Some patterns were skipped to keep the work bounded.</source>
        <translation>Einige Muster wurden übersprungen, um den Aufwand zu begrenzen.</translation>
    </message>
    <message>
        <source>Appended content:</source>
        <translation>Angehängter Inhalt:</translation>
    </message>
    <message>
        <source>Canonicalized body the verifier hashed (%1 bytes):</source>
        <translation>Kanonisierter Body, den der Prüfer gehasht hat (%1 Bytes):</translation>
    </message>
    <message>
        <source>Canonicalized body (%1), first %2 raw bytes:</source>
        <translation>Kanonisierter Body (%1), erste %2 rohe Bytes:</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>relaxed</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>simple</translation>
    </message>
    <message>
        <source>Canonicalized body (%1):</source>
        <translation>Kanonisierter Body (%1):</translation>
    </message>
    <message>
        <source>Canonical header data hashed:</source>
        <translation>Gehashte kanonische Kopfdaten:</translation>
    </message>
    <message>
        <source>SPF was not evaluated: no connecting IP is known. Enter the IP the message came from and re-check (Ctrl+R).</source>
        <translation>SPF wurde nicht ausgewertet: Keine verbindende IP bekannt. Geben Sie die IP ein, von der die Nachricht kam, und prüfen Sie erneut (Strg+R).</translation>
    </message>
    <message>
        <source>Result: %1 for %2 %3 (identity %4) from %5</source>
        <translation>Ergebnis: %1 für %2 %3 (Identität %4) von %5</translation>
    </message>
    <message>
        <source>Deciding term: %1</source>
        <translation>Entscheidender Term: %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Erklärung: %1</translation>
    </message>
    <message>
        <source>DNS-querying terms: %1 of 10; void lookups: %2 of 2</source>
        <translation>DNS-abfragende Terme: %1 von 10; leere Abfragen: %2 von 2</translation>
    </message>
    <message>
        <source>Result: %1 — %2</source>
        <translation>Ergebnis: %1 — %2</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>From-Domain: %1</translation>
    </message>
    <message>
        <source>From domain: %1 (organizational domain %2)</source>
        <translation>From-Domain: %1 (Organisationsdomain %2)</translation>
    </message>
    <message>
        <source>Record at _dmarc.%1%2: %3</source>
        <translation>Eintrag unter _dmarc.%1%2: %3</translation>
    </message>
    <message>
        <source> (organizational-domain fallback)</source>
        <translation> (Rückgriff auf die Organisationsdomain)</translation>
    </message>
    <message>
        <source>Policy applied: %1; disposition: %2%3; alignment DKIM %4, SPF %5</source>
        <translation>Angewendete Richtlinie: %1; Disposition: %2%3; Ausrichtung DKIM %4, SPF %5</translation>
    </message>
    <message>
        <source> (sampled out by pct=)</source>
        <translation> (durch pct= ausgenommen)</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>Under DMARCbis the disposition would be: %1.</source>
        <translation>Unter DMARCbis wäre die Disposition: %1.</translation>
    </message>
    <message>
        <source>DMARCbis: no difference.</source>
        <translation>DMARCbis: kein Unterschied.</translation>
    </message>
    <message>
        <source>DMARCbis: %1</source>
        <translation>DMARCbis: %1</translation>
    </message>
    <message>
        <source>Result: %1. The message has no ARC sets.</source>
        <translation>Ergebnis: %1. Die Nachricht hat keine ARC-Sets.</translation>
    </message>
    <message>
        <source>Result: %1; oldest pass: %2. %3</source>
        <translation>Ergebnis: %1; oldest pass: %2. %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The message has no Authentication-Results fields.</source>
        <translation>Die Nachricht hat keine Authentication-Results-Kopfzeilen.</translation>
    </message>
    <message>
        <source>Nothing picked: the topmost receiver&apos;s results are believed (RFC 8601 §5).</source>
        <translation>Nichts ausgewählt: Den Ergebnissen des obersten Empfängers wird vertraut (RFC 8601 §5).</translation>
    </message>
    <message>
        <source>Results stamped by the checked authserv-ids are believed.</source>
        <translation>Ergebnissen, die von den ausgewählten authserv-ids vermerkt wurden, wird vertraut.</translation>
    </message>
    <message>
        <source>%1 (s=%2)</source>
        <translation>%1 (s=%2)</translation>
    </message>
    <message>
        <source>Bulk-sender requirements (Gmail, Yahoo 2024; Microsoft 2025): %1 pass, %2 fail, %3 unknown.</source>
        <translation>Anforderungen für Massenversender (Gmail, Yahoo 2024; Microsoft 2025): %1 bestanden, %2 fehlgeschlagen, %3 unbekannt.</translation>
    </message>
    <message>
        <source>ARC-Message-Signature</source>
        <translation>ARC-Message-Signature</translation>
    </message>
    <message>
        <source>ARC-Seal</source>
        <translation>ARC-Seal</translation>
    </message>
    <message>
        <source>Show in the raw &amp;view what this signs:</source>
        <translation>In der Rohansicht &amp;zeigen, was dies signiert:</translation>
    </message>
    <message>
        <source>Green: signed header fields and body; blue: the signature field; red: body after the l= cut</source>
        <translation>Grün: signierte Kopfzeilen und Body; blau: das Signaturfeld; rot: Body nach dem l=-Schnitt</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>Restored from the case (checked %1); Re-check (Ctrl+R) asks DNS again.</source>
        <translation>Aus dem Fall wiederhergestellt (geprüft %1); Erneut prüfen (Strg+R) fragt DNS erneut ab.</translation>
    </message>
    <message>
        <source>Authentication: the case&apos;s result is shown (SPF %1, DKIM %2, DMARC %3, ARC %4).</source>
        <translation>Authentifizierung: Das Ergebnis des Falls wird angezeigt (SPF %1, DKIM %2, DMARC %3, ARC %4).</translation>
    </message>
    <message>
        <source>DKIM-Signature #%1 (d=%2, s=%3)</source>
        <translation>DKIM-Signature #%1 (d=%2, s=%3)</translation>
    </message>
    <message>
        <source>ARC-Message-Signature i=%1 (d=%2, s=%3)</source>
        <translation>ARC-Message-Signature i=%1 (d=%2, s=%3)</translation>
    </message>
    <message>
        <source>ARC-Seal i=%1 (d=%2, s=%3)</source>
        <translation>ARC-Seal i=%1 (d=%2, s=%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 signs %n header field(s) (green, in hashing order: %2); the signature field is blue.</source>
        <translation>
            <numerusform>%1 signiert %n Kopfzeile (grün, in Hash-Reihenfolge: %2); das Signaturfeld ist blau.</numerusform>
            <numerusform>%1 signiert %n Kopfzeilen (grün, in Hash-Reihenfolge: %2); das Signaturfeld ist blau.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Listed in h= but absent (over-signed: adding such a field breaks the signature): %1</source>
        <translation>In h= aufgeführt, aber nicht vorhanden (übersigniert: Das Hinzufügen eines solchen Feldes bricht die Signatur): %1</translation>
    </message>
    <message>
        <source>An ARC-Seal covers no body.</source>
        <translation>Ein ARC-Seal deckt keinen Body ab.</translation>
    </message>
    <message numerus="yes">
        <source>Body: all %n byte(s) signed.</source>
        <translation>
            <numerusform>Body: %n Byte, vollständig signiert.</numerusform>
            <numerusform>Body: alle %n Bytes signiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Body: l=%1 covers the first %2 raw byte(s); %3 byte(s) after the cut (red) are not signed.</source>
        <translation>Body: l=%1 deckt die ersten %2 Roh-Bytes ab; %3 Byte(s) nach dem Schnitt (rot) sind nicht signiert.</translation>
    </message>
    <message>
        <source>l= is larger than the canonical body: the signature cannot verify.</source>
        <translation>l= ist größer als der kanonisierte Body: Die Signatur kann nicht verifiziert werden.</translation>
    </message>
    <message>
        <source>The cut lies past the part of the body shown here.</source>
        <translation>Der Schnitt liegt hinter dem hier angezeigten Teil des Bodys.</translation>
    </message>
    <message>
        <source>Checked at %1 without DNS lookups.</source>
        <translation>Geprüft um %1 ohne DNS-Abfragen.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), all answered.</source>
        <translation>
            <numerusform>Geprüft um %1 mit %n DNS-Abfrage, beantwortet.</numerusform>
            <numerusform>Geprüft um %1 mit %n DNS-Abfragen, alle beantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), all failed: %2</source>
        <translation>
            <numerusform>Geprüft um %1 mit %n DNS-Abfrage, fehlgeschlagen: %2</numerusform>
            <numerusform>Geprüft um %1 mit %n DNS-Abfragen, alle fehlgeschlagen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), %2 failed: %3</source>
        <translation>
            <numerusform>Geprüft um %1 mit %n DNS-Abfrage, %2 fehlgeschlagen: %3</numerusform>
            <numerusform>Geprüft um %1 mit %n DNS-Abfragen, %2 fehlgeschlagen: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = CR, %2 = LF, %3 = tab, %4 = space</source>
        <translation>%1 = CR, %2 = LF, %3 = Tabulator, %4 = Leerzeichen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AuthSpfTraceModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>check_host(%1): %2</source>
        <translation>check_host(%1): %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>keine Übereinstimmung</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchPage</name>
    <message>
        <source>Open &amp;Mbox or Message Files…</source>
        <translation>&amp;Mbox oder Nachrichtendateien öffnen …</translation>
    </message>
    <message>
        <source>Triage an mbox of bounces or seed copies, or a set of .eml files</source>
        <translation>Eine Mbox mit Bounces oder Seed-Kopien oder eine Reihe von .eml-Dateien sichten</translation>
    </message>
    <message>
        <source>Open &amp;Folder or Maildir…</source>
        <translation>&amp;Ordner oder Maildir öffnen …</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>Tabelle als CSV &amp;exportieren …</translation>
    </message>
    <message>
        <source>Cancel Batch Scan</source>
        <translation>Stapelprüfung abbrechen</translation>
    </message>
    <message>
        <source>Open Mbox or Messages for Batch Triage</source>
        <translation>Mbox oder Nachrichten für die Stapelsichtung öffnen</translation>
    </message>
    <message>
        <source>Mailboxes and messages (*.mbox *.mbx *.eml *.msg *.txt);;All files (*)</source>
        <translation>Postfächer und Nachrichten (*.mbox *.mbx *.eml *.msg *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Folder or Maildir for Batch Triage</source>
        <translation>Ordner oder Maildir für die Stapelsichtung öffnen</translation>
    </message>
    <message>
        <source>Open folder or mbox…</source>
        <translation>Ordner oder Mbox öffnen …</translation>
    </message>
    <message>
        <source>Filter by From, subject, domain or cause…</source>
        <translation>Nach From, Betreff, Domain oder Ursache filtern …</translation>
    </message>
    <message>
        <source>Show only messages with this verdict or bounce cause</source>
        <translation>Nur Nachrichten mit diesem Ergebnis oder dieser Bounce-Ursache anzeigen</translation>
    </message>
    <message>
        <source>Check &amp;authentication</source>
        <translation>&amp;Authentifizierung prüfen</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC verdict of every message (DNS lookups, 8 messages at a time)</source>
        <translation>SPF-, DKIM- und DMARC-Ergebnis jeder Nachricht (DNS-Abfragen, 8 Nachrichten gleichzeitig)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Reading… %p%</source>
        <translation>Wird gelesen … %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Authentication %1/%2…</source>
        <translation>Authentifizierung %1/%2 …</translation>
    </message>
    <message>
        <source>Authentication checked</source>
        <translation>Authentifizierung geprüft</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n Eingabe</numerusform>
            <numerusform>%n Eingaben</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 for batch triage…</source>
        <translation>%1 wird für die Stapelsichtung gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n message(s).</source>
        <translation>
            <numerusform>Abgebrochen nach %n Nachricht.</numerusform>
            <numerusform>Abgebrochen nach %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n messages were read.</source>
        <translation>
            <numerusform>Nur die erste Nachricht wurde gelesen (%n).</numerusform>
            <numerusform>Nur die ersten %n Nachrichten wurden gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>Batch scan cancelled.</source>
        <translation>Stapelprüfung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Batch: %n message(s) read.</source>
        <translation>
            <numerusform>Stapel: %n Nachricht gelesen.</numerusform>
            <numerusform>Stapel: %n Nachrichten gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %p%</source>
        <translation>Stapel %p%</translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation>Stapel abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 von %n Nachricht</numerusform>
            <numerusform>%1 von %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Bounces (DSNs)</source>
        <translation>Bounces (DSNs)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>By sending domain</source>
        <translation>Nach sendender Domain</translation>
    </message>
    <message>
        <source>By DKIM d=</source>
        <translation>Nach DKIM d=</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(nicht signiert)</translation>
    </message>
    <message>
        <source>By DMARC verdict</source>
        <translation>Nach DMARC-Ergebnis</translation>
    </message>
    <message>
        <source>By worst finding</source>
        <translation>Nach schwerstem Befund</translation>
    </message>
    <message>
        <source>Bounced recipients by cause</source>
        <translation>Unzustellbare Empfänger nach Ursache</translation>
    </message>
    <message>
        <source>Bounced recipients by receiving domain</source>
        <translation>Unzustellbare Empfänger nach empfangender Domain</translation>
    </message>
    <message>
        <source>Reading message %1…</source>
        <translation>Nachricht %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Batch Table</source>
        <translation>Stapeltabelle exportieren</translation>
    </message>
    <message>
        <source>Click a group to show only its messages; click &quot;Messages&quot; to show all</source>
        <translation>Klicken Sie auf eine Gruppe, um nur ihre Nachrichten anzuzeigen; klicken Sie auf „Nachrichten“, um alle anzuzeigen</translation>
    </message>
    <message>
        <source>DMARC not checked yet</source>
        <translation>DMARC noch nicht geprüft</translation>
    </message>
    <message>
        <source>Groups: sending domain · DKIM d= · DMARC</source>
        <translation>Gruppen: sendende Domain · DKIM d= · DMARC</translation>
    </message>
    <message>
        <source>Groups: sending domain · DKIM d= · worst finding</source>
        <translation>Gruppen: sendende Domain · DKIM d= · schwerster Befund</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchScanner</name>
    <message>
        <source>The message is larger than %1 MiB.</source>
        <translation>Die Nachricht ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was scanned.</source>
        <translation>%1 wurde seit der Prüfung geändert.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchTableModel</name>
    <message>
        <source>Worst finding: %1</source>
        <translation>Schwerster Befund: %1</translation>
    </message>
    <message>
        <source>No DKIM signature</source>
        <translation>Keine DKIM-Signatur</translation>
    </message>
    <message>
        <source>SPF %1</source>
        <translation>SPF %1</translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation>DKIM %1</translation>
    </message>
    <message>
        <source>DMARC %1</source>
        <translation>DMARC %1</translation>
    </message>
    <message>
        <source>Any bounce</source>
        <translation>Beliebiger Bounce</translation>
    </message>
    <message>
        <source>Bounce: %1</source>
        <translation>Bounce: %1</translation>
    </message>
    <message>
        <source>Signature present or not; the verdict needs the authentication check.</source>
        <translation>Signatur vorhanden oder nicht; das Ergebnis erfordert die Authentifizierungsprüfung.</translation>
    </message>
    <message numerus="yes">
        <source>%n structure finding(s)</source>
        <translation>
            <numerusform>%n Strukturbefund</numerusform>
            <numerusform>%n Strukturbefunde</numerusform>
        </translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>From-Domain</translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation>DKIM d=</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>Bounce cause</source>
        <translation>Bounce-Ursache</translation>
    </message>
    <message>
        <source>Receiving domain</source>
        <translation>Empfangende Domain</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Schwerster Befund</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::CaseExport</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Write the report of a case file without opening a window.</source>
        <translation>Den Bericht einer Falldatei schreiben, ohne ein Fenster zu öffnen.</translation>
    </message>
    <message>
        <source>Output file (.pdf, .html, .md, .json).</source>
        <translation>Ausgabedatei (.pdf, .html, .md, .json).</translation>
    </message>
    <message>
        <source>pdf, html, md or json (default: from --to).</source>
        <translation>pdf, html, md oder json (Standard: aus --to).</translation>
    </message>
    <message>
        <source>Replace addresses, local parts, bodies and URL tokens by placeholders.</source>
        <translation>Adressen, lokale Teile, Nachrichtentexte und URL-Tokens durch Platzhalter ersetzen.</translation>
    </message>
    <message>
        <source>Include the DNS snapshot and SMTP/DNS transcripts.</source>
        <translation>Den DNS-Schnappschuss und die SMTP/DNS-Mitschnitte einschließen.</translation>
    </message>
    <message>
        <source>usage: deliverbench --report CASE.dbcase --to OUT.pdf [--redact]</source>
        <translation>Aufruf: deliverbench --report CASE.dbcase --to OUT.pdf [--redact]</translation>
    </message>
    <message>
        <source>unknown report format for &apos;%1&apos; (use .pdf, .html, .md or .json)</source>
        <translation>unbekanntes Berichtsformat für &apos;%1&apos; (verwenden Sie .pdf, .html, .md oder .json)</translation>
    </message>
    <message>
        <source>Write the report of the case file CASE (.dbcase) to --to without opening a window.</source>
        <translation>Den Bericht der Falldatei CASE (.dbcase) nach --to schreiben, ohne ein Fenster zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DiffHeaderModel</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>A has no DKIM signature</source>
        <translation>A hat keine DKIM-Signatur</translation>
    </message>
    <message>
        <source>a signature (never signs itself)</source>
        <translation>eine Signatur (signiert sich nie selbst)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation>%1 (Hop %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DiffPage</name>
    <message>
        <source>&amp;A:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation>&amp;B:</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>A und B tauschen</translation>
    </message>
    <message>
        <source>&amp;Compare with File…</source>
        <translation>Mit Datei &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Compare with Message</source>
        <translation>Mit Nachricht vergleichen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt *.mbox);;All files (*)</source>
        <translation>Nachrichten (*.eml *.msg *.txt *.mbox);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Vergleichen mit …</translation>
    </message>
    <message>
        <source>Open two messages to compare them.</source>
        <translation>Öffnen Sie zwei Nachrichten, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation>&amp;Unveränderte Felder anzeigen</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Kopfzeilen</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Type in A</source>
        <translation>Typ in A</translation>
    </message>
    <message>
        <source>Type in B</source>
        <translation>Typ in B</translation>
    </message>
    <message>
        <source>Bytes in A</source>
        <translation>Bytes in A</translation>
    </message>
    <message>
        <source>Bytes in B</source>
        <translation>Bytes in B</translation>
    </message>
    <message>
        <source>SHA-256 A → B</source>
        <translation>SHA-256 A → B</translation>
    </message>
    <message>
        <source>&amp;MIME Tree</source>
        <translation>&amp;MIME-Baum</translation>
    </message>
    <message>
        <source>&amp;Text Parts</source>
        <translation>Te&amp;xtteile</translation>
    </message>
    <message>
        <source>What the changes mean for DKIM</source>
        <translation>Was die Änderungen für DKIM bedeuten</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>%1 holds no readable message.</source>
        <translation>%1 enthält keine lesbare Nachricht.</translation>
    </message>
    <message>
        <source>The two messages are byte for byte identical.</source>
        <translation>Die beiden Nachrichten sind Byte für Byte identisch.</translation>
    </message>
    <message>
        <source>%1 ↔ %2: %3 header field(s), %4 MIME part(s) and %5 finding(s) differ.</source>
        <translation>%1 ↔ %2: %3 Kopfzeile(n), %4 MIME-Teil(e) und %5 Befund(e) unterscheiden sich.</translation>
    </message>
    <message>
        <source>Part %1 (%2): %3 → %4 bytes</source>
        <translation>Teil %1 (%2): %3 → %4 Bytes</translation>
    </message>
    <message>
        <source>… (line diff truncated)</source>
        <translation>… (Zeilenvergleich gekürzt)</translation>
    </message>
    <message>
        <source>The messages are identical.</source>
        <translation>Die Nachrichten sind identisch.</translation>
    </message>
    <message>
        <source>No text part differs line by line.</source>
        <translation>Kein Textteil unterscheidet sich zeilenweise.</translation>
    </message>
    <message>
        <source>A has no DKIM-Signature: no change can break one.</source>
        <translation>A hat keine DKIM-Signature: Keine Änderung kann eine brechen.</translation>
    </message>
    <message>
        <source>Select a part in the MIME tree to compare its decoded contents.</source>
        <translation>Wählen Sie im MIME-Baum einen Teil aus, um seine dekodierten Inhalte zu vergleichen.</translation>
    </message>
    <message>
        <source>&amp;Part Contents</source>
        <translation>Teil&amp;inhalt</translation>
    </message>
    <message>
        <source>&amp;Offline (no DNS)</source>
        <translation>&amp;Offline (kein DNS)</translation>
    </message>
    <message>
        <source>Do not look up keys and records: verdicts are reported as not checked.</source>
        <translation>Keine Schlüssel und Einträge abfragen: Ergebnisse werden als nicht geprüft gemeldet.</translation>
    </message>
    <message>
        <source>Check &amp;Verdicts</source>
        <translation>&amp;Ergebnisse prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>&amp;Verdicts</source>
        <translation>Er&amp;gebnisse</translation>
    </message>
    <message>
        <source>Check Verdicts Again</source>
        <translation>Ergebnisse erneut prüfen</translation>
    </message>
    <message>
        <source>Cancel Verdict Check</source>
        <translation>Ergebnisprüfung abbrechen</translation>
    </message>
    <message>
        <source>Verdict check cancelled.</source>
        <translation>Ergebnisprüfung abgebrochen.</translation>
    </message>
    <message>
        <source>offline mode (no DNS lookups)</source>
        <translation>Offline-Modus (keine DNS-Abfragen)</translation>
    </message>
    <message>
        <source>Checking the verdicts of A and B (DNS)… Esc cancels.</source>
        <translation>Ergebnisse von A und B werden geprüft (DNS) … Esc bricht ab.</translation>
    </message>
    <message>
        <source>no DNS resolver is available (%1)</source>
        <translation>kein DNS-Resolver verfügbar (%1)</translation>
    </message>
    <message>
        <source>the DNS lookups did not finish within %1 s</source>
        <translation>die DNS-Abfragen wurden nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Verdicts not checked: %1</source>
        <translation>Ergebnisse nicht geprüft: %1</translation>
    </message>
    <message>
        <source>The authentication verdicts of A and B are the same.</source>
        <translation>Die Authentifizierungsergebnisse von A und B sind gleich.</translation>
    </message>
    <message numerus="yes">
        <source>%n authentication verdict(s) differ between A and B.</source>
        <translation>
            <numerusform>%n Authentifizierungsergebnis unterscheidet sich zwischen A und B.</numerusform>
            <numerusform>%n Authentifizierungsergebnisse unterscheiden sich zwischen A und B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading part %1…</source>
        <translation>Teil %1 wird geladen …</translation>
    </message>
    <message>
        <source>Part %1 is not a text part in A or B: compare it by size and SHA-256 in the MIME tree.</source>
        <translation>Teil %1 ist in A oder B kein Textteil: Vergleichen Sie ihn im MIME-Baum anhand von Größe und SHA-256.</translation>
    </message>
    <message>
        <source>Part %1 exists only in B.</source>
        <translation>Teil %1 existiert nur in B.</translation>
    </message>
    <message>
        <source>Part %1 exists only in A.</source>
        <translation>Teil %1 existiert nur in A.</translation>
    </message>
    <message numerus="yes">
        <source>Part %1, decoded: %n line(s) differ.</source>
        <translation>
            <numerusform>Teil %1, dekodiert: %n Zeile unterscheidet sich.</numerusform>
            <numerusform>Teil %1, dekodiert: %n Zeilen unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the first %1 lines are shown)</source>
        <translation>(nur die ersten %1 Zeilen werden angezeigt)</translation>
    </message>
    <message>
        <source>The case&apos;s diff (%1) refers to a message that is not in the case.</source>
        <translation>Der Vergleich des Falls (%1) bezieht sich auf eine Nachricht, die nicht im Fall enthalten ist.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsTraceModel</name>
    <message>
        <source>what-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>(overlay)</source>
        <translation>(Overlay)</translation>
    </message>
    <message>
        <source>%1 (rcode %2)</source>
        <translation>%1 (rcode %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <source>Answered by the what-if overlay, not by a DNS server</source>
        <translation>Vom Was-wäre-wenn-Overlay beantwortet, nicht von einem DNS-Server</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Zwischengespeichert</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Overlay</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsblListModel</name>
    <message>
        <source>Delisting: %1</source>
        <translation>Austragung: %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüft</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsblResultModel</name>
    <message>
        <source>listed</source>
        <translation>gelistet</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (DNS %2, %3 ms)
query: %4
answers: %5</source>
        <translation>%1 (DNS %2, %3 ms)
Abfrage: %4
Antworten: %5</translation>
    </message>
    <message>
        <source>Open the delisting page</source>
        <translation>Austragungsseite öffnen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>TXT reason</source>
        <translation>TXT-Grund</translation>
    </message>
    <message>
        <source>Delisting</source>
        <translation>Austragung</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DomainPage</name>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>The sending domain to audit (the From: domain of the selected message when left empty)</source>
        <translation>Die zu prüfende sendende Domain (die From:-Domain der ausgewählten Nachricht, wenn leer)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domain:</translation>
    </message>
    <message>
        <source>DKIM selectors, e.g. s1 s2 (empty: try common ones)</source>
        <translation>DKIM-Selektoren, z. B. s1 s2 (leer: übliche versuchen)</translation>
    </message>
    <message>
        <source>The s= values of the message&apos;s DKIM-Signature fields; separate several by spaces or commas</source>
        <translation>Die s=-Werte der DKIM-Signature-Kopfzeilen der Nachricht; mehrere durch Leerzeichen oder Kommas trennen</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>DKIM-S&amp;elektoren:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Audit the domain (Ctrl+Return)</source>
        <translation>Domain prüfen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the audit (Esc)</source>
        <translation>Prüfung anhalten (Esc)</translation>
    </message>
    <message>
        <source>%v of %m lookups</source>
        <translation>%v von %m Abfragen</translation>
    </message>
    <message>
        <source>Type a domain and press Run.</source>
        <translation>Geben Sie eine Domain ein und klicken Sie auf Prüfen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Präferenz</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>PTR / FCrDNS</source>
        <translation>PTR / FCrDNS</translation>
    </message>
    <message>
        <source>&amp;MX</source>
        <translation>&amp;MX</translation>
    </message>
    <message>
        <source>&amp;SPF</source>
        <translation>&amp;SPF</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>DM&amp;ARC</source>
        <translation>DM&amp;ARC</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selektor</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>D&amp;KIM</source>
        <translation>D&amp;KIM</translation>
    </message>
    <message>
        <source>MTA-STS, TLS-RPT, &amp;BIMI</source>
        <translation>MTA-STS, TLS-RPT, &amp;BIMI</translation>
    </message>
    <message>
        <source>Filter the trace (name, type, outcome, answer…)</source>
        <translation>Ablauf filtern (Name, Typ, Ausgang, Antwort …)</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Als Te&amp;xt kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (all shown rows when none are selected) as tab-separated text</source>
        <translation>Die ausgewählten Zeilen (alle angezeigten Zeilen, wenn keine ausgewählt ist) als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>DNS &amp;trace</source>
        <translation>DNS-&amp;Trace</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>&amp;Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Auditing %1 with the what-if overlay…</source>
        <translation>%1 wird mit dem Was-wäre-wenn-Overlay geprüft …</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Domain audit of %1 cancelled</source>
        <translation>Domainprüfung von %1 abgebrochen</translation>
    </message>
    <message>
        <source>Domain audit of %1 done in %2 ms</source>
        <translation>Domainprüfung von %1 in %2 ms abgeschlossen</translation>
    </message>
    <message>
        <source>No SPF record evaluated.</source>
        <translation>Kein SPF-Eintrag ausgewertet.</translation>
    </message>
    <message>
        <source>%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed (RFC 7208 §4.6.4).</source>
        <translation>%1 DNS-Abfragen von 10 erlaubten, %2 leere Abfragen von 2 erlaubten (RFC 7208 §4.6.4).</translation>
    </message>
    <message>
        <source>The 11th lookup is &quot;%1&quot; in the record of %2 (highlighted).</source>
        <translation>Die 11. Abfrage ist &quot;%1&quot; im Eintrag von %2 (hervorgehoben).</translation>
    </message>
    <message>
        <source>The third void lookup happens in the record of %1 (highlighted).</source>
        <translation>Die dritte leere Abfrage erfolgt im Eintrag von %1 (hervorgehoben).</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 info, %5 passed</source>
        <translation>%1: %2 Fehler, %3 Warnung(en), %4 Info, %5 bestanden</translation>
    </message>
    <message>
        <source>(cancelled: partial results)</source>
        <translation>(abgebrochen: unvollständige Ergebnisse)</translation>
    </message>
    <message>
        <source>(what-if overlay applied: marked answers are not published)</source>
        <translation>(Was-wäre-wenn-Overlay angewendet: Markierte Antworten sind nicht veröffentlicht)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source> (CNAME %1)</source>
        <translation> (CNAME %1)</translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation>%1 → %2 %3</translation>
    </message>
    <message>
        <source>(FCrDNS ok)</source>
        <translation>(FCrDNS ok)</translation>
    </message>
    <message>
        <source>(no FCrDNS)</source>
        <translation>(kein FCrDNS)</translation>
    </message>
    <message>
        <source>Version: must be DMARC1 and come first (RFC 7489 §6.3)</source>
        <translation>Version: muss DMARC1 sein und zuerst stehen (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Policy for mail failing DMARC: none (monitor), quarantine (spam folder), reject (RFC 7489 §6.3)</source>
        <translation>Richtlinie für E-Mails, die DMARC nicht bestehen: none (überwachen), quarantine (Spam-Ordner), reject (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Policy for subdomains; p= applies when absent (RFC 7489 §6.3)</source>
        <translation>Richtlinie für Subdomains; p= gilt, wenn nicht vorhanden (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Policy for non-existent subdomains (RFC 9091, DMARCbis)</source>
        <translation>Richtlinie für nicht existierende Subdomains (RFC 9091, DMARCbis)</translation>
    </message>
    <message>
        <source>DKIM alignment: r (relaxed, same organizational domain) or s (strict, exact domain) (RFC 7489 §3.1.1)</source>
        <translation>DKIM-Ausrichtung: r (relaxed, gleiche Organisationsdomain) oder s (strict, exakte Domain) (RFC 7489 §3.1.1)</translation>
    </message>
    <message>
        <source>SPF alignment: r (relaxed) or s (strict) (RFC 7489 §3.1.2)</source>
        <translation>SPF-Ausrichtung: r (relaxed) oder s (strict) (RFC 7489 §3.1.2)</translation>
    </message>
    <message>
        <source>Percentage of failing mail the policy applies to (RFC 7489 §6.3; removed by DMARCbis, use t=y)</source>
        <translation>Prozentsatz der fehlschlagenden E-Mails, auf den die Richtlinie angewendet wird (RFC 7489 §6.3; von DMARCbis entfernt, verwenden Sie t=y)</translation>
    </message>
    <message>
        <source>When failure reports are wanted: 0 all fail, 1 any fails, d DKIM fails, s SPF fails (RFC 7489 §6.3)</source>
        <translation>Wann Fehlerberichte gewünscht sind: 0 alle schlagen fehl, 1 eines schlägt fehl, d DKIM schlägt fehl, s SPF schlägt fehl (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Where aggregate reports go: mailto: URIs; other domains must authorize it (RFC 7489 §7.1)</source>
        <translation>Wohin Sammelberichte gehen: mailto:-URIs; andere Domains müssen dies autorisieren (RFC 7489 §7.1)</translation>
    </message>
    <message>
        <source>Where failure (forensic) reports go; few receivers send them (RFC 7489 §6.3)</source>
        <translation>Wohin Fehlerberichte (forensische Berichte) gehen; nur wenige Empfänger senden sie (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Failure report format: afrf (RFC 7489 §6.3; removed by DMARCbis)</source>
        <translation>Format der Fehlerberichte: afrf (RFC 7489 §6.3; von DMARCbis entfernt)</translation>
    </message>
    <message>
        <source>Aggregate report interval in seconds, default 86400 (RFC 7489 §6.3; removed by DMARCbis)</source>
        <translation>Intervall der Sammelberichte in Sekunden, Standard 86400 (RFC 7489 §6.3; von DMARCbis entfernt)</translation>
    </message>
    <message>
        <source>Testing mode: y asks receivers not to apply the policy fully (DMARCbis)</source>
        <translation>Testmodus: y bittet Empfänger, die Richtlinie nicht vollständig anzuwenden (DMARCbis)</translation>
    </message>
    <message>
        <source>Public suffix domain flag: y, n or u (DMARCbis)</source>
        <translation>Kennzeichen für Public-Suffix-Domains: y, n oder u (DMARCbis)</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(kein Eintrag)</translation>
    </message>
    <message>
        <source>Organizational domain: %1</source>
        <translation>Organisationsdomain: %1</translation>
    </message>
    <message>
        <source>Inherited from the organizational domain %1</source>
        <translation>Von der Organisationsdomain %1 geerbt</translation>
    </message>
    <message>
        <source>Policy in force: %1</source>
        <translation>Geltende Richtlinie: %1</translation>
    </message>
    <message>
        <source>none (unusable record)</source>
        <translation>none (unbrauchbarer Eintrag)</translation>
    </message>
    <message>
        <source>Unknown tag: receivers ignore it</source>
        <translation>Unbekanntes Tag: Empfänger ignorieren es</translation>
    </message>
    <message>
        <source>(syntax)</source>
        <translation>(Syntax)</translation>
    </message>
    <message>
        <source>%1 (guessed: %2)</source>
        <translation>%1 (geraten: %2)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>testing (t=y)</source>
        <translation>Testmodus (t=y)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>Policy URL</source>
        <translation>Richtlinien-URL</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>max_age</source>
        <translation>max_age</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>MX patterns</source>
        <translation>MX-Muster</translation>
    </message>
    <message>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichte an</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Gefunden unter</translation>
    </message>
    <message>
        <source>Logo (l=)</source>
        <translation>Logo (l=)</translation>
    </message>
    <message>
        <source>VMC (a=)</source>
        <translation>VMC (a=)</translation>
    </message>
    <message>
        <source>SVG</source>
        <translation>SVG</translation>
    </message>
    <message>
        <source>%1 bytes (HTTP %2)</source>
        <translation>%1 Bytes (HTTP %2)</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>answers authenticated (AD bit set by the resolver)</source>
        <translation>Antworten authentifiziert (AD-Bit vom Resolver gesetzt)</translation>
    </message>
    <message>
        <source>answers not authenticated (no AD bit)</source>
        <translation>Antworten nicht authentifiziert (kein AD-Bit)</translation>
    </message>
    <message>
        <source>pending…</source>
        <translation>ausstehend …</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the SPF tree… %n record(s) reached so far.</source>
        <translation>
            <numerusform>SPF-Baum wird abgefragt … bisher %n Eintrag erreicht.</numerusform>
            <numerusform>SPF-Baum wird abgefragt … bisher %n Einträge erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before every answer arrived; run again for this item.</source>
        <translation>Angehalten, bevor alle Antworten eingetroffen sind; führen Sie die Prüfung für dieses Element erneut aus.</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message>
        <source>SPF: %1.</source>
        <translation>SPF: %1.</translation>
    </message>
    <message>
        <source>SPF: %1; the tree below is what was looked up until then.</source>
        <translation>SPF: %1; der Baum unten zeigt, was bis dahin abgefragt wurde.</translation>
    </message>
    <message>
        <source>SPF: %1</source>
        <translation>SPF: %1</translation>
    </message>
    <message numerus="yes">
        <source>so far; %n item(s) still pending…</source>
        <translation>
            <numerusform>bisher; %n Element noch ausstehend …</numerusform>
            <numerusform>bisher; %n Elemente noch ausstehend …</numerusform>
        </translation>
    </message>
    <message>
        <source>No MX hosts: %1 does not exist (NXDOMAIN), so mail to it cannot be delivered and mail from it is rejected.</source>
        <translation>Keine MX-Hosts: %1 existiert nicht (NXDOMAIN); Mail dorthin kann nicht zugestellt werden, Mail von dort wird abgewiesen.</translation>
    </message>
    <message>
        <source>No MX record: %1 has none, so senders fall back to its address records (implicit MX, RFC 5321 §5.1).</source>
        <translation>Kein MX-Eintrag: %1 hat keinen, daher weichen Absender auf seine Adresseinträge aus (implizites MX, RFC 5321 §5.1).</translation>
    </message>
    <message>
        <source>No MX hosts: %1 publishes a null MX: it accepts no mail (RFC 7505).</source>
        <translation>Keine MX-Hosts: %1 veröffentlicht ein Null-MX und nimmt keine Mail an (RFC 7505).</translation>
    </message>
    <message>
        <source>No usable MX host: see the findings of &quot;%1&quot;.</source>
        <translation>Kein nutzbarer MX-Host: siehe die Befunde von „%1“.</translation>
    </message>
    <message>
        <source>No MX hosts shown: the MX lookup of %1 failed (%2).</source>
        <translation>Keine MX-Hosts angezeigt: Die MX-Abfrage von %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>DNS lookups failed: no server answered (see the DNS trace)</source>
        <translation>DNS-Abfragen fehlgeschlagen: Kein Server hat geantwortet (siehe DNS-Verlauf)</translation>
    </message>
    <message>
        <source>the domain does not exist (NXDOMAIN): it has no MX hosts to check</source>
        <translation>die Domain existiert nicht (NXDOMAIN): Es gibt keine MX-Hosts zu prüfen</translation>
    </message>
    <message>
        <source>key published</source>
        <translation>Schlüssel veröffentlicht</translation>
    </message>
    <message>
        <source>no key published (NXDOMAIN: the name does not exist)</source>
        <translation>kein Schlüssel veröffentlicht (NXDOMAIN: der Name existiert nicht)</translation>
    </message>
    <message>
        <source>no key published (no TXT record at the name)</source>
        <translation>kein Schlüssel veröffentlicht (kein TXT-Eintrag unter dem Namen)</translation>
    </message>
    <message>
        <source>key record invalid: verifiers cannot use it</source>
        <translation>Schlüsseleintrag ungültig: Prüfer können ihn nicht verwenden</translation>
    </message>
    <message>
        <source>key revoked (empty p=)</source>
        <translation>Schlüssel widerrufen (leeres p=)</translation>
    </message>
    <message>
        <source>lookup failed (%1)</source>
        <translation>Abfrage fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: no DNS server answered</source>
        <translation>%1: Kein DNS-Server hat geantwortet</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ExportDialog</name>
    <message>
        <source>&amp;Redact addresses, bodies and URL tokens</source>
        <translation>Adressen, Nachrichtentexte und URL-Tokens &amp;schwärzen</translation>
    </message>
    <message>
        <source>Include DNS and SMTP &amp;transcripts</source>
        <translation>DNS- und SMTP-&amp;Mitschnitte einschließen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>Markdown (for Jira, Zendesk, GitHub)</source>
        <translation>Markdown (für Jira, Zendesk, GitHub)</translation>
    </message>
    <message>
        <source>JSON (stable schema)</source>
        <translation>JSON (stabiles Schema)</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>Replace recipient addresses, local parts, message bodies and tracking tokens in URLs with stable placeholders, so the report can leave the company.</source>
        <translation>Empfängeradressen, lokale Teile, Nachrichtentexte und Tracking-Tokens in URLs durch stabile Platzhalter ersetzen, damit der Bericht das Unternehmen verlassen kann.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown-Dateien (*.md *.markdown)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::FindingsModel</name>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>Filter rules: %1</source>
        <translation>Filterregeln: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::FindingsPanel</name>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::HeaderTableModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Decoded value</source>
        <translation>Dekodierter Wert</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>Rohwert</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::KeychainPasswordProvider</name>
    <message>
        <source>no password for %1 in the keychain (use &quot;Set password…&quot;)</source>
        <translation>kein Passwort für %1 im Schlüsselbund (verwenden Sie &quot;Passwort festlegen …&quot;)</translation>
    </message>
    <message>
        <source>no keychain service is available for %1 (%2)</source>
        <translation>für %1 ist kein Schlüsselbunddienst verfügbar (%2)</translation>
    </message>
    <message>
        <source>access to the keychain was denied for %1 (%2)</source>
        <translation>der Zugriff auf den Schlüsselbund wurde für %1 verweigert (%2)</translation>
    </message>
    <message>
        <source>this platform has no keychain support (%1)</source>
        <translation>diese Plattform unterstützt keinen Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>the keychain failed for %1: %2</source>
        <translation>der Schlüsselbund ist für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the seed needs an address and an IMAP host before it can have a password</source>
        <translation>der Seed benötigt eine Adresse und einen IMAP-Host, bevor er ein Passwort haben kann</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s for %2</source>
        <translation>der Schlüsselbund hat für %2 nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>the keychain entry for %1 is empty</source>
        <translation>der Schlüsselbundeintrag für %1 ist leer</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MainWindow</name>
    <message>
        <source>Deliverbench</source>
        <translation>Deliverbench</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen …</translation>
    </message>
    <message>
        <source>Open .eml, mbox or other message files</source>
        <translation>.eml-, mbox- oder andere Nachrichtendateien öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Maildir Folder…</source>
        <translation>&amp;Maildir-Ordner öffnen …</translation>
    </message>
    <message>
        <source>&amp;Paste Message</source>
        <translation>Nachricht &amp;einfügen</translation>
    </message>
    <message>
        <source>Open the message or header block on the clipboard</source>
        <translation>Die Nachricht oder den Kopfzeilenblock aus der Zwischenablage öffnen</translation>
    </message>
    <message>
        <source>Open S&amp;ample Case</source>
        <translation>&amp;Beispielfall öffnen</translation>
    </message>
    <message>
        <source>&amp;Close Message</source>
        <translation>Nachricht &amp;schließen</translation>
    </message>
    <message>
        <source>Save &amp;Part As…</source>
        <translation>&amp;Teil speichern unter …</translation>
    </message>
    <message>
        <source>C&amp;lear Recent Files</source>
        <translation>Zuletzt geöffnete Dateien &amp;leeren</translation>
    </message>
    <message>
        <source>Cancel &amp;Loading</source>
        <translation>&amp;Laden abbrechen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Raw Source</source>
        <translation>&amp;Rohquelltext</translation>
    </message>
    <message>
        <source>&amp;MIME Structure</source>
        <translation>&amp;MIME-Struktur</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Kopfzeilen</translation>
    </message>
    <message>
        <source>Received &amp;Timeline</source>
        <translation>Received-&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>&amp;Nächste Nachricht</translation>
    </message>
    <message>
        <source>P&amp;revious Message</source>
        <translation>&amp;Vorherige Nachricht</translation>
    </message>
    <message>
        <source>&amp;Filter Findings</source>
        <translation>Befunde &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;About Deliverbench</source>
        <translation>Ü&amp;ber Deliverbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Case inputs</source>
        <translation>Eingaben des Falls</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Open Messages</source>
        <translation>Nachrichten öffnen</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)</source>
        <translation>Nachrichten (*.eml *.msg *.txt *.mbox *.mbx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Maildir Folder</source>
        <translation>Maildir-Ordner öffnen</translation>
    </message>
    <message>
        <source>This build has no bundled sample case.</source>
        <translation>Dieser Build enthält keinen Beispielfall.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Die Zwischenablage enthält keinen Text.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n input(s)…</source>
        <translation>
            <numerusform>%n Eingabe wird geöffnet …</numerusform>
            <numerusform>%n Eingaben werden geöffnet …</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Öffnen abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht geöffnet.</numerusform>
            <numerusform>%n Nachrichten geöffnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped message</source>
        <translation>abgelegte Nachricht</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>abgelegter Text</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Neuer Fall</translation>
    </message>
    <message>
        <source>Close the current case and start an empty one</source>
        <translation>Den aktuellen Fall schließen und einen leeren beginnen</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>&amp;Fall öffnen …</translation>
    </message>
    <message>
        <source>Open a saved case (.dbcase)</source>
        <translation>Einen gespeicherten Fall öffnen (.dbcase)</translation>
    </message>
    <message>
        <source>&amp;Save Case</source>
        <translation>Fall spei&amp;chern</translation>
    </message>
    <message>
        <source>Save Case &amp;As…</source>
        <translation>Fall speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Be&amp;richt exportieren …</translation>
    </message>
    <message>
        <source>Write the case&apos;s report as HTML, Markdown, JSON or PDF</source>
        <translation>Den Bericht des Falls als HTML, Markdown, JSON oder PDF schreiben</translation>
    </message>
    <message>
        <source>Re-chec&amp;k Case</source>
        <translation>Fall erneut &amp;prüfen</translation>
    </message>
    <message>
        <source>Run the case&apos;s checks again now and show what changed since</source>
        <translation>Die Prüfungen des Falls jetzt erneut ausführen und anzeigen, was sich seitdem geändert hat</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Unbenannter Fall</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Deliverbench</source>
        <translation>%1[*] — %2 — Deliverbench</translation>
    </message>
    <message>
        <source>%1[*] — Deliverbench</source>
        <translation>%1[*] — Deliverbench</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The case “%1” has unsaved changes. Save them?</source>
        <translation>Der Fall „%1“ hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <source>case.%1</source>
        <translation>fall.%1</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>Deliverbench cases (*.dbcase);;All files (*)</source>
        <translation>Deliverbench-Fälle (*.dbcase);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation>Der Fall konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>Der Fall konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The case file was not changed.</source>
        <translation>%1

Die Falldatei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Restored the unsaved changes from the recovery file.</source>
        <translation>Die nicht gespeicherten Änderungen wurden aus der Wiederherstellungsdatei wiederhergestellt.</translation>
    </message>
    <message>
        <source>Opened the case %1.</source>
        <translation>Fall %1 geöffnet.</translation>
    </message>
    <message>
        <source>Save Case As</source>
        <translation>Fall speichern unter</translation>
    </message>
    <message>
        <source>The case was not saved.</source>
        <translation>Der Fall wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the case</source>
        <translation>Der Fall konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1

The previous version of the file, if any, is unchanged.</source>
        <translation>%1

Die vorherige Version der Datei, falls vorhanden, ist unverändert.</translation>
    </message>
    <message>
        <source>Saved the case to %1.</source>
        <translation>Fall in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saving the case…</source>
        <translation>Fall wird gespeichert …</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>report</source>
        <translation>bericht</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Der Bericht wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Re-checking the case… %1 of %2</source>
        <translation>Fall wird erneut geprüft … %1 von %2</translation>
    </message>
    <message>
        <source>Re-check: nothing changed since the case was recorded.</source>
        <translation>Erneute Prüfung: Seit der Aufzeichnung des Falls hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Re-check: %n change(s) since the case was recorded.</source>
        <translation>
            <numerusform>Erneute Prüfung: %n Änderung seit der Aufzeichnung des Falls.</numerusform>
            <numerusform>Erneute Prüfung: %n Änderungen seit der Aufzeichnung des Falls.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check cancelled.</source>
        <translation>Erneute Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>Re-checking the case…</source>
        <translation>Fall wird erneut geprüft …</translation>
    </message>
    <message>
        <source>&amp;Batch Triage of Mbox or Files…</source>
        <translation>&amp;Stapelsichtung von Mbox oder Dateien …</translation>
    </message>
    <message>
        <source>Pick an mbox (or .eml files) of bounces or seed copies and triage it in the Batch tab</source>
        <translation>Eine Mbox (oder .eml-Dateien) mit Bounces oder Seed-Kopien auswählen und im Tab „Stapel“ sichten</translation>
    </message>
    <message>
        <source>Batch Triage of &amp;Folder or Maildir…</source>
        <translation>Stapelsichtung von &amp;Ordner oder Maildir …</translation>
    </message>
    <message>
        <source>Pick a folder or Maildir and triage it in the Batch tab</source>
        <translation>Einen Ordner oder ein Maildir auswählen und im Tab „Stapel“ sichten</translation>
    </message>
    <message>
        <source>&amp;Compare Messages…</source>
        <translation>Nachrichten &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Open the Diff tab; with two messages in the case, compare them</source>
        <translation>Den Tab „Vergleich“ öffnen; mit zwei Nachrichten im Fall diese vergleichen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Arbeits&amp;bereich</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MessageLoader</name>
    <message>
        <source>No message found in %1</source>
        <translation>Keine Nachricht in %1 gefunden</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 is not a message or a header block.</source>
        <translation>%1 ist weder eine Nachricht noch ein Kopfzeilenblock.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MessagePage</name>
    <message>
        <source>&amp;Raw Source</source>
        <translation>&amp;Rohquelltext</translation>
    </message>
    <message>
        <source>&amp;MIME Structure</source>
        <translation>&amp;MIME-Struktur</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Kopfzeilen</translation>
    </message>
    <message>
        <source>Received &amp;Timeline</source>
        <translation>Received-&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. Findings beyond that point cannot be highlighted here.</source>
        <translation>Die ersten %1 von %2 werden angezeigt. Befunde danach können hier nicht hervorgehoben werden.</translation>
    </message>
    <message>
        <source>Headers of the message</source>
        <translation>Kopfzeilen der Nachricht</translation>
    </message>
    <message>
        <source>Headers of part %1</source>
        <translation>Kopfzeilen von Teil %1</translation>
    </message>
    <message>
        <source>The evidence of this finding is beyond the part of the message shown.</source>
        <translation>Der Beleg dieses Befunds liegt außerhalb des angezeigten Teils der Nachricht.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MimeTreeModel</name>
    <message>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>(message)</source>
        <translation>(Nachricht)</translation>
    </message>
    <message>
        <source>Content-ID: %1</source>
        <translation>Content-ID: %1</translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation>Disposition: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Charset</source>
        <translation>Zeichensatz</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PartViewer</name>
    <message>
        <source>&amp;Show as:</source>
        <translation>&amp;Anzeigen als:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Decoded text</source>
        <translation>Dekodierter Text</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Save Part As…</source>
        <translation>Teil speichern unter …</translation>
    </message>
    <message>
        <source>Select a part in the MIME tree.</source>
        <translation>Wählen Sie einen Teil im MIME-Baum.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked: %n resource(s). Only images inside the message are shown.</source>
        <translation>
            <numerusform>Externe Inhalte blockiert: %n Ressource. Nur Bilder aus der Nachricht selbst werden angezeigt.</numerusform>
            <numerusform>Externe Inhalte blockiert: %n Ressourcen. Nur Bilder aus der Nachricht selbst werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link (not followed): %1</source>
        <translation>Link (wird nicht geöffnet): %1</translation>
    </message>
    <message>
        <source>Part %1 · %2 · %3</source>
        <translation>Teil %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(message)</source>
        <translation>(Nachricht)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a container with %n part(s). Select one of its parts.</source>
        <translation>
            <numerusform>%1 ist ein Container mit %n Teil. Wählen Sie einen seiner Teile.</numerusform>
            <numerusform>%1 ist ein Container mit %n Teilen. Wählen Sie einen seiner Teile.</numerusform>
        </translation>
    </message>
    <message>
        <source>[… truncated for display; save the part to see all of it]</source>
        <translation>[… für die Anzeige gekürzt; speichern Sie den Teil, um alles zu sehen]</translation>
    </message>
    <message>
        <source>Save Part As</source>
        <translation>Teil speichern unter</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved part %1 to %2</source>
        <translation>Teil %1 in %2 gespeichert</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementMatrixModel</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementPage</name>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>&amp;Open Seed List…</source>
        <translation>Seed-Liste &amp;öffnen …</translation>
    </message>
    <message>
        <source>&amp;Save Seed List…</source>
        <translation>Seed-Liste &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Add Seed</source>
        <translation>Seed &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Seed</source>
        <translation>Seed &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Discover Folders</source>
        <translation>&amp;Ordner ermitteln</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>&amp;Passwort festlegen …</translation>
    </message>
    <message>
        <source>&amp;Import Vendor Results…</source>
        <translation>Anbieterergebnisse &amp;importieren …</translation>
    </message>
    <message>
        <source>Column mapping used to read a vendor export</source>
        <translation>Spaltenzuordnung zum Lesen eines Anbieterexports</translation>
    </message>
    <message>
        <source>Campaign &amp;token:</source>
        <translation>Kampagnen-&amp;Token:</translation>
    </message>
    <message>
        <source>the token your campaign carries</source>
        <translation>das Token, das Ihre Kampagne trägt</translation>
    </message>
    <message>
        <source>in header</source>
        <translation>in Kopfzeile</translation>
    </message>
    <message>
        <source>in subject</source>
        <translation>im Betreff</translation>
    </message>
    <message>
        <source>Header field that carries the token</source>
        <translation>Kopfzeile, die das Token trägt</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>&amp;Warten:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to keep polling seeds that have no copy yet (0: poll each seed once)</source>
        <translation>Wie lange Seeds, die noch keine Kopie haben, weiter abgefragt werden (0: jeden Seed einmal abfragen)</translation>
    </message>
    <message>
        <source>&amp;Poll</source>
        <translation>&amp;Abfragen</translation>
    </message>
    <message>
        <source>Search every seed box for the campaign (Ctrl+Return)</source>
        <translation>Jedes Seed-Postfach nach der Kampagne durchsuchen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%v / %m seeds</source>
        <translation>%v / %m Seeds</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Cancel Poll</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>S&amp;eeds</source>
        <translation>See&amp;ds</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Open Seed List</source>
        <translation>Seed-Liste öffnen</translation>
    </message>
    <message>
        <source>Seed lists (*.json *.csv);;All files (*)</source>
        <translation>Seed-Listen (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Seed List</source>
        <translation>Seed-Liste speichern</translation>
    </message>
    <message>
        <source>Seed Password</source>
        <translation>Seed-Passwort</translation>
    </message>
    <message>
        <source>Password (or app password) for %1 on %2.
It is stored in the system keychain, never in the seed list.</source>
        <translation>Passwort (oder App-Passwort) für %1 auf %2.
Es wird im Schlüsselbund des Systems gespeichert, nie in der Seed-Liste.</translation>
    </message>
    <message>
        <source>Import Vendor Results</source>
        <translation>Anbieterergebnisse importieren</translation>
    </message>
    <message>
        <source>Placement exports (*.csv *.json);;All files (*)</source>
        <translation>Platzierungsexporte (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open the seed list %1: %2</source>
        <translation>Die Seed-Liste %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Seed list %1: %n seed(s)</source>
        <translation>
            <numerusform>Seed-Liste %1: %n Seed</numerusform>
            <numerusform>Seed-Liste %1: %n Seeds</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the seed list %1: %2</source>
        <translation>Die Seed-Liste %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Seed list saved to %1</source>
        <translation>Seed-Liste in %1 gespeichert</translation>
    </message>
    <message>
        <source>Password for %1 stored in the keychain</source>
        <translation>Passwort für %1 im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>Password not stored: %1</source>
        <translation>Passwort nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Discovering the folders of %1…</source>
        <translation>Ordner von %1 werden ermittelt …</translation>
    </message>
    <message>
        <source>Cannot discover folders: %1</source>
        <translation>Ordner können nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <source>Folder discovery for %1 failed: %2</source>
        <translation>Ordnerermittlung für %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The seed was removed</source>
        <translation>Der Seed wurde entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n folder(s) listed, every role was already set</source>
        <translation>
            <numerusform>%1: %n Ordner aufgelistet, jede Rolle war bereits festgelegt</numerusform>
            <numerusform>%1: %n Ordner aufgelistet, jede Rolle war bereits festgelegt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the campaign token (printable ASCII without spaces) before polling</source>
        <translation>Geben Sie vor dem Abfragen das Kampagnen-Token ein (druckbares ASCII ohne Leerzeichen)</translation>
    </message>
    <message>
        <source>Enter the header field that carries the token</source>
        <translation>Geben Sie die Kopfzeile ein, die das Token trägt</translation>
    </message>
    <message>
        <source>The seed list is empty</source>
        <translation>Die Seed-Liste ist leer</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n seed(s) for %1…</source>
        <translation>
            <numerusform>%n Seed wird nach %1 abgefragt…</numerusform>
            <numerusform>%n Seeds werden nach %1 abgefragt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Poll cancelled; seeds not answered yet are marked as errors</source>
        <translation>Abfrage abgebrochen; noch nicht beantwortete Seeds werden als Fehler markiert</translation>
    </message>
    <message>
        <source>Poll finished: %1</source>
        <translation>Abfrage abgeschlossen: %1</translation>
    </message>
    <message numerus="yes">
        <source>of %n seed(s) in the inbox</source>
        <translation>
            <numerusform>von %n Seed im Posteingang</numerusform>
            <numerusform>von %n Seeds im Posteingang</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement per provider</source>
        <translation>Platzierung pro Anbieter</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Inbox rate per provider across runs</source>
        <translation>Posteingangsrate pro Anbieter über alle Durchläufe</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Inbox rate</source>
        <translation>Posteingangsrate</translation>
    </message>
    <message>
        <source>The placement history could not be opened: %1</source>
        <translation>Der Platzierungsverlauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The run was not stored in the history: %1</source>
        <translation>Der Durchlauf wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; — %3</source>
        <translation>%1 &lt;%2&gt; — %3</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <source>Arrival: %1</source>
        <translation>Eingang: %1</translation>
    </message>
    <message>
        <source>Delay since send: %1</source>
        <translation>Verzögerung seit dem Senden: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Delivered header block (UID %1 in %2; double-click the row to open the whole message):</source>
        <translation>Zugestellter Kopfbereich (UID %1 in %2; Doppelklick auf die Zeile öffnet die ganze Nachricht):</translation>
    </message>
    <message>
        <source>%1 has no delivered copy to open</source>
        <translation>%1 hat keine zugestellte Kopie zum Öffnen</translation>
    </message>
    <message>
        <source>Fetching the copy delivered to %1…</source>
        <translation>Die an %1 zugestellte Kopie wird abgerufen …</translation>
    </message>
    <message>
        <source>Cannot fetch the copy: %1</source>
        <translation>Die Kopie kann nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the copy delivered to %1: %2</source>
        <translation>Die an %1 zugestellte Kopie kann nicht abgerufen werden: %2</translation>
    </message>
    <message>
        <source>Opened the copy delivered to %1 (%2)</source>
        <translation>Die an %1 zugestellte Kopie wurde geöffnet (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Unknown column mapping preset %1</source>
        <translation>Unbekannte Vorlage für die Spaltenzuordnung %1</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n seed result(s) from %1</source>
        <translation>
            <numerusform>%n Seed-Ergebnis aus %1 importiert</numerusform>
            <numerusform>%n Seed-Ergebnisse aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>no seed list</source>
        <translation>keine Seed-Liste</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementSeedModel</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Tab: %1</source>
        <translation>Tab: %1</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation>Wird abgefragt …</translation>
    </message>
    <message>
        <source>Double-click to open the delivered copy in the Message workspace</source>
        <translation>Doppelklicken, um die zugestellte Kopie im Nachrichtenbereich zu öffnen</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Platzierung</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Delay since send</source>
        <translation>Verzögerung seit dem Senden</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ReceivedTimelineModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>clock skew %1</source>
        <translation>Uhrenabweichung %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>This hop&apos;s time is earlier than the previous hop&apos;s: the clocks of the two servers disagree.</source>
        <translation>Die Zeit dieser Station liegt vor der der vorherigen: Die Uhren der beiden Server weichen voneinander ab.</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Station</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Case</source>
        <translation>Nicht gespeicherten Fall wiederherstellen</translation>
    </message>
    <message>
        <source>an untitled case</source>
        <translation>einem unbenannten Fall</translation>
    </message>
    <message>
        <source>the case %1</source>
        <translation>dem Fall %1</translation>
    </message>
    <message>
        <source>Deliverbench did not close cleanly last time. Changes to %1 were saved automatically at %2 but never saved to the case file.

Restore them?</source>
        <translation>Deliverbench wurde beim letzten Mal nicht ordnungsgemäß beendet. Änderungen an %1 wurden um %2 automatisch gesichert, aber nie in der Falldatei gespeichert.

Wiederherstellen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::RelayBatteryModel</name>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>accepted (no recipient check)</source>
        <translation>angenommen (keine Empfängerprüfung)</translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>weitergeleitet</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>authentication required</source>
        <translation>Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>session closed (421)</source>
        <translation>Sitzung geschlossen (421)</translation>
    </message>
    <message>
        <source>deferred (temporary failure)</source>
        <translation>zurückgestellt (vorübergehender Fehler)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>catch-all</source>
        <translation>Catch-all</translation>
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
        <source>MAIL %1, RCPT %2, %3 ms
%4</source>
        <translation>MAIL %1, RCPT %2, %3 ms
%4</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Accepted?</source>
        <translation>Angenommen?</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::RelayPage</name>
    <message>
        <source>mx.example.com, mx.example.com:587, [2001:db8::1]:25</source>
        <translation>mx.example.com, mx.example.com:587, [2001:db8::1]:25</translation>
    </message>
    <message>
        <source>&amp;Host[:port]:</source>
        <translation>&amp;Host[:Port]:</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS, wenn angeboten</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>Implicit TLS (SMTPS, 465)</source>
        <translation>Implizites TLS (SMTPS, 465)</translation>
    </message>
    <message>
        <source>Plain (no TLS)</source>
        <translation>Unverschlüsselt (kein TLS)</translation>
    </message>
    <message>
        <source>How the probe uses TLS (RFC 3207 STARTTLS, RFC 8314 implicit TLS)</source>
        <translation>Wie der Test TLS verwendet (RFC 3207 STARTTLS, RFC 8314 implizites TLS)</translation>
    </message>
    <message>
        <source>Probe &amp;domain:</source>
        <translation>Test-&amp;Domain:</translation>
    </message>
    <message>
        <source>An external domain the relay tests try to send to (never your own)</source>
        <translation>Eine externe Domain, an die die Relay-Tests zu senden versuchen (nie Ihre eigene)</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for each reply</source>
        <translation>Wie lange auf jede Antwort gewartet wird</translation>
    </message>
    <message>
        <source>Run open-relay &amp;battery</source>
        <translation>Open-Relay-Testreihe aus&amp;führen</translation>
    </message>
    <message>
        <source>The 16 MAIL FROM / RCPT TO tricks of nmap&apos;s smtp-open-relay; DATA is never sent</source>
        <translation>Die 16 MAIL-FROM/RCPT-TO-Tricks von nmaps smtp-open-relay; DATA wird nie gesendet</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Probe the server (Ctrl+Return)</source>
        <translation>Server testen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the probe (Esc)</source>
        <translation>Test anhalten (Esc)</translation>
    </message>
    <message>
        <source>Enter a host and press Run.</source>
        <translation>Geben Sie einen Host ein und klicken Sie auf Ausführen.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>Relay &amp;Battery</source>
        <translation>Relay-Test&amp;reihe</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Transcript</source>
        <translation>Mitsch&amp;nitt kopieren</translation>
    </message>
    <message>
        <source>Trans&amp;cript</source>
        <translation>M&amp;itschnitt</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Enter a host name or address, optionally with :port.</source>
        <translation>Geben Sie einen Hostnamen oder eine Adresse ein, optional mit :Port.</translation>
    </message>
    <message>
        <source>Probing %1…</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <source>Probing %1</source>
        <translation>%1 wird getestet</translation>
    </message>
    <message>
        <source>relay test %1</source>
        <translation>Relay-Test %1</translation>
    </message>
    <message>
        <source>catch-all test</source>
        <translation>Catch-all-Test</translation>
    </message>
    <message>
        <source>Probe of %1 finished in %2 ms</source>
        <translation>Test von %1 in %2 ms abgeschlossen</translation>
    </message>
    <message>
        <source>Open relay: %1 of %2 relay tests were accepted</source>
        <translation>Offenes Relay: %1 von %2 Relay-Tests wurden angenommen</translation>
    </message>
    <message>
        <source>Closed: all %1 relay tests were rejected</source>
        <translation>Geschlossen: alle %1 Relay-Tests wurden abgelehnt</translation>
    </message>
    <message>
        <source>Inconclusive, retry later: %1</source>
        <translation>Nicht eindeutig, später erneut versuchen: %1</translation>
    </message>
    <message>
        <source>Relay battery not run</source>
        <translation>Relay-Testreihe nicht ausgeführt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>(not resolved)</source>
        <translation>(nicht aufgelöst)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Banner time</source>
        <translation>Banner-Zeit</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>EHLO capabilities</source>
        <translation>EHLO-Fähigkeiten</translation>
    </message>
    <message>
        <source>EHLO not supported (HELO only)</source>
        <translation>EHLO nicht unterstützt (nur HELO)</translation>
    </message>
    <message>
        <source>EHLO capabilities after TLS</source>
        <translation>EHLO-Fähigkeiten nach TLS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>AUTH before TLS</source>
        <translation>AUTH vor TLS</translation>
    </message>
    <message>
        <source>AUTH after TLS</source>
        <translation>AUTH nach TLS</translation>
    </message>
    <message>
        <source>VRFY</source>
        <translation>VRFY</translation>
    </message>
    <message>
        <source>EXPN</source>
        <translation>EXPN</translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation>Reverse-DNS</translation>
    </message>
    <message>
        <source>Forward-confirmed</source>
        <translation>Vorwärtsbestätigt</translation>
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
        <source>Banner name</source>
        <translation>Banner-Name</translation>
    </message>
    <message>
        <source>Banner name matches PTR</source>
        <translation>Banner-Name passt zum PTR</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>TLS was not used.</source>
        <translation>TLS wurde nicht verwendet.</translation>
    </message>
    <message>
        <source>TLS (%1) failed: %2</source>
        <translation>TLS (%1) fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4 bits), handshake %5 ms</source>
        <translation>%1: %2, %3 (%4 Bit), Handshake %5 ms</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Verification: chain %1, name %2 %3</source>
        <translation>Überprüfung: Kette %1, Name %2 %3</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>Endzertifikat</translation>
    </message>
    <message>
        <source>root</source>
        <translation>Stammzertifikat</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>Zwischenzertifikat</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Inhabernamen</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 Bit</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ReputationPage</name>
    <message>
        <source>&amp;Targets (IP addresses and domains, one per line):</source>
        <translation>&amp;Ziele (IP-Adressen und Domains, eines pro Zeile):</translation>
    </message>
    <message>
        <source>192.0.2.1
2001:db8::1
example.com</source>
        <translation>192.0.2.1
2001:db8::1
example.com</translation>
    </message>
    <message>
        <source>From &amp;Message</source>
        <translation>Aus &amp;Nachricht</translation>
    </message>
    <message>
        <source>The selected message&apos;s sending IP and every URL host and domain in it</source>
        <translation>Die sendende IP der ausgewählten Nachricht sowie jeder URL-Host und jede Domain darin</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>Your own recursive resolver (IP[:port]); many lists refuse queries from public resolvers</source>
        <translation>Ihr eigener rekursiver Resolver (IP[:Port]); viele Listen lehnen Abfragen von öffentlichen Resolvern ab</translation>
    </message>
    <message>
        <source>your list&apos;s zone, e.g. bl.example.net</source>
        <translation>die Zone Ihrer Liste, z. B. bl.example.net</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv4 + IPv6</source>
        <translation>IPv4 + IPv6</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>&amp;Add List</source>
        <translation>Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected list of yours (built-in lists can only be disabled)</source>
        <translation>Die ausgewählte eigene Liste entfernen (eingebaute Listen können nur deaktiviert werden)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Enable every list</source>
        <translation>Alle Listen aktivieren</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Disable every list</source>
        <translation>Alle Listen deaktivieren</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check the targets against the enabled lists (Ctrl+Return)</source>
        <translation>Die Ziele mit den aktivierten Listen prüfen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Gelistet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Sauber</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>&amp;Lists (%1 of %2 enabled):</source>
        <translation>&amp;Listen (%1 von %2 aktiviert):</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputation</translation>
    </message>
    <message>
        <source>Enter the DNS zone of the list, e.g. bl.example.net</source>
        <translation>Geben Sie die DNS-Zone der Liste ein, z. B. bl.example.net</translation>
    </message>
    <message>
        <source>Built-in lists cannot be removed; uncheck them to skip them.</source>
        <translation>Eingebaute Listen können nicht entfernt werden; entfernen Sie das Häkchen, um sie zu überspringen.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) found in the message</source>
        <translation>
            <numerusform>%n Ziel in der Nachricht gefunden</numerusform>
            <numerusform>%n Ziele in der Nachricht gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one IP address or domain.</source>
        <translation>Geben Sie mindestens eine IP-Adresse oder Domain ein.</translation>
    </message>
    <message>
        <source>Not an IP address or domain: %1</source>
        <translation>Keine IP-Adresse oder Domain: %1</translation>
    </message>
    <message>
        <source>Enable at least one list.</source>
        <translation>Aktivieren Sie mindestens eine Liste.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s)…</source>
        <translation>
            <numerusform>%n Ziel wird geprüft…</numerusform>
            <numerusform>%n Ziele werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking; skipped (not an IP or domain): %1</source>
        <translation>Wird geprüft; übersprungen (keine IP oder Domain): %1</translation>
    </message>
    <message>
        <source>Blocklist check cancelled</source>
        <translation>Sperrlistenprüfung abgebrochen</translation>
    </message>
    <message>
        <source>Blocklist check finished in %1 ms</source>
        <translation>Sperrlistenprüfung in %1 ms abgeschlossen</translation>
    </message>
    <message>
        <source>%1 (cancelled after %2 answers)</source>
        <translation>%1 (abgebrochen nach %2 Antworten)</translation>
    </message>
    <message>
        <source>New list &amp;zone:</source>
        <translation>&amp;Zone der neuen Liste:</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ResolverFactory</name>
    <message>
        <source>Cannot read the zone file &apos;%1&apos;.</source>
        <translation>Die Zonendatei &apos;%1&apos; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The zone file &apos;%1&apos; is too large.</source>
        <translation>Die Zonendatei &apos;%1&apos; ist zu groß.</translation>
    </message>
    <message>
        <source>The zone file &apos;%1&apos; has errors: %2</source>
        <translation>Die Zonendatei &apos;%1&apos; enthält Fehler: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SeedListModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>(discover)</source>
        <translation>(ermitteln)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation>IMAP-Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Password variable</source>
        <translation>Passwortvariable</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes at the next start of Deliverbench.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Deliverbench.</translation>
    </message>
    <message>
        <source>DNS for every check</source>
        <translation>DNS für alle Prüfungen</translation>
    </message>
    <message>
        <source>System resolvers</source>
        <translation>System-Resolver</translation>
    </message>
    <message>
        <source>Comma-separated: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53. Many blocklists refuse queries from public resolvers.</source>
        <translation>Kommagetrennt: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53. Viele Sperrlisten lehnen Abfragen von öffentlichen Resolvern ab.</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout per try:</source>
        <translation>&amp;Zeitlimit pro Versuch:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Records in zone-file syntax that override or add to real answers, to see a check as if planned records were live.</source>
        <translation>Einträge in Zonendatei-Syntax, die echte Antworten überschreiben oder ergänzen, um eine Prüfung so zu sehen, als wären geplante Einträge bereits aktiv.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>What-if Zone File</source>
        <translation>Was-wäre-wenn-Zonendatei</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt *.db);;All files (*)</source>
        <translation>Zonendateien (*.zone *.txt *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;What-if zone:</source>
        <translation>&amp;Was-wäre-wenn-Zone:</translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot;: %2</source>
        <translation>DNS-Server &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::Severity</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show %1 findings (%2)</source>
        <translation>Befunde „%1“ anzeigen (%2)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SignedRangesView</name>
    <message>
        <source>l= cuts the body here</source>
        <translation>l= schneidet den Body hier ab</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SpfTreeModel</name>
    <message>
        <source>record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>The 11th DNS lookup happens here (&quot;%1&quot;): past 10 lookups SPF evaluation ends in PermError (RFC 7208 §4.6.4)</source>
        <translation>Hier erfolgt die 11. DNS-Abfrage (&quot;%1&quot;): Nach 10 Abfragen endet die SPF-Auswertung in PermError (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>The third void lookup happens here: past 2 void lookups SPF evaluation ends in PermError (RFC 7208 §4.6.4)</source>
        <translation>Hier erfolgt die dritte leere Abfrage: Nach 2 leeren Abfragen endet die SPF-Auswertung in PermError (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Laufende Summe</translation>
    </message>
    <message>
        <source>Subtree</source>
        <translation>Teilbaum</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>pending…</source>
        <translation>ausstehend …</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::TranscriptModel</name>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::Translator</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ZoneOverlayEditor</name>
    <message>
        <source>Records to use instead of the published ones, in zone-file syntax; names without a final dot are relative to the audited domain. Example: &lt;tt&gt;@ TXT &quot;v=spf1 mx -all&quot;&lt;/tt&gt;</source>
        <translation>Einträge, die statt der veröffentlichten verwendet werden, in Zonendatei-Syntax; Namen ohne abschließenden Punkt sind relativ zur geprüften Domain. Beispiel: &lt;tt&gt;@ TXT &quot;v=spf1 mx -all&quot;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove the overlay; the next run uses the published records only</source>
        <translation>Das Overlay entfernen; der nächste Durchlauf verwendet nur die veröffentlichten Einträge</translation>
    </message>
    <message>
        <source>&amp;Apply what-if</source>
        <translation>Was-wäre-wenn &amp;anwenden</translation>
    </message>
    <message>
        <source>Run the audit again as if these records were published (Ctrl+Shift+Return)</source>
        <translation>Die Prüfung erneut ausführen, als wären diese Einträge veröffentlicht (Strg+Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation>Zeile %1: Fehler: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>Zeile %1: Warnung: %2</translation>
    </message>
    <message>
        <source>No overlay: real answers only.</source>
        <translation>Kein Overlay: nur echte Antworten.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n Fehler</numerusform>
            <numerusform>, %n Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap</name>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>Antwort größer als %1 Bytes</translation>
    </message>
    <message>
        <source>empty response line</source>
        <translation>leere Antwortzeile</translation>
    </message>
    <message>
        <source>response does not start with a tag</source>
        <translation>Antwort beginnt nicht mit einem Tag</translation>
    </message>
    <message>
        <source>tagged response without OK, NO or BAD</source>
        <translation>getaggte Antwort ohne OK, NO oder BAD</translation>
    </message>
    <message>
        <source>untagged response without data</source>
        <translation>ungetaggte Antwort ohne Daten</translation>
    </message>
    <message>
        <source>untagged number without a name</source>
        <translation>ungetaggte Zahl ohne Namen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ExamineTask</name>
    <message>
        <source>mailbox name with a line break</source>
        <translation>Postfachname mit Zeilenumbruch</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ImapSession</name>
    <message>
        <source>cannot reach %1:%2: %3</source>
        <translation>%1:%2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>TLS with %1:%2 failed: %3</source>
        <translation>TLS mit %1:%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1:%2 timed out</source>
        <translation>Zeitüberschreitung bei %1:%2</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection during the TLS handshake</source>
        <translation>%1:%2 hat die Verbindung während des TLS-Handshakes geschlossen</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection</source>
        <translation>%1:%2 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection: %3</source>
        <translation>%1:%2 hat die Verbindung geschlossen: %3</translation>
    </message>
    <message>
        <source>connection to %1:%2 failed: %3</source>
        <translation>Verbindung zu %1:%2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>beim Verbinden</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>beim Warten auf die Begrüßung</translation>
    </message>
    <message>
        <source>the TLS handshake after STARTTLS</source>
        <translation>beim TLS-Handshake nach STARTTLS</translation>
    </message>
    <message>
        <source>waiting for the reply to a command</source>
        <translation>beim Warten auf die Antwort auf einen Befehl</translation>
    </message>
    <message>
        <source>%1:%2 timed out while %3</source>
        <translation>Zeitüberschreitung bei %1:%2 %3</translation>
    </message>
    <message>
        <source>unusable data from %1: %2</source>
        <translation>unbrauchbare Daten von %1: %2</translation>
    </message>
    <message>
        <source>unparsable response from %1: %2</source>
        <translation>nicht parsbare Antwort von %1: %2</translation>
    </message>
    <message>
        <source>command ended without a result</source>
        <translation>Befehl ohne Ergebnis beendet</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 hat die Verbindung abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 pre-authenticated the connection; STARTTLS is impossible</source>
        <translation>%1 hat die Verbindung vorab authentifiziert; STARTTLS ist unmöglich</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS</source>
        <translation>%1 bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>the connection was closed before this command ran</source>
        <translation>die Verbindung wurde geschlossen, bevor dieser Befehl ausgeführt wurde</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ImapTask</name>
    <message>
        <source>%1 failed: %2 %3</source>
        <translation>%1 fehlgeschlagen: %2 %3</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::LoginTask</name>
    <message>
        <source>the server does not allow LOGIN here (LOGINDISABLED) and offers no AUTH=PLAIN</source>
        <translation>der Server erlaubt hier kein LOGIN (LOGINDISABLED) und bietet kein AUTH=PLAIN an</translation>
    </message>
    <message>
        <source>the user name or password contains a line break</source>
        <translation>der Benutzername oder das Passwort enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>authentication failed for %1</source>
        <translation>Authentifizierung für %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>authentication failed for %1: %2</source>
        <translation>Authentifizierung für %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ResponseReader</name>
    <message>
        <source>the response stream is no longer usable after an earlier error</source>
        <translation>der Antwortstrom ist nach einem früheren Fehler nicht mehr verwendbar</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>Zeile länger als %1 Bytes</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>Antwort größer als %1 Bytes</translation>
    </message>
    <message>
        <source>literal size out of range</source>
        <translation>Literalgröße außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>literal of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Literal mit %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>too many literals in one response</source>
        <translation>zu viele Literale in einer Antwort</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::StartTlsTask</name>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>der Server hat STARTTLS abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::Tokenizer</name>
    <message>
        <source>unterminated parenthesised list</source>
        <translation>nicht abgeschlossene Liste in Klammern</translation>
    </message>
    <message>
        <source>unbalanced &apos;)&apos;</source>
        <translation>unausgeglichenes &apos;)&apos;</translation>
    </message>
    <message>
        <source>response has more than %1 values</source>
        <translation>Antwort hat mehr als %1 Werte</translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels</source>
        <translation>Listen tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>line break inside a quoted string</source>
        <translation>Zeilenumbruch innerhalb einer Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>literal size out of range</source>
        <translation>Literalgröße außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>literal without a size</source>
        <translation>Literal ohne Größe</translation>
    </message>
    <message>
        <source>malformed literal size</source>
        <translation>fehlerhafte Literalgröße</translation>
    </message>
    <message>
        <source>literal of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>Literal mit %1 Bytes überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>literal size not followed by a line break</source>
        <translation>auf die Literalgröße folgt kein Zeilenumbruch</translation>
    </message>
    <message>
        <source>literal shorter than announced</source>
        <translation>Literal kürzer als angekündigt</translation>
    </message>
    <message>
        <source>control character 0x%1 in an atom</source>
        <translation>Steuerzeichen 0x%1 in einem Atom</translation>
    </message>
    <message>
        <source>line break inside a section</source>
        <translation>Zeilenumbruch innerhalb einer Section</translation>
    </message>
    <message>
        <source>unterminated section &apos;[&apos;</source>
        <translation>nicht abgeschlossene Section &apos;[&apos;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::UidSearchTask</name>
    <message>
        <source>empty search criteria</source>
        <translation>leere Suchkriterien</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Mail</name>
    <message>
        <source>Other undefined status</source>
        <translation>Sonstiger undefinierter Status</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Sonstiger Adressstatus</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Ungültige Zielpostfachadresse</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Ungültige Zielsystemadresse</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Ungültige Syntax der Zielpostfachadresse</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Zielpostfachadresse mehrdeutig</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Zieladresse gültig</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>Zielpostfach wurde verlegt, keine Weiterleitungsadresse</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Ungültige Syntax der Absenderpostfachadresse</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Ungültige Absendersystemadresse</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Nachricht an nicht konformes Mailsystem weitergeleitet</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>Empfängeradresse hat ein Null-MX</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Sonstiger oder undefinierter Postfachstatus</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>Nachrichtenlänge überschreitet administratives Limit</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problem beim Auflösen der Mailingliste</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Sonstiger oder undefinierter Mailsystemstatus</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Mailsystem voll</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>System nimmt keine Netzwerknachrichten an</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>System unterstützt die gewählten Funktionen nicht</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Nachricht zu groß für das System</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>System falsch konfiguriert</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>Angeforderte Priorität wurde geändert</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Sonstiger oder undefinierter Netzwerk- oder Routingstatus</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Keine Antwort vom Host</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Fehlerhafte Verbindung</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Fehler des Verzeichnisservers</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Routing nicht möglich</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Überlastung des Mailsystems</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Routing-Schleife erkannt</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Zustellzeit abgelaufen</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Sonstiger oder undefinierter Protokollstatus</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Ungültiger Befehl</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Syntaxfehler</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Zu viele Empfänger</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Ungültige Befehlsargumente</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Falsche Protokollversion</translation>
    </message>
    <message>
        <source>Authentication exchange line is too long</source>
        <translation>Zeile des Authentifizierungsaustauschs ist zu lang</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Sonstiger oder undefinierter Medienfehler</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Medium nicht unterstützt</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Konvertierung erforderlich und verboten</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Konvertierung erforderlich, aber nicht unterstützt</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Verlustbehaftete Konvertierung durchgeführt</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Konvertierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Nachrichteninhalt nicht verfügbar</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Nicht-ASCII-Adressen für diesen Absender/Empfänger nicht erlaubt</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation>UTF-8-Antwort erforderlich, aber vom SMTP-Client nicht erlaubt</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients</source>
        <translation>Nachricht mit UTF-8-Kopfzeilen kann an einen oder mehrere Empfänger nicht übertragen werden</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Sonstiger oder undefinierter Sicherheitsstatus</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Zustellung nicht autorisiert, Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Auflösen der Mailingliste verboten</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Sicherheitskonvertierung erforderlich, aber nicht möglich</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Sicherheitsfunktionen nicht unterstützt</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Kryptografischer Fehler</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Kryptografischer Algorithmus nicht unterstützt</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Fehler der Nachrichtenintegrität</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Authentifizierungsdaten ungültig</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Authentifizierungsmechanismus ist zu schwach</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Verschlüsselung erforderlich</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Verschlüsselung für den angeforderten Authentifizierungsmechanismus erforderlich</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Ein Passwortwechsel ist erforderlich</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Benutzerkonto deaktiviert</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Vertrauensbeziehung erforderlich</translation>
    </message>
    <message>
        <source>Priority level is too low</source>
        <translation>Prioritätsstufe ist zu niedrig</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Nachricht ist für die angegebene Priorität zu groß</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Postfachinhaber hat gewechselt</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Domaininhaber hat gewechselt</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>RRVS-Test kann nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Keine bestandene DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Keine akzeptable DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Keine gültige, zum Autor passende DKIM-Signatur gefunden</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>SPF-Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>SPF-Validierungsfehler</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Reverse-DNS-Validierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <translation>Absenderadresse hat ein Null-MX</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Mailflut erkannt</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <translation>ARC-Validierungsfehler</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>REQUIRETLS-Unterstützung erforderlich</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Sonstiger oder undefinierter Status</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Adressierungsstatus</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Postfachstatus</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Mailsystemstatus</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Netzwerk- und Routingstatus</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Status des Zustellprotokolls</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>Status von Nachrichteninhalt oder Medium</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Sicherheits- oder Richtlinienstatus</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Persistent transient failure</source>
        <translation>Anhaltender vorübergehender Fehler</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Dauerhafter Fehler</translation>
    </message>
    <message>
        <source>%1 is a directory, not a message file</source>
        <translation>%1 ist ein Verzeichnis, keine Nachrichtendatei</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Mail::MailboxReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is a folder but not a Maildir (no cur/ or new/)</source>
        <translation>%1 ist ein Ordner, aber kein Maildir (kein cur/ oder new/)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>%1 does not look like an email message (no header field or mbox From line at the start)</source>
        <translation>%1 sieht nicht wie eine E-Mail-Nachricht aus (keine Kopfzeile oder mbox-From-Zeile am Anfang)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::MessageLint</name>
    <message>
        <source>Generate a unique Message-ID such as &lt;random@your-sending-domain&gt; in the sending application; receivers synthesize one otherwise and score the message.</source>
        <translation>Erzeugen Sie in der sendenden Anwendung eine eindeutige Message-ID wie &lt;zufall@ihre-absenderdomain&gt;; sonst erzeugen Empfänger selbst eine und werten die Nachricht ab.</translation>
    </message>
    <message>
        <source>Address the recipient in To: instead of only in Bcc: or the envelope.</source>
        <translation>Adressieren Sie den Empfänger in To: statt nur in Bcc: oder im Umschlag.</translation>
    </message>
    <message>
        <source>Make the sending application add a %1: field.</source>
        <translation>Lassen Sie die sendende Anwendung eine %1:-Kopfzeile hinzufügen.</translation>
    </message>
    <message>
        <source>Missing %1 header field</source>
        <translation>Fehlende %1-Kopfzeile</translation>
    </message>
    <message>
        <source>The message header has no %1: field.</source>
        <translation>Der Nachrichtenkopf hat keine %1:-Kopfzeile.</translation>
    </message>
    <message>
        <source>Duplicate %1 header field</source>
        <translation>Doppelte %1-Kopfzeile</translation>
    </message>
    <message>
        <source>%1 %2: fields (lines %3); RFC 5322 allows at most one. Gmail rejects such messages as not RFC 5322 compliant.</source>
        <translation>%1 %2:-Kopfzeilen (Zeilen %3); RFC 5322 erlaubt höchstens eine. Gmail lehnt solche Nachrichten als nicht RFC-5322-konform ab.</translation>
    </message>
    <message>
        <source>Remove the extra %1: field; check that the application and the mail server do not both add one.</source>
        <translation>Entfernen Sie die überzählige %1:-Kopfzeile; prüfen Sie, dass nicht sowohl die Anwendung als auch der Mailserver eine hinzufügen.</translation>
    </message>
    <message>
        <source>no &lt;id-left@id-right&gt; identifier could be read</source>
        <translation>es konnte keine &lt;id-left@id-right&gt;-Kennung gelesen werden</translation>
    </message>
    <message>
        <source>%1 identifiers where exactly one is allowed</source>
        <translation>%1 Kennungen, wo genau eine erlaubt ist</translation>
    </message>
    <message>
        <source>the identifier does not follow the msg-id syntax</source>
        <translation>die Kennung folgt nicht der msg-id-Syntax</translation>
    </message>
    <message>
        <source>Invalid Message-ID</source>
        <translation>Ungültige Message-ID</translation>
    </message>
    <message>
        <source>Message-ID &quot;%1&quot;: %2.</source>
        <translation>Message-ID &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>Generate Message-IDs of the form &lt;unique-part@your-domain&gt;, angle brackets included.</source>
        <translation>Erzeugen Sie Message-IDs der Form &lt;eindeutiger-teil@ihre-domain&gt;, einschließlich spitzer Klammern.</translation>
    </message>
    <message>
        <source>From has no valid address</source>
        <translation>From hat keine gültige Adresse</translation>
    </message>
    <message>
        <source>No mailbox could be read from the From: field%1.</source>
        <translation>Aus der From:-Kopfzeile konnte kein Postfach gelesen werden%1.</translation>
    </message>
    <message>
        <source>Write From: as &quot;Display Name&quot; &lt;local@domain&gt;.</source>
        <translation>Schreiben Sie From: als &quot;Anzeigename&quot; &lt;local@domain&gt;.</translation>
    </message>
    <message>
        <source>Several From addresses without Sender</source>
        <translation>Mehrere From-Adressen ohne Sender</translation>
    </message>
    <message>
        <source>From: lists %1 mailboxes but there is no Sender: field.</source>
        <translation>From: führt %1 Postfächer auf, aber es gibt keine Sender:-Kopfzeile.</translation>
    </message>
    <message>
        <source>Use a single From address, or add a Sender: field naming the actual sender.</source>
        <translation>Verwenden Sie eine einzige From-Adresse, oder fügen Sie eine Sender:-Kopfzeile hinzu, die den tatsächlichen Absender nennt.</translation>
    </message>
    <message>
        <source>Unreadable Date</source>
        <translation>Nicht lesbares Datum</translation>
    </message>
    <message>
        <source>The Date: value &quot;%1&quot; is not a date-time.</source>
        <translation>Der Date:-Wert &quot;%1&quot; ist keine date-time.</translation>
    </message>
    <message>
        <source>Format Date: as in &quot;Tue, 4 Mar 2025 09:15:00 +0100&quot;.</source>
        <translation>Formatieren Sie Date: wie in &quot;Tue, 4 Mar 2025 09:15:00 +0100&quot;.</translation>
    </message>
    <message>
        <source>the oldest Received field (%1)</source>
        <translation>die älteste Received-Kopfzeile (%1)</translation>
    </message>
    <message>
        <source>the current time (%1), as the message has no dated Received field</source>
        <translation>die aktuelle Zeit (%1), da die Nachricht keine datierte Received-Kopfzeile hat</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>Date is in the future</source>
        <translation>Datum liegt in der Zukunft</translation>
    </message>
    <message>
        <source>Date: %1 is %2 after %3.</source>
        <translation>Date: %1 liegt %2 nach %3.</translation>
    </message>
    <message>
        <source>Fix the clock or the time zone of the sending host (use NTP); Date must be the time the message was written.</source>
        <translation>Korrigieren Sie die Uhr oder die Zeitzone des sendenden Hosts (verwenden Sie NTP); Date muss der Zeitpunkt sein, zu dem die Nachricht verfasst wurde.</translation>
    </message>
    <message>
        <source>Date is far in the past</source>
        <translation>Datum liegt weit in der Vergangenheit</translation>
    </message>
    <message>
        <source>Date: %1 is %2 before %3.</source>
        <translation>Date: %1 liegt %2 vor %3.</translation>
    </message>
    <message>
        <source>Set Date when the message is sent, not when the template or the queue entry was created; check the sending host&apos;s clock.</source>
        <translation>Setzen Sie Date beim Senden der Nachricht, nicht beim Erstellen der Vorlage oder des Warteschlangeneintrags; prüfen Sie die Uhr des sendenden Hosts.</translation>
    </message>
    <message>
        <source>Nothing to do if this is an old message opened for reference.</source>
        <translation>Nichts zu tun, wenn dies eine alte, zur Ansicht geöffnete Nachricht ist.</translation>
    </message>
    <message>
        <source>Clock skew between relays</source>
        <translation>Uhrabweichung zwischen Relays</translation>
    </message>
    <message>
        <source>The Received field of %1 is dated %2 seconds before the hop that handed the message to it; one of the clocks is wrong (this is skew, not delay).</source>
        <translation>Die Received-Kopfzeile von %1 ist %2 Sekunden vor dem Hop datiert, der ihm die Nachricht übergeben hat; eine der Uhren geht falsch (das ist Abweichung, keine Verzögerung).</translation>
    </message>
    <message>
        <source>Nothing for the sender to do unless the host is yours: then synchronize its clock (NTP).</source>
        <translation>Für den Absender nichts zu tun, außer der Host gehört Ihnen: Dann synchronisieren Sie seine Uhr (NTP).</translation>
    </message>
    <message>
        <source>MIME headers without MIME-Version</source>
        <translation>MIME-Kopfzeilen ohne MIME-Version</translation>
    </message>
    <message>
        <source>The message uses %1 but has no &quot;MIME-Version: 1.0&quot; field, so a strict reader treats it as plain RFC 5322 text.</source>
        <translation>Die Nachricht verwendet %1, hat aber keine Kopfzeile &quot;MIME-Version: 1.0&quot;, daher behandelt ein strenger Leser sie als reinen RFC-5322-Text.</translation>
    </message>
    <message>
        <source>Add &quot;MIME-Version: 1.0&quot; to the message header.</source>
        <translation>Fügen Sie dem Nachrichtenkopf &quot;MIME-Version: 1.0&quot; hinzu.</translation>
    </message>
    <message>
        <source>MIME-Version is not 1.0</source>
        <translation>MIME-Version ist nicht 1.0</translation>
    </message>
    <message>
        <source>MIME-Version: &quot;%1&quot;; the only defined version is 1.0.</source>
        <translation>MIME-Version: &quot;%1&quot;; die einzige definierte Version ist 1.0.</translation>
    </message>
    <message>
        <source>Write &quot;MIME-Version: 1.0&quot;.</source>
        <translation>Schreiben Sie &quot;MIME-Version: 1.0&quot;.</translation>
    </message>
    <message>
        <source>Duplicate %1 field</source>
        <translation>Doppelte %1-Kopfzeile</translation>
    </message>
    <message>
        <source>%1 %2: fields in one header section; readers disagree on which one counts.</source>
        <translation>%1 %2:-Kopfzeilen in einem Kopfbereich; Leseprogramme sind sich uneinig, welche zählt.</translation>
    </message>
    <message>
        <source>Keep only one %1: field.</source>
        <translation>Behalten Sie nur eine %1:-Kopfzeile.</translation>
    </message>
    <message>
        <source>Raw 8-bit characters in header fields</source>
        <translation>Rohe 8-Bit-Zeichen in Kopfzeilen</translation>
    </message>
    <message>
        <source>Unencoded UTF-8 in %1. This is only allowed when every hop supports SMTPUTF8 (RFC 6532); elsewhere use RFC 2047 encoded words.</source>
        <translation>Nicht kodiertes UTF-8 in %1. Das ist nur erlaubt, wenn jeder Hop SMTPUTF8 unterstützt (RFC 6532); andernfalls verwenden Sie RFC-2047-Encoded-Words.</translation>
    </message>
    <message>
        <source>Unencoded 8-bit octets that are not UTF-8 in %1; readers guess the charset and show garbage.</source>
        <translation>Nicht kodierte 8-Bit-Oktette, die kein UTF-8 sind, in %1; Leseprogramme raten den Zeichensatz und zeigen Zeichensalat an.</translation>
    </message>
    <message>
        <source>Encode non-ASCII header text as RFC 2047 encoded words (=?UTF-8?Q?...?=).</source>
        <translation>Kodieren Sie Nicht-ASCII-Kopfzeilentext als RFC-2047-Encoded-Words (=?UTF-8?Q?...?=).</translation>
    </message>
    <message>
        <source>Missing closing boundary</source>
        <translation>Abschließende Boundary fehlt</translation>
    </message>
    <message>
        <source>The multipart body ends without the closing delimiter &quot;--%1--&quot;.</source>
        <translation>Der Multipart-Body endet ohne den abschließenden Begrenzer &quot;--%1--&quot;.</translation>
    </message>
    <message>
        <source>End every multipart body with --boundary-- on a line of its own; a truncated message (size limit, broken pipe) also shows this.</source>
        <translation>Beenden Sie jeden Multipart-Body mit --boundary-- in einer eigenen Zeile; auch eine abgeschnittene Nachricht (Größenlimit, abgebrochene Verbindung) zeigt dies.</translation>
    </message>
    <message>
        <source>Boundary never found</source>
        <translation>Boundary nie gefunden</translation>
    </message>
    <message>
        <source>No delimiter line &quot;--%1&quot; occurs in the body, so the parts cannot be separated.</source>
        <translation>Im Body kommt keine Begrenzerzeile &quot;--%1&quot; vor, daher können die Teile nicht getrennt werden.</translation>
    </message>
    <message>
        <source>Make the boundary parameter match the delimiter lines exactly (case and quoting).</source>
        <translation>Sorgen Sie dafür, dass der boundary-Parameter genau zu den Begrenzerzeilen passt (Groß-/Kleinschreibung und Anführungszeichen).</translation>
    </message>
    <message>
        <source>Multipart without boundary</source>
        <translation>Multipart ohne Boundary</translation>
    </message>
    <message>
        <source>%1 has no boundary= parameter; the body was treated as one text part.</source>
        <translation>%1 hat keinen boundary=-Parameter; der Body wurde als ein Textteil behandelt.</translation>
    </message>
    <message>
        <source>Add the boundary parameter to the Content-Type.</source>
        <translation>Fügen Sie dem Content-Type den boundary-Parameter hinzu.</translation>
    </message>
    <message>
        <source>Invalid boundary</source>
        <translation>Ungültige Boundary</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is longer than 70 characters or uses characters outside RFC 2046&apos;s bchars.</source>
        <translation>Die Boundary &quot;%1&quot; ist länger als 70 Zeichen oder verwendet Zeichen außerhalb der bchars von RFC 2046.</translation>
    </message>
    <message>
        <source>Use 1-70 characters from letters, digits and &apos;()+_,-./:=?.</source>
        <translation>Verwenden Sie 1–70 Zeichen aus Buchstaben, Ziffern und &apos;()+_,-./:=?.</translation>
    </message>
    <message>
        <source>MIME nesting too deep</source>
        <translation>MIME-Verschachtelung zu tief</translation>
    </message>
    <message>
        <source>Parsing stopped descending at depth %1; the rest is treated as one leaf. Scanners do the same and may miss content.</source>
        <translation>Das Parsen ist bei Tiefe %1 nicht weiter abgestiegen; der Rest wird als ein Blatt behandelt. Scanner tun dasselbe und übersehen möglicherweise Inhalte.</translation>
    </message>
    <message>
        <source>Flatten the structure; legitimate mail rarely nests more than a few levels.</source>
        <translation>Vereinfachen Sie die Struktur; legitime E-Mails sind selten mehr als ein paar Ebenen tief verschachtelt.</translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation>Fehlerhafte Kopfzeile</translation>
    </message>
    <message>
        <source>A line in the header section is neither a field (name:value) nor a continuation: &quot;%1&quot;.</source>
        <translation>Eine Zeile im Kopfbereich ist weder ein Feld (Name:Wert) noch eine Fortsetzung: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fix the generator: every header line needs a field name and a colon, continuation lines start with a space or tab.</source>
        <translation>Korrigieren Sie den Generator: Jede Kopfzeile braucht einen Feldnamen und einen Doppelpunkt, Fortsetzungszeilen beginnen mit einem Leerzeichen oder Tabulator.</translation>
    </message>
    <message>
        <source>No blank line after the header</source>
        <translation>Keine Leerzeile nach dem Kopf</translation>
    </message>
    <message>
        <source>The part has no empty line between its header fields and its body.</source>
        <translation>Der Teil hat keine Leerzeile zwischen seinen Kopfzeilen und seinem Body.</translation>
    </message>
    <message>
        <source>Put an empty line after the header fields of every part.</source>
        <translation>Fügen Sie nach den Kopfzeilen jedes Teils eine Leerzeile ein.</translation>
    </message>
    <message>
        <source>Unparsable Content-Type</source>
        <translation>Nicht parsbarer Content-Type</translation>
    </message>
    <message>
        <source>The Content-Type could not be parsed; text/plain was assumed.</source>
        <translation>Der Content-Type konnte nicht geparst werden; text/plain wurde angenommen.</translation>
    </message>
    <message>
        <source>Write Content-Type as type/subtype; parameter=value.</source>
        <translation>Schreiben Sie Content-Type als typ/untertyp; parameter=wert.</translation>
    </message>
    <message>
        <source>NUL octet in the message</source>
        <translation>NUL-Oktett in der Nachricht</translation>
    </message>
    <message>
        <source>The message contains a NUL (0x00) octet; many MTAs reject or truncate such mail.</source>
        <translation>Die Nachricht enthält ein NUL-Oktett (0x00); viele MTAs lehnen solche E-Mails ab oder schneiden sie ab.</translation>
    </message>
    <message>
        <source>Transfer binary data base64-encoded.</source>
        <translation>Übertragen Sie Binärdaten base64-kodiert.</translation>
    </message>
    <message>
        <source>Bare carriage return</source>
        <translation>Einzelnes Carriage Return</translation>
    </message>
    <message>
        <source>A CR octet not followed by LF; RFC 5322 forbids it and some MTAs (Postfix smtpd_forbid_bare_newline) reject the message.</source>
        <translation>Ein CR-Oktett, auf das kein LF folgt; RFC 5322 verbietet es, und manche MTAs (Postfix smtpd_forbid_bare_newline) lehnen die Nachricht ab.</translation>
    </message>
    <message>
        <source>Emit CRLF line endings only.</source>
        <translation>Erzeugen Sie nur CRLF-Zeilenenden.</translation>
    </message>
    <message>
        <source>Mixed line endings</source>
        <translation>Gemischte Zeilenenden</translation>
    </message>
    <message>
        <source>The message mixes CRLF and bare LF line endings; bare LF in SMTP is rejected by strict servers and breaks DKIM body hashes after relays normalize them.</source>
        <translation>Die Nachricht mischt CRLF- und reine LF-Zeilenenden; reines LF in SMTP wird von strengen Servern abgelehnt und bricht DKIM-Body-Hashes, nachdem Relays die Zeilenenden normalisiert haben.</translation>
    </message>
    <message>
        <source>Normalize the message to CRLF before sending.</source>
        <translation>Normalisieren Sie die Nachricht vor dem Senden auf CRLF.</translation>
    </message>
    <message>
        <source>Too many MIME parts</source>
        <translation>Zu viele MIME-Teile</translation>
    </message>
    <message>
        <source>Splitting stopped at the part limit; the rest of the body is treated as one leaf. Scanners stop early too and may miss content.</source>
        <translation>Die Aufteilung wurde am Teile-Limit angehalten; der Rest des Body wird als ein Blatt behandelt. Auch Scanner hören früh auf und übersehen möglicherweise Inhalte.</translation>
    </message>
    <message>
        <source>Send fewer parts; legitimate mail rarely has more than a few dozen.</source>
        <translation>Senden Sie weniger Teile; legitime E-Mails haben selten mehr als ein paar Dutzend.</translation>
    </message>
    <message>
        <source>Encapsulated message has no header</source>
        <translation>Eingebettete Nachricht hat keinen Kopf</translation>
    </message>
    <message>
        <source>The %1 part holds no header section.</source>
        <translation>Der %1-Teil enthält keinen Kopfbereich.</translation>
    </message>
    <message>
        <source>Attach the complete message, header included.</source>
        <translation>Hängen Sie die vollständige Nachricht einschließlich Kopf an.</translation>
    </message>
    <message>
        <source>Encoded multipart</source>
        <translation>Kodiertes Multipart</translation>
    </message>
    <message>
        <source>%1 declares Content-Transfer-Encoding %2; only 7bit, 8bit or binary are allowed on a multipart.</source>
        <translation>%1 gibt Content-Transfer-Encoding %2 an; bei einem Multipart sind nur 7bit, 8bit oder binary erlaubt.</translation>
    </message>
    <message>
        <source>Encode the leaf parts, not the multipart container.</source>
        <translation>Kodieren Sie die Blattteile, nicht den Multipart-Container.</translation>
    </message>
    <message>
        <source>multipart/alternative without a text/plain part</source>
        <translation>multipart/alternative ohne text/plain-Teil</translation>
    </message>
    <message>
        <source>The alternatives offer HTML but no plain-text version.</source>
        <translation>Die Alternativen bieten HTML, aber keine Nur-Text-Version.</translation>
    </message>
    <message>
        <source>Add a text/plain alternative with the same content before the HTML part.</source>
        <translation>Fügen Sie vor dem HTML-Teil eine text/plain-Alternative mit demselben Inhalt hinzu.</translation>
    </message>
    <message>
        <source>multipart/alternative without a text/html part</source>
        <translation>multipart/alternative ohne text/html-Teil</translation>
    </message>
    <message>
        <source>The alternatives offer plain text but no HTML; a single text/plain part would say the same.</source>
        <translation>Die Alternativen bieten Nur-Text, aber kein HTML; ein einzelner text/plain-Teil würde dasselbe aussagen.</translation>
    </message>
    <message>
        <source>Send a single text/plain part, or add the HTML alternative that was meant to be there.</source>
        <translation>Senden Sie einen einzelnen text/plain-Teil, oder fügen Sie die HTML-Alternative hinzu, die vorgesehen war.</translation>
    </message>
    <message>
        <source>Alternatives in the wrong order</source>
        <translation>Alternativen in falscher Reihenfolge</translation>
    </message>
    <message>
        <source>text/html (part %1) comes before text/plain (part %2); readers show the last alternative they support, so they show the plain text.</source>
        <translation>text/html (Teil %1) steht vor text/plain (Teil %2); Leseprogramme zeigen die letzte unterstützte Alternative an, also zeigen sie den Nur-Text.</translation>
    </message>
    <message>
        <source>Order the alternatives from the simplest to the richest: text/plain first, text/html last.</source>
        <translation>Ordnen Sie die Alternativen von der einfachsten zur reichhaltigsten: text/plain zuerst, text/html zuletzt.</translation>
    </message>
    <message>
        <source>Text and HTML alternatives differ</source>
        <translation>Text- und HTML-Alternativen unterscheiden sich</translation>
    </message>
    <message>
        <source>Only %1% of the words are shared between text/plain (part %2, %3 distinct words) and the visible text of text/html (part %4, %5 distinct words). Only in HTML: %6. Only in text: %7.</source>
        <translation>Nur %1% der Wörter sind text/plain (Teil %2, %3 verschiedene Wörter) und dem sichtbaren Text von text/html (Teil %4, %5 verschiedene Wörter) gemeinsam. Nur in HTML: %6. Nur im Text: %7.</translation>
    </message>
    <message>
        <source>Generate the plain-text alternative from the same content as the HTML; a placeholder like &quot;view this in a browser&quot; scores as spam.</source>
        <translation>Erzeugen Sie die Nur-Text-Alternative aus demselben Inhalt wie das HTML; ein Platzhalter wie &quot;im Browser ansehen&quot; wird als Spam gewertet.</translation>
    </message>
    <message>
        <source>multipart/related without a root part</source>
        <translation>multipart/related ohne Wurzelteil</translation>
    </message>
    <message>
        <source>start=&quot;%1&quot; names no body part&apos;s Content-ID.</source>
        <translation>start=&quot;%1&quot; nennt keine Content-ID eines Body-Teils.</translation>
    </message>
    <message>
        <source>The multipart/related has no body parts.</source>
        <translation>Das multipart/related hat keine Body-Teile.</translation>
    </message>
    <message>
        <source>Make start= match the root part&apos;s Content-ID, or drop start= and put the HTML first.</source>
        <translation>Sorgen Sie dafür, dass start= zur Content-ID des Wurzelteils passt, oder entfernen Sie start= und stellen Sie das HTML an den Anfang.</translation>
    </message>
    <message>
        <source>Related part not referenced</source>
        <translation>Zugehöriger Teil nicht referenziert</translation>
    </message>
    <message>
        <source>Part %1 (%2) inside multipart/related has no Content-ID, so the HTML cannot show it; clients list it as an attachment.</source>
        <translation>Teil %1 (%2) in multipart/related hat keine Content-ID, daher kann das HTML ihn nicht anzeigen; E-Mail-Programme führen ihn als Anhang auf.</translation>
    </message>
    <message>
        <source>Part %1 (%2) has Content-ID &lt;%3&gt; but no cid:%3 reference exists in the HTML; clients list it as an attachment.</source>
        <translation>Teil %1 (%2) hat die Content-ID &lt;%3&gt;, aber im HTML gibt es keinen Verweis cid:%3; E-Mail-Programme führen ihn als Anhang auf.</translation>
    </message>
    <message>
        <source>Reference the part from the HTML (&lt;img src=&quot;cid:...&quot;&gt;) or move it out of multipart/related as a regular attachment.</source>
        <translation>Verweisen Sie im HTML auf den Teil (&lt;img src=&quot;cid:...&quot;&gt;) oder verschieben Sie ihn als normalen Anhang aus multipart/related heraus.</translation>
    </message>
    <message>
        <source>cid: reference without a matching part</source>
        <translation>cid:-Verweis ohne passenden Teil</translation>
    </message>
    <message>
        <source>The HTML of part %1 refers to %2 but no part has that Content-ID; the image shows as broken.</source>
        <translation>Das HTML von Teil %1 verweist auf %2, aber kein Teil hat diese Content-ID; das Bild wird als defekt angezeigt.</translation>
    </message>
    <message>
        <source>Attach the image inside the multipart/related with Content-ID: &lt;%1&gt;, or fix the reference.</source>
        <translation>Hängen Sie das Bild im multipart/related mit Content-ID: &lt;%1&gt; an, oder korrigieren Sie den Verweis.</translation>
    </message>
    <message>
        <source>Unknown transfer encoding</source>
        <translation>Unbekannte Transferkodierung</translation>
    </message>
    <message>
        <source>Content-Transfer-Encoding &quot;%1&quot; is not one of 7bit, 8bit, binary, quoted-printable, base64; the body was taken as it is.</source>
        <translation>Content-Transfer-Encoding &quot;%1&quot; ist keines von 7bit, 8bit, binary, quoted-printable, base64; der Body wurde unverändert übernommen.</translation>
    </message>
    <message>
        <source>Use base64 for binary data and quoted-printable or 8bit for text.</source>
        <translation>Verwenden Sie base64 für Binärdaten und quoted-printable oder 8bit für Text.</translation>
    </message>
    <message>
        <source>8-bit data in a 7bit part</source>
        <translation>8-Bit-Daten in einem 7bit-Teil</translation>
    </message>
    <message>
        <source>7bit by default</source>
        <translation>standardmäßig 7bit</translation>
    </message>
    <message>
        <source>Declare Content-Transfer-Encoding: 8bit (the server must offer 8BITMIME) or encode the part as quoted-printable.</source>
        <translation>Geben Sie Content-Transfer-Encoding: 8bit an (der Server muss 8BITMIME anbieten) oder kodieren Sie den Teil als quoted-printable.</translation>
    </message>
    <message>
        <source>Quoted-printable line over 76 characters</source>
        <translation>Quoted-printable-Zeile über 76 Zeichen</translation>
    </message>
    <message>
        <source>Use a conforming quoted-printable encoder that wraps lines with &quot;=&quot; soft breaks.</source>
        <translation>Verwenden Sie einen konformen Quoted-printable-Kodierer, der Zeilen mit weichen &quot;=&quot;-Umbrüchen umbricht.</translation>
    </message>
    <message>
        <source>Text body encoded in base64</source>
        <translation>Textkörper in base64 kodiert</translation>
    </message>
    <message>
        <source>The %1 body is base64-encoded; receivers score base64 text mildly because it hides the words from simple filters.</source>
        <translation>Der %1-Body ist base64-kodiert; Empfänger werten base64-Text leicht ab, weil er die Wörter vor einfachen Filtern verbirgt.</translation>
    </message>
    <message>
        <source>The %1 body is base64-encoded although it is plain ASCII; spam filters treat that as disguised text.</source>
        <translation>Der %1-Body ist base64-kodiert, obwohl er reines ASCII ist; Spamfilter behandeln das als getarnten Text.</translation>
    </message>
    <message>
        <source>Encode text as quoted-printable (or 7bit/8bit when the lines allow).</source>
        <translation>Kodieren Sie Text als quoted-printable (oder 7bit/8bit, wenn die Zeilen es erlauben).</translation>
    </message>
    <message>
        <source>Text part without charset</source>
        <translation>Textteil ohne Zeichensatz</translation>
    </message>
    <message>
        <source>The %1 part has 8-bit text but no charset parameter; readers guess (often wrongly).</source>
        <translation>Der %1-Teil hat 8-Bit-Text, aber keinen charset-Parameter; Leseprogramme raten (oft falsch).</translation>
    </message>
    <message>
        <source>The %1 part has no charset parameter (US-ASCII is assumed, which fits its content).</source>
        <translation>Der %1-Teil hat keinen charset-Parameter (US-ASCII wird angenommen, was zu seinem Inhalt passt).</translation>
    </message>
    <message>
        <source>Add charset=utf-8 (or the charset actually used) to the Content-Type.</source>
        <translation>Fügen Sie dem Content-Type charset=utf-8 (oder den tatsächlich verwendeten Zeichensatz) hinzu.</translation>
    </message>
    <message>
        <source>Unknown charset</source>
        <translation>Unbekannter Zeichensatz</translation>
    </message>
    <message>
        <source>charset=%1 is not a known character set; the text was decoded as UTF-8 or windows-1252.</source>
        <translation>charset=%1 ist kein bekannter Zeichensatz; der Text wurde als UTF-8 oder windows-1252 dekodiert.</translation>
    </message>
    <message>
        <source>Use a registered charset name, preferably utf-8.</source>
        <translation>Verwenden Sie einen registrierten Zeichensatznamen, vorzugsweise utf-8.</translation>
    </message>
    <message>
        <source>Text does not decode in its charset</source>
        <translation>Text lässt sich in seinem Zeichensatz nicht dekodieren</translation>
    </message>
    <message>
        <source>The %1 body is declared %2 but has an invalid byte sequence at decoded offset %3; readers show replacement characters.</source>
        <translation>Der %1-Body ist als %2 angegeben, hat aber eine ungültige Bytefolge am dekodierten Offset %3; Leseprogramme zeigen Ersatzzeichen an.</translation>
    </message>
    <message>
        <source>The %1 body is declared %2 but contains bytes that are invalid in it.</source>
        <translation>Der %1-Body ist als %2 angegeben, enthält aber darin ungültige Bytes.</translation>
    </message>
    <message>
        <source>Declare the charset the text is really written in (usually utf-8).</source>
        <translation>Geben Sie den Zeichensatz an, in dem der Text tatsächlich geschrieben ist (meist utf-8).</translation>
    </message>
    <message>
        <source>HTML-only message</source>
        <translation>Reine HTML-Nachricht</translation>
    </message>
    <message>
        <source>The message has a text/html body (part %1) and no text/plain alternative.</source>
        <translation>Die Nachricht hat einen text/html-Body (Teil %1) und keine text/plain-Alternative.</translation>
    </message>
    <message>
        <source>Send multipart/alternative with a text/plain part first and the HTML last.</source>
        <translation>Senden Sie multipart/alternative mit einem text/plain-Teil zuerst und dem HTML zuletzt.</translation>
    </message>
    <message>
        <source>Line longer than 998 octets</source>
        <translation>Zeile länger als 998 Oktette</translation>
    </message>
    <message>
        <source>Encode long content as quoted-printable or base64, or wrap the lines.</source>
        <translation>Kodieren Sie lange Inhalte als quoted-printable oder base64, oder brechen Sie die Zeilen um.</translation>
    </message>
    <message>
        <source>Bulk mail without List-Unsubscribe</source>
        <translation>Massen-E-Mail ohne List-Unsubscribe</translation>
    </message>
    <message>
        <source>The message looks like list or bulk mail (List-Id, Precedence, Feedback-ID or List-Unsubscribe-Post) but has no List-Unsubscribe field. Gmail and Yahoo require one from bulk senders.</source>
        <translation>Die Nachricht sieht wie Listen- oder Massen-E-Mail aus (List-Id, Precedence, Feedback-ID oder List-Unsubscribe-Post), hat aber keine List-Unsubscribe-Kopfzeile. Gmail und Yahoo verlangen eine von Massenversendern.</translation>
    </message>
    <message>
        <source>Add List-Unsubscribe: &lt;https://...&gt;, &lt;mailto:...&gt; and List-Unsubscribe-Post: List-Unsubscribe=One-Click.</source>
        <translation>Fügen Sie List-Unsubscribe: &lt;https://...&gt;, &lt;mailto:...&gt; und List-Unsubscribe-Post: List-Unsubscribe=One-Click hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not enclosed in angle brackets</source>
        <translation>&quot;%1&quot; steht nicht in spitzen Klammern</translation>
    </message>
    <message>
        <source>unterminated &lt;</source>
        <translation>nicht abgeschlossenes &lt;</translation>
    </message>
    <message>
        <source>mailto URI without an address: %1</source>
        <translation>mailto-URI ohne Adresse: %1</translation>
    </message>
    <message>
        <source>unsupported URI %1 (use https: or mailto:)</source>
        <translation>nicht unterstützter URI %1 (verwenden Sie https: oder mailto:)</translation>
    </message>
    <message>
        <source>no URI</source>
        <translation>kein URI</translation>
    </message>
    <message>
        <source>Malformed List-Unsubscribe</source>
        <translation>Fehlerhaftes List-Unsubscribe</translation>
    </message>
    <message>
        <source>List-Unsubscribe: %1.</source>
        <translation>List-Unsubscribe: %1.</translation>
    </message>
    <message>
        <source>Write each URI in angle brackets, comma-separated: &lt;https://example.com/u/123&gt;, &lt;mailto:unsub@example.com&gt;.</source>
        <translation>Schreiben Sie jeden URI in spitze Klammern, durch Kommas getrennt: &lt;https://example.com/u/123&gt;, &lt;mailto:unsub@example.com&gt;.</translation>
    </message>
    <message>
        <source>No one-click unsubscribe</source>
        <translation>Keine Abmeldung mit einem Klick</translation>
    </message>
    <message>
        <source>List-Unsubscribe has an https URI but there is no List-Unsubscribe-Post field, so mailbox providers cannot offer one-click unsubscribe.</source>
        <translation>List-Unsubscribe hat einen https-URI, aber es gibt keine List-Unsubscribe-Post-Kopfzeile, daher können Postfachanbieter keine Abmeldung mit einem Klick anbieten.</translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI and there is no List-Unsubscribe-Post field; Gmail and Yahoo expect one-click unsubscribe (RFC 8058) from bulk senders.</source>
        <translation>List-Unsubscribe hat keinen https-URI, und es gibt keine List-Unsubscribe-Post-Kopfzeile; Gmail und Yahoo erwarten von Massenversendern eine Abmeldung mit einem Klick (RFC 8058).</translation>
    </message>
    <message>
        <source>Add an https URI that accepts POST and the field &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot;.</source>
        <translation>Fügen Sie einen https-URI hinzu, der POST annimmt, sowie die Kopfzeile &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot;.</translation>
    </message>
    <message>
        <source>%1 List-Unsubscribe-Post fields</source>
        <translation>%1 List-Unsubscribe-Post-Kopfzeilen</translation>
    </message>
    <message>
        <source>the value is &quot;%1&quot;, it must be exactly &quot;List-Unsubscribe=One-Click&quot;</source>
        <translation>der Wert ist &quot;%1&quot;, er muss genau &quot;List-Unsubscribe=One-Click&quot; lauten</translation>
    </message>
    <message>
        <source>there is no List-Unsubscribe field</source>
        <translation>es gibt keine List-Unsubscribe-Kopfzeile</translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI</source>
        <translation>List-Unsubscribe hat keinen https-URI</translation>
    </message>
    <message>
        <source>Invalid one-click unsubscribe</source>
        <translation>Ungültige Abmeldung mit einem Klick</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present but %1; receivers ignore it.</source>
        <translation>List-Unsubscribe-Post ist vorhanden, aber %1; Empfänger ignorieren es.</translation>
    </message>
    <message>
        <source>Send &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot; together with List-Unsubscribe: &lt;https://...&gt;.</source>
        <translation>Senden Sie &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot; zusammen mit List-Unsubscribe: &lt;https://...&gt;.</translation>
    </message>
    <message>
        <source>One-click fields not covered by DKIM</source>
        <translation>One-Click-Kopfzeilen nicht von DKIM abgedeckt</translation>
    </message>
    <message>
        <source>No DKIM-Signature lists both List-Unsubscribe and List-Unsubscribe-Post in h=; receivers do not honour unsigned one-click requests.</source>
        <translation>Keine DKIM-Signature führt sowohl List-Unsubscribe als auch List-Unsubscribe-Post in h= auf; Empfänger berücksichtigen keine unsignierten One-Click-Anfragen.</translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature; one-click unsubscribe requires one covering List-Unsubscribe and List-Unsubscribe-Post.</source>
        <translation>Die Nachricht hat keine DKIM-Signature; die Abmeldung mit einem Klick erfordert eine, die List-Unsubscribe und List-Unsubscribe-Post abdeckt.</translation>
    </message>
    <message>
        <source>Sign with DKIM and include list-unsubscribe:list-unsubscribe-post in h=.</source>
        <translation>Signieren Sie mit DKIM und nehmen Sie list-unsubscribe:list-unsubscribe-post in h= auf.</translation>
    </message>
    <message>
        <source>One-click unsubscribe is set up</source>
        <translation>Abmeldung mit einem Klick ist eingerichtet</translation>
    </message>
    <message>
        <source>List-Unsubscribe has an https URI, List-Unsubscribe-Post is &quot;List-Unsubscribe=One-Click&quot; and a DKIM signature covers both.</source>
        <translation>List-Unsubscribe hat einen https-URI, List-Unsubscribe-Post ist &quot;List-Unsubscribe=One-Click&quot;, und eine DKIM-Signatur deckt beide ab.</translation>
    </message>
    <message>
        <source>Header fields in order</source>
        <translation>Kopfzeilen in Ordnung</translation>
    </message>
    <message>
        <source>Date, From, Message-ID, Subject and To are present once each and readable.</source>
        <translation>Date, From, Message-ID, Subject und To sind jeweils einmal vorhanden und lesbar.</translation>
    </message>
    <message>
        <source>MIME structure is clean</source>
        <translation>MIME-Struktur ist sauber</translation>
    </message>
    <message>
        <source>%1 parts; no structural problem found.</source>
        <translation>%1 Teile; kein Strukturproblem gefunden.</translation>
    </message>
    <message>
        <source>Octets above 127: %1, in a part whose transfer encoding is %2 (the first is on line %3).</source>
        <translation>Oktette über 127: %1, in einem Teil mit der Transferkodierung %2 (das erste in Zeile %3).</translation>
    </message>
    <message>
        <source>Encoded lines over 76 characters: %1 (the longest has %2); the encoder did not insert soft line breaks.</source>
        <translation>Kodierte Zeilen über 76 Zeichen: %1 (die längste hat %2); der Kodierer hat keine weichen Zeilenumbrüche eingefügt.</translation>
    </message>
    <message>
        <source>Lines over 998 octets: %1 (the longest has %2, the first is line %3); servers may break them, which corrupts the text and DKIM signatures.</source>
        <translation>Zeilen über 998 Oktette: %1 (die längste hat %2, die erste ist Zeile %3); Server können sie umbrechen, was den Text und DKIM-Signaturen beschädigt.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Net::LineSocket</name>
    <message>
        <source>no connection within the timeout</source>
        <translation>keine Verbindung innerhalb des Zeitlimits</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server sent nothing within the timeout</source>
        <translation>der Server hat innerhalb des Zeitlimits nichts gesendet</translation>
    </message>
    <message>
        <source>the server sent a line longer than allowed</source>
        <translation>der Server hat eine Zeile gesendet, die länger als erlaubt ist</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>a line of %1 bytes</source>
        <translation>eine Zeile mit %1 Bytes</translation>
    </message>
    <message>
        <source>more than %1 bytes without a line break</source>
        <translation>mehr als %1 Bytes ohne Zeilenumbruch</translation>
    </message>
    <message>
        <source>no connection after %1 ms</source>
        <translation>keine Verbindung nach %1 ms</translation>
    </message>
    <message>
        <source>no TLS handshake after %1 ms</source>
        <translation>kein TLS-Handshake nach %1 ms</translation>
    </message>
    <message>
        <source>no reply after %1 ms</source>
        <translation>keine Antwort nach %1 ms</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement</name>
    <message>
        <source>spam: %1</source>
        <translation>Spam: %1</translation>
    </message>
    <message>
        <source>trash: %1</source>
        <translation>Papierkorb: %1</translation>
    </message>
    <message>
        <source>inbox: INBOX</source>
        <translation>Posteingang: INBOX</translation>
    </message>
    <message>
        <source>Delivered to the inbox at %1</source>
        <translation>Um %1 in den Posteingang zugestellt</translation>
    </message>
    <message>
        <source>Found in %1.</source>
        <translation>Gefunden in %1.</translation>
    </message>
    <message>
        <source>Delivered to the %1 tab at %2</source>
        <translation>Um %2 in den Tab %1 zugestellt</translation>
    </message>
    <message>
        <source>Found in %1; the provider sorted it into a tab, not the primary inbox.</source>
        <translation>Gefunden in %1; der Anbieter hat sie in einen Tab sortiert, nicht in den Hauptposteingang.</translation>
    </message>
    <message>
        <source>Tabs are normal for bulk mail; transactional mail should reach the primary inbox.</source>
        <translation>Tabs sind bei Massen-E-Mails normal; Transaktions-E-Mails sollten den Hauptposteingang erreichen.</translation>
    </message>
    <message>
        <source>Filtered as spam at %1</source>
        <translation>Um %1 als Spam gefiltert</translation>
    </message>
    <message>
        <source>Check the copy&apos;s Authentication-Results and the sender&apos;s reputation.</source>
        <translation>Prüfen Sie die Authentication-Results der Kopie und die Reputation des Absenders.</translation>
    </message>
    <message>
        <source>Not found at %1</source>
        <translation>Nicht gefunden um %1</translation>
    </message>
    <message>
        <source>No copy with the campaign token arrived in the searched folders before the wait expired.</source>
        <translation>Keine Kopie mit dem Kampagnen-Token ist in den durchsuchten Ordnern angekommen, bevor die Wartezeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>Look for a bounce or a block; wait longer for slow providers.</source>
        <translation>Suchen Sie nach einem Bounce oder einer Sperre; warten Sie bei langsamen Anbietern länger.</translation>
    </message>
    <message>
        <source>Seed could not be polled: %1</source>
        <translation>Seed konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>Check the user name and the (app) password.</source>
        <translation>Prüfen Sie den Benutzernamen und das (App-)Passwort.</translation>
    </message>
    <message>
        <source>Check the TLS mode and port, or pass the server&apos;s CA.</source>
        <translation>Prüfen Sie TLS-Modus und Port, oder übergeben Sie die CA des Servers.</translation>
    </message>
    <message>
        <source>Check the host, port and network.</source>
        <translation>Prüfen Sie Host, Port und Netzwerk.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::CopyFetch</name>
    <message>
        <source>not fetched yet</source>
        <translation>noch nicht abgerufen</translation>
    </message>
    <message>
        <source>the copy has no folder or UID to fetch</source>
        <translation>die Kopie hat keinen Ordner oder keine UID zum Abrufen</translation>
    </message>
    <message>
        <source>the server returned no message for UID %1 in %2 (it may have been moved or deleted)</source>
        <translation>der Server hat für UID %1 in %2 keine Nachricht geliefert (sie wurde möglicherweise verschoben oder gelöscht)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::EnvironmentPasswordProvider</name>
    <message>
        <source>no password for %1: the seed has no passwordEnv and no keychain is available</source>
        <translation>kein Passwort für %1: Der Seed hat kein passwordEnv, und es ist kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>no password for %1: environment variable %2 is not set</source>
        <translation>kein Passwort für %1: Umgebungsvariable %2 ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::FolderDiscovery</name>
    <message>
        <source>not discovered yet</source>
        <translation>noch nicht ermittelt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementHistory</name>
    <message>
        <source>placement history: %1: %2</source>
        <translation>Platzierungsverlauf: %1: %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>placement history %1 has schema version %2; this version reads up to %3</source>
        <translation>Platzierungsverlauf %1 hat die Schemaversion %2; diese Version liest bis %3</translation>
    </message>
    <message>
        <source>begin</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>Erstellen des Schemas</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>placement history is not open</source>
        <translation>Platzierungsverlauf ist nicht geöffnet</translation>
    </message>
    <message>
        <source>storing the run</source>
        <translation>Speichern des Durchlaufs</translation>
    </message>
    <message>
        <source>storing a seed result</source>
        <translation>Speichern eines Seed-Ergebnisses</translation>
    </message>
    <message>
        <source>reading results</source>
        <translation>Lesen der Ergebnisse</translation>
    </message>
    <message>
        <source>reading runs</source>
        <translation>Lesen der Durchläufe</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementRun</name>
    <message>
        <source>no password source for %1</source>
        <translation>keine Passwortquelle für %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementSummary</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::SeedList</name>
    <message>
        <source>seed list larger than 16 MiB</source>
        <translation>Seed-Liste größer als 16 MiB</translation>
    </message>
    <message>
        <source>seed list is not valid JSON: %1</source>
        <translation>Seed-Liste ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>seed list must be an object with a &quot;seeds&quot; array</source>
        <translation>Seed-Liste muss ein Objekt mit einem &quot;seeds&quot;-Array sein</translation>
    </message>
    <message>
        <source>seed list has more than %1 seeds</source>
        <translation>Seed-Liste hat mehr als %1 Seeds</translation>
    </message>
    <message>
        <source>seed %1 is not an object</source>
        <translation>Seed %1 ist kein Objekt</translation>
    </message>
    <message>
        <source>seed %1 holds a password (&quot;%2&quot;); a seed list never does: use the keychain or passwordEnv</source>
        <translation>Seed %1 enthält ein Passwort (&quot;%2&quot;); eine Seed-Liste tut das nie: Verwenden Sie den Schlüsselbund oder passwordEnv</translation>
    </message>
    <message>
        <source>seed %1: unknown tls mode &apos;%2&apos; (implicit, starttls or none)</source>
        <translation>Seed %1: unbekannter TLS-Modus &apos;%2&apos; (implicit, starttls oder none)</translation>
    </message>
    <message>
        <source>seed %1: invalid port</source>
        <translation>Seed %1: ungültiger Port</translation>
    </message>
    <message>
        <source>seed %1 has no provider</source>
        <translation>Seed %1 hat keinen Anbieter</translation>
    </message>
    <message>
        <source>seed %1 has no IMAP host</source>
        <translation>Seed %1 hat keinen IMAP-Host</translation>
    </message>
    <message>
        <source>seed %1 has neither address nor user</source>
        <translation>Seed %1 hat weder Adresse noch Benutzer</translation>
    </message>
    <message>
        <source>seed list CSV is empty</source>
        <translation>Seed-Listen-CSV ist leer</translation>
    </message>
    <message>
        <source>seed list CSV has a password column; a seed list never does: use the keychain or passwordEnv</source>
        <translation>Seed-Listen-CSV hat eine Passwortspalte; eine Seed-Liste hat das nie: Verwenden Sie den Schlüsselbund oder passwordEnv</translation>
    </message>
    <message>
        <source>seed list CSV lacks the column &apos;%1&apos;</source>
        <translation>Seed-Listen-CSV fehlt die Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>CSV row with more than %1 columns</source>
        <translation>CSV-Zeile mit mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>CSV with more than %1 rows</source>
        <translation>CSV mit mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>CSV ends inside a quoted field</source>
        <translation>CSV endet innerhalb eines Feldes in Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::SeedPoll</name>
    <message>
        <source>the campaign token cannot be used in an IMAP search</source>
        <translation>das Kampagnen-Token kann nicht in einer IMAP-Suche verwendet werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>folder %1 could not be searched: %2</source>
        <translation>Ordner %1 konnte nicht durchsucht werden: %2</translation>
    </message>
    <message>
        <source>Gmail category search failed: %1</source>
        <translation>Suche nach Gmail-Kategorien fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::VendorImport</name>
    <message>
        <source>provider, address and a placement/result/folder column (common synonyms)</source>
        <translation>Anbieter, Adresse und eine Spalte placement/result/folder (übliche Synonyme)</translation>
    </message>
    <message>
        <source>separate folder (Inbox/Spam/Promotions) and status (Delivered/Not delivered) columns</source>
        <translation>getrennte Spalten für Ordner (Inbox/Spam/Promotions) und Status (Delivered/Not delivered)</translation>
    </message>
    <message>
        <source>Deliverbench&apos;s own placement JSON</source>
        <translation>Deliverbenchs eigenes Platzierungs-JSON</translation>
    </message>
    <message>
        <source>import file larger than 64 MiB</source>
        <translation>Importdatei größer als 64 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>mehr als %1 Zeilen</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>die Datei enthält keine Zeilen</translation>
    </message>
    <message>
        <source>no provider column (looked for: %1)</source>
        <translation>keine Anbieterspalte (gesucht nach: %1)</translation>
    </message>
    <message>
        <source>no placement, folder or status column</source>
        <translation>keine Spalte für Platzierung, Ordner oder Status</translation>
    </message>
    <message>
        <source>row %1: unknown placement &apos;%2&apos;</source>
        <translation>Zeile %1: unbekannte Platzierung &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report</name>
    <message>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>blocked by policy or blocklist</source>
        <translation>durch Richtlinie oder Sperrliste blockiert</translation>
    </message>
    <message>
        <source>sender reputation</source>
        <translation>Absenderreputation</translation>
    </message>
    <message>
        <source>authentication failure (SPF/DKIM/DMARC)</source>
        <translation>Authentifizierungsfehler (SPF/DKIM/DMARC)</translation>
    </message>
    <message>
        <source>temporary failure or greylisting</source>
        <translation>vorübergehender Fehler oder Greylisting</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>Remove the address from the list; keep bounced addresses suppressed.</source>
        <translation>Entfernen Sie die Adresse aus der Liste; halten Sie unzustellbare Adressen gesperrt.</translation>
    </message>
    <message>
        <source>Retry later; suppress the address if it keeps bouncing.</source>
        <translation>Versuchen Sie es später erneut; sperren Sie die Adresse, wenn sie weiterhin unzustellbar ist.</translation>
    </message>
    <message>
        <source>Check the sending IP and domain against blocklists and the receiver&apos;s policy text.</source>
        <translation>Prüfen Sie die sendende IP und Domain anhand von Sperrlisten und dem Richtlinientext des Empfängers.</translation>
    </message>
    <message>
        <source>Reduce volume, remove unengaged recipients and check complaint rates.</source>
        <translation>Verringern Sie das Volumen, entfernen Sie nicht interagierende Empfänger und prüfen Sie die Beschwerderaten.</translation>
    </message>
    <message>
        <source>Fix SPF, DKIM and DMARC alignment for the sending domain.</source>
        <translation>Korrigieren Sie die SPF-, DKIM- und DMARC-Ausrichtung der sendenden Domain.</translation>
    </message>
    <message>
        <source>Nothing to do if the sender retries; persistent deferrals need a look at the reason.</source>
        <translation>Nichts zu tun, wenn der Absender es erneut versucht; anhaltende Zurückstellungen erfordern einen Blick auf den Grund.</translation>
    </message>
    <message>
        <source>Bounce: %1</source>
        <translation>Bounce: %1</translation>
    </message>
    <message>
        <source>Recipient %1, status %2 (%3); classified by %4.</source>
        <translation>Empfänger %1, Status %2 (%3); klassifiziert durch %4.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>keine Regel</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Deliverbench report</source>
        <translation>Deliverbench-Bericht</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>from</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>An</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>seed list</source>
        <translation>Seed-Liste</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>ran at</source>
        <translation>ausgeführt um</translation>
    </message>
    <message>
        <source>Per receiving domain</source>
        <translation>Pro empfangender Domain</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Bounced recipients</source>
        <translation>Unzustellbare Empfänger</translation>
    </message>
    <message>
        <source>DNS snapshot</source>
        <translation>DNS-Schnappschuss</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>overlay</source>
        <translation>Overlay</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Generated %1 by Deliverbench.</source>
        <translation>Erstellt %1 von Deliverbench.</translation>
    </message>
    <message>
        <source>Addresses, local parts, bodies and URL tokens are redacted.</source>
        <translation>Adressen, lokale Teile, Nachrichtentexte und URL-Tokens sind geschwärzt.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes, %4 passed.</source>
        <translation>%1 Fehler, %2 Warnungen, %3 Hinweise, %4 bestanden.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <source>DKIM d=%1 s=%2</source>
        <translation>DKIM d=%1 s=%2</translation>
    </message>
    <message>
        <source>body hash mismatch in %1: %2</source>
        <translation>Body-Hash stimmt nicht überein in %1: %2</translation>
    </message>
    <message>
        <source>body hash mismatch in %1: the body changed after signing (%2)</source>
        <translation>Body-Hash stimmt nicht überein in %1: Der Body wurde nach dem Signieren geändert (%2)</translation>
    </message>
    <message>
        <source>signed header field(s) changed in B: %1 (%2)</source>
        <translation>signierte Kopfzeile(n) in B geändert: %1 (%2)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>in %1: %2</translation>
    </message>
    <message>
        <source>not checked: the DNS lookups failed for both messages (temperror); is DNS available?</source>
        <translation>nicht geprüft: Die DNS-Abfragen sind für beide Nachrichten fehlgeschlagen (temperror); ist DNS verfügbar?</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>umgeschlagen</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>nur in A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>nur in B</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>B has no DKIM-Signature with d=%1 s=%2 (removed in transit)</source>
        <translation>B hat keine DKIM-Signature mit d=%1 s=%2 (unterwegs entfernt)</translation>
    </message>
    <message>
        <source>B carries a DKIM-Signature A does not (added in transit, e.g. by a mailing list)</source>
        <translation>B trägt eine DKIM-Signature, die A nicht hat (unterwegs hinzugefügt, z. B. von einer Mailingliste)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the connecting IP differs: %1 in A, %2 in B (a forwarder relayed B; %3)</source>
        <translation>die verbindende IP unterscheidet sich: %1 in A, %2 in B (ein Weiterleiter hat B weitergeleitet; %3)</translation>
    </message>
    <message>
        <source>the checked domain differs: %1 in A, %2 in B</source>
        <translation>die geprüfte Domain unterscheidet sich: %1 in A, %2 in B</translation>
    </message>
    <message>
        <source>in B: %1</source>
        <translation>in B: %1</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>aligned pass</source>
        <translation>ausgerichtet bestanden</translation>
    </message>
    <message>
        <source>aligned DKIM: %1 → %2; aligned SPF: %3 → %4</source>
        <translation>ausgerichtetes DKIM: %1 → %2; ausgerichtetes SPF: %3 → %4</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message numerus="yes">
        <source>B carries an ARC chain of %n set(s) (added by an intermediary): %1</source>
        <translation>
            <numerusform>B trägt eine ARC-Kette aus %n Satz (von einem Zwischenserver hinzugefügt): %1</numerusform>
            <numerusform>B trägt eine ARC-Kette aus %n Sätzen (von einem Zwischenserver hinzugefügt): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>B carries no ARC chain</source>
        <translation>B trägt keine ARC-Kette</translation>
    </message>
    <message>
        <source>ARC sets: %1 in A, %2 in B; in B: %3</source>
        <translation>ARC-Sätze: %1 in A, %2 in B; in B: %3</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Only in B: %1</source>
        <translation>Nur in B: %1</translation>
    </message>
    <message>
        <source>B (%1) has this finding, A (%2) does not.</source>
        <translation>B (%1) hat diesen Befund, A (%2) nicht.</translation>
    </message>
    <message>
        <source>Only in A: %1</source>
        <translation>Nur in A: %1</translation>
    </message>
    <message>
        <source>A (%1) has this finding (%2), B (%3) does not.</source>
        <translation>A (%1) hat diesen Befund (%2), B (%3) nicht.</translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B</source>
        <translation>%1: %2 in A, %3 in B</translation>
    </message>
    <message>
        <source>%1: only in A (%2)</source>
        <translation>%1: nur in A (%2)</translation>
    </message>
    <message>
        <source>%1: only in B (%2)</source>
        <translation>%1: nur in B (%2)</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>DMARC result</source>
        <translation>DMARC-Ergebnis</translation>
    </message>
    <message>
        <source>worst finding of the structure check</source>
        <translation>schwerster Befund der Strukturprüfung</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>bounced recipients</source>
        <translation>unzustellbare Empfänger</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>only the first messages of the input were read</source>
        <translation>nur die ersten Nachrichten der Eingabe wurden gelesen</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>sending domain</source>
        <translation>sendende Domain</translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation>DKIM d=</translation>
    </message>
    <message>
        <source>By verdict</source>
        <translation>Nach Ergebnis</translation>
    </message>
    <message>
        <source>By sending domain</source>
        <translation>Nach sendender Domain</translation>
    </message>
    <message>
        <source>By DKIM d=</source>
        <translation>Nach DKIM d=</translation>
    </message>
    <message>
        <source>Bounced recipients by cause</source>
        <translation>Unzustellbare Empfänger nach Ursache</translation>
    </message>
    <message>
        <source>Bounced recipients per receiving domain</source>
        <translation>Unzustellbare Empfänger nach empfangender Domain</translation>
    </message>
    <message>
        <source>Messages (the first %1 of %2)</source>
        <translation>Nachrichten (die ersten %1 von %2)</translation>
    </message>
    <message>
        <source>bounce cause</source>
        <translation>Bounce-Ursache</translation>
    </message>
    <message>
        <source>receiving domain</source>
        <translation>empfangende Domain</translation>
    </message>
    <message>
        <source>Headers changed</source>
        <translation>Geänderte Kopfzeilen</translation>
    </message>
    <message>
        <source>Verdicts flipped</source>
        <translation>Umgeschlagene Ergebnisse</translation>
    </message>
    <message>
        <source>MIME parts changed</source>
        <translation>Geänderte MIME-Teile</translation>
    </message>
    <message>
        <source>what</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vorher</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nachher</translation>
    </message>
    <message>
        <source>%1 (bottom-most)</source>
        <translation>%1 (ganz unten)</translation>
    </message>
    <message>
        <source>%1 (2nd from the bottom)</source>
        <translation>%1 (2. von unten)</translation>
    </message>
    <message>
        <source>%1 (3rd from the bottom)</source>
        <translation>%1 (3. von unten)</translation>
    </message>
    <message>
        <source>%1 (%2th from the bottom)</source>
        <translation>%1 (%2. von unten)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::AuthDiff</name>
    <message>
        <source>Authentication verdicts (A → B):</source>
        <translation>Authentifizierungsergebnisse (A → B):</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::BatchSummary</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(nicht signiert)</translation>
    </message>
    <message>
        <source>sending domain</source>
        <translation>sendende Domain</translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation>DKIM d=</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>By verdict:</source>
        <translation>Nach Ergebnis:</translation>
    </message>
    <message>
        <source>Bounces: %1 message(s), %2 recipient(s)</source>
        <translation>Bounces: %1 Nachricht(en), %2 Empfänger</translation>
    </message>
    <message>
        <source>  by cause:</source>
        <translation>  nach Ursache:</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::Case</name>
    <message>
        <source>not a Deliverbench case file</source>
        <translation>keine Deliverbench-Falldatei</translation>
    </message>
    <message>
        <source>case file without a valid version</source>
        <translation>Falldatei ohne gültige Version</translation>
    </message>
    <message>
        <source>case file version %1 is newer than this Deliverbench supports (%2)</source>
        <translation>Falldatei-Version %1 ist neuer, als diese Deliverbench-Version unterstützt (%2)</translation>
    </message>
    <message>
        <source>message &apos;%1&apos; in the case file is not valid base64</source>
        <translation>Nachricht &apos;%1&apos; in der Falldatei ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>message &apos;%1&apos; in the case file does not match its SHA-256 (damaged file)</source>
        <translation>Nachricht &apos;%1&apos; in der Falldatei passt nicht zu ihrem SHA-256 (beschädigte Datei)</translation>
    </message>
    <message>
        <source>case file is not valid JSON (offset %1: %2)</source>
        <translation>Falldatei ist kein gültiges JSON (Offset %1: %2)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a case file</source>
        <translation>&apos;%1&apos; ist zu groß für eine Falldatei</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>der Ordner &apos;%1&apos; kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::DkimImpact</name>
    <message>
        <source>DKIM impact (what the changes mean for A&apos;s signatures; bytes only, no DNS):</source>
        <translation>DKIM-Auswirkung (was die Änderungen für die Signaturen von A bedeuten; nur Bytes, kein DNS):</translation>
    </message>
    <message>
        <source>A has no DKIM-Signature: no change can break one.</source>
        <translation>A hat keine DKIM-Signature: Keine Änderung kann eine brechen.</translation>
    </message>
    <message>
        <source>signed by %1: the change breaks it</source>
        <translation>signiert von %1: Die Änderung bricht sie</translation>
    </message>
    <message>
        <source>signed by %1: same after %2 canonicalization</source>
        <translation>signiert von %1: gleich nach %2-Kanonisierung</translation>
    </message>
    <message numerus="yes">
        <source>not covered by %1 (h= lists %n instance(s) of this field)</source>
        <translation>
            <numerusform>nicht abgedeckt von %1 (h= führt %n Instanz dieses Feldes auf)</numerusform>
            <numerusform>nicht abgedeckt von %1 (h= führt %n Instanzen dieses Feldes auf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::DkimImpactSignature</name>
    <message>
        <source>%1: the signature does not parse (%2).</source>
        <translation>%1: Die Signatur lässt sich nicht parsen (%2).</translation>
    </message>
    <message>
        <source>the signature field is missing or altered in B</source>
        <translation>das Signaturfeld fehlt in B oder wurde geändert</translation>
    </message>
    <message>
        <source>signed header(s) changed: %1</source>
        <translation>signierte Kopfzeile(n) geändert: %1</translation>
    </message>
    <message>
        <source>the body hash (bh=) did not match A&apos;s body already</source>
        <translation>der Body-Hash (bh=) passte schon nicht zum Body von A</translation>
    </message>
    <message>
        <source>the body changed: the body hash (bh=) no longer matches</source>
        <translation>der Body wurde geändert: Der Body-Hash (bh=) passt nicht mehr</translation>
    </message>
    <message>
        <source>%1: nothing it covers changed (signed headers and body hash equal after canonicalization%2); it verifies in B if it verified in A.</source>
        <translation>%1: Nichts, was sie abdeckt, wurde geändert (signierte Kopfzeilen und Body-Hash nach Kanonisierung gleich%2); sie ist in B gültig, wenn sie in A gültig war.</translation>
    </message>
    <message>
        <source>, body signed up to l=</source>
        <translation>, Body signiert bis l=</translation>
    </message>
    <message>
        <source>%1: breaks in B — %2.</source>
        <translation>%1: bricht in B — %2.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::MessageDiff</name>
    <message>
        <source>The messages are identical.</source>
        <translation>Die Nachrichten sind identisch.</translation>
    </message>
    <message>
        <source>Headers (fields of one name aligned oldest-first):</source>
        <translation>Kopfzeilen (Felder gleichen Namens, älteste zuerst ausgerichtet):</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>MIME parts:</source>
        <translation>MIME-Teile:</translation>
    </message>
    <message>
        <source>(line diff truncated)</source>
        <translation>(Zeilenvergleich gekürzt)</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::Recheck</name>
    <message>
        <source>the snapshot</source>
        <translation>der Schnappschuss</translation>
    </message>
    <message>
        <source>%1 changed since the case was recorded</source>
        <translation>%1 hat sich seit der Aufzeichnung des Falls geändert</translation>
    </message>
    <message>
        <source>%1 exists now but did not when the case was recorded</source>
        <translation>%1 existiert jetzt, aber nicht bei der Aufzeichnung des Falls</translation>
    </message>
    <message>
        <source>%1 existed when the case was recorded but is gone now</source>
        <translation>%1 existierte bei der Aufzeichnung des Falls, ist jetzt aber verschwunden</translation>
    </message>
    <message>
        <source>%1 could not be looked up again (%2)</source>
        <translation>%1 konnte nicht erneut abgefragt werden (%2)</translation>
    </message>
    <message>
        <source>Blocklist listing appeared: %1</source>
        <translation>Sperrlisteneintrag aufgetaucht: %1</translation>
    </message>
    <message>
        <source>Blocklist listing cleared: %1</source>
        <translation>Sperrlisteneintrag entfernt: %1</translation>
    </message>
    <message>
        <source>Blocklist return code changed: %1</source>
        <translation>Rückgabecode der Sperrliste geändert: %1</translation>
    </message>
    <message>
        <source>%1 reports something new: %2</source>
        <translation>%1 meldet etwas Neues: %2</translation>
    </message>
    <message>
        <source>%1 no longer reports: %2</source>
        <translation>%1 meldet nicht mehr: %2</translation>
    </message>
    <message>
        <source>Then (%1): %2
Now: %3</source>
        <translation>Damals (%1): %2
Jetzt: %3</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <source>Re-check again later or against another DNS server.</source>
        <translation>Prüfen Sie später oder mit einem anderen DNS-Server erneut.</translation>
    </message>
    <message>
        <source>Keep both snapshots as evidence; if the change was not intended, find who made it.</source>
        <translation>Bewahren Sie beide Schnappschüsse als Nachweis auf; war die Änderung nicht beabsichtigt, finden Sie heraus, wer sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>domain audit of %1</source>
        <translation>Domainprüfung von %1</translation>
    </message>
    <message>
        <source>blocklist check of %1</source>
        <translation>Sperrlistenprüfung von %1</translation>
    </message>
    <message>
        <source>Nothing changed since the case was recorded</source>
        <translation>Seit der Aufzeichnung des Falls hat sich nichts geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS answer(s) compared; %1 check(s) re-run.</source>
        <translation>
            <numerusform>%n DNS-Antwort verglichen; %1 Prüfung(en) erneut ausgeführt.</numerusform>
            <numerusform>%n DNS-Antworten verglichen; %1 Prüfung(en) erneut ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 flipped: %2 then, %3 now</source>
        <translation>%1 umgeschlagen: damals %2, jetzt %3</translation>
    </message>
    <message>
        <source>DNS changes that explain it:</source>
        <translation>DNS-Änderungen, die es erklären:</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation</name>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>unbekannter Status &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;</source>
        <translation>unbekannter Schweregrad &apos;%1&apos;</translation>
    </message>
    <message>
        <source>list without a valid zone</source>
        <translation>Liste ohne gültige Zone</translation>
    </message>
    <message>
        <source>list %1: unknown type &apos;%2&apos;</source>
        <translation>Liste %1: unbekannter Typ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>list %1: no types</source>
        <translation>Liste %1: keine Typen</translation>
    </message>
    <message>
        <source>list %1: bad answer &apos;%2&apos;</source>
        <translation>Liste %1: ungültige Antwort &apos;%2&apos;</translation>
    </message>
    <message>
        <source>list %1: bit must be a power of two up to 128</source>
        <translation>Liste %1: bit muss eine Zweierpotenz bis 128 sein</translation>
    </message>
    <message>
        <source>answer %1 is outside 127.0.0.0/8: the list may be defunct or wildcarding</source>
        <translation>Antwort %1 liegt außerhalb von 127.0.0.0/8: Die Liste ist möglicherweise eingestellt oder antwortet per Wildcard</translation>
    </message>
    <message>
        <source>%1 is an error or refusal code (127.255.255.0/24), not a listing</source>
        <translation>%1 ist ein Fehler- oder Ablehnungscode (127.255.255.0/24), kein Eintrag</translation>
    </message>
    <message>
        <source>127.0.0.1 is not a listing code (RFC 5782 §5): the list may be refusing the query</source>
        <translation>127.0.0.1 ist kein Eintragscode (RFC 5782 §5): Die Liste lehnt die Abfrage möglicherweise ab</translation>
    </message>
    <message>
        <source>listed (return code %1 is not documented in the catalogue)</source>
        <translation>gelistet (Rückgabecode %1 ist im Katalog nicht dokumentiert)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an IP address nor a domain name</source>
        <translation>&apos;%1&apos; ist weder eine IP-Adresse noch ein Domainname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>&apos;%1&apos; ist kein gültiger Domainname</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation::DnsblChecker</name>
    <message>
        <source>no resolver</source>
        <translation>kein Resolver</translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation>keine Antwort (Zeitüberschreitung)</translation>
    </message>
    <message>
        <source>DNS error %1</source>
        <translation>DNS-Fehler %1</translation>
    </message>
    <message>
        <source>%1 is listed on %2</source>
        <translation>%1 ist auf %2 gelistet</translation>
    </message>
    <message>
        <source>Fix the cause, then ask the list operator for delisting.</source>
        <translation>Beheben Sie die Ursache und bitten Sie dann den Listenbetreiber um Austragung.</translation>
    </message>
    <message>
        <source>Fix the cause, then request delisting at %1</source>
        <translation>Beheben Sie die Ursache und beantragen Sie dann die Austragung unter %1</translation>
    </message>
    <message>
        <source>%1: no usable answer from %2</source>
        <translation>%1: keine verwendbare Antwort von %2</translation>
    </message>
    <message>
        <source>Retry later; query through your own resolver (public resolvers are often refused).</source>
        <translation>Versuchen Sie es später erneut; fragen Sie über Ihren eigenen Resolver ab (öffentliche Resolver werden oft abgelehnt).</translation>
    </message>
    <message>
        <source>%1 is not listed</source>
        <translation>%1 ist nicht gelistet</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation::DnsblSummary</name>
    <message>
        <source>listed on %1 of %2 lists</source>
        <translation>auf %1 von %2 Listen gelistet</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 unbekannt</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Smtp::SmtpProbe</name>
    <message>
        <source>The probe did not finish in time</source>
        <translation>Der Test wurde nicht rechtzeitig abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped after %1 ms.</source>
        <translation>Nach %1 ms angehalten.</translation>
    </message>
    <message>
        <source>Check that the server answers; raise the timeout for slow servers.</source>
        <translation>Prüfen Sie, ob der Server antwortet; erhöhen Sie das Zeitlimit für langsame Server.</translation>
    </message>
    <message>
        <source>the probe ran out of time; retry later</source>
        <translation>die Zeit für den Test ist abgelaufen; später erneut versuchen</translation>
    </message>
    <message>
        <source>the probe was cancelled</source>
        <translation>der Test wurde abgebrochen</translation>
    </message>
    <message>
        <source>The host name does not resolve</source>
        <translation>Der Hostname lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>No A or AAAA record for %1 (%2).</source>
        <translation>Kein A- oder AAAA-Eintrag für %1 (%2).</translation>
    </message>
    <message>
        <source>Check the name and the DNS.</source>
        <translation>Prüfen Sie den Namen und das DNS.</translation>
    </message>
    <message>
        <source>the host could not be resolved</source>
        <translation>der Host konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>The server sent a malformed reply</source>
        <translation>Der Server hat eine fehlerhafte Antwort gesendet</translation>
    </message>
    <message>
        <source>Check what answers on this port: it does not speak SMTP correctly.</source>
        <translation>Prüfen Sie, was auf diesem Port antwortet: Es spricht nicht korrekt SMTP.</translation>
    </message>
    <message>
        <source>the server sent a malformed reply</source>
        <translation>der Server hat eine fehlerhafte Antwort gesendet</translation>
    </message>
    <message>
        <source>during the session</source>
        <translation>während der Sitzung</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>beim Verbinden</translation>
    </message>
    <message>
        <source>No SMTP connection</source>
        <translation>Keine SMTP-Verbindung</translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation>%1 Port %2: %3</translation>
    </message>
    <message>
        <source>Check the host, the port and firewalls.</source>
        <translation>Prüfen Sie Host, Port und Firewalls.</translation>
    </message>
    <message>
        <source>no connection; retry later</source>
        <translation>keine Verbindung; später erneut versuchen</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Der Server antwortet nicht mehr</translation>
    </message>
    <message>
        <source>No complete reply within %1 ms (%2).</source>
        <translation>Keine vollständige Antwort innerhalb von %1 ms (%2).</translation>
    </message>
    <message>
        <source>A silent or very slow server (tarpit) cannot be assessed; retry later or raise --timeout.</source>
        <translation>Ein stummer oder sehr langsamer Server (Tarpit) kann nicht bewertet werden; versuchen Sie es später erneut oder erhöhen Sie --timeout.</translation>
    </message>
    <message>
        <source>the server stopped answering; retry later</source>
        <translation>der Server antwortet nicht mehr; später erneut versuchen</translation>
    </message>
    <message>
        <source>Check what answers on this port.</source>
        <translation>Prüfen Sie, was auf diesem Port antwortet.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The connection ended %1 without a 221 reply.</source>
        <translation>Die Verbindung endete %1 ohne eine 221-Antwort.</translation>
    </message>
    <message>
        <source>Check the server&apos;s log for why it dropped the session.</source>
        <translation>Prüfen Sie im Protokoll des Servers, warum er die Sitzung beendet hat.</translation>
    </message>
    <message>
        <source>the server closed the connection; retry later</source>
        <translation>der Server hat die Verbindung geschlossen; später erneut versuchen</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate, key and TLS protocol settings.</source>
        <translation>Prüfen Sie Zertifikat, Schlüssel und TLS-Protokolleinstellungen des Servers.</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server delays its replies (tarpit)</source>
        <translation>Der Server verzögert seine Antworten (Tarpit)</translation>
    </message>
    <message>
        <source>The %1 reply took %2 ms (threshold %3 ms).</source>
        <translation>Die %1-Antwort dauerte %2 ms (Schwellenwert %3 ms).</translation>
    </message>
    <message>
        <source>Deliberate delays slow down spammers and this probe alike; retry later.</source>
        <translation>Absichtliche Verzögerungen bremsen Spammer und diesen Test gleichermaßen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server ended the session (421)</source>
        <translation>Der Server hat die Sitzung beendet (421)</translation>
    </message>
    <message>
        <source>It answered 421, which usually means a rate limit, overload or shutdown.</source>
        <translation>Er antwortete mit 421, was meist ein Ratenlimit, Überlastung oder Herunterfahren bedeutet.</translation>
    </message>
    <message>
        <source>Retry later, from an address the server does not limit.</source>
        <translation>Versuchen Sie es später erneut, von einer Adresse, die der Server nicht begrenzt.</translation>
    </message>
    <message>
        <source>the server answered 421 (rate limit or shutdown); retry later</source>
        <translation>der Server antwortete mit 421 (Ratenlimit oder Herunterfahren); später erneut versuchen</translation>
    </message>
    <message>
        <source>The server refuses this client</source>
        <translation>Der Server lehnt diesen Client ab</translation>
    </message>
    <message>
        <source>The greeting is %1 instead of 220.</source>
        <translation>Die Begrüßung ist %1 statt 220.</translation>
    </message>
    <message>
        <source>Run the probe from an address the server accepts (not a blocklisted or dynamic one).</source>
        <translation>Führen Sie den Test von einer Adresse aus, die der Server akzeptiert (keine gesperrte oder dynamische).</translation>
    </message>
    <message>
        <source>the server refused the session (greeting %1); retry from another address</source>
        <translation>der Server hat die Sitzung abgelehnt (Begrüßung %1); von einer anderen Adresse erneut versuchen</translation>
    </message>
    <message>
        <source>EHLO after TLS was rejected</source>
        <translation>EHLO nach TLS wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server must accept EHLO after STARTTLS.</source>
        <translation>Der Server muss EHLO nach STARTTLS annehmen.</translation>
    </message>
    <message>
        <source>EHLO was rejected</source>
        <translation>EHLO wurde abgelehnt</translation>
    </message>
    <message>
        <source>EHLO and HELO were rejected</source>
        <translation>EHLO und HELO wurden abgelehnt</translation>
    </message>
    <message>
        <source>The server rejected the greeting %1.</source>
        <translation>Der Server hat die Begrüßung %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Try another --helo name, or check the server&apos;s HELO restrictions.</source>
        <translation>Versuchen Sie einen anderen --helo-Namen, oder prüfen Sie die HELO-Einschränkungen des Servers.</translation>
    </message>
    <message>
        <source>the greeting was rejected</source>
        <translation>die Begrüßung wurde abgelehnt</translation>
    </message>
    <message>
        <source>STARTTLS is not offered</source>
        <translation>STARTTLS wird nicht angeboten</translation>
    </message>
    <message>
        <source>EHLO does not advertise STARTTLS: mail to and from this server travels in plaintext.</source>
        <translation>EHLO kündigt kein STARTTLS an: E-Mails an diesen und von diesem Server werden im Klartext übertragen.</translation>
    </message>
    <message>
        <source>(HELO only)</source>
        <translation>(nur HELO)</translation>
    </message>
    <message>
        <source>Configure a certificate and enable STARTTLS.</source>
        <translation>Richten Sie ein Zertifikat ein und aktivieren Sie STARTTLS.</translation>
    </message>
    <message>
        <source>STARTTLS is advertised but refused</source>
        <translation>STARTTLS wird angekündigt, aber abgelehnt</translation>
    </message>
    <message>
        <source>The server answered %1 to STARTTLS.</source>
        <translation>Der Server antwortete auf STARTTLS mit %1.</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration (certificate, key).</source>
        <translation>Prüfen Sie die TLS-Konfiguration des Servers (Zertifikat, Schlüssel).</translation>
    </message>
    <message>
        <source>A random recipient was accepted</source>
        <translation>Ein zufälliger Empfänger wurde angenommen</translation>
    </message>
    <message>
        <source>RCPT TO:&lt;%1&gt; was accepted: recipients are not checked at RCPT time (catch-all or later bounce).</source>
        <translation>RCPT TO:&lt;%1&gt; wurde angenommen: Empfänger werden bei RCPT nicht geprüft (Catch-all oder späterer Bounce).</translation>
    </message>
    <message>
        <source>Reject unknown recipients at RCPT time to avoid backscatter.</source>
        <translation>Lehnen Sie unbekannte Empfänger bereits bei RCPT ab, um Backscatter zu vermeiden.</translation>
    </message>
    <message>
        <source>The server is an open relay</source>
        <translation>Der Server ist ein offenes Relay</translation>
    </message>
    <message>
        <source>%1 of %2 relay tests were accepted without authentication.</source>
        <translation>%1 von %2 Relay-Tests wurden ohne Authentifizierung angenommen.</translation>
    </message>
    <message>
        <source>Relay only for your own networks and authenticated users (Postfix: mynetworks, smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</source>
        <translation>Erlauben Sie Relaying nur für Ihre eigenen Netze und authentifizierte Benutzer (Postfix: mynetworks, smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</translation>
    </message>
    <message>
        <source>the server requires STARTTLS before accepting mail; run the probe with STARTTLS</source>
        <translation>der Server verlangt STARTTLS, bevor er E-Mails annimmt; führen Sie den Test mit STARTTLS aus</translation>
    </message>
    <message>
        <source>Relay test inconclusive: STARTTLS required</source>
        <translation>Relay-Test nicht eindeutig: STARTTLS erforderlich</translation>
    </message>
    <message>
        <source>Probe again with STARTTLS (or implicit TLS); for a public MX, requiring TLS refuses mail from servers without it (RFC 3207 §4).</source>
        <translation>Testen Sie erneut mit STARTTLS (oder implizitem TLS); bei einem öffentlichen MX lehnt ein TLS-Zwang E-Mails von Servern ohne TLS ab (RFC 3207 §4).</translation>
    </message>
    <message>
        <source>the server requires authentication before accepting mail; nothing could be tried</source>
        <translation>der Server verlangt Authentifizierung, bevor er E-Mails annimmt; es konnte nichts versucht werden</translation>
    </message>
    <message>
        <source>Relay test inconclusive: authentication required</source>
        <translation>Relay-Test nicht eindeutig: Authentifizierung erforderlich</translation>
    </message>
    <message>
        <source>Expected on a submission port; for an MX this would refuse all incoming mail.</source>
        <translation>Auf einem Submission-Port zu erwarten; bei einem MX würde dies alle eingehenden E-Mails ablehnen.</translation>
    </message>
    <message>
        <source>the server answered with temporary failures (greylisting?); retry later</source>
        <translation>der Server antwortete mit vorübergehenden Fehlern (Greylisting?); später erneut versuchen</translation>
    </message>
    <message>
        <source>Relay test inconclusive: temporary failures</source>
        <translation>Relay-Test nicht eindeutig: vorübergehende Fehler</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>the relay tests did not complete; retry later</source>
        <translation>die Relay-Tests wurden nicht abgeschlossen; später erneut versuchen</translation>
    </message>
    <message>
        <source>Relay test inconclusive</source>
        <translation>Relay-Test nicht eindeutig</translation>
    </message>
    <message>
        <source>%1 of 16 relay tests ran: %2.</source>
        <translation>%1 von 16 Relay-Tests liefen: %2.</translation>
    </message>
    <message>
        <source>the server delays its replies (tarpit); retry later</source>
        <translation>der Server verzögert seine Antworten (Tarpit); später erneut versuchen</translation>
    </message>
    <message>
        <source>Relay test inconclusive: tarpit</source>
        <translation>Relay-Test nicht eindeutig: Tarpit</translation>
    </message>
    <message>
        <source>The server is not an open relay</source>
        <translation>Der Server ist kein offenes Relay</translation>
    </message>
    <message>
        <source>All %1 relay tests were rejected.</source>
        <translation>Alle %1 Relay-Tests wurden abgelehnt.</translation>
    </message>
    <message>
        <source>The server does not support EHLO</source>
        <translation>Der Server unterstützt kein EHLO</translation>
    </message>
    <message>
        <source>Only HELO worked: no SMTP extensions (STARTTLS, SIZE, 8BITMIME) are available.</source>
        <translation>Nur HELO funktionierte: Keine SMTP-Erweiterungen (STARTTLS, SIZE, 8BITMIME) sind verfügbar.</translation>
    </message>
    <message>
        <source>Use an ESMTP server.</source>
        <translation>Verwenden Sie einen ESMTP-Server.</translation>
    </message>
    <message>
        <source>SMTP extensions offered</source>
        <translation>Angebotene SMTP-Erweiterungen</translation>
    </message>
    <message>
        <source>none of the common extensions</source>
        <translation>keine der üblichen Erweiterungen</translation>
    </message>
    <message>
        <source>AUTH is offered without TLS</source>
        <translation>AUTH wird ohne TLS angeboten</translation>
    </message>
    <message>
        <source>Mechanisms %1 are advertised on the plaintext connection: passwords can travel unencrypted.</source>
        <translation>Die Mechanismen %1 werden auf der unverschlüsselten Verbindung angekündigt: Passwörter können unverschlüsselt übertragen werden.</translation>
    </message>
    <message>
        <source>Offer AUTH only after STARTTLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>Bieten Sie AUTH nur nach STARTTLS an (Postfix: smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>AUTH is offered only over TLS</source>
        <translation>AUTH wird nur über TLS angeboten</translation>
    </message>
    <message>
        <source>Mechanisms after TLS: %1.</source>
        <translation>Mechanismen nach TLS: %1.</translation>
    </message>
    <message>
        <source>VRFY is enabled</source>
        <translation>VRFY ist aktiviert</translation>
    </message>
    <message>
        <source>VRFY postmaster answered %1: the command can be used to probe for valid addresses.</source>
        <translation>VRFY postmaster antwortete mit %1: Der Befehl kann zum Ausforschen gültiger Adressen verwendet werden.</translation>
    </message>
    <message>
        <source>Disable VRFY (Postfix: disable_vrfy_command = yes).</source>
        <translation>Deaktivieren Sie VRFY (Postfix: disable_vrfy_command = yes).</translation>
    </message>
    <message>
        <source>EXPN is enabled</source>
        <translation>EXPN ist aktiviert</translation>
    </message>
    <message>
        <source>EXPN postmaster answered %1: mailing lists can be expanded by anyone.</source>
        <translation>EXPN postmaster antwortete mit %1: Mailinglisten können von jedem aufgelöst werden.</translation>
    </message>
    <message>
        <source>Disable EXPN.</source>
        <translation>Deaktivieren Sie EXPN.</translation>
    </message>
    <message>
        <source>Outdated TLS version</source>
        <translation>Veraltete TLS-Version</translation>
    </message>
    <message>
        <source>The session uses %1.</source>
        <translation>Die Sitzung verwendet %1.</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 and 1.3.</source>
        <translation>Aktivieren Sie TLS 1.2 und 1.3.</translation>
    </message>
    <message>
        <source>Data arrived between STARTTLS and the handshake</source>
        <translation>Zwischen STARTTLS und dem Handshake kamen Daten an</translation>
    </message>
    <message>
        <source>%1 bytes came after the 220 reply and before TLS; they were discarded.</source>
        <translation>%1 Bytes kamen nach der 220-Antwort und vor TLS an; sie wurden verworfen.</translation>
    </message>
    <message>
        <source>Check for a middlebox injecting data or a broken server.</source>
        <translation>Prüfen Sie, ob ein Zwischengerät Daten einschleust oder der Server defekt ist.</translation>
    </message>
    <message>
        <source>The certificate is not trusted</source>
        <translation>Das Zertifikat ist nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Überprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Use a certificate from a public CA with the full chain (or pass --ca-file for a private CA).</source>
        <translation>Verwenden Sie ein Zertifikat einer öffentlichen CA mit vollständiger Kette (oder übergeben Sie --ca-file für eine private CA).</translation>
    </message>
    <message>
        <source>The certificate does not match the host name</source>
        <translation>Das Zertifikat passt nicht zum Hostnamen</translation>
    </message>
    <message>
        <source>%1 is not among the certificate&apos;s names.</source>
        <translation>%1 ist nicht unter den Namen des Zertifikats.</translation>
    </message>
    <message>
        <source>Include the MX host name in the certificate&apos;s subjectAltName.</source>
        <translation>Nehmen Sie den MX-Hostnamen in den subjectAltName des Zertifikats auf.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>Es ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Renew the certificate.</source>
        <translation>Erneuern Sie das Zertifikat.</translation>
    </message>
    <message>
        <source>Weak certificate key</source>
        <translation>Schwacher Zertifikatsschlüssel</translation>
    </message>
    <message>
        <source>RSA key of %1 bits.</source>
        <translation>RSA-Schlüssel mit %1 Bit.</translation>
    </message>
    <message>
        <source>Use RSA 2048 bits or more, or ECDSA P-256.</source>
        <translation>Verwenden Sie RSA mit 2048 Bit oder mehr, oder ECDSA P-256.</translation>
    </message>
    <message>
        <source>TLS is set up correctly</source>
        <translation>TLS ist korrekt eingerichtet</translation>
    </message>
    <message>
        <source>%1 with %2; the certificate is trusted and matches %3.</source>
        <translation>%1 mit %2; das Zertifikat ist vertrauenswürdig und passt zu %3.</translation>
    </message>
    <message>
        <source>The reverse lookup failed</source>
        <translation>Die Rückwärtsabfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s address has no PTR record</source>
        <translation>Die Adresse des Servers hat keinen PTR-Eintrag</translation>
    </message>
    <message>
        <source>PTR lookup for %1: %2.</source>
        <translation>PTR-Abfrage für %1: %2.</translation>
    </message>
    <message>
        <source>Publish a PTR record naming the server, with a matching A/AAAA record.</source>
        <translation>Veröffentlichen Sie einen PTR-Eintrag, der den Server nennt, mit passendem A/AAAA-Eintrag.</translation>
    </message>
    <message>
        <source>Reverse DNS does not confirm forward</source>
        <translation>Reverse-DNS ist nicht vorwärtsbestätigt</translation>
    </message>
    <message>
        <source>%1 points to %2, but no name resolves back to it.</source>
        <translation>%1 zeigt auf %2, aber kein Name löst zurück auf sie auf.</translation>
    </message>
    <message>
        <source>Make the PTR name&apos;s A/AAAA record point to this address.</source>
        <translation>Lassen Sie den A/AAAA-Eintrag des PTR-Namens auf diese Adresse zeigen.</translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS</source>
        <translation>Vorwärtsbestätigtes Reverse-DNS</translation>
    </message>
    <message>
        <source>%1 ↔ %2.</source>
        <translation>%1 ↔ %2.</translation>
    </message>
    <message>
        <source>The banner name differs from reverse DNS</source>
        <translation>Der Banner-Name weicht vom Reverse-DNS ab</translation>
    </message>
    <message>
        <source>The greeting names %1; the PTR record says %2.</source>
        <translation>Die Begrüßung nennt %1; der PTR-Eintrag sagt %2.</translation>
    </message>
    <message>
        <source>Make the greeting name (Postfix: myhostname) the PTR name.</source>
        <translation>Machen Sie den Begrüßungsnamen (Postfix: myhostname) zum PTR-Namen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email deliverability workbench</source>
        <translation>Werkbank für E-Mail-Zustellbarkeit</translation>
    </message>
    <message>
        <source>Messages, mbox files or Maildir folders to open.</source>
        <translation>Zu öffnende Nachrichten, mbox-Dateien oder Maildir-Ordner.</translation>
    </message>
</context>
</TS>
