// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/AuthDiff.h"

#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimSignature.h"
#include "auth/dmarc/DmarcCheck.h"
#include "auth/spf/SpfCheck.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMap>

#include <algorithm>
#include <memory>
#include <optional>

namespace Deliverbench::Report {

namespace {

constexpr int kMaxSignatures = 16;
constexpr int kMaxSignedHeaders = 200;

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Deliverbench::Report", text, comment, n);
}

QString latin(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes);
}

/** FWS-free form of a field value, to find the same signature in the other message. */
QByteArray squeezed(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            out.append(c);
    }
    return out;
}

/** The k-th field of that name counted from the bottom (RFC 6376 §5.4.2), or nullptr. */
const Mail::HeaderField* fromBottom(const Mail::Message& message, QByteArrayView name, int k)
{
    const QList<Mail::HeaderField>& fields = message.headers().fields;
    int seen = 0;
    for (qsizetype i = fields.size() - 1; i >= 0; --i) {
        if (fields.at(i).nameIs(name)) {
            if (seen == k)
                return &fields.at(i);
            ++seen;
        }
    }
    return nullptr;
}

QByteArray canonical(const Mail::Message& message, const Mail::HeaderField* field, Auth::DkimCanon canon)
{
    if (field == nullptr)
        return {};
    return Auth::dkimCanonicalizeHeader(message.slice(field->offset, field->length), canon);
}

QByteArrayView body(const Mail::Message& message)
{
    const qint64 start = message.root->bodyOffset;
    const qint64 end = message.offset + message.length;
    if (!message.root->headers.hasSeparator || start > end)
        return {};
    return message.slice(start, end - start);
}

QString signatureKey(const QString& domain, const QString& selector, int occurrence)
{
    return QStringLiteral("dkim:d=%1;s=%2#%3").arg(domain.toLower(), selector).arg(occurrence);
}

QString signatureLabel(const QString& domain, const QString& selector)
{
    return tr("DKIM d=%1 s=%2").arg(domain, selector);
}

/** Keys of (domain, selector) pairs in header order, numbered per pair from the bottom (oldest). */
template<typename Item, typename Domain, typename Selector>
QStringList keysFromBottom(const QList<Item>& items, Domain domainOf, Selector selectorOf)
{
    QStringList keys(items.size());
    QHash<QString, int> seen;
    for (qsizetype i = items.size() - 1; i >= 0; --i) {
        const QString pair = domainOf(items.at(i)).toLower() + u';' + selectorOf(items.at(i));
        const int k = seen.value(pair, 0);
        seen.insert(pair, k + 1);
        keys[i] = signatureKey(domainOf(items.at(i)), selectorOf(items.at(i)), k);
    }
    return keys;
}

QString dkimDetail(const Auth::DkimSignatureResult& r)
{
    return r.explanation;
}

/** "message-id" → "Message-ID": a header field name as it is usually written. */
QString fieldDisplayName(const QString& name)
{
    static const QHash<QString, QString> special{
        {QStringLiteral("message-id"), QStringLiteral("Message-ID")},
        {QStringLiteral("mime-version"), QStringLiteral("MIME-Version")},
        {QStringLiteral("dkim-signature"), QStringLiteral("DKIM-Signature")},
        {QStringLiteral("arc-seal"), QStringLiteral("ARC-Seal")},
        {QStringLiteral("arc-message-signature"), QStringLiteral("ARC-Message-Signature")},
        {QStringLiteral("arc-authentication-results"), QStringLiteral("ARC-Authentication-Results")},
        {QStringLiteral("list-id"), QStringLiteral("List-ID")},
    };
    const QString lower = name.toLower();
    if (const auto it = special.constFind(lower); it != special.cend())
        return it.value();
    QStringList words = lower.split(u'-');
    for (QString& word : words) {
        if (!word.isEmpty())
            word[0] = word.at(0).toUpper();
    }
    return words.join(u'-');
}

/**
 * The changed signed header fields ("from[0]", "received[1]": 0 = bottom-most) as a reader
 * writes them: "From, Subject"; the occurrence only for a field listed more than once in h=
 * ("Received (2nd from the bottom)").
 */
