// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimSignature.h"

#include <limits>

namespace Deliverbench::Auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

tl::unexpected<DkimProblem> problem(const char* code, QString text, const char* reference = "RFC 6376 §3.5")
{
    return tl::unexpected<DkimProblem>(
        DkimProblem{QByteArray(code), std::move(text), QString::fromLatin1(reference), -1});
}

QString latin(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 200)));
}

/** @short 1*DIGIT, at most maxDigits; saturates. */
bool parseNumber(QByteArrayView text, int maxDigits, qint64* out)
{
    if (text.isEmpty() || text.size() > maxDigits)
        return false;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            value = std::numeric_limits<qint64>::max();
        else
            value = value * 10 + (c - '0');
    }
    *out = value;
    return true;
}

bool isFieldName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (char c : name) {
        const uchar u = uchar(c);
        if (u < 33 || u > 126 || u == ':')
            return false;
    }
    return true;
}

} // namespace

QByteArray dkimAlgorithmToken(DkimAlgorithm algorithm)
{
    switch (algorithm) {
    case DkimAlgorithm::RsaSha256:
        return QByteArrayLiteral("rsa-sha256");
    case DkimAlgorithm::RsaSha1:
        return QByteArrayLiteral("rsa-sha1");
    case DkimAlgorithm::Ed25519Sha256:
        return QByteArrayLiteral("ed25519-sha256");
    }
    return {};
}

QByteArray dkimCanonToken(DkimCanon canon)
{
    return canon == DkimCanon::Simple ? QByteArrayLiteral("simple") : QByteArrayLiteral("relaxed");
}

DkimHash dkimAlgorithmHash(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::RsaSha1 ? DkimHash::Sha1 : DkimHash::Sha256;
}

QByteArray dkimHashToken(DkimHash hash)
{
    return hash == DkimHash::Sha1 ? QByteArrayLiteral("sha1") : QByteArrayLiteral("sha256");
}

QByteArray dkimKeyTypeToken(DkimAlgorithm algorithm)
{
    return algorithm == DkimAlgorithm::Ed25519Sha256 ? QByteArrayLiteral("ed25519") : QByteArrayLiteral("rsa");
}

QByteArray DkimSignature::identityDomain() const
{
    const qsizetype at = identity.lastIndexOf('@');
    return at < 0 ? QByteArray() : identity.mid(at + 1);
}

QByteArray DkimSignature::keyName() const
{
    return selector + "._domainkey." + domain;
}

