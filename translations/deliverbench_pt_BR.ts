<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deliverbench::Gui::FindingsPanel</name>
    <message>
        <source>Filter findings</source>
        <translation type="unfinished"></translation>
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
    <name>Deliverbench::Gui::MainWindow</name>
    <message>
        <source>Deliverbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open .eml, mbox or other message files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Maildir Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the message or header block on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;ample Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Part As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Raw Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MIME Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Deliverbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
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
        <source>%1 — Deliverbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;MIME Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>Deliverbench::Gui::Severity</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 findings (%2)</source>
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