QString readableHeaders(const QStringList& changed)
{
    QList<std::pair<QString, int>> fields;
    QHash<QString, int> seen;
    for (const QString& token : changed) {
        const qsizetype open = token.lastIndexOf(u'[');
        bool ok = false;
        const int k = open > 0 && token.endsWith(u']') ? token.mid(open + 1, token.size() - open - 2).toInt(&ok) : 0;
        const QString name = ok ? token.left(open) : token;
        fields.append({name, ok ? k : 0});
        seen[name.toLower()] = std::max(seen.value(name.toLower()), ok ? k + 1 : 1);
    }
    QHash<QString, int> listed;
    for (const auto& field : std::as_const(fields))
        ++listed[field.first.toLower()];
    QStringList out;
    for (const auto& [name, k] : std::as_const(fields)) {
        const QString display = fieldDisplayName(name);
        if (seen.value(name.toLower()) > 1 || listed.value(name.toLower()) > 1) {
            const int n = k + 1;
            const QString nth = n == 1   ? tr("%1 (bottom-most)").arg(display)
                                : n == 2 ? tr("%1 (2nd from the bottom)").arg(display)
                                : n == 3 ? tr("%1 (3rd from the bottom)").arg(display)
                                         : tr("%1 (%2th from the bottom)").arg(display).arg(n);
            out << nth;
        } else {
            out << display;
        }
    }
    return out.join(QStringLiteral(", "));
}

/** Why one DKIM verdict differs: the side that is not "pass" explains (diagnosis first). */
void explainDkim(VerdictDiff& row, const Auth::DkimSignatureResult& a, const Auth::DkimSignatureResult& b,
                 const DkimImpactSignature* impact)
{
    const bool bWorse = b.result != Auth::DkimResult::Pass;
    const Auth::DkimSignatureResult& bad = bWorse ? b : a;
    const QString side = bWorse ? QStringLiteral("B") : QStringLiteral("A");
    if (bad.diagnosis && !bad.diagnosis->pattern.isEmpty()) {
        row.reason = tr("body hash mismatch in %1: %2").arg(side, bad.diagnosis->explanation);
        row.reasonCode = latin(bad.diagnosis->pattern);
    } else if (bad.reason == "DKIM.BODY_HASH_MISMATCH") {
        row.reason = tr("body hash mismatch in %1: the body changed after signing (%2)").arg(side, bad.explanation);
        row.reasonCode = latin(bad.reason);
    } else if (impact != nullptr && !impact->changedHeaders.isEmpty()) {
        row.reason = tr("signed header field(s) changed in B: %1 (%2)")
                         .arg(readableHeaders(impact->changedHeaders), bad.explanation);
        row.reasonCode = QStringLiteral("signed-headers-changed");
    } else {
        row.reason = tr("in %1: %2").arg(side, bad.explanation);
        row.reasonCode = latin(bad.reason);
    }
}

QString arcToken(const QJsonObject& arc)
{
    return arc.value(QStringLiteral("result")).toString();
}

bool arcPresent(const QJsonObject& arc)
{
    return !arc.value(QStringLiteral("chain")).toArray().isEmpty() || (!arcToken(arc).isEmpty() && arcToken(arc) != QStringLiteral("none"));
}

void markTempErrors(VerdictDiff& row)
{
    if (row.resultA == QStringLiteral("temperror") && row.resultB == QStringLiteral("temperror")) {
        row.change = VerdictChange::NotChecked;
        row.reason = tr("not checked: the DNS lookups failed for both messages (temperror); is DNS available?");
        row.reasonCode = QStringLiteral("dns-unavailable");
    }
}

} // namespace

// --- DKIM impact ----------------------------------------------------------------------------

QString DkimImpact::key(const QString& name, int occurrence)
{
    return name.toLower() + u'#' + QString::number(occurrence);
}

