// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/arc/ArcVerifier.h"

#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimCrypto_p.h"
#include "message/AuthResults.h"
#include "message/Message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <array>
#include <memory>

namespace Deliverbench::Auth {

namespace {

constexpr int kMaxSets = 50;          // RFC 8617 §4.2.1
constexpr int kMaxArcFields = 3 * kMaxSets + 3; // more than this cannot be a valid chain: stop collecting

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

QString latin(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 300)));
}

enum class Kind { Seal, Ams, Aar };

/** @short One ARC header field as collected (RFC 8617 §4.1). */
struct ArcField
{
    const Mail::HeaderField* field = nullptr;
    Kind kind = Kind::Seal;
    int instance = 0;          ///< 0: no valid i=
    bool tagsOk = false;
    DkimTagList tags;
    QString problem;           ///< tag-list syntax error (AS/AMS) or the AAR prefix problem
    QByteArray aarPayload;     ///< AAR: the text after "i=N;"
};

const char* kindName(Kind kind)
{
    switch (kind) {
    case Kind::Seal:
        return "ARC-Seal";
    case Kind::Ams:
        return "ARC-Message-Signature";
    case Kind::Aar:
        return "ARC-Authentication-Results";
    }
    return "";
}

/** @short RFC 8617 §4.2.1: instance = 1*2DIGIT, 1..50 (three digits tolerated to report 51..999 as too many). */
int parseInstance(QByteArrayView value)
{
    const QByteArray v = dkimStripFws(value);
    if (v.isEmpty() || v.size() > 3)
        return 0;
    int n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return 0;
        n = n * 10 + (c - '0');
    }
    return n;
}

bool isWsp(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/** @short i= of an AS/AMS whose tag list does not parse: the first "i=digits" tag-spec, for placing it. */
int lenientInstance(QByteArrayView value)
{
    qsizetype start = 0;
    int found = 0;
    while (start <= value.size()) {
        qsizetype end = value.indexOf(';', start);
        if (end < 0)
            end = value.size();
        QByteArrayView spec = value.sliced(start, end - start);
        qsizetype k = 0;
        while (k < spec.size() && isWsp(spec[k]))
            ++k;
        if (k < spec.size() && spec[k] == 'i') {
            qsizetype e = k + 1;
            while (e < spec.size() && isWsp(spec[e]))
                ++e;
            if (e < spec.size() && spec[e] == '=') {
                found = parseInstance(spec.sliced(e + 1));
                break;
            }
        }
        start = end + 1;
    }
    return found;
}

/** @short AAR prefix (RFC 8617 §4.1.1): `i=N;` before the authres-payload. Returns the instance or 0. */
int parseAarPrefix(QByteArrayView value, QByteArray* payload)
{
    qsizetype k = 0;
    while (k < value.size() && isWsp(value[k]))
        ++k;
    if (k >= value.size() || value[k] != 'i')
        return 0;
    ++k;
    while (k < value.size() && isWsp(value[k]))
        ++k;
    if (k >= value.size() || value[k] != '=')
        return 0;
    const qsizetype semi = value.indexOf(';', k + 1);
    if (semi < 0)
        return 0;
    const int n = parseInstance(value.sliced(k + 1, semi - k - 1));
    if (n > 0 && payload)
        *payload = value.sliced(semi + 1).toByteArray();
    return n;
}

/** @short Unfolds and trims a field value for display (RFC 5322 §2.2.3). */
QByteArray unfoldTrim(QByteArrayView v)
{
    QByteArray out;
    out.reserve(v.size());
    for (char c : v) {
        if (c == '\r' || c == '\n')
            continue;
        out += c;
    }
    return out.trimmed();
}

bool parseDigits(QByteArrayView value, int maxDigits, qint64* out)
{
    const QByteArray v = dkimStripFws(value);
    if (v.isEmpty() || v.size() > maxDigits)
        return false;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *out = n;
    return true;
}

bool parseAlgorithm(QByteArrayView token, DkimAlgorithm* out)
{
    // the ValiMail suite and RFC 8617 §4.1.2 treat tag values as case-sensitive tokens
    if (token == "rsa-sha256")
        *out = DkimAlgorithm::RsaSha256;
    else if (token == "rsa-sha1")
        *out = DkimAlgorithm::RsaSha1;
    else if (token == "ed25519-sha256")
        *out = DkimAlgorithm::Ed25519Sha256;
    else
        return false;
    return true;
}

bool isSelector(QByteArrayView s)
{
    // RFC 6376 §3.1: selector = sub-domain *( "." sub-domain ); underscores seen in the wild are tolerated
    if (s.isEmpty() || s.size() > 253)
        return false;
    qsizetype label = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '.') {
            if (label == 0)
                return false;
            label = 0;
            continue;
        }
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok || ++label > 63)
            return false;
    }
    return label > 0;
}

