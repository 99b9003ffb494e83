// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: SPF record syntax (RFC 7208 §4.6, §12) and macro expansion (RFC 7208 §7)
// with a fixed context. The whole input is parsed as a record (and term by term), the first input
// line is expanded as a macro-string, plain and as an explain-string. Checks: CIDR lengths in
// range, the term list bounded, expansion output within kMaxMacroOutput.

#include "FuzzCommon.h"

#include "auth/spf/SpfSyntax.h"

using namespace Deliverbench;

namespace {

const Auth::SpfMacroContext& context()
{
    static const Auth::SpfMacroContext c = [] {
        Auth::SpfMacroContext m;
        m.sender = "strong-bad@email.example.com";
        m.localPart = "strong-bad";
        m.senderDomain = "email.example.com";
        m.domain = "email.example.com";
        m.ip = QHostAddress(QStringLiteral("192.0.2.3"));
        m.validatedDomain = "mx.example.org";
        m.helo = "mx.example.org";
        m.receiver = "receiver.example.net";
        m.timestamp = 1700000000;
        return m;
    }();
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = Fuzz::view(data, size);

    const Auth::SpfRecordSyntax record = Auth::parseSpfRecord(input);
    if (record.isValid()) {
        for (const Auth::SpfTerm& term : record.terms) {
            FUZZ_CHECK(term.cidr4 >= 0 && term.cidr4 <= 32);
            FUZZ_CHECK(term.cidr6 >= 0 && term.cidr6 <= 128);
            FUZZ_CHECK(term.text.size() <= input.size());
        }
    }
    const QList<Auth::SpfTermSyntax> terms = Auth::parseSpfTerms(input);
    FUZZ_CHECK(terms.size() <= 256);
    for (const Auth::SpfTermSyntax& t : terms) {
        Fuzz::consume(t.countsLookup());
        Fuzz::consume(t.target());
    }

    QByteArrayView macro, rest;
    Fuzz::splitFirstLine(input, &macro, &rest);
    for (bool explain : {false, true}) {
        bool ok = false;
        const QByteArray expanded = Auth::expandMacroString(macro, context(), explain, &ok);
        FUZZ_CHECK(expanded.size() <= Auth::kMaxMacroOutput);
        Fuzz::consume(Auth::checkMacroString(macro, explain));
        Fuzz::consume(Auth::macroStringHasExpand(macro));
        Fuzz::consume(Auth::macroStringUsesP(macro));
    }
    Fuzz::consume(Auth::checkDomainSpec(macro));
    return 0;
}