QString DkimImpactSignature::summary() const
{
    const QString who = signatureLabel(domain, selector);
    if (!parsed)
        return tr("%1: the signature does not parse (%2).").arg(who, problem);
    QStringList parts;
    if (!keptInB)
        parts << tr("the signature field is missing or altered in B");
    if (!changedHeaders.isEmpty())
        parts << tr("signed header(s) changed: %1").arg(readableHeaders(changedHeaders));
    if (!bodyHashMatchesA)
        parts << tr("the body hash (bh=) did not match A's body already");
    else if (!bodyHashMatchesB)
        parts << tr("the body changed: the body hash (bh=) no longer matches");
    if (parts.isEmpty()) {
        return tr("%1: nothing it covers changed (signed headers and body hash equal after canonicalization%2); "
                  "it verifies in B if it verified in A.")
            .arg(who, bodyLimited ? tr(", body signed up to l=") : QString());
    }
    return tr("%1: breaks in B — %2.").arg(who, parts.join(QStringLiteral("; ")));
}

QJsonObject DkimImpactSignature::toJson() const
{
    QJsonObject o{{QStringLiteral("domain"), domain},
                  {QStringLiteral("selector"), selector},
                  {QStringLiteral("parsed"), parsed},
                  {QStringLiteral("keptInB"), keptInB},
                  {QStringLiteral("changedHeaders"), QJsonArray::fromStringList(changedHeaders)},
                  {QStringLiteral("bodyHashMatchesA"), bodyHashMatchesA},
                  {QStringLiteral("bodyHashMatchesB"), bodyHashMatchesB},
                  {QStringLiteral("bodyLimited"), bodyLimited},
                  {QStringLiteral("survives"), survives()},
                  {QStringLiteral("summary"), summary()}};
    if (!parsed)
        o.insert(QStringLiteral("problem"), problem);
    return o;
}

QJsonArray DkimImpact::toJson() const
{
    QJsonArray array;
    for (const DkimImpactSignature& s : signatures)
        array.append(s.toJson());
    return array;
}

DkimImpact DkimImpact::fromJson(const QJsonArray& array)
{
    DkimImpact impact;
    for (const QJsonValue& value : array) {
        if (impact.signatures.size() >= kMaxSignatures)
            break;
        const QJsonObject o = value.toObject();
        DkimImpactSignature s;
        s.domain = o.value(QStringLiteral("domain")).toString().left(255);
        s.selector = o.value(QStringLiteral("selector")).toString().left(255);
        s.parsed = o.value(QStringLiteral("parsed")).toBool(true);
        s.problem = o.value(QStringLiteral("problem")).toString().left(1000);
        s.keptInB = o.value(QStringLiteral("keptInB")).toBool();
        for (const QJsonValue& h : o.value(QStringLiteral("changedHeaders")).toArray()) {
            if (s.changedHeaders.size() < kMaxSignedHeaders)
                s.changedHeaders << h.toString().left(255);
        }
        s.bodyHashMatchesA = o.value(QStringLiteral("bodyHashMatchesA")).toBool();
        s.bodyHashMatchesB = o.value(QStringLiteral("bodyHashMatchesB")).toBool();
        s.bodyLimited = o.value(QStringLiteral("bodyLimited")).toBool();
        impact.signatures << s;
    }
    return impact;
}

QString DkimImpact::toText() const
{
    QString out = tr("DKIM impact (what the changes mean for A's signatures; bytes only, no DNS):") + u'\n';
    if (signatures.isEmpty())
        out += QStringLiteral("  ") + tr("A has no DKIM-Signature: no change can break one.") + u'\n';
    for (const DkimImpactSignature& s : signatures)
        out += QStringLiteral("  %1 %2\n").arg(s.survives() ? QStringLiteral("ok  ") : QStringLiteral("BREAKS"), s.summary());
    return out;
}