/**
 * @short The DKIM-like tags shared by AMS and AS (RFC 8617 §4.1.2, §4.1.3): a=, b=, d=, s=, t=.
 * Fills `sig` (identity "@" + d=, as ARC has no AUID); false with `why` on the first problem.
 */
bool parseCommonTags(const DkimTagList& tags, DkimSignature* sig, QString* why)
{
    sig->tags = tags;
    const QByteArray a = tags.value("a");
    if (a.isNull())
        return *why = tr("a= is missing"), false;
    if (!parseAlgorithm(a, &sig->algorithm))
        return *why = tr("a=%1 is not a known algorithm").arg(latin(a)), false;
    sig->algorithmToken = a;
    const QByteArray b = tags.value("b");
    if (b.isNull())
        return *why = tr("b= is missing"), false;
    if (!dkimDecodeBase64(b, &sig->signature) || sig->signature.isEmpty())
        return *why = tr("b= is empty or not base64"), false;
    const QByteArray d = tags.value("d");
    if (d.isNull())
        return *why = tr("d= is missing"), false;
    if (!dkimIsDomainName(d))
        return *why = tr("d=%1 is not a domain name").arg(latin(d)), false;
    sig->domain = d;
    const QByteArray s = tags.value("s");
    if (s.isNull())
        return *why = tr("s= is missing"), false;
    if (!isSelector(s))
        return *why = tr("s=%1 is not a valid selector").arg(latin(s)), false;
    sig->selector = s;
    const QByteArray t = tags.value("t");
    if (!t.isNull() && !parseDigits(t, 12, &sig->timestamp))
        return *why = tr("t=%1 is not a timestamp").arg(latin(t)), false;
    sig->identity = '@' + sig->domain;
    sig->hasIdentity = false;
    return true;
}

bool parseAms(const DkimTagList& tags, DkimSignature* sig, QString* why)
{
    if (!parseCommonTags(tags, sig, why))
        return false;
    const QByteArray bh = tags.value("bh");
    if (bh.isNull())
        return *why = tr("bh= is missing"), false;
    if (!dkimDecodeBase64(bh, &sig->bodyHash) || sig->bodyHash.isEmpty())
        return *why = tr("bh= is empty or not base64"), false;
    sig->bodyHashBase64 = dkimStripFws(bh);
    // c= absent: relaxed/relaxed. RFC 6376 would say simple/simple, but ARC sealers use relaxed and the
    // ValiMail suite (ams_fields_c_na) and dkimpy's validator take relaxed/relaxed as the ARC default.
    sig->headerCanon = DkimCanon::Relaxed;
    sig->bodyCanon = DkimCanon::Relaxed;
    const QByteArray c = tags.value("c");
    if (!c.isNull()) {
        const qsizetype slash = c.indexOf('/');
        const QByteArray hc = slash < 0 ? c : c.left(slash);
        const QByteArray bc = slash < 0 ? QByteArrayLiteral("simple") : c.mid(slash + 1);
        auto canon = [](const QByteArray& token, DkimCanon* out) {
            if (token == "simple")
                *out = DkimCanon::Simple;
            else if (token == "relaxed")
                *out = DkimCanon::Relaxed;
            else
                return false;
            return true;
        };
        if (!canon(hc, &sig->headerCanon) || !canon(bc, &sig->bodyCanon))
            return *why = tr("c=%1 is not a known canonicalization").arg(latin(c)), false;
    }
    const QByteArray h = tags.value("h");
    if (h.isNull())
        return *why = tr("h= is missing"), false;
    for (const QByteArray& name : dkimSplitList(h)) {
        if (name.compare("arc-seal", Qt::CaseInsensitive) == 0)
            return *why = tr("h= lists ARC-Seal, which an ARC-Message-Signature must not sign"), false;
        if (!name.isEmpty())
            sig->signedHeaders.append(name);
    }
    const QByteArray l = tags.value("l");
    if (!l.isNull() && !parseDigits(l, 18, &sig->bodyLength))
        return *why = tr("l=%1 is not a length").arg(latin(l)), false;
    const QByteArray x = tags.value("x");
    if (!x.isNull() && !parseDigits(x, 12, &sig->expiration))
        return *why = tr("x=%1 is not a timestamp").arg(latin(x)), false;
    return true;
}

