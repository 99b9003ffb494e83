// SPDX-License-Identifier: GPL-3.0-or-later
#include "smtp/RelayReport.h"

#include <QJsonArray>

namespace Deliverbench::Smtp {

namespace {

QJsonValue dateJson(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& s : list)
        array.append(s);
    return array;
}

QJsonObject capsJson(const Capabilities& caps)
{
    QJsonArray lines;
    for (const QByteArray& line : caps.lines)
        lines.append(QString::fromUtf8(line));
    return QJsonObject{
        {QStringLiteral("greeting"), QString::fromUtf8(caps.greeting)},
        {QStringLiteral("keywords"), lines},
        {QStringLiteral("starttls"), caps.startTls},
        {QStringLiteral("pipelining"), caps.pipelining},
        {QStringLiteral("8bitmime"), caps.eightBitMime},
        {QStringLiteral("smtputf8"), caps.smtpUtf8},
        {QStringLiteral("requiretls"), caps.requireTls},
        {QStringLiteral("chunking"), caps.chunking},
        {QStringLiteral("size"), caps.size},
        {QStringLiteral("auth"), stringArray(caps.auth)},
    };
}

} // namespace

QString relayVerdictToken(RelayVerdict verdict)
{
    switch (verdict) {
    case RelayVerdict::Open:
        return QStringLiteral("open");
    case RelayVerdict::Closed:
        return QStringLiteral("closed");
    case RelayVerdict::Inconclusive:
        return QStringLiteral("inconclusive");
    case RelayVerdict::NotTested:
        break;
    }
    return QStringLiteral("not-tested");
}

QJsonObject CertificateInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("subject"), subject},
        {QStringLiteral("commonName"), commonName},
        {QStringLiteral("subjectAltNames"), stringArray(subjectAltNames)},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("notBefore"), dateJson(notBefore)},
        {QStringLiteral("notAfter"), dateJson(notAfter)},
        {QStringLiteral("keyType"), keyType},
        {QStringLiteral("keyBits"), keyBits},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("selfSigned"), selfSigned},
    };
}

QJsonObject TlsInfo::toJson() const
{
    QJsonArray chainArray;
    for (const CertificateInfo& cert : chain)
        chainArray.append(cert.toJson());
    QJsonObject o{
        {QStringLiteral("mode"), mode.isEmpty() ? QJsonValue() : QJsonValue(mode)},
        {QStringLiteral("established"), established},
        {QStringLiteral("version"), version.isEmpty() ? QJsonValue() : QJsonValue(version)},
        {QStringLiteral("cipher"), cipher.isEmpty() ? QJsonValue() : QJsonValue(cipher)},
        {QStringLiteral("cipherBits"), cipherBits},
        {QStringLiteral("verified"), verified},
        {QStringLiteral("chainTrusted"), chainTrusted},
        {QStringLiteral("nameMatches"), nameMatches},
        {QStringLiteral("verifyName"), verifyName},
        {QStringLiteral("errors"), stringArray(errors)},
        {QStringLiteral("chain"), chainArray},
        {QStringLiteral("handshakeMs"), handshakeMs},
        {QStringLiteral("discardedBytes"), qint64(discardedBytes)},
    };
    if (!failure.isEmpty())
        o.insert(QStringLiteral("failure"), failure);
    return o;
}

QJsonObject RelayVariant::toJson() const
{
    return QJsonObject{
        {QStringLiteral("index"), index},
        {QStringLiteral("mailFrom"), mailFrom},
        {QStringLiteral("rcptTo"), rcptTo},
        {QStringLiteral("tested"), tested},
        {QStringLiteral("accepted"), accepted},
        {QStringLiteral("mailCode"), mailCode},
        {QStringLiteral("rcptCode"), rcptCode},
        {QStringLiteral("reply"), reply},
        {QStringLiteral("elapsedMs"), elapsedMs},
    };
}

QJsonObject ReverseDns::toJson() const
{
    return QJsonObject{
        {QStringLiteral("checked"), checked},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("ptr"), stringArray(ptrNames)},
        {QStringLiteral("confirmed"), stringArray(confirmedNames)},
        {QStringLiteral("fcrdns"), fcrdns},
        {QStringLiteral("bannerName"), bannerName},
        {QStringLiteral("bannerMatchesPtr"), bannerMatchesPtr},
    };
}

QList<RelayVariant> RelayReport::acceptedVariants() const
{
    QList<RelayVariant> out;
    for (const RelayVariant& v : variants) {
        if (v.accepted)
            out.append(v);
    }
    return out;
}

QJsonObject RelayReport::toJson() const
{
    QJsonArray ehlo;
    for (const QByteArray& line : capabilities().lines)
        ehlo.append(QString::fromUtf8(line));
    QJsonArray variantArray;
    for (const RelayVariant& v : variants)
        variantArray.append(v.toJson());
    QJsonArray findingArray;
    for (const Finding& f : findings)
        findingArray.append(f.toJson());
    QJsonObject o{
        {QStringLiteral("host"), host},
        {QStringLiteral("address"), address},
        {QStringLiteral("port"), int(port)},
        {QStringLiteral("connected"), connected},
        {QStringLiteral("banner"), banner},
        {QStringLiteral("bannerMs"), bannerMs},
        {QStringLiteral("helo"), heloName},
        {QStringLiteral("ehloSupported"), ehloSupported},
        {QStringLiteral("ehlo"), ehlo},
        {QStringLiteral("capabilities"), capsJson(capabilities())},
        {QStringLiteral("capabilitiesBeforeTls"), capsJson(capsBeforeTls)},
        {QStringLiteral("authBeforeTls"), stringArray(capsBeforeTls.auth)},
        {QStringLiteral("authAfterTls"), hasCapsAfterTls ? QJsonValue(stringArray(capsAfterTls.auth)) : QJsonValue()},
        {QStringLiteral("vrfy"), QJsonObject{{QStringLiteral("code"), vrfyCode}, {QStringLiteral("reply"), vrfyReply}}},
        {QStringLiteral("expn"), QJsonObject{{QStringLiteral("code"), expnCode}, {QStringLiteral("reply"), expnReply}}},
        {QStringLiteral("tls"), tls.toJson()},
        {QStringLiteral("reverseDns"), reverse.toJson()},
        {QStringLiteral("openRelay"), relayVerdictToken(openRelay)},
        {QStringLiteral("variants"), variantArray},
        {QStringLiteral("catchAll"), catchAll.toJson()},
        {QStringLiteral("transcript"), stringArray(transcript)},
        {QStringLiteral("findings"), findingArray},
        {QStringLiteral("durationMs"), durationMs},
    };
    if (openRelay == RelayVerdict::Inconclusive)
        o.insert(QStringLiteral("inconclusiveReason"), inconclusiveReason);
    return o;
}

} // namespace Deliverbench::Smtp