DkimImpact DkimImpact::analyze(const Mail::Message& a, const Mail::Message& b)
{
    DkimImpact impact;
    if (!a.root || !b.root)
        return impact;
    QList<QByteArray> signaturesB;
    for (const Mail::HeaderField& field : b.headers().fields) {
        if (field.nameIs("DKIM-Signature"))
            signaturesB << squeezed(field.rawValue);
    }
    // Per header occurrence: the notes of every signature, joined at the end.
    QHash<QString, QStringList> notes;
    int count = 0;
    for (const Mail::HeaderField& field : a.headers().fields) {
        if (!field.nameIs("DKIM-Signature"))
            continue;
        if (++count > kMaxSignatures)
            break;
        DkimImpactSignature result;
        result.keptInB = signaturesB.contains(squeezed(field.rawValue));
        const auto parsed = Auth::parseDkimSignature(field.rawValue);
        if (!parsed) {
            result.parsed = false;
            result.problem = parsed.error().text;
            result.domain = QStringLiteral("?");
            result.selector = QStringLiteral("?");
            impact.signatures << result;
            continue;
        }
        const Auth::DkimSignature& sig = *parsed;
        result.domain = QString::fromUtf8(sig.domain);
        result.selector = QString::fromUtf8(sig.selector);
        result.bodyLimited = sig.bodyLength >= 0;
        const QString who = QStringLiteral("d=") + result.domain;
        // Signed header fields, selected bottom-up per name (RFC 6376 §5.4.2).
        QHash<QByteArray, int> used;
        int n = 0;
        for (const QByteArray& name : sig.signedHeaders) {
            if (++n > kMaxSignedHeaders)
                break;
            const QByteArray lower = name.toLower();
            const int k = used.value(lower, 0);
            used[lower] = k + 1;
            const QByteArray ca = canonical(a, fromBottom(a, name, k), sig.headerCanon);
            const QByteArray cb = canonical(b, fromBottom(b, name, k), sig.headerCanon);
            const QString noteKey = key(QString::fromLatin1(name), k);
            if (ca != cb) {
                result.changedHeaders << QStringLiteral("%1[%2]").arg(QString::fromLatin1(name)).arg(k);
                notes[noteKey] << tr("signed by %1: the change breaks it").arg(who);
            } else {
                notes[noteKey] << tr("signed by %1: same after %2 canonicalization")
                                      .arg(who, QString::fromLatin1(Auth::dkimCanonToken(sig.headerCanon)));
            }
        }
        // Fields of a signed name above the instances h= covers can be added freely (§8.15).
        for (auto it = used.cbegin(); it != used.cend(); ++it) {
            const int total = std::max(a.headers().count(it.key()), b.headers().count(it.key()));
            for (int k = it.value(); k < total; ++k) {
                notes[key(QString::fromLatin1(it.key()), k)]
                    << tr("not covered by %1 (h= lists %n instance(s) of this field)", nullptr, it.value()).arg(who);
            }
        }
        const Auth::DkimHash hash = Auth::dkimAlgorithmHash(sig.algorithm);
        result.bodyHashMatchesA = Auth::dkimHashBody(body(a), sig.bodyCanon, hash, sig.bodyLength).digest == sig.bodyHash;
        result.bodyHashMatchesB = Auth::dkimHashBody(body(b), sig.bodyCanon, hash, sig.bodyLength).digest == sig.bodyHash;
        impact.signatures << result;
    }
    for (auto it = notes.cbegin(); it != notes.cend(); ++it)
        impact.headerNotes.insert(it.key(), it.value().join(QStringLiteral("; ")));
    return impact;
}

// --- verdict diff ---------------------------------------------------------------------------

QString verdictChangeToken(VerdictChange change)
{
    switch (change) {
    case VerdictChange::Same: return QStringLiteral("same");
    case VerdictChange::Flipped: return QStringLiteral("flipped");
    case VerdictChange::OnlyInA: return QStringLiteral("onlyInA");
    case VerdictChange::OnlyInB: return QStringLiteral("onlyInB");
    case VerdictChange::NotChecked: break;
    }
    return QStringLiteral("notChecked");
}

QString verdictChangeLabel(VerdictChange change)
{
    switch (change) {
    case VerdictChange::Same: return tr("same");
    case VerdictChange::Flipped: return tr("flipped");
    case VerdictChange::OnlyInA: return tr("only in A");
    case VerdictChange::OnlyInB: return tr("only in B");
    case VerdictChange::NotChecked: break;
    }
    return tr("not checked");
}