bool parseSeal(const DkimTagList& tags, DkimSignature* sig, QString* why)
{
    if (!parseCommonTags(tags, sig, why))
        return false;
    if (tags.contains("h"))
        return *why = tr("the ARC-Seal has an h= tag, which RFC 8617 §4.1.3 forbids"), false;
    sig->headerCanon = DkimCanon::Relaxed;
    sig->bodyCanon = DkimCanon::Relaxed;
    return true;
}

/** @short The field with the b= value removed (RFC 6376 §3.7, RFC 8617 §4.1.3), not canonicalized. */
QByteArray withEmptyB(const Mail::Message& message, const Mail::HeaderField& field, const DkimTagList& tags)
{
    const qint64 valueStart = message.data->offsetOf(field.rawValue.data());
    QByteArray out = message.slice(field.offset, valueStart - field.offset).toByteArray();
    const QByteArrayView value = field.rawValue;
    if (const DkimTag* b = tags.find("b")) {
        out += value.first(b->valueOffset);
        out += value.sliced(b->valueEnd);
    } else {
        out += value;
    }
    return out;
}

QByteArray rawField(const Mail::Message& message, const Mail::HeaderField& field)
{
    return message.slice(field.offset, field.length).toByteArray();
}

QByteArray resultToken(DkimResult r)
{
    switch (r) {
    case DkimResult::Pass:
        return QByteArrayLiteral("pass");
    case DkimResult::TempError:
        return QByteArrayLiteral("temperror");
    case DkimResult::PermError:
        return QByteArrayLiteral("permerror");
    default:
        return QByteArrayLiteral("fail");
    }
}

void decide(DkimPreparedSignature& p, const QByteArray& code, const QString& why)
{
    p.done = true;
    p.result.result = DkimResult::PermError;
    p.result.reason = code;
    p.result.explanation = why;
}

struct CodeInfo
{
    const char* title;
    const char* remedy;
    Severity severity;
};

const QHash<QByteArray, CodeInfo>& codeTable()
{
    static const QHash<QByteArray, CodeInfo> table = {
        {"ARC.NONE", {QT_TRANSLATE_NOOP("Deliverbench::Auth", "The message has no ARC sets"), "", Severity::Info}},
        {"ARC.PASS", {QT_TRANSLATE_NOOP("Deliverbench::Auth", "ARC chain validates"), "", Severity::Pass}},
        {"ARC.FAIL_CV",
         {QT_TRANSLATE_NOOP("Deliverbench::Auth", "ARC chain was already marked failed (cv=fail) by the last sealer"),
          QT_TRANSLATE_NOOP("Deliverbench::Auth", "Look at the hop that sealed with cv=fail: it could not validate the chain it received."),
          Severity::Error}},
        {"ARC.STRUCTURE",
         {QT_TRANSLATE_NOOP("Deliverbench::Auth", "ARC sets are malformed, missing, duplicated or out of sequence"),
          QT_TRANSLATE_NOOP("Deliverbench::Auth", "Each sealer must add exactly one ARC-Seal, ARC-Message-Signature and ARC-Authentication-Results with the next instance number."),
          Severity::Error}},
        {"ARC.TOO_MANY_SETS",
         {QT_TRANSLATE_NOOP("Deliverbench::Auth", "More than 50 ARC sets (or an instance above 50)"),
          QT_TRANSLATE_NOOP("Deliverbench::Auth", "The message is looping between forwarders; find the loop."), Severity::Error}},
        {"ARC.FAIL_AMS",
         {QT_TRANSLATE_NOOP("Deliverbench::Auth", "The newest ARC-Message-Signature does not verify"),
          QT_TRANSLATE_NOOP("Deliverbench::Auth", "The message changed after the last ARC sealer signed it, or its key does not match."),
          Severity::Error}},
        {"ARC.FAIL_AS",
         {QT_TRANSLATE_NOOP("Deliverbench::Auth", "An ARC-Seal does not verify"),
          QT_TRANSLATE_NOOP("Deliverbench::Auth", "An ARC header field changed after sealing, or the sealer's key does not match."),
          Severity::Error}},
        {"ARC.OLDEST_PASS",
         {QT_TRANSLATE_NOOP("Deliverbench::Auth", "Older ARC-Message-Signatures no longer verify (oldest-pass)"), "",
          Severity::Info}},
    };
    return table;
}

Finding makeFinding(const QByteArray& code, const QString& detail, const QString& reference, const QString& evidence = {},
                    qint64 offset = -1, qint64 length = 0)
{
    Finding f;
    f.code = code;
    const auto it = codeTable().constFind(code);
    if (it != codeTable().constEnd()) {
        f.title = tr(it->title);
        f.remedy = it->remedy[0] ? tr(it->remedy) : QString();
        f.severity = it->severity;
    } else {
        f.title = latin(code);
        f.severity = Severity::Error;
    }
    f.detail = detail;
    f.reference = reference;
    f.evidence = evidence;
    f.offset = offset;
    f.length = length;
    return f;
}

