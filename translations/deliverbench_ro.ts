<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>Catalogue</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>nu se poate citi „%1”: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a catalogue</source>
        <translation>„%1” este prea mare pentru un catalog</translation>
    </message>
    <message>
        <source>%1: not a catalogue (%2)</source>
        <translation>%1: nu este un catalog (%2)</translation>
    </message>
    <message>
        <source>%1: no &quot;lists&quot;</source>
        <translation>%1: lipsește „lists”</translation>
    </message>
    <message>
        <source>%1: list %2 appears twice</source>
        <translation>%1: lista %2 apare de două ori</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth</name>
    <message>
        <source>%1 said %2=%3</source>
        <translation>%1 a raportat %2=%3</translation>
    </message>
    <message>
        <source>%1 said %2=%3 for %4=%5</source>
        <translation>%1 a raportat %2=%3 pentru %4=%5</translation>
    </message>
    <message>
        <source>the body changed after that hop</source>
        <translation>corpul s-a modificat după acel salt</translation>
    </message>
    <message>
        <source>a signed header field changed after that hop</source>
        <translation>un câmp de antet semnat s-a modificat după acel salt</translation>
    </message>
    <message>
        <source>the key record is different or unavailable now (%1)</source>
        <translation>înregistrarea cheii este acum diferită sau indisponibilă (%1)</translation>
    </message>
    <message>
        <source>the signature has expired since (x=)</source>
        <translation>semnătura a expirat între timp (x=)</translation>
    </message>
    <message>
        <source>%1; we could not evaluate SPF (the connection is not known)</source>
        <translation>%1; nu am putut evalua SPF (conexiunea nu este cunoscută)</translation>
    </message>
    <message>
        <source>%1; we checked a different identity (%2), so the results are not comparable</source>
        <translation>%1; am verificat o altă identitate (%2), deci rezultatele nu sunt comparabile</translation>
    </message>
    <message>
        <source>%1; we agree</source>
        <translation>%1; suntem de acord</translation>
    </message>
    <message>
        <source>%1; we get spf=%2 for %3 from %4: SPF depends on the connecting IP, and that receiver saw the connection from its own previous hop</source>
        <translation>%1; obținem spf=%2 pentru %3 de la %4: SPF depinde de IP-ul care se conectează, iar acel receptor a văzut conexiunea de la propriul salt anterior</translation>
    </message>
    <message>
        <source>%1 without naming the domain; not compared</source>
        <translation>%1 fără a numi domeniul; nu s-a comparat</translation>
    </message>
    <message>
        <source>%1; the message has no such DKIM-Signature now (removed after that hop?)</source>
        <translation>%1; mesajul nu mai are o astfel de DKIM-Signature (eliminată după acel salt?)</translation>
    </message>
    <message>
        <source>%1; it fails now: %2</source>
        <translation>%1; acum eșuează: %2</translation>
    </message>
    <message>
        <source>%1; we get dkim=%2 (%3)</source>
        <translation>%1; obținem dkim=%2 (%3)</translation>
    </message>
    <message>
        <source>%1; our From domain is %2, not comparable</source>
        <translation>%1; domeniul nostru From este %2, nu este comparabil</translation>
    </message>
    <message>
        <source>%1; we get dmarc=%2: %3</source>
        <translation>%1; obținem dmarc=%2: %3</translation>
    </message>
    <message>
        <source>%1; this method is not compared</source>
        <translation>%1; această metodă nu este comparată</translation>
    </message>
    <message>
        <source>%1 stamped %2=%3; we get %4</source>
        <translation>%1 a marcat %2=%3; noi obținem %4</translation>
    </message>
    <message>
        <source>Trust the receiver&apos;s verdict for what happened at delivery; the difference shows what changed since.</source>
        <translation>Aveți încredere în verdictul receptorului pentru ce s-a întâmplat la livrare; diferența arată ce s-a schimbat de atunci.</translation>
    </message>
    <message numerus="yes">
        <source>Our verdicts agree with the trusted Authentication-Results (%n result(s) compared)</source>
        <translation>
            <numerusform>Verdictele noastre coincid cu Authentication-Results de încredere (%n rezultat comparat)</numerusform>
            <numerusform>Verdictele noastre coincid cu Authentication-Results de încredere (%n rezultate comparate)</numerusform>
            <numerusform>Verdictele noastre coincid cu Authentication-Results de încredere (%n de rezultate comparate)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked as if connected from %1 (HELO %2, MAIL FROM %3)</source>
        <translation>Verificat ca și cum conexiunea ar veni de la %1 (HELO %2, MAIL FROM %3)</translation>
    </message>
    <message>
        <source>an unknown IP</source>
        <translation>un IP necunoscut</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>no DNS source: DMARC was not evaluated</source>
        <translation>nicio sursă DNS: DMARC nu a fost evaluat</translation>
    </message>
    <message>
        <source>the connecting IP is not known: SPF was not evaluated</source>
        <translation>IP-ul care se conectează nu este cunoscut: SPF nu a fost evaluat</translation>
    </message>
    <message>
        <source>neither MAIL FROM nor HELO is known: SPF was not evaluated</source>
        <translation>nici MAIL FROM, nici HELO nu sunt cunoscute: SPF nu a fost evaluat</translation>
    </message>
    <message>
        <source>no DNS source: SPF was not evaluated</source>
        <translation>nicio sursă DNS: SPF nu a fost evaluat</translation>
    </message>
    <message>
        <source>ARC was not requested</source>
        <translation>ARC nu a fost solicitat</translation>
    </message>
    <message>
        <source>no key source</source>
        <translation>nicio sursă de chei</translation>
    </message>
    <message>
        <source>Received field %1 (from the top) is the topmost that names a connecting IP; no hop names a public IP.</source>
        <translation>Câmpul Received %1 (de sus) este cel mai de sus care numește un IP de conectare; niciun salt nu numește un IP public.</translation>
    </message>
    <message>
        <source>Received field 1 (the topmost, added by the final receiver) names the connecting IP.</source>
        <translation>Câmpul Received 1 (cel mai de sus, adăugat de receptorul final) numește IP-ul de conectare.</translation>
    </message>
    <message>
        <source>No Received field names a connecting IP.</source>
        <translation>Niciun câmp Received nu numește un IP de conectare.</translation>
    </message>
    <message>
        <source>The message has no Received field.</source>
        <translation>Mesajul nu are niciun câmp Received.</translation>
    </message>
    <message>
        <source>Return-Path is &lt;&gt;: the null reverse-path (a bounce), so SPF checks the HELO identity (RFC 7208 §2.4).</source>
        <translation>Return-Path este &lt;&gt;: calea inversă nulă (un mesaj returnat), deci SPF verifică identitatea HELO (RFC 7208 §2.4).</translation>
    </message>
    <message>
        <source>MAIL FROM is the topmost Return-Path.</source>
        <translation>MAIL FROM este cel mai de sus Return-Path.</translation>
    </message>
    <message>
        <source>The message has no Return-Path: MAIL FROM is not known.</source>
        <translation>Mesajul nu are Return-Path: MAIL FROM nu este cunoscut.</translation>
    </message>
    <message>
        <source>The connecting IP was given: %1.</source>
        <translation>IP-ul de conectare a fost furnizat: %1.</translation>
    </message>
    <message>
        <source>The HELO name was given: %1.</source>
        <translation>Numele HELO a fost furnizat: %1.</translation>
    </message>
    <message>
        <source>MAIL FROM was given: &lt;%1&gt;.</source>
        <translation>MAIL FROM a fost furnizat: &lt;%1&gt;.</translation>
    </message>
    <message>
        <source>SPF passes for the sending IP</source>
        <translation>SPF trece pentru IP-ul expeditor</translation>
    </message>
    <message>
        <source>SPF was not evaluated (the connection is not known)</source>
        <translation>SPF nu a fost evaluat (conexiunea nu este cunoscută)</translation>
    </message>
    <message>
        <source>spf=%1 for %2 (%3) from %4</source>
        <translation>spf=%1 pentru %2 (%3) de la %4</translation>
    </message>
    <message>
        <source>A DKIM signature verifies</source>
        <translation>O semnătură DKIM este validă</translation>
    </message>
    <message>
        <source>no DKIM-Signature</source>
        <translation>nicio DKIM-Signature</translation>
    </message>
    <message>
        <source>The From domain publishes a DMARC record (p=none at least)</source>
        <translation>Domeniul From publică o înregistrare DMARC (cel puțin p=none)</translation>
    </message>
    <message>
        <source>_dmarc.%1: %2</source>
        <translation>_dmarc.%1: %2</translation>
    </message>
    <message>
        <source>the DMARC lookup for %1 failed: %2</source>
        <translation>interogarea DMARC pentru %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>no DMARC record for %1: %2</source>
        <translation>nicio înregistrare DMARC pentru %1: %2</translation>
    </message>
    <message>
        <source>DMARC passes: the From domain aligns with a passing SPF or DKIM domain</source>
        <translation>DMARC trece: domeniul From este aliniat cu un domeniu SPF sau DKIM care trece</translation>
    </message>
    <message>
        <source>DKIM aligned (%1)</source>
        <translation>DKIM aliniat (%1)</translation>
    </message>
    <message>
        <source>SPF aligned (%1)</source>
        <translation>SPF aliniat (%1)</translation>
    </message>
    <message>
        <source>dmarc=pass for %1: %2</source>
        <translation>dmarc=pass pentru %1: %2</translation>
    </message>
    <message>
        <source>dmarc=%1 for %2: %3</source>
        <translation>dmarc=%1 pentru %2: %3</translation>
    </message>
    <message>
        <source>The sending IP has a PTR record</source>
        <translation>IP-ul expeditor are o înregistrare PTR</translation>
    </message>
    <message>
        <source>The PTR name resolves back to the sending IP (forward-confirmed reverse DNS)</source>
        <translation>Numele PTR se rezolvă înapoi la IP-ul expeditor (DNS invers confirmat direct)</translation>
    </message>
    <message>
        <source>the sending IP is not known</source>
        <translation>IP-ul expeditor nu este cunoscut</translation>
    </message>
    <message>
        <source>PTR of %1: %2</source>
        <translation>PTR pentru %1: %2</translation>
    </message>
    <message>
        <source>no PTR for %1 (%2)</source>
        <translation>niciun PTR pentru %1 (%2)</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>interogarea a eșuat</translation>
    </message>
    <message>
        <source>no PTR name of %1 resolves back to it</source>
        <translation>niciun nume PTR al lui %1 nu se rezolvă înapoi la acesta</translation>
    </message>
    <message>
        <source>%1 → %2 → %1</source>
        <translation>%1 → %2 → %1</translation>
    </message>
    <message>
        <source>The message arrived over TLS</source>
        <translation>Mesajul a sosit prin TLS</translation>
    </message>
    <message>
        <source>the receiving hop is not known</source>
        <translation>saltul de recepție nu este cunoscut</translation>
    </message>
    <message>
        <source>Received by %1 with %2</source>
        <translation>Primit de %1 cu %2</translation>
    </message>
    <message>
        <source>One-click unsubscribe: an https List-Unsubscribe URI, List-Unsubscribe-Post: List-Unsubscribe=One-Click, both signed by a passing DKIM signature</source>
        <translation>Dezabonare cu un clic: un URI https în List-Unsubscribe, List-Unsubscribe-Post: List-Unsubscribe=One-Click, ambele semnate de o semnătură DKIM care trece</translation>
    </message>
    <message>
        <source>no List-Unsubscribe field</source>
        <translation>niciun câmp List-Unsubscribe</translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI</source>
        <translation>List-Unsubscribe nu are un URI https</translation>
    </message>
    <message>
        <source>no List-Unsubscribe-Post field</source>
        <translation>niciun câmp List-Unsubscribe-Post</translation>
    </message>
    <message>
        <source>%1 List-Unsubscribe-Post fields (one expected)</source>
        <translation>%1 câmpuri List-Unsubscribe-Post (se aștepta unul)</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is &quot;%1&quot;, not exactly &quot;List-Unsubscribe=One-Click&quot;</source>
        <translation>List-Unsubscribe-Post este „%1”, nu exact „List-Unsubscribe=One-Click”</translation>
    </message>
    <message>
        <source>no passing DKIM signature covers both List-Unsubscribe and List-Unsubscribe-Post in h=</source>
        <translation>nicio semnătură DKIM care trece nu acoperă în h= atât List-Unsubscribe, cât și List-Unsubscribe-Post</translation>
    </message>
    <message>
        <source>%1; signed by d=%2 s=%3</source>
        <translation>%1; semnat de d=%2 s=%3</translation>
    </message>
    <message>
        <source>The DKIM key has 1024 bits or more</source>
        <translation>Cheia DKIM are 1024 de biți sau mai mult</translation>
    </message>
    <message>
        <source>%1: %2-bit %3 key</source>
        <translation>%1: cheie %3 de %2 biți</translation>
    </message>
    <message>
        <source>%1: %2-bit key</source>
        <translation>%1: cheie de %2 biți</translation>
    </message>
    <message>
        <source>no DKIM key was retrieved: %1</source>
        <translation>nu a fost obținută nicio cheie DKIM: %1</translation>
    </message>
    <message>
        <source>The message conforms to RFC 5322</source>
        <translation>Mesajul respectă RFC 5322</translation>
    </message>
    <message>
        <source>no structure errors</source>
        <translation>nicio eroare de structură</translation>
    </message>
    <message>
        <source>a= is missing</source>
        <translation>lipsește a=</translation>
    </message>
    <message>
        <source>a=%1 is not a known algorithm</source>
        <translation>a=%1 nu este un algoritm cunoscut</translation>
    </message>
    <message>
        <source>b= is missing</source>
        <translation>lipsește b=</translation>
    </message>
    <message>
        <source>b= is empty or not base64</source>
        <translation>b= este gol sau nu este base64</translation>
    </message>
    <message>
        <source>d= is missing</source>
        <translation>lipsește d=</translation>
    </message>
    <message>
        <source>d=%1 is not a domain name</source>
        <translation>d=%1 nu este un nume de domeniu</translation>
    </message>
    <message>
        <source>s= is missing</source>
        <translation>lipsește s=</translation>
    </message>
    <message>
        <source>s=%1 is not a valid selector</source>
        <translation>s=%1 nu este un selector valid</translation>
    </message>
    <message>
        <source>t=%1 is not a timestamp</source>
        <translation>t=%1 nu este o marcă temporală</translation>
    </message>
    <message>
        <source>bh= is missing</source>
        <translation>lipsește bh=</translation>
    </message>
    <message>
        <source>bh= is empty or not base64</source>
        <translation>bh= este gol sau nu este base64</translation>
    </message>
    <message>
        <source>c=%1 is not a known canonicalization</source>
        <translation>c=%1 nu este o canonizare cunoscută</translation>
    </message>
    <message>
        <source>h= is missing</source>
        <translation>lipsește h=</translation>
    </message>
    <message>
        <source>h= lists ARC-Seal, which an ARC-Message-Signature must not sign</source>
        <translation>h= include ARC-Seal, pe care un ARC-Message-Signature nu trebuie să îl semneze</translation>
    </message>
    <message>
        <source>l=%1 is not a length</source>
        <translation>l=%1 nu este o lungime</translation>
    </message>
    <message>
        <source>x=%1 is not a timestamp</source>
        <translation>x=%1 nu este o marcă temporală</translation>
    </message>
    <message>
        <source>the ARC-Seal has an h= tag, which RFC 8617 §4.1.3 forbids</source>
        <translation>ARC-Seal are o etichetă h=, pe care RFC 8617 §4.1.3 o interzice</translation>
    </message>
    <message>
        <source>The message has no ARC sets</source>
        <translation>Mesajul nu are seturi ARC</translation>
    </message>
    <message>
        <source>ARC chain validates</source>
        <translation>Lanțul ARC este valid</translation>
    </message>
    <message>
        <source>ARC chain was already marked failed (cv=fail) by the last sealer</source>
        <translation>Lanțul ARC a fost deja marcat ca eșuat (cv=fail) de ultimul sigilator</translation>
    </message>
    <message>
        <source>Look at the hop that sealed with cv=fail: it could not validate the chain it received.</source>
        <translation>Verificați saltul care a sigilat cu cv=fail: nu a putut valida lanțul primit.</translation>
    </message>
    <message>
        <source>ARC sets are malformed, missing, duplicated or out of sequence</source>
        <translation>Seturile ARC sunt incorecte, lipsă, duplicate sau în afara secvenței</translation>
    </message>
    <message>
        <source>Each sealer must add exactly one ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results with the next instance number.</source>
        <translation>Fiecare sigilator trebuie să adauge exact un ARC-Seal, un ARC-Message-Signature și un ARC-Authentication-Results cu următorul număr de instanță.</translation>
    </message>
    <message>
        <source>More than 50 ARC sets (or an instance above 50)</source>
        <translation>Peste 50 de seturi ARC (sau o instanță peste 50)</translation>
    </message>
    <message>
        <source>The message is looping between forwarders; find the loop.</source>
        <translation>Mesajul circulă în buclă între redirecționatori; găsiți bucla.</translation>
    </message>
    <message>
        <source>The newest ARC-Message-Signature does not verify</source>
        <translation>Cel mai nou ARC-Message-Signature nu este valid</translation>
    </message>
    <message>
        <source>The message changed after the last ARC sealer signed it, or its key does not match.</source>
        <translation>Mesajul s-a modificat după ce ultimul sigilator ARC l-a semnat sau cheia acestuia nu corespunde.</translation>
    </message>
    <message>
        <source>An ARC-Seal does not verify</source>
        <translation>Un ARC-Seal nu este valid</translation>
    </message>
    <message>
        <source>An ARC header field changed after sealing, or the sealer&apos;s key does not match.</source>
        <translation>Un câmp de antet ARC s-a modificat după sigilare sau cheia sigilatorului nu corespunde.</translation>
    </message>
    <message>
        <source>Older ARC-Message-Signatures no longer verify (oldest-pass)</source>
        <translation>ARC-Message-Signature mai vechi nu mai sunt valide (oldest-pass)</translation>
    </message>
    <message>
        <source>%1 bytes left out</source>
        <translation>%1 octeți omiși</translation>
    </message>
    <message>
        <source>%1: reproduces bh=</source>
        <translation>%1: reproduce bh=</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nu</translation>
    </message>
    <message>
        <source>l=%1 says the signer hashed %1 canonical body bytes, but the body now has only %2: it was cut or rewritten after signing.</source>
        <translation>l=%1 indică faptul că semnatarul a calculat hash-ul pentru %1 octeți canonici ai corpului, dar corpul are acum doar %2: a fost trunchiat sau rescris după semnare.</translation>
    </message>
    <message>
        <source>The body (%1 bytes) is larger than the diagnosis limit; no damage pattern was tried.</source>
        <translation>Corpul (%1 octeți) depășește limita de diagnosticare; nu s-a încercat niciun tipar de deteriorare.</translation>
    </message>
    <message>
        <source>The signed body is the first %1 bytes (%2 canonical bytes): %3 bytes were appended after signing (a mailing-list footer or a disclaimer?).</source>
        <translation>Corpul semnat reprezintă primii %1 octeți (%2 octeți canonici): %3 octeți au fost adăugați după semnare (un subsol de listă de discuții sau o clauză de declinare?).</translation>
    </message>
    <message>
        <source>The body has LF-only line ends; bh= matches when they are hashed as bare LF. The signer hashed the text before converting line ends to CRLF (RFC 6376 §5.3 requires CRLF), so every verifier that treats LF as CRLF fails.</source>
        <translation>Corpul are terminații de linie doar LF; bh= corespunde când acestea sunt calculate ca LF simplu. Semnatarul a calculat hash-ul textului înainte de a converti terminațiile de linie în CRLF (RFC 6376 §5.3 impune CRLF), deci orice verificator care tratează LF ca CRLF eșuează.</translation>
    </message>
    <message>
        <source>bh= matches when spaces and tabs at line ends are removed: trailing whitespace was added after signing, which c=…/simple does not tolerate (c=…/relaxed would).</source>
        <translation>bh= corespunde când spațiile și tabulatorii de la sfârșitul liniilor sunt eliminați: spațiile finale au fost adăugate după semnare, ceea ce c=…/simple nu tolerează (c=…/relaxed ar tolera).</translation>
    </message>
    <message>
        <source>bh= matches the %1 body canonicalization, not the %2 that c= declares: the signer mislabelled c= or it was changed.</source>
        <translation>bh= corespunde canonizării %1 a corpului, nu celei %2 declarate de c=: semnatarul a etichetat greșit c= sau acesta a fost modificat.</translation>
    </message>
    <message>
        <source>bh= matches the decoded body: the signer signed it as 8bit and it was re-encoded as %1 after signing (an 8BITMIME downgrade by a relay?).</source>
        <translation>bh= corespunde corpului decodificat: semnatarul l-a semnat ca 8bit și a fost recodificat ca %1 după semnare (o retrogradare 8BITMIME de către un releu?).</translation>
    </message>
    <message>
        <source>bh= matches the whole body, not its first l=%1 bytes: the signer ignored its own l=.</source>
        <translation>bh= corespunde întregului corp, nu primilor l=%1 octeți: semnatarul și-a ignorat propriul l=.</translation>
    </message>
    <message>
        <source>No known damage pattern reproduces bh=: the body was changed inside (a rewritten link, a changed character set or line wrapping?). Compare the canonical body below with the sent one.</source>
        <translation>Niciun tipar de deteriorare cunoscut nu reproduce bh=: corpul a fost modificat în interior (un link rescris, un set de caractere schimbat sau o împachetare a liniilor?). Comparați corpul canonic de mai jos cu cel trimis.</translation>
    </message>
    <message>
        <source>v= is not the first tag of the key record</source>
        <translation>v= nu este prima etichetă a înregistrării cheii</translation>
    </message>
    <message>
        <source>v=%1 is not DKIM1</source>
        <translation>v=%1 nu este DKIM1</translation>
    </message>
    <message>
        <source>h= has an empty entry</source>
        <translation>h= are o intrare goală</translation>
    </message>
    <message>
        <source>unknown key type k=%1</source>
        <translation>tip de cheie necunoscut k=%1</translation>
    </message>
    <message>
        <source>the key record has no p= tag</source>
        <translation>înregistrarea cheii nu are eticheta p=</translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation>p= nu este base64 valid</translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation>lipsește eticheta obligatorie %1=</translation>
    </message>
    <message>
        <source>v=%1 is not a supported version (only v=1 is defined)</source>
        <translation>v=%1 nu este o versiune acceptată (doar v=1 este definită)</translation>
    </message>
    <message>
        <source>unknown signing algorithm a=%1</source>
        <translation>algoritm de semnare necunoscut a=%1</translation>
    </message>
    <message>
        <source>b= is not valid base64</source>
        <translation>b= nu este base64 valid</translation>
    </message>
    <message>
        <source>bh= is not valid base64</source>
        <translation>bh= nu este base64 valid</translation>
    </message>
    <message>
        <source>c=%1 is not header/body</source>
        <translation>c=%1 nu are forma antet/corp</translation>
    </message>
    <message>
        <source>unknown canonicalization c=%1</source>
        <translation>canonizare necunoscută c=%1</translation>
    </message>
    <message>
        <source>selector._domainkey.domain is longer than 253 octets</source>
        <translation>selector._domainkey.domain depășește 253 de octeți</translation>
    </message>
    <message>
        <source>h= lists more than 1000 header fields</source>
        <translation>h= include peste 1000 de câmpuri de antet</translation>
    </message>
    <message>
        <source>h= has an invalid header field name &quot;%1&quot;</source>
        <translation>h= conține un nume de câmp de antet nevalid „%1”</translation>
    </message>
    <message>
        <source>h= does not include From</source>
        <translation>h= nu include From</translation>
    </message>
    <message>
        <source>i=%1 is not an identity (local-part@domain)</source>
        <translation>i=%1 nu este o identitate (local-part@domain)</translation>
    </message>
    <message>
        <source>the domain of i=%1 is not a domain name</source>
        <translation>domeniul din i=%1 nu este un nume de domeniu</translation>
    </message>
    <message>
        <source>i=%1 is not in d=%2 or a subdomain of it</source>
        <translation>i=%1 nu se află în d=%2 sau într-un subdomeniu al acestuia</translation>
    </message>
    <message>
        <source>l=%1 is not a number</source>
        <translation>l=%1 nu este un număr</translation>
    </message>
    <message>
        <source>q=%1 names no supported query method (dns/txt)</source>
        <translation>q=%1 nu indică nicio metodă de interogare acceptată (dns/txt)</translation>
    </message>
    <message>
        <source>x= (%1) is before t= (%2)</source>
        <translation>x= (%1) este anterior lui t= (%2)</translation>
    </message>
    <message>
        <source>no signing key</source>
        <translation>nicio cheie de semnare</translation>
    </message>
    <message>
        <source>no message to sign</source>
        <translation>niciun mesaj de semnat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation>„%1” nu este un nume de domeniu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a selector</source>
        <translation>„%1” nu este un selector</translation>
    </message>
    <message>
        <source>rsa-sha1 must not be used for signing (RFC 8301 §3.1)</source>
        <translation>rsa-sha1 nu trebuie folosit pentru semnare (RFC 8301 §3.1)</translation>
    </message>
    <message>
        <source>the key is %1, which cannot make %2 signatures</source>
        <translation>cheia este %1, care nu poate genera semnături %2</translation>
    </message>
    <message>
        <source>i= must be an address in d= or a subdomain of it</source>
        <translation>i= trebuie să fie o adresă din d= sau dintr-un subdomeniu al acestuia</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field name</source>
        <translation>„%1” nu este un nume de câmp de antet</translation>
    </message>
    <message>
        <source>the signed header fields must include From (RFC 6376 §5.4)</source>
        <translation>câmpurile de antet semnate trebuie să includă From (RFC 6376 §5.4)</translation>
    </message>
    <message>
        <source>internal error: the folded signature changed while adding b=</source>
        <translation>eroare internă: semnătura împachetată s-a modificat la adăugarea b=</translation>
    </message>
    <message>
        <source>more than %1 tags</source>
        <translation>mai mult de %1 etichete</translation>
    </message>
    <message>
        <source>empty tag-spec (&quot;;;&quot;) at offset %1</source>
        <translation>tag-spec gol („;;”) la poziția %1</translation>
    </message>
    <message>
        <source>invalid tag name starting with &quot;%1&quot; at offset %2</source>
        <translation>nume de etichetă nevalid care începe cu „%1” la poziția %2</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not followed by &quot;=&quot; (offset %2)</source>
        <translation>eticheta „%1” nu este urmată de „=” (poziția %2)</translation>
    </message>
    <message>
        <source>control character 0x%1 in the value of tag &quot;%2&quot;</source>
        <translation>caracter de control 0x%1 în valoarea etichetei „%2”</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; appears twice</source>
        <translation>eticheta „%1” apare de două ori</translation>
    </message>
    <message>
        <source>Signature %1 (d=%2, s=%3, a=%4): %5 — %6</source>
        <translation>Semnătura %1 (d=%2, s=%3, a=%4): %5 — %6</translation>
    </message>
    <message>
        <source>DKIM pass with d=%1, aligned (%2)</source>
        <translation>DKIM trece cu d=%1, aliniat (%2)</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation>relaxat</translation>
    </message>
    <message>
        <source>d=%1 does not align with %2 (%3)</source>
        <translation>d=%1 nu este aliniat cu %2 (%3)</translation>
    </message>
    <message>
        <source>aligned, but the DKIM result is %1</source>
        <translation>aliniat, dar rezultatul DKIM este %1</translation>
    </message>
    <message>
        <source>SPF pass for the MAIL FROM domain %1, aligned (%2)</source>
        <translation>SPF trece pentru domeniul MAIL FROM %1, aliniat (%2)</translation>
    </message>
    <message>
        <source>an SPF result for the HELO identity does not count for DMARC (RFC 7489 §4.1)</source>
        <translation>un rezultat SPF pentru identitatea HELO nu contează pentru DMARC (RFC 7489 §4.1)</translation>
    </message>
    <message>
        <source>%1 does not align with %2 (%3)</source>
        <translation>%1 nu este aliniat cu %2 (%3)</translation>
    </message>
    <message>
        <source>aligned, but the SPF result is %1</source>
        <translation>aliniat, dar rezultatul SPF este %1</translation>
    </message>
    <message>
        <source>an aligned %1 pass: DMARC pass</source>
        <translation>un %1 aliniat care trece: DMARC trece</translation>
    </message>
    <message>
        <source>no aligned DKIM or SPF pass: DMARC fail; the policy (%1=%2) asks for %3</source>
        <translation>niciun DKIM sau SPF aliniat care trece: DMARC eșuează; politica (%1=%2) cere %3</translation>
    </message>
    <message>
        <source>DMARCbis drops pct=: the full policy (%1) would apply%2</source>
        <translation>DMARCbis renunță la pct=: s-ar aplica politica completă (%1)%2</translation>
    </message>
    <message>
        <source>; pct=0 corresponds to t=y (testing), under which the next-lower policy applies</source>
        <translation>; pct=0 corespunde lui t=y (testare), caz în care se aplică politica imediat inferioară</translation>
    </message>
    <message>
        <source>%1 is dropped: %2 does not authorise reports for %3 (RFC 7489 §7.1)</source>
        <translation>%1 este ignorat: %2 nu autorizează rapoarte pentru %3 (RFC 7489 §7.1)</translation>
    </message>
    <message>
        <source>%1 does not exist (no A, AAAA or MX): DMARCbis (and RFC 9091) apply np=%2 instead of sp=</source>
        <translation>%1 nu există (niciun A, AAAA sau MX): DMARCbis (și RFC 9091) aplică np=%2 în loc de sp=</translation>
    </message>
    <message>
        <source>the DMARC record at _dmarc.%1 is unusable: %2</source>
        <translation>înregistrarea DMARC de la _dmarc.%1 este inutilizabilă: %2</translation>
    </message>
    <message>
        <source>the DNS lookup of _dmarc.%1 failed: %2</source>
        <translation>interogarea DNS pentru _dmarc.%1 a eșuat: %2</translation>
    </message>
    <message>
        <source>_dmarc.%1 has %2 DMARC records: DMARC is not applied (RFC 7489 §6.6.3)</source>
        <translation>_dmarc.%1 are %2 înregistrări DMARC: DMARC nu se aplică (RFC 7489 §6.6.3)</translation>
    </message>
    <message>
        <source>no DMARC record at _dmarc.%1 or at the organizational domain</source>
        <translation>nicio înregistrare DMARC la _dmarc.%1 sau la domeniul organizațional</translation>
    </message>
    <message>
        <source>no DMARC record at _dmarc.%1</source>
        <translation>nicio înregistrare DMARC la _dmarc.%1</translation>
    </message>
    <message>
        <source>DMARCbis would walk the DNS tree from %1 upwards instead of using the Public Suffix List; this check used the PSL organizational domain %2</source>
        <translation>DMARCbis ar parcurge arborele DNS în sus de la %1 în loc să folosească Public Suffix List; această verificare a folosit domeniul organizațional PSL %2</translation>
    </message>
    <message>
        <source>the From field has no usable address (RFC 7489 §6.6.1)</source>
        <translation>câmpul From nu are o adresă utilizabilă (RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>the From field has %1 addresses; DMARC needs exactly one author domain (RFC 7489 §6.6.1)</source>
        <translation>câmpul From are %1 adrese; DMARC necesită exact un domeniu de autor (RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>the From address has no domain name (RFC 7489 §6.6.1)</source>
        <translation>adresa From nu are nume de domeniu (RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>the message has no header section</source>
        <translation>mesajul nu are o secțiune de antete</translation>
    </message>
    <message>
        <source>the message has no From field (RFC 5322 §3.6, RFC 7489 §6.6.1)</source>
        <translation>mesajul nu are câmp From (RFC 5322 §3.6, RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>the message has %1 From fields (RFC 5322 §3.6 allows one; RFC 7489 §6.6.1)</source>
        <translation>mesajul are %1 câmpuri From (RFC 5322 §3.6 permite unul; RFC 7489 §6.6.1)</translation>
    </message>
    <message>
        <source>no usable RFC5322.From domain</source>
        <translation>niciun domeniu RFC5322.From utilizabil</translation>
    </message>
    <message>
        <source>DMARC %1 for %2</source>
        <translation>DMARC %1 pentru %2</translation>
    </message>
    <message>
        <source>DMARCbis would differ</source>
        <translation>DMARCbis ar da alt rezultat</translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;, which is not a URI (RFC 7489 §6.4)</source>
        <translation>%1= conține „%2”, care nu este un URI (RFC 7489 §6.4)</translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;, a mailto: URI without an address</source>
        <translation>%1= conține „%2”, un URI mailto: fără adresă</translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;: only mailto: URIs are used for reports (RFC 7489 §7.1); it is ignored</source>
        <translation>%1= conține „%2”: pentru rapoarte se folosesc doar URI-uri mailto: (RFC 7489 §7.1); este ignorat</translation>
    </message>
    <message>
        <source>the record is too long</source>
        <translation>înregistrarea este prea lungă</translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation>înregistrarea este goală</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=DMARC1&quot; (RFC 7489 §6.3)</source>
        <translation>înregistrarea nu începe cu „v=DMARC1” (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>%1=%2 is not a valid value (RFC 7489 §6.3)</source>
        <translation>%1=%2 nu este o valoare validă (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>%1= has an empty value; the default is kept</source>
        <translation>%1= are o valoare goală; se păstrează valoarea implicită</translation>
    </message>
    <message>
        <source>the record has no p= tag and no valid rua= (RFC 7489 §6.3, §6.6.3)</source>
        <translation>înregistrarea nu are eticheta p= și nici un rua= valid (RFC 7489 §6.3, §6.6.3)</translation>
    </message>
    <message>
        <source>the tag %1= has an invalid value (RFC 7489 §6.3)</source>
        <translation>eticheta %1= are o valoare nevalidă (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>system list</source>
        <translation>listă de sistem</translation>
    </message>
    <message>
        <source>built-in list</source>
        <translation>listă încorporată</translation>
    </message>
    <message>
        <source>custom list</source>
        <translation>listă personalizată</translation>
    </message>
    <message>
        <source>no list (last two labels)</source>
        <translation>nicio listă (ultimele două etichete)</translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation>nu este un nume DNS valid</translation>
    </message>
    <message>
        <source>no answer (simulated timeout)</source>
        <translation>niciun răspuns (expirare simulată)</translation>
    </message>
    <message>
        <source>CNAME chain too long or looping</source>
        <translation>lanț CNAME prea lung sau în buclă</translation>
    </message>
    <message>
        <source>void lookup %1 of %2</source>
        <translation>interogare fără rezultat %1 din %2</translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 §4.6.4)</source>
        <translation>mai mult de %1 interogări DNS nu au returnat înregistrări (limita de interogări fără rezultat, RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the DNS lookup of %1 %2 failed: %3 (RFC 7208 §2.6.6)</source>
        <translation>interogarea DNS pentru %1 %2 a eșuat: %3 (RFC 7208 §2.6.6)</translation>
    </message>
    <message>
        <source>the exp= target is not a valid name; the default explanation is used</source>
        <translation>ținta exp= nu este un nume valid; se folosește explicația implicită</translation>
    </message>
    <message>
        <source>no single TXT record for exp=; the default explanation is used (RFC 7208 §6.2)</source>
        <translation>nu există o singură înregistrare TXT pentru exp=; se folosește explicația implicită (RFC 7208 §6.2)</translation>
    </message>
    <message>
        <source>the exp= text has a macro syntax error; the default explanation is used</source>
        <translation>textul exp= are o eroare de sintaxă a macrocomenzii; se folosește explicația implicită</translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; of %2 matched</source>
        <translation>termenul „%1” din %2 a corespuns</translation>
    </message>
    <message>
        <source>the client address is not an address of any MX host</source>
        <translation>adresa clientului nu este adresa niciunei gazde MX</translation>
    </message>
    <message>
        <source>no validated PTR name within %1</source>
        <translation>niciun nume PTR validat în %1</translation>
    </message>
    <message>
        <source>no address records</source>
        <translation>nicio înregistrare de adresă</translation>
    </message>
    <message>
        <source>the client address is not among the addresses</source>
        <translation>adresa clientului nu se află printre adrese</translation>
    </message>
    <message>
        <source>the name has no A record</source>
        <translation>numele nu are înregistrare A</translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation>nicio înregistrare MX</translation>
    </message>
    <message>
        <source>%1 MX records: more than %2 names to look up (RFC 7208 §4.6.4)</source>
        <translation>%1 înregistrări MX: mai mult de %2 nume de interogat (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the PTR lookup failed: no match (RFC 7208 §5.5)</source>
        <translation>interogarea PTR a eșuat: nicio potrivire (RFC 7208 §5.5)</translation>
    </message>
    <message>
        <source>no PTR records</source>
        <translation>nicio înregistrare PTR</translation>
    </message>
    <message>
        <source>only the first %1 PTR names are checked (RFC 7208 §4.6.4)</source>
        <translation>se verifică doar primele %1 nume PTR (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the included record gave %1: no match</source>
        <translation>înregistrarea inclusă a dat %1: nicio potrivire</translation>
    </message>
    <message>
        <source>include:%1 has no SPF record (RFC 7208 §5.2)</source>
        <translation>include:%1 nu are înregistrare SPF (RFC 7208 §5.2)</translation>
    </message>
    <message>
        <source>the client address is outside the network</source>
        <translation>adresa clientului se află în afara rețelei</translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect; RFC 7208 §4.6.4)</source>
        <translation>mai mult de %1 termeni care interoghează DNS (include, a, mx, ptr, exists, redirect; RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>the include target &quot;%1&quot; is not a valid domain name</source>
        <translation>ținta include „%1” nu este un nume de domeniu valid</translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is not a valid domain name: no match</source>
        <translation>ținta „%1” nu este un nume de domeniu valid: nicio potrivire</translation>
    </message>
    <message>
        <source>the redirect target &quot;%1&quot; is not a valid domain name (RFC 7208 §6.1)</source>
        <translation>ținta redirect „%1” nu este un nume de domeniu valid (RFC 7208 §6.1)</translation>
    </message>
    <message>
        <source>redirect=%1 has no SPF record (RFC 7208 §6.1)</source>
        <translation>redirect=%1 nu are înregistrare SPF (RFC 7208 §6.1)</translation>
    </message>
    <message>
        <source>no mechanism of %1 matched and there is no redirect=: neutral (RFC 7208 §4.7)</source>
        <translation>niciun mecanism din %1 nu a corespuns și nu există redirect=: neutral (RFC 7208 §4.7)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable domain name (RFC 7208 §4.3)</source>
        <translation>„%1” nu este un nume de domeniu utilizabil (RFC 7208 §4.3)</translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN): no SPF record</source>
        <translation>%1 nu există (NXDOMAIN): nicio înregistrare SPF</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (RFC 7208 §4.5)</source>
        <translation>%1 nu publică nicio înregistrare SPF (RFC 7208 §4.5)</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)</source>
        <translation>%1 publică %2 înregistrări SPF; este permisă exact una (RFC 7208 §4.5)</translation>
    </message>
    <message>
        <source>syntax error in the SPF record of %1 at &quot;%2&quot;: %3</source>
        <translation>eroare de sintaxă în înregistrarea SPF a %1 la „%2”: %3</translation>
    </message>
    <message>
        <source>The sender is not authorised by the SPF policy of the domain.</source>
        <translation>Expeditorul nu este autorizat de politica SPF a domeniului.</translation>
    </message>
    <message>
        <source>SPF %1 for %2</source>
        <translation>SPF %1 pentru %2</translation>
    </message>
    <message>
        <source>a &quot;%&quot; at the end of a macro-string (RFC 7208 §7.1)</source>
        <translation>un „%” la sfârșitul unui macro-string (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>&quot;%%1&quot; is not a macro (RFC 7208 §7.1)</source>
        <translation>„%%1” nu este o macrocomandă (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>the macro letter &quot;%1&quot; is allowed only in exp= text (RFC 7208 §7.2)</source>
        <translation>litera de macrocomandă „%1” este permisă doar în textul exp= (RFC 7208 §7.2)</translation>
    </message>
    <message>
        <source>unknown macro letter (RFC 7208 §7.2)</source>
        <translation>literă de macrocomandă necunoscută (RFC 7208 §7.2)</translation>
    </message>
    <message>
        <source>a macro transformer of 0 parts (RFC 7208 §7.3)</source>
        <translation>un transformator de macrocomandă cu 0 părți (RFC 7208 §7.3)</translation>
    </message>
    <message>
        <source>an unterminated or malformed macro (RFC 7208 §7.1)</source>
        <translation>o macrocomandă neterminată sau incorectă (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>a character not allowed in a macro-string (RFC 7208 §7.1)</source>
        <translation>un caracter nepermis într-un macro-string (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>a malformed modifier &quot;%1&quot; (RFC 7208 §4.6.1)</source>
        <translation>un modificator incorect „%1” (RFC 7208 §4.6.1)</translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot; (RFC 7208 §5)</source>
        <translation>mecanism necunoscut „%1” (RFC 7208 §5)</translation>
    </message>
    <message>
        <source>a malformed CIDR length in &quot;%1&quot; (RFC 7208 §5.6)</source>
        <translation>o lungime CIDR incorectă în „%1” (RFC 7208 §5.6)</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument (RFC 7208 §5.1)</source>
        <translation>„all” nu acceptă argumente (RFC 7208 §5.1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a domain-spec (RFC 7208 §5)</source>
        <translation>„%1” necesită un domain-spec (RFC 7208 §5)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address (RFC 7208 §5.6)</source>
        <translation>„%1” necesită o adresă (RFC 7208 §5.6)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 address (RFC 7208 §5.6)</source>
        <translation>„%1” nu este o adresă %2 validă (RFC 7208 §5.6)</translation>
    </message>
    <message>
        <source>an empty domain-spec (RFC 7208 §7.1)</source>
        <translation>un domain-spec gol (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>the domain-spec does not end in &quot;.&quot; and a top-level label (RFC 7208 §7.1)</source>
        <translation>domain-spec nu se termină cu „.” și o etichetă de nivel superior (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>the domain-spec does not end in a valid top-level label (RFC 7208 §7.1)</source>
        <translation>domain-spec nu se termină cu o etichetă de nivel superior validă (RFC 7208 §7.1)</translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot; (RFC 7208 §4.5)</source>
        <translation>înregistrarea nu începe cu „v=spf1” (RFC 7208 §4.5)</translation>
    </message>
    <message>
        <source>the modifier %1= appears more than once (RFC 7208 §6)</source>
        <translation>modificatorul %1= apare de mai multe ori (RFC 7208 §6)</translation>
    </message>
    <message>
        <source>Received field %1 (from the top) was added by %2, the trusted authserv-id of the Authentication-Results: it records the connection that receiver checked.</source>
        <translation>Câmpul Received %1 (de sus) a fost adăugat de %2, authserv-id-ul de încredere al Authentication-Results: înregistrează conexiunea verificată de acel destinatar.</translation>
    </message>
    <message>
        <source>Received field %1 (from the top) is where the message entered the receiving organisation; the %2 field(s) above it record the receiver&apos;s internal relays or local delivery.</source>
        <translation>Câmpul Received %1 (de sus) arată unde mesajul a intrat în organizația destinatarului; cele %2 câmp(uri) de deasupra înregistrează releele interne sau livrarea locală a destinatarului.</translation>
    </message>
    <message>
        <source>SPF could not be evaluated: a DNS lookup failed</source>
        <translation>SPF nu a putut fi evaluat: o interogare DNS a eșuat</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::ArcVerifier</name>
    <message>
        <source>The message carries no ARC header fields.</source>
        <translation>Mesajul nu conține câmpuri de antet ARC.</translation>
    </message>
    <message>
        <source>the value does not start with &quot;i=N;&quot;</source>
        <translation>valoarea nu începe cu „i=N;”</translation>
    </message>
    <message>
        <source>%1 at line %2 has no valid instance i= (1–50)</source>
        <translation>%1 de la linia %2 nu are o instanță i= validă (1–50)</translation>
    </message>
    <message>
        <source>more than one %1 with i=%2 (lines %3 and %4)</source>
        <translation>mai mult de un %1 cu i=%2 (liniile %3 și %4)</translation>
    </message>
    <message>
        <source>The ARC-Seal with the highest instance (i=%1) has cv=fail: the chain failed before this message arrived.</source>
        <translation>ARC-Seal cu cea mai mare instanță (i=%1) are cv=fail: lanțul eșuase înainte de sosirea acestui mesaj.</translation>
    </message>
    <message>
        <source>The message has ARC fields with instance %1 or more ARC header fields than 50 sets can hold; at most 50 ARC sets are allowed.</source>
        <translation>Mesajul are câmpuri ARC cu instanța %1 sau mai multe câmpuri de antet ARC decât pot conține 50 de seturi; sunt permise cel mult 50 de seturi ARC.</translation>
    </message>
    <message>
        <source>set i=%1 has no %2</source>
        <translation>setul i=%1 nu are %2</translation>
    </message>
    <message>
        <source>the ARC-Seal i=%1 is malformed: %2</source>
        <translation>ARC-Seal i=%1 este incorect: %2</translation>
    </message>
    <message>
        <source>the ARC-Seal i=%1 has cv=%2; it must be cv=%3</source>
        <translation>ARC-Seal i=%1 are cv=%2; trebuie să fie cv=%3</translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation>(lipsă)</translation>
    </message>
    <message>
        <source>The ARC chain is not well formed: %1.</source>
        <translation>Lanțul ARC nu este bine format: %1.</translation>
    </message>
    <message>
        <source>the ARC-Message-Signature is malformed: %1</source>
        <translation>ARC-Message-Signature este incorect: %1</translation>
    </message>
    <message>
        <source>the ARC-Message-Signature expired (x=%1)</source>
        <translation>ARC-Message-Signature a expirat (x=%1)</translation>
    </message>
    <message>
        <source>the ARC-Seal is malformed: %1</source>
        <translation>ARC-Seal este incorect: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>niciun răspuns</translation>
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
        <translation>ARC-Message-Signature i=%1 (d=%2, s=%3) nu este valid: %4</translation>
    </message>
    <message>
        <source>The ARC-Seal i=%1 (d=%2, s=%3) does not verify: %4</source>
        <translation>ARC-Seal i=%1 (d=%2, s=%3) nu este valid: %4</translation>
    </message>
    <message>
        <source>The single ARC set (i=1, sealed by %1) validates.</source>
        <translation>Singurul set ARC (i=1, sigilat de %1) este valid.</translation>
    </message>
    <message>
        <source>All %1 ARC sets validate; the newest was sealed by %2.</source>
        <translation>Toate cele %1 seturi ARC sunt valide; cel mai nou a fost sigilat de %2.</translation>
    </message>
    <message>
        <source>oldest-pass is %1: the ARC-Message-Signature of hop %2 (%3) no longer verifies, so the message changed after that hop; the results recorded by hops %1 and later describe the message as received.</source>
        <translation>oldest-pass este %1: ARC-Message-Signature al saltului %2 (%3) nu mai este valid, deci mesajul s-a modificat după acel salt; rezultatele înregistrate de salturile %1 și următoarele descriu mesajul așa cum a fost primit.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimCrypto</name>
    <message>
        <source>the public key is empty or too large</source>
        <translation>cheia publică este goală sau prea mare</translation>
    </message>
    <message>
        <source>an ed25519 key must be 32 octets, p= has %1 (RFC 8463 §4)</source>
        <translation>o cheie ed25519 trebuie să aibă 32 de octeți, p= are %1 (RFC 8463 §4)</translation>
    </message>
    <message>
        <source>p= is not a usable ed25519 key</source>
        <translation>p= nu este o cheie ed25519 utilizabilă</translation>
    </message>
    <message>
        <source>p= is not an RSA public key (neither SubjectPublicKeyInfo nor RSAPublicKey)</source>
        <translation>p= nu este o cheie publică RSA (nici SubjectPublicKeyInfo, nici RSAPublicKey)</translation>
    </message>
    <message>
        <source>p= holds a key of another type than k=rsa</source>
        <translation>p= conține o cheie de alt tip decât k=rsa</translation>
    </message>
    <message>
        <source>the private key file is empty or too large</source>
        <translation>fișierul cheii private este gol sau prea mare</translation>
    </message>
    <message>
        <source>the PEM data holds no readable (unencrypted) private key</source>
        <translation>datele PEM nu conțin nicio cheie privată lizibilă (necriptată)</translation>
    </message>
    <message>
        <source>not a PEM (PKCS#8 or PKCS#1) private key, a DER key or a base64 ed25519 seed</source>
        <translation>nu este o cheie privată PEM (PKCS#8 sau PKCS#1), o cheie DER sau o sămânță ed25519 base64</translation>
    </message>
    <message>
        <source>OpenSSL could not sign with this key</source>
        <translation>OpenSSL nu a putut semna cu această cheie</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimPrivateKey</name>
    <message>
        <source>the key is neither RSA nor ed25519</source>
        <translation>cheia nu este nici RSA, nici ed25519</translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation>fișierul cheii %1 nu poate fi citit: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimVerifier</name>
    <message>
        <source>the signature expired at %1 (x=%2); verification time %3</source>
        <translation>semnătura a expirat la %1 (x=%2); momentul verificării %3</translation>
    </message>
    <message>
        <source>t=%1 (%2) is %3 seconds after the verification time</source>
        <translation>t=%1 (%2) este cu %3 secunde după momentul verificării</translation>
    </message>
    <message>
        <source>l=%1: the last %2 canonical body bytes are not covered by the signature and could have been added by anyone.</source>
        <translation>l=%1: ultimii %2 octeți canonici ai corpului nu sunt acoperiți de semnătură și ar fi putut fi adăugați de oricine.</translation>
    </message>
    <message>
        <source>l=%1: the signature covers the body by length; content appended later would still pass.</source>
        <translation>l=%1: semnătura acoperă corpul după lungime; conținutul adăugat ulterior ar trece în continuare.</translation>
    </message>
    <message>
        <source>%1 occurs %2 times but h= lists it %3 times: the topmost %4 (line %5) is not signed and may have been added after signing; mail readers usually show the topmost one.</source>
        <translation>%1 apare de %2 ori, dar h= îl include de %3 ori: cel mai de sus %4 (linia %5) nu este semnat și poate fi fost adăugat după semnare; clienții de e-mail îl afișează de obicei pe cel mai de sus.</translation>
    </message>
    <message>
        <source>Only the first %1 DKIM-Signature fields were evaluated.</source>
        <translation>Au fost evaluate doar primele %1 câmpuri DKIM-Signature.</translation>
    </message>
    <message>
        <source>no key record at %1 (%2)</source>
        <translation>nicio înregistrare de cheie la %1 (%2)</translation>
    </message>
    <message>
        <source>no TXT record at %1</source>
        <translation>nicio înregistrare TXT la %1</translation>
    </message>
    <message>
        <source>the key record at %1 is unusable: %2</source>
        <translation>înregistrarea cheii de la %1 este inutilizabilă: %2</translation>
    </message>
    <message>
        <source>the key at %1 is revoked (empty p=)</source>
        <translation>cheia de la %1 este revocată (p= gol)</translation>
    </message>
    <message>
        <source>the key is k=%1 but the signature is a=%2</source>
        <translation>cheia este k=%1, dar semnătura este a=%2</translation>
    </message>
    <message>
        <source>the key allows h=%1 only, the signature uses %2</source>
        <translation>cheia permite doar h=%1, semnătura folosește %2</translation>
    </message>
    <message>
        <source>the key&apos;s s=%1 does not include email</source>
        <translation>s=%1 al cheii nu include email</translation>
    </message>
    <message>
        <source>the key has t=s but i=%1 is in a subdomain of d=%2</source>
        <translation>cheia are t=s, dar i=%1 se află într-un subdomeniu al d=%2</translation>
    </message>
    <message>
        <source>the key at %1: %2</source>
        <translation>cheia de la %1: %2</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; verifiers must not accept keys under 1024 bits</source>
        <translation>cheia RSA are %1 biți; verificatorii nu trebuie să accepte chei sub 1024 de biți</translation>
    </message>
    <message>
        <source>l=%1 but the canonical body has only %2 bytes</source>
        <translation>l=%1, dar corpul canonic are doar %2 octeți</translation>
    </message>
    <message>
        <source>the %1 body hash is %2 but bh= is %3</source>
        <translation>hash-ul %1 al corpului este %2, dar bh= este %3</translation>
    </message>
    <message>
        <source>the body hash matches, but the signature over the signed header fields does not verify with the key at %1: a signed header field changed after signing, or the key does not match</source>
        <translation>hash-ul corpului corespunde, dar semnătura peste câmpurile de antet semnate nu este validă cu cheia de la %1: un câmp de antet semnat s-a modificat după semnare sau cheia nu corespunde</translation>
    </message>
    <message>
        <source>the signature is cryptographically valid, but rsa-sha1 must not be considered valid (RFC 8301 §3.1)</source>
        <translation>semnătura este validă criptografic, dar rsa-sha1 nu trebuie considerat valid (RFC 8301 §3.1)</translation>
    </message>
    <message>
        <source>the signature verifies, but the RSA key has %1 bits, under the configured %2</source>
        <translation>semnătura este validă, dar cheia RSA are %1 biți, sub valoarea configurată de %2</translation>
    </message>
    <message>
        <source>the key at %1 has t=y: the domain is testing DKIM; receivers may treat the signature as unsigned</source>
        <translation>cheia de la %1 are t=y: domeniul testează DKIM; receptorii pot trata mesajul ca nesemnat</translation>
    </message>
    <message>
        <source>verified with the %1-bit %2 key at %3</source>
        <translation>verificat cu cheia %2 de %1 biți de la %3</translation>
    </message>
    <message>
        <source>No DKIM-Signature header field: DKIM gives the result none.</source>
        <translation>Niciun câmp de antet DKIM-Signature: DKIM dă rezultatul none.</translation>
    </message>
    <message>
        <source>the key lookup for %1 failed: %2</source>
        <translation>interogarea cheii pentru %1 a eșuat: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::MessageAuthResult</name>
    <message>
        <source>Give the connection with --ip, --helo and --mail-from (or open a message with its Received and Return-Path fields).</source>
        <translation>Specificați conexiunea cu --ip, --helo și --mail-from (sau deschideți un mesaj cu câmpurile Received și Return-Path).</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::Scorecard</name>
    <message>
        <source>Bulk-sender requirement not met: %1</source>
        <translation>Cerință pentru expeditorii în masă neîndeplinită: %1</translation>
    </message>
    <message>
        <source>Required by %1.</source>
        <translation>Cerut de %1.</translation>
    </message>
    <message>
        <source>Bulk-sender rows not decided: %1</source>
        <translation>Rânduri pentru expeditorii în masă nedecise: %1</translation>
    </message>
    <message>
        <source>The message or DNS did not say enough (no connecting IP, no receiving hop, a DNS error).</source>
        <translation>Mesajul sau DNS-ul nu au oferit suficiente informații (niciun IP de conectare, niciun salt de recepție, o eroare DNS).</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns</name>
    <message>
        <source>malformed answer: %1</source>
        <translation>răspuns incorect: %1</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>serverul a răspuns %1</translation>
    </message>
    <message>
        <source>answer received</source>
        <translation>răspuns primit</translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation>numele nu există (NXDOMAIN)</translation>
    </message>
    <message>
        <source>the name exists but has no record of this type (NODATA)</source>
        <translation>numele există, dar nu are nicio înregistrare de acest tip (NODATA)</translation>
    </message>
    <message>
        <source>the server failed to answer (SERVFAIL)</source>
        <translation>serverul nu a reușit să răspundă (SERVFAIL)</translation>
    </message>
    <message>
        <source>the server refused the query (REFUSED)</source>
        <translation>serverul a refuzat interogarea (REFUSED)</translation>
    </message>
    <message>
        <source>no answer before the timeout</source>
        <translation>niciun răspuns înainte de expirarea timpului</translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation>interogarea a eșuat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS server address (IP[:PORT], [IPv6]:PORT)</source>
        <translation>„%1” nu este o adresă de server DNS (IP[:PORT], [IPv6]:PORT)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns::Resolver</name>
    <message>
        <source>the c-ares library could not be initialised</source>
        <translation>biblioteca c-ares nu a putut fi inițializată</translation>
    </message>
    <message>
        <source>c-ares: %1</source>
        <translation>c-ares: %1</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms (%3 × %4 ms)</source>
        <translation>niciun răspuns de la %1 în %2 ms (%3 × %4 ms)</translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation>niciun răspuns de la %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>„%1” nu este un nume de domeniu valid</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns::ZoneParser</name>
    <message>
        <source>too many problems; the rest of the file is ignored</source>
        <translation>prea multe probleme; restul fișierului este ignorat</translation>
    </message>
    <message>
        <source>unbalanced parenthesis: &apos;(&apos; is never closed; the record is ignored</source>
        <translation>paranteze neechilibrate: „(” nu este închisă niciodată; înregistrarea este ignorată</translation>
    </message>
    <message>
        <source>nested parenthesis</source>
        <translation>paranteze imbricate</translation>
    </message>
    <message>
        <source>unbalanced parenthesis: &apos;)&apos; without &apos;(&apos;</source>
        <translation>paranteze neechilibrate: „)” fără „(”</translation>
    </message>
    <message>
        <source>escape \%1 is not a byte value</source>
        <translation>secvența de escape \%1 nu este o valoare de octet</translation>
    </message>
    <message>
        <source>a \DDD escape needs three digits</source>
        <translation>o secvență de escape \DDD necesită trei cifre</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>șir între ghilimele neterminat</translation>
    </message>
    <message>
        <source>a domain name cannot be a quoted string</source>
        <translation>un nume de domeniu nu poate fi un șir între ghilimele</translation>
    </message>
    <message>
        <source>&apos;@&apos; used but no $ORIGIN is set</source>
        <translation>s-a folosit „@”, dar nu este setat niciun $ORIGIN</translation>
    </message>
    <message>
        <source>relative name &apos;%1&apos; but no $ORIGIN is set</source>
        <translation>nume relativ „%1”, dar nu este setat niciun $ORIGIN</translation>
    </message>
    <message>
        <source>invalid domain name &apos;%1&apos; (empty label, label over 63 or name over 253 characters)</source>
        <translation>nume de domeniu nevalid „%1” (etichetă goală, etichetă de peste 63 sau nume de peste 253 de caractere)</translation>
    </message>
    <message>
        <source>$ORIGIN takes one domain name</source>
        <translation>$ORIGIN acceptă un singur nume de domeniu</translation>
    </message>
    <message>
        <source>invalid $ORIGIN</source>
        <translation>$ORIGIN nevalid</translation>
    </message>
    <message>
        <source>$TTL takes one TTL value</source>
        <translation>$TTL acceptă o singură valoare TTL</translation>
    </message>
    <message>
        <source>%1 is not supported in an overlay</source>
        <translation>%1 nu este acceptat într-o suprapunere</translation>
    </message>
    <message>
        <source>unknown directive %1</source>
        <translation>directivă necunoscută %1</translation>
    </message>
    <message>
        <source>the record has no owner name and there is no previous one</source>
        <translation>înregistrarea nu are nume de proprietar și nu există unul anterior</translation>
    </message>
    <message>
        <source>invalid TTL &apos;%1&apos;</source>
        <translation>TTL nevalid „%1”</translation>
    </message>
    <message>
        <source>class %1 is not supported (only IN)</source>
        <translation>clasa %1 nu este acceptată (doar IN)</translation>
    </message>
    <message>
        <source>record type missing</source>
        <translation>lipsește tipul înregistrării</translation>
    </message>
    <message>
        <source>record type %1 is not supported in an overlay; record ignored</source>
        <translation>tipul de înregistrare %1 nu este acceptat într-o suprapunere; înregistrare ignorată</translation>
    </message>
    <message>
        <source>%1 record: RDATA incomplete</source>
        <translation>înregistrare %1: RDATA incomplete</translation>
    </message>
    <message>
        <source>%1 record: unexpected data after the RDATA</source>
        <translation>înregistrare %1: date neașteptate după RDATA</translation>
    </message>
    <message>
        <source>A record: &apos;%1&apos; is not an IPv4 address</source>
        <translation>înregistrare A: „%1” nu este o adresă IPv4</translation>
    </message>
    <message>
        <source>AAAA record: &apos;%1&apos; is not an IPv6 address</source>
        <translation>înregistrare AAAA: „%1” nu este o adresă IPv6</translation>
    </message>
    <message>
        <source>MX record: preference must be 0..65535</source>
        <translation>înregistrare MX: preferința trebuie să fie între 0 și 65535</translation>
    </message>
    <message>
        <source>TXT record: no character-string</source>
        <translation>înregistrare TXT: niciun character-string</translation>
    </message>
    <message>
        <source>TXT record: a character-string is %1 bytes, the limit is 255; split it into several quoted strings (they are joined without a separator)</source>
        <translation>înregistrare TXT: un character-string are %1 octeți, limita este 255; împărțiți-l în mai multe șiruri între ghilimele (se concatenează fără separator)</translation>
    </message>
    <message>
        <source>more than %1 records; the rest of the file is ignored</source>
        <translation>mai mult de %1 înregistrări; restul fișierului este ignorat</translation>
    </message>
    <message>
        <source>invalid origin</source>
        <translation>origine nevalidă</translation>
    </message>
    <message>
        <source>the zone text is larger than %1 bytes</source>
        <translation>textul zonei depășește %1 octeți</translation>
    </message>
    <message>
        <source>record with more than %1 fields ignored</source>
        <translation>înregistrare cu mai mult de %1 câmpuri ignorată</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Domain</name>
    <message>
        <source>the required tag p= is missing; receivers act as if p=none (RFC 7489 §6.3, §6.6.3)</source>
        <translation>eticheta obligatorie p= lipsește; receptorii procedează ca și cum ar fi p=none (RFC 7489 §6.3, §6.6.3)</translation>
    </message>
    <message>
        <source>tag %1 appears more than once; the last value is used</source>
        <translation>eticheta %1 apare de mai multe ori; se folosește ultima valoare</translation>
    </message>
    <message>
        <source>what-if overlay</source>
        <translation>suprapunere ipotetică (what-if)</translation>
    </message>
    <message>
        <source>%1, cached</source>
        <translation>%1, din cache</translation>
    </message>
    <message>
        <source>%1, %2 ms</source>
        <translation>%1, %2 ms</translation>
    </message>
    <message>
        <source>MX and reverse DNS</source>
        <translation>MX și DNS invers</translation>
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
        <translation>Chei DKIM</translation>
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
        <translation>Domeniu și DNSSEC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the record of %2</source>
        <translation>„%1” în înregistrarea pentru %2</translation>
    </message>
    <message>
        <source>no domain given</source>
        <translation>niciun domeniu specificat</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>„%1” nu este un nume de domeniu valid</translation>
    </message>
    <message>
        <source>generic (cPanel, Plesk, many hosts)</source>
        <translation>generic (cPanel, Plesk, mulți furnizori de găzduire)</translation>
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
        <translation>generic</translation>
    </message>
    <message>
        <source>no resolver</source>
        <translation>niciun resolver</translation>
    </message>
    <message>
        <source>No DNS resolver available</source>
        <translation>Niciun resolver DNS disponibil</translation>
    </message>
    <message>
        <source>MX hosts resolve and have forward-confirmed reverse DNS</source>
        <translation>Gazdele MX se rezolvă și au DNS invers confirmat direct</translation>
    </message>
    <message numerus="yes">
        <source>%n MX host(s): %1.</source>
        <translation>
            <numerusform>%n gazdă MX: %1.</numerusform>
            <numerusform>%n gazde MX: %1.</numerusform>
            <numerusform>%n de gazde MX: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No DKIM key at the common selectors tried</source>
        <translation>Nicio cheie DKIM la selectorii uzuali încercați</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n guessed selector(s) has a key. That says nothing about the selectors this domain really uses.</source>
        <translation>
            <numerusform>Niciunul dintre cei %n selector ghicit nu are o cheie. Aceasta nu spune nimic despre selectorii pe care domeniul îi folosește de fapt.</numerusform>
            <numerusform>Niciunul dintre cei %n selectori ghiciți nu are o cheie. Aceasta nu spune nimic despre selectorii pe care domeniul îi folosește de fapt.</numerusform>
            <numerusform>Niciunul dintre cei %n de selectori ghiciți nu are o cheie. Aceasta nu spune nimic despre selectorii pe care domeniul îi folosește de fapt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --selector, taken from the s= tag of a DKIM-Signature of a real message.</source>
        <translation>Rulați din nou cu --selector, preluat din eticheta s= a unui DKIM-Signature dintr-un mesaj real.</translation>
    </message>
    <message>
        <source>The lookup of %1 %2 failed: %3. The %4 check could not be completed; this is not the same as &quot;no record&quot;.</source>
        <translation>Interogarea %1 %2 a eșuat: %3. Verificarea %4 nu a putut fi finalizată; aceasta nu înseamnă „nicio înregistrare”.</translation>
    </message>
    <message>
        <source>DNS lookup failed: %1 %2 (%3)</source>
        <translation>Interogarea DNS a eșuat: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Check that the domain&apos;s name servers answer; run the audit again.</source>
        <translation>Verificați dacă serverele de nume ale domeniului răspund; rulați din nou auditul.</translation>
    </message>
    <message>
        <source>%1 has no address (A: %2, AAAA: %3)</source>
        <translation>%1 nu are adresă (A: %2, AAAA: %3)</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation>răspunsul depășește %1 octeți</translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation>Nicio înregistrare MX</translation>
    </message>
    <message>
        <source>%1 has no MX record: senders fall back to its A/AAAA address (implicit MX), and bounces to this domain may not be deliverable.</source>
        <translation>%1 nu are înregistrare MX: expeditorii folosesc adresa sa A/AAAA (MX implicit), iar mesajele returnate către acest domeniu s-ar putea să nu poată fi livrate.</translation>
    </message>
    <message>
        <source>Publish MX records, or a null MX (&quot;0 .&quot;, RFC 7505) if the domain receives no mail.</source>
        <translation>Publicați înregistrări MX sau un MX nul („0 .”, RFC 7505) dacă domeniul nu primește e-mail.</translation>
    </message>
    <message>
        <source>Null MX: the domain accepts no mail</source>
        <translation>MX nul: domeniul nu acceptă e-mail</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it receives no mail, and mail from it can get no bounces; receivers may reject mail whose envelope sender uses it.</source>
        <translation>%1 publică un MX nul (RFC 7505): nu primește e-mail, iar e-mailurile trimise de pe el nu pot primi mesaje returnate; receptorii pot respinge e-mailurile al căror expeditor de plic îl folosește.</translation>
    </message>
    <message>
        <source>Malformed null MX</source>
        <translation>MX nul incorect</translation>
    </message>
    <message>
        <source>A null MX must be the only MX record and have preference 0; here it is mixed with %1 record(s) or has another preference.</source>
        <translation>Un MX nul trebuie să fie singura înregistrare MX și să aibă preferința 0; aici este amestecat cu %1 înregistrări sau are altă preferință.</translation>
    </message>
    <message>
        <source>Publish either &quot;0 .&quot; alone or real MX hosts.</source>
        <translation>Publicați fie doar „0 .”, fie gazde MX reale.</translation>
    </message>
    <message>
        <source>MX host listed twice: %1</source>
        <translation>Gazdă MX listată de două ori: %1</translation>
    </message>
    <message>
        <source>%1 appears in more than one MX record; the duplicates add nothing.</source>
        <translation>%1 apare în mai multe înregistrări MX; duplicatele nu aduc nimic.</translation>
    </message>
    <message>
        <source>Remove the duplicate record.</source>
        <translation>Eliminați înregistrarea duplicată.</translation>
    </message>
    <message>
        <source>MX points at an address: %1</source>
        <translation>MX indică spre o adresă: %1</translation>
    </message>
    <message>
        <source>An MX exchange must be a host name; senders look up %1 as a name and fail.</source>
        <translation>Un schimbător MX trebuie să fie un nume de gazdă; expeditorii caută %1 ca nume și eșuează.</translation>
    </message>
    <message>
        <source>Point the MX at a host name with A/AAAA records.</source>
        <translation>Direcționați MX spre un nume de gazdă cu înregistrări A/AAAA.</translation>
    </message>
    <message>
        <source>Only one MX host</source>
        <translation>O singură gazdă MX</translation>
    </message>
    <message>
        <source>All mail goes to %1; senders queue and retry while it is down.</source>
        <translation>Tot e-mailul merge la %1; expeditorii pun mesajele în coadă și reîncearcă cât timp este indisponibilă.</translation>
    </message>
    <message>
        <source>MX host is a CNAME: %1</source>
        <translation>Gazda MX este un CNAME: %1</translation>
    </message>
    <message>
        <source>%1 is an alias of %2; an MX must name a host with its own address records.</source>
        <translation>%1 este un alias pentru %2; un MX trebuie să numească o gazdă cu propriile înregistrări de adresă.</translation>
    </message>
    <message>
        <source>Point the MX record at %1 directly.</source>
        <translation>Direcționați înregistrarea MX direct spre %1.</translation>
    </message>
    <message>
        <source>MX host has no address: %1</source>
        <translation>Gazda MX nu are adresă: %1</translation>
    </message>
    <message>
        <source>%1 has neither A nor AAAA records: mail to this MX cannot be delivered.</source>
        <translation>%1 nu are nici înregistrări A, nici AAAA: e-mailul către acest MX nu poate fi livrat.</translation>
    </message>
    <message>
        <source>Publish A/AAAA records for %1 or remove the MX.</source>
        <translation>Publicați înregistrări A/AAAA pentru %1 sau eliminați MX-ul.</translation>
    </message>
    <message>
        <source>MX host has a non-public address: %1 %2</source>
        <translation>Gazda MX are o adresă nepublică: %1 %2</translation>
    </message>
    <message>
        <source>%1 resolves to %2 (loopback, private or link-local): other hosts on the Internet cannot reach it.</source>
        <translation>%1 se rezolvă la %2 (loopback, privată sau link-local): alte gazde de pe Internet nu o pot accesa.</translation>
    </message>
    <message>
        <source>No reverse DNS for MX address %1</source>
        <translation>Niciun DNS invers pentru adresa MX %1</translation>
    </message>
    <message>
        <source>%1 (of MX %2) has no PTR record; many receivers distrust hosts without reverse DNS.</source>
        <translation>%1 (a MX %2) nu are înregistrare PTR; mulți receptori nu au încredere în gazdele fără DNS invers.</translation>
    </message>
    <message>
        <source>Ask the owner of %1 to publish a PTR naming %2.</source>
        <translation>Cereți proprietarului lui %1 să publice un PTR care numește %2.</translation>
    </message>
    <message>
        <source>Reverse DNS of %1 is not forward-confirmed</source>
        <translation>DNS-ul invers al %1 nu este confirmat direct</translation>
    </message>
    <message>
        <source>%1 has PTR %2, but that name does not resolve back to %1.</source>
        <translation>%1 are PTR %2, dar acel nume nu se rezolvă înapoi la %1.</translation>
    </message>
    <message>
        <source>Make the PTR name&apos;s A/AAAA record include %1.</source>
        <translation>Includeți %1 în înregistrarea A/AAAA a numelui PTR.</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>Nicio înregistrare SPF</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (a TXT record starting with &quot;v=spf1&quot;): receivers get SPF &quot;none&quot; and cannot tell its servers from forgers. SPF records of type 99 are obsolete and not consulted (RFC 7208 §3.1).</source>
        <translation>%1 nu publică nicio înregistrare SPF (o înregistrare TXT care începe cu „v=spf1”): receptorii obțin SPF „none” și nu pot deosebi serverele sale de falsificatori. Înregistrările SPF de tip 99 sunt învechite și nu sunt consultate (RFC 7208 §3.1).</translation>
    </message>
    <message>
        <source>Publish a TXT record such as &quot;v=spf1 mx -all&quot; listing every server that sends for the domain.</source>
        <translation>Publicați o înregistrare TXT precum „v=spf1 mx -all” care listează fiecare server ce trimite pentru domeniu.</translation>
    </message>
    <message>
        <source>%1 target without SPF record: %2</source>
        <translation>Țintă %1 fără înregistrare SPF: %2</translation>
    </message>
    <message>
        <source>%1 of %2 names %3, which has no SPF record: evaluation ends in PermError for everyone.</source>
        <translation>%1 din %2 numește %3, care nu are înregistrare SPF: evaluarea se încheie cu PermError pentru toată lumea.</translation>
    </message>
    <message>
        <source>Fix or remove the %1.</source>
        <translation>Corectați sau eliminați %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n SPF records at %1</source>
        <translation>
            <numerusform>%n înregistrare SPF la %1</numerusform>
            <numerusform>%n înregistrări SPF la %1</numerusform>
            <numerusform>%n de înregistrări SPF la %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more than one &quot;v=spf1&quot; record: SPF evaluation ends in PermError.</source>
        <translation>%1 are mai multe înregistrări „v=spf1”: evaluarea SPF se încheie cu PermError.</translation>
    </message>
    <message>
        <source>Merge them into one record.</source>
        <translation>Combinați-le într-o singură înregistrare.</translation>
    </message>
    <message>
        <source>SPF syntax error at %1</source>
        <translation>Eroare de sintaxă SPF la %1</translation>
    </message>
    <message>
        <source>The SPF record of %1 is invalid (evaluation ends in PermError): %2</source>
        <translation>Înregistrarea SPF a %1 nu este validă (evaluarea se încheie cu PermError): %2</translation>
    </message>
    <message>
        <source>Correct the record.</source>
        <translation>Corectați înregistrarea.</translation>
    </message>
    <message>
        <source>Long SPF record at %1 (%2 bytes)</source>
        <translation>Înregistrare SPF lungă la %1 (%2 octeți)</translation>
    </message>
    <message>
        <source>The record is longer than %1 bytes; with other TXT records the answer may not fit a 512-byte UDP response.</source>
        <translation>Înregistrarea depășește %1 octeți; împreună cu alte înregistrări TXT, răspunsul s-ar putea să nu încapă într-un răspuns UDP de 512 octeți.</translation>
    </message>
    <message>
        <source>Move ranges into an include or shorten the record.</source>
        <translation>Mutați intervalele într-un include sau scurtați înregistrarea.</translation>
    </message>
    <message>
        <source>Mechanisms after &quot;all&quot; at %1</source>
        <translation>Mecanisme după „all” la %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes after &quot;all&quot; and is never evaluated.</source>
        <translation>„%1” vine după „all” și nu este evaluat niciodată.</translation>
    </message>
    <message>
        <source>Move &quot;all&quot; to the end.</source>
        <translation>Mutați „all” la sfârșit.</translation>
    </message>
    <message>
        <source>SPF allows every host: &quot;%1&quot; at %2</source>
        <translation>SPF permite orice gazdă: „%1” la %2</translation>
    </message>
    <message>
        <source>&quot;+all&quot; makes SPF pass for any sender on the Internet%1.</source>
        <translation>„+all” face ca SPF să treacă pentru orice expeditor de pe Internet%1.</translation>
    </message>
    <message>
        <source> (reached through %1 from %2)</source>
        <translation> (atins prin %1 de la %2)</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation>Încheiați înregistrarea cu „-all” sau „~all”.</translation>
    </message>
    <message>
        <source>SPF ends in &quot;?all&quot; at %1</source>
        <translation>SPF se încheie cu „?all” la %1</translation>
    </message>
    <message>
        <source>&quot;?all&quot; gives no verdict for unlisted hosts: the record does not protect the domain.</source>
        <translation>„?all” nu dă niciun verdict pentru gazdele nelistate: înregistrarea nu protejează domeniul.</translation>
    </message>
    <message>
        <source>Use &quot;~all&quot; or &quot;-all&quot;.</source>
        <translation>Folosiți „~all” sau „-all”.</translation>
    </message>
    <message>
        <source>SPF uses &quot;ptr&quot; at %1</source>
        <translation>SPF folosește „ptr” la %1</translation>
    </message>
    <message>
        <source>The ptr mechanism is slow and unreliable and SHOULD NOT be used; some receivers ignore it.</source>
        <translation>Mecanismul ptr este lent și nefiabil și NU AR TREBUI folosit; unii receptori îl ignoră.</translation>
    </message>
    <message>
        <source>Replace it with ip4/ip6 or a mechanisms.</source>
        <translation>Înlocuiți-l cu mecanisme ip4/ip6 sau a.</translation>
    </message>
    <message>
        <source>redirect ignored at %1</source>
        <translation>redirect ignorat la %1</translation>
    </message>
    <message>
        <source>The record has an &quot;all&quot; mechanism, so &apos;%1&apos; is never used.</source>
        <translation>Înregistrarea are un mecanism „all”, deci „%1” nu este folosit niciodată.</translation>
    </message>
    <message>
        <source>Remove either &quot;all&quot; or the redirect.</source>
        <translation>Eliminați fie „all”, fie redirect.</translation>
    </message>
    <message>
        <source>SPF include loop: %1</source>
        <translation>Buclă de include SPF: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the record of %2 leads back to %3 (path: %4): evaluation ends in PermError.</source>
        <translation>„%1” din înregistrarea pentru %2 duce înapoi la %3 (cale: %4): evaluarea se încheie cu PermError.</translation>
    </message>
    <message>
        <source>Remove the circular include.</source>
        <translation>Eliminați include-ul circular.</translation>
    </message>
    <message>
        <source>SPF tree not fully walked</source>
        <translation>Arborele SPF nu a fost parcurs complet</translation>
    </message>
    <message>
        <source>The include tree is deeper than %1 or larger than %2 records; the rest was not looked up.</source>
        <translation>Arborele de include-uri are o adâncime mai mare de %1 sau mai mult de %2 înregistrări; restul nu a fost interogat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than 10 MX hosts</source>
        <translation>„%1” numește mai mult de 10 gazde MX</translation>
    </message>
    <message>
        <source>%1 has %2 MX records; the mx mechanism allows at most 10 (PermError).</source>
        <translation>%1 are %2 înregistrări MX; mecanismul mx permite cel mult 10 (PermError).</translation>
    </message>
    <message>
        <source>SPF record without &quot;all&quot; at %1</source>
        <translation>Înregistrare SPF fără „all” la %1</translation>
    </message>
    <message>
        <source>The record ends without &quot;all&quot; or redirect: unlisted hosts get &quot;neutral&quot;.</source>
        <translation>Înregistrarea se încheie fără „all” sau redirect: gazdele nelistate obțin „neutral”.</translation>
    </message>
    <message>
        <source>SPF needs %1 DNS lookups (limit 10)</source>
        <translation>SPF necesită %1 interogări DNS (limita este 10)</translation>
    </message>
    <message>
        <source>Evaluating the SPF record of %1 takes %2 DNS-querying terms; above 10 the result is PermError. The 11th lookup is %3.</source>
        <translation>Evaluarea înregistrării SPF a %1 necesită %2 termeni care interoghează DNS; peste 10, rezultatul este PermError. A 11-a interogare este %3.</translation>
    </message>
    <message>
        <source>Replace includes by ip4/ip6 ranges, drop unused includes, or split senders across subdomains.</source>
        <translation>Înlocuiți include-urile cu intervale ip4/ip6, eliminați include-urile nefolosite sau împărțiți expeditorii pe subdomenii.</translation>
    </message>
    <message>
        <source>SPF uses %1 of 10 DNS lookups</source>
        <translation>SPF folosește %1 din 10 interogări DNS</translation>
    </message>
    <message>
        <source>One more include may push the record over the limit.</source>
        <translation>Încă un include poate duce înregistrarea peste limită.</translation>
    </message>
    <message>
        <source>SPF has %1 void lookups (limit 2)</source>
        <translation>SPF are %1 interogări fără rezultat (limita este 2)</translation>
    </message>
    <message>
        <source>%1 terms of the SPF tree query names with no records (NXDOMAIN or no data); receivers return PermError after two.</source>
        <translation>%1 termeni din arborele SPF interoghează nume fără înregistrări (NXDOMAIN sau fără date); receptorii returnează PermError după două.</translation>
    </message>
    <message>
        <source>Remove terms pointing at names that do not exist.</source>
        <translation>Eliminați termenii care indică spre nume inexistente.</translation>
    </message>
    <message>
        <source>SPF has %1 void lookup(s)</source>
        <translation>SPF are %1 interogări fără rezultat</translation>
    </message>
    <message>
        <source>Terms of the SPF tree query names with no records; more than two make SPF fail.</source>
        <translation>Termeni din arborele SPF interoghează nume fără înregistrări; mai mult de două fac SPF să eșueze.</translation>
    </message>
    <message>
        <source>SPF record valid (%1 of 10 lookups)</source>
        <translation>Înregistrare SPF validă (%1 din 10 interogări)</translation>
    </message>
    <message>
        <source>One SPF record, valid syntax, within the lookup limits, ending in &quot;%1&quot;.</source>
        <translation>O singură înregistrare SPF, cu sintaxă validă, în limitele de interogări, care se încheie cu „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n DMARC records</source>
        <translation>
            <numerusform>%n înregistrare DMARC</numerusform>
            <numerusform>%n înregistrări DMARC</numerusform>
            <numerusform>%n de înregistrări DMARC</numerusform>
        </translation>
    </message>
    <message>
        <source>_dmarc.%1 has more than one v=DMARC1 record: receivers apply no DMARC policy.</source>
        <translation>_dmarc.%1 are mai multe înregistrări v=DMARC1: receptorii nu aplică nicio politică DMARC.</translation>
    </message>
    <message>
        <source>Keep exactly one record.</source>
        <translation>Păstrați exact o înregistrare.</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>Nicio înregistrare DMARC</translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record at _dmarc.%1: receivers apply no policy to mail forging it, and Gmail and Yahoo require one from bulk senders.</source>
        <translation>%1 nu publică nicio înregistrare DMARC la _dmarc.%1: receptorii nu aplică nicio politică e-mailurilor care îl falsifică, iar Gmail și Yahoo o cer expeditorilor în masă.</translation>
    </message>
    <message>
        <source>Publish &quot;v=DMARC1; p=none; rua=mailto:…&quot; to start monitoring, then move to quarantine/reject.</source>
        <translation>Publicați „v=DMARC1; p=none; rua=mailto:…” pentru a începe monitorizarea, apoi treceți la quarantine/reject.</translation>
    </message>
    <message>
        <source>_dmarc.%1 (the organizational domain) has more than one v=DMARC1 record: no policy applies.</source>
        <translation>_dmarc.%1 (domeniul organizațional) are mai multe înregistrări v=DMARC1: nu se aplică nicio politică.</translation>
    </message>
    <message>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record: receivers apply no policy.</source>
        <translation>Nici %1, nici domeniul său organizațional %2 nu publică o înregistrare DMARC: receptorii nu aplică nicio politică.</translation>
    </message>
    <message>
        <source>Publish &quot;v=DMARC1; p=none; rua=mailto:…&quot; at _dmarc.%1.</source>
        <translation>Publicați „v=DMARC1; p=none; rua=mailto:…” la _dmarc.%1.</translation>
    </message>
    <message>
        <source>DMARC policy inherited from %1</source>
        <translation>Politică DMARC moștenită de la %1</translation>
    </message>
    <message>
        <source>%1 has no record of its own; receivers use the record of its organizational domain %2 (Public Suffix List: %3), whose sp= (else p=) applies. DMARCbis replaces the PSL by a DNS tree walk, which finds the same record here.</source>
        <translation>%1 nu are o înregistrare proprie; receptorii folosesc înregistrarea domeniului său organizațional %2 (Public Suffix List: %3), pentru care se aplică sp= (altfel p=). DMARCbis înlocuiește PSL cu o parcurgere a arborelui DNS, care găsește aici aceeași înregistrare.</translation>
    </message>
    <message>
        <source>Invalid DMARC record</source>
        <translation>Înregistrare DMARC nevalidă</translation>
    </message>
    <message>
        <source>The record at %1 cannot be used: %2</source>
        <translation>Înregistrarea de la %1 nu poate fi folosită: %2</translation>
    </message>
    <message>
        <source>DMARC tag problem: %1</source>
        <translation>Problemă cu o etichetă DMARC: %1</translation>
    </message>
    <message>
        <source>syntax</source>
        <translation>sintaxă</translation>
    </message>
    <message>
        <source>%1; receivers ignore the value and use the default.</source>
        <translation>%1; receptorii ignoră valoarea și folosesc valoarea implicită.</translation>
    </message>
    <message>
        <source>Correct the tag.</source>
        <translation>Corectați eticheta.</translation>
    </message>
    <message>
        <source>Unknown DMARC tag(s): %1</source>
        <translation>Etichete DMARC necunoscute: %1</translation>
    </message>
    <message>
        <source>Receivers ignore unknown tags; a misspelled tag (&quot;rue=&quot; for &quot;rua=&quot;) silently does nothing.</source>
        <translation>Receptorii ignoră etichetele necunoscute; o etichetă scrisă greșit („rue=” în loc de „rua=”) nu are niciun efect, fără avertisment.</translation>
    </message>
    <message>
        <source>Fix or remove the tag.</source>
        <translation>Corectați sau eliminați eticheta.</translation>
    </message>
    <message>
        <source>DMARC policy is none (monitoring only)</source>
        <translation>Politica DMARC este none (doar monitorizare)</translation>
    </message>
    <message>
        <source>p=none asks receivers to take no action on mail that fails DMARC: forged mail from %1 is still delivered.</source>
        <translation>p=none le cere receptorilor să nu ia nicio măsură pentru e-mailurile care eșuează la DMARC: e-mailurile falsificate de la %1 sunt livrate în continuare.</translation>
    </message>
    <message>
        <source>Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.</source>
        <translation>După ce rapoartele agregate arată că toate e-mailurile legitime sunt aliniate, treceți la p=quarantine, apoi la p=reject.</translation>
    </message>
    <message>
        <source>Subdomains are not protected (sp=none)</source>
        <translation>Subdomeniile nu sunt protejate (sp=none)</translation>
    </message>
    <message>
        <source>The policy is %1 for %2 but none for its subdomains.</source>
        <translation>Politica este %1 pentru %2, dar none pentru subdomeniile sale.</translation>
    </message>
    <message>
        <source>DMARC policy applied to %1% of mail</source>
        <translation>Politica DMARC se aplică la %1% din e-mailuri</translation>
    </message>
    <message>
        <source>pct=%1: the %2 policy covers only part of the failing mail.</source>
        <translation>pct=%1: politica %2 acoperă doar o parte din e-mailurile care eșuează.</translation>
    </message>
    <message>
        <source>Raise pct to 100 (or drop it).</source>
        <translation>Măriți pct la 100 (sau eliminați-l).</translation>
    </message>
    <message>
        <source>Tags DMARCbis removes: %1</source>
        <translation>Etichete eliminate de DMARCbis: %1</translation>
    </message>
    <message>
        <source>DMARCbis drops pct (replaced by t=y for testing), rf and ri; receivers following it ignore them.</source>
        <translation>DMARCbis renunță la pct (înlocuit de t=y pentru testare), rf și ri; receptorii care îl urmează le ignoră.</translation>
    </message>
    <message>
        <source>No aggregate reports requested (rua=)</source>
        <translation>Nu sunt solicitate rapoarte agregate (rua=)</translation>
    </message>
    <message>
        <source>Without rua= nobody receives the aggregate reports that show who sends as %1.</source>
        <translation>Fără rua= nimeni nu primește rapoartele agregate care arată cine trimite în numele %1.</translation>
    </message>
    <message>
        <source>Add rua=mailto:… pointing at a mailbox or a DMARC report service.</source>
        <translation>Adăugați rua=mailto:… care indică spre o căsuță poștală sau un serviciu de rapoarte DMARC.</translation>
    </message>
    <message>
        <source>External report destination %1 authorized</source>
        <translation>Destinația externă de rapoarte %1 este autorizată</translation>
    </message>
    <message>
        <source>%1 accepts DMARC reports for %2.</source>
        <translation>%1 acceptă rapoarte DMARC pentru %2.</translation>
    </message>
    <message>
        <source>External report destination %1 not authorized</source>
        <translation>Destinația externă de rapoarte %1 nu este autorizată</translation>
    </message>
    <message>
        <source>Reports go to %1, outside %2, but %1 does not publish %3 TXT &quot;v=DMARC1&quot;: receivers will not send them there.</source>
        <translation>Rapoartele merg la %1, în afara %2, dar %1 nu publică %3 TXT „v=DMARC1”: receptorii nu le vor trimite acolo.</translation>
    </message>
    <message>
        <source>Ask the operator of %1 to publish the authorization record, or report to an address in your own domain.</source>
        <translation>Cereți operatorului %1 să publice înregistrarea de autorizare sau trimiteți rapoartele la o adresă din propriul domeniu.</translation>
    </message>
    <message>
        <source>DMARC policy %1</source>
        <translation>Politica DMARC %1</translation>
    </message>
    <message>
        <source>Receivers are asked to %1 mail that fails DMARC.</source>
        <translation>Receptorilor li se cere să aplice %1 e-mailurilor care eșuează la DMARC.</translation>
    </message>
    <message>
        <source>No DKIM selector given: trying common ones</source>
        <translation>Niciun selector DKIM specificat: se încearcă selectorii uzuali</translation>
    </message>
    <message>
        <source>DKIM keys can only be found by selector. Tried a guess list of common provider selectors: %1.</source>
        <translation>Cheile DKIM pot fi găsite doar după selector. S-a încercat o listă de selectori uzuali ai furnizorilor: %1.</translation>
    </message>
    <message>
        <source>Pass --selector with the s= value of a DKIM-Signature of a real message.</source>
        <translation>Transmiteți --selector cu valoarea s= a unui DKIM-Signature dintr-un mesaj real.</translation>
    </message>
    <message>
        <source>Invalid selector: %1</source>
        <translation>Selector nevalid: %1</translation>
    </message>
    <message>
        <source>%1 is not a valid DNS name.</source>
        <translation>%1 nu este un nume DNS valid.</translation>
    </message>
    <message>
        <source>%1 (guessed: %2)</source>
        <translation>%1 (ghicit: %2)</translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation>Nicio cheie DKIM pentru selectorul %1</translation>
    </message>
    <message>
        <source>%1 has no TXT record: signatures with s=%2 fail (no key).</source>
        <translation>%1 nu are înregistrare TXT: semnăturile cu s=%2 eșuează (nicio cheie).</translation>
    </message>
    <message>
        <source>Publish the public key of selector %1.</source>
        <translation>Publicați cheia publică a selectorului %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n TXT records for selector %1</source>
        <translation>
            <numerusform>%n înregistrare TXT pentru selectorul %1</numerusform>
            <numerusform>%n înregistrări TXT pentru selectorul %1</numerusform>
            <numerusform>%n de înregistrări TXT pentru selectorul %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifiers may pick any of them; results are unpredictable.</source>
        <translation>Verificatorii pot alege oricare dintre ele; rezultatele sunt imprevizibile.</translation>
    </message>
    <message>
        <source>Unknown DKIM key type k=%1: %2</source>
        <translation>Tip de cheie DKIM necunoscut k=%1: %2</translation>
    </message>
    <message>
        <source>Verifiers know k=rsa and k=ed25519 only.</source>
        <translation>Verificatorii cunosc doar k=rsa și k=ed25519.</translation>
    </message>
    <message>
        <source>DKIM key revoked: %1</source>
        <translation>Cheie DKIM revocată: %1</translation>
    </message>
    <message>
        <source>p= is empty: the key of selector %1 is revoked and every signature using it fails.</source>
        <translation>p= este gol: cheia selectorului %1 este revocată și orice semnătură care o folosește eșuează.</translation>
    </message>
    <message>
        <source>Fine if the selector is retired; make sure no sender still signs with it.</source>
        <translation>Este în regulă dacă selectorul a fost retras; asigurați-vă că niciun expeditor nu mai semnează cu el.</translation>
    </message>
    <message>
        <source>Invalid DKIM key record: %1</source>
        <translation>Înregistrare de cheie DKIM nevalidă: %1</translation>
    </message>
    <message>
        <source>Publish the record exactly as the signer generated it (base64 key in p=).</source>
        <translation>Publicați înregistrarea exact așa cum a generat-o semnatarul (cheie base64 în p=).</translation>
    </message>
    <message>
        <source>k=%1 but p= holds a %2 key: %3</source>
        <translation>k=%1, dar p= conține o cheie %2: %3</translation>
    </message>
    <message>
        <source>The key type declared and the key published differ: signatures fail.</source>
        <translation>Tipul de cheie declarat și cheia publicată diferă: semnăturile eșuează.</translation>
    </message>
    <message>
        <source>%1-bit RSA DKIM key: %2</source>
        <translation>Cheie DKIM RSA de %1 biți: %2</translation>
    </message>
    <message>
        <source>RSA keys under 1024 bits must not be used; verifiers treat such signatures as failing.</source>
        <translation>Cheile RSA sub 1024 de biți nu trebuie folosite; verificatorii tratează astfel de semnături ca eșuate.</translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit RSA key.</source>
        <translation>Treceți la o cheie RSA de 2048 de biți.</translation>
    </message>
    <message>
        <source>1024-bit RSA is the minimum; 2048 bits are recommended and expected by large receivers.</source>
        <translation>RSA de 1024 de biți este minimul; 2048 de biți sunt recomandați și așteptați de marii receptori.</translation>
    </message>
    <message>
        <source>DKIM key in testing mode (t=y): %1</source>
        <translation>Cheie DKIM în modul de testare (t=y): %1</translation>
    </message>
    <message>
        <source>Verifiers must not treat mail differently because of a failing signature with this key.</source>
        <translation>Verificatorii nu trebuie să trateze diferit e-mailurile din cauza unei semnături eșuate cu această cheie.</translation>
    </message>
    <message>
        <source>Remove t=y once signing works.</source>
        <translation>Eliminați t=y după ce semnarea funcționează.</translation>
    </message>
    <message>
        <source>Key allows no SHA-256 (h=%1): %2</source>
        <translation>Cheia nu permite SHA-256 (h=%1): %2</translation>
    </message>
    <message>
        <source>Signatures with rsa-sha256 are refused for this key; rsa-sha1 must not be used.</source>
        <translation>Semnăturile cu rsa-sha256 sunt refuzate pentru această cheie; rsa-sha1 nu trebuie folosit.</translation>
    </message>
    <message>
        <source>Drop h= or set h=sha256.</source>
        <translation>Eliminați h= sau setați h=sha256.</translation>
    </message>
    <message>
        <source>Key not for email (s=%1): %2</source>
        <translation>Cheia nu este pentru e-mail (s=%1): %2</translation>
    </message>
    <message>
        <source>s= does not include email or *: the key cannot verify mail.</source>
        <translation>s= nu include email sau *: cheia nu poate verifica e-mailuri.</translation>
    </message>
    <message>
        <source>Drop s= or set s=email.</source>
        <translation>Eliminați s= sau setați s=email.</translation>
    </message>
    <message>
        <source>DKIM key %1: %2 %3 bits</source>
        <translation>Cheie DKIM %1: %2 %3 biți</translation>
    </message>
    <message>
        <source>The key record of selector %1 is valid.</source>
        <translation>Înregistrarea cheii selectorului %1 este validă.</translation>
    </message>
    <message>
        <source>No MTA-STS</source>
        <translation>Niciun MTA-STS</translation>
    </message>
    <message>
        <source>%1 publishes no _mta-sts record: senders may deliver to it without TLS or with any certificate.</source>
        <translation>%1 nu publică nicio înregistrare _mta-sts: expeditorii pot livra către el fără TLS sau cu orice certificat.</translation>
    </message>
    <message>
        <source>Publish _mta-sts TXT &quot;v=STSv1; id=…&quot; and a policy at https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation>Publicați _mta-sts TXT „v=STSv1; id=…” și o politică la https://mta-sts.%1/.well-known/mta-sts.txt.</translation>
    </message>
    <message numerus="yes">
        <source>%n MTA-STS records</source>
        <translation>
            <numerusform>%n înregistrare MTA-STS</numerusform>
            <numerusform>%n înregistrări MTA-STS</numerusform>
            <numerusform>%n de înregistrări MTA-STS</numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one v=STSv1 record senders assume no MTA-STS policy.</source>
        <translation>Cu mai multe înregistrări v=STSv1, expeditorii consideră că nu există nicio politică MTA-STS.</translation>
    </message>
    <message>
        <source>Invalid _mta-sts record</source>
        <translation>Înregistrare _mta-sts nevalidă</translation>
    </message>
    <message>
        <source>Publish &quot;v=STSv1; id=YYYYMMDDhhmmss&quot;.</source>
        <translation>Publicați „v=STSv1; id=YYYYMMDDhhmmss”.</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Stare HTTP %1</translation>
    </message>
    <message>
        <source>MTA-STS policy could not be fetched</source>
        <translation>Politica MTA-STS nu a putut fi preluată</translation>
    </message>
    <message>
        <source>GET %1 failed: %2. Senders treat the domain as having no valid policy (redirects are not followed).</source>
        <translation>GET %1 a eșuat: %2. Expeditorii tratează domeniul ca neavând o politică validă (redirecționările nu sunt urmate).</translation>
    </message>
    <message>
        <source>Serve the policy over HTTPS with a valid certificate for the mta-sts host, status 200.</source>
        <translation>Furnizați politica prin HTTPS cu un certificat valid pentru gazda mta-sts, cu starea 200.</translation>
    </message>
    <message>
        <source>MTA-STS policy served as %1</source>
        <translation>Politica MTA-STS este furnizată ca %1</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(niciun tip)</translation>
    </message>
    <message>
        <source>The policy must be served as text/plain.</source>
        <translation>Politica trebuie furnizată ca text/plain.</translation>
    </message>
    <message>
        <source>Set Content-Type: text/plain.</source>
        <translation>Setați Content-Type: text/plain.</translation>
    </message>
    <message>
        <source>Invalid MTA-STS policy</source>
        <translation>Politică MTA-STS nevalidă</translation>
    </message>
    <message>
        <source>Fix the policy file: version, mode, mx and max_age lines.</source>
        <translation>Corectați fișierul de politică: liniile version, mode, mx și max_age.</translation>
    </message>
    <message>
        <source>MTA-STS in testing mode</source>
        <translation>MTA-STS în modul de testare</translation>
    </message>
    <message>
        <source>Senders report failures (TLS-RPT) but still deliver without valid TLS.</source>
        <translation>Expeditorii raportează eșecurile (TLS-RPT), dar livrează în continuare fără TLS valid.</translation>
    </message>
    <message>
        <source>Switch to mode: enforce once reports are clean.</source>
        <translation>Treceți la mode: enforce după ce rapoartele sunt curate.</translation>
    </message>
    <message>
        <source>MTA-STS mode none</source>
        <translation>MTA-STS în modul none</translation>
    </message>
    <message>
        <source>mode: none withdraws the policy; senders apply nothing.</source>
        <translation>mode: none retrage politica; expeditorii nu aplică nimic.</translation>
    </message>
    <message>
        <source>MTA-STS max_age of %1 s</source>
        <translation>max_age MTA-STS de %1 s</translation>
    </message>
    <message>
        <source>A policy cached for less than a day protects little against downgrade attacks; weeks are recommended.</source>
        <translation>O politică păstrată în cache mai puțin de o zi protejează prea puțin împotriva atacurilor de retrogradare; se recomandă câteva săptămâni.</translation>
    </message>
    <message>
        <source>Use max_age: 604800 or more.</source>
        <translation>Folosiți max_age: 604800 sau mai mult.</translation>
    </message>
    <message>
        <source>MX host(s) not in the MTA-STS policy: %1</source>
        <translation>Gazde MX care nu sunt în politica MTA-STS: %1</translation>
    </message>
    <message>
        <source>In enforce mode senders refuse to deliver to MX hosts the policy does not list.</source>
        <translation>În modul enforce, expeditorii refuză să livreze către gazdele MX pe care politica nu le listează.</translation>
    </message>
    <message>
        <source>In enforce mode senders would refuse to deliver to these MX hosts.</source>
        <translation>În modul enforce, expeditorii ar refuza să livreze către aceste gazde MX.</translation>
    </message>
    <message>
        <source>Add an mx: line for each MX host (or a *.domain pattern).</source>
        <translation>Adăugați o linie mx: pentru fiecare gazdă MX (sau un tipar *.domain).</translation>
    </message>
    <message>
        <source>MTA-STS enforced</source>
        <translation>MTA-STS aplicat</translation>
    </message>
    <message>
        <source>Valid policy in enforce mode covering every MX host, max_age %1 s.</source>
        <translation>Politică validă în modul enforce care acoperă toate gazdele MX, max_age %1 s.</translation>
    </message>
    <message>
        <source>No TLS-RPT record</source>
        <translation>Nicio înregistrare TLS-RPT</translation>
    </message>
    <message>
        <source>%1 receives no reports about failed TLS deliveries (_smtp._tls TXT).</source>
        <translation>%1 nu primește rapoarte despre livrările TLS eșuate (_smtp._tls TXT).</translation>
    </message>
    <message>
        <source>Publish _smtp._tls TXT &quot;v=TLSRPTv1; rua=mailto:…&quot;.</source>
        <translation>Publicați _smtp._tls TXT „v=TLSRPTv1; rua=mailto:…”.</translation>
    </message>
    <message numerus="yes">
        <source>%n TLS-RPT records</source>
        <translation>
            <numerusform>%n înregistrare TLS-RPT</numerusform>
            <numerusform>%n înregistrări TLS-RPT</numerusform>
            <numerusform>%n de înregistrări TLS-RPT</numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one record senders send no reports.</source>
        <translation>Cu mai multe înregistrări, expeditorii nu trimit rapoarte.</translation>
    </message>
    <message>
        <source>Invalid TLS-RPT record</source>
        <translation>Înregistrare TLS-RPT nevalidă</translation>
    </message>
    <message>
        <source>TLS-RPT reports go to %1</source>
        <translation>Rapoartele TLS-RPT merg la %1</translation>
    </message>
    <message>
        <source>Senders report TLS delivery problems.</source>
        <translation>Expeditorii raportează problemele de livrare TLS.</translation>
    </message>
    <message>
        <source>No BIMI record</source>
        <translation>Nicio înregistrare BIMI</translation>
    </message>
    <message>
        <source>No default._bimi record: no brand logo is shown by mailbox providers that support BIMI.</source>
        <translation>Nicio înregistrare default._bimi: furnizorii de căsuțe poștale care acceptă BIMI nu afișează niciun logo de marcă.</translation>
    </message>
    <message numerus="yes">
        <source>%n BIMI records</source>
        <translation>
            <numerusform>%n înregistrare BIMI</numerusform>
            <numerusform>%n înregistrări BIMI</numerusform>
            <numerusform>%n de înregistrări BIMI</numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one record no logo is shown.</source>
        <translation>Cu mai multe înregistrări, nu se afișează niciun logo.</translation>
    </message>
    <message>
        <source>Invalid BIMI record</source>
        <translation>Înregistrare BIMI nevalidă</translation>
    </message>
    <message>
        <source>BIMI declined (empty l=)</source>
        <translation>BIMI refuzat (l= gol)</translation>
    </message>
    <message>
        <source>The record explicitly publishes no logo.</source>
        <translation>Înregistrarea declară explicit că nu publică niciun logo.</translation>
    </message>
    <message>
        <source>BIMI without a mark certificate (no a=)</source>
        <translation>BIMI fără certificat de marcă (fără a=)</translation>
    </message>
    <message>
        <source>Gmail and Apple Mail show a BIMI logo only with a Verified or Common Mark Certificate at a=.</source>
        <translation>Gmail și Apple Mail afișează un logo BIMI doar cu un Verified Mark Certificate sau Common Mark Certificate la a=.</translation>
    </message>
    <message>
        <source>Invalid BIMI logo URL</source>
        <translation>URL de logo BIMI nevalid</translation>
    </message>
    <message>
        <source>l=%1 is not a usable URL.</source>
        <translation>l=%1 nu este un URL utilizabil.</translation>
    </message>
    <message>
        <source>BIMI logo could not be fetched</source>
        <translation>Logoul BIMI nu a putut fi preluat</translation>
    </message>
    <message>
        <source>GET %1 failed: %2.</source>
        <translation>GET %1 a eșuat: %2.</translation>
    </message>
    <message>
        <source>Serve the SVG over HTTPS with a valid certificate.</source>
        <translation>Furnizați fișierul SVG prin HTTPS cu un certificat valid.</translation>
    </message>
    <message>
        <source>BIMI SVG is %1 bytes</source>
        <translation>SVG-ul BIMI are %1 octeți</translation>
    </message>
    <message>
        <source>Logos should stay under 32 KB.</source>
        <translation>Logourile ar trebui să rămână sub 32 KB.</translation>
    </message>
    <message>
        <source>BIMI logo is not a valid SVG</source>
        <translation>Logoul BIMI nu este un SVG valid</translation>
    </message>
    <message>
        <source>BIMI SVG is not SVG Tiny PS</source>
        <translation>SVG-ul BIMI nu este SVG Tiny PS</translation>
    </message>
    <message>
        <source>The root &lt;svg&gt; must have version=&quot;1.2&quot; and baseProfile=&quot;tiny-ps&quot;.</source>
        <translation>Elementul rădăcină &lt;svg&gt; trebuie să aibă version=&quot;1.2&quot; și baseProfile=&quot;tiny-ps&quot;.</translation>
    </message>
    <message>
        <source>Export the logo as SVG Tiny 1.2 Portable/Secure.</source>
        <translation>Exportați logoul ca SVG Tiny 1.2 Portable/Secure.</translation>
    </message>
    <message>
        <source>BIMI SVG contains script</source>
        <translation>SVG-ul BIMI conține scripturi</translation>
    </message>
    <message>
        <source>&lt;script&gt; elements and on* event attributes are forbidden.</source>
        <translation>Elementele &lt;script&gt; și atributele de eveniment on* sunt interzise.</translation>
    </message>
    <message>
        <source>BIMI SVG references external content</source>
        <translation>SVG-ul BIMI face referire la conținut extern</translation>
    </message>
    <message>
        <source>References outside the document are forbidden: %1</source>
        <translation>Referințele în afara documentului sunt interzise: %1</translation>
    </message>
    <message>
        <source>BIMI SVG uses forbidden elements</source>
        <translation>SVG-ul BIMI folosește elemente interzise</translation>
    </message>
    <message>
        <source>Not allowed in SVG Tiny PS: %1</source>
        <translation>Nepermis în SVG Tiny PS: %1</translation>
    </message>
    <message>
        <source>BIMI SVG is not square</source>
        <translation>SVG-ul BIMI nu este pătrat</translation>
    </message>
    <message>
        <source>viewBox &quot;%1&quot; is not square; logos are shown in a square or circle.</source>
        <translation>viewBox „%1” nu este pătrat; logourile sunt afișate într-un pătrat sau un cerc.</translation>
    </message>
    <message>
        <source>BIMI SVG has no &lt;title&gt;</source>
        <translation>SVG-ul BIMI nu are &lt;title&gt;</translation>
    </message>
    <message>
        <source>SVG Tiny PS requires a &lt;title&gt; with the brand name.</source>
        <translation>SVG Tiny PS necesită un &lt;title&gt; cu numele mărcii.</translation>
    </message>
    <message>
        <source>BIMI needs an enforced DMARC policy</source>
        <translation>BIMI necesită o politică DMARC aplicată</translation>
    </message>
    <message>
        <source>Logos are shown only when DMARC is p=quarantine or p=reject at pct=100; here the policy is %1.</source>
        <translation>Logourile sunt afișate doar când DMARC este p=quarantine sau p=reject cu pct=100; aici politica este %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>lipsă</translation>
    </message>
    <message>
        <source>Move DMARC to quarantine or reject first.</source>
        <translation>Treceți mai întâi DMARC la quarantine sau reject.</translation>
    </message>
    <message>
        <source>BIMI record and logo valid</source>
        <translation>Înregistrarea și logoul BIMI sunt valide</translation>
    </message>
    <message>
        <source>SVG Tiny PS logo at %1 (%2 bytes).</source>
        <translation>Logo SVG Tiny PS la %1 (%2 octeți).</translation>
    </message>
    <message>
        <source>The domain does not exist</source>
        <translation>Domeniul nu există</translation>
    </message>
    <message>
        <source>%1 does not exist in the DNS (NXDOMAIN): mail from or to it is rejected.</source>
        <translation>%1 nu există în DNS (NXDOMAIN): e-mailurile de la sau către el sunt respinse.</translation>
    </message>
    <message>
        <source>Check the spelling, or register and delegate the domain.</source>
        <translation>Verificați ortografia sau înregistrați și delegați domeniul.</translation>
    </message>
    <message numerus="yes">
        <source>What-if overlay in use: %n answer(s) are not from the DNS</source>
        <translation>
            <numerusform>Suprapunere ipotetică (what-if) în uz: %n răspuns nu provine din DNS</numerusform>
            <numerusform>Suprapunere ipotetică (what-if) în uz: %n răspunsuri nu provin din DNS</numerusform>
            <numerusform>Suprapunere ipotetică (what-if) în uz: %n de răspunsuri nu provin din DNS</numerusform>
        </translation>
    </message>
    <message>
        <source>These answers come from the what-if zone file, as if the records were published.</source>
        <translation>Aceste răspunsuri provin din fișierul de zonă ipotetic, ca și cum înregistrările ar fi publicate.</translation>
    </message>
    <message>
        <source>DNSSEC: all answers authenticated</source>
        <translation>DNSSEC: toate răspunsurile sunt autentificate</translation>
    </message>
    <message>
        <source>The resolver set the AD bit on all %1 answers: it validated them with DNSSEC.</source>
        <translation>Resolverul a setat bitul AD pe toate cele %1 răspunsuri: le-a validat cu DNSSEC.</translation>
    </message>
    <message>
        <source>DNSSEC: no answer was authenticated</source>
        <translation>DNSSEC: niciun răspuns nu a fost autentificat</translation>
    </message>
    <message>
        <source>None of the %1 answers had the AD bit: either the zones are not signed or the resolver asked does not validate (an authoritative server never sets AD). DANE and DNSSEC-dependent checks cannot rely on these answers.</source>
        <translation>Niciunul dintre cele %1 răspunsuri nu a avut bitul AD: fie zonele nu sunt semnate, fie resolverul interogat nu validează (un server autoritar nu setează niciodată AD). DANE și verificările care depind de DNSSEC nu se pot baza pe aceste răspunsuri.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>de ex. %1</translation>
    </message>
    <message>
        <source>Sign the zone (and use a validating resolver to check it).</source>
        <translation>Semnați zona (și folosiți un resolver cu validare pentru a o verifica).</translation>
    </message>
    <message>
        <source>DNSSEC: %1 of %2 answers authenticated</source>
        <translation>DNSSEC: %1 din %2 răspunsuri autentificate</translation>
    </message>
    <message>
        <source>Some names are in signed zones, others are not (e.g. a provider&apos;s include or a CNAME target).</source>
        <translation>Unele nume se află în zone semnate, altele nu (de ex. un include al unui furnizor sau o țintă CNAME).</translation>
    </message>
    <message>
        <source>not authenticated: %1</source>
        <translation>neautentificat: %1</translation>
    </message>
    <message>
        <source>line &apos;%1&apos; is not &quot;key: value&quot;</source>
        <translation>linia „%1” nu are forma „key: value”</translation>
    </message>
    <message>
        <source>max_age &apos;%1&apos; is not a number of seconds from 0 to %2</source>
        <translation>max_age „%1” nu este un număr de secunde între 0 și %2</translation>
    </message>
    <message>
        <source>&quot;version: STSv1&quot; must appear exactly once</source>
        <translation>„version: STSv1” trebuie să apară exact o dată</translation>
    </message>
    <message>
        <source>&quot;mode&quot; must appear once with enforce, testing or none</source>
        <translation>„mode” trebuie să apară o dată, cu enforce, testing sau none</translation>
    </message>
    <message>
        <source>&quot;max_age&quot; is missing</source>
        <translation>lipsește „max_age”</translation>
    </message>
    <message>
        <source>no &quot;mx&quot; pattern (required unless mode is none)</source>
        <translation>niciun tipar „mx” (obligatoriu, cu excepția cazului în care mode este none)</translation>
    </message>
    <message>
        <source>mx pattern &apos;%1&apos; is not a host name or *.domain</source>
        <translation>tiparul mx „%1” nu este un nume de gazdă sau *.domain</translation>
    </message>
    <message>
        <source>the record does not start with v=STSv1</source>
        <translation>înregistrarea nu începe cu v=STSv1</translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters and digits (RFC 8461 §3.1), got &apos;%1&apos;</source>
        <translation>id= trebuie să aibă între 1 și 32 de litere și cifre (RFC 8461 §3.1), s-a primit „%1”</translation>
    </message>
    <message>
        <source>the record does not start with v=TLSRPTv1</source>
        <translation>înregistrarea nu începe cu v=TLSRPTv1</translation>
    </message>
    <message>
        <source>the required field rua= is missing (RFC 8460 §3)</source>
        <translation>lipsește câmpul obligatoriu rua= (RFC 8460 §3)</translation>
    </message>
    <message>
        <source>rua &apos;%1&apos; is neither a mailto: nor an https: URI</source>
        <translation>rua „%1” nu este un URI „mailto:” sau „https:”</translation>
    </message>
    <message>
        <source>the record does not start with v=BIMI1</source>
        <translation>înregistrarea nu începe cu v=BIMI1</translation>
    </message>
    <message>
        <source>the l= (logo location) tag is missing</source>
        <translation>lipsește eticheta l= (locația logoului)</translation>
    </message>
    <message>
        <source>l=%1 is not an https: URL</source>
        <translation>l=%1 nu este un URL „https:”</translation>
    </message>
    <message>
        <source>a=%1 is not an https: URL</source>
        <translation>a=%1 nu este un URL „https:”</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;svg&gt;</source>
        <translation>elementul rădăcină este &lt;%1&gt;, nu &lt;svg&gt;</translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation>XML incorect format: %1 (linia %2)</translation>
    </message>
    <message>
        <source>no XML element</source>
        <translation>niciun element XML</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui</name>
    <message>
        <source>The signature&apos;s tag list does not parse: %1</source>
        <translation>Lista de etichete a semnăturii nu poate fi analizată: %1</translation>
    </message>
    <message>
        <source>The signature has no h= tag.</source>
        <translation>Semnătura nu are eticheta h=.</translation>
    </message>
    <message>
        <source>No message.</source>
        <translation>Niciun mesaj.</translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature number %1.</source>
        <translation>Mesajul nu are DKIM-Signature cu numărul %1.</translation>
    </message>
    <message>
        <source>The message has no ARC-Message-Signature with i=%1.</source>
        <translation>Mesajul nu are ARC-Message-Signature cu i=%1.</translation>
    </message>
    <message>
        <source>The message has no ARC-Seal with i=%1.</source>
        <translation>Mesajul nu are ARC-Seal cu i=%1.</translation>
    </message>
    <message>
        <source>ARC set i=%1 is incomplete: the seal covers sets 1 to %2.</source>
        <translation>Setul ARC i=%1 este incomplet: sigiliul acoperă seturile de la 1 la %2.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AboutDialog</name>
    <message>
        <source>About Deliverbench</source>
        <translation>Despre Deliverbench</translation>
    </message>
    <message>
        <source>A workbench for email deliverability: message structure, authentication, domain setup, reputation, relays and inbox placement.</source>
        <translation>Un atelier pentru livrabilitatea e-mailurilor: structura mesajelor, autentificare, configurarea domeniului, reputație, relee și plasarea în inbox.</translation>
    </message>
    <message>
        <source>Everything runs on this computer; no message is uploaded anywhere.</source>
        <translation>Totul rulează pe acest calculator; niciun mesaj nu este încărcat nicăieri.</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Licențiat sub GNU General Public License, versiunea 3 sau ulterioară.</translation>
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
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation>introdus de dvs.</translation>
    </message>
    <message>
        <source>from Received #%1 (by %2)</source>
        <translation>din Received #%1 (de %2)</translation>
    </message>
    <message>
        <source>from Received #%1</source>
        <translation>din Received #%1</translation>
    </message>
    <message>
        <source>from the Received chain</source>
        <translation>din lanțul Received</translation>
    </message>
    <message>
        <source>from Return-Path</source>
        <translation>din Return-Path</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexiune</translation>
    </message>
    <message>
        <source>Connecting &amp;IP:</source>
        <translation>&amp;IP de conectare:</translation>
    </message>
    <message>
        <source>unknown: SPF is not evaluated</source>
        <translation>necunoscut: SPF nu este evaluat</translation>
    </message>
    <message>
        <source>&amp;HELO name:</source>
        <translation>Nume &amp;HELO:</translation>
    </message>
    <message>
        <source>&amp;MAIL FROM:</source>
        <translation>MAIL FR&amp;OM:</translation>
    </message>
    <message>
        <source>null sender (&lt;&gt;) or unknown</source>
        <translation>expeditor nul (&lt;&gt;) sau necunoscut</translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation>Re&amp;verifică</translation>
    </message>
    <message>
        <source>Run the checks again with these values (Ctrl+R)</source>
        <translation>Rulează din nou verificările cu aceste valori (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Stop the running check (Esc)</source>
        <translation>Oprește verificarea în curs (Esc)</translation>
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
        <translation>Cheie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motiv</translation>
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
        <translation>Metodă</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Domeniu de aplicare</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Aliniat</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Contează</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
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
        <translation>authserv-id de în&amp;credere:</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De încredere</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identificator</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>Marcat</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Al nostru</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordanță</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicație</translation>
    </message>
    <message>
        <source>Authentication-&amp;Results</source>
        <translation>Authentication-&amp;Results</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Cerință</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Cerut de</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dovezi</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referință</translation>
    </message>
    <message>
        <source>Sc&amp;orecard</source>
        <translation>&amp;Fișă de evaluare</translation>
    </message>
    <message>
        <source>Re-check Authentication</source>
        <translation>Reverifică autentificarea</translation>
    </message>
    <message>
        <source>Cancel Authentication Check</source>
        <translation>Anulează verificarea autentificării</translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation>Niciun mesaj selectat.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Select a message to check its authentication.</source>
        <translation>Selectați un mesaj pentru a-i verifica autentificarea.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulat.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Verificare anulată.</translation>
    </message>
    <message>
        <source>Authentication check cancelled.</source>
        <translation>Verificarea autentificării a fost anulată.</translation>
    </message>
    <message>
        <source>edited: Re-check (Ctrl+R) to use it</source>
        <translation>modificat: apăsați Reverifică (Ctrl+R) pentru a-l folosi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>„%1” nu este o adresă IP.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Checking authentication…</source>
        <translation>Se verifică autentificarea…</translation>
    </message>
    <message>
        <source>Checking authentication: verifying signatures…</source>
        <translation>Se verifică autentificarea: se verifică semnăturile…</translation>
    </message>
    <message numerus="yes">
        <source>Checking authentication: %n DNS answer(s)…</source>
        <translation>
            <numerusform>Se verifică autentificarea: %n răspuns DNS…</numerusform>
            <numerusform>Se verifică autentificarea: %n răspunsuri DNS…</numerusform>
            <numerusform>Se verifică autentificarea: %n de răspunsuri DNS…</numerusform>
        </translation>
    </message>
    <message>
        <source>The check did not complete.</source>
        <translation>Verificarea nu s-a finalizat.</translation>
    </message>
    <message>
        <source>The authentication check did not complete.</source>
        <translation>Verificarea autentificării nu s-a finalizat.</translation>
    </message>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation>Verificarea a durat prea mult și a fost oprită.</translation>
    </message>
    <message>
        <source>The authentication check took too long and was stopped.</source>
        <translation>Verificarea autentificării a durat prea mult și a fost oprită.</translation>
    </message>
    <message>
        <source>Authentication: SPF %1, DKIM %2, DMARC %3, ARC %4.</source>
        <translation>Autentificare: SPF %1, DKIM %2, DMARC %3, ARC %4.</translation>
    </message>
    <message>
        <source>No connecting IP is known: SPF was not evaluated.</source>
        <translation>Nu se cunoaște niciun IP de conectare: SPF nu a fost evaluat.</translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature.</source>
        <translation>Mesajul nu are DKIM-Signature.</translation>
    </message>
    <message>
        <source>d=%1: %2</source>
        <translation>d=%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 signatures pass)</source>
        <translation>%1 (%2 din %3 semnături trec)</translation>
    </message>
    <message>
        <source>%1 Disposition: %2.</source>
        <translation>%1 Dispoziție: %2.</translation>
    </message>
    <message>
        <source>The message has no ARC sets.</source>
        <translation>Mesajul nu are seturi ARC.</translation>
    </message>
    <message>
        <source>%1 bits%2</source>
        <translation>%1 biți%2</translation>
    </message>
    <message>
        <source>, testing</source>
        <translation>, testare</translation>
    </message>
    <message>
        <source>Signature #%1: d=%2 s=%3 a=%4 c=%5</source>
        <translation>Semnătura #%1: d=%2 s=%3 a=%4 c=%5</translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation>Rezultat: %1 (%2)</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referință: %1</translation>
    </message>
    <message>
        <source>Signed header fields (h=): %1</source>
        <translation>Câmpuri de antet semnate (h=): %1</translation>
    </message>
    <message>
        <source>Body length limit (l=): %1 bytes</source>
        <translation>Limita de lungime a corpului (l=): %1 octeți</translation>
    </message>
    <message>
        <source>Body hash in the signature (bh=): %1</source>
        <translation>Hash-ul corpului din semnătură (bh=): %1</translation>
    </message>
    <message>
        <source>Body hash computed here:          %1</source>
        <translation>Hash-ul corpului calculat aici:       %1</translation>
    </message>
    <message>
        <source>Canonical body: %1 bytes</source>
        <translation>Corp canonic: %1 octeți</translation>
    </message>
    <message>
        <source>Key: %1 %2</source>
        <translation>Cheie: %1 %2</translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation>(de la %1)</translation>
    </message>
    <message>
        <source>Why it broke:</source>
        <translation>De ce s-a stricat:</translation>
    </message>
    <message>
        <source>No known damage pattern reproduces bh=.</source>
        <translation>Niciun tipar de deteriorare cunoscut nu reproduce bh=.</translation>
    </message>
    <message>
        <source>Damage pattern that reproduces bh=: %1</source>
        <translation>Tipar de deteriorare care reproduce bh=: %1</translation>
    </message>
    <message>
        <source>Bytes appended after signing: %1 (the signature covers the first %2 raw body bytes)</source>
        <translation>Octeți adăugați după semnare: %1 (semnătura acoperă primii %2 octeți bruți ai corpului)</translation>
    </message>
    <message>
        <source>Patterns tried:</source>
        <translation>Tipare încercate:</translation>
    </message>
    <message>
        <source>Some patterns were skipped to keep the work bounded.</source>
        <translation>Unele tipare au fost omise pentru a limita volumul de lucru.</translation>
    </message>
    <message>
        <source>Appended content:</source>
        <translation>Conținut adăugat:</translation>
    </message>
    <message>
        <source>Canonicalized body the verifier hashed (%1 bytes):</source>
        <translation>Corpul canonizat pentru care verificatorul a calculat hash-ul (%1 octeți):</translation>
    </message>
    <message>
        <source>Canonicalized body (%1), first %2 raw bytes:</source>
        <translation>Corpul canonizat (%1), primii %2 octeți bruți:</translation>
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
        <translation>Corpul canonizat (%1):</translation>
    </message>
    <message>
        <source>Canonical header data hashed:</source>
        <translation>Datele de antet canonice pentru care s-a calculat hash-ul:</translation>
    </message>
    <message>
        <source>SPF was not evaluated: no connecting IP is known. Enter the IP the message came from and re-check (Ctrl+R).</source>
        <translation>SPF nu a fost evaluat: nu se cunoaște niciun IP de conectare. Introduceți IP-ul de la care a venit mesajul și reverificați (Ctrl+R).</translation>
    </message>
    <message>
        <source>Result: %1 for %2 %3 (identity %4) from %5</source>
        <translation>Rezultat: %1 pentru %2 %3 (identitatea %4) de la %5</translation>
    </message>
    <message>
        <source>Deciding term: %1</source>
        <translation>Termen decisiv: %1</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explicație: %1</translation>
    </message>
    <message>
        <source>DNS-querying terms: %1 of 10; void lookups: %2 of 2</source>
        <translation>Termeni care interoghează DNS: %1 din 10; interogări fără rezultat: %2 din 2</translation>
    </message>
    <message>
        <source>Result: %1 — %2</source>
        <translation>Rezultat: %1 — %2</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>Domeniu From: %1</translation>
    </message>
    <message>
        <source>From domain: %1 (organizational domain %2)</source>
        <translation>Domeniu From: %1 (domeniu organizațional %2)</translation>
    </message>
    <message>
        <source>Record at _dmarc.%1%2: %3</source>
        <translation>Înregistrare la _dmarc.%1%2: %3</translation>
    </message>
    <message>
        <source> (organizational-domain fallback)</source>
        <translation> (revenire la domeniul organizațional)</translation>
    </message>
    <message>
        <source>Policy applied: %1; disposition: %2%3; alignment DKIM %4, SPF %5</source>
        <translation>Politică aplicată: %1; dispoziție: %2%3; aliniere DKIM %4, SPF %5</translation>
    </message>
    <message>
        <source> (sampled out by pct=)</source>
        <translation> (exclus prin eșantionare de pct=)</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>Under DMARCbis the disposition would be: %1.</source>
        <translation>Conform DMARCbis, dispoziția ar fi: %1.</translation>
    </message>
    <message>
        <source>DMARCbis: no difference.</source>
        <translation>DMARCbis: nicio diferență.</translation>
    </message>
    <message>
        <source>DMARCbis: %1</source>
        <translation>DMARCbis: %1</translation>
    </message>
    <message>
        <source>Result: %1. The message has no ARC sets.</source>
        <translation>Rezultat: %1. Mesajul nu are seturi ARC.</translation>
    </message>
    <message>
        <source>Result: %1; oldest pass: %2. %3</source>
        <translation>Rezultat: %1; oldest pass: %2. %3</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The message has no Authentication-Results fields.</source>
        <translation>Mesajul nu are câmpuri Authentication-Results.</translation>
    </message>
    <message>
        <source>Nothing picked: the topmost receiver&apos;s results are believed (RFC 8601 §5).</source>
        <translation>Nimic selectat: se acordă încredere rezultatelor celui mai de sus receptor (RFC 8601 §5).</translation>
    </message>
    <message>
        <source>Results stamped by the checked authserv-ids are believed.</source>
        <translation>Se acordă încredere rezultatelor marcate de authserv-id-urile bifate.</translation>
    </message>
    <message>
        <source>%1 (s=%2)</source>
        <translation>%1 (s=%2)</translation>
    </message>
    <message>
        <source>Bulk-sender requirements (Gmail, Yahoo 2024; Microsoft 2025): %1 pass, %2 fail, %3 unknown.</source>
        <translation>Cerințe pentru expeditorii în masă (Gmail, Yahoo 2024; Microsoft 2025): %1 trec, %2 eșuează, %3 necunoscute.</translation>
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
        <translation>Arată în vizualizarea &amp;brută ce semnează:</translation>
    </message>
    <message>
        <source>Green: signed header fields and body; blue: the signature field; red: body after the l= cut</source>
        <translation>Verde: câmpurile de antet semnate și corpul; albastru: câmpul semnăturii; roșu: corpul de după tăietura l=</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>anterior</translation>
    </message>
    <message>
        <source>Restored from the case (checked %1); Re-check (Ctrl+R) asks DNS again.</source>
        <translation>Restaurat din caz (verificat %1); Reverifică (Ctrl+R) interoghează din nou DNS.</translation>
    </message>
    <message>
        <source>Authentication: the case&apos;s result is shown (SPF %1, DKIM %2, DMARC %3, ARC %4).</source>
        <translation>Autentificare: se afișează rezultatul din caz (SPF %1, DKIM %2, DMARC %3, ARC %4).</translation>
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
            <numerusform>%1 semnează %n câmp de antet (verde, în ordinea calculului hash: %2); câmpul semnăturii este albastru.</numerusform>
            <numerusform>%1 semnează %n câmpuri de antet (verde, în ordinea calculului hash: %2); câmpul semnăturii este albastru.</numerusform>
            <numerusform>%1 semnează %n de câmpuri de antet (verde, în ordinea calculului hash: %2); câmpul semnăturii este albastru.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
    <message>
        <source>Listed in h= but absent (over-signed: adding such a field breaks the signature): %1</source>
        <translation>Câmpuri listate în h=, dar absente (suprasemnate: adăugarea unui astfel de câmp invalidează semnătura): %1</translation>
    </message>
    <message>
        <source>An ARC-Seal covers no body.</source>
        <translation>Un ARC-Seal nu acoperă corpul.</translation>
    </message>
    <message numerus="yes">
        <source>Body: all %n byte(s) signed.</source>
        <translation>
            <numerusform>Corp: singurul octet (%n) este semnat.</numerusform>
            <numerusform>Corp: toți cei %n octeți sunt semnați.</numerusform>
            <numerusform>Corp: toți cei %n de octeți sunt semnați.</numerusform>
        </translation>
    </message>
    <message>
        <source>Body: l=%1 covers the first %2 raw byte(s); %3 byte(s) after the cut (red) are not signed.</source>
        <translation>Corp: l=%1 acoperă primii %2 octeți bruți; %3 octeți de după tăietură (cu roșu) nu sunt semnați.</translation>
    </message>
    <message>
        <source>l= is larger than the canonical body: the signature cannot verify.</source>
        <translation>l= este mai mare decât corpul canonic: semnătura nu poate fi validă.</translation>
    </message>
    <message>
        <source>The cut lies past the part of the body shown here.</source>
        <translation>Tăietura se află dincolo de porțiunea de corp afișată aici.</translation>
    </message>
    <message>
        <source>Checked at %1 without DNS lookups.</source>
        <translation>Verificat la %1 fără interogări DNS.</translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), all answered.</source>
        <translation>
            <numerusform>Verificat la %1 cu %n interogare DNS, cu răspuns.</numerusform>
            <numerusform>Verificat la %1 cu %n interogări DNS, toate cu răspuns.</numerusform>
            <numerusform>Verificat la %1 cu %n de interogări DNS, toate cu răspuns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), all failed: %2</source>
        <translation>
            <numerusform>Verificat la %1 cu %n interogare DNS, eșuată: %2</numerusform>
            <numerusform>Verificat la %1 cu %n interogări DNS, toate eșuate: %2</numerusform>
            <numerusform>Verificat la %1 cu %n de interogări DNS, toate eșuate: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), %2 failed: %3</source>
        <translation>
            <numerusform>Verificat la %1 cu %n interogare DNS, %2 eșuate: %3</numerusform>
            <numerusform>Verificat la %1 cu %n interogări DNS, %2 eșuate: %3</numerusform>
            <numerusform>Verificat la %1 cu %n de interogări DNS, %2 eșuate: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = CR, %2 = LF, %3 = tab, %4 = space</source>
        <translation>%1 = CR, %2 = LF, %3 = tab, %4 = spațiu</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AuthSpfTraceModel</name>
    <message>
        <source>Step</source>
        <translation>Pas</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalii</translation>
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
        <translation>Notă</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>nicio potrivire</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchPage</name>
    <message>
        <source>Open &amp;Mbox or Message Files…</source>
        <translation>Deschide fișiere &amp;mbox sau de mesaje…</translation>
    </message>
    <message>
        <source>Triage an mbox of bounces or seed copies, or a set of .eml files</source>
        <translation>Triază un mbox cu mesaje returnate sau copii seed, ori un set de fișiere .eml</translation>
    </message>
    <message>
        <source>Open &amp;Folder or Maildir…</source>
        <translation>Deschide &amp;dosar sau Maildir…</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>&amp;Exportă tabelul ca CSV…</translation>
    </message>
    <message>
        <source>Cancel Batch Scan</source>
        <translation>Anulează scanarea lotului</translation>
    </message>
    <message>
        <source>Open Mbox or Messages for Batch Triage</source>
        <translation>Deschide mbox sau mesaje pentru triere în lot</translation>
    </message>
    <message>
        <source>Mailboxes and messages (*.mbox *.mbx *.eml *.msg *.txt);;All files (*)</source>
        <translation>Căsuțe poștale și mesaje (*.mbox *.mbx *.eml *.msg *.txt);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Open Folder or Maildir for Batch Triage</source>
        <translation>Deschide dosar sau Maildir pentru triere în lot</translation>
    </message>
    <message>
        <source>Open folder or mbox…</source>
        <translation>Deschide dosar sau mbox…</translation>
    </message>
    <message>
        <source>Filter by From, subject, domain or cause…</source>
        <translation>Filtrează după From, subiect, domeniu sau cauză…</translation>
    </message>
    <message>
        <source>Show only messages with this verdict or bounce cause</source>
        <translation>Afișează doar mesajele cu acest verdict sau această cauză de returnare</translation>
    </message>
    <message>
        <source>Check &amp;authentication</source>
        <translation>Verifică &amp;autentificarea</translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC verdict of every message (DNS lookups, 8 messages at a time)</source>
        <translation>Verdictul SPF, DKIM și DMARC pentru fiecare mesaj (interogări DNS, 8 mesaje odată)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportă CSV…</translation>
    </message>
    <message>
        <source>Reading… %p%</source>
        <translation>Se citește… %p%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Rezumat</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Authentication %1/%2…</source>
        <translation>Autentificare %1/%2…</translation>
    </message>
    <message>
        <source>Authentication checked</source>
        <translation>Autentificare verificată</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation>
            <numerusform>%n intrare</numerusform>
            <numerusform>%n intrări</numerusform>
            <numerusform>%n de intrări</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 for batch triage…</source>
        <translation>Se citește %1 pentru trierea în lot…</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n message(s).</source>
        <translation>
            <numerusform>Anulat după %n mesaj.</numerusform>
            <numerusform>Anulat după %n mesaje.</numerusform>
            <numerusform>Anulat după %n de mesaje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n messages were read.</source>
        <translation>
            <numerusform>Doar primul mesaj (%n) a fost citit.</numerusform>
            <numerusform>Doar primele %n mesaje au fost citite.</numerusform>
            <numerusform>Doar primele %n de mesaje au fost citite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Omise: %1</translation>
    </message>
    <message>
        <source>Batch scan cancelled.</source>
        <translation>Scanarea lotului a fost anulată.</translation>
    </message>
    <message numerus="yes">
        <source>Batch: %n message(s) read.</source>
        <translation>
            <numerusform>Lot: %n mesaj citit.</numerusform>
            <numerusform>Lot: %n mesaje citite.</numerusform>
            <numerusform>Lot: %n de mesaje citite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %p%</source>
        <translation>Lot %p%</translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation>Anulează lotul</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mesaj</numerusform>
            <numerusform>%n mesaje</numerusform>
            <numerusform>%n de mesaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation>
            <numerusform>%1 din %n mesaj</numerusform>
            <numerusform>%1 din %n mesaje</numerusform>
            <numerusform>%1 din %n de mesaje</numerusform>
        </translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Toate mesajele</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
    <message>
        <source>Bounces (DSNs)</source>
        <translation>Mesaje returnate (DSN)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>By sending domain</source>
        <translation>După domeniul expeditor</translation>
    </message>
    <message>
        <source>By DKIM d=</source>
        <translation>După DKIM d=</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(nesemnat)</translation>
    </message>
    <message>
        <source>By DMARC verdict</source>
        <translation>După verdictul DMARC</translation>
    </message>
    <message>
        <source>By worst finding</source>
        <translation>După cea mai gravă constatare</translation>
    </message>
    <message>
        <source>Bounced recipients by cause</source>
        <translation>Destinatari returnați după cauză</translation>
    </message>
    <message>
        <source>Bounced recipients by receiving domain</source>
        <translation>Destinatari returnați după domeniul de recepție</translation>
    </message>
    <message>
        <source>Reading message %1…</source>
        <translation>Se citește mesajul %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 nu poate fi scris: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>S-a exportat %n rând în %1.</numerusform>
            <numerusform>S-au exportat %n rânduri în %1.</numerusform>
            <numerusform>S-au exportat %n de rânduri în %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Batch Table</source>
        <translation>Exportă tabelul lotului</translation>
    </message>
    <message>
        <source>Click a group to show only its messages; click &quot;Messages&quot; to show all</source>
        <translation>Faceți clic pe un grup pentru a afișa doar mesajele sale; faceți clic pe „Mesaje” pentru a le afișa pe toate</translation>
    </message>
    <message>
        <source>DMARC not checked yet</source>
        <translation>DMARC încă neverificat</translation>
    </message>
    <message>
        <source>Groups: sending domain · DKIM d= · DMARC</source>
        <translation>Grupuri: domeniu expeditor · DKIM d= · DMARC</translation>
    </message>
    <message>
        <source>Groups: sending domain · DKIM d= · worst finding</source>
        <translation>Grupuri: domeniu expeditor · DKIM d= · cea mai gravă constatare</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchScanner</name>
    <message>
        <source>The message is larger than %1 MiB.</source>
        <translation>Mesajul depășește %1 MiB.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>%1 changed since it was scanned.</source>
        <translation>%1 s-a modificat de la scanare.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchTableModel</name>
    <message>
        <source>Worst finding: %1</source>
        <translation>Cea mai gravă constatare: %1</translation>
    </message>
    <message>
        <source>No DKIM signature</source>
        <translation>Nicio semnătură DKIM</translation>
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
        <translation>Orice mesaj returnat</translation>
    </message>
    <message>
        <source>Bounce: %1</source>
        <translation>Returnare: %1</translation>
    </message>
    <message>
        <source>Signature present or not; the verdict needs the authentication check.</source>
        <translation>Semnătura este prezentă sau nu; verdictul necesită verificarea autentificării.</translation>
    </message>
    <message numerus="yes">
        <source>%n structure finding(s)</source>
        <translation>
            <numerusform>%n constatare de structură</numerusform>
            <numerusform>%n constatări de structură</numerusform>
            <numerusform>%n de constatări de structură</numerusform>
        </translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>nesemnat</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>semnat</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dată</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>From domain</source>
        <translation>Domeniu From</translation>
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
        <translation>Cauza returnării</translation>
    </message>
    <message>
        <source>Receiving domain</source>
        <translation>Domeniu de recepție</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Cea mai gravă constatare</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::CaseExport</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1” nu poate fi scris: %2</translation>
    </message>
    <message>
        <source>Write the report of a case file without opening a window.</source>
        <translation>Scrie raportul unui fișier de caz fără a deschide o fereastră.</translation>
    </message>
    <message>
        <source>Output file (.pdf, .html, .md, .json).</source>
        <translation>Fișierul de ieșire (.pdf, .html, .md, .json).</translation>
    </message>
    <message>
        <source>pdf, html, md or json (default: from --to).</source>
        <translation>pdf, html, md sau json (implicit: după --to).</translation>
    </message>
    <message>
        <source>Replace addresses, local parts, bodies and URL tokens by placeholders.</source>
        <translation>Înlocuiește adresele, părțile locale, corpurile și tokenurile din URL-uri cu substituenți.</translation>
    </message>
    <message>
        <source>Include the DNS snapshot and SMTP/DNS transcripts.</source>
        <translation>Include instantaneul DNS și transcrierile SMTP/DNS.</translation>
    </message>
    <message>
        <source>usage: deliverbench --report CASE.dbcase --to OUT.pdf [--redact]</source>
        <translation>utilizare: deliverbench --report CASE.dbcase --to OUT.pdf [--redact]</translation>
    </message>
    <message>
        <source>unknown report format for &apos;%1&apos; (use .pdf, .html, .md or .json)</source>
        <translation>format de raport necunoscut pentru „%1” (folosiți .pdf, .html, .md sau .json)</translation>
    </message>
    <message>
        <source>Write the report of the case file CASE (.dbcase) to --to without opening a window.</source>
        <translation>Scrie raportul fișierului de caz CASE (.dbcase) în --to fără a deschide o fereastră.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DiffHeaderModel</name>
    <message>
        <source>same</source>
        <translation>identic</translation>
    </message>
    <message>
        <source>added</source>
        <translation>adăugat</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminat</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificat</translation>
    </message>
    <message>
        <source>A has no DKIM signature</source>
        <translation>A nu are semnătură DKIM</translation>
    </message>
    <message>
        <source>a signature (never signs itself)</source>
        <translation>o semnătură (nu se semnează niciodată pe sine)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nesemnat</translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation>%1 (saltul %2)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
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
        <translation>&amp;Inversează</translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation>Inversează A și B</translation>
    </message>
    <message>
        <source>&amp;Compare with File…</source>
        <translation>&amp;Compară cu un fișier…</translation>
    </message>
    <message>
        <source>Compare with Message</source>
        <translation>Compară cu un mesaj</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt *.mbox);;All files (*)</source>
        <translation>Mesaje (*.eml *.msg *.txt *.mbox);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>Compară cu…</translation>
    </message>
    <message>
        <source>Open two messages to compare them.</source>
        <translation>Deschideți două mesaje pentru a le compara.</translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation>Afișează câmpurile &amp;nemodificate</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Antete</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modificare</translation>
    </message>
    <message>
        <source>Type in A</source>
        <translation>Tip în A</translation>
    </message>
    <message>
        <source>Type in B</source>
        <translation>Tip în B</translation>
    </message>
    <message>
        <source>Bytes in A</source>
        <translation>Octeți în A</translation>
    </message>
    <message>
        <source>Bytes in B</source>
        <translation>Octeți în B</translation>
    </message>
    <message>
        <source>SHA-256 A → B</source>
        <translation>SHA-256 A → B</translation>
    </message>
    <message>
        <source>&amp;MIME Tree</source>
        <translation>Arbore &amp;MIME</translation>
    </message>
    <message>
        <source>&amp;Text Parts</source>
        <translation>Părți &amp;text</translation>
    </message>
    <message>
        <source>What the changes mean for DKIM</source>
        <translation>Ce înseamnă modificările pentru DKIM</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diferențe</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fișier: %1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Se compară…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Se citește %1…</translation>
    </message>
    <message>
        <source>%1 holds no readable message.</source>
        <translation>%1 nu conține niciun mesaj lizibil.</translation>
    </message>
    <message>
        <source>The two messages are byte for byte identical.</source>
        <translation>Cele două mesaje sunt identice octet cu octet.</translation>
    </message>
    <message>
        <source>%1 ↔ %2: %3 header field(s), %4 MIME part(s) and %5 finding(s) differ.</source>
        <translation>%1 ↔ %2: diferă %3 câmpuri de antet, %4 părți MIME și %5 constatări.</translation>
    </message>
    <message>
        <source>Part %1 (%2): %3 → %4 bytes</source>
        <translation>Partea %1 (%2): %3 → %4 octeți</translation>
    </message>
    <message>
        <source>… (line diff truncated)</source>
        <translation>… (diferențele pe linii au fost trunchiate)</translation>
    </message>
    <message>
        <source>The messages are identical.</source>
        <translation>Mesajele sunt identice.</translation>
    </message>
    <message>
        <source>No text part differs line by line.</source>
        <translation>Nicio parte text nu diferă linie cu linie.</translation>
    </message>
    <message>
        <source>A has no DKIM-Signature: no change can break one.</source>
        <translation>A nu are DKIM-Signature: nicio modificare nu o poate invalida.</translation>
    </message>
    <message>
        <source>Select a part in the MIME tree to compare its decoded contents.</source>
        <translation>Selectați o parte în arborele MIME pentru a-i compara conținutul decodificat.</translation>
    </message>
    <message>
        <source>&amp;Part Contents</source>
        <translation>Conținutul &amp;părții</translation>
    </message>
    <message>
        <source>&amp;Offline (no DNS)</source>
        <translation>Mod &amp;offline (fără DNS)</translation>
    </message>
    <message>
        <source>Do not look up keys and records: verdicts are reported as not checked.</source>
        <translation>Nu se interoghează cheile și înregistrările: verdictele sunt raportate ca neverificate.</translation>
    </message>
    <message>
        <source>Check &amp;Verdicts</source>
        <translation>Ve&amp;rifică verdictele</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <translation>De ce</translation>
    </message>
    <message>
        <source>&amp;Verdicts</source>
        <translation>&amp;Verdicte</translation>
    </message>
    <message>
        <source>Check Verdicts Again</source>
        <translation>Reverifică verdictele</translation>
    </message>
    <message>
        <source>Cancel Verdict Check</source>
        <translation>Anulează verificarea verdictelor</translation>
    </message>
    <message>
        <source>Verdict check cancelled.</source>
        <translation>Verificarea verdictelor a fost anulată.</translation>
    </message>
    <message>
        <source>offline mode (no DNS lookups)</source>
        <translation>mod offline (fără interogări DNS)</translation>
    </message>
    <message>
        <source>Checking the verdicts of A and B (DNS)… Esc cancels.</source>
        <translation>Se verifică verdictele pentru A și B (DNS)… Esc anulează.</translation>
    </message>
    <message>
        <source>no DNS resolver is available (%1)</source>
        <translation>niciun resolver DNS nu este disponibil (%1)</translation>
    </message>
    <message>
        <source>the DNS lookups did not finish within %1 s</source>
        <translation>interogările DNS nu s-au încheiat în %1 s</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>neverificat</translation>
    </message>
    <message>
        <source>Verdicts not checked: %1</source>
        <translation>Verdicte neverificate: %1</translation>
    </message>
    <message>
        <source>The authentication verdicts of A and B are the same.</source>
        <translation>Verdictele de autentificare pentru A și B sunt identice.</translation>
    </message>
    <message numerus="yes">
        <source>%n authentication verdict(s) differ between A and B.</source>
        <translation>
            <numerusform>%n verdict de autentificare diferă între A și B.</numerusform>
            <numerusform>%n verdicte de autentificare diferă între A și B.</numerusform>
            <numerusform>%n de verdicte de autentificare diferă între A și B.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading part %1…</source>
        <translation>Se încarcă partea %1…</translation>
    </message>
    <message>
        <source>Part %1 is not a text part in A or B: compare it by size and SHA-256 in the MIME tree.</source>
        <translation>Partea %1 nu este o parte text în A sau în B: comparați-o după dimensiune și SHA-256 în arborele MIME.</translation>
    </message>
    <message>
        <source>Part %1 exists only in B.</source>
        <translation>Partea %1 există doar în B.</translation>
    </message>
    <message>
        <source>Part %1 exists only in A.</source>
        <translation>Partea %1 există doar în A.</translation>
    </message>
    <message numerus="yes">
        <source>Part %1, decoded: %n line(s) differ.</source>
        <translation>
            <numerusform>Partea %1, decodificată: diferă %n linie.</numerusform>
            <numerusform>Partea %1, decodificată: diferă %n linii.</numerusform>
            <numerusform>Partea %1, decodificată: diferă %n de linii.</numerusform>
        </translation>
    </message>
    <message>
        <source>(only the first %1 lines are shown)</source>
        <translation>(sunt afișate doar primele %1 de linii)</translation>
    </message>
    <message>
        <source>The case&apos;s diff (%1) refers to a message that is not in the case.</source>
        <translation>Diferențele din caz (%1) se referă la un mesaj care nu se află în caz.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsTraceModel</name>
    <message>
        <source>what-if</source>
        <translation>ipotetic</translation>
    </message>
    <message>
        <source>(overlay)</source>
        <translation>(suprapunere)</translation>
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
        <translation>din cache</translation>
    </message>
    <message>
        <source>Answered by the what-if overlay, not by a DNS server</source>
        <translation>Răspuns dat de suprapunerea ipotetică, nu de un server DNS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Cached</source>
        <translation>Din cache</translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation>Suprapunere</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsblListModel</name>
    <message>
        <source>Delisting: %1</source>
        <translation>Eliminare din listă: %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>ale dvs.</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>încorporat</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Listă</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zonă</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificări</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sursă</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsblResultModel</name>
    <message>
        <source>listed</source>
        <translation>listat</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>curat</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>%1 (DNS %2, %3 ms)
query: %4
answers: %5</source>
        <translation>%1 (DNS %2, %3 ms)
interogare: %4
răspunsuri: %5</translation>
    </message>
    <message>
        <source>Open the delisting page</source>
        <translation>Deschide pagina de eliminare din listă</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Țintă</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Listă</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zonă</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Semnificație</translation>
    </message>
    <message>
        <source>TXT reason</source>
        <translation>Motiv TXT</translation>
    </message>
    <message>
        <source>Delisting</source>
        <translation>Eliminare din listă</translation>
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
        <translation>Domeniul expeditor de auditat (domeniul din From: al mesajului selectat, dacă este lăsat gol)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domeniu:</translation>
    </message>
    <message>
        <source>DKIM selectors, e.g. s1 s2 (empty: try common ones)</source>
        <translation>Selectori DKIM, de ex. s1 s2 (gol: se încearcă cei uzuali)</translation>
    </message>
    <message>
        <source>The s= values of the message&apos;s DKIM-Signature fields; separate several by spaces or commas</source>
        <translation>Valorile s= din câmpurile DKIM-Signature ale mesajului; separați mai multe valori prin spații sau virgule</translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation>Se&amp;lectori DKIM:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rulează</translation>
    </message>
    <message>
        <source>Audit the domain (Ctrl+Return)</source>
        <translation>Auditează domeniul (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Stop the audit (Esc)</source>
        <translation>Oprește auditul (Esc)</translation>
    </message>
    <message>
        <source>%v of %m lookups</source>
        <translation>%v din %m interogări</translation>
    </message>
    <message>
        <source>Type a domain and press Run.</source>
        <translation>Introduceți un domeniu și apăsați Rulează.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatare</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>Re&amp;zumat</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Gazdă</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Preferință</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adrese</translation>
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
        <translation>Etichetă</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Semnificație</translation>
    </message>
    <message>
        <source>DM&amp;ARC</source>
        <translation>DM&amp;ARC</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Selector</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Tip de cheie</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Biți</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
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
        <translation>Filtrează urmărirea (nume, tip, rezultat, răspuns…)</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copiază ca text</translation>
    </message>
    <message>
        <source>Copy the selected rows (all shown rows when none are selected) as tab-separated text</source>
        <translation>Copiază rândurile selectate (toate rândurile afișate, dacă nu este selectat niciunul) ca text separat prin tabulatori</translation>
    </message>
    <message>
        <source>DNS &amp;trace</source>
        <translation>&amp;Urmărire DNS</translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation>Scenariu &amp;ipotetic</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Auditing %1 with the what-if overlay…</source>
        <translation>Se auditează %1 cu suprapunerea ipotetică…</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>Se auditează %1…</translation>
    </message>
    <message>
        <source>Domain audit of %1 cancelled</source>
        <translation>Auditul domeniului %1 a fost anulat</translation>
    </message>
    <message>
        <source>Domain audit of %1 done in %2 ms</source>
        <translation>Auditul domeniului %1 s-a încheiat în %2 ms</translation>
    </message>
    <message>
        <source>No SPF record evaluated.</source>
        <translation>Nicio înregistrare SPF evaluată.</translation>
    </message>
    <message>
        <source>%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed (RFC 7208 §4.6.4).</source>
        <translation>%1 interogări DNS din 10 permise, %2 interogări fără rezultat din 2 permise (RFC 7208 §4.6.4).</translation>
    </message>
    <message>
        <source>The 11th lookup is &quot;%1&quot; in the record of %2 (highlighted).</source>
        <translation>A 11-a interogare este „%1” în înregistrarea pentru %2 (evidențiată).</translation>
    </message>
    <message>
        <source>The third void lookup happens in the record of %1 (highlighted).</source>
        <translation>A treia interogare fără rezultat are loc în înregistrarea pentru %1 (evidențiată).</translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 info, %5 passed</source>
        <translation>%1: %2 erori, %3 avertismente, %4 info, %5 trecute</translation>
    </message>
    <message>
        <source>(cancelled: partial results)</source>
        <translation>(anulat: rezultate parțiale)</translation>
    </message>
    <message>
        <source>(what-if overlay applied: marked answers are not published)</source>
        <translation>(suprapunere ipotetică aplicată: răspunsurile marcate nu sunt publicate)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constatare</numerusform>
            <numerusform>%n constatări</numerusform>
            <numerusform>%n de constatări</numerusform>
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
        <translation>(fără FCrDNS)</translation>
    </message>
    <message>
        <source>Version: must be DMARC1 and come first (RFC 7489 §6.3)</source>
        <translation>Versiune: trebuie să fie DMARC1 și să fie prima (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Policy for mail failing DMARC: none (monitor), quarantine (spam folder), reject (RFC 7489 §6.3)</source>
        <translation>Politica pentru e-mailurile care eșuează la DMARC: none (monitorizare), quarantine (dosarul de spam), reject (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Policy for subdomains; p= applies when absent (RFC 7489 §6.3)</source>
        <translation>Politica pentru subdomenii; dacă lipsește, se aplică p= (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Policy for non-existent subdomains (RFC 9091, DMARCbis)</source>
        <translation>Politica pentru subdomeniile inexistente (RFC 9091, DMARCbis)</translation>
    </message>
    <message>
        <source>DKIM alignment: r (relaxed, same organizational domain) or s (strict, exact domain) (RFC 7489 §3.1.1)</source>
        <translation>Alinierea DKIM: r (relaxed, același domeniu organizațional) sau s (strict, domeniu exact) (RFC 7489 §3.1.1)</translation>
    </message>
    <message>
        <source>SPF alignment: r (relaxed) or s (strict) (RFC 7489 §3.1.2)</source>
        <translation>Alinierea SPF: r (relaxed) sau s (strict) (RFC 7489 §3.1.2)</translation>
    </message>
    <message>
        <source>Percentage of failing mail the policy applies to (RFC 7489 §6.3; removed by DMARCbis, use t=y)</source>
        <translation>Procentul de e-mailuri eșuate căruia i se aplică politica (RFC 7489 §6.3; eliminat de DMARCbis, folosiți t=y)</translation>
    </message>
    <message>
        <source>When failure reports are wanted: 0 all fail, 1 any fails, d DKIM fails, s SPF fails (RFC 7489 §6.3)</source>
        <translation>Când se doresc rapoarte de eșec: 0 toate eșuează, 1 oricare eșuează, d DKIM eșuează, s SPF eșuează (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Where aggregate reports go: mailto: URIs; other domains must authorize it (RFC 7489 §7.1)</source>
        <translation>Unde merg rapoartele agregate: URI-uri mailto:; alte domenii trebuie să autorizeze acest lucru (RFC 7489 §7.1)</translation>
    </message>
    <message>
        <source>Where failure (forensic) reports go; few receivers send them (RFC 7489 §6.3)</source>
        <translation>Unde merg rapoartele de eșec (forensic); puțini receptori le trimit (RFC 7489 §6.3)</translation>
    </message>
    <message>
        <source>Failure report format: afrf (RFC 7489 §6.3; removed by DMARCbis)</source>
        <translation>Formatul rapoartelor de eșec: afrf (RFC 7489 §6.3; eliminat de DMARCbis)</translation>
    </message>
    <message>
        <source>Aggregate report interval in seconds, default 86400 (RFC 7489 §6.3; removed by DMARCbis)</source>
        <translation>Intervalul rapoartelor agregate în secunde, implicit 86400 (RFC 7489 §6.3; eliminat de DMARCbis)</translation>
    </message>
    <message>
        <source>Testing mode: y asks receivers not to apply the policy fully (DMARCbis)</source>
        <translation>Mod de testare: y le cere receptorilor să nu aplice politica integral (DMARCbis)</translation>
    </message>
    <message>
        <source>Public suffix domain flag: y, n or u (DMARCbis)</source>
        <translation>Indicator de domeniu sufix public: y, n sau u (DMARCbis)</translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation>(nicio înregistrare)</translation>
    </message>
    <message>
        <source>Organizational domain: %1</source>
        <translation>Domeniu organizațional: %1</translation>
    </message>
    <message>
        <source>Inherited from the organizational domain %1</source>
        <translation>Moștenit de la domeniul organizațional %1</translation>
    </message>
    <message>
        <source>Policy in force: %1</source>
        <translation>Politică în vigoare: %1</translation>
    </message>
    <message>
        <source>none (unusable record)</source>
        <translation>none (înregistrare inutilizabilă)</translation>
    </message>
    <message>
        <source>Unknown tag: receivers ignore it</source>
        <translation>Etichetă necunoscută: receptorii o ignoră</translation>
    </message>
    <message>
        <source>(syntax)</source>
        <translation>(sintaxă)</translation>
    </message>
    <message>
        <source>%1 (guessed: %2)</source>
        <translation>%1 (ghicit: %2)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocată</translation>
    </message>
    <message>
        <source>testing (t=y)</source>
        <translation>testare (t=y)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciuna)</translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation>MTA-STS</translation>
    </message>
    <message>
        <source>Policy URL</source>
        <translation>URL-ul politicii</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Stare HTTP</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mod</translation>
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
        <translation>Tipare MX</translation>
    </message>
    <message>
        <source>TLS-RPT</source>
        <translation>TLS-RPT</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rapoarte către</translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation>BIMI</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>Găsit la</translation>
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
        <translation>%1 octeți (HTTP %2)</translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation>DNSSEC</translation>
    </message>
    <message>
        <source>answers authenticated (AD bit set by the resolver)</source>
        <translation>răspunsuri autentificate (bit AD setat de resolver)</translation>
    </message>
    <message>
        <source>answers not authenticated (no AD bit)</source>
        <translation>răspunsuri neautentificate (fără bit AD)</translation>
    </message>
    <message>
        <source>pending…</source>
        <translation>în așteptare…</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message numerus="yes">
        <source>Looking up the SPF tree… %n record(s) reached so far.</source>
        <translation>
            <numerusform>Se interoghează arborele SPF… %n înregistrare atinsă până acum.</numerusform>
            <numerusform>Se interoghează arborele SPF… %n înregistrări atinse până acum.</numerusform>
            <numerusform>Se interoghează arborele SPF… %n de înregistrări atinse până acum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before every answer arrived; run again for this item.</source>
        <translation>Oprit înainte de sosirea tuturor răspunsurilor; rulați din nou pentru acest element.</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>nicio constatare</translation>
    </message>
    <message>
        <source>SPF: %1.</source>
        <translation>SPF: %1.</translation>
    </message>
    <message>
        <source>SPF: %1; the tree below is what was looked up until then.</source>
        <translation>SPF: %1; arborele de mai jos arată ce s-a interogat până atunci.</translation>
    </message>
    <message>
        <source>SPF: %1</source>
        <translation>SPF: %1</translation>
    </message>
    <message numerus="yes">
        <source>so far; %n item(s) still pending…</source>
        <translation>
            <numerusform>până acum; %n element încă în așteptare…</numerusform>
            <numerusform>până acum; %n elemente încă în așteptare…</numerusform>
            <numerusform>până acum; %n de elemente încă în așteptare…</numerusform>
        </translation>
    </message>
    <message>
        <source>No MX hosts: %1 does not exist (NXDOMAIN), so mail to it cannot be delivered and mail from it is rejected.</source>
        <translation>Nicio gazdă MX: %1 nu există (NXDOMAIN), deci e-mailul către el nu poate fi livrat, iar cel de la el este respins.</translation>
    </message>
    <message>
        <source>No MX record: %1 has none, so senders fall back to its address records (implicit MX, RFC 5321 §5.1).</source>
        <translation>Nicio înregistrare MX: %1 nu are, deci expeditorii folosesc înregistrările sale de adresă (MX implicit, RFC 5321 §5.1).</translation>
    </message>
    <message>
        <source>No MX hosts: %1 publishes a null MX: it accepts no mail (RFC 7505).</source>
        <translation>Nicio gazdă MX: %1 publică un MX nul: nu acceptă e-mail (RFC 7505).</translation>
    </message>
    <message>
        <source>No usable MX host: see the findings of &quot;%1&quot;.</source>
        <translation>Nicio gazdă MX utilizabilă: vedeți constatările pentru „%1”.</translation>
    </message>
    <message>
        <source>No MX hosts shown: the MX lookup of %1 failed (%2).</source>
        <translation>Nu se afișează gazde MX: interogarea MX pentru %1 a eșuat (%2).</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>neverificat</translation>
    </message>
    <message>
        <source>DNS lookups failed: no server answered (see the DNS trace)</source>
        <translation>Interogările DNS au eșuat: niciun server nu a răspuns (vedeți traseul DNS)</translation>
    </message>
    <message>
        <source>the domain does not exist (NXDOMAIN): it has no MX hosts to check</source>
        <translation>domeniul nu există (NXDOMAIN): nu are gazde MX de verificat</translation>
    </message>
    <message>
        <source>key published</source>
        <translation>cheie publicată</translation>
    </message>
    <message>
        <source>no key published (NXDOMAIN: the name does not exist)</source>
        <translation>nicio cheie publicată (NXDOMAIN: numele nu există)</translation>
    </message>
    <message>
        <source>no key published (no TXT record at the name)</source>
        <translation>nicio cheie publicată (nicio înregistrare TXT la acest nume)</translation>
    </message>
    <message>
        <source>key record invalid: verifiers cannot use it</source>
        <translation>înregistrarea cheii este invalidă: verificatorii nu o pot folosi</translation>
    </message>
    <message>
        <source>key revoked (empty p=)</source>
        <translation>cheie revocată (p= gol)</translation>
    </message>
    <message>
        <source>lookup failed (%1)</source>
        <translation>interogarea a eșuat (%1)</translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation>interogarea a eșuat: %1</translation>
    </message>
    <message>
        <source>%1: no DNS server answered</source>
        <translation>%1: niciun server DNS nu a răspuns</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ExportDialog</name>
    <message>
        <source>&amp;Redact addresses, bodies and URL tokens</source>
        <translation>&amp;Anonimizează adresele, corpurile și tokenurile din URL-uri</translation>
    </message>
    <message>
        <source>Include DNS and SMTP &amp;transcripts</source>
        <translation>Include &amp;transcrierile DNS și SMTP</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation>HTML (un singur fișier autonom)</translation>
    </message>
    <message>
        <source>Markdown (for Jira, Zendesk, GitHub)</source>
        <translation>Markdown (pentru Jira, Zendesk, GitHub)</translation>
    </message>
    <message>
        <source>JSON (stable schema)</source>
        <translation>JSON (schemă stabilă)</translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation>PDF (A4)</translation>
    </message>
    <message>
        <source>Replace recipient addresses, local parts, message bodies and tracking tokens in URLs with stable placeholders, so the report can leave the company.</source>
        <translation>Înlocuiește adresele destinatarilor, părțile locale, corpurile mesajelor și tokenurile de urmărire din URL-uri cu substituenți stabili, astfel încât raportul să poată ieși din companie.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportă…</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fișiere HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Fișiere Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fișiere JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fișiere PDF (*.pdf)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Toate fișierele (*)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::FindingsModel</name>
    <message>
        <source>What to do: %1</source>
        <translation>Ce trebuie făcut: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referință: %1</translation>
    </message>
    <message>
        <source>Filter rules: %1</source>
        <translation>Reguli de filtrare: %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatare</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificare</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::FindingsPanel</name>
    <message>
        <source>Filter findings</source>
        <translation>Filtrează constatările</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::HeaderTableModel</name>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nume</translation>
    </message>
    <message>
        <source>Decoded value</source>
        <translation>Valoare decodificată</translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation>Valoare brută</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::KeychainPasswordProvider</name>
    <message>
        <source>no password for %1 in the keychain (use &quot;Set password…&quot;)</source>
        <translation>nicio parolă pentru %1 în portchei (folosiți „Setează parola…”)</translation>
    </message>
    <message>
        <source>no keychain service is available for %1 (%2)</source>
        <translation>niciun serviciu de portchei nu este disponibil pentru %1 (%2)</translation>
    </message>
    <message>
        <source>access to the keychain was denied for %1 (%2)</source>
        <translation>accesul la portchei a fost refuzat pentru %1 (%2)</translation>
    </message>
    <message>
        <source>this platform has no keychain support (%1)</source>
        <translation>această platformă nu acceptă portchei (%1)</translation>
    </message>
    <message>
        <source>the keychain failed for %1: %2</source>
        <translation>portcheiul a eșuat pentru %1: %2</translation>
    </message>
    <message>
        <source>the seed needs an address and an IMAP host before it can have a password</source>
        <translation>căsuța seed are nevoie de o adresă și de o gazdă IMAP înainte de a putea avea o parolă</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s for %2</source>
        <translation>portcheiul nu a răspuns în %1 s pentru %2</translation>
    </message>
    <message>
        <source>the keychain entry for %1 is empty</source>
        <translation>intrarea din portchei pentru %1 este goală</translation>
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
        <translation>&amp;Deschide…</translation>
    </message>
    <message>
        <source>Open .eml, mbox or other message files</source>
        <translation>Deschide fișiere .eml, mbox sau alte fișiere de mesaje</translation>
    </message>
    <message>
        <source>Open &amp;Maildir Folder…</source>
        <translation>Deschide dosar &amp;Maildir…</translation>
    </message>
    <message>
        <source>&amp;Paste Message</source>
        <translation>&amp;Lipește mesajul</translation>
    </message>
    <message>
        <source>Open the message or header block on the clipboard</source>
        <translation>Deschide mesajul sau blocul de antete din clipboard</translation>
    </message>
    <message>
        <source>Open S&amp;ample Case</source>
        <translation>Deschide cazul de e&amp;xemplu</translation>
    </message>
    <message>
        <source>&amp;Close Message</source>
        <translation>În&amp;chide mesajul</translation>
    </message>
    <message>
        <source>Save &amp;Part As…</source>
        <translation>Salvează &amp;partea ca…</translation>
    </message>
    <message>
        <source>C&amp;lear Recent Files</source>
        <translation>Gol&amp;ește fișierele recente</translation>
    </message>
    <message>
        <source>Cancel &amp;Loading</source>
        <translation>Anulează în&amp;cărcarea</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Setări…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Raw Source</source>
        <translation>Sursă &amp;brută</translation>
    </message>
    <message>
        <source>&amp;MIME Structure</source>
        <translation>Structură &amp;MIME</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Antete</translation>
    </message>
    <message>
        <source>Received &amp;Timeline</source>
        <translation>Cronologie &amp;Received</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>Mesajul &amp;următor</translation>
    </message>
    <message>
        <source>P&amp;revious Message</source>
        <translation>Mesajul &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Filter Findings</source>
        <translation>&amp;Filtrează constatările</translation>
    </message>
    <message>
        <source>&amp;About Deliverbench</source>
        <translation>&amp;Despre Deliverbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Deschise &amp;recent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Constatări</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>Case inputs</source>
        <translation>Intrările cazului</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatări</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Niciun fișier recent</translation>
    </message>
    <message>
        <source>Open Messages</source>
        <translation>Deschide mesaje</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)</source>
        <translation>Mesaje (*.eml *.msg *.txt *.mbox *.mbx);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Open Maildir Folder</source>
        <translation>Deschide dosar Maildir</translation>
    </message>
    <message>
        <source>This build has no bundled sample case.</source>
        <translation>Această versiune nu conține un caz de exemplu.</translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation>Clipboardul nu conține text.</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Se deschide %1…</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n input(s)…</source>
        <translation>
            <numerusform>Se deschide %n intrare…</numerusform>
            <numerusform>Se deschid %n intrări…</numerusform>
            <numerusform>Se deschid %n de intrări…</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation>Deschiderea a fost anulată.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n message(s).</source>
        <translation>
            <numerusform>A fost deschis %n mesaj.</numerusform>
            <numerusform>Au fost deschise %n mesaje.</numerusform>
            <numerusform>Au fost deschise %n de mesaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>dropped message</source>
        <translation>mesaj plasat</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>text plasat</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>Caz &amp;nou</translation>
    </message>
    <message>
        <source>Close the current case and start an empty one</source>
        <translation>Închide cazul curent și începe unul gol</translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>Deschide ca&amp;z…</translation>
    </message>
    <message>
        <source>Open a saved case (.dbcase)</source>
        <translation>Deschide un caz salvat (.dbcase)</translation>
    </message>
    <message>
        <source>&amp;Save Case</source>
        <translation>Sal&amp;vează cazul</translation>
    </message>
    <message>
        <source>Save Case &amp;As…</source>
        <translation>Salvează cazul c&amp;a…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Exp&amp;ortă raportul…</translation>
    </message>
    <message>
        <source>Write the case&apos;s report as HTML, Markdown, JSON or PDF</source>
        <translation>Scrie raportul cazului ca HTML, Markdown, JSON sau PDF</translation>
    </message>
    <message>
        <source>Re-chec&amp;k Case</source>
        <translation>Reveri&amp;fică cazul</translation>
    </message>
    <message>
        <source>Run the case&apos;s checks again now and show what changed since</source>
        <translation>Rulează din nou acum verificările cazului și arată ce s-a schimbat de atunci</translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Caz fără titlu</translation>
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
        <translation>Modificări nesalvate</translation>
    </message>
    <message>
        <source>The case “%1” has unsaved changes. Save them?</source>
        <translation>Cazul „%1” are modificări nesalvate. Le salvați?</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Salvează cazul</translation>
    </message>
    <message>
        <source>case.%1</source>
        <translation>caz.%1</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Deschide caz</translation>
    </message>
    <message>
        <source>Deliverbench cases (*.dbcase);;All files (*)</source>
        <translation>Cazuri Deliverbench (*.dbcase);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation>Cazul nu a putut fi deschis.</translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation>Cazul nu a putut fi deschis</translation>
    </message>
    <message>
        <source>%1

The case file was not changed.</source>
        <translation>%1

Fișierul cazului nu a fost modificat.</translation>
    </message>
    <message>
        <source>Restored the unsaved changes from the recovery file.</source>
        <translation>Modificările nesalvate au fost restaurate din fișierul de recuperare.</translation>
    </message>
    <message>
        <source>Opened the case %1.</source>
        <translation>S-a deschis cazul %1.</translation>
    </message>
    <message>
        <source>Save Case As</source>
        <translation>Salvează cazul ca</translation>
    </message>
    <message>
        <source>The case was not saved.</source>
        <translation>Cazul nu a fost salvat.</translation>
    </message>
    <message>
        <source>Could not save the case</source>
        <translation>Cazul nu a putut fi salvat</translation>
    </message>
    <message>
        <source>%1

The previous version of the file, if any, is unchanged.</source>
        <translation>%1

Versiunea anterioară a fișierului, dacă există, nu a fost modificată.</translation>
    </message>
    <message>
        <source>Saved the case to %1.</source>
        <translation>Cazul a fost salvat în %1.</translation>
    </message>
    <message>
        <source>Saving the case…</source>
        <translation>Se salvează cazul…</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Salvarea automată a eșuat: %1</translation>
    </message>
    <message>
        <source>report</source>
        <translation>raport</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportă raportul</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Se scrie raportul…</translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation>Raportul nu a fost scris.</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Raportul nu a putut fi exportat</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Raportul a fost scris în %1.</translation>
    </message>
    <message>
        <source>Re-checking the case… %1 of %2</source>
        <translation>Se reverifică cazul… %1 din %2</translation>
    </message>
    <message>
        <source>Re-check: nothing changed since the case was recorded.</source>
        <translation>Reverificare: nimic nu s-a schimbat de când a fost înregistrat cazul.</translation>
    </message>
    <message numerus="yes">
        <source>Re-check: %n change(s) since the case was recorded.</source>
        <translation>
            <numerusform>Reverificare: %n modificare de când a fost înregistrat cazul.</numerusform>
            <numerusform>Reverificare: %n modificări de când a fost înregistrat cazul.</numerusform>
            <numerusform>Reverificare: %n de modificări de când a fost înregistrat cazul.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check cancelled.</source>
        <translation>Reverificarea a fost anulată.</translation>
    </message>
    <message>
        <source>Re-checking the case…</source>
        <translation>Se reverifică cazul…</translation>
    </message>
    <message>
        <source>&amp;Batch Triage of Mbox or Files…</source>
        <translation>&amp;Triere în lot a unui mbox sau a unor fișiere…</translation>
    </message>
    <message>
        <source>Pick an mbox (or .eml files) of bounces or seed copies and triage it in the Batch tab</source>
        <translation>Alege un mbox (sau fișiere .eml) cu mesaje returnate sau copii seed și triază-l în fila Lot</translation>
    </message>
    <message>
        <source>Batch Triage of &amp;Folder or Maildir…</source>
        <translation>Triere în lot a unui &amp;dosar sau Maildir…</translation>
    </message>
    <message>
        <source>Pick a folder or Maildir and triage it in the Batch tab</source>
        <translation>Alege un dosar sau Maildir și triază-l în fila Lot</translation>
    </message>
    <message>
        <source>&amp;Compare Messages…</source>
        <translation>&amp;Compară mesaje…</translation>
    </message>
    <message>
        <source>Open the Diff tab; with two messages in the case, compare them</source>
        <translation>Deschide fila Diferențe; dacă în caz sunt două mesaje, le compară</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Instrumente</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Spațiu de lucru</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Reverificare</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MessageLoader</name>
    <message>
        <source>No message found in %1</source>
        <translation>Niciun mesaj găsit în %1</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1 nu poate fi deschis</translation>
    </message>
    <message>
        <source>%1 is not a message or a header block.</source>
        <translation>%1 nu este un mesaj sau un bloc de antete.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MessagePage</name>
    <message>
        <source>&amp;Raw Source</source>
        <translation>Sursă &amp;brută</translation>
    </message>
    <message>
        <source>&amp;MIME Structure</source>
        <translation>Structură &amp;MIME</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Antete</translation>
    </message>
    <message>
        <source>Received &amp;Timeline</source>
        <translation>Cronologie &amp;Received</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. Findings beyond that point cannot be highlighted here.</source>
        <translation>Se afișează primii %1 din %2. Constatările de după acest punct nu pot fi evidențiate aici.</translation>
    </message>
    <message>
        <source>Headers of the message</source>
        <translation>Antetele mesajului</translation>
    </message>
    <message>
        <source>Headers of part %1</source>
        <translation>Antetele părții %1</translation>
    </message>
    <message>
        <source>The evidence of this finding is beyond the part of the message shown.</source>
        <translation>Dovada acestei constatări se află dincolo de porțiunea afișată a mesajului.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MimeTreeModel</name>
    <message>
        <source>Part %1</source>
        <translation>Partea %1</translation>
    </message>
    <message>
        <source>(message)</source>
        <translation>(mesaj)</translation>
    </message>
    <message>
        <source>Content-ID: %1</source>
        <translation>Content-ID: %1</translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation>Dispoziție: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Charset</source>
        <translation>Set de caractere</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificare</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensiune</translation>
    </message>
    <message>
        <source>Filename</source>
        <translation>Nume de fișier</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PartViewer</name>
    <message>
        <source>&amp;Show as:</source>
        <translation>&amp;Afișează ca:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automat</translation>
    </message>
    <message>
        <source>Decoded text</source>
        <translation>Text decodificat</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Save Part As…</source>
        <translation>Salvează partea ca…</translation>
    </message>
    <message>
        <source>Select a part in the MIME tree.</source>
        <translation>Selectați o parte în arborele MIME.</translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked: %n resource(s). Only images inside the message are shown.</source>
        <translation>
            <numerusform>Conținut la distanță blocat: %n resursă. Se afișează doar imaginile din mesaj.</numerusform>
            <numerusform>Conținut la distanță blocat: %n resurse. Se afișează doar imaginile din mesaj.</numerusform>
            <numerusform>Conținut la distanță blocat: %n de resurse. Se afișează doar imaginile din mesaj.</numerusform>
        </translation>
    </message>
    <message>
        <source>Link (not followed): %1</source>
        <translation>Link (nu este urmat): %1</translation>
    </message>
    <message>
        <source>Part %1 · %2 · %3</source>
        <translation>Partea %1 · %2 · %3</translation>
    </message>
    <message>
        <source>(message)</source>
        <translation>(mesaj)</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a container with %n part(s). Select one of its parts.</source>
        <translation>
            <numerusform>%1 este un container cu %n parte. Selectați una dintre părțile sale.</numerusform>
            <numerusform>%1 este un container cu %n părți. Selectați una dintre părțile sale.</numerusform>
            <numerusform>%1 este un container cu %n de părți. Selectați una dintre părțile sale.</numerusform>
        </translation>
    </message>
    <message>
        <source>[… truncated for display; save the part to see all of it]</source>
        <translation>[… trunchiat pentru afișare; salvați partea pentru a o vedea integral]</translation>
    </message>
    <message>
        <source>Save Part As</source>
        <translation>Salvează partea ca</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 nu a putut fi salvat: %2</translation>
    </message>
    <message>
        <source>Saved part %1 to %2</source>
        <translation>Partea %1 a fost salvată în %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementMatrixModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
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
        <translation>Furnizor</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Căsuțe seed</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementPage</name>
    <message>
        <source>Placement</source>
        <translation>Plasare</translation>
    </message>
    <message>
        <source>&amp;Open Seed List…</source>
        <translation>&amp;Deschide lista seed…</translation>
    </message>
    <message>
        <source>&amp;Save Seed List…</source>
        <translation>&amp;Salvează lista seed…</translation>
    </message>
    <message>
        <source>&amp;Add Seed</source>
        <translation>&amp;Adaugă căsuță seed</translation>
    </message>
    <message>
        <source>&amp;Remove Seed</source>
        <translation>&amp;Elimină căsuța seed</translation>
    </message>
    <message>
        <source>&amp;Discover Folders</source>
        <translation>Desc&amp;operă dosarele</translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation>Setează &amp;parola…</translation>
    </message>
    <message>
        <source>&amp;Import Vendor Results…</source>
        <translation>&amp;Importă rezultatele furnizorului…</translation>
    </message>
    <message>
        <source>Column mapping used to read a vendor export</source>
        <translation>Maparea coloanelor folosită pentru a citi un export al furnizorului</translation>
    </message>
    <message>
        <source>Campaign &amp;token:</source>
        <translation>&amp;Token campanie:</translation>
    </message>
    <message>
        <source>the token your campaign carries</source>
        <translation>tokenul pe care îl conține campania dvs.</translation>
    </message>
    <message>
        <source>in header</source>
        <translation>în antet</translation>
    </message>
    <message>
        <source>in subject</source>
        <translation>în subiect</translation>
    </message>
    <message>
        <source>Header field that carries the token</source>
        <translation>Câmpul de antet care conține tokenul</translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation>Durată de aștepta&amp;re:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to keep polling seeds that have no copy yet (0: poll each seed once)</source>
        <translation>Cât timp se continuă interogarea căsuțelor seed care nu au încă o copie (0: fiecare căsuță seed este interogată o singură dată)</translation>
    </message>
    <message>
        <source>&amp;Poll</source>
        <translation>&amp;Verifică</translation>
    </message>
    <message>
        <source>Search every seed box for the campaign (Ctrl+Return)</source>
        <translation>Caută campania în fiecare căsuță seed (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>%v / %m seeds</source>
        <translation>%v / %m căsuțe seed</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Verifică</translation>
    </message>
    <message>
        <source>Cancel Poll</source>
        <translation>Anulează verificarea</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrice</translation>
    </message>
    <message>
        <source>S&amp;eeds</source>
        <translation>&amp;Căsuțe seed</translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation>Te&amp;ndință</translation>
    </message>
    <message>
        <source>Open Seed List</source>
        <translation>Deschide lista seed</translation>
    </message>
    <message>
        <source>Seed lists (*.json *.csv);;All files (*)</source>
        <translation>Liste seed (*.json *.csv);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Save Seed List</source>
        <translation>Salvează lista seed</translation>
    </message>
    <message>
        <source>Seed Password</source>
        <translation>Parola căsuței seed</translation>
    </message>
    <message>
        <source>Password (or app password) for %1 on %2.
It is stored in the system keychain, never in the seed list.</source>
        <translation>Parola (sau parola de aplicație) pentru %1 pe %2.
Este stocată în portcheiul sistemului, niciodată în lista seed.</translation>
    </message>
    <message>
        <source>Import Vendor Results</source>
        <translation>Importă rezultatele furnizorului</translation>
    </message>
    <message>
        <source>Placement exports (*.csv *.json);;All files (*)</source>
        <translation>Exporturi de plasare (*.csv *.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>Cannot open the seed list %1: %2</source>
        <translation>Lista seed %1 nu poate fi deschisă: %2</translation>
    </message>
    <message numerus="yes">
        <source>Seed list %1: %n seed(s)</source>
        <translation>
            <numerusform>Lista seed %1: %n căsuță seed</numerusform>
            <numerusform>Lista seed %1: %n căsuțe seed</numerusform>
            <numerusform>Lista seed %1: %n de căsuțe seed</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the seed list %1: %2</source>
        <translation>Lista seed %1 nu poate fi scrisă: %2</translation>
    </message>
    <message>
        <source>Seed list saved to %1</source>
        <translation>Lista seed a fost salvată în %1</translation>
    </message>
    <message>
        <source>Password for %1 stored in the keychain</source>
        <translation>Parola pentru %1 a fost stocată în portchei</translation>
    </message>
    <message>
        <source>Password not stored: %1</source>
        <translation>Parola nu a fost stocată: %1</translation>
    </message>
    <message>
        <source>Discovering the folders of %1…</source>
        <translation>Se descoperă dosarele din %1…</translation>
    </message>
    <message>
        <source>Cannot discover folders: %1</source>
        <translation>Dosarele nu pot fi descoperite: %1</translation>
    </message>
    <message>
        <source>Folder discovery for %1 failed: %2</source>
        <translation>Descoperirea dosarelor pentru %1 a eșuat: %2</translation>
    </message>
    <message>
        <source>The seed was removed</source>
        <translation>Căsuța seed a fost eliminată</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n folder(s) listed, every role was already set</source>
        <translation>
            <numerusform>%1: %n dosar listat, toate rolurile erau deja setate</numerusform>
            <numerusform>%1: %n dosare listate, toate rolurile erau deja setate</numerusform>
            <numerusform>%1: %n de dosare listate, toate rolurile erau deja setate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Enter the campaign token (printable ASCII without spaces) before polling</source>
        <translation>Introduceți tokenul campaniei (ASCII imprimabil, fără spații) înainte de verificare</translation>
    </message>
    <message>
        <source>Enter the header field that carries the token</source>
        <translation>Introduceți câmpul de antet care conține tokenul</translation>
    </message>
    <message>
        <source>The seed list is empty</source>
        <translation>Lista seed este goală</translation>
    </message>
    <message numerus="yes">
        <source>Polling %n seed(s) for %1…</source>
        <translation>
            <numerusform>Se verifică %n căsuță seed pentru %1…</numerusform>
            <numerusform>Se verifică %n căsuțe seed pentru %1…</numerusform>
            <numerusform>Se verifică %n de căsuțe seed pentru %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <source>Poll cancelled; seeds not answered yet are marked as errors</source>
        <translation>Verificare anulată; căsuțele seed care nu au răspuns încă sunt marcate ca erori</translation>
    </message>
    <message>
        <source>Poll finished: %1</source>
        <translation>Verificare încheiată: %1</translation>
    </message>
    <message numerus="yes">
        <source>of %n seed(s) in the inbox</source>
        <translation>
            <numerusform>din %n căsuță seed în Inbox</numerusform>
            <numerusform>din %n căsuțe seed în Inbox</numerusform>
            <numerusform>din %n de căsuțe seed în Inbox</numerusform>
        </translation>
    </message>
    <message>
        <source>Placement per provider</source>
        <translation>Plasare per furnizor</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Căsuțe seed</translation>
    </message>
    <message>
        <source>Inbox rate per provider across runs</source>
        <translation>Rata de Inbox per furnizor de-a lungul rulărilor</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Rulare</translation>
    </message>
    <message>
        <source>Inbox rate</source>
        <translation>Rata de Inbox</translation>
    </message>
    <message>
        <source>The placement history could not be opened: %1</source>
        <translation>Istoricul plasărilor nu a putut fi deschis: %1</translation>
    </message>
    <message>
        <source>The run was not stored in the history: %1</source>
        <translation>Rularea nu a fost stocată în istoric: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; — %3</source>
        <translation>%1 &lt;%2&gt; — %3</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dosar: %1</translation>
    </message>
    <message>
        <source>Arrival: %1</source>
        <translation>Sosire: %1</translation>
    </message>
    <message>
        <source>Delay since send: %1</source>
        <translation>Întârziere de la trimitere: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Eroare: %1</translation>
    </message>
    <message>
        <source>Delivered header block (UID %1 in %2; double-click the row to open the whole message):</source>
        <translation>Blocul de antete livrat (UID %1 în %2; faceți dublu clic pe rând pentru a deschide întregul mesaj):</translation>
    </message>
    <message>
        <source>%1 has no delivered copy to open</source>
        <translation>%1 nu are nicio copie livrată de deschis</translation>
    </message>
    <message>
        <source>Fetching the copy delivered to %1…</source>
        <translation>Se preia copia livrată la %1…</translation>
    </message>
    <message>
        <source>Cannot fetch the copy: %1</source>
        <translation>Copia nu poate fi preluată: %1</translation>
    </message>
    <message>
        <source>Cannot fetch the copy delivered to %1: %2</source>
        <translation>Copia livrată la %1 nu poate fi preluată: %2</translation>
    </message>
    <message>
        <source>Opened the copy delivered to %1 (%2)</source>
        <translation>S-a deschis copia livrată la %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Unknown column mapping preset %1</source>
        <translation>Presetare necunoscută de mapare a coloanelor %1</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 nu poate fi importat: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n seed result(s) from %1</source>
        <translation>
            <numerusform>S-a importat %n rezultat seed din %1</numerusform>
            <numerusform>S-au importat %n rezultate seed din %1</numerusform>
            <numerusform>S-au importat %n de rezultate seed din %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no seed list</source>
        <translation>nicio listă seed</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementSeedModel</name>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Tab: %1</source>
        <translation>Filă: %1</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
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
        <translation>Se verifică…</translation>
    </message>
    <message>
        <source>Double-click to open the delivered copy in the Message workspace</source>
        <translation>Faceți dublu clic pentru a deschide copia livrată în spațiul de lucru Mesaj</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Plasare</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dosar</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Sosire</translation>
    </message>
    <message>
        <source>Delay since send</source>
        <translation>Întârziere de la trimitere</translation>
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
        <translation>%1 z %2 h</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(fără dată)</translation>
    </message>
    <message>
        <source>clock skew %1</source>
        <translation>decalaj de ceas %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>This hop&apos;s time is earlier than the previous hop&apos;s: the clocks of the two servers disagree.</source>
        <translation>Ora acestui salt este anterioară celei a saltului precedent: ceasurile celor două servere nu concordă.</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>Salt</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Întârziere</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De la</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Prin</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
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
        <translation>Recuperează cazul nesalvat</translation>
    </message>
    <message>
        <source>an untitled case</source>
        <translation>un caz fără titlu</translation>
    </message>
    <message>
        <source>the case %1</source>
        <translation>cazul %1</translation>
    </message>
    <message>
        <source>Deliverbench did not close cleanly last time. Changes to %1 were saved automatically at %2 but never saved to the case file.

Restore them?</source>
        <translation>Deliverbench nu s-a închis corect data trecută. Modificările la %1 au fost salvate automat la %2, dar nu au fost salvate niciodată în fișierul cazului.

Le restaurați?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurează</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>Re&amp;nunță la ele</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decide mai &amp;târziu</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::RelayBatteryModel</name>
    <message>
        <source>not tested</source>
        <translation>netestat</translation>
    </message>
    <message>
        <source>accepted (no recipient check)</source>
        <translation>acceptat (fără verificarea destinatarului)</translation>
    </message>
    <message>
        <source>relayed</source>
        <translation>retransmis</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatoriu</translation>
    </message>
    <message>
        <source>authentication required</source>
        <translation>autentificare obligatorie</translation>
    </message>
    <message>
        <source>session closed (421)</source>
        <translation>sesiune închisă (421)</translation>
    </message>
    <message>
        <source>deferred (temporary failure)</source>
        <translation>amânat (eșec temporar)</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respins</translation>
    </message>
    <message>
        <source>catch-all</source>
        <translation>catch-all</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>MAIL %1, RCPT %2, %3 ms
%4</source>
        <translation>MAIL %1, RCPT %2, %3 ms
%4</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variantă</translation>
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
        <translation>Răspuns</translation>
    </message>
    <message>
        <source>Accepted?</source>
        <translation>Acceptat?</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
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
        <translation>&amp;Gazdă[:port]:</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS când este oferit</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS obligatoriu</translation>
    </message>
    <message>
        <source>Implicit TLS (SMTPS, 465)</source>
        <translation>TLS implicit (SMTPS, 465)</translation>
    </message>
    <message>
        <source>Plain (no TLS)</source>
        <translation>Simplu (fără TLS)</translation>
    </message>
    <message>
        <source>How the probe uses TLS (RFC 3207 STARTTLS, RFC 8314 implicit TLS)</source>
        <translation>Cum folosește sonda TLS (RFC 3207 STARTTLS, RFC 8314 TLS implicit)</translation>
    </message>
    <message>
        <source>Probe &amp;domain:</source>
        <translation>&amp;Domeniu de test:</translation>
    </message>
    <message>
        <source>An external domain the relay tests try to send to (never your own)</source>
        <translation>Un domeniu extern către care testele de releu încearcă să trimită (niciodată propriul domeniu)</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>Timp &amp;limită:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long to wait for each reply</source>
        <translation>Cât timp se așteaptă fiecare răspuns</translation>
    </message>
    <message>
        <source>Run open-relay &amp;battery</source>
        <translation>Rulează &amp;bateria de teste de releu deschis</translation>
    </message>
    <message>
        <source>The 16 MAIL FROM / RCPT TO tricks of nmap&apos;s smtp-open-relay; DATA is never sent</source>
        <translation>Cele 16 trucuri MAIL FROM / RCPT TO din smtp-open-relay al nmap; DATA nu este trimis niciodată</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mod:</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Rulează</translation>
    </message>
    <message>
        <source>Probe the server (Ctrl+Return)</source>
        <translation>Sondează serverul (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Stop the probe (Esc)</source>
        <translation>Oprește sondarea (Esc)</translation>
    </message>
    <message>
        <source>Enter a host and press Run.</source>
        <translation>Introduceți o gazdă și apăsați Rulează.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>Relay &amp;Battery</source>
        <translation>Bateria de teste r&amp;eleu</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiază</translation>
    </message>
    <message>
        <source>Copy &amp;Transcript</source>
        <translation>Co&amp;piază transcrierea</translation>
    </message>
    <message>
        <source>Trans&amp;cript</source>
        <translation>Transcr&amp;iere</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Releu</translation>
    </message>
    <message>
        <source>Enter a host name or address, optionally with :port.</source>
        <translation>Introduceți un nume de gazdă sau o adresă, opțional cu :port.</translation>
    </message>
    <message>
        <source>Probing %1…</source>
        <translation>Se sondează %1…</translation>
    </message>
    <message>
        <source>Probing %1</source>
        <translation>Sondare %1</translation>
    </message>
    <message>
        <source>relay test %1</source>
        <translation>test de releu %1</translation>
    </message>
    <message>
        <source>catch-all test</source>
        <translation>test catch-all</translation>
    </message>
    <message>
        <source>Probe of %1 finished in %2 ms</source>
        <translation>Sondarea %1 s-a încheiat în %2 ms</translation>
    </message>
    <message>
        <source>Open relay: %1 of %2 relay tests were accepted</source>
        <translation>Releu deschis: %1 din %2 teste de releu au fost acceptate</translation>
    </message>
    <message>
        <source>Closed: all %1 relay tests were rejected</source>
        <translation>Închis: toate cele %1 teste de releu au fost respinse</translation>
    </message>
    <message>
        <source>Inconclusive, retry later: %1</source>
        <translation>Neconcludent, reîncercați mai târziu: %1</translation>
    </message>
    <message>
        <source>Relay battery not run</source>
        <translation>Bateria de teste de releu nu a fost rulată</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>(not resolved)</source>
        <translation>(nerezolvat)</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Banner time</source>
        <translation>Momentul bannerului</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>EHLO capabilities</source>
        <translation>Capabilități EHLO</translation>
    </message>
    <message>
        <source>EHLO not supported (HELO only)</source>
        <translation>EHLO nu este acceptat (doar HELO)</translation>
    </message>
    <message>
        <source>EHLO capabilities after TLS</source>
        <translation>Capabilități EHLO după TLS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>AUTH before TLS</source>
        <translation>AUTH înainte de TLS</translation>
    </message>
    <message>
        <source>AUTH after TLS</source>
        <translation>AUTH după TLS</translation>
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
        <translation>DNS invers</translation>
    </message>
    <message>
        <source>Forward-confirmed</source>
        <translation>Confirmat direct</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>da</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>Banner name</source>
        <translation>Numele din banner</translation>
    </message>
    <message>
        <source>Banner name matches PTR</source>
        <translation>Numele din banner corespunde cu PTR</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durată</translation>
    </message>
    <message>
        <source>TLS was not used.</source>
        <translation>TLS nu a fost folosit.</translation>
    </message>
    <message>
        <source>TLS (%1) failed: %2</source>
        <translation>TLS (%1) a eșuat: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4 bits), handshake %5 ms</source>
        <translation>%1: %2, %3 (%4 biți), negociere %5 ms</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implicit</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Verification: chain %1, name %2 %3</source>
        <translation>Verificare: lanț %1, nume %2 %3</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de încredere</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>nu este de încredere</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>corespunde</translation>
    </message>
    <message>
        <source>does not match</source>
        <translation>nu corespunde</translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation>Erori: %1</translation>
    </message>
    <message>
        <source>leaf</source>
        <translation>final</translation>
    </message>
    <message>
        <source>root</source>
        <translation>rădăcină</translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation>intermediar</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Nume alternative ale subiectului</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Emitent</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Valabil de la</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valabil până la</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Cheie</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 biți</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Număr de serie</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Autosemnat</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ReputationPage</name>
    <message>
        <source>&amp;Targets (IP addresses and domains, one per line):</source>
        <translation>Ț&amp;inte (adrese IP și domenii, câte una pe linie):</translation>
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
        <translation>Din &amp;mesaj</translation>
    </message>
    <message>
        <source>The selected message&apos;s sending IP and every URL host and domain in it</source>
        <translation>IP-ul expeditor al mesajului selectat și fiecare gazdă și domeniu din URL-urile din acesta</translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation>Server &amp;DNS:</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>resolverul sistemului</translation>
    </message>
    <message>
        <source>Your own recursive resolver (IP[:port]); many lists refuse queries from public resolvers</source>
        <translation>Propriul resolver recursiv (IP[:port]); multe liste refuză interogările de la resolvere publice</translation>
    </message>
    <message>
        <source>your list&apos;s zone, e.g. bl.example.net</source>
        <translation>zona listei dvs., de ex. bl.example.net</translation>
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
        <translation>Domenii</translation>
    </message>
    <message>
        <source>&amp;Add List</source>
        <translation>&amp;Adaugă listă</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
    <message>
        <source>Remove the selected list of yours (built-in lists can only be disabled)</source>
        <translation>Elimină lista selectată adăugată de dvs. (listele încorporate pot fi doar dezactivate)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toate</translation>
    </message>
    <message>
        <source>Enable every list</source>
        <translation>Activează toate listele</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>Disable every list</source>
        <translation>Dezactivează toate listele</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verifică</translation>
    </message>
    <message>
        <source>Check the targets against the enabled lists (Ctrl+Return)</source>
        <translation>Verifică țintele în listele activate (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Toate stările</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>Listat</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Necunoscut</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Curat</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Toate țintele</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtru…</translation>
    </message>
    <message>
        <source>&amp;Lists (%1 of %2 enabled):</source>
        <translation>&amp;Liste (%1 din %2 activate):</translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Reputație</translation>
    </message>
    <message>
        <source>Enter the DNS zone of the list, e.g. bl.example.net</source>
        <translation>Introduceți zona DNS a listei, de ex. bl.example.net</translation>
    </message>
    <message>
        <source>Built-in lists cannot be removed; uncheck them to skip them.</source>
        <translation>Listele încorporate nu pot fi eliminate; debifați-le pentru a le omite.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) found in the message</source>
        <translation>
            <numerusform>%n țintă găsită în mesaj</numerusform>
            <numerusform>%n ținte găsite în mesaj</numerusform>
            <numerusform>%n de ținte găsite în mesaj</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one IP address or domain.</source>
        <translation>Introduceți cel puțin o adresă IP sau un domeniu.</translation>
    </message>
    <message>
        <source>Not an IP address or domain: %1</source>
        <translation>Nu este o adresă IP sau un domeniu: %1</translation>
    </message>
    <message>
        <source>Enable at least one list.</source>
        <translation>Activați cel puțin o listă.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s)…</source>
        <translation>
            <numerusform>Se verifică %n țintă…</numerusform>
            <numerusform>Se verifică %n ținte…</numerusform>
            <numerusform>Se verifică %n de ținte…</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking; skipped (not an IP or domain): %1</source>
        <translation>Se verifică; omise (nu sunt IP sau domeniu): %1</translation>
    </message>
    <message>
        <source>Blocklist check cancelled</source>
        <translation>Verificarea în listele de blocare a fost anulată</translation>
    </message>
    <message>
        <source>Blocklist check finished in %1 ms</source>
        <translation>Verificarea în listele de blocare s-a încheiat în %1 ms</translation>
    </message>
    <message>
        <source>%1 (cancelled after %2 answers)</source>
        <translation>%1 (anulat după %2 răspunsuri)</translation>
    </message>
    <message>
        <source>New list &amp;zone:</source>
        <translation>&amp;Zona listei noi:</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ResolverFactory</name>
    <message>
        <source>Cannot read the zone file &apos;%1&apos;.</source>
        <translation>Fișierul de zonă „%1” nu poate fi citit.</translation>
    </message>
    <message>
        <source>The zone file &apos;%1&apos; is too large.</source>
        <translation>Fișierul de zonă „%1” este prea mare.</translation>
    </message>
    <message>
        <source>The zone file &apos;%1&apos; has errors: %2</source>
        <translation>Fișierul de zonă „%1” are erori: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SeedListModel</name>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>(discover)</source>
        <translation>(descoperire)</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresă</translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation>Gazdă IMAP</translation>
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
        <translation>Utilizator</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Coș de gunoi</translation>
    </message>
    <message>
        <source>Password variable</source>
        <translation>Variabilă pentru parolă</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>The language changes at the next start of Deliverbench.</source>
        <translation>Limba se schimbă la următoarea pornire a Deliverbench.</translation>
    </message>
    <message>
        <source>DNS for every check</source>
        <translation>DNS pentru toate verificările</translation>
    </message>
    <message>
        <source>System resolvers</source>
        <translation>Resolverele sistemului</translation>
    </message>
    <message>
        <source>Comma-separated: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53. Many blocklists refuse queries from public resolvers.</source>
        <translation>Separate prin virgulă: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53. Multe liste de blocare refuză interogările de la resolvere publice.</translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation>&amp;Servere:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout per try:</source>
        <translation>&amp;Timp limită per încercare:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Niciuna</translation>
    </message>
    <message>
        <source>Records in zone-file syntax that override or add to real answers, to see a check as if planned records were live.</source>
        <translation>Înregistrări în sintaxa fișierelor de zonă care înlocuiesc sau completează răspunsurile reale, pentru a vedea o verificare ca și cum înregistrările planificate ar fi active.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Răsfoiește…</translation>
    </message>
    <message>
        <source>What-if Zone File</source>
        <translation>Fișier de zonă ipotetic</translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt *.db);;All files (*)</source>
        <translation>Fișiere de zonă (*.zone *.txt *.db);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>&amp;What-if zone:</source>
        <translation>Zonă &amp;ipotetică:</translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot;: %2</source>
        <translation>Serverul DNS „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::Severity</name>
    <message>
        <source>Pass</source>
        <translation>Trecut</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Show %1 findings (%2)</source>
        <translation>Afișează constatările „%1” (%2)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SignedRangesView</name>
    <message>
        <source>l= cuts the body here</source>
        <translation>l= taie corpul aici</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SpfTreeModel</name>
    <message>
        <source>record</source>
        <translation>înregistrare</translation>
    </message>
    <message>
        <source>The 11th DNS lookup happens here (&quot;%1&quot;): past 10 lookups SPF evaluation ends in PermError (RFC 7208 §4.6.4)</source>
        <translation>A 11-a interogare DNS are loc aici („%1”): după 10 interogări, evaluarea SPF se încheie cu PermError (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>The third void lookup happens here: past 2 void lookups SPF evaluation ends in PermError (RFC 7208 §4.6.4)</source>
        <translation>A treia interogare fără rezultat are loc aici: după 2 interogări fără rezultat, evaluarea SPF se încheie cu PermError (RFC 7208 §4.6.4)</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domeniu</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Prin</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Interogări</translation>
    </message>
    <message>
        <source>Running total</source>
        <translation>Total cumulat</translation>
    </message>
    <message>
        <source>Subtree</source>
        <translation>Subarbore</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Fără rezultat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Înregistrare</translation>
    </message>
    <message>
        <source>pending…</source>
        <translation>în așteptare…</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::TranscriptModel</name>
    <message>
        <source>sent</source>
        <translation>trimis</translation>
    </message>
    <message>
        <source>received</source>
        <translation>primit</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>event</source>
        <translation>eveniment</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Timp (s)</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direcție</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::Translator</name>
    <message>
        <source>System default</source>
        <translation>Implicit sistem</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ZoneOverlayEditor</name>
    <message>
        <source>Records to use instead of the published ones, in zone-file syntax; names without a final dot are relative to the audited domain. Example: &lt;tt&gt;@ TXT &quot;v=spf1 mx -all&quot;&lt;/tt&gt;</source>
        <translation>Înregistrări de folosit în locul celor publicate, în sintaxa fișierelor de zonă; numele fără punct final sunt relative la domeniul auditat. Exemplu: &lt;tt&gt;@ TXT &quot;v=spf1 mx -all&quot;&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Golește</translation>
    </message>
    <message>
        <source>Remove the overlay; the next run uses the published records only</source>
        <translation>Elimină suprapunerea; următoarea rulare folosește doar înregistrările publicate</translation>
    </message>
    <message>
        <source>&amp;Apply what-if</source>
        <translation>&amp;Aplică scenariul ipotetic</translation>
    </message>
    <message>
        <source>Run the audit again as if these records were published (Ctrl+Shift+Return)</source>
        <translation>Rulează din nou auditul ca și cum aceste înregistrări ar fi publicate (Ctrl+Shift+Return)</translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation>linia %1: eroare: %2</translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation>linia %1: avertisment: %2</translation>
    </message>
    <message>
        <source>No overlay: real answers only.</source>
        <translation>Nicio suprapunere: doar răspunsuri reale.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n înregistrare</numerusform>
            <numerusform>%n înregistrări</numerusform>
            <numerusform>%n de înregistrări</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation>
            <numerusform>, %n eroare</numerusform>
            <numerusform>, %n erori</numerusform>
            <numerusform>, %n de erori</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap</name>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>răspuns mai mare de %1 octeți</translation>
    </message>
    <message>
        <source>empty response line</source>
        <translation>linie de răspuns goală</translation>
    </message>
    <message>
        <source>response does not start with a tag</source>
        <translation>răspunsul nu începe cu o etichetă</translation>
    </message>
    <message>
        <source>tagged response without OK, NO or BAD</source>
        <translation>răspuns etichetat fără OK, NO sau BAD</translation>
    </message>
    <message>
        <source>untagged response without data</source>
        <translation>răspuns neetichetat fără date</translation>
    </message>
    <message>
        <source>untagged number without a name</source>
        <translation>număr neetichetat fără nume</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ExamineTask</name>
    <message>
        <source>mailbox name with a line break</source>
        <translation>nume de căsuță poștală cu un salt de linie</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ImapSession</name>
    <message>
        <source>cannot reach %1:%2: %3</source>
        <translation>%1:%2 nu poate fi accesat: %3</translation>
    </message>
    <message>
        <source>TLS with %1:%2 failed: %3</source>
        <translation>TLS cu %1:%2 a eșuat: %3</translation>
    </message>
    <message>
        <source>%1:%2 timed out</source>
        <translation>%1:%2 a depășit timpul de așteptare</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection during the TLS handshake</source>
        <translation>%1:%2 a închis conexiunea în timpul negocierii TLS</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection</source>
        <translation>%1:%2 a închis conexiunea</translation>
    </message>
    <message>
        <source>%1:%2 closed the connection: %3</source>
        <translation>%1:%2 a închis conexiunea: %3</translation>
    </message>
    <message>
        <source>connection to %1:%2 failed: %3</source>
        <translation>conexiunea la %1:%2 a eșuat: %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conectare</translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation>așteptarea mesajului de întâmpinare</translation>
    </message>
    <message>
        <source>the TLS handshake after STARTTLS</source>
        <translation>negocierea TLS după STARTTLS</translation>
    </message>
    <message>
        <source>waiting for the reply to a command</source>
        <translation>așteptarea răspunsului la o comandă</translation>
    </message>
    <message>
        <source>%1:%2 timed out while %3</source>
        <translation>%1:%2 a depășit timpul de așteptare în timpul etapei: %3</translation>
    </message>
    <message>
        <source>unusable data from %1: %2</source>
        <translation>date inutilizabile de la %1: %2</translation>
    </message>
    <message>
        <source>unparsable response from %1: %2</source>
        <translation>răspuns imposibil de analizat de la %1: %2</translation>
    </message>
    <message>
        <source>command ended without a result</source>
        <translation>comanda s-a încheiat fără rezultat</translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation>%1 a refuzat conexiunea: %2</translation>
    </message>
    <message>
        <source>%1 pre-authenticated the connection; STARTTLS is impossible</source>
        <translation>%1 a pre-autentificat conexiunea; STARTTLS este imposibil</translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS</source>
        <translation>%1 nu oferă STARTTLS</translation>
    </message>
    <message>
        <source>the connection was closed before this command ran</source>
        <translation>conexiunea a fost închisă înainte de rularea acestei comenzi</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ImapTask</name>
    <message>
        <source>%1 failed: %2 %3</source>
        <translation>%1 a eșuat: %2 %3</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::LoginTask</name>
    <message>
        <source>the server does not allow LOGIN here (LOGINDISABLED) and offers no AUTH=PLAIN</source>
        <translation>serverul nu permite LOGIN aici (LOGINDISABLED) și nu oferă AUTH=PLAIN</translation>
    </message>
    <message>
        <source>the user name or password contains a line break</source>
        <translation>numele de utilizator sau parola conține un salt de linie</translation>
    </message>
    <message>
        <source>authentication failed for %1</source>
        <translation>autentificarea a eșuat pentru %1</translation>
    </message>
    <message>
        <source>authentication failed for %1: %2</source>
        <translation>autentificarea a eșuat pentru %1: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ResponseReader</name>
    <message>
        <source>the response stream is no longer usable after an earlier error</source>
        <translation>fluxul de răspuns nu mai poate fi folosit după o eroare anterioară</translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation>linie mai lungă de %1 octeți</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>răspuns mai mare de %1 octeți</translation>
    </message>
    <message>
        <source>literal size out of range</source>
        <translation>dimensiunea literalului este în afara intervalului</translation>
    </message>
    <message>
        <source>literal of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>literalul de %1 octeți depășește limita de %2 octeți</translation>
    </message>
    <message>
        <source>too many literals in one response</source>
        <translation>prea multe literale într-un singur răspuns</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::StartTlsTask</name>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation>serverul a refuzat STARTTLS: %1</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::Tokenizer</name>
    <message>
        <source>unterminated parenthesised list</source>
        <translation>listă între paranteze neterminată</translation>
    </message>
    <message>
        <source>unbalanced &apos;)&apos;</source>
        <translation>„)” neechilibrată</translation>
    </message>
    <message>
        <source>response has more than %1 values</source>
        <translation>răspunsul are mai mult de %1 valori</translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels</source>
        <translation>liste imbricate pe mai mult de %1 niveluri</translation>
    </message>
    <message>
        <source>line break inside a quoted string</source>
        <translation>salt de linie într-un șir între ghilimele</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>șir între ghilimele neterminat</translation>
    </message>
    <message>
        <source>literal size out of range</source>
        <translation>dimensiunea literalului este în afara intervalului</translation>
    </message>
    <message>
        <source>literal without a size</source>
        <translation>literal fără dimensiune</translation>
    </message>
    <message>
        <source>malformed literal size</source>
        <translation>dimensiune de literal incorectă</translation>
    </message>
    <message>
        <source>literal of %1 bytes exceeds the limit of %2 bytes</source>
        <translation>literalul de %1 octeți depășește limita de %2 octeți</translation>
    </message>
    <message>
        <source>literal size not followed by a line break</source>
        <translation>dimensiunea literalului nu este urmată de un salt de linie</translation>
    </message>
    <message>
        <source>literal shorter than announced</source>
        <translation>literal mai scurt decât s-a anunțat</translation>
    </message>
    <message>
        <source>control character 0x%1 in an atom</source>
        <translation>caracter de control 0x%1 într-un atom</translation>
    </message>
    <message>
        <source>line break inside a section</source>
        <translation>salt de linie într-o secțiune</translation>
    </message>
    <message>
        <source>unterminated section &apos;[&apos;</source>
        <translation>secțiune „[” neterminată</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caracter neașteptat „%1”</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::UidSearchTask</name>
    <message>
        <source>empty search criteria</source>
        <translation>criterii de căutare goale</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Mail</name>
    <message>
        <source>Other undefined status</source>
        <translation>Altă stare nedefinită</translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation>Altă stare a adresei</translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation>Adresă de căsuță poștală de destinație greșită</translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation>Adresă de sistem de destinație greșită</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation>Sintaxă greșită a adresei căsuței poștale de destinație</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation>Adresă de căsuță poștală de destinație ambiguă</translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation>Adresă de destinație validă</translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation>Căsuța poștală de destinație s-a mutat, nicio adresă de redirecționare</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation>Sintaxă greșită a adresei căsuței poștale a expeditorului</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation>Adresă de sistem a expeditorului greșită</translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <translation>Mesaj retransmis către un sistem de e-mail neconform</translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation>Adresa destinatarului are MX nul</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation>Altă stare sau stare nedefinită a căsuței poștale</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation>Căsuță poștală dezactivată, nu acceptă mesaje</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Căsuță poștală plină</translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation>Lungimea mesajului depășește limita administrativă</translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation>Problemă la extinderea listei de discuții</translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation>Altă stare sau stare nedefinită a sistemului de e-mail</translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation>Sistem de e-mail plin</translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation>Sistemul nu acceptă mesaje din rețea</translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation>Sistemul nu are capacitatea pentru funcțiile selectate</translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation>Mesaj prea mare pentru sistem</translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation>Sistem configurat incorect</translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation>Prioritatea solicitată a fost modificată</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation>Altă stare sau stare nedefinită a rețelei sau a rutării</translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation>Niciun răspuns de la gazdă</translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation>Conexiune defectuoasă</translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation>Defecțiune a serverului de director</translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation>Rutare imposibilă</translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation>Congestie a sistemului de e-mail</translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation>Buclă de rutare detectată</translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation>Timpul de livrare a expirat</translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation>Altă stare sau stare nedefinită a protocolului</translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation>Comandă nevalidă</translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation>Eroare de sintaxă</translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation>Prea mulți destinatari</translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation>Argumente de comandă nevalide</translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation>Versiune de protocol greșită</translation>
    </message>
    <message>
        <source>Authentication exchange line is too long</source>
        <translation>Linia schimbului de autentificare este prea lungă</translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation>Altă eroare sau eroare nedefinită de media</translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation>Media neacceptată</translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation>Conversie necesară, dar interzisă</translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation>Conversie necesară, dar neacceptată</translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation>Conversie efectuată cu pierderi</translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation>Conversia a eșuat</translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation>Conținutul mesajului nu este disponibil</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation>Adresele non-ASCII nu sunt permise pentru acest expeditor/destinatar</translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation>Este necesar un răspuns cu șir UTF-8, dar clientul SMTP nu îl permite</translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients</source>
        <translation>Mesajul cu antet UTF-8 nu poate fi transferat către unul sau mai mulți destinatari</translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation>Altă stare sau stare nedefinită de securitate</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation>Livrare neautorizată, mesaj refuzat</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation>Extinderea listei de discuții este interzisă</translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation>Conversie de securitate necesară, dar imposibilă</translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation>Funcții de securitate neacceptate</translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation>Eșec criptografic</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation>Algoritm criptografic neacceptat</translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation>Eșec al integrității mesajului</translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation>Date de autentificare nevalide</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation>Mecanismul de autentificare este prea slab</translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation>Este necesară criptarea</translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <translation>Criptarea este necesară pentru mecanismul de autentificare solicitat</translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation>Este necesară o tranziție a parolei</translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation>Cont de utilizator dezactivat</translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation>Este necesară o relație de încredere</translation>
    </message>
    <message>
        <source>Priority level is too low</source>
        <translation>Nivelul de prioritate este prea scăzut</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation>Mesajul este prea mare pentru prioritatea specificată</translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation>Proprietarul căsuței poștale s-a schimbat</translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation>Proprietarul domeniului s-a schimbat</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation>Testul RRVS nu poate fi finalizat</translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation>Nu s-a găsit nicio semnătură DKIM care să treacă</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation>Nu s-a găsit nicio semnătură DKIM acceptabilă</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation>Nu s-a găsit nicio semnătură DKIM validă corespunzătoare autorului</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>Validarea SPF a eșuat</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>Eroare de validare SPF</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation>Validarea DNS invers a eșuat</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation>Mai multe verificări de autentificare au eșuat</translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <translation>Adresa expeditorului are MX nul</translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation>Avalanșă de e-mailuri detectată</translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <translation>Eșec al validării ARC</translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation>Este necesar suport REQUIRETLS</translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation>Altă stare sau stare nedefinită</translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation>Stare de adresare</translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation>Starea căsuței poștale</translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation>Starea sistemului de e-mail</translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation>Stare de rețea și rutare</translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation>Starea protocolului de livrare a e-mailului</translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation>Starea conținutului sau a media a mesajului</translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation>Stare de securitate sau de politică</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succes</translation>
    </message>
    <message>
        <source>Persistent transient failure</source>
        <translation>Eșec temporar persistent</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>Eșec permanent</translation>
    </message>
    <message>
        <source>%1 is a directory, not a message file</source>
        <translation>%1 este un director, nu un fișier de mesaj</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 nu poate fi deschis: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Mail::MailboxReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 nu există</translation>
    </message>
    <message>
        <source>%1 is a folder but not a Maildir (no cur/ or new/)</source>
        <translation>%1 este un dosar, dar nu un Maildir (nu are cur/ sau new/)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 este gol</translation>
    </message>
    <message>
        <source>%1 does not look like an email message (no header field or mbox From line at the start)</source>
        <translation>%1 nu pare a fi un mesaj de e-mail (niciun câmp de antet sau linie From de mbox la început)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::MessageLint</name>
    <message>
        <source>Generate a unique Message-ID such as &lt;random@your-sending-domain&gt; in the sending application; receivers synthesize one otherwise and score the message.</source>
        <translation>Generați în aplicația de trimitere un Message-ID unic, de exemplu &lt;random@domeniul-dvs-de-trimitere&gt;; altfel, receptorii sintetizează unul și penalizează mesajul.</translation>
    </message>
    <message>
        <source>Address the recipient in To: instead of only in Bcc: or the envelope.</source>
        <translation>Adresați-vă destinatarului în To: în loc de doar în Bcc: sau în plic.</translation>
    </message>
    <message>
        <source>Make the sending application add a %1: field.</source>
        <translation>Configurați aplicația de trimitere să adauge un câmp %1:.</translation>
    </message>
    <message>
        <source>Missing %1 header field</source>
        <translation>Lipsește câmpul de antet %1</translation>
    </message>
    <message>
        <source>The message header has no %1: field.</source>
        <translation>Antetul mesajului nu are câmpul %1:.</translation>
    </message>
    <message>
        <source>Duplicate %1 header field</source>
        <translation>Câmp de antet %1 duplicat</translation>
    </message>
    <message>
        <source>%1 %2: fields (lines %3); RFC 5322 allows at most one. Gmail rejects such messages as not RFC 5322 compliant.</source>
        <translation>%1 câmpuri %2: (liniile %3); RFC 5322 permite cel mult unul. Gmail respinge astfel de mesaje ca neconforme cu RFC 5322.</translation>
    </message>
    <message>
        <source>Remove the extra %1: field; check that the application and the mail server do not both add one.</source>
        <translation>Eliminați câmpul %1: suplimentar; verificați ca aplicația și serverul de e-mail să nu adauge amândouă câte unul.</translation>
    </message>
    <message>
        <source>no &lt;id-left@id-right&gt; identifier could be read</source>
        <translation>nu a putut fi citit niciun identificator &lt;id-left@id-right&gt;</translation>
    </message>
    <message>
        <source>%1 identifiers where exactly one is allowed</source>
        <translation>%1 identificatori acolo unde este permis exact unul</translation>
    </message>
    <message>
        <source>the identifier does not follow the msg-id syntax</source>
        <translation>identificatorul nu respectă sintaxa msg-id</translation>
    </message>
    <message>
        <source>Invalid Message-ID</source>
        <translation>Message-ID nevalid</translation>
    </message>
    <message>
        <source>Message-ID &quot;%1&quot;: %2.</source>
        <translation>Message-ID „%1”: %2.</translation>
    </message>
    <message>
        <source>Generate Message-IDs of the form &lt;unique-part@your-domain&gt;, angle brackets included.</source>
        <translation>Generați Message-ID-uri de forma &lt;unique-part@your-domain&gt;, inclusiv parantezele unghiulare.</translation>
    </message>
    <message>
        <source>From has no valid address</source>
        <translation>From nu are o adresă validă</translation>
    </message>
    <message>
        <source>No mailbox could be read from the From: field%1.</source>
        <translation>Nu a putut fi citită nicio căsuță poștală din câmpul From:%1.</translation>
    </message>
    <message>
        <source>Write From: as &quot;Display Name&quot; &lt;local@domain&gt;.</source>
        <translation>Scrieți From: sub forma &quot;Nume afișat&quot; &lt;local@domain&gt;.</translation>
    </message>
    <message>
        <source>Several From addresses without Sender</source>
        <translation>Mai multe adrese From fără Sender</translation>
    </message>
    <message>
        <source>From: lists %1 mailboxes but there is no Sender: field.</source>
        <translation>From: listează %1 căsuțe poștale, dar nu există un câmp Sender:.</translation>
    </message>
    <message>
        <source>Use a single From address, or add a Sender: field naming the actual sender.</source>
        <translation>Folosiți o singură adresă From sau adăugați un câmp Sender: care numește expeditorul real.</translation>
    </message>
    <message>
        <source>Unreadable Date</source>
        <translation>Date ilizibil</translation>
    </message>
    <message>
        <source>The Date: value &quot;%1&quot; is not a date-time.</source>
        <translation>Valoarea Date: „%1” nu este o dată-oră.</translation>
    </message>
    <message>
        <source>Format Date: as in &quot;Tue, 4 Mar 2025 09:15:00 +0100&quot;.</source>
        <translation>Formatați Date: ca în „Tue, 4 Mar 2025 09:15:00 +0100”.</translation>
    </message>
    <message>
        <source>the oldest Received field (%1)</source>
        <translation>cel mai vechi câmp Received (%1)</translation>
    </message>
    <message>
        <source>the current time (%1), as the message has no dated Received field</source>
        <translation>ora curentă (%1), deoarece mesajul nu are niciun câmp Received datat</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 zile</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 ore</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minute</translation>
    </message>
    <message>
        <source>Date is in the future</source>
        <translation>Date este în viitor</translation>
    </message>
    <message>
        <source>Date: %1 is %2 after %3.</source>
        <translation>Date: %1 este cu %2 după %3.</translation>
    </message>
    <message>
        <source>Fix the clock or the time zone of the sending host (use NTP); Date must be the time the message was written.</source>
        <translation>Corectați ceasul sau fusul orar al gazdei expeditoare (folosiți NTP); Date trebuie să fie momentul în care a fost scris mesajul.</translation>
    </message>
    <message>
        <source>Date is far in the past</source>
        <translation>Date este mult în trecut</translation>
    </message>
    <message>
        <source>Date: %1 is %2 before %3.</source>
        <translation>Date: %1 este cu %2 înainte de %3.</translation>
    </message>
    <message>
        <source>Set Date when the message is sent, not when the template or the queue entry was created; check the sending host&apos;s clock.</source>
        <translation>Setați Date la trimiterea mesajului, nu la crearea șablonului sau a intrării din coadă; verificați ceasul gazdei expeditoare.</translation>
    </message>
    <message>
        <source>Nothing to do if this is an old message opened for reference.</source>
        <translation>Nu este nimic de făcut dacă este un mesaj vechi deschis ca referință.</translation>
    </message>
    <message>
        <source>Clock skew between relays</source>
        <translation>Decalaj de ceas între relee</translation>
    </message>
    <message>
        <source>The Received field of %1 is dated %2 seconds before the hop that handed the message to it; one of the clocks is wrong (this is skew, not delay).</source>
        <translation>Câmpul Received al %1 este datat cu %2 secunde înainte de saltul care i-a predat mesajul; unul dintre ceasuri este greșit (este un decalaj, nu o întârziere).</translation>
    </message>
    <message>
        <source>Nothing for the sender to do unless the host is yours: then synchronize its clock (NTP).</source>
        <translation>Expeditorul nu are nimic de făcut, cu excepția cazului în care gazda vă aparține: atunci sincronizați-i ceasul (NTP).</translation>
    </message>
    <message>
        <source>MIME headers without MIME-Version</source>
        <translation>Antete MIME fără MIME-Version</translation>
    </message>
    <message>
        <source>The message uses %1 but has no &quot;MIME-Version: 1.0&quot; field, so a strict reader treats it as plain RFC 5322 text.</source>
        <translation>Mesajul folosește %1, dar nu are câmpul „MIME-Version: 1.0”, așa că un cititor strict îl tratează ca text RFC 5322 simplu.</translation>
    </message>
    <message>
        <source>Add &quot;MIME-Version: 1.0&quot; to the message header.</source>
        <translation>Adăugați „MIME-Version: 1.0” în antetul mesajului.</translation>
    </message>
    <message>
        <source>MIME-Version is not 1.0</source>
        <translation>MIME-Version nu este 1.0</translation>
    </message>
    <message>
        <source>MIME-Version: &quot;%1&quot;; the only defined version is 1.0.</source>
        <translation>MIME-Version: „%1”; singura versiune definită este 1.0.</translation>
    </message>
    <message>
        <source>Write &quot;MIME-Version: 1.0&quot;.</source>
        <translation>Scrieți „MIME-Version: 1.0”.</translation>
    </message>
    <message>
        <source>Duplicate %1 field</source>
        <translation>Câmp %1 duplicat</translation>
    </message>
    <message>
        <source>%1 %2: fields in one header section; readers disagree on which one counts.</source>
        <translation>%1 câmpuri %2: într-o singură secțiune de antet; cititoarele nu sunt de acord asupra celui care contează.</translation>
    </message>
    <message>
        <source>Keep only one %1: field.</source>
        <translation>Păstrați un singur câmp %1:.</translation>
    </message>
    <message>
        <source>Raw 8-bit characters in header fields</source>
        <translation>Caractere brute pe 8 biți în câmpurile de antet</translation>
    </message>
    <message>
        <source>Unencoded UTF-8 in %1. This is only allowed when every hop supports SMTPUTF8 (RFC 6532); elsewhere use RFC 2047 encoded words.</source>
        <translation>UTF-8 necodificat în %1. Acest lucru este permis doar când fiecare salt acceptă SMTPUTF8 (RFC 6532); în rest folosiți cuvinte codificate RFC 2047.</translation>
    </message>
    <message>
        <source>Unencoded 8-bit octets that are not UTF-8 in %1; readers guess the charset and show garbage.</source>
        <translation>Octeți pe 8 biți necodificați care nu sunt UTF-8 în %1; cititoarele ghicesc setul de caractere și afișează caractere fără sens.</translation>
    </message>
    <message>
        <source>Encode non-ASCII header text as RFC 2047 encoded words (=?UTF-8?Q?...?=).</source>
        <translation>Codificați textul non-ASCII din antet sub formă de cuvinte codificate RFC 2047 (=?UTF-8?Q?...?=).</translation>
    </message>
    <message>
        <source>Missing closing boundary</source>
        <translation>Lipsește delimitatorul de închidere</translation>
    </message>
    <message>
        <source>The multipart body ends without the closing delimiter &quot;--%1--&quot;.</source>
        <translation>Corpul multipart se încheie fără delimitatorul de închidere „--%1--”.</translation>
    </message>
    <message>
        <source>End every multipart body with --boundary-- on a line of its own; a truncated message (size limit, broken pipe) also shows this.</source>
        <translation>Încheiați fiecare corp multipart cu --boundary-- pe o linie separată; un mesaj trunchiat (limită de dimensiune, conexiune întreruptă) prezintă și el această problemă.</translation>
    </message>
    <message>
        <source>Boundary never found</source>
        <translation>Delimitatorul nu a fost găsit niciodată</translation>
    </message>
    <message>
        <source>No delimiter line &quot;--%1&quot; occurs in the body, so the parts cannot be separated.</source>
        <translation>În corp nu apare nicio linie de delimitare „--%1”, deci părțile nu pot fi separate.</translation>
    </message>
    <message>
        <source>Make the boundary parameter match the delimiter lines exactly (case and quoting).</source>
        <translation>Faceți ca parametrul boundary să corespundă exact liniilor de delimitare (majuscule/minuscule și ghilimele).</translation>
    </message>
    <message>
        <source>Multipart without boundary</source>
        <translation>Multipart fără boundary</translation>
    </message>
    <message>
        <source>%1 has no boundary= parameter; the body was treated as one text part.</source>
        <translation>%1 nu are parametrul boundary=; corpul a fost tratat ca o singură parte text.</translation>
    </message>
    <message>
        <source>Add the boundary parameter to the Content-Type.</source>
        <translation>Adăugați parametrul boundary în Content-Type.</translation>
    </message>
    <message>
        <source>Invalid boundary</source>
        <translation>Boundary nevalid</translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is longer than 70 characters or uses characters outside RFC 2046&apos;s bchars.</source>
        <translation>Delimitatorul „%1” are mai mult de 70 de caractere sau folosește caractere din afara bchars din RFC 2046.</translation>
    </message>
    <message>
        <source>Use 1-70 characters from letters, digits and &apos;()+_,-./:=?.</source>
        <translation>Folosiți 1–70 de caractere dintre litere, cifre și &apos;()+_,-./:=?.</translation>
    </message>
    <message>
        <source>MIME nesting too deep</source>
        <translation>Imbricare MIME prea adâncă</translation>
    </message>
    <message>
        <source>Parsing stopped descending at depth %1; the rest is treated as one leaf. Scanners do the same and may miss content.</source>
        <translation>Analiza s-a oprit din coborâre la adâncimea %1; restul este tratat ca o singură frunză. Scanerele procedează la fel și pot rata conținut.</translation>
    </message>
    <message>
        <source>Flatten the structure; legitimate mail rarely nests more than a few levels.</source>
        <translation>Aplatizați structura; e-mailurile legitime rareori au mai mult de câteva niveluri de imbricare.</translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation>Linie de antet incorectă</translation>
    </message>
    <message>
        <source>A line in the header section is neither a field (name:value) nor a continuation: &quot;%1&quot;.</source>
        <translation>O linie din secțiunea de antete nu este nici un câmp (nume:valoare), nici o continuare: „%1”.</translation>
    </message>
    <message>
        <source>Fix the generator: every header line needs a field name and a colon, continuation lines start with a space or tab.</source>
        <translation>Corectați generatorul: fiecare linie de antet are nevoie de un nume de câmp și de două puncte, iar liniile de continuare încep cu un spațiu sau un tabulator.</translation>
    </message>
    <message>
        <source>No blank line after the header</source>
        <translation>Nicio linie goală după antet</translation>
    </message>
    <message>
        <source>The part has no empty line between its header fields and its body.</source>
        <translation>Partea nu are o linie goală între câmpurile de antet și corp.</translation>
    </message>
    <message>
        <source>Put an empty line after the header fields of every part.</source>
        <translation>Puneți o linie goală după câmpurile de antet ale fiecărei părți.</translation>
    </message>
    <message>
        <source>Unparsable Content-Type</source>
        <translation>Content-Type imposibil de analizat</translation>
    </message>
    <message>
        <source>The Content-Type could not be parsed; text/plain was assumed.</source>
        <translation>Content-Type nu a putut fi analizat; s-a presupus text/plain.</translation>
    </message>
    <message>
        <source>Write Content-Type as type/subtype; parameter=value.</source>
        <translation>Scrieți Content-Type sub forma tip/subtip; parametru=valoare.</translation>
    </message>
    <message>
        <source>NUL octet in the message</source>
        <translation>Octet NUL în mesaj</translation>
    </message>
    <message>
        <source>The message contains a NUL (0x00) octet; many MTAs reject or truncate such mail.</source>
        <translation>Mesajul conține un octet NUL (0x00); multe MTA-uri resping sau trunchiază astfel de e-mailuri.</translation>
    </message>
    <message>
        <source>Transfer binary data base64-encoded.</source>
        <translation>Transferați datele binare codificate base64.</translation>
    </message>
    <message>
        <source>Bare carriage return</source>
        <translation>Retur de car izolat</translation>
    </message>
    <message>
        <source>A CR octet not followed by LF; RFC 5322 forbids it and some MTAs (Postfix smtpd_forbid_bare_newline) reject the message.</source>
        <translation>Un octet CR care nu este urmat de LF; RFC 5322 îl interzice, iar unele MTA-uri (Postfix smtpd_forbid_bare_newline) resping mesajul.</translation>
    </message>
    <message>
        <source>Emit CRLF line endings only.</source>
        <translation>Generați doar terminații de linie CRLF.</translation>
    </message>
    <message>
        <source>Mixed line endings</source>
        <translation>Terminații de linie mixte</translation>
    </message>
    <message>
        <source>The message mixes CRLF and bare LF line endings; bare LF in SMTP is rejected by strict servers and breaks DKIM body hashes after relays normalize them.</source>
        <translation>Mesajul amestecă terminații de linie CRLF și LF izolat; LF izolat în SMTP este respins de serverele stricte și strică hash-urile DKIM ale corpului după ce releele le normalizează.</translation>
    </message>
    <message>
        <source>Normalize the message to CRLF before sending.</source>
        <translation>Normalizați mesajul la CRLF înainte de trimitere.</translation>
    </message>
    <message>
        <source>Too many MIME parts</source>
        <translation>Prea multe părți MIME</translation>
    </message>
    <message>
        <source>Splitting stopped at the part limit; the rest of the body is treated as one leaf. Scanners stop early too and may miss content.</source>
        <translation>Împărțirea s-a oprit la limita de părți; restul corpului este tratat ca o singură frunză. Scanerele se opresc și ele devreme și pot rata conținut.</translation>
    </message>
    <message>
        <source>Send fewer parts; legitimate mail rarely has more than a few dozen.</source>
        <translation>Trimiteți mai puține părți; e-mailurile legitime rareori au mai mult de câteva zeci.</translation>
    </message>
    <message>
        <source>Encapsulated message has no header</source>
        <translation>Mesajul încapsulat nu are antet</translation>
    </message>
    <message>
        <source>The %1 part holds no header section.</source>
        <translation>Partea %1 nu conține o secțiune de antete.</translation>
    </message>
    <message>
        <source>Attach the complete message, header included.</source>
        <translation>Atașați mesajul complet, inclusiv antetul.</translation>
    </message>
    <message>
        <source>Encoded multipart</source>
        <translation>Multipart codificat</translation>
    </message>
    <message>
        <source>%1 declares Content-Transfer-Encoding %2; only 7bit, 8bit or binary are allowed on a multipart.</source>
        <translation>%1 declară Content-Transfer-Encoding %2; pentru un multipart sunt permise doar 7bit, 8bit sau binary.</translation>
    </message>
    <message>
        <source>Encode the leaf parts, not the multipart container.</source>
        <translation>Codificați părțile frunză, nu containerul multipart.</translation>
    </message>
    <message>
        <source>multipart/alternative without a text/plain part</source>
        <translation>multipart/alternative fără o parte text/plain</translation>
    </message>
    <message>
        <source>The alternatives offer HTML but no plain-text version.</source>
        <translation>Alternativele oferă HTML, dar nicio versiune text simplu.</translation>
    </message>
    <message>
        <source>Add a text/plain alternative with the same content before the HTML part.</source>
        <translation>Adăugați înaintea părții HTML o alternativă text/plain cu același conținut.</translation>
    </message>
    <message>
        <source>multipart/alternative without a text/html part</source>
        <translation>multipart/alternative fără o parte text/html</translation>
    </message>
    <message>
        <source>The alternatives offer plain text but no HTML; a single text/plain part would say the same.</source>
        <translation>Alternativele oferă text simplu, dar niciun HTML; o singură parte text/plain ar spune același lucru.</translation>
    </message>
    <message>
        <source>Send a single text/plain part, or add the HTML alternative that was meant to be there.</source>
        <translation>Trimiteți o singură parte text/plain sau adăugați alternativa HTML care trebuia să existe.</translation>
    </message>
    <message>
        <source>Alternatives in the wrong order</source>
        <translation>Alternative în ordine greșită</translation>
    </message>
    <message>
        <source>text/html (part %1) comes before text/plain (part %2); readers show the last alternative they support, so they show the plain text.</source>
        <translation>text/html (partea %1) vine înainte de text/plain (partea %2); cititoarele afișează ultima alternativă pe care o acceptă, deci afișează textul simplu.</translation>
    </message>
    <message>
        <source>Order the alternatives from the simplest to the richest: text/plain first, text/html last.</source>
        <translation>Ordonați alternativele de la cea mai simplă la cea mai bogată: text/plain primul, text/html ultimul.</translation>
    </message>
    <message>
        <source>Text and HTML alternatives differ</source>
        <translation>Alternativele text și HTML diferă</translation>
    </message>
    <message>
        <source>Only %1% of the words are shared between text/plain (part %2, %3 distinct words) and the visible text of text/html (part %4, %5 distinct words). Only in HTML: %6. Only in text: %7.</source>
        <translation>Doar %1% din cuvinte sunt comune între text/plain (partea %2, %3 cuvinte distincte) și textul vizibil din text/html (partea %4, %5 cuvinte distincte). Doar în HTML: %6. Doar în text: %7.</translation>
    </message>
    <message>
        <source>Generate the plain-text alternative from the same content as the HTML; a placeholder like &quot;view this in a browser&quot; scores as spam.</source>
        <translation>Generați alternativa text simplu din același conținut ca HTML-ul; un substituent precum „vizualizați în browser” este punctat ca spam.</translation>
    </message>
    <message>
        <source>multipart/related without a root part</source>
        <translation>multipart/related fără parte rădăcină</translation>
    </message>
    <message>
        <source>start=&quot;%1&quot; names no body part&apos;s Content-ID.</source>
        <translation>start=&quot;%1&quot; nu numește Content-ID-ul niciunei părți de corp.</translation>
    </message>
    <message>
        <source>The multipart/related has no body parts.</source>
        <translation>multipart/related nu are părți de corp.</translation>
    </message>
    <message>
        <source>Make start= match the root part&apos;s Content-ID, or drop start= and put the HTML first.</source>
        <translation>Faceți ca start= să corespundă Content-ID-ului părții rădăcină sau eliminați start= și puneți HTML-ul primul.</translation>
    </message>
    <message>
        <source>Related part not referenced</source>
        <translation>Parte asociată nereferită</translation>
    </message>
    <message>
        <source>Part %1 (%2) inside multipart/related has no Content-ID, so the HTML cannot show it; clients list it as an attachment.</source>
        <translation>Partea %1 (%2) din multipart/related nu are Content-ID, deci HTML-ul nu o poate afișa; clienții o listează ca atașament.</translation>
    </message>
    <message>
        <source>Part %1 (%2) has Content-ID &lt;%3&gt; but no cid:%3 reference exists in the HTML; clients list it as an attachment.</source>
        <translation>Partea %1 (%2) are Content-ID &lt;%3&gt;, dar în HTML nu există nicio referință cid:%3; clienții o listează ca atașament.</translation>
    </message>
    <message>
        <source>Reference the part from the HTML (&lt;img src=&quot;cid:...&quot;&gt;) or move it out of multipart/related as a regular attachment.</source>
        <translation>Referiți partea din HTML (&lt;img src=&quot;cid:...&quot;&gt;) sau mutați-o în afara multipart/related ca atașament obișnuit.</translation>
    </message>
    <message>
        <source>cid: reference without a matching part</source>
        <translation>Referință cid: fără parte corespunzătoare</translation>
    </message>
    <message>
        <source>The HTML of part %1 refers to %2 but no part has that Content-ID; the image shows as broken.</source>
        <translation>HTML-ul părții %1 face referire la %2, dar nicio parte nu are acel Content-ID; imaginea apare ca deteriorată.</translation>
    </message>
    <message>
        <source>Attach the image inside the multipart/related with Content-ID: &lt;%1&gt;, or fix the reference.</source>
        <translation>Atașați imaginea în multipart/related cu Content-ID: &lt;%1&gt; sau corectați referința.</translation>
    </message>
    <message>
        <source>Unknown transfer encoding</source>
        <translation>Codificare de transfer necunoscută</translation>
    </message>
    <message>
        <source>Content-Transfer-Encoding &quot;%1&quot; is not one of 7bit, 8bit, binary, quoted-printable, base64; the body was taken as it is.</source>
        <translation>Content-Transfer-Encoding „%1” nu este unul dintre 7bit, 8bit, binary, quoted-printable, base64; corpul a fost preluat ca atare.</translation>
    </message>
    <message>
        <source>Use base64 for binary data and quoted-printable or 8bit for text.</source>
        <translation>Folosiți base64 pentru date binare și quoted-printable sau 8bit pentru text.</translation>
    </message>
    <message>
        <source>8-bit data in a 7bit part</source>
        <translation>Date pe 8 biți într-o parte 7bit</translation>
    </message>
    <message>
        <source>7bit by default</source>
        <translation>7bit implicit</translation>
    </message>
    <message>
        <source>Declare Content-Transfer-Encoding: 8bit (the server must offer 8BITMIME) or encode the part as quoted-printable.</source>
        <translation>Declarați Content-Transfer-Encoding: 8bit (serverul trebuie să ofere 8BITMIME) sau codificați partea ca quoted-printable.</translation>
    </message>
    <message>
        <source>Quoted-printable line over 76 characters</source>
        <translation>Linie quoted-printable de peste 76 de caractere</translation>
    </message>
    <message>
        <source>Use a conforming quoted-printable encoder that wraps lines with &quot;=&quot; soft breaks.</source>
        <translation>Folosiți un codificator quoted-printable conform, care împachetează liniile cu întreruperi soft „=”.</translation>
    </message>
    <message>
        <source>Text body encoded in base64</source>
        <translation>Corp text codificat în base64</translation>
    </message>
    <message>
        <source>The %1 body is base64-encoded; receivers score base64 text mildly because it hides the words from simple filters.</source>
        <translation>Corpul %1 este codificat base64; receptorii punctează ușor textul base64, deoarece ascunde cuvintele de filtrele simple.</translation>
    </message>
    <message>
        <source>The %1 body is base64-encoded although it is plain ASCII; spam filters treat that as disguised text.</source>
        <translation>Corpul %1 este codificat base64, deși este ASCII simplu; filtrele de spam tratează acest lucru ca text deghizat.</translation>
    </message>
    <message>
        <source>Encode text as quoted-printable (or 7bit/8bit when the lines allow).</source>
        <translation>Codificați textul ca quoted-printable (sau 7bit/8bit când liniile permit).</translation>
    </message>
    <message>
        <source>Text part without charset</source>
        <translation>Parte text fără charset</translation>
    </message>
    <message>
        <source>The %1 part has 8-bit text but no charset parameter; readers guess (often wrongly).</source>
        <translation>Partea %1 are text pe 8 biți, dar nu are parametrul charset; cititoarele ghicesc (adesea greșit).</translation>
    </message>
    <message>
        <source>The %1 part has no charset parameter (US-ASCII is assumed, which fits its content).</source>
        <translation>Partea %1 nu are parametrul charset (se presupune US-ASCII, care se potrivește conținutului).</translation>
    </message>
    <message>
        <source>Add charset=utf-8 (or the charset actually used) to the Content-Type.</source>
        <translation>Adăugați charset=utf-8 (sau setul de caractere folosit efectiv) în Content-Type.</translation>
    </message>
    <message>
        <source>Unknown charset</source>
        <translation>Set de caractere necunoscut</translation>
    </message>
    <message>
        <source>charset=%1 is not a known character set; the text was decoded as UTF-8 or windows-1252.</source>
        <translation>charset=%1 nu este un set de caractere cunoscut; textul a fost decodificat ca UTF-8 sau windows-1252.</translation>
    </message>
    <message>
        <source>Use a registered charset name, preferably utf-8.</source>
        <translation>Folosiți un nume de set de caractere înregistrat, de preferință utf-8.</translation>
    </message>
    <message>
        <source>Text does not decode in its charset</source>
        <translation>Textul nu se decodifică în setul său de caractere</translation>
    </message>
    <message>
        <source>The %1 body is declared %2 but has an invalid byte sequence at decoded offset %3; readers show replacement characters.</source>
        <translation>Corpul %1 este declarat %2, dar are o secvență de octeți nevalidă la poziția decodificată %3; cititoarele afișează caractere de înlocuire.</translation>
    </message>
    <message>
        <source>The %1 body is declared %2 but contains bytes that are invalid in it.</source>
        <translation>Corpul %1 este declarat %2, dar conține octeți nevalizi în acest set.</translation>
    </message>
    <message>
        <source>Declare the charset the text is really written in (usually utf-8).</source>
        <translation>Declarați setul de caractere în care este scris efectiv textul (de obicei utf-8).</translation>
    </message>
    <message>
        <source>HTML-only message</source>
        <translation>Mesaj doar HTML</translation>
    </message>
    <message>
        <source>The message has a text/html body (part %1) and no text/plain alternative.</source>
        <translation>Mesajul are un corp text/html (partea %1) și nicio alternativă text/plain.</translation>
    </message>
    <message>
        <source>Send multipart/alternative with a text/plain part first and the HTML last.</source>
        <translation>Trimiteți multipart/alternative cu o parte text/plain prima și HTML-ul ultimul.</translation>
    </message>
    <message>
        <source>Line longer than 998 octets</source>
        <translation>Linie mai lungă de 998 de octeți</translation>
    </message>
    <message>
        <source>Encode long content as quoted-printable or base64, or wrap the lines.</source>
        <translation>Codificați conținutul lung ca quoted-printable sau base64 ori împachetați liniile.</translation>
    </message>
    <message>
        <source>Bulk mail without List-Unsubscribe</source>
        <translation>E-mail în masă fără List-Unsubscribe</translation>
    </message>
    <message>
        <source>The message looks like list or bulk mail (List-Id, Precedence, Feedback-ID or List-Unsubscribe-Post) but has no List-Unsubscribe field. Gmail and Yahoo require one from bulk senders.</source>
        <translation>Mesajul pare a fi un e-mail de listă sau în masă (List-Id, Precedence, Feedback-ID sau List-Unsubscribe-Post), dar nu are câmpul List-Unsubscribe. Gmail și Yahoo îl cer expeditorilor în masă.</translation>
    </message>
    <message>
        <source>Add List-Unsubscribe: &lt;https://...&gt;, &lt;mailto:...&gt; and List-Unsubscribe-Post: List-Unsubscribe=One-Click.</source>
        <translation>Adăugați List-Unsubscribe: &lt;https://...&gt;, &lt;mailto:...&gt; și List-Unsubscribe-Post: List-Unsubscribe=One-Click.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not enclosed in angle brackets</source>
        <translation>„%1” nu este încadrat între paranteze unghiulare</translation>
    </message>
    <message>
        <source>unterminated &lt;</source>
        <translation>&lt; neterminat</translation>
    </message>
    <message>
        <source>mailto URI without an address: %1</source>
        <translation>URI mailto fără adresă: %1</translation>
    </message>
    <message>
        <source>unsupported URI %1 (use https: or mailto:)</source>
        <translation>URI neacceptat %1 (folosiți https: sau mailto:)</translation>
    </message>
    <message>
        <source>no URI</source>
        <translation>niciun URI</translation>
    </message>
    <message>
        <source>Malformed List-Unsubscribe</source>
        <translation>List-Unsubscribe incorect</translation>
    </message>
    <message>
        <source>List-Unsubscribe: %1.</source>
        <translation>List-Unsubscribe: %1.</translation>
    </message>
    <message>
        <source>Write each URI in angle brackets, comma-separated: &lt;https://example.com/u/123&gt;, &lt;mailto:unsub@example.com&gt;.</source>
        <translation>Scrieți fiecare URI între paranteze unghiulare, separate prin virgulă: &lt;https://example.com/u/123&gt;, &lt;mailto:unsub@example.com&gt;.</translation>
    </message>
    <message>
        <source>No one-click unsubscribe</source>
        <translation>Fără dezabonare cu un clic</translation>
    </message>
    <message>
        <source>List-Unsubscribe has an https URI but there is no List-Unsubscribe-Post field, so mailbox providers cannot offer one-click unsubscribe.</source>
        <translation>List-Unsubscribe are un URI https, dar nu există câmpul List-Unsubscribe-Post, deci furnizorii de căsuțe poștale nu pot oferi dezabonarea cu un clic.</translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI and there is no List-Unsubscribe-Post field; Gmail and Yahoo expect one-click unsubscribe (RFC 8058) from bulk senders.</source>
        <translation>List-Unsubscribe nu are un URI https și nu există câmpul List-Unsubscribe-Post; Gmail și Yahoo așteaptă dezabonare cu un clic (RFC 8058) de la expeditorii în masă.</translation>
    </message>
    <message>
        <source>Add an https URI that accepts POST and the field &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot;.</source>
        <translation>Adăugați un URI https care acceptă POST și câmpul „List-Unsubscribe-Post: List-Unsubscribe=One-Click”.</translation>
    </message>
    <message>
        <source>%1 List-Unsubscribe-Post fields</source>
        <translation>%1 câmpuri List-Unsubscribe-Post</translation>
    </message>
    <message>
        <source>the value is &quot;%1&quot;, it must be exactly &quot;List-Unsubscribe=One-Click&quot;</source>
        <translation>valoarea este „%1”, trebuie să fie exact „List-Unsubscribe=One-Click”</translation>
    </message>
    <message>
        <source>there is no List-Unsubscribe field</source>
        <translation>nu există câmpul List-Unsubscribe</translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI</source>
        <translation>List-Unsubscribe nu are un URI https</translation>
    </message>
    <message>
        <source>Invalid one-click unsubscribe</source>
        <translation>Dezabonare cu un clic nevalidă</translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present but %1; receivers ignore it.</source>
        <translation>List-Unsubscribe-Post este prezent, dar %1; receptorii îl ignoră.</translation>
    </message>
    <message>
        <source>Send &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot; together with List-Unsubscribe: &lt;https://...&gt;.</source>
        <translation>Trimiteți „List-Unsubscribe-Post: List-Unsubscribe=One-Click” împreună cu List-Unsubscribe: &lt;https://...&gt;.</translation>
    </message>
    <message>
        <source>One-click fields not covered by DKIM</source>
        <translation>Câmpurile pentru un clic nu sunt acoperite de DKIM</translation>
    </message>
    <message>
        <source>No DKIM-Signature lists both List-Unsubscribe and List-Unsubscribe-Post in h=; receivers do not honour unsigned one-click requests.</source>
        <translation>Niciun DKIM-Signature nu include în h= atât List-Unsubscribe, cât și List-Unsubscribe-Post; receptorii nu onorează cererile nesemnate de dezabonare cu un clic.</translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature; one-click unsubscribe requires one covering List-Unsubscribe and List-Unsubscribe-Post.</source>
        <translation>Mesajul nu are DKIM-Signature; dezabonarea cu un clic necesită una care să acopere List-Unsubscribe și List-Unsubscribe-Post.</translation>
    </message>
    <message>
        <source>Sign with DKIM and include list-unsubscribe:list-unsubscribe-post in h=.</source>
        <translation>Semnați cu DKIM și includeți list-unsubscribe:list-unsubscribe-post în h=.</translation>
    </message>
    <message>
        <source>One-click unsubscribe is set up</source>
        <translation>Dezabonarea cu un clic este configurată</translation>
    </message>
    <message>
        <source>List-Unsubscribe has an https URI, List-Unsubscribe-Post is &quot;List-Unsubscribe=One-Click&quot; and a DKIM signature covers both.</source>
        <translation>List-Unsubscribe are un URI https, List-Unsubscribe-Post este „List-Unsubscribe=One-Click” și o semnătură DKIM le acoperă pe amândouă.</translation>
    </message>
    <message>
        <source>Header fields in order</source>
        <translation>Câmpurile de antet sunt în regulă</translation>
    </message>
    <message>
        <source>Date, From, Message-ID, Subject and To are present once each and readable.</source>
        <translation>Date, From, Message-ID, Subject și To sunt prezente câte o dată și sunt lizibile.</translation>
    </message>
    <message>
        <source>MIME structure is clean</source>
        <translation>Structura MIME este curată</translation>
    </message>
    <message>
        <source>%1 parts; no structural problem found.</source>
        <translation>%1 părți; nu s-a găsit nicio problemă de structură.</translation>
    </message>
    <message>
        <source>Octets above 127: %1, in a part whose transfer encoding is %2 (the first is on line %3).</source>
        <translation>Octeți peste 127: %1, într-o parte cu codificarea de transfer %2 (primul este pe linia %3).</translation>
    </message>
    <message>
        <source>Encoded lines over 76 characters: %1 (the longest has %2); the encoder did not insert soft line breaks.</source>
        <translation>Linii codificate de peste 76 de caractere: %1 (cea mai lungă are %2); codificatorul nu a inserat întreruperi soft de linie.</translation>
    </message>
    <message>
        <source>Lines over 998 octets: %1 (the longest has %2, the first is line %3); servers may break them, which corrupts the text and DKIM signatures.</source>
        <translation>Linii de peste 998 de octeți: %1 (cea mai lungă are %2, prima este linia %3); serverele le pot rupe, ceea ce corupe textul și semnăturile DKIM.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Net::LineSocket</name>
    <message>
        <source>no connection within the timeout</source>
        <translation>nicio conexiune în timpul limită</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>conexiunea a eșuat</translation>
    </message>
    <message>
        <source>the server sent nothing within the timeout</source>
        <translation>serverul nu a trimis nimic în timpul limită</translation>
    </message>
    <message>
        <source>the server sent a line longer than allowed</source>
        <translation>serverul a trimis o linie mai lungă decât este permis</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>serverul a închis conexiunea</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>negocierea TLS a eșuat</translation>
    </message>
    <message>
        <source>a line of %1 bytes</source>
        <translation>o linie de %1 octeți</translation>
    </message>
    <message>
        <source>more than %1 bytes without a line break</source>
        <translation>mai mult de %1 octeți fără salt de linie</translation>
    </message>
    <message>
        <source>no connection after %1 ms</source>
        <translation>nicio conexiune după %1 ms</translation>
    </message>
    <message>
        <source>no TLS handshake after %1 ms</source>
        <translation>nicio negociere TLS după %1 ms</translation>
    </message>
    <message>
        <source>no reply after %1 ms</source>
        <translation>niciun răspuns după %1 ms</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement</name>
    <message>
        <source>spam: %1</source>
        <translation>spam: %1</translation>
    </message>
    <message>
        <source>trash: %1</source>
        <translation>coș de gunoi: %1</translation>
    </message>
    <message>
        <source>inbox: INBOX</source>
        <translation>inbox: INBOX</translation>
    </message>
    <message>
        <source>Delivered to the inbox at %1</source>
        <translation>Livrat în Inbox la %1</translation>
    </message>
    <message>
        <source>Found in %1.</source>
        <translation>Găsit în %1.</translation>
    </message>
    <message>
        <source>Delivered to the %1 tab at %2</source>
        <translation>Livrat în fila %1 la %2</translation>
    </message>
    <message>
        <source>Found in %1; the provider sorted it into a tab, not the primary inbox.</source>
        <translation>Găsit în %1; furnizorul l-a sortat într-o filă, nu în Inboxul principal.</translation>
    </message>
    <message>
        <source>Tabs are normal for bulk mail; transactional mail should reach the primary inbox.</source>
        <translation>Filele sunt normale pentru e-mailurile în masă; e-mailurile tranzacționale ar trebui să ajungă în Inboxul principal.</translation>
    </message>
    <message>
        <source>Filtered as spam at %1</source>
        <translation>Filtrat ca spam la %1</translation>
    </message>
    <message>
        <source>Check the copy&apos;s Authentication-Results and the sender&apos;s reputation.</source>
        <translation>Verificați Authentication-Results ale copiei și reputația expeditorului.</translation>
    </message>
    <message>
        <source>Not found at %1</source>
        <translation>Negăsit la %1</translation>
    </message>
    <message>
        <source>No copy with the campaign token arrived in the searched folders before the wait expired.</source>
        <translation>Nicio copie cu tokenul campaniei nu a ajuns în dosarele căutate înainte de expirarea timpului de așteptare.</translation>
    </message>
    <message>
        <source>Look for a bounce or a block; wait longer for slow providers.</source>
        <translation>Căutați un mesaj returnat sau un blocaj; așteptați mai mult pentru furnizorii lenți.</translation>
    </message>
    <message>
        <source>Seed could not be polled: %1</source>
        <translation>Căsuța seed nu a putut fi verificată: %1</translation>
    </message>
    <message>
        <source>Check the user name and the (app) password.</source>
        <translation>Verificați numele de utilizator și parola (de aplicație).</translation>
    </message>
    <message>
        <source>Check the TLS mode and port, or pass the server&apos;s CA.</source>
        <translation>Verificați modul TLS și portul sau furnizați CA-ul serverului.</translation>
    </message>
    <message>
        <source>Check the host, port and network.</source>
        <translation>Verificați gazda, portul și rețeaua.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::CopyFetch</name>
    <message>
        <source>not fetched yet</source>
        <translation>nepreluat încă</translation>
    </message>
    <message>
        <source>the copy has no folder or UID to fetch</source>
        <translation>copia nu are un dosar sau un UID de preluat</translation>
    </message>
    <message>
        <source>the server returned no message for UID %1 in %2 (it may have been moved or deleted)</source>
        <translation>serverul nu a returnat niciun mesaj pentru UID %1 în %2 (este posibil să fi fost mutat sau șters)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::EnvironmentPasswordProvider</name>
    <message>
        <source>no password for %1: the seed has no passwordEnv and no keychain is available</source>
        <translation>nicio parolă pentru %1: căsuța seed nu are passwordEnv și niciun portchei nu este disponibil</translation>
    </message>
    <message>
        <source>no password for %1: environment variable %2 is not set</source>
        <translation>nicio parolă pentru %1: variabila de mediu %2 nu este setată</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::FolderDiscovery</name>
    <message>
        <source>not discovered yet</source>
        <translation>nedescoperit încă</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementHistory</name>
    <message>
        <source>placement history: %1: %2</source>
        <translation>istoricul plasărilor: %1: %2</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>driverul Qt SQLite (QSQLITE) nu este instalat</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 nu poate fi deschis</translation>
    </message>
    <message>
        <source>placement history %1 has schema version %2; this version reads up to %3</source>
        <translation>istoricul plasărilor %1 are versiunea de schemă %2; această versiune citește până la %3</translation>
    </message>
    <message>
        <source>begin</source>
        <translation>începere</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>crearea schemei</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>confirmare (commit)</translation>
    </message>
    <message>
        <source>placement history is not open</source>
        <translation>istoricul plasărilor nu este deschis</translation>
    </message>
    <message>
        <source>storing the run</source>
        <translation>stocarea rulării</translation>
    </message>
    <message>
        <source>storing a seed result</source>
        <translation>stocarea unui rezultat seed</translation>
    </message>
    <message>
        <source>reading results</source>
        <translation>citirea rezultatelor</translation>
    </message>
    <message>
        <source>reading runs</source>
        <translation>citirea rulărilor</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementRun</name>
    <message>
        <source>no password source for %1</source>
        <translation>nicio sursă de parolă pentru %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementSummary</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Filă</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Lipsă</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Căsuțe seed</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::SeedList</name>
    <message>
        <source>seed list larger than 16 MiB</source>
        <translation>lista seed depășește 16 MiB</translation>
    </message>
    <message>
        <source>seed list is not valid JSON: %1</source>
        <translation>lista seed nu este JSON valid: %1</translation>
    </message>
    <message>
        <source>seed list must be an object with a &quot;seeds&quot; array</source>
        <translation>lista seed trebuie să fie un obiect cu o matrice „seeds”</translation>
    </message>
    <message>
        <source>seed list has more than %1 seeds</source>
        <translation>lista seed are mai mult de %1 căsuțe seed</translation>
    </message>
    <message>
        <source>seed %1 is not an object</source>
        <translation>căsuța seed %1 nu este un obiect</translation>
    </message>
    <message>
        <source>seed %1 holds a password (&quot;%2&quot;); a seed list never does: use the keychain or passwordEnv</source>
        <translation>căsuța seed %1 conține o parolă („%2”); o listă seed nu conține niciodată parole: folosiți portcheiul sau passwordEnv</translation>
    </message>
    <message>
        <source>seed %1: unknown tls mode &apos;%2&apos; (implicit, starttls or none)</source>
        <translation>căsuța seed %1: mod tls necunoscut „%2” (implicit, starttls sau none)</translation>
    </message>
    <message>
        <source>seed %1: invalid port</source>
        <translation>căsuța seed %1: port nevalid</translation>
    </message>
    <message>
        <source>seed %1 has no provider</source>
        <translation>căsuța seed %1 nu are furnizor</translation>
    </message>
    <message>
        <source>seed %1 has no IMAP host</source>
        <translation>căsuța seed %1 nu are gazdă IMAP</translation>
    </message>
    <message>
        <source>seed %1 has neither address nor user</source>
        <translation>căsuța seed %1 nu are nici adresă, nici utilizator</translation>
    </message>
    <message>
        <source>seed list CSV is empty</source>
        <translation>fișierul CSV al listei seed este gol</translation>
    </message>
    <message>
        <source>seed list CSV has a password column; a seed list never does: use the keychain or passwordEnv</source>
        <translation>fișierul CSV al listei seed are o coloană de parolă; o listă seed nu conține niciodată parole: folosiți portcheiul sau passwordEnv</translation>
    </message>
    <message>
        <source>seed list CSV lacks the column &apos;%1&apos;</source>
        <translation>fișierului CSV al listei seed îi lipsește coloana „%1”</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1” nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>CSV row with more than %1 columns</source>
        <translation>rând CSV cu mai mult de %1 coloane</translation>
    </message>
    <message>
        <source>CSV with more than %1 rows</source>
        <translation>CSV cu mai mult de %1 rânduri</translation>
    </message>
    <message>
        <source>CSV ends inside a quoted field</source>
        <translation>fișierul CSV se încheie în interiorul unui câmp între ghilimele</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::SeedPoll</name>
    <message>
        <source>the campaign token cannot be used in an IMAP search</source>
        <translation>tokenul campaniei nu poate fi folosit într-o căutare IMAP</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>anulat</translation>
    </message>
    <message>
        <source>folder %1 could not be searched: %2</source>
        <translation>dosarul %1 nu a putut fi căutat: %2</translation>
    </message>
    <message>
        <source>Gmail category search failed: %1</source>
        <translation>căutarea în categoriile Gmail a eșuat: %1</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::VendorImport</name>
    <message>
        <source>provider, address and a placement/result/folder column (common synonyms)</source>
        <translation>furnizor, adresă și o coloană placement/result/folder (sinonime uzuale)</translation>
    </message>
    <message>
        <source>separate folder (Inbox/Spam/Promotions) and status (Delivered/Not delivered) columns</source>
        <translation>coloane separate pentru dosar (Inbox/Spam/Promotions) și stare (Delivered/Not delivered)</translation>
    </message>
    <message>
        <source>Deliverbench&apos;s own placement JSON</source>
        <translation>Formatul JSON de plasare propriu Deliverbench</translation>
    </message>
    <message>
        <source>import file larger than 64 MiB</source>
        <translation>fișierul de import depășește 64 MiB</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>nu este JSON valid: %1</translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation>mai mult de %1 rânduri</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>fișierul nu conține niciun rând</translation>
    </message>
    <message>
        <source>no provider column (looked for: %1)</source>
        <translation>nicio coloană de furnizor (s-a căutat: %1)</translation>
    </message>
    <message>
        <source>no placement, folder or status column</source>
        <translation>nicio coloană de plasare, dosar sau stare</translation>
    </message>
    <message>
        <source>row %1: unknown placement &apos;%2&apos;</source>
        <translation>rândul %1: plasare necunoscută „%2”</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1” nu poate fi citit: %2</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report</name>
    <message>
        <source>unknown user</source>
        <translation>utilizator necunoscut</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation>căsuță poștală plină</translation>
    </message>
    <message>
        <source>blocked by policy or blocklist</source>
        <translation>blocat de politică sau de o listă de blocare</translation>
    </message>
    <message>
        <source>sender reputation</source>
        <translation>reputația expeditorului</translation>
    </message>
    <message>
        <source>authentication failure (SPF/DKIM/DMARC)</source>
        <translation>eșec de autentificare (SPF/DKIM/DMARC)</translation>
    </message>
    <message>
        <source>temporary failure or greylisting</source>
        <translation>eșec temporar sau greylisting</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altele</translation>
    </message>
    <message>
        <source>Remove the address from the list; keep bounced addresses suppressed.</source>
        <translation>Eliminați adresa din listă; păstrați adresele returnate suprimate.</translation>
    </message>
    <message>
        <source>Retry later; suppress the address if it keeps bouncing.</source>
        <translation>Reîncercați mai târziu; suprimați adresa dacă este returnată în continuare.</translation>
    </message>
    <message>
        <source>Check the sending IP and domain against blocklists and the receiver&apos;s policy text.</source>
        <translation>Verificați IP-ul și domeniul expeditor în listele de blocare și textul politicii receptorului.</translation>
    </message>
    <message>
        <source>Reduce volume, remove unengaged recipients and check complaint rates.</source>
        <translation>Reduceți volumul, eliminați destinatarii neimplicați și verificați ratele de reclamații.</translation>
    </message>
    <message>
        <source>Fix SPF, DKIM and DMARC alignment for the sending domain.</source>
        <translation>Corectați alinierea SPF, DKIM și DMARC pentru domeniul expeditor.</translation>
    </message>
    <message>
        <source>Nothing to do if the sender retries; persistent deferrals need a look at the reason.</source>
        <translation>Nu este nimic de făcut dacă expeditorul reîncearcă; amânările persistente necesită o examinare a motivului.</translation>
    </message>
    <message>
        <source>Bounce: %1</source>
        <translation>Returnare: %1</translation>
    </message>
    <message>
        <source>Recipient %1, status %2 (%3); classified by %4.</source>
        <translation>Destinatar %1, stare %2 (%3); clasificat de %4.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(necunoscut)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciuna</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>nicio regulă</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>„%1” nu poate fi scris: %2</translation>
    </message>
    <message>
        <source>Deliverbench report</source>
        <translation>Raport Deliverbench</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Mesaje returnate</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mesaj</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatar</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domeniu</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stare</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cauză</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Intrări</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesaje</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nume</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subiect</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de la</translation>
    </message>
    <message>
        <source>to</source>
        <translation>către</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dată</translation>
    </message>
    <message>
        <source>size</source>
        <translation>dimensiune</translation>
    </message>
    <message>
        <source>domains</source>
        <translation>domenii</translation>
    </message>
    <message>
        <source>hosts</source>
        <translation>gazde</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>adrese IP</translation>
    </message>
    <message>
        <source>seed list</source>
        <translation>listă seed</translation>
    </message>
    <message>
        <source>check</source>
        <translation>verificare</translation>
    </message>
    <message>
        <source>input</source>
        <translation>intrare</translation>
    </message>
    <message>
        <source>ran at</source>
        <translation>rulat la</translation>
    </message>
    <message>
        <source>Per receiving domain</source>
        <translation>Per domeniu de recepție</translation>
    </message>
    <message>
        <source>count</source>
        <translation>număr</translation>
    </message>
    <message>
        <source>Bounced recipients</source>
        <translation>Destinatari returnați</translation>
    </message>
    <message>
        <source>DNS snapshot</source>
        <translation>Instantaneu DNS</translation>
    </message>
    <message>
        <source>time</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tip</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>rezultat</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>răspuns</translation>
    </message>
    <message>
        <source>overlay</source>
        <translation>suprapunere</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Eroare</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertisment</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Trecut</translation>
    </message>
    <message>
        <source>Generated %1 by Deliverbench.</source>
        <translation>Generat %1 de Deliverbench.</translation>
    </message>
    <message>
        <source>Addresses, local parts, bodies and URL tokens are redacted.</source>
        <translation>Adresele, părțile locale, corpurile și tokenurile din URL-uri sunt anonimizate.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes, %4 passed.</source>
        <translation>%1 erori, %2 avertismente, %3 note, %4 trecute.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>gravitate</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problemă</translation>
    </message>
    <message>
        <source>fix</source>
        <translation>remediere</translation>
    </message>
    <message>
        <source>where</source>
        <translation>unde</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Remediere:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcriere</translation>
    </message>
    <message>
        <source>field</source>
        <translation>câmp</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valoare</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Dovezi:</translation>
    </message>
    <message>
        <source>DKIM d=%1 s=%2</source>
        <translation>DKIM d=%1 s=%2</translation>
    </message>
    <message>
        <source>body hash mismatch in %1: %2</source>
        <translation>hash-ul corpului nu corespunde în %1: %2</translation>
    </message>
    <message>
        <source>body hash mismatch in %1: the body changed after signing (%2)</source>
        <translation>hash-ul corpului nu corespunde în %1: corpul s-a modificat după semnare (%2)</translation>
    </message>
    <message>
        <source>signed header field(s) changed in B: %1 (%2)</source>
        <translation>câmpuri de antet semnate modificate în B: %1 (%2)</translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation>în %1: %2</translation>
    </message>
    <message>
        <source>not checked: the DNS lookups failed for both messages (temperror); is DNS available?</source>
        <translation>neverificat: interogările DNS au eșuat pentru ambele mesaje (temperror); este DNS disponibil?</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identic</translation>
    </message>
    <message>
        <source>flipped</source>
        <translation>inversat</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>doar în A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>doar în B</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>neverificat</translation>
    </message>
    <message>
        <source>B has no DKIM-Signature with d=%1 s=%2 (removed in transit)</source>
        <translation>B nu are DKIM-Signature cu d=%1 s=%2 (eliminată în tranzit)</translation>
    </message>
    <message>
        <source>B carries a DKIM-Signature A does not (added in transit, e.g. by a mailing list)</source>
        <translation>B conține o DKIM-Signature pe care A nu o are (adăugată în tranzit, de ex. de o listă de discuții)</translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>necunoscut</translation>
    </message>
    <message>
        <source>the connecting IP differs: %1 in A, %2 in B (a forwarder relayed B; %3)</source>
        <translation>IP-ul care se conectează diferă: %1 în A, %2 în B (un redirecționator a retransmis B; %3)</translation>
    </message>
    <message>
        <source>the checked domain differs: %1 in A, %2 in B</source>
        <translation>domeniul verificat diferă: %1 în A, %2 în B</translation>
    </message>
    <message>
        <source>in B: %1</source>
        <translation>în B: %1</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>aligned pass</source>
        <translation>trecere aliniată</translation>
    </message>
    <message>
        <source>aligned DKIM: %1 → %2; aligned SPF: %3 → %4</source>
        <translation>DKIM aliniat: %1 → %2; SPF aliniat: %3 → %4</translation>
    </message>
    <message>
        <source>ARC</source>
        <translation>ARC</translation>
    </message>
    <message numerus="yes">
        <source>B carries an ARC chain of %n set(s) (added by an intermediary): %1</source>
        <translation>
            <numerusform>B conține un lanț ARC de %n set (adăugat de un intermediar): %1</numerusform>
            <numerusform>B conține un lanț ARC de %n seturi (adăugat de un intermediar): %1</numerusform>
            <numerusform>B conține un lanț ARC de %n de seturi (adăugat de un intermediar): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>B carries no ARC chain</source>
        <translation>B nu conține niciun lanț ARC</translation>
    </message>
    <message>
        <source>ARC sets: %1 in A, %2 in B; in B: %3</source>
        <translation>Seturi ARC: %1 în A, %2 în B; în B: %3</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>neverificat: %1</translation>
    </message>
    <message>
        <source>Only in B: %1</source>
        <translation>Doar în B: %1</translation>
    </message>
    <message>
        <source>B (%1) has this finding, A (%2) does not.</source>
        <translation>B (%1) are această constatare, A (%2) nu.</translation>
    </message>
    <message>
        <source>Only in A: %1</source>
        <translation>Doar în A: %1</translation>
    </message>
    <message>
        <source>A (%1) has this finding (%2), B (%3) does not.</source>
        <translation>A (%1) are această constatare (%2), B (%3) nu.</translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B</source>
        <translation>%1: %2 în A, %3 în B</translation>
    </message>
    <message>
        <source>%1: only in A (%2)</source>
        <translation>%1: doar în A (%2)</translation>
    </message>
    <message>
        <source>%1: only in B (%2)</source>
        <translation>%1: doar în B (%2)</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>surse</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mesaje</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>DMARC result</source>
        <translation>rezultatul DMARC</translation>
    </message>
    <message>
        <source>worst finding of the structure check</source>
        <translation>cea mai gravă constatare a verificării structurii</translation>
    </message>
    <message>
        <source>bounces</source>
        <translation>mesaje returnate</translation>
    </message>
    <message>
        <source>bounced recipients</source>
        <translation>destinatari returnați</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notă</translation>
    </message>
    <message>
        <source>only the first messages of the input were read</source>
        <translation>au fost citite doar primele mesaje din intrare</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupuri</translation>
    </message>
    <message>
        <source>sending domain</source>
        <translation>domeniu expeditor</translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation>DKIM d=</translation>
    </message>
    <message>
        <source>By verdict</source>
        <translation>După verdict</translation>
    </message>
    <message>
        <source>By sending domain</source>
        <translation>După domeniul expeditor</translation>
    </message>
    <message>
        <source>By DKIM d=</source>
        <translation>După DKIM d=</translation>
    </message>
    <message>
        <source>Bounced recipients by cause</source>
        <translation>Destinatari returnați după cauză</translation>
    </message>
    <message>
        <source>Bounced recipients per receiving domain</source>
        <translation>Destinatari returnați per domeniu de recepție</translation>
    </message>
    <message>
        <source>Messages (the first %1 of %2)</source>
        <translation>Mesaje (primele %1 din %2)</translation>
    </message>
    <message>
        <source>bounce cause</source>
        <translation>cauza returnării</translation>
    </message>
    <message>
        <source>receiving domain</source>
        <translation>domeniu de recepție</translation>
    </message>
    <message>
        <source>Headers changed</source>
        <translation>Antete modificate</translation>
    </message>
    <message>
        <source>Verdicts flipped</source>
        <translation>Verdicte inversate</translation>
    </message>
    <message>
        <source>MIME parts changed</source>
        <translation>Părți MIME modificate</translation>
    </message>
    <message>
        <source>what</source>
        <translation>ce</translation>
    </message>
    <message>
        <source>before</source>
        <translation>înainte</translation>
    </message>
    <message>
        <source>after</source>
        <translation>după</translation>
    </message>
    <message>
        <source>%1 (bottom-most)</source>
        <translation>%1 (cel mai de jos)</translation>
    </message>
    <message>
        <source>%1 (2nd from the bottom)</source>
        <translation>%1 (al 2-lea de jos)</translation>
    </message>
    <message>
        <source>%1 (3rd from the bottom)</source>
        <translation>%1 (al 3-lea de jos)</translation>
    </message>
    <message>
        <source>%1 (%2th from the bottom)</source>
        <translation>%1 (al %2-lea de jos)</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::AuthDiff</name>
    <message>
        <source>Authentication verdicts (A → B):</source>
        <translation>Verdicte de autentificare (A → B):</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>neverificat: %1</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::BatchSummary</name>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(nesemnat)</translation>
    </message>
    <message>
        <source>sending domain</source>
        <translation>domeniu expeditor</translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation>DKIM d=</translation>
    </message>
    <message>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>mesaje</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mesaj</numerusform>
            <numerusform>%n mesaje</numerusform>
            <numerusform>%n de mesaje</numerusform>
        </translation>
    </message>
    <message>
        <source>By verdict:</source>
        <translation>După verdict:</translation>
    </message>
    <message>
        <source>Bounces: %1 message(s), %2 recipient(s)</source>
        <translation>Mesaje returnate: %1 mesaj(e), %2 destinatar(i)</translation>
    </message>
    <message>
        <source>  by cause:</source>
        <translation>  după cauză:</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::Case</name>
    <message>
        <source>not a Deliverbench case file</source>
        <translation>nu este un fișier de caz Deliverbench</translation>
    </message>
    <message>
        <source>case file without a valid version</source>
        <translation>fișier de caz fără o versiune validă</translation>
    </message>
    <message>
        <source>case file version %1 is newer than this Deliverbench supports (%2)</source>
        <translation>versiunea %1 a fișierului de caz este mai nouă decât cea acceptată de această versiune Deliverbench (%2)</translation>
    </message>
    <message>
        <source>message &apos;%1&apos; in the case file is not valid base64</source>
        <translation>mesajul „%1” din fișierul de caz nu este base64 valid</translation>
    </message>
    <message>
        <source>message &apos;%1&apos; in the case file does not match its SHA-256 (damaged file)</source>
        <translation>mesajul „%1” din fișierul de caz nu corespunde SHA-256-ului său (fișier deteriorat)</translation>
    </message>
    <message>
        <source>case file is not valid JSON (offset %1: %2)</source>
        <translation>fișierul de caz nu este JSON valid (poziția %1: %2)</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>„%1” nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a case file</source>
        <translation>„%1” este prea mare pentru un fișier de caz</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation>dosarul „%1” nu poate fi creat</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::DkimImpact</name>
    <message>
        <source>DKIM impact (what the changes mean for A&apos;s signatures; bytes only, no DNS):</source>
        <translation>Impactul asupra DKIM (ce înseamnă modificările pentru semnăturile lui A; doar octeți, fără DNS):</translation>
    </message>
    <message>
        <source>A has no DKIM-Signature: no change can break one.</source>
        <translation>A nu are DKIM-Signature: nicio modificare nu o poate invalida.</translation>
    </message>
    <message>
        <source>signed by %1: the change breaks it</source>
        <translation>semnat de %1: modificarea o invalidează</translation>
    </message>
    <message>
        <source>signed by %1: same after %2 canonicalization</source>
        <translation>semnat de %1: identic după canonizarea %2</translation>
    </message>
    <message numerus="yes">
        <source>not covered by %1 (h= lists %n instance(s) of this field)</source>
        <translation>
            <numerusform>neacoperit de %1 (h= include %n instanță a acestui câmp)</numerusform>
            <numerusform>neacoperit de %1 (h= include %n instanțe ale acestui câmp)</numerusform>
            <numerusform>neacoperit de %1 (h= include %n de instanțe ale acestui câmp)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::DkimImpactSignature</name>
    <message>
        <source>%1: the signature does not parse (%2).</source>
        <translation>%1: semnătura nu poate fi analizată (%2).</translation>
    </message>
    <message>
        <source>the signature field is missing or altered in B</source>
        <translation>câmpul semnăturii lipsește sau este modificat în B</translation>
    </message>
    <message>
        <source>signed header(s) changed: %1</source>
        <translation>antete semnate modificate: %1</translation>
    </message>
    <message>
        <source>the body hash (bh=) did not match A&apos;s body already</source>
        <translation>hash-ul corpului (bh=) nu corespundea deja corpului din A</translation>
    </message>
    <message>
        <source>the body changed: the body hash (bh=) no longer matches</source>
        <translation>corpul s-a modificat: hash-ul corpului (bh=) nu mai corespunde</translation>
    </message>
    <message>
        <source>%1: nothing it covers changed (signed headers and body hash equal after canonicalization%2); it verifies in B if it verified in A.</source>
        <translation>%1: nimic din ce acoperă nu s-a modificat (antetele semnate și hash-ul corpului sunt egale după canonizare%2); este validă în B dacă era validă în A.</translation>
    </message>
    <message>
        <source>, body signed up to l=</source>
        <translation>, corp semnat până la l=</translation>
    </message>
    <message>
        <source>%1: breaks in B — %2.</source>
        <translation>%1: se invalidează în B — %2.</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::MessageDiff</name>
    <message>
        <source>The messages are identical.</source>
        <translation>Mesajele sunt identice.</translation>
    </message>
    <message>
        <source>Headers (fields of one name aligned oldest-first):</source>
        <translation>Antete (câmpurile cu același nume sunt aliniate începând cu cel mai vechi):</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>nicio diferență</translation>
    </message>
    <message>
        <source>MIME parts:</source>
        <translation>Părți MIME:</translation>
    </message>
    <message>
        <source>(line diff truncated)</source>
        <translation>(diferențele pe linii au fost trunchiate)</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constatări:</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::Recheck</name>
    <message>
        <source>the snapshot</source>
        <translation>instantaneul</translation>
    </message>
    <message>
        <source>%1 changed since the case was recorded</source>
        <translation>%1 s-a modificat de când a fost înregistrat cazul</translation>
    </message>
    <message>
        <source>%1 exists now but did not when the case was recorded</source>
        <translation>%1 există acum, dar nu exista când a fost înregistrat cazul</translation>
    </message>
    <message>
        <source>%1 existed when the case was recorded but is gone now</source>
        <translation>%1 exista când a fost înregistrat cazul, dar acum a dispărut</translation>
    </message>
    <message>
        <source>%1 could not be looked up again (%2)</source>
        <translation>%1 nu a putut fi interogat din nou (%2)</translation>
    </message>
    <message>
        <source>Blocklist listing appeared: %1</source>
        <translation>A apărut o listare într-o listă de blocare: %1</translation>
    </message>
    <message>
        <source>Blocklist listing cleared: %1</source>
        <translation>O listare dintr-o listă de blocare a dispărut: %1</translation>
    </message>
    <message>
        <source>Blocklist return code changed: %1</source>
        <translation>Codul returnat de lista de blocare s-a schimbat: %1</translation>
    </message>
    <message>
        <source>%1 reports something new: %2</source>
        <translation>%1 raportează ceva nou: %2</translation>
    </message>
    <message>
        <source>%1 no longer reports: %2</source>
        <translation>%1 nu mai raportează: %2</translation>
    </message>
    <message>
        <source>Then (%1): %2
Now: %3</source>
        <translation>Atunci (%1): %2
Acum: %3</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(nimic)</translation>
    </message>
    <message>
        <source>Re-check again later or against another DNS server.</source>
        <translation>Reverificați mai târziu sau folosind alt server DNS.</translation>
    </message>
    <message>
        <source>Keep both snapshots as evidence; if the change was not intended, find who made it.</source>
        <translation>Păstrați ambele instantanee ca dovezi; dacă modificarea nu a fost intenționată, aflați cine a făcut-o.</translation>
    </message>
    <message>
        <source>domain audit of %1</source>
        <translation>auditul domeniului %1</translation>
    </message>
    <message>
        <source>blocklist check of %1</source>
        <translation>verificarea în listele de blocare pentru %1</translation>
    </message>
    <message>
        <source>Nothing changed since the case was recorded</source>
        <translation>Nimic nu s-a schimbat de când a fost înregistrat cazul</translation>
    </message>
    <message numerus="yes">
        <source>%n DNS answer(s) compared; %1 check(s) re-run.</source>
        <translation>
            <numerusform>%n răspuns DNS comparat; %1 verificări rulate din nou.</numerusform>
            <numerusform>%n răspunsuri DNS comparate; %1 verificări rulate din nou.</numerusform>
            <numerusform>%n de răspunsuri DNS comparate; %1 verificări rulate din nou.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 flipped: %2 then, %3 now</source>
        <translation>%1 s-a inversat: atunci %2, acum %3</translation>
    </message>
    <message>
        <source>DNS changes that explain it:</source>
        <translation>Modificări DNS care explică acest lucru:</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation</name>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation>stare necunoscută „%1”</translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;</source>
        <translation>gravitate necunoscută „%1”</translation>
    </message>
    <message>
        <source>list without a valid zone</source>
        <translation>listă fără o zonă validă</translation>
    </message>
    <message>
        <source>list %1: unknown type &apos;%2&apos;</source>
        <translation>lista %1: tip necunoscut „%2”</translation>
    </message>
    <message>
        <source>list %1: no types</source>
        <translation>lista %1: niciun tip</translation>
    </message>
    <message>
        <source>list %1: bad answer &apos;%2&apos;</source>
        <translation>lista %1: răspuns greșit „%2”</translation>
    </message>
    <message>
        <source>list %1: bit must be a power of two up to 128</source>
        <translation>lista %1: bitul trebuie să fie o putere a lui doi până la 128</translation>
    </message>
    <message>
        <source>answer %1 is outside 127.0.0.0/8: the list may be defunct or wildcarding</source>
        <translation>răspunsul %1 este în afara 127.0.0.0/8: lista poate fi defunctă sau poate folosi wildcard</translation>
    </message>
    <message>
        <source>%1 is an error or refusal code (127.255.255.0/24), not a listing</source>
        <translation>%1 este un cod de eroare sau de refuz (127.255.255.0/24), nu o listare</translation>
    </message>
    <message>
        <source>127.0.0.1 is not a listing code (RFC 5782 §5): the list may be refusing the query</source>
        <translation>127.0.0.1 nu este un cod de listare (RFC 5782 §5): este posibil ca lista să refuze interogarea</translation>
    </message>
    <message>
        <source>listed (return code %1 is not documented in the catalogue)</source>
        <translation>listat (codul returnat %1 nu este documentat în catalog)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an IP address nor a domain name</source>
        <translation>„%1” nu este nici o adresă IP, nici un nume de domeniu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation>„%1” nu este un nume de domeniu valid</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation::DnsblChecker</name>
    <message>
        <source>no resolver</source>
        <translation>niciun resolver</translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation>niciun răspuns (timp expirat)</translation>
    </message>
    <message>
        <source>DNS error %1</source>
        <translation>eroare DNS %1</translation>
    </message>
    <message>
        <source>%1 is listed on %2</source>
        <translation>%1 este listat în %2</translation>
    </message>
    <message>
        <source>Fix the cause, then ask the list operator for delisting.</source>
        <translation>Remediați cauza, apoi cereți operatorului listei eliminarea din listă.</translation>
    </message>
    <message>
        <source>Fix the cause, then request delisting at %1</source>
        <translation>Remediați cauza, apoi solicitați eliminarea din listă la %1</translation>
    </message>
    <message>
        <source>%1: no usable answer from %2</source>
        <translation>%1: niciun răspuns utilizabil de la %2</translation>
    </message>
    <message>
        <source>Retry later; query through your own resolver (public resolvers are often refused).</source>
        <translation>Reîncercați mai târziu; interogați prin propriul resolver (resolverele publice sunt adesea refuzate).</translation>
    </message>
    <message>
        <source>%1 is not listed</source>
        <translation>%1 nu este listat</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation::DnsblSummary</name>
    <message>
        <source>listed on %1 of %2 lists</source>
        <translation>listat în %1 din %2 liste</translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation>, %1 necunoscute</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Smtp::SmtpProbe</name>
    <message>
        <source>The probe did not finish in time</source>
        <translation>Sondarea nu s-a încheiat la timp</translation>
    </message>
    <message>
        <source>Stopped after %1 ms.</source>
        <translation>Oprită după %1 ms.</translation>
    </message>
    <message>
        <source>Check that the server answers; raise the timeout for slow servers.</source>
        <translation>Verificați dacă serverul răspunde; măriți timpul limită pentru serverele lente.</translation>
    </message>
    <message>
        <source>the probe ran out of time; retry later</source>
        <translation>sondarea a rămas fără timp; reîncercați mai târziu</translation>
    </message>
    <message>
        <source>the probe was cancelled</source>
        <translation>sondarea a fost anulată</translation>
    </message>
    <message>
        <source>The host name does not resolve</source>
        <translation>Numele gazdei nu se rezolvă</translation>
    </message>
    <message>
        <source>No A or AAAA record for %1 (%2).</source>
        <translation>Nicio înregistrare A sau AAAA pentru %1 (%2).</translation>
    </message>
    <message>
        <source>Check the name and the DNS.</source>
        <translation>Verificați numele și DNS-ul.</translation>
    </message>
    <message>
        <source>the host could not be resolved</source>
        <translation>gazda nu a putut fi rezolvată</translation>
    </message>
    <message>
        <source>The server sent a malformed reply</source>
        <translation>Serverul a trimis un răspuns incorect</translation>
    </message>
    <message>
        <source>Check what answers on this port: it does not speak SMTP correctly.</source>
        <translation>Verificați ce răspunde pe acest port: nu vorbește SMTP corect.</translation>
    </message>
    <message>
        <source>the server sent a malformed reply</source>
        <translation>serverul a trimis un răspuns incorect</translation>
    </message>
    <message>
        <source>during the session</source>
        <translation>în timpul sesiunii</translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation>la conectare</translation>
    </message>
    <message>
        <source>No SMTP connection</source>
        <translation>Nicio conexiune SMTP</translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation>%1 portul %2: %3</translation>
    </message>
    <message>
        <source>Check the host, the port and firewalls.</source>
        <translation>Verificați gazda, portul și firewallurile.</translation>
    </message>
    <message>
        <source>no connection; retry later</source>
        <translation>nicio conexiune; reîncercați mai târziu</translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation>Serverul a încetat să răspundă</translation>
    </message>
    <message>
        <source>No complete reply within %1 ms (%2).</source>
        <translation>Niciun răspuns complet în %1 ms (%2).</translation>
    </message>
    <message>
        <source>A silent or very slow server (tarpit) cannot be assessed; retry later or raise --timeout.</source>
        <translation>Un server tăcut sau foarte lent (tarpit) nu poate fi evaluat; reîncercați mai târziu sau măriți --timeout.</translation>
    </message>
    <message>
        <source>the server stopped answering; retry later</source>
        <translation>serverul a încetat să răspundă; reîncercați mai târziu</translation>
    </message>
    <message>
        <source>Check what answers on this port.</source>
        <translation>Verificați ce răspunde pe acest port.</translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation>Serverul a închis conexiunea</translation>
    </message>
    <message>
        <source>The connection ended %1 without a 221 reply.</source>
        <translation>Conexiunea s-a încheiat %1 fără un răspuns 221.</translation>
    </message>
    <message>
        <source>Check the server&apos;s log for why it dropped the session.</source>
        <translation>Verificați jurnalul serverului pentru a afla de ce a întrerupt sesiunea.</translation>
    </message>
    <message>
        <source>the server closed the connection; retry later</source>
        <translation>serverul a închis conexiunea; reîncercați mai târziu</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>Negocierea TLS a eșuat</translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate, key and TLS protocol settings.</source>
        <translation>Verificați certificatul, cheia și setările protocolului TLS ale serverului.</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>negocierea TLS a eșuat</translation>
    </message>
    <message>
        <source>The server delays its replies (tarpit)</source>
        <translation>Serverul își întârzie răspunsurile (tarpit)</translation>
    </message>
    <message>
        <source>The %1 reply took %2 ms (threshold %3 ms).</source>
        <translation>Răspunsul %1 a durat %2 ms (pragul este %3 ms).</translation>
    </message>
    <message>
        <source>Deliberate delays slow down spammers and this probe alike; retry later.</source>
        <translation>Întârzierile deliberate îi încetinesc atât pe spameri, cât și această sondare; reîncercați mai târziu.</translation>
    </message>
    <message>
        <source>The server ended the session (421)</source>
        <translation>Serverul a încheiat sesiunea (421)</translation>
    </message>
    <message>
        <source>It answered 421, which usually means a rate limit, overload or shutdown.</source>
        <translation>A răspuns 421, ceea ce înseamnă de obicei o limită de rată, o supraîncărcare sau o oprire.</translation>
    </message>
    <message>
        <source>Retry later, from an address the server does not limit.</source>
        <translation>Reîncercați mai târziu, de la o adresă pe care serverul nu o limitează.</translation>
    </message>
    <message>
        <source>the server answered 421 (rate limit or shutdown); retry later</source>
        <translation>serverul a răspuns 421 (limită de rată sau oprire); reîncercați mai târziu</translation>
    </message>
    <message>
        <source>The server refuses this client</source>
        <translation>Serverul refuză acest client</translation>
    </message>
    <message>
        <source>The greeting is %1 instead of 220.</source>
        <translation>Mesajul de întâmpinare este %1 în loc de 220.</translation>
    </message>
    <message>
        <source>Run the probe from an address the server accepts (not a blocklisted or dynamic one).</source>
        <translation>Rulați sondarea de la o adresă pe care serverul o acceptă (nu una aflată pe o listă de blocare sau dinamică).</translation>
    </message>
    <message>
        <source>the server refused the session (greeting %1); retry from another address</source>
        <translation>serverul a refuzat sesiunea (mesaj de întâmpinare %1); reîncercați de la altă adresă</translation>
    </message>
    <message>
        <source>EHLO after TLS was rejected</source>
        <translation>EHLO după TLS a fost respins</translation>
    </message>
    <message>
        <source>The server must accept EHLO after STARTTLS.</source>
        <translation>Serverul trebuie să accepte EHLO după STARTTLS.</translation>
    </message>
    <message>
        <source>EHLO was rejected</source>
        <translation>EHLO a fost respins</translation>
    </message>
    <message>
        <source>EHLO and HELO were rejected</source>
        <translation>EHLO și HELO au fost respinse</translation>
    </message>
    <message>
        <source>The server rejected the greeting %1.</source>
        <translation>Serverul a respins salutul %1.</translation>
    </message>
    <message>
        <source>Try another --helo name, or check the server&apos;s HELO restrictions.</source>
        <translation>Încercați alt nume --helo sau verificați restricțiile HELO ale serverului.</translation>
    </message>
    <message>
        <source>the greeting was rejected</source>
        <translation>salutul a fost respins</translation>
    </message>
    <message>
        <source>STARTTLS is not offered</source>
        <translation>STARTTLS nu este oferit</translation>
    </message>
    <message>
        <source>EHLO does not advertise STARTTLS: mail to and from this server travels in plaintext.</source>
        <translation>EHLO nu anunță STARTTLS: e-mailurile către și de la acest server circulă în text clar.</translation>
    </message>
    <message>
        <source>(HELO only)</source>
        <translation>(doar HELO)</translation>
    </message>
    <message>
        <source>Configure a certificate and enable STARTTLS.</source>
        <translation>Configurați un certificat și activați STARTTLS.</translation>
    </message>
    <message>
        <source>STARTTLS is advertised but refused</source>
        <translation>STARTTLS este anunțat, dar refuzat</translation>
    </message>
    <message>
        <source>The server answered %1 to STARTTLS.</source>
        <translation>Serverul a răspuns %1 la STARTTLS.</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration (certificate, key).</source>
        <translation>Verificați configurația TLS a serverului (certificat, cheie).</translation>
    </message>
    <message>
        <source>A random recipient was accepted</source>
        <translation>Un destinatar aleatoriu a fost acceptat</translation>
    </message>
    <message>
        <source>RCPT TO:&lt;%1&gt; was accepted: recipients are not checked at RCPT time (catch-all or later bounce).</source>
        <translation>RCPT TO:&lt;%1&gt; a fost acceptat: destinatarii nu sunt verificați la RCPT (catch-all sau returnare ulterioară).</translation>
    </message>
    <message>
        <source>Reject unknown recipients at RCPT time to avoid backscatter.</source>
        <translation>Respingeți destinatarii necunoscuți la RCPT pentru a evita backscatter.</translation>
    </message>
    <message>
        <source>The server is an open relay</source>
        <translation>Serverul este un releu deschis</translation>
    </message>
    <message>
        <source>%1 of %2 relay tests were accepted without authentication.</source>
        <translation>%1 din %2 teste de releu au fost acceptate fără autentificare.</translation>
    </message>
    <message>
        <source>Relay only for your own networks and authenticated users (Postfix: mynetworks, smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</source>
        <translation>Permiteți retransmiterea doar pentru propriile rețele și utilizatorii autentificați (Postfix: mynetworks, smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</translation>
    </message>
    <message>
        <source>the server requires STARTTLS before accepting mail; run the probe with STARTTLS</source>
        <translation>serverul necesită STARTTLS înainte de a accepta e-mailuri; rulați sondarea cu STARTTLS</translation>
    </message>
    <message>
        <source>Relay test inconclusive: STARTTLS required</source>
        <translation>Test de releu neconcludent: STARTTLS obligatoriu</translation>
    </message>
    <message>
        <source>Probe again with STARTTLS (or implicit TLS); for a public MX, requiring TLS refuses mail from servers without it (RFC 3207 §4).</source>
        <translation>Sondați din nou cu STARTTLS (sau TLS implicit); pentru un MX public, impunerea TLS refuză e-mailurile de la serverele fără TLS (RFC 3207 §4).</translation>
    </message>
    <message>
        <source>the server requires authentication before accepting mail; nothing could be tried</source>
        <translation>serverul necesită autentificare înainte de a accepta e-mailuri; nu s-a putut încerca nimic</translation>
    </message>
    <message>
        <source>Relay test inconclusive: authentication required</source>
        <translation>Test de releu neconcludent: autentificare obligatorie</translation>
    </message>
    <message>
        <source>Expected on a submission port; for an MX this would refuse all incoming mail.</source>
        <translation>Normal pe un port de trimitere (submission); pentru un MX, acest lucru ar refuza toate e-mailurile primite.</translation>
    </message>
    <message>
        <source>the server answered with temporary failures (greylisting?); retry later</source>
        <translation>serverul a răspuns cu eșecuri temporare (greylisting?); reîncercați mai târziu</translation>
    </message>
    <message>
        <source>Relay test inconclusive: temporary failures</source>
        <translation>Test de releu neconcludent: eșecuri temporare</translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation>Reîncercați mai târziu.</translation>
    </message>
    <message>
        <source>the relay tests did not complete; retry later</source>
        <translation>testele de releu nu s-au finalizat; reîncercați mai târziu</translation>
    </message>
    <message>
        <source>Relay test inconclusive</source>
        <translation>Test de releu neconcludent</translation>
    </message>
    <message>
        <source>%1 of 16 relay tests ran: %2.</source>
        <translation>Au rulat %1 din 16 teste de releu: %2.</translation>
    </message>
    <message>
        <source>the server delays its replies (tarpit); retry later</source>
        <translation>serverul își întârzie răspunsurile (tarpit); reîncercați mai târziu</translation>
    </message>
    <message>
        <source>Relay test inconclusive: tarpit</source>
        <translation>Test de releu neconcludent: tarpit</translation>
    </message>
    <message>
        <source>The server is not an open relay</source>
        <translation>Serverul nu este un releu deschis</translation>
    </message>
    <message>
        <source>All %1 relay tests were rejected.</source>
        <translation>Toate cele %1 teste de releu au fost respinse.</translation>
    </message>
    <message>
        <source>The server does not support EHLO</source>
        <translation>Serverul nu acceptă EHLO</translation>
    </message>
    <message>
        <source>Only HELO worked: no SMTP extensions (STARTTLS, SIZE, 8BITMIME) are available.</source>
        <translation>A funcționat doar HELO: nicio extensie SMTP (STARTTLS, SIZE, 8BITMIME) nu este disponibilă.</translation>
    </message>
    <message>
        <source>Use an ESMTP server.</source>
        <translation>Folosiți un server ESMTP.</translation>
    </message>
    <message>
        <source>SMTP extensions offered</source>
        <translation>Extensii SMTP oferite</translation>
    </message>
    <message>
        <source>none of the common extensions</source>
        <translation>niciuna dintre extensiile uzuale</translation>
    </message>
    <message>
        <source>AUTH is offered without TLS</source>
        <translation>AUTH este oferit fără TLS</translation>
    </message>
    <message>
        <source>Mechanisms %1 are advertised on the plaintext connection: passwords can travel unencrypted.</source>
        <translation>Mecanismele %1 sunt anunțate pe conexiunea necriptată: parolele pot circula necriptate.</translation>
    </message>
    <message>
        <source>Offer AUTH only after STARTTLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation>Oferiți AUTH doar după STARTTLS (Postfix: smtpd_tls_auth_only = yes).</translation>
    </message>
    <message>
        <source>AUTH is offered only over TLS</source>
        <translation>AUTH este oferit doar prin TLS</translation>
    </message>
    <message>
        <source>Mechanisms after TLS: %1.</source>
        <translation>Mecanisme după TLS: %1.</translation>
    </message>
    <message>
        <source>VRFY is enabled</source>
        <translation>VRFY este activat</translation>
    </message>
    <message>
        <source>VRFY postmaster answered %1: the command can be used to probe for valid addresses.</source>
        <translation>VRFY postmaster a răspuns %1: comanda poate fi folosită pentru a sonda adresele valide.</translation>
    </message>
    <message>
        <source>Disable VRFY (Postfix: disable_vrfy_command = yes).</source>
        <translation>Dezactivați VRFY (Postfix: disable_vrfy_command = yes).</translation>
    </message>
    <message>
        <source>EXPN is enabled</source>
        <translation>EXPN este activat</translation>
    </message>
    <message>
        <source>EXPN postmaster answered %1: mailing lists can be expanded by anyone.</source>
        <translation>EXPN postmaster a răspuns %1: listele de discuții pot fi extinse de oricine.</translation>
    </message>
    <message>
        <source>Disable EXPN.</source>
        <translation>Dezactivați EXPN.</translation>
    </message>
    <message>
        <source>Outdated TLS version</source>
        <translation>Versiune TLS învechită</translation>
    </message>
    <message>
        <source>The session uses %1.</source>
        <translation>Sesiunea folosește %1.</translation>
    </message>
    <message>
        <source>Enable TLS 1.2 and 1.3.</source>
        <translation>Activați TLS 1.2 și 1.3.</translation>
    </message>
    <message>
        <source>Data arrived between STARTTLS and the handshake</source>
        <translation>Au sosit date între STARTTLS și negociere</translation>
    </message>
    <message>
        <source>%1 bytes came after the 220 reply and before TLS; they were discarded.</source>
        <translation>%1 octeți au sosit după răspunsul 220 și înainte de TLS; au fost ignorați.</translation>
    </message>
    <message>
        <source>Check for a middlebox injecting data or a broken server.</source>
        <translation>Verificați dacă un echipament intermediar injectează date sau dacă serverul este defect.</translation>
    </message>
    <message>
        <source>The certificate is not trusted</source>
        <translation>Certificatul nu este de încredere</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Verificarea a eșuat: %1</translation>
    </message>
    <message>
        <source>Use a certificate from a public CA with the full chain (or pass --ca-file for a private CA).</source>
        <translation>Folosiți un certificat de la o autoritate de certificare publică, cu lanțul complet (sau transmiteți --ca-file pentru o autoritate privată).</translation>
    </message>
    <message>
        <source>The certificate does not match the host name</source>
        <translation>Certificatul nu corespunde numelui gazdei</translation>
    </message>
    <message>
        <source>%1 is not among the certificate&apos;s names.</source>
        <translation>%1 nu se află printre numele certificatului.</translation>
    </message>
    <message>
        <source>Include the MX host name in the certificate&apos;s subjectAltName.</source>
        <translation>Includeți numele gazdei MX în subjectAltName al certificatului.</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Certificatul a expirat</translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation>A expirat la %1.</translation>
    </message>
    <message>
        <source>Renew the certificate.</source>
        <translation>Reînnoiți certificatul.</translation>
    </message>
    <message>
        <source>Weak certificate key</source>
        <translation>Cheie slabă a certificatului</translation>
    </message>
    <message>
        <source>RSA key of %1 bits.</source>
        <translation>Cheie RSA de %1 biți.</translation>
    </message>
    <message>
        <source>Use RSA 2048 bits or more, or ECDSA P-256.</source>
        <translation>Folosiți RSA de 2048 de biți sau mai mult ori ECDSA P-256.</translation>
    </message>
    <message>
        <source>TLS is set up correctly</source>
        <translation>TLS este configurat corect</translation>
    </message>
    <message>
        <source>%1 with %2; the certificate is trusted and matches %3.</source>
        <translation>%1 cu %2; certificatul este de încredere și corespunde lui %3.</translation>
    </message>
    <message>
        <source>The reverse lookup failed</source>
        <translation>Interogarea inversă a eșuat</translation>
    </message>
    <message>
        <source>The server&apos;s address has no PTR record</source>
        <translation>Adresa serverului nu are înregistrare PTR</translation>
    </message>
    <message>
        <source>PTR lookup for %1: %2.</source>
        <translation>Interogarea PTR pentru %1: %2.</translation>
    </message>
    <message>
        <source>Publish a PTR record naming the server, with a matching A/AAAA record.</source>
        <translation>Publicați o înregistrare PTR care numește serverul, cu o înregistrare A/AAAA corespunzătoare.</translation>
    </message>
    <message>
        <source>Reverse DNS does not confirm forward</source>
        <translation>DNS-ul invers nu este confirmat direct</translation>
    </message>
    <message>
        <source>%1 points to %2, but no name resolves back to it.</source>
        <translation>%1 indică spre %2, dar niciun nume nu se rezolvă înapoi la aceasta.</translation>
    </message>
    <message>
        <source>Make the PTR name&apos;s A/AAAA record point to this address.</source>
        <translation>Faceți ca înregistrarea A/AAAA a numelui PTR să indice spre această adresă.</translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS</source>
        <translation>DNS invers confirmat direct</translation>
    </message>
    <message>
        <source>%1 ↔ %2.</source>
        <translation>%1 ↔ %2.</translation>
    </message>
    <message>
        <source>The banner name differs from reverse DNS</source>
        <translation>Numele din banner diferă de DNS-ul invers</translation>
    </message>
    <message>
        <source>The greeting names %1; the PTR record says %2.</source>
        <translation>Mesajul de întâmpinare numește %1; înregistrarea PTR indică %2.</translation>
    </message>
    <message>
        <source>Make the greeting name (Postfix: myhostname) the PTR name.</source>
        <translation>Folosiți numele PTR ca nume în mesajul de întâmpinare (Postfix: myhostname).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email deliverability workbench</source>
        <translation>Atelier pentru livrabilitatea e-mailurilor</translation>
    </message>
    <message>
        <source>Messages, mbox files or Maildir folders to open.</source>
        <translation>Mesaje, fișiere mbox sau dosare Maildir de deschis.</translation>
    </message>
</context>
</TS>