QJsonObject VerdictDiff::toJson() const
{
    return QJsonObject{{QStringLiteral("mechanism"), mechanism}, {QStringLiteral("key"), key},
                       {QStringLiteral("label"), label},         {QStringLiteral("a"), resultA},
                       {QStringLiteral("b"), resultB},           {QStringLiteral("detailA"), detailA},
                       {QStringLiteral("detailB"), detailB},     {QStringLiteral("change"), verdictChangeToken(change)},
                       {QStringLiteral("reason"), reason},       {QStringLiteral("reasonCode"), reasonCode}};
}

VerdictDiff VerdictDiff::fromJson(const QJsonObject& o)
{
    constexpr qsizetype kMaxText = 4000;
    VerdictDiff row;
    row.mechanism = o.value(QStringLiteral("mechanism")).toString().left(16);
    row.key = o.value(QStringLiteral("key")).toString().left(600);
    row.label = o.value(QStringLiteral("label")).toString().left(600);
    row.resultA = o.value(QStringLiteral("a")).toString().left(32);
    row.resultB = o.value(QStringLiteral("b")).toString().left(32);
    row.detailA = o.value(QStringLiteral("detailA")).toString().left(kMaxText);
    row.detailB = o.value(QStringLiteral("detailB")).toString().left(kMaxText);
    row.reason = o.value(QStringLiteral("reason")).toString().left(kMaxText);
    row.reasonCode = o.value(QStringLiteral("reasonCode")).toString().left(64);
    const QString change = o.value(QStringLiteral("change")).toString();
    for (VerdictChange c : {VerdictChange::Same, VerdictChange::Flipped, VerdictChange::OnlyInA,
                            VerdictChange::OnlyInB, VerdictChange::NotChecked}) {
        if (verdictChangeToken(c) == change)
            row.change = c;
    }
    return row;
}

int AuthDiff::changeCount() const
{
    int count = 0;
    for (const VerdictDiff& row : verdicts) {
        if (row.change == VerdictChange::Flipped || row.change == VerdictChange::OnlyInA
            || row.change == VerdictChange::OnlyInB)
            ++count;
    }
    return count;
}

QJsonObject AuthDiff::toJson() const
{
    QJsonArray rows;
    for (const VerdictDiff& row : verdicts)
        rows.append(row.toJson());
    QJsonObject o{{QStringLiteral("checked"), checked}, {QStringLiteral("changes"), changeCount()},
                  {QStringLiteral("verdicts"), rows}};
    if (!checked)
        o.insert(QStringLiteral("reason"), notCheckedReason);
    return o;
}

AuthDiff AuthDiff::fromJson(const QJsonObject& object)
{
    constexpr int kMaxRows = 64;
    AuthDiff diff;
    diff.checked = object.value(QStringLiteral("checked")).toBool();
    diff.notCheckedReason = object.value(QStringLiteral("reason")).toString().left(1000);
    for (const QJsonValue& value : object.value(QStringLiteral("verdicts")).toArray()) {
        if (diff.verdicts.size() >= kMaxRows)
            break;
        diff.verdicts << VerdictDiff::fromJson(value.toObject());
    }
    return diff;
}

QString AuthDiff::toText() const
{
    QString out = tr("Authentication verdicts (A → B):") + u'\n';
    if (!checked)
        out += QStringLiteral("  ") + tr("not checked: %1").arg(notCheckedReason) + u'\n';
    for (const VerdictDiff& row : verdicts) {
        const QString a = row.resultA.isEmpty() ? QStringLiteral("—") : row.resultA;
        const QString b = row.resultB.isEmpty() ? QStringLiteral("—") : row.resultB;
        out += QStringLiteral("  %1: %2 → %3 (%4)").arg(row.label, a, b, verdictChangeLabel(row.change));
        if (!row.reason.isEmpty() && row.change != VerdictChange::Same && checked)
            out += QStringLiteral(": ") + row.reason;
        out += u'\n';
    }
    return out;
}