void setOutcome(ArcResult& r, ArcChainStatus status, const QByteArray& code, const QString& reason)
{
    r.status = status;
    r.code = code;
    r.reason = reason;
}

} // namespace

QByteArray ArcResult::token() const
{
    switch (status) {
    case ArcChainStatus::Pass:
        return QByteArrayLiteral("pass");
    case ArcChainStatus::Fail:
        return QByteArrayLiteral("fail");
    case ArcChainStatus::None:
        break;
    }
    return QByteArrayLiteral("none");
}

Findings ArcResult::findings() const
{
    Findings out;
    const QByteArray outcome = code.isEmpty() ? QByteArrayLiteral("ARC.NONE") : code;
    QString reference;
    if (outcome == "ARC.NONE")
        reference = QStringLiteral("RFC 8617 §5.2 step 1");
    else if (outcome == "ARC.FAIL_CV")
        reference = QStringLiteral("RFC 8617 §5.2 step 2");
    else if (outcome == "ARC.STRUCTURE" || outcome == "ARC.TOO_MANY_SETS")
        reference = QStringLiteral("RFC 8617 §4.2.1, §5.2 step 3");
    else if (outcome == "ARC.FAIL_AMS")
        reference = QStringLiteral("RFC 8617 §5.2 step 4, §4.1.2");
    else if (outcome == "ARC.FAIL_AS")
        reference = QStringLiteral("RFC 8617 §5.2 step 6, §5.1.1");
    else
        reference = QStringLiteral("RFC 8617 §5.2");
    QString evidence;
    qint64 offset = -1;
    for (const ArcHop& hop : chain) {
        evidence += QStringLiteral("i=%1 %2 AMS d=%3 s=%4 %5, AS cv=%6 %7\n")
                        .arg(hop.instance)
                        .arg(latin(hop.authservId), latin(hop.amsDomain), latin(hop.amsSelector),
                             latin(hop.amsResult.isEmpty() ? QByteArrayLiteral("-") : hop.amsResult),
                             latin(hop.cv.isEmpty() ? QByteArrayLiteral("-") : hop.cv),
                             latin(hop.asResult.isEmpty() ? QByteArrayLiteral("-") : hop.asResult));
        if (offset < 0 || (hop.offset >= 0 && hop.offset < offset))
            offset = hop.offset;
    }
    out.append(makeFinding(outcome, reason, reference, evidence.trimmed(), offset));
    out += details;
    return out;
}

QJsonObject ArcResult::toJson() const
{
    QJsonArray hops;
    for (const ArcHop& hop : chain) {
        hops.append(QJsonObject{
            {QStringLiteral("instance"), hop.instance},
            {QStringLiteral("authservId"), QString::fromUtf8(hop.authservId)},
            {QStringLiteral("aar"), QString::fromUtf8(hop.aar)},
            {QStringLiteral("ams"),
             QJsonObject{{QStringLiteral("domain"), QString::fromLatin1(hop.amsDomain)},
                         {QStringLiteral("selector"), QString::fromLatin1(hop.amsSelector)},
                         {QStringLiteral("result"), QString::fromLatin1(hop.amsResult)}}},
            {QStringLiteral("as"),
             QJsonObject{{QStringLiteral("result"), QString::fromLatin1(hop.asResult)},
                         {QStringLiteral("cv"), QString::fromLatin1(hop.cv)}}},
            {QStringLiteral("reason"), hop.reason},
        });
    }
    return QJsonObject{
        {QStringLiteral("result"), QString::fromLatin1(token())},
        {QStringLiteral("code"), QString::fromLatin1(code)},
        {QStringLiteral("oldestPass"), oldestPass},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("chain"), hops},
    };
}

