<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Catalogue</name>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a catalogue (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no &quot;lists&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: list %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth</name>
    <message>
        <source>%1 said %2=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said %2=%3 for %4=%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body changed after that hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signed header field changed after that hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key record is different or unavailable now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature has expired since (x=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; we could not evaluate SPF (the connection is not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; we checked a different identity (%2), so the results are not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; we agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; we get spf=%2 for %3 from %4: SPF depends on the connecting IP, and that receiver saw the connection from its own previous hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 without naming the domain; not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the message has no such DKIM-Signature now (removed after that hop?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; it fails now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; we get dkim=%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; our From domain is %2, not comparable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; we get dmarc=%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; this method is not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stamped %2=%3; we get %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust the receiver&apos;s verdict for what happened at delivery; the difference shows what changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Our verdicts agree with the trusted Authentication-Results (%n result(s) compared)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checked as if connected from %1 (HELO %2, MAIL FROM %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS source: DMARC was not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connecting IP is not known: SPF was not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither MAIL FROM nor HELO is known: SPF was not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS source: SPF was not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC was not requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received field %1 (from the top) is the topmost that names a connecting IP; no hop names a public IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received field 1 (the topmost, added by the final receiver) names the connecting IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Received field names a connecting IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no Received field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return-Path is &lt;&gt;: the null reverse-path (a bounce), so SPF checks the HELO identity (RFC 7208 §2.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM is the topmost Return-Path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no Return-Path: MAIL FROM is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connecting IP was given: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HELO name was given: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM was given: &lt;%1&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF passes for the sending IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF was not evaluated (the connection is not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spf=%1 for %2 (%3) from %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DKIM signature verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DKIM-Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The From domain publishes a DMARC record (p=none at least)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DMARC lookup for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DMARC record for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC passes: the From domain aligns with a passing SPF or DKIM domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM aligned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF aligned (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc=pass for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dmarc=%1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending IP has a PTR record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PTR name resolves back to the sending IP (forward-confirmed reverse DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sending IP is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTR of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PTR for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PTR name of %1 resolves back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 → %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message arrived over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiving hop is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-click unsubscribe: an https List-Unsubscribe URI, List-Unsubscribe-Post: List-Unsubscribe=One-Click, both signed by a passing DKIM signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no List-Unsubscribe field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no List-Unsubscribe-Post field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 List-Unsubscribe-Post fields (one expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is &quot;%1&quot;, not exactly &quot;List-Unsubscribe=One-Click&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no passing DKIM signature covers both List-Unsubscribe and List-Unsubscribe-Post in h=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; signed by d=%2 s=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DKIM key has 1024 bits or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2-bit %3 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2-bit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DKIM key was retrieved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message conforms to RFC 5322</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no structure errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a= is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a=%1 is not a known algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b= is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b= is empty or not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d= is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=%1 is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s= is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s=%1 is not a valid selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=%1 is not a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh= is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh= is empty or not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c=%1 is not a known canonicalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= lists ARC-Seal, which an ARC-Message-Signature must not sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 is not a length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x=%1 is not a timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ARC-Seal has an h= tag, which RFC 8617 §4.1.3 forbids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no ARC sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC chain validates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC chain was already marked failed (cv=fail) by the last sealer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the hop that sealed with cv=fail: it could not validate the chain it received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC sets are malformed, missing, duplicated or out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sealer must add exactly one ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results with the next instance number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 50 ARC sets (or an instance above 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is looping between forwarders; find the loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest ARC-Message-Signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message changed after the last ARC sealer signed it, or its key does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ARC-Seal does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ARC header field changed after sealing, or the sealer&apos;s key does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older ARC-Message-Signatures no longer verify (oldest-pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reproduces bh=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 says the signer hashed %1 canonical body bytes, but the body now has only %2: it was cut or rewritten after signing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body (%1 bytes) is larger than the diagnosis limit; no damage pattern was tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed body is the first %1 bytes (%2 canonical bytes): %3 bytes were appended after signing (a mailing-list footer or a disclaimer?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has LF-only line ends; bh= matches when they are hashed as bare LF. The signer hashed the text before converting line ends to CRLF (RFC 6376 §5.3 requires CRLF), so every verifier that treats LF as CRLF fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh= matches when spaces and tabs at line ends are removed: trailing whitespace was added after signing, which c=…/simple does not tolerate (c=…/relaxed would).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh= matches the %1 body canonicalization, not the %2 that c= declares: the signer mislabelled c= or it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh= matches the decoded body: the signer signed it as 8bit and it was re-encoded as %1 after signing (an 8BITMIME downgrade by a relay?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh= matches the whole body, not its first l=%1 bytes: the signer ignored its own l=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known damage pattern reproduces bh=: the body was changed inside (a rewritten link, a changed character set or line wrapping?). Compare the canonical body below with the sent one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v= is not the first tag of the key record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=%1 is not DKIM1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= has an empty entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key type k=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key record has no p= tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required tag %1= is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v=%1 is not a supported version (only v=1 is defined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signing algorithm a=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>b= is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bh= is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c=%1 is not header/body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown canonicalization c=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selector._domainkey.domain is longer than 253 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= lists more than 1000 header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= has an invalid header field name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h= does not include From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i=%1 is not an identity (local-part@domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain of i=%1 is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i=%1 is not in d=%2 or a subdomain of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q=%1 names no supported query method (dns/txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x= (%1) is before t= (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsa-sha1 must not be used for signing (RFC 8301 §3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is %1, which cannot make %2 signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i= must be an address in d= or a subdomain of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a header field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed header fields must include From (RFC 6376 §5.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: the folded signature changed while adding b=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty tag-spec (&quot;;;&quot;) at offset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid tag name starting with &quot;%1&quot; at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is not followed by &quot;=&quot; (offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character 0x%1 in the value of tag &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1 (d=%2, s=%3, a=%4): %5 — %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM pass with d=%1, aligned (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=%1 does not align with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned, but the DKIM result is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF pass for the MAIL FROM domain %1, aligned (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SPF result for the HELO identity does not count for DMARC (RFC 7489 §4.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not align with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned, but the SPF result is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an aligned %1 pass: DMARC pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no aligned DKIM or SPF pass: DMARC fail; the policy (%1=%2) asks for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARCbis drops pct=: the full policy (%1) would apply%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; pct=0 corresponds to t=y (testing), under which the next-lower policy applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is dropped: %2 does not authorise reports for %3 (RFC 7489 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (no A, AAAA or MX): DMARCbis (and RFC 9091) apply np=%2 instead of sp=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DMARC record at _dmarc.%1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS lookup of _dmarc.%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.%1 has %2 DMARC records: DMARC is not applied (RFC 7489 §6.6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DMARC record at _dmarc.%1 or at the organizational domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DMARC record at _dmarc.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARCbis would walk the DNS tree from %1 upwards instead of using the Public Suffix List; this check used the PSL organizational domain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From field has no usable address (RFC 7489 §6.6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From field has %1 addresses; DMARC needs exactly one author domain (RFC 7489 §6.6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the From address has no domain name (RFC 7489 §6.6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no header section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has no From field (RFC 5322 §3.6, RFC 7489 §6.6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message has %1 From fields (RFC 5322 §3.6 allows one; RFC 7489 §6.6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable RFC5322.From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARCbis would differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;, which is not a URI (RFC 7489 §6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;, a mailto: URI without an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= has &quot;%2&quot;: only mailto: URIs are used for reports (RFC 7489 §7.1); it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=DMARC1&quot; (RFC 7489 §6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=%2 is not a valid value (RFC 7489 §6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1= has an empty value; the default is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no p= tag and no valid rua= (RFC 7489 §6.3, §6.6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag %1= has an invalid value (RFC 7489 §6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list (last two labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid DNS name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (simulated timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNAME chain too long or looping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void lookup %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 DNS lookups returned no records (void lookup limit, RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS lookup of %1 %2 failed: %3 (RFC 7208 §2.6.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exp= target is not a valid name; the default explanation is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no single TXT record for exp=; the default explanation is used (RFC 7208 §6.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exp= text has a macro syntax error; the default explanation is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the term &quot;%1&quot; of %2 matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client address is not an address of any MX host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no validated PTR name within %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client address is not among the addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name has no A record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no MX records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MX records: more than %2 names to look up (RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PTR lookup failed: no match (RFC 7208 §5.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PTR records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first %1 PTR names are checked (RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the included record gave %1: no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>include:%1 has no SPF record (RFC 7208 §5.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client address is outside the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect; RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the include target &quot;%1&quot; is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target &quot;%1&quot; is not a valid domain name: no match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect target &quot;%1&quot; is not a valid domain name (RFC 7208 §6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect=%1 has no SPF record (RFC 7208 §6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mechanism of %1 matched and there is no redirect=: neutral (RFC 7208 §4.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a usable domain name (RFC 7208 §4.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist (NXDOMAIN): no SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (RFC 7208 §4.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records; exactly one is allowed (RFC 7208 §4.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error in the SPF record of %1 at &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender is not authorised by the SPF policy of the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;%&quot; at the end of a macro-string (RFC 7208 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%%1&quot; is not a macro (RFC 7208 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the macro letter &quot;%1&quot; is allowed only in exp= text (RFC 7208 §7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown macro letter (RFC 7208 §7.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macro transformer of 0 parts (RFC 7208 §7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unterminated or malformed macro (RFC 7208 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character not allowed in a macro-string (RFC 7208 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed modifier &quot;%1&quot; (RFC 7208 §4.6.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mechanism &quot;%1&quot; (RFC 7208 §5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a malformed CIDR length in &quot;%1&quot; (RFC 7208 §5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument (RFC 7208 §5.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a domain-spec (RFC 7208 §5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs an address (RFC 7208 §5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2 address (RFC 7208 §5.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty domain-spec (RFC 7208 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain-spec does not end in &quot;.&quot; and a top-level label (RFC 7208 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain-spec does not end in a valid top-level label (RFC 7208 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not start with &quot;v=spf1&quot; (RFC 7208 §4.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modifier %1= appears more than once (RFC 7208 §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received field %1 (from the top) was added by %2, the trusted authserv-id of the Authentication-Results: it records the connection that receiver checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received field %1 (from the top) is where the message entered the receiving organisation; the %2 field(s) above it record the receiver&apos;s internal relays or local delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF could not be evaluated: a DNS lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::ArcVerifier</name>
    <message>
        <source>The message carries no ARC header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value does not start with &quot;i=N;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at line %2 has no valid instance i= (1–50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one %1 with i=%2 (lines %3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARC-Seal with the highest instance (i=%1) has cv=fail: the chain failed before this message arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has ARC fields with instance %1 or more ARC header fields than 50 sets can hold; at most 50 ARC sets are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set i=%1 has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ARC-Seal i=%1 is malformed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ARC-Seal i=%1 has cv=%2; it must be cv=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARC chain is not well formed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ARC-Message-Signature is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ARC-Message-Signature expired (x=%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ARC-Seal is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARC-Message-Signature i=%1 (d=%2, s=%3) does not verify: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ARC-Seal i=%1 (d=%2, s=%3) does not verify: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single ARC set (i=1, sealed by %1) validates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 ARC sets validate; the newest was sealed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest-pass is %1: the ARC-Message-Signature of hop %2 (%3) no longer verifies, so the message changed after that hop; the results recorded by hops %1 and later describe the message as received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimCrypto</name>
    <message>
        <source>the public key is empty or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ed25519 key must be 32 octets, p= has %1 (RFC 8463 §4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not a usable ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is not an RSA public key (neither SubjectPublicKeyInfo nor RSAPublicKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= holds a key of another type than k=rsa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key file is empty or too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PEM data holds no readable (unencrypted) private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PEM (PKCS#8 or PKCS#1) private key, a DER key or a base64 ed25519 seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not sign with this key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimPrivateKey</name>
    <message>
        <source>the key is neither RSA nor ed25519</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::DkimVerifier</name>
    <message>
        <source>the signature expired at %1 (x=%2); verification time %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t=%1 (%2) is %3 seconds after the verification time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1: the last %2 canonical body bytes are not covered by the signature and could have been added by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1: the signature covers the body by length; content appended later would still pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 occurs %2 times but h= lists it %3 times: the topmost %4 (line %5) is not signed and may have been added after signing; mail readers usually show the topmost one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 DKIM-Signature fields were evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key record at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TXT record at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key record at %1 is unusable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key at %1 is revoked (empty p=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is k=%1 but the signature is a=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key allows h=%1 only, the signature uses %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key&apos;s s=%1 does not include email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key has t=s but i=%1 is in a subdomain of d=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; verifiers must not accept keys under 1024 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 but the canonical body has only %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 body hash is %2 but bh= is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body hash matches, but the signature over the signed header fields does not verify with the key at %1: a signed header field changed after signing, or the key does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature is cryptographically valid, but rsa-sha1 must not be considered valid (RFC 8301 §3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature verifies, but the RSA key has %1 bits, under the configured %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key at %1 has t=y: the domain is testing DKIM; receivers may treat the signature as unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified with the %1-bit %2 key at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM-Signature header field: DKIM gives the result none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key lookup for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::MessageAuthResult</name>
    <message>
        <source>Give the connection with --ip, --helo and --mail-from (or open a message with its Received and Return-Path fields).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Auth::Scorecard</name>
    <message>
        <source>Bulk-sender requirement not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk-sender rows not decided: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or DNS did not say enough (no connecting IP, no receiving hop, a DNS error).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns</name>
    <message>
        <source>malformed answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name exists but has no record of this type (NODATA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server failed to answer (SERVFAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the query (REFUSED)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer before the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a DNS server address (IP[:PORT], [IPv6]:PORT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns::Resolver</name>
    <message>
        <source>the c-ares library could not be initialised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c-ares: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1 within %2 ms (%3 × %4 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Dns::ZoneParser</name>
    <message>
        <source>too many problems; the rest of the file is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced parenthesis: &apos;(&apos; is never closed; the record is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested parenthesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced parenthesis: &apos;)&apos; without &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escape \%1 is not a byte value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a \DDD escape needs three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a domain name cannot be a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;@&apos; used but no $ORIGIN is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative name &apos;%1&apos; but no $ORIGIN is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid domain name &apos;%1&apos; (empty label, label over 63 or name over 253 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ORIGIN takes one domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid $ORIGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$TTL takes one TTL value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported in an overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown directive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record has no owner name and there is no previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid TTL &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class %1 is not supported (only IN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record type missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record type %1 is not supported in an overlay; record ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record: RDATA incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record: unexpected data after the RDATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record: &apos;%1&apos; is not an IPv4 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAAA record: &apos;%1&apos; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX record: preference must be 0..65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT record: no character-string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT record: a character-string is %1 bytes, the limit is 255; split it into several quoted strings (they are joined without a separator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 records; the rest of the file is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the zone text is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record with more than %1 fields ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Domain</name>
    <message>
        <source>the required tag p= is missing; receivers act as if p=none (RFC 7489 §6.3, §6.6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1 appears more than once; the last value is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what-if overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX and reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain and DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the record of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no domain given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic (cPanel, Plesk, many hosts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp / Mandrill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SendGrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DNS resolver available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX hosts resolve and have forward-confirmed reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n MX host(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No DKIM key at the common selectors tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %n guessed selector(s) has a key. That says nothing about the selectors this domain really uses.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Run again with --selector, taken from the s= tag of a DKIM-Signature of a real message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lookup of %1 %2 failed: %3. The %4 check could not be completed; this is not the same as &quot;no record&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookup failed: %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the domain&apos;s name servers answer; run the audit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no address (A: %2, AAAA: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record: senders fall back to its A/AAAA address (implicit MX), and bounces to this domain may not be deliverable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish MX records, or a null MX (&quot;0 .&quot;, RFC 7505) if the domain receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null MX: the domain accepts no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it receives no mail, and mail from it can get no bounces; receivers may reject mail whose envelope sender uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed null MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A null MX must be the only MX record and have preference 0; here it is mixed with %1 record(s) or has another preference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish either &quot;0 .&quot; alone or real MX hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host listed twice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears in more than one MX record; the duplicates add nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the duplicate record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX points at an address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MX exchange must be a host name; senders look up %1 as a name and fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the MX at a host name with A/AAAA records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one MX host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All mail goes to %1; senders queue and retry while it is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host is a CNAME: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an alias of %2; an MX must name a host with its own address records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the MX record at %1 directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host has no address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has neither A nor AAAA records: mail to this MX cannot be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish A/AAAA records for %1 or remove the MX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host has a non-public address: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2 (loopback, private or link-local): other hosts on the Internet cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reverse DNS for MX address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (of MX %2) has no PTR record; many receivers distrust hosts without reverse DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the owner of %1 to publish a PTR naming %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS of %1 is not forward-confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has PTR %2, but that name does not resolve back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the PTR name&apos;s A/AAAA record include %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no SPF record (a TXT record starting with &quot;v=spf1&quot;): receivers get SPF &quot;none&quot; and cannot tell its servers from forgers. SPF records of type 99 are obsolete and not consulted (RFC 7208 §3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record such as &quot;v=spf1 mx -all&quot; listing every server that sends for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 target without SPF record: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 names %3, which has no SPF record: evaluation ends in PermError for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SPF records at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has more than one &quot;v=spf1&quot; record: SPF evaluation ends in PermError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF syntax error at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record of %1 is invalid (evaluation ends in PermError): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long SPF record at %1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is longer than %1 bytes; with other TXT records the answer may not fit a 512-byte UDP response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move ranges into an include or shorten the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanisms after &quot;all&quot; at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; comes after &quot;all&quot; and is never evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &quot;all&quot; to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF allows every host: &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;+all&quot; makes SPF pass for any sender on the Internet%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (reached through %1 from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot; or &quot;~all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF ends in &quot;?all&quot; at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;?all&quot; gives no verdict for unlisted hosts: the record does not protect the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &quot;~all&quot; or &quot;-all&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF uses &quot;ptr&quot; at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ptr mechanism is slow and unreliable and SHOULD NOT be used; some receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with ip4/ip6 or a mechanisms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect ignored at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has an &quot;all&quot; mechanism, so &apos;%1&apos; is never used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove either &quot;all&quot; or the redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF include loop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the record of %2 leads back to %3 (path: %4): evaluation ends in PermError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the circular include.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF tree not fully walked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The include tree is deeper than %1 or larger than %2 records; the rest was not looked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than 10 MX hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 MX records; the mx mechanism allows at most 10 (PermError).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record without &quot;all&quot; at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record ends without &quot;all&quot; or redirect: unlisted hosts get &quot;neutral&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF needs %1 DNS lookups (limit 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating the SPF record of %1 takes %2 DNS-querying terms; above 10 the result is PermError. The 11th lookup is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace includes by ip4/ip6 ranges, drop unused includes, or split senders across subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF uses %1 of 10 DNS lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more include may push the record over the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF has %1 void lookups (limit 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 terms of the SPF tree query names with no records (NXDOMAIN or no data); receivers return PermError after two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove terms pointing at names that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF has %1 void lookup(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of the SPF tree query names with no records; more than two make SPF fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF record valid (%1 of 10 lookups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One SPF record, valid syntax, within the lookup limits, ending in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n DMARC records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>_dmarc.%1 has more than one v=DMARC1 record: receivers apply no DMARC policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep exactly one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no DMARC record at _dmarc.%1: receivers apply no policy to mail forging it, and Gmail and Yahoo require one from bulk senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=DMARC1; p=none; rua=mailto:…&quot; to start monitoring, then move to quarantine/reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.%1 (the organizational domain) has more than one v=DMARC1 record: no policy applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither %1 nor its organizational domain %2 publishes a DMARC record: receivers apply no policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=DMARC1; p=none; rua=mailto:…&quot; at _dmarc.%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy inherited from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no record of its own; receivers use the record of its organizational domain %2 (Public Suffix List: %3), whose sp= (else p=) applies. DMARCbis replaces the PSL by a DNS tree walk, which finds the same record here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record at %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC tag problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; receivers ignore the value and use the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown DMARC tag(s): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers ignore unknown tags; a misspelled tag (&quot;rue=&quot; for &quot;rua=&quot;) silently does nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy is none (monitoring only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p=none asks receivers to take no action on mail that fails DMARC: forged mail from %1 is still delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the aggregate reports show all legitimate mail aligned, move to p=quarantine, then p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subdomains are not protected (sp=none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is %1 for %2 but none for its subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy applied to %1% of mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pct=%1: the %2 policy covers only part of the failing mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise pct to 100 (or drop it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags DMARCbis removes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARCbis drops pct (replaced by t=y for testing), rf and ri; receivers following it ignore them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No aggregate reports requested (rua=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without rua= nobody receives the aggregate reports that show who sends as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rua=mailto:… pointing at a mailbox or a DMARC report service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External report destination %1 authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts DMARC reports for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External report destination %1 not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports go to %1, outside %2, but %1 does not publish %3 TXT &quot;v=DMARC1&quot;: receivers will not send them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the operator of %1 to publish the authorization record, or report to an address in your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC policy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receivers are asked to %1 mail that fails DMARC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM selector given: trying common ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM keys can only be found by selector. Tried a guess list of common provider selectors: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass --selector with the s= value of a DKIM-Signature of a real message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid selector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid DNS name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guessed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM key for selector %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no TXT record: signatures with s=%2 fail (no key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the public key of selector %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n TXT records for selector %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifiers may pick any of them; results are unpredictable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown DKIM key type k=%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiers know k=rsa and k=ed25519 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p= is empty: the key of selector %1 is revoked and every signature using it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine if the selector is retired; make sure no sender still signs with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid DKIM key record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the record exactly as the signer generated it (base64 key in p=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k=%1 but p= holds a %2 key: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type declared and the key published differ: signatures fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-bit RSA DKIM key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA keys under 1024 bits must not be used; verifiers treat such signatures as failing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1024-bit RSA is the minimum; 2048 bits are recommended and expected by large receivers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key in testing mode (t=y): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifiers must not treat mail differently because of a failing signature with this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove t=y once signing works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key allows no SHA-256 (h=%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures with rsa-sha256 are refused for this key; rsa-sha1 must not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop h= or set h=sha256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key not for email (s=%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s= does not include email or *: the key cannot verify mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop s= or set s=email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM key %1: %2 %3 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key record of selector %1 is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no _mta-sts record: senders may deliver to it without TLS or with any certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish _mta-sts TXT &quot;v=STSv1; id=…&quot; and a policy at https://mta-sts.%1/.well-known/mta-sts.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n MTA-STS records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one v=STSv1 record senders assume no MTA-STS policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid _mta-sts record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=STSv1; id=YYYYMMDDhhmmss&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS policy could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 failed: %2. Senders treat the domain as having no valid policy (redirects are not followed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the policy over HTTPS with a valid certificate for the mta-sts host, status 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS policy served as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy must be served as text/plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Content-Type: text/plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid MTA-STS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the policy file: version, mode, mx and max_age lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS in testing mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders report failures (TLS-RPT) but still deliver without valid TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to mode: enforce once reports are clean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS mode none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode: none withdraws the policy; senders apply nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS max_age of %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy cached for less than a day protects little against downgrade attacks; weeks are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use max_age: 604800 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX host(s) not in the MTA-STS policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In enforce mode senders refuse to deliver to MX hosts the policy does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In enforce mode senders would refuse to deliver to these MX hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an mx: line for each MX host (or a *.domain pattern).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS enforced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid policy in enforce mode covering every MX host, max_age %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS-RPT record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 receives no reports about failed TLS deliveries (_smtp._tls TXT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish _smtp._tls TXT &quot;v=TLSRPTv1; rua=mailto:…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n TLS-RPT records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one record senders send no reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid TLS-RPT record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT reports go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders report TLS delivery problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BIMI record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default._bimi record: no brand logo is shown by mailbox providers that support BIMI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n BIMI records</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With more than one record no logo is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid BIMI record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI declined (empty l=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record explicitly publishes no logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI without a mark certificate (no a=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail and Apple Mail show a BIMI logo only with a Verified or Common Mark Certificate at a=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid BIMI logo URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 is not a usable URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI logo could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the SVG over HTTPS with a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI SVG is %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos should stay under 32 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI logo is not a valid SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI SVG is not SVG Tiny PS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root &lt;svg&gt; must have version=&quot;1.2&quot; and baseProfile=&quot;tiny-ps&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the logo as SVG Tiny 1.2 Portable/Secure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI SVG contains script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;script&gt; elements and on* event attributes are forbidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI SVG references external content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>References outside the document are forbidden: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI SVG uses forbidden elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed in SVG Tiny PS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI SVG is not square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>viewBox &quot;%1&quot; is not square; logos are shown in a square or circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI SVG has no &lt;title&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Tiny PS requires a &lt;title&gt; with the brand name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI needs an enforced DMARC policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos are shown only when DMARC is p=quarantine or p=reject at pct=100; here the policy is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move DMARC to quarantine or reject first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI record and logo valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG Tiny PS logo at %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in the DNS (NXDOMAIN): mail from or to it is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling, or register and delegate the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>What-if overlay in use: %n answer(s) are not from the DNS</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>These answers come from the what-if zone file, as if the records were published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: all answers authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resolver set the AD bit on all %1 answers: it validated them with DNSSEC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: no answer was authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the %1 answers had the AD bit: either the zones are not signed or the resolver asked does not validate (an authoritative server never sets AD). DANE and DNSSEC-dependent checks cannot rely on these answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the zone (and use a validating resolver to check it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: %1 of %2 answers authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some names are in signed zones, others are not (e.g. a provider&apos;s include or a CNAME target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not authenticated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line &apos;%1&apos; is not &quot;key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age &apos;%1&apos; is not a number of seconds from 0 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version: STSv1&quot; must appear exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;mode&quot; must appear once with enforce, testing or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;max_age&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;mx&quot; pattern (required unless mode is none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mx pattern &apos;%1&apos; is not a host name or *.domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not start with v=STSv1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id= must be 1 to 32 letters and digits (RFC 8461 §3.1), got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not start with v=TLSRPTv1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field rua= is missing (RFC 8460 §3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rua &apos;%1&apos; is neither a mailto: nor an https: URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record does not start with v=BIMI1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the l= (logo location) tag is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l=%1 is not an https: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a=%1 is not an https: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;svg&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no XML element</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui</name>
    <message>
        <source>The signature&apos;s tag list does not parse: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature has no h= tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no ARC-Message-Signature with i=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no ARC-Seal with i=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC set i=%1 is incomplete: the seal covers sets 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AboutDialog</name>
    <message>
        <source>About Deliverbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workbench for email deliverability: message structure, authentication, domain setup, reputation, relays and inbox placement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything runs on this computer; no message is uploaded anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AuthBadge</name>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AuthPage</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Received #%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Received #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the Received chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Return-Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting &amp;IP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown: SPF is not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HELO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MAIL FROM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null sender (&lt;&gt;) or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks again with these values (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running check (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;MARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>i=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authserv-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMS d= / s=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cv=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC-Authentication-Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trusted authserv-ids:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication-&amp;Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;orecard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Authentication Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <source>Select a message to check its authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited: Re-check (Ctrl+R) to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking authentication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking authentication: verifying signatures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking authentication: %n DNS answer(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication check did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication check took too long and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: SPF %1, DKIM %2, DMARC %3, ARC %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connecting IP is known: SPF was not evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d=%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 signatures pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Disposition: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no ARC sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bits%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature #%1: d=%2 s=%3 a=%4 c=%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed header fields (h=): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body length limit (l=): %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body hash in the signature (bh=): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body hash computed here:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical body: %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it broke:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No known damage pattern reproduces bh=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage pattern that reproduces bh=: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes appended after signing: %1 (the signature covers the first %2 raw body bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns tried:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some patterns were skipped to keep the work bounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonicalized body the verifier hashed (%1 bytes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonicalized body (%1), first %2 raw bytes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relaxed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonicalized body (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical header data hashed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF was not evaluated: no connecting IP is known. Enter the IP the message came from and re-check (Ctrl+R).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 for %2 %3 (identity %4) from %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding term: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS-querying terms: %1 of 10; void lookups: %2 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From domain: %1 (organizational domain %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record at _dmarc.%1%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (organizational-domain fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy applied: %1; disposition: %2%3; alignment DKIM %4, SPF %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sampled out by pct=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under DMARCbis the disposition would be: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARCbis: no difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARCbis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1. The message has no ARC sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1; oldest pass: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no Authentication-Results fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing picked: the topmost receiver&apos;s results are believed (RFC 8601 §5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results stamped by the checked authserv-ids are believed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (s=%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk-sender requirements (Gmail, Yahoo 2024; Microsoft 2025): %1 pass, %2 fail, %3 unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC-Message-Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC-Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the raw &amp;view what this signs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green: signed header fields and body; blue: the signature field; red: body after the l= cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the case (checked %1); Re-check (Ctrl+R) asks DNS again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication: the case&apos;s result is shown (SPF %1, DKIM %2, DMARC %3, ARC %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM-Signature #%1 (d=%2, s=%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC-Message-Signature i=%1 (d=%2, s=%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC-Seal i=%1 (d=%2, s=%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 signs %n header field(s) (green, in hashing order: %2); the signature field is blue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed in h= but absent (over-signed: adding such a field breaks the signature): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ARC-Seal covers no body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Body: all %n byte(s) signed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Body: l=%1 covers the first %2 raw byte(s); %3 byte(s) after the cut (red) are not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l= is larger than the canonical body: the signature cannot verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cut lies past the part of the body shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at %1 without DNS lookups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), all answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), all failed: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checked at %1 with %n DNS lookup(s), %2 failed: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 = CR, %2 = LF, %3 = tab, %4 = space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::AuthSpfTraceModel</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check_host(%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchPage</name>
    <message>
        <source>Open &amp;Mbox or Message Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage an mbox of bounces or seed copies, or a set of .eml files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder or Maildir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Batch Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Mbox or Messages for Batch Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes and messages (*.mbox *.mbx *.eml *.msg *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder or Maildir for Batch Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder or mbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by From, subject, domain or cause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only messages with this verdict or bounce cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF, DKIM and DMARC verdict of every message (DNS lookups, 8 messages at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lots</translation>
    </message>
    <message numerus="yes">
        <source>%n inputs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 for batch triage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n messages were read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch scan cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Batch: %n message(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces (DSNs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By DKIM d=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By DMARC verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By worst finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced recipients by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced recipients by receiving domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading message %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Batch Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a group to show only its messages; click &quot;Messages&quot; to show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: sending domain · DKIM d= · DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups: sending domain · DKIM d= · worst finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchScanner</name>
    <message>
        <source>The message is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since it was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::BatchTableModel</name>
    <message>
        <source>Worst finding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature present or not; the verdict needs the authentication check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n structure finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::CaseExport</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report of a case file without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (.pdf, .html, .md, .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html, md or json (default: from --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace addresses, local parts, bodies and URL tokens by placeholders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the DNS snapshot and SMTP/DNS transcripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: deliverbench --report CASE.dbcase --to OUT.pdf [--redact]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report format for &apos;%1&apos; (use .pdf, .html, .md or .json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report of the case file CASE (.dbcase) to --to without opening a window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DiffHeaderModel</name>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A has no DKIM signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a signature (never signs itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (hop %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DiffPage</name>
    <message>
        <source>&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt *.mbox);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open two messages to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 A → B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MIME Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the changes mean for DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no readable message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two messages are byte for byte identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2: %3 header field(s), %4 MIME part(s) and %5 finding(s) differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 (%2): %3 → %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (line diff truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text part differs line by line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A has no DKIM-Signature: no change can break one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a part in the MIME tree to compare its decoded contents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline (no DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not look up keys and records: verdicts are reported as not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Verdicts Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Verdict Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline mode (no DNS lookups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the verdicts of A and B (DNS)… Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DNS resolver is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DNS lookups did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication verdicts of A and B are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n authentication verdict(s) differ between A and B.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading part %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 is not a text part in A or B: compare it by size and SHA-256 in the MIME tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 exists only in B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 exists only in A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Part %1, decoded: %n line(s) differ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(only the first %1 lines are shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s diff (%1) refers to a message that is not in the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsTraceModel</name>
    <message>
        <source>what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(overlay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rcode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by the what-if overlay, not by a DNS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsblListModel</name>
    <message>
        <source>Delisting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DnsblResultModel</name>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (DNS %2, %3 ms)
query: %4
answers: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the delisting page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TXT reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delisting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::DomainPage</name>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending domain to audit (the From: domain of the selected message when left empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM selectors, e.g. s1 s2 (empty: try common ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The s= values of the message&apos;s DKIM-Signature fields; separate several by spaces or commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM &amp;selectors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit the domain (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the audit (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a domain and press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTR / FCrDNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DM&amp;ARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;KIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS, TLS-RPT, &amp;BIMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the trace (name, type, outcome, answer…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (all shown rows when none are selected) as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS &amp;trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Auditing %1 with the what-if overlay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain audit of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain audit of %1 done in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SPF record evaluated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 DNS lookups of 10 allowed, %2 void lookups of 2 allowed (RFC 7208 §4.6.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 11th lookup is &quot;%1&quot; in the record of %2 (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third void lookup happens in the record of %1 (highlighted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 error(s), %3 warning(s), %4 info, %5 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cancelled: partial results)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(what-if overlay applied: marked answers are not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (CNAME %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(FCrDNS ok)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no FCrDNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: must be DMARC1 and come first (RFC 7489 §6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for mail failing DMARC: none (monitor), quarantine (spam folder), reject (RFC 7489 §6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for subdomains; p= applies when absent (RFC 7489 §6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy for non-existent subdomains (RFC 9091, DMARCbis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM alignment: r (relaxed, same organizational domain) or s (strict, exact domain) (RFC 7489 §3.1.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF alignment: r (relaxed) or s (strict) (RFC 7489 §3.1.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of failing mail the policy applies to (RFC 7489 §6.3; removed by DMARCbis, use t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When failure reports are wanted: 0 all fail, 1 any fails, d DKIM fails, s SPF fails (RFC 7489 §6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where aggregate reports go: mailto: URIs; other domains must authorize it (RFC 7489 §7.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where failure (forensic) reports go; few receivers send them (RFC 7489 §6.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure report format: afrf (RFC 7489 §6.3; removed by DMARCbis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate report interval in seconds, default 86400 (RFC 7489 §6.3; removed by DMARCbis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing mode: y asks receivers not to apply the policy fully (DMARCbis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public suffix domain flag: y, n or u (DMARCbis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherited from the organizational domain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy in force: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unusable record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown tag: receivers ignore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(syntax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guessed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing (t=y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-RPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIMI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (l=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VMC (a=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers authenticated (AD bit set by the resolver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers not authenticated (no AD bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Looking up the SPF tree… %n record(s) reached so far.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before every answer arrived; run again for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: %1; the tree below is what was looked up until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>so far; %n item(s) still pending…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No MX hosts: %1 does not exist (NXDOMAIN), so mail to it cannot be delivered and mail from it is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX record: %1 has none, so senders fall back to its address records (implicit MX, RFC 5321 §5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX hosts: %1 publishes a null MX: it accepts no mail (RFC 7505).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable MX host: see the findings of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MX hosts shown: the MX lookup of %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups failed: no server answered (see the DNS trace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain does not exist (NXDOMAIN): it has no MX hosts to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key published (NXDOMAIN: the name does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key published (no TXT record at the name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key record invalid: verifiers cannot use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key revoked (empty p=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no DNS server answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ExportDialog</name>
    <message>
        <source>&amp;Redact addresses, bodies and URL tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include DNS and SMTP &amp;transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (for Jira, Zendesk, GitHub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (stable schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace recipient addresses, local parts, message bodies and tracking tokens in URLs with stable placeholders, so the report can leave the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::FindingsModel</name>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::FindingsPanel</name>
    <message>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::HeaderTableModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::KeychainPasswordProvider</name>
    <message>
        <source>no password for %1 in the keychain (use &quot;Set password…&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service is available for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was denied for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this platform has no keychain support (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seed needs an address and an IMAP host before it can have a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry for %1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MainWindow</name>
    <message>
        <source>Deliverbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open .eml, mbox or other message files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Maildir Folder…</source>
        <translation>Ouvrir un dossier &amp;Maildir…</translation>
    </message>
    <message>
        <source>&amp;Paste Message</source>
        <translation>Co&amp;ller un message</translation>
    </message>
    <message>
        <source>Open the message or header block on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;ample Case</source>
        <translation>Ouvrir le cas d’e&amp;xemple</translation>
    </message>
    <message>
        <source>&amp;Close Message</source>
        <translation>&amp;Fermer le message</translation>
    </message>
    <message>
        <source>Save &amp;Part As…</source>
        <translation>Enregistrer la &amp;partie sous…</translation>
    </message>
    <message>
        <source>C&amp;lear Recent Files</source>
        <translation>&amp;Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>Cancel &amp;Loading</source>
        <translation>Annuler le char&amp;gement</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Raw Source</source>
        <translation>Source &amp;brute</translation>
    </message>
    <message>
        <source>&amp;MIME Structure</source>
        <translation>Structure &amp;MIME</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>Received &amp;Timeline</source>
        <translation>Chronologie des &amp;Received</translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation>Message &amp;suivant</translation>
    </message>
    <message>
        <source>P&amp;revious Message</source>
        <translation>Message &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Filter Findings</source>
        <translation>&amp;Filtrer les constats</translation>
    </message>
    <message>
        <source>&amp;About Deliverbench</source>
        <translation>À &amp;propos de Deliverbench</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Case inputs</source>
        <translation>Entrées du cas</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Open Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg *.txt *.mbox *.mbx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Maildir Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no bundled sample case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opening %n input(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Opening cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %n message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dropped message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>&amp;Nouveau cas</translation>
    </message>
    <message>
        <source>Close the current case and start an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Case…</source>
        <translation>Ouvrir un &amp;cas…</translation>
    </message>
    <message>
        <source>Open a saved case (.dbcase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Case</source>
        <translation>En&amp;registrer le cas</translation>
    </message>
    <message>
        <source>Save Case &amp;As…</source>
        <translation>Enregistrer le cas &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>E&amp;xporter le rapport…</translation>
    </message>
    <message>
        <source>Write the case&apos;s report as HTML, Markdown, JSON or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-chec&amp;k Case</source>
        <translation>Re&amp;vérifier le cas</translation>
    </message>
    <message>
        <source>Run the case&apos;s checks again now and show what changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled case</source>
        <translation>Cas sans titre</translation>
    </message>
    <message>
        <source>%1[*] — %2 — Deliverbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Deliverbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The case “%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>Enregistrer le cas</translation>
    </message>
    <message>
        <source>case.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>Ouvrir un cas</translation>
    </message>
    <message>
        <source>Deliverbench cases (*.dbcase);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The case file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the unsaved changes from the recovery file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Case As</source>
        <translation>Enregistrer le cas sous</translation>
    </message>
    <message>
        <source>The case was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The previous version of the file, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the case to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking the case… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check: nothing changed since the case was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-check: %n change(s) since the case was recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Re-check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-checking the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch Triage of Mbox or Files…</source>
        <translation>Tri par &amp;lots d’une mbox ou de fichiers…</translation>
    </message>
    <message>
        <source>Pick an mbox (or .eml files) of bounces or seed copies and triage it in the Batch tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch Triage of &amp;Folder or Maildir…</source>
        <translation>Tri par lots d’un &amp;dossier ou Maildir…</translation>
    </message>
    <message>
        <source>Pick a folder or Maildir and triage it in the Batch tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Messages…</source>
        <translation>&amp;Comparer des messages…</translation>
    </message>
    <message>
        <source>Open the Diff tab; with two messages in the case, compare them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Espace de travail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MessageLoader</name>
    <message>
        <source>No message found in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a message or a header block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MessagePage</name>
    <message>
        <source>&amp;Raw Source</source>
        <translation>Source &amp;brute</translation>
    </message>
    <message>
        <source>&amp;MIME Structure</source>
        <translation>Structure &amp;MIME</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>Received &amp;Timeline</source>
        <translation>Chronologie des &amp;Received</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. Findings beyond that point cannot be highlighted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers of the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers of part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence of this finding is beyond the part of the message shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::MimeTreeModel</name>
    <message>
        <source>Part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PartViewer</name>
    <message>
        <source>&amp;Show as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Part As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a part in the MIME tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remote content blocked: %n resource(s). Only images inside the message are shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Link (not followed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is a container with %n part(s). Select one of its parts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>[… truncated for display; save the part to see all of it]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Part As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved part %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementMatrixModel</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementPage</name>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>&amp;Open Seed List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Seed List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discover Folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Vendor Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping used to read a vendor export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token your campaign carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header field that carries the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wait:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to keep polling seeds that have no copy yet (0: poll each seed once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every seed box for the campaign (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Seed List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed lists (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Seed List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (or app password) for %1 on %2.
It is stored in the system keychain, never in the seed list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Vendor Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement exports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the seed list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Seed list %1: %n seed(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the seed list %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed list saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovering the folders of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot discover folders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder discovery for %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n folder(s) listed, every role was already set</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the campaign token (printable ASCII without spaces) before polling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the header field that carries the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed list is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Polling %n seed(s) for %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll cancelled; seeds not answered yet are marked as errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>of %n seed(s) in the inbox</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Placement per provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox rate per provider across runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The placement history could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was not stored in the history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay since send: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered header block (UID %1 in %2; double-click the row to open the whole message):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no delivered copy to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the copy delivered to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot fetch the copy delivered to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the copy delivered to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column mapping preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n seed result(s) from %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no seed list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::PlacementSeedModel</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open the delivered copy in the Message workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay since send</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ReceivedTimelineModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock skew %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hop&apos;s time is earlier than the previous hop&apos;s: the clocks of the two servers disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverbench did not close cleanly last time. Changes to %1 were saved automatically at %2 but never saved to the case file.

Restore them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::RelayBatteryModel</name>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (no recipient check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session closed (421)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred (temporary failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catch-all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL %1, RCPT %2, %3 ms
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::RelayPage</name>
    <message>
        <source>mx.example.com, mx.example.com:587, [2001:db8::1]:25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host[:port]:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS (SMTPS, 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain (no TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the probe uses TLS (RFC 3207 STARTTLS, RFC 8314 implicit TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external domain the relay tests try to send to (never your own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for each reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run open-relay &amp;battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 16 MAIL FROM / RCPT TO tricks of nmap&apos;s smtp-open-relay; DATA is never sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe the server (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the probe (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host and press Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay &amp;Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trans&amp;cript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Enter a host name or address, optionally with :port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relay test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catch-all test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe of %1 finished in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open relay: %1 of %2 relay tests were accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: all %1 relay tests were rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive, retry later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay battery not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO not supported (HELO only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO capabilities after TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH before TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH after TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward-confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banner name matches PTR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (%1) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4 bits), handshake %5 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification: chain %1, name %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ReputationPage</name>
    <message>
        <source>&amp;Targets (IP addresses and domains, one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.1
2001:db8::1
example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected message&apos;s sending IP and every URL host and domain in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own recursive resolver (IP[:port]); many lists refuse queries from public resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your list&apos;s zone, e.g. bl.example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 + IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected list of yours (built-in lists can only be disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable every list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable every list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the targets against the enabled lists (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists (%1 of %2 enabled):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reputation</source>
        <translation>Réputation</translation>
    </message>
    <message>
        <source>Enter the DNS zone of the list, e.g. bl.example.net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in lists cannot be removed; uncheck them to skip them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) found in the message</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter at least one IP address or domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address or domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable at least one list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %n target(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checking; skipped (not an IP or domain): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist check finished in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled after %2 answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New list &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ResolverFactory</name>
    <message>
        <source>Cannot read the zone file &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone file &apos;%1&apos; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone file &apos;%1&apos; has errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SeedListModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(discover)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password variable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes at the next start of Deliverbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS for every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System resolvers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated: 192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53. Many blocklists refuse queries from public resolvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout per try:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in zone-file syntax that override or add to real answers, to see a check as if planned records were live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What-if Zone File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone files (*.zone *.txt *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What-if zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::Severity</name>
    <message>
        <source>Pass</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Show %1 findings (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SignedRangesView</name>
    <message>
        <source>l= cuts the body here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::SpfTreeModel</name>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 11th DNS lookup happens here (&quot;%1&quot;): past 10 lookups SPF evaluation ends in PermError (RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third void lookup happens here: past 2 void lookups SPF evaluation ends in PermError (RFC 7208 §4.6.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Via</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::TranscriptModel</name>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::Translator</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::ZoneOverlayEditor</name>
    <message>
        <source>Records to use instead of the published ones, in zone-file syntax; names without a final dot are relative to the audited domain. Example: &lt;tt&gt;@ TXT &quot;v=spf1 mx -all&quot;&lt;/tt&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the overlay; the next run uses the published records only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply what-if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the audit again as if these records were published (Ctrl+Shift+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overlay: real answers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap</name>
    <message>
        <source>response larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty response line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response does not start with a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tagged response without OK, NO or BAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untagged response without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untagged number without a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ExamineTask</name>
    <message>
        <source>mailbox name with a line break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ImapSession</name>
    <message>
        <source>cannot reach %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with %1:%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 closed the connection during the TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 closed the connection: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1:%2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake after STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the reply to a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 timed out while %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable data from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unparsable response from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command ended without a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pre-authenticated the connection; STARTTLS is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not offer STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed before this command ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ImapTask</name>
    <message>
        <source>%1 failed: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::LoginTask</name>
    <message>
        <source>the server does not allow LOGIN here (LOGINDISABLED) and offers no AUTH=PLAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name or password contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::ResponseReader</name>
    <message>
        <source>the response stream is no longer usable after an earlier error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal size out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal of %1 bytes exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many literals in one response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::StartTlsTask</name>
    <message>
        <source>the server refused STARTTLS: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::Tokenizer</name>
    <message>
        <source>unterminated parenthesised list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response has more than %1 values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break inside a quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal size out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal without a size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed literal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal of %1 bytes exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal size not followed by a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal shorter than announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character 0x%1 in an atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line break inside a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated section &apos;[&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Imap::UidSearchTask</name>
    <message>
        <source>empty search criteria</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Mail</name>
    <message>
        <source>Other undefined status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination mailbox address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination system address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox has moved, no forwarding address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message relayed to non-compliant mailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient address has null MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined mailbox status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length exceeds administrative limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list expansion problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined mail system status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System not accepting network messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System not capable of selected features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too big for system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System incorrectly configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested priority was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined network or routing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory server failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system congestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing loop detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery time expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined protocol status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong protocol version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication exchange line is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined media error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion required and prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion required but not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion with loss performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message content not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender/recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 string reply is required, but not permitted by the SMTP client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 header message cannot be transferred to one or more recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined security status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security conversion required but not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security features not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message integrity failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication credentials invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption required for requested authentication mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password transition is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust relationship required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority level is too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message is too big for the specified priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox owner has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain owner has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRVS test cannot be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passing DKIM signature found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple authentication checks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address has null MX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail flood detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC validation failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRETLS support required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and routing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail delivery protocol status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message content or media status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security or policy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent transient failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a directory, not a message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Mail::MailboxReader</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder but not a Maildir (no cur/ or new/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like an email message (no header field or mbox From line at the start)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::MessageLint</name>
    <message>
        <source>Generate a unique Message-ID such as &lt;random@your-sending-domain&gt; in the sending application; receivers synthesize one otherwise and score the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the recipient in To: instead of only in Bcc: or the envelope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the sending application add a %1: field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing %1 header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message header has no %1: field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 header field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: fields (lines %3); RFC 5322 allows at most one. Gmail rejects such messages as not RFC 5322 compliant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the extra %1: field; check that the application and the mail server do not both add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;id-left@id-right&gt; identifier could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 identifiers where exactly one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the identifier does not follow the msg-id syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message-ID &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate Message-IDs of the form &lt;unique-part@your-domain&gt;, angle brackets included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From has no valid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox could be read from the From: field%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write From: as &quot;Display Name&quot; &lt;local@domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several From addresses without Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: lists %1 mailboxes but there is no Sender: field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a single From address, or add a Sender: field naming the actual sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Date: value &quot;%1&quot; is not a date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format Date: as in &quot;Tue, 4 Mar 2025 09:15:00 +0100&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the oldest Received field (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current time (%1), as the message has no dated Received field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date is in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is %2 after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the clock or the time zone of the sending host (use NTP); Date must be the time the message was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date is far in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1 is %2 before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Date when the message is sent, not when the template or the queue entry was created; check the sending host&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if this is an old message opened for reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock skew between relays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Received field of %1 is dated %2 seconds before the hop that handed the message to it; one of the clocks is wrong (this is skew, not delay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing for the sender to do unless the host is yours: then synchronize its clock (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME headers without MIME-Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message uses %1 but has no &quot;MIME-Version: 1.0&quot; field, so a strict reader treats it as plain RFC 5322 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;MIME-Version: 1.0&quot; to the message header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME-Version is not 1.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME-Version: &quot;%1&quot;; the only defined version is 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;MIME-Version: 1.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: fields in one header section; readers disagree on which one counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep only one %1: field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw 8-bit characters in header fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencoded UTF-8 in %1. This is only allowed when every hop supports SMTPUTF8 (RFC 6532); elsewhere use RFC 2047 encoded words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencoded 8-bit octets that are not UTF-8 in %1; readers guess the charset and show garbage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode non-ASCII header text as RFC 2047 encoded words (=?UTF-8?Q?...?=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing closing boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart body ends without the closing delimiter &quot;--%1--&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End every multipart body with --boundary-- on a line of its own; a truncated message (size limit, broken pipe) also shows this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary never found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delimiter line &quot;--%1&quot; occurs in the body, so the parts cannot be separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the boundary parameter match the delimiter lines exactly (case and quoting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multipart without boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no boundary= parameter; the body was treated as one text part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the boundary parameter to the Content-Type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The boundary &quot;%1&quot; is longer than 70 characters or uses characters outside RFC 2046&apos;s bchars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1-70 characters from letters, digits and &apos;()+_,-./:=?.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME nesting too deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsing stopped descending at depth %1; the rest is treated as one leaf. Scanners do the same and may miss content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flatten the structure; legitimate mail rarely nests more than a few levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A line in the header section is neither a field (name:value) nor a continuation: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the generator: every header line needs a field name and a colon, continuation lines start with a space or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blank line after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part has no empty line between its header fields and its body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put an empty line after the header fields of every part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unparsable Content-Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Content-Type could not be parsed; text/plain was assumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write Content-Type as type/subtype; parameter=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL octet in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message contains a NUL (0x00) octet; many MTAs reject or truncate such mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer binary data base64-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bare carriage return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CR octet not followed by LF; RFC 5322 forbids it and some MTAs (Postfix smtpd_forbid_bare_newline) reject the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emit CRLF line endings only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message mixes CRLF and bare LF line endings; bare LF in SMTP is rejected by strict servers and breaks DKIM body hashes after relays normalize them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalize the message to CRLF before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many MIME parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splitting stopped at the part limit; the rest of the body is treated as one leaf. Scanners stop early too and may miss content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send fewer parts; legitimate mail rarely has more than a few dozen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encapsulated message has no header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part holds no header section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the complete message, header included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded multipart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 declares Content-Transfer-Encoding %2; only 7bit, 8bit or binary are allowed on a multipart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode the leaf parts, not the multipart container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multipart/alternative without a text/plain part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternatives offer HTML but no plain-text version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a text/plain alternative with the same content before the HTML part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multipart/alternative without a text/html part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alternatives offer plain text but no HTML; a single text/plain part would say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a single text/plain part, or add the HTML alternative that was meant to be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives in the wrong order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text/html (part %1) comes before text/plain (part %2); readers show the last alternative they support, so they show the plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the alternatives from the simplest to the richest: text/plain first, text/html last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text and HTML alternatives differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1% of the words are shared between text/plain (part %2, %3 distinct words) and the visible text of text/html (part %4, %5 distinct words). Only in HTML: %6. Only in text: %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the plain-text alternative from the same content as the HTML; a placeholder like &quot;view this in a browser&quot; scores as spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multipart/related without a root part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start=&quot;%1&quot; names no body part&apos;s Content-ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The multipart/related has no body parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make start= match the root part&apos;s Content-ID, or drop start= and put the HTML first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related part not referenced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 (%2) inside multipart/related has no Content-ID, so the HTML cannot show it; clients list it as an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 (%2) has Content-ID &lt;%3&gt; but no cid:%3 reference exists in the HTML; clients list it as an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference the part from the HTML (&lt;img src=&quot;cid:...&quot;&gt;) or move it out of multipart/related as a regular attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cid: reference without a matching part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML of part %1 refers to %2 but no part has that Content-ID; the image shows as broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the image inside the multipart/related with Content-ID: &lt;%1&gt;, or fix the reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transfer encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Transfer-Encoding &quot;%1&quot; is not one of 7bit, 8bit, binary, quoted-printable, base64; the body was taken as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use base64 for binary data and quoted-printable or 8bit for text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8-bit data in a 7bit part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7bit by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare Content-Transfer-Encoding: 8bit (the server must offer 8BITMIME) or encode the part as quoted-printable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted-printable line over 76 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a conforming quoted-printable encoder that wraps lines with &quot;=&quot; soft breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text body encoded in base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 body is base64-encoded; receivers score base64 text mildly because it hides the words from simple filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 body is base64-encoded although it is plain ASCII; spam filters treat that as disguised text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode text as quoted-printable (or 7bit/8bit when the lines allow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text part without charset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part has 8-bit text but no charset parameter; readers guess (often wrongly).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 part has no charset parameter (US-ASCII is assumed, which fits its content).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add charset=utf-8 (or the charset actually used) to the Content-Type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown charset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charset=%1 is not a known character set; the text was decoded as UTF-8 or windows-1252.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a registered charset name, preferably utf-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text does not decode in its charset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 body is declared %2 but has an invalid byte sequence at decoded offset %3; readers show replacement characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 body is declared %2 but contains bytes that are invalid in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare the charset the text is really written in (usually utf-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML-only message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has a text/html body (part %1) and no text/plain alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send multipart/alternative with a text/plain part first and the HTML last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line longer than 998 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encode long content as quoted-printable or base64, or wrap the lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk mail without List-Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message looks like list or bulk mail (List-Id, Precedence, Feedback-ID or List-Unsubscribe-Post) but has no List-Unsubscribe field. Gmail and Yahoo require one from bulk senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add List-Unsubscribe: &lt;https://...&gt;, &lt;mailto:...&gt; and List-Unsubscribe-Post: List-Unsubscribe=One-Click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not enclosed in angle brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated &lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailto URI without an address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported URI %1 (use https: or mailto:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed List-Unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each URI in angle brackets, comma-separated: &lt;https://example.com/u/123&gt;, &lt;mailto:unsub@example.com&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one-click unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe has an https URI but there is no List-Unsubscribe-Post field, so mailbox providers cannot offer one-click unsubscribe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI and there is no List-Unsubscribe-Post field; Gmail and Yahoo expect one-click unsubscribe (RFC 8058) from bulk senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an https URI that accepts POST and the field &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 List-Unsubscribe-Post fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is &quot;%1&quot;, it must be exactly &quot;List-Unsubscribe=One-Click&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no List-Unsubscribe field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe has no https URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid one-click unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe-Post is present but %1; receivers ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &quot;List-Unsubscribe-Post: List-Unsubscribe=One-Click&quot; together with List-Unsubscribe: &lt;https://...&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-click fields not covered by DKIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DKIM-Signature lists both List-Unsubscribe and List-Unsubscribe-Post in h=; receivers do not honour unsigned one-click requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no DKIM-Signature; one-click unsubscribe requires one covering List-Unsubscribe and List-Unsubscribe-Post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with DKIM and include list-unsubscribe:list-unsubscribe-post in h=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-click unsubscribe is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List-Unsubscribe has an https URI, List-Unsubscribe-Post is &quot;List-Unsubscribe=One-Click&quot; and a DKIM signature covers both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header fields in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, From, Message-ID, Subject and To are present once each and readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME structure is clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parts; no structural problem found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octets above 127: %1, in a part whose transfer encoding is %2 (the first is on line %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoded lines over 76 characters: %1 (the longest has %2); the encoder did not insert soft line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines over 998 octets: %1 (the longest has %2, the first is line %3); servers may break them, which corrupts the text and DKIM signatures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Net::LineSocket</name>
    <message>
        <source>no connection within the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent nothing within the timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a line longer than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 bytes without a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no TLS handshake after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement</name>
    <message>
        <source>spam: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbox: INBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the inbox at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered to the %1 tab at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in %1; the provider sorted it into a tab, not the primary inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabs are normal for bulk mail; transactional mail should reach the primary inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered as spam at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the copy&apos;s Authentication-Results and the sender&apos;s reputation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No copy with the campaign token arrived in the searched folders before the wait expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a bounce or a block; wait longer for slow providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed could not be polled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and the (app) password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the TLS mode and port, or pass the server&apos;s CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host, port and network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::CopyFetch</name>
    <message>
        <source>not fetched yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy has no folder or UID to fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returned no message for UID %1 in %2 (it may have been moved or deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::EnvironmentPasswordProvider</name>
    <message>
        <source>no password for %1: the seed has no passwordEnv and no keychain is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for %1: environment variable %2 is not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::FolderDiscovery</name>
    <message>
        <source>not discovered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementHistory</name>
    <message>
        <source>placement history: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement history %1 has schema version %2; this version reads up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>placement history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing a seed result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementRun</name>
    <message>
        <source>no password source for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::PlacementSummary</name>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::SeedList</name>
    <message>
        <source>seed list larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed list is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed list must be an object with a &quot;seeds&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed list has more than %1 seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 holds a password (&quot;%2&quot;); a seed list never does: use the keychain or passwordEnv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1: unknown tls mode &apos;%2&apos; (implicit, starttls or none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1: invalid port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 has no provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 has no IMAP host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1 has neither address nor user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed list CSV is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed list CSV has a password column; a seed list never does: use the keychain or passwordEnv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed list CSV lacks the column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV row with more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV with more than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV ends inside a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::SeedPoll</name>
    <message>
        <source>the campaign token cannot be used in an IMAP search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 could not be searched: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail category search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Placement::VendorImport</name>
    <message>
        <source>provider, address and a placement/result/folder column (common synonyms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separate folder (Inbox/Spam/Promotions) and status (Delivered/Not delivered) columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverbench&apos;s own placement JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import file larger than 64 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider column (looked for: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no placement, folder or status column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1: unknown placement &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report</name>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by policy or blocklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender reputation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failure (SPF/DKIM/DMARC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary failure or greylisting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the address from the list; keep bounced addresses suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later; suppress the address if it keeps bouncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the sending IP and domain against blocklists and the receiver&apos;s policy text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce volume, remove unengaged recipients and check complaint rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix SPF, DKIM and DMARC alignment for the sending domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if the sender retries; persistent deferrals need a look at the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounce: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient %1, status %2 (%3); classified by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliverbench report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ran at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per receiving domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by Deliverbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses, local parts, bodies and URL tokens are redacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors, %2 warnings, %3 notes, %4 passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM d=%1 s=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body hash mismatch in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body hash mismatch in %1: the body changed after signing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed header field(s) changed in B: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: the DNS lookups failed for both messages (temperror); is DNS available?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B has no DKIM-Signature with d=%1 s=%2 (removed in transit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B carries a DKIM-Signature A does not (added in transit, e.g. by a mailing list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connecting IP differs: %1 in A, %2 in B (a forwarder relayed B; %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checked domain differs: %1 in A, %2 in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aligned DKIM: %1 → %2; aligned SPF: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>B carries an ARC chain of %n set(s) (added by an intermediary): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>B carries no ARC chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC sets: %1 in A, %2 in B; in B: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (%1) has this finding, A (%2) does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (%1) has this finding (%2), B (%3) does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in A, %3 in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only in A (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only in B (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worst finding of the structure check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the first messages of the input were read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By DKIM d=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced recipients by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced recipients per receiving domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (the first %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounce cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts flipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME parts changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (bottom-most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (2nd from the bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (3rd from the bottom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2th from the bottom)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::AuthDiff</name>
    <message>
        <source>Authentication verdicts (A → B):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::BatchSummary</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DKIM d=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>By verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces: %1 message(s), %2 recipient(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  by cause:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::Case</name>
    <message>
        <source>not a Deliverbench case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case file without a valid version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case file version %1 is newer than this Deliverbench supports (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message &apos;%1&apos; in the case file is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message &apos;%1&apos; in the case file does not match its SHA-256 (damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case file is not valid JSON (offset %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too large for a case file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::DkimImpact</name>
    <message>
        <source>DKIM impact (what the changes mean for A&apos;s signatures; bytes only, no DNS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A has no DKIM-Signature: no change can break one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1: the change breaks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed by %1: same after %2 canonicalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not covered by %1 (h= lists %n instance(s) of this field)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::DkimImpactSignature</name>
    <message>
        <source>%1: the signature does not parse (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signature field is missing or altered in B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed header(s) changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body hash (bh=) did not match A&apos;s body already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body changed: the body hash (bh=) no longer matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing it covers changed (signed headers and body hash equal after canonicalization%2); it verifies in B if it verified in A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, body signed up to l=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: breaks in B — %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::MessageDiff</name>
    <message>
        <source>The messages are identical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers (fields of one name aligned oldest-first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIME parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(line diff truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Report::Recheck</name>
    <message>
        <source>the snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed since the case was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists now but did not when the case was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 existed when the case was recorded but is gone now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be looked up again (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist listing appeared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist listing cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist return code changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports something new: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer reports: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then (%1): %2
Now: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check again later or against another DNS server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both snapshots as evidence; if the change was not intended, find who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain audit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocklist check of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed since the case was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n DNS answer(s) compared; %1 check(s) re-run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 flipped: %2 then, %3 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS changes that explain it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation</name>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown severity &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list without a valid zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1: unknown type &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1: no types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1: bad answer &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1: bit must be a power of two up to 128</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer %1 is outside 127.0.0.0/8: the list may be defunct or wildcarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an error or refusal code (127.255.255.0/24), not a listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 is not a listing code (RFC 5782 §5): the list may be refusing the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed (return code %1 is not documented in the catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither an IP address nor a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid domain name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation::DnsblChecker</name>
    <message>
        <source>no resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then ask the list operator for delisting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the cause, then request delisting at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no usable answer from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later; query through your own resolver (public resolvers are often refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Reputation::DnsblSummary</name>
    <message>
        <source>listed on %1 of %2 lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Smtp::SmtpProbe</name>
    <message>
        <source>The probe did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server answers; raise the timeout for slow servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe ran out of time; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the probe was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No A or AAAA record for %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name and the DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a malformed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what answers on this port: it does not speak SMTP correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent a malformed reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMTP connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host, the port and firewalls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete reply within %1 ms (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A silent or very slow server (tarpit) cannot be assessed; retry later or raise --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server stopped answering; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what answers on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended %1 without a 221 reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s log for why it dropped the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s certificate, key and TLS protocol settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server delays its replies (tarpit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 reply took %2 ms (threshold %3 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliberate delays slow down spammers and this probe alike; retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session (421)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It answered 421, which usually means a rate limit, overload or shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later, from an address the server does not limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered 421 (rate limit or shutdown); retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting is %1 instead of 220.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the probe from an address the server accepts (not a blocklisted or dynamic one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the session (greeting %1); retry from another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO after TLS was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server must accept EHLO after STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO and HELO were rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the greeting %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another --helo name, or check the server&apos;s HELO restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the greeting was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS is not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO does not advertise STARTTLS: mail to and from this server travels in plaintext.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(HELO only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure a certificate and enable STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS is advertised but refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered %1 to STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS configuration (certificate, key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random recipient was accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT TO:&lt;%1&gt; was accepted: recipients are not checked at RCPT time (catch-all or later bounce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject unknown recipients at RCPT time to avoid backscatter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is an open relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 relay tests were accepted without authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay only for your own networks and authenticated users (Postfix: mynetworks, smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server requires STARTTLS before accepting mail; run the probe with STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay test inconclusive: STARTTLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe again with STARTTLS (or implicit TLS); for a public MX, requiring TLS refuses mail from servers without it (RFC 3207 §4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server requires authentication before accepting mail; nothing could be tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay test inconclusive: authentication required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected on a submission port; for an MX this would refuse all incoming mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with temporary failures (greylisting?); retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay test inconclusive: temporary failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the relay tests did not complete; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay test inconclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 16 relay tests ran: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server delays its replies (tarpit); retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay test inconclusive: tarpit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not an open relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 relay tests were rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HELO worked: no SMTP extensions (STARTTLS, SIZE, 8BITMIME) are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an ESMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP extensions offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the common extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH is offered without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanisms %1 are advertised on the plaintext connection: passwords can travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer AUTH only after STARTTLS (Postfix: smtpd_tls_auth_only = yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH is offered only over TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mechanisms after TLS: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRFY is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRFY postmaster answered %1: the command can be used to probe for valid addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable VRFY (Postfix: disable_vrfy_command = yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPN is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPN postmaster answered %1: mailing lists can be expanded by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable EXPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdated TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable TLS 1.2 and 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data arrived between STARTTLS and the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes came after the 220 reply and before TLS; they were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for a middlebox injecting data or a broken server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a certificate from a public CA with the full chain (or pass --ca-file for a private CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not match the host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the certificate&apos;s names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the MX host name in the certificate&apos;s subjectAltName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak certificate key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key of %1 bits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use RSA 2048 bits or more, or ECDSA P-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is set up correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2; the certificate is trusted and matches %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reverse lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address has no PTR record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PTR lookup for %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a PTR record naming the server, with a matching A/AAAA record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS does not confirm forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2, but no name resolves back to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the PTR name&apos;s A/AAAA record point to this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward-confirmed reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ↔ %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The banner name differs from reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting names %1; the PTR record says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the greeting name (Postfix: myhostname) the PTR name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Email deliverability workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages, mbox files or Maildir folders to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