AuthDiff diffAuthResults(const Auth::MessageAuthResult& a, const Auth::MessageAuthResult& b, const DkimImpact* impact)
{
    AuthDiff diff;
    diff.checked = true;

    // DKIM: one row per signature, matched by d=/s= and the occurrence from the bottom.
    auto domainOf = [](const Auth::DkimSignatureResult& r) { return QString::fromUtf8(r.domain); };
    auto selectorOf = [](const Auth::DkimSignatureResult& r) { return QString::fromUtf8(r.selector); };
    const QList<Auth::DkimSignatureResult> dkimA = a.dkim.mid(0, kMaxSignatures);
    const QList<Auth::DkimSignatureResult> dkimB = b.dkim.mid(0, kMaxSignatures);
    const QStringList keysA = keysFromBottom(dkimA, domainOf, selectorOf);
    const QStringList keysB = keysFromBottom(dkimB, domainOf, selectorOf);
    QHash<QString, const DkimImpactSignature*> impactByKey;
    if (impact != nullptr) {
        const QStringList keysI = keysFromBottom(
            impact->signatures, [](const DkimImpactSignature& s) { return s.domain; },
            [](const DkimImpactSignature& s) { return s.selector; });
        for (qsizetype i = 0; i < keysI.size(); ++i)
            impactByKey.insert(keysI.at(i), &impact->signatures.at(i));
    }
    for (qsizetype i = 0; i < dkimA.size(); ++i) {
        const Auth::DkimSignatureResult& ra = dkimA.at(i);
        VerdictDiff row;
        row.mechanism = QStringLiteral("dkim");
        row.key = keysA.at(i);
        row.label = signatureLabel(domainOf(ra), selectorOf(ra));
        row.resultA = latin(Auth::dkimResultToken(ra.result));
        row.detailA = dkimDetail(ra);
        const qsizetype j = keysB.indexOf(row.key);
        if (j < 0) {
            row.change = VerdictChange::OnlyInA;
            row.reason = tr("B has no DKIM-Signature with d=%1 s=%2 (removed in transit)").arg(domainOf(ra), selectorOf(ra));
            row.reasonCode = QStringLiteral("signature-removed");
        } else {
            const Auth::DkimSignatureResult& rb = dkimB.at(j);
            row.resultB = latin(Auth::dkimResultToken(rb.result));
            row.detailB = dkimDetail(rb);
            if (ra.result == rb.result) {
                row.change = VerdictChange::Same;
            } else {
                row.change = VerdictChange::Flipped;
                explainDkim(row, ra, rb, impactByKey.value(row.key));
            }
            markTempErrors(row);
        }
        diff.verdicts << row;
    }
    for (qsizetype j = 0; j < dkimB.size(); ++j) {
        if (keysA.contains(keysB.at(j)))
            continue;
        const Auth::DkimSignatureResult& rb = dkimB.at(j);
        VerdictDiff row;
        row.mechanism = QStringLiteral("dkim");
        row.key = keysB.at(j);
        row.label = signatureLabel(domainOf(rb), selectorOf(rb));
        row.resultB = latin(Auth::dkimResultToken(rb.result));
        row.detailB = dkimDetail(rb);
        row.change = VerdictChange::OnlyInB;
        row.reason = tr("B carries a DKIM-Signature A does not (added in transit, e.g. by a mailing list)");
        row.reasonCode = QStringLiteral("signature-added");
        diff.verdicts << row;
    }

    // SPF (RFC 7208): the connection decides as much as the record.
    {
        VerdictDiff row;
        row.mechanism = QStringLiteral("spf");
        row.key = QStringLiteral("spf");
        row.label = tr("SPF");
        row.resultA = a.spfEvaluated ? latin(Auth::spfResultToken(a.spf.result)) : QStringLiteral("none");
        row.resultB = b.spfEvaluated ? latin(Auth::spfResultToken(b.spf.result)) : QStringLiteral("none");
        row.detailA = a.spf.reason;
        row.detailB = b.spf.reason;
        if (row.resultA != row.resultB) {
            row.change = VerdictChange::Flipped;
            const QString ipA = a.connection.hasIp() ? a.connection.ip.toString() : tr("unknown");
            const QString ipB = b.connection.hasIp() ? b.connection.ip.toString() : tr("unknown");
            if (ipA != ipB) {
                row.reason = tr("the connecting IP differs: %1 in A, %2 in B (a forwarder relayed B; %3)")
                                 .arg(ipA, ipB, b.connection.explanation);
                row.reasonCode = QStringLiteral("connection-changed");
            } else if (a.spf.domain != b.spf.domain) {
                row.reason = tr("the checked domain differs: %1 in A, %2 in B")
                                 .arg(latin(a.spf.domain), latin(b.spf.domain));
                row.reasonCode = QStringLiteral("mailfrom-changed");
            } else {
                row.reason = tr("in B: %1").arg(b.spf.reason);
                row.reasonCode = latin(b.spf.code);
            }
        }
        markTempErrors(row);
        diff.verdicts << row;
    }

    // DMARC (RFC 7489): which aligned pass was lost or gained.
    {
        VerdictDiff row;
        row.mechanism = QStringLiteral("dmarc");
        row.key = QStringLiteral("dmarc");
        row.label = tr("DMARC");
        row.resultA = latin(Auth::dmarcResultToken(a.dmarc.result));
        row.resultB = latin(Auth::dmarcResultToken(b.dmarc.result));
        row.detailA = a.dmarc.reason;
        row.detailB = b.dmarc.reason;
        if (row.resultA != row.resultB) {
            row.change = VerdictChange::Flipped;
            auto yesNo = [](bool aligned) { return aligned ? tr("aligned pass") : tr("none"); };
            if (a.dmarc.dkimAligned != b.dmarc.dkimAligned || a.dmarc.spfAligned != b.dmarc.spfAligned) {
                row.reason = tr("aligned DKIM: %1 → %2; aligned SPF: %3 → %4")
                                 .arg(yesNo(a.dmarc.dkimAligned), yesNo(b.dmarc.dkimAligned),
                                      yesNo(a.dmarc.spfAligned), yesNo(b.dmarc.spfAligned));
                row.reasonCode = QStringLiteral("alignment-changed");
            } else {
                row.reason = tr("in B: %1").arg(b.dmarc.reason);
                row.reasonCode = latin(b.dmarc.code);
            }
        }
        markTempErrors(row);
        diff.verdicts << row;
    }

    // ARC (RFC 8617): a row when either message carries a chain.
    const bool arcA = arcPresent(a.arcJson);
    const bool arcB = arcPresent(b.arcJson);
    if (arcA || arcB) {
        VerdictDiff row;
        row.mechanism = QStringLiteral("arc");
        row.key = QStringLiteral("arc");
        row.label = tr("ARC");
        row.resultA = arcA ? arcToken(a.arcJson) : QString();
        row.resultB = arcB ? arcToken(b.arcJson) : QString();
        row.detailA = a.arcJson.value(QStringLiteral("reason")).toString();
        row.detailB = b.arcJson.value(QStringLiteral("reason")).toString();
        const int hopsA = int(a.arcJson.value(QStringLiteral("chain")).toArray().size());
        const int hopsB = int(b.arcJson.value(QStringLiteral("chain")).toArray().size());
        if (!arcA) {
            row.change = VerdictChange::OnlyInB;
            row.reason = tr("B carries an ARC chain of %n set(s) (added by an intermediary): %1", nullptr, hopsB)
                             .arg(row.detailB);
            row.reasonCode = QStringLiteral("arc-added");
        } else if (!arcB) {
            row.change = VerdictChange::OnlyInA;
            row.reason = tr("B carries no ARC chain");
            row.reasonCode = QStringLiteral("arc-removed");
        } else if (row.resultA != row.resultB || hopsA != hopsB) {
            row.change = row.resultA != row.resultB ? VerdictChange::Flipped : VerdictChange::Same;
            row.reason = tr("ARC sets: %1 in A, %2 in B; in B: %3").arg(hopsA).arg(hopsB).arg(row.detailB);
            row.reasonCode = QStringLiteral("arc-chain-changed");
        }
        markTempErrors(row);
        diff.verdicts << row;
    }
    return diff;
}