QList<QByteArray> ArcPrepared::keyNames() const
{
    QList<QByteArray> names;
    if (decided)
        return names;
    for (const QList<DkimPreparedSignature>* list : {&ams, &seals}) {
        for (const DkimPreparedSignature& p : *list) {
            const QByteArray name = p.result.keyName.toLower();
            if (!p.done && !name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    return names;
}

ArcPrepared ArcVerifier::prepare(const Mail::Message& message, const ArcVerifyOptions& options)
{
    ArcPrepared out;
    ArcResult& result = out.result;
    out.decided = true;
    setOutcome(result, ArcChainStatus::None, "ARC.NONE", tr("The message carries no ARC header fields."));
    if (!message.root || !message.data)
        return out;

    // Step 1: collect the ARC header fields (RFC 8617 §5.2 step 1)
    QList<ArcField> fields;
    bool tooMany = false;
    for (const Mail::HeaderField& hf : message.headers().fields) {
        ArcField f;
        if (hf.nameIs("ARC-Seal"))
            f.kind = Kind::Seal;
        else if (hf.nameIs("ARC-Message-Signature"))
            f.kind = Kind::Ams;
        else if (hf.nameIs("ARC-Authentication-Results"))
            f.kind = Kind::Aar;
        else
            continue;
        if (fields.size() >= kMaxArcFields) {
            tooMany = true;
            break;
        }
        f.field = &hf;
        if (f.kind == Kind::Aar) {
            f.instance = parseAarPrefix(hf.rawValue, &f.aarPayload);
            f.tagsOk = f.instance > 0;
            if (!f.tagsOk)
                f.problem = tr("the value does not start with \"i=N;\"");
        } else {
            DkimProblem problem;
            f.tagsOk = parseDkimTagList(hf.rawValue, &f.tags, &problem, 64, QByteArrayLiteral("ARC.STRUCTURE"));
            if (f.tagsOk) {
                const QByteArray i = f.tags.value("i");
                f.instance = i.isNull() ? 0 : parseInstance(i);
            } else {
                f.problem = problem.text;
                f.instance = lenientInstance(hf.rawValue);
            }
        }
        fields.append(std::move(f));
    }
    if (fields.isEmpty())
        return out;

    // Fill the sets by instance
    int maxInstance = 0;
    for (const ArcField& f : fields)
        maxInstance = qMax(maxInstance, f.instance);
    const int n = qMin(maxInstance, kMaxSets);
    QList<std::array<int, 3>> bySet(n, std::array<int, 3>{-1, -1, -1});
    QStringList structure;
    bool tooManySets = tooMany || maxInstance > kMaxSets;
    for (int k = 0; k < fields.size(); ++k) {
        const ArcField& f = fields.at(k);
        if (f.instance < 1) {
            structure << tr("%1 at line %2 has no valid instance i= (1–50)")
                             .arg(QString::fromLatin1(kindName(f.kind)))
                             .arg(f.field->line);
            continue;
        }
        if (f.instance > kMaxSets)
            continue;
        int& slot = bySet[f.instance - 1][int(f.kind)];
        if (slot >= 0)
            structure << tr("more than one %1 with i=%2 (lines %3 and %4)")
                             .arg(QString::fromLatin1(kindName(f.kind)))
                             .arg(f.instance)
                             .arg(fields.at(slot).field->line)
                             .arg(f.field->line);
        else
            slot = k;
    }

    // The chain as far as it can be read
    for (int i = 1; i <= n; ++i) {
        ArcHop hop;
        hop.instance = i;
        const auto& s = bySet.at(i - 1);
        if (s[int(Kind::Aar)] >= 0) {
            const ArcField& aar = fields.at(s[int(Kind::Aar)]);
            const Mail::AuthenticationResults parsed = Mail::parseAuthenticationResults(aar.aarPayload);
            hop.authservId = parsed.authservId;
            hop.aar = unfoldTrim(aar.aarPayload);
            const qsizetype semi = hop.aar.indexOf(';');
            if (!hop.authservId.isEmpty() && semi >= 0)
                hop.aar = hop.aar.mid(semi + 1).trimmed();
            else if (!hop.authservId.isEmpty())
                hop.aar.clear();
        }
        if (s[int(Kind::Ams)] >= 0) {
            const ArcField& ams = fields.at(s[int(Kind::Ams)]);
            hop.amsDomain = dkimStripFws(ams.tags.value("d"));
            hop.amsSelector = dkimStripFws(ams.tags.value("s"));
        }
        if (s[int(Kind::Seal)] >= 0) {
            const ArcField& seal = fields.at(s[int(Kind::Seal)]);
            hop.cv = dkimStripFws(seal.tags.value("cv")).toLower();
            hop.offset = seal.field->offset;
        }
        result.chain.append(hop);
    }

    // Step 2: the newest seal says the chain already failed
    if (n > 0 && !tooManySets) {
        const int top = bySet.at(n - 1)[int(Kind::Seal)];
        if (top >= 0 && fields.at(top).tagsOk && dkimStripFws(fields.at(top).tags.value("cv")) == "fail") {
            setOutcome(result, ArcChainStatus::Fail, "ARC.FAIL_CV",
                       tr("The ARC-Seal with the highest instance (i=%1) has cv=fail: the chain failed before this "
                          "message arrived.")
                           .arg(n));
            return out;
        }
    }
    if (tooManySets) {
        setOutcome(result, ArcChainStatus::Fail, "ARC.TOO_MANY_SETS",
                   tr("The message has ARC fields with instance %1 or more ARC header fields than 50 sets can hold; "
                      "at most 50 ARC sets are allowed.")
                       .arg(maxInstance));
        return out;
    }

    // Step 3: structure
    for (int i = 1; i <= n; ++i) {
        const auto& s = bySet.at(i - 1);
        for (Kind kind : {Kind::Aar, Kind::Ams, Kind::Seal}) {
            if (s[int(kind)] < 0)
                structure << tr("set i=%1 has no %2").arg(i).arg(QString::fromLatin1(kindName(kind)));
        }
        const int sealIndex = s[int(Kind::Seal)];
        if (sealIndex >= 0) {
            const ArcField& seal = fields.at(sealIndex);
            if (!seal.tagsOk) {
                structure << tr("the ARC-Seal i=%1 is malformed: %2").arg(i).arg(seal.problem);
            } else {
                const QByteArray cv = dkimStripFws(seal.tags.value("cv"));
                const QByteArray expected = i == 1 ? QByteArrayLiteral("none") : QByteArrayLiteral("pass");
                if (cv != expected)
                    structure << tr("the ARC-Seal i=%1 has cv=%2; it must be cv=%3")
                                     .arg(i)
                                     .arg(seal.tags.contains("cv") ? latin(cv) : tr("(missing)"),
                                          QString::fromLatin1(expected));
            }
        }
    }
    if (!structure.isEmpty()) {
        structure.removeDuplicates();
        setOutcome(result, ArcChainStatus::Fail, "ARC.STRUCTURE",
                   tr("The ARC chain is not well formed: %1.").arg(structure.mid(0, 8).join(QStringLiteral("; "))));
        return out;
    }

    // Steps 4–6 need signatures: parse and hash them now, look the keys up later
    out.decided = false;
    const qint64 now = options.now.value_or(QDateTime::currentSecsSinceEpoch());
    const QByteArrayView rawBody = DkimVerifier::body(message);
    const auto& allFields = message.headers().fields;
    // which instance each header field belongs to (ARC fields) or 0 (others)
    QHash<const Mail::HeaderField*, int> arcInstance;
    for (const ArcField& f : fields)
        arcInstance.insert(f.field, f.instance);

    // one body pass per distinct (canonicalization, hash, l=), as in DkimVerifier::prepare
    struct BodyEntry
    {
        DkimCanon canon;
        DkimHash hash;
        qint64 limit;
        DkimBodyHash value;
    };
    QList<BodyEntry> bodyHashes;
    auto bodyHash = [&](DkimCanon canon, DkimHash hash, qint64 limit) -> const DkimBodyHash& {
        for (const BodyEntry& e : bodyHashes) {
            if (e.canon == canon && e.hash == hash && e.limit == limit)
                return e.value;
        }
        bodyHashes.append({canon, hash, limit, dkimHashBody(rawBody, canon, hash, limit)});
        return bodyHashes.last().value;
    };

    out.ams.resize(n);
    out.seals.resize(n);
    for (int i = 1; i <= n; ++i) {
        const auto& s = bySet.at(i - 1);
        // AMS(i): DKIM-like over the message as it was when hop i signed (RFC 8617 §4.1.2)
        {
            const ArcField& f = fields.at(s[int(Kind::Ams)]);
            DkimPreparedSignature& p = out.ams[i - 1];
            p.result.index = i;
            p.result.fieldOffset = f.field->offset;
            p.result.fieldLength = f.field->length;
            p.result.fieldLine = f.field->line;
            p.result.domain = result.chain[i - 1].amsDomain;
            p.result.selector = result.chain[i - 1].amsSelector;
            DkimSignature sig;
            QString why;
            if (!f.tagsOk) {
                decide(p, "ARC.FAIL_AMS", tr("the ARC-Message-Signature is malformed: %1").arg(f.problem));
            } else if (!parseAms(f.tags, &sig, &why)) {
                decide(p, "ARC.FAIL_AMS", tr("the ARC-Message-Signature is malformed: %1").arg(why));
            } else {
                p.result.algorithm = dkimAlgorithmToken(sig.algorithm);
                p.result.keyName = sig.keyName();
                if (sig.expiration >= 0 && sig.expiration < now) {
                    decide(p, "ARC.FAIL_AMS", tr("the ARC-Message-Signature expired (x=%1)").arg(sig.expiration));
                } else {
                    const DkimHash hash = dkimAlgorithmHash(sig.algorithm);
                    const DkimBodyHash& bh = bodyHash(sig.bodyCanon, hash, sig.bodyLength);
                    p.bodyTooShort = sig.bodyLength >= 0 && bh.canonicalSize < sig.bodyLength;
                    p.bodyHashMatches = !p.bodyTooShort && bh.digest == sig.bodyHash;
                    p.result.computedBodyHash = bh.digest.toBase64();
                    p.result.expectedBodyHash = sig.bodyHashBase64;
                    p.result.canonicalBodySize = bh.canonicalSize;
                    // header selection (RFC 6376 §5.4.2, bottom-up), without the ARC fields of later hops
                    QHash<QByteArray, QList<int>> byName;
                    for (int k = 0; k < allFields.size(); ++k) {
                        const auto it = arcInstance.constFind(&allFields.at(k));
                        if (it != arcInstance.constEnd() && *it > i)
                            continue;
                        byName[allFields.at(k).name.toByteArray().toLower()].append(k);
                    }
                    QHash<QByteArray, int> used;
                    QByteArray data;
                    for (const QByteArray& name : sig.signedHeaders) {
                        const QByteArray key = name.toLower();
                        const auto it = byName.constFind(key);
                        int& u = used[key];
                        if (it == byName.constEnd() || u >= it->size())
                            continue;
                        const Mail::HeaderField& hf = allFields.at(it->at(it->size() - 1 - u));
                        ++u;
                        data += dkimCanonicalizeHeader(message.slice(hf.offset, hf.length), sig.headerCanon, true);
                    }
                    data += dkimCanonicalizeHeader(withEmptyB(message, *f.field, f.tags), sig.headerCanon, false);
                    p.headerDigest = DkimCrypto::digest(hash, data);
                    p.signature = std::move(sig);
                }
            }
        }
        // AS(i): relaxed over sets 1..i, AAR, AMS, AS each, the AS itself with b= empty last (RFC 8617 §5.1.1)
        {
            const ArcField& f = fields.at(s[int(Kind::Seal)]);
            DkimPreparedSignature& p = out.seals[i - 1];
            p.result.index = i;
            p.result.fieldOffset = f.field->offset;
            p.result.fieldLength = f.field->length;
            p.result.fieldLine = f.field->line;
            p.result.domain = dkimStripFws(f.tags.value("d"));
            p.result.selector = dkimStripFws(f.tags.value("s"));
            DkimSignature sig;
            QString why;
            if (!parseSeal(f.tags, &sig, &why)) {
                decide(p, "ARC.FAIL_AS", tr("the ARC-Seal is malformed: %1").arg(why));
            } else {
                p.result.algorithm = dkimAlgorithmToken(sig.algorithm);
                p.result.keyName = sig.keyName();
                QByteArray data;
                for (int j = 1; j <= i; ++j) {
                    const auto& sj = bySet.at(j - 1);
                    data += dkimCanonicalizeHeader(rawField(message, *fields.at(sj[int(Kind::Aar)]).field), DkimCanon::Relaxed, true);
                    data += dkimCanonicalizeHeader(rawField(message, *fields.at(sj[int(Kind::Ams)]).field), DkimCanon::Relaxed, true);
                    if (j < i)
                        data += dkimCanonicalizeHeader(rawField(message, *fields.at(sj[int(Kind::Seal)]).field), DkimCanon::Relaxed, true);
                }
                data += dkimCanonicalizeHeader(withEmptyB(message, *f.field, f.tags), DkimCanon::Relaxed, false);
                p.headerDigest = DkimCrypto::digest(dkimAlgorithmHash(sig.algorithm), data);
                p.bodyHashMatches = true; // a seal covers no body
                p.signature = std::move(sig);
            }
        }
    }
    return out;
}

ArcResult ArcVerifier::complete(ArcPrepared& prepared, const QHash<QByteArray, KeyLookup>& lookups,
                                const ArcVerifyOptions& options)
{
    ArcResult result = prepared.result;
    if (prepared.decided)
        return result;
    DkimVerifyOptions dkimOptions;
    dkimOptions.now = options.now;
    dkimOptions.minKeyBits = options.minKeyBits;
    dkimOptions.allowSha1 = false; // RFC 8301 §3.1 applies to ARC signatures too (RFC 8617 §4.1.2, §4.1.3)
    dkimOptions.diagnose = false;
    auto finish = [&](DkimPreparedSignature& p) {
        if (p.done)
            return;
        const QByteArray name = p.result.keyName.toLower();
        const auto it = lookups.constFind(name);
        if (it != lookups.constEnd()) {
            DkimVerifier::complete(p, *it, dkimOptions);
        } else {
            KeyLookup missing;
            missing.name = name;
            missing.outcome = Dns::Outcome::OtherError;
            missing.errorText = tr("no answer");
            DkimVerifier::complete(p, missing, dkimOptions);
        }
    };
    const int n = int(prepared.ams.size());
    for (int i = 0; i < n; ++i) {
        finish(prepared.ams[i]);
        finish(prepared.seals[i]);
        ArcHop& hop = result.chain[i];
        const DkimSignatureResult& ams = prepared.ams.at(i).result;
        const DkimSignatureResult& seal = prepared.seals.at(i).result;
        hop.amsResult = resultToken(ams.result);
        hop.asResult = resultToken(seal.result);
        QStringList why;
        if (ams.result != DkimResult::Pass)
            why << tr("AMS: %1").arg(ams.explanation);
        if (seal.result != DkimResult::Pass)
            why << tr("AS: %1").arg(seal.explanation);
        hop.reason = why.join(QStringLiteral("; "));
    }

    // Step 4: the newest AMS
    const DkimSignatureResult& top = prepared.ams.at(n - 1).result;
    if (top.result != DkimResult::Pass) {
        setOutcome(result, ArcChainStatus::Fail, "ARC.FAIL_AMS",
                   tr("The ARC-Message-Signature i=%1 (d=%2, s=%3) does not verify: %4")
                       .arg(n)
                       .arg(latin(top.domain), latin(top.selector), top.explanation));
        return result;
    }
    // Step 5: oldest-pass, from N-1 down to 1
    result.oldestPass = 0;
    for (int i = n - 1; i >= 1; --i) {
        if (prepared.ams.at(i - 1).result.result != DkimResult::Pass) {
            result.oldestPass = i + 1;
            break;
        }
    }
    // Step 6: every seal, newest first
    for (int i = n; i >= 1; --i) {
        const DkimSignatureResult& seal = prepared.seals.at(i - 1).result;
        if (seal.result != DkimResult::Pass) {
            result.oldestPass = 0;
            setOutcome(result, ArcChainStatus::Fail, "ARC.FAIL_AS",
                       tr("The ARC-Seal i=%1 (d=%2, s=%3) does not verify: %4")
                           .arg(i)
                           .arg(latin(seal.domain), latin(seal.selector), seal.explanation));
            return result;
        }
    }
    // Step 7
    setOutcome(result, ArcChainStatus::Pass, "ARC.PASS",
               n == 1 ? tr("The single ARC set (i=1, sealed by %1) validates.").arg(latin(prepared.seals.at(0).result.domain))
                      : tr("All %1 ARC sets validate; the newest was sealed by %2.")
                            .arg(n)
                            .arg(latin(prepared.seals.at(n - 1).result.domain)));
    if (result.oldestPass > 0) {
        const ArcHop& hop = result.chain.at(result.oldestPass - 2);
        result.details.append(makeFinding(
            "ARC.OLDEST_PASS",
            tr("oldest-pass is %1: the ARC-Message-Signature of hop %2 (%3) no longer verifies, so the message changed "
               "after that hop; the results recorded by hops %1 and later describe the message as received.")
                .arg(result.oldestPass)
                .arg(result.oldestPass - 1)
                .arg(latin(hop.authservId)),
            QStringLiteral("RFC 8617 §5.2 step 5, §7.2"), QString(), hop.offset));
    }
    return result;
}

void ArcVerifier::verify(const Mail::Message& message, KeyFetcher& fetcher, const ArcVerifyOptions& options,
                         QObject* context, Callback callback)
{
    struct State
    {
        ArcPrepared prepared;
        ArcVerifyOptions options;
        QHash<QByteArray, KeyLookup> lookups;
        Callback callback;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->prepared = prepare(message, options);
    state->options = options;
    state->callback = std::move(callback);
    const QList<QByteArray> names = state->prepared.keyNames();
    if (names.isEmpty()) {
        QPointer<QObject> guard(context);
        const bool hadContext = context != nullptr;
        QTimer::singleShot(0, [state, guard, hadContext] {
            if (hadContext && !guard)
                return;
            state->callback(complete(state->prepared, state->lookups, state->options));
        });
        return;
    }
    state->pending = int(names.size());
    for (const QByteArray& name : names) {
        fetcher.fetch(name, context, [state, name](const KeyLookup& lookup) {
            state->lookups.insert(name, lookup);
            if (--state->pending == 0)
                state->callback(complete(state->prepared, state->lookups, state->options));
        });
    }
}

ArcResult ArcVerifier::verifyBlocking(const Mail::Message& message, KeyFetcher& fetcher, const ArcVerifyOptions& options)
{
    QObject context;
    QEventLoop loop;
    std::optional<ArcResult> result;
    verify(message, fetcher, options, &context, [&](const ArcResult& r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result.value_or(ArcResult{});
}

} // namespace Deliverbench::Auth