tl::expected<DkimSignature, DkimProblem> parseDkimSignature(QByteArrayView value)
{
    DkimSignature sig;
    DkimProblem syntax;
    if (!parseDkimTagList(value, &sig.tags, &syntax))
        return tl::unexpected<DkimProblem>(syntax);

    // RFC 6376 §6.1.1: v, a, b, bh, d, h, s are required
    for (const char* required : {"v", "a", "b", "bh", "d", "h", "s"}) {
        if (!sig.tags.contains(required))
            return problem("DKIM.MISSING_TAG", tr("the required tag %1= is missing").arg(QLatin1String(required)),
                           "RFC 6376 §3.5, §6.1.1");
    }
    const QByteArray version = sig.tags.value("v");
    if (version != "1")
        return problem("DKIM.VERSION", tr("v=%1 is not a supported version (only v=1 is defined)").arg(latin(version)),
                       "RFC 6376 §3.5, §6.1.1");

    sig.algorithmToken = sig.tags.value("a");
    const QByteArray a = sig.algorithmToken.toLower();
    if (a == "rsa-sha256")
        sig.algorithm = DkimAlgorithm::RsaSha256;
    else if (a == "rsa-sha1")
        sig.algorithm = DkimAlgorithm::RsaSha1;
    else if (a == "ed25519-sha256")
        sig.algorithm = DkimAlgorithm::Ed25519Sha256;
    else
        return problem("DKIM.ALGORITHM_UNKNOWN", tr("unknown signing algorithm a=%1").arg(latin(sig.algorithmToken)),
                       "RFC 6376 §3.5, RFC 8463 §3");

    if (!dkimDecodeBase64(sig.tags.value("b"), &sig.signature) || sig.signature.isEmpty())
        return problem("DKIM.SYNTAX", tr("b= is not valid base64"));
    sig.bodyHashBase64 = dkimStripFws(sig.tags.value("bh"));
    if (!dkimDecodeBase64(sig.bodyHashBase64, &sig.bodyHash) || sig.bodyHash.isEmpty())
        return problem("DKIM.SYNTAX", tr("bh= is not valid base64"));

    if (const DkimTag* c = sig.tags.find("c")) {
        const QList<QByteArray> parts = dkimSplitList(c->value, '/');
        if (parts.size() > 2)
            return problem("DKIM.CANONICALIZATION_UNKNOWN", tr("c=%1 is not header/body").arg(latin(c->value)));
        auto canon = [](const QByteArray& token, DkimCanon* out) {
            const QByteArray t = token.toLower();
            if (t == "simple")
                *out = DkimCanon::Simple;
            else if (t == "relaxed")
                *out = DkimCanon::Relaxed;
            else
                return false;
            return true;
        };
        if (!canon(parts.at(0), &sig.headerCanon) || (parts.size() == 2 && !canon(parts.at(1), &sig.bodyCanon)))
            return problem("DKIM.CANONICALIZATION_UNKNOWN",
                           tr("unknown canonicalization c=%1").arg(latin(c->value)), "RFC 6376 §3.4, §3.5");
    }

    sig.domain = dkimStripFws(sig.tags.value("d"));
    if (!dkimIsDomainName(sig.domain))
        return problem("DKIM.DOMAIN_INVALID", tr("d=%1 is not a domain name").arg(latin(sig.domain)),
                       "RFC 6376 §3.5 (sig-d-tag)");
    sig.selector = dkimStripFws(sig.tags.value("s"));
    if (!dkimIsDomainName(sig.selector))
        return problem("DKIM.SELECTOR_INVALID", tr("s=%1 is not a valid selector").arg(latin(sig.selector)),
                       "RFC 6376 §3.1, §3.5");
    if (sig.keyName().size() > 253)
        return problem("DKIM.SELECTOR_INVALID", tr("selector._domainkey.domain is longer than 253 octets"),
                       "RFC 6376 §3.6.2.1");

    const QList<QByteArray> headerNames = dkimSplitList(sig.tags.value("h"));
    if (headerNames.size() > 1000)
        return problem("DKIM.SYNTAX", tr("h= lists more than 1000 header fields"));
    bool hasFrom = false;
    for (const QByteArray& name : headerNames) {
        if (!isFieldName(name))
            return problem("DKIM.SYNTAX", tr("h= has an invalid header field name \"%1\"").arg(latin(name)));
        if (name.compare("from", Qt::CaseInsensitive) == 0)
            hasFrom = true;
        sig.signedHeaders.append(name);
    }
    if (!hasFrom)
        return problem("DKIM.FROM_NOT_SIGNED", tr("h= does not include From"), "RFC 6376 §5.4, §6.1.1");

    if (const DkimTag* i = sig.tags.find("i")) {
        QByteArray identity;
        if (!dkimDecodeQuotedPrintable(i->value, &identity) || !identity.contains('@'))
            return problem("DKIM.SYNTAX", tr("i=%1 is not an identity (local-part@domain)").arg(latin(i->value)));
        sig.identity = identity;
        sig.hasIdentity = true;
        const QByteArray idDomain = sig.identityDomain().toLower();
        const QByteArray d = sig.domain.toLower();
        if (!dkimIsDomainName(idDomain))
            return problem("DKIM.IDENTITY_MISMATCH", tr("the domain of i=%1 is not a domain name").arg(latin(identity)),
                           "RFC 6376 §3.5 (sig-i-tag)");
        if (idDomain != d && !idDomain.endsWith(QByteArray("." + d)))
            return problem("DKIM.IDENTITY_MISMATCH",
                           tr("i=%1 is not in d=%2 or a subdomain of it").arg(latin(identity), latin(sig.domain)),
                           "RFC 6376 §3.5 (sig-i-tag), §6.1.1");
    } else {
        sig.identity = "@" + sig.domain;
    }

    if (const DkimTag* l = sig.tags.find("l")) {
        if (!parseNumber(dkimStripFws(l->value), 76, &sig.bodyLength))
            return problem("DKIM.SYNTAX", tr("l=%1 is not a number").arg(latin(l->value)));
    }
    if (const DkimTag* q = sig.tags.find("q")) {
        bool dnsTxt = false;
        for (const QByteArray& method : dkimSplitList(q->value)) {
            if (method.compare("dns/txt", Qt::CaseInsensitive) == 0)
                dnsTxt = true;
        }
        if (!dnsTxt)
            return problem("DKIM.QUERY_METHOD", tr("q=%1 names no supported query method (dns/txt)").arg(latin(q->value)));
    }
    if (const DkimTag* t = sig.tags.find("t")) {
        if (!parseNumber(dkimStripFws(t->value), 18, &sig.timestamp))
            return problem("DKIM.SYNTAX", tr("t=%1 is not a timestamp").arg(latin(t->value)));
    }
    if (const DkimTag* x = sig.tags.find("x")) {
        if (!parseNumber(dkimStripFws(x->value), 18, &sig.expiration))
            return problem("DKIM.SYNTAX", tr("x=%1 is not a timestamp").arg(latin(x->value)));
        if (sig.timestamp >= 0 && sig.expiration < sig.timestamp)
            return problem("DKIM.SYNTAX", tr("x= (%1) is before t= (%2)").arg(sig.expiration).arg(sig.timestamp));
    }
    return sig;
}

} // namespace Deliverbench::Auth