AuthDiff notCheckedAuthDiff(const Mail::Message& a, const Mail::Message& b, const QString& reason)
{
    AuthDiff diff;
    diff.checked = false;
    diff.notCheckedReason = reason;
    struct Sig
    {
        QString domain, selector;
    };
    auto signatures = [](const Mail::Message& message) {
        QList<Sig> out;
        if (!message.root)
            return out;
        for (const Mail::HeaderField& field : message.headers().fields) {
            if (!field.nameIs("DKIM-Signature") || out.size() >= kMaxSignatures)
                continue;
            const auto parsed = Auth::parseDkimSignature(field.rawValue);
            out << (parsed ? Sig{QString::fromUtf8(parsed->domain), QString::fromUtf8(parsed->selector)}
                           : Sig{QStringLiteral("?"), QStringLiteral("?")});
        }
        return out;
    };
    const QList<Sig> sigA = signatures(a);
    const QList<Sig> sigB = signatures(b);
    auto domainOf = [](const Sig& s) { return s.domain; };
    auto selectorOf = [](const Sig& s) { return s.selector; };
    const QStringList keysA = keysFromBottom(sigA, domainOf, selectorOf);
    const QStringList keysB = keysFromBottom(sigB, domainOf, selectorOf);
    const QString notChecked = QStringLiteral("notchecked");
    auto add = [&](const QString& mechanism, const QString& key, const QString& label, bool inA, bool inB) {
        VerdictDiff row;
        row.mechanism = mechanism;
        row.key = key;
        row.label = label;
        row.resultA = inA ? notChecked : QString();
        row.resultB = inB ? notChecked : QString();
        row.change = VerdictChange::NotChecked;
        row.reason = tr("not checked: %1").arg(reason);
        row.reasonCode = QStringLiteral("offline");
        diff.verdicts << row;
    };
    for (qsizetype i = 0; i < sigA.size(); ++i)
        add(QStringLiteral("dkim"), keysA.at(i), signatureLabel(sigA.at(i).domain, sigA.at(i).selector), true,
            keysB.contains(keysA.at(i)));
    for (qsizetype j = 0; j < sigB.size(); ++j) {
        if (!keysA.contains(keysB.at(j)))
            add(QStringLiteral("dkim"), keysB.at(j), signatureLabel(sigB.at(j).domain, sigB.at(j).selector), false, true);
    }
    add(QStringLiteral("spf"), QStringLiteral("spf"), tr("SPF"), true, true);
    add(QStringLiteral("dmarc"), QStringLiteral("dmarc"), tr("DMARC"), true, true);
    const bool arcA = a.root && a.headers().count("ARC-Seal") > 0;
    const bool arcB = b.root && b.headers().count("ARC-Seal") > 0;
    if (arcA || arcB)
        add(QStringLiteral("arc"), QStringLiteral("arc"), tr("ARC"), arcA, arcB);
    return diff;
}

