// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the what-if overlay's zone-file reader (Dns::ZoneOverlay::parse, RFC 1035
// §5.1 subset: $ORIGIN, $TTL, parentheses, quoted strings with \X and \DDD escapes). Checks the
// documented bounds (records, diagnostics, 255-octet character-strings) and that every record
// parsed can be looked up again and printed.

#include "FuzzCommon.h"

#include "dns/ZoneOverlay.h"

using namespace Deliverbench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView text = Fuzz::view(data, size);
    // the first line doubles as the origin, so relative names are exercised with odd origins too
    const qsizetype newline = text.indexOf('\n');
    const QByteArrayView origin = text.first(newline < 0 ? qMin<qsizetype>(text.size(), 64) : qMin<qsizetype>(newline, 64));
    for (const QByteArrayView o : {QByteArrayView(), origin}) {
        const Dns::ZoneOverlay overlay = Dns::ZoneOverlay::parse(text, o);
        FUZZ_CHECK(overlay.records().size() <= Dns::ZoneOverlay::kMaxRecords);
        FUZZ_CHECK(overlay.diagnostics().size() <= Dns::ZoneOverlay::kMaxDiagnostics + 1);
        FUZZ_CHECK(overlay.records().size() <= text.size());
        for (const Dns::ZoneDiagnostic& d : overlay.diagnostics())
            FUZZ_CHECK(d.line >= 0 && d.line <= text.count('\n') + 1);
        for (const Dns::Record& r : overlay.records()) {
            FUZZ_CHECK(overlay.contains(r.name, r.type));
            FUZZ_CHECK(!overlay.lookup(r.name, r.type).isEmpty());
            for (const QByteArray& s : r.strings)
                FUZZ_CHECK(s.size() <= Dns::ZoneOverlay::kMaxCharacterString);
            Fuzz::consume(r.rdataText());
        }
    }
    return 0;
}