void runAuthDiff(const Mail::Message& a, const Mail::Message& b, Dns::Resolver& resolver,
                 const Auth::MessageAuthOptions& options, QObject* context,
                 std::function<void(const AuthDiff&)> callback, const DkimImpact& impact)
{
    struct State
    {
        std::optional<Auth::MessageAuthResult> a, b;
        DkimImpact impact;
        std::function<void(const AuthDiff&)> callback;
    };
    auto state = std::make_shared<State>();
    state->impact = impact;
    state->callback = std::move(callback);
    auto finish = [state] {
        if (!state->a || !state->b || !state->callback)
            return;
        const AuthDiff diff = diffAuthResults(*state->a, *state->b, &state->impact);
        auto callbackOnce = std::move(state->callback);
        state->callback = nullptr;
        callbackOnce(diff);
    };
    Auth::MessageAuth::run(a, resolver, options, context, [state, finish](const Auth::MessageAuthResult& r) {
        state->a = r;
        finish();
    });
    Auth::MessageAuth::run(b, resolver, options, context, [state, finish](const Auth::MessageAuthResult& r) {
        state->b = r;
        finish();
    });
}

AuthDiff runAuthDiffBlocking(const Mail::Message& a, const Mail::Message& b, Dns::Resolver& resolver,
                             const Auth::MessageAuthOptions& options, const DkimImpact& impact)
{
    QEventLoop loop;
    QObject context;
    AuthDiff out;
    bool finished = false;
    runAuthDiff(
        a, b, resolver, options, &context,
        [&](const AuthDiff& diff) {
            out = diff;
            finished = true;
            loop.quit();
        },
        impact);
    if (!finished)
        loop.exec();
    return out;
}

} // namespace Deliverbench::Report
