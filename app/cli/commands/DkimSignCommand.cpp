// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/DkimSignCommand.h"

#include "CliApplication.h"
#include "auth/dkim/DkimSigner.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>

#include <cstdio>

namespace Deliverbench::Cli {

namespace {

const QString kKey = QStringLiteral("key");
const QString kSelector = QStringLiteral("selector");
const QString kDomain = QStringLiteral("domain");
const QString kHeaders = QStringLiteral("headers");
const QString kCanon = QStringLiteral("canon");
const QString kAlgorithm = QStringLiteral("algorithm");
const QString kBodyLength = QStringLiteral("body-length");
const QString kTimestamp = QStringLiteral("timestamp");
const QString kExpire = QStringLiteral("expire");
const QString kIdentity = QStringLiteral("identity");
const QString kPrintRecord = QStringLiteral("print-record");
constexpr qint64 kMaxInput = qint64(1) << 30;

bool parseCanon(const QString& text, Auth::DkimCanon* out)
{
    if (text == QStringLiteral("simple"))
        *out = Auth::DkimCanon::Simple;
    else if (text == QStringLiteral("relaxed"))
        *out = Auth::DkimCanon::Relaxed;
    else
        return false;
    return true;
}

} // namespace

DkimSignCommand::DkimSignCommand()
    : Command(QStringLiteral("dkim-sign"),
              tr("Sign a message with DKIM (RFC 6376; RSA or ed25519) and write the signed message to standard output."))
{
    m_acceptsCommonOptions = false;
    m_options.append(QCommandLineOption(kKey, tr("Private key: PEM (PKCS#8 or PKCS#1), DER, or a base64 ed25519 seed."),
                                        QStringLiteral("K")));
    m_options.append(QCommandLineOption(kSelector, tr("Selector (s=)."), QStringLiteral("S")));
    m_options.append(QCommandLineOption(kDomain, tr("Signing domain (d=)."), QStringLiteral("D")));
    m_options.append(QCommandLineOption(
        kHeaders, tr("Header fields to sign (h=), colon-separated; repeat a name to over-sign it. Default: From "
                     "(over-signed) and the usual fields present."),
        QStringLiteral("h1:h2")));
    m_options.append(QCommandLineOption(kCanon, tr("Canonicalization header/body (c=); default relaxed/relaxed."),
                                        QStringLiteral("relaxed/relaxed"), QStringLiteral("relaxed/relaxed")));
    m_options.append(QCommandLineOption(kAlgorithm, tr("rsa-sha256 or ed25519-sha256; default by key type."),
                                        QStringLiteral("ALGORITHM")));
    m_options.append(QCommandLineOption(kBodyLength, tr("Add l= with the body length (content appended later stays unsigned).")));
    m_options.append(QCommandLineOption(kTimestamp, tr("t= value (Unix time); default now."), QStringLiteral("UNIX_TIME")));
    m_options.append(QCommandLineOption(kExpire, tr("Add x= this many seconds after t=."), QStringLiteral("SECONDS")));
    m_options.append(QCommandLineOption(kIdentity, tr("Agent or user identifier (i=), in the signing domain."),
                                        QStringLiteral("I")));
    m_options.append(QCommandLineOption(kPrintRecord, tr("Also write the key's DNS TXT record to standard error.")));
    m_positionals.append({QStringLiteral("FILE"), tr("The message (.eml), or - for standard input."), QStringLiteral("FILE")});
}

int DkimSignCommand::run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io)
{
    Q_UNUSED(common);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1) {
        usageError(io, tr("name exactly one FILE to sign (or - for standard input)"));
        return ExitUsage;
    }
    for (const QString& required : {kKey, kSelector, kDomain}) {
        if (!parser.isSet(required)) {
            usageError(io, tr("--%1 is required").arg(required));
            return ExitUsage;
        }
    }
    Auth::DkimSignOptions options;
    options.selector = parser.value(kSelector).toUtf8();
    options.domain = parser.value(kDomain).toUtf8();
    if (parser.isSet(kHeaders)) {
        for (const QString& name : parser.value(kHeaders).split(u':', Qt::SkipEmptyParts))
            options.headers.append(name.trimmed().toUtf8());
    }
    const QStringList canon = parser.value(kCanon).toLower().split(u'/');
    if (canon.size() > 2 || !parseCanon(canon.at(0), &options.headerCanon)
        || !parseCanon(canon.value(1, QStringLiteral("simple")), &options.bodyCanon)) {
        usageError(io, tr("unknown canonicalization '%1' (use simple or relaxed, as header/body)").arg(parser.value(kCanon)));
        return ExitUsage;
    }
    if (parser.isSet(kAlgorithm)) {
        const QString a = parser.value(kAlgorithm).toLower();
        if (a == QStringLiteral("rsa-sha256")) {
            options.algorithm = Auth::DkimAlgorithm::RsaSha256;
        } else if (a == QStringLiteral("ed25519-sha256")) {
            options.algorithm = Auth::DkimAlgorithm::Ed25519Sha256;
        } else {
            usageError(io, tr("unknown algorithm '%1' (use rsa-sha256 or ed25519-sha256)").arg(parser.value(kAlgorithm)));
            return ExitUsage;
        }
    }
    options.bodyLengthTag = parser.isSet(kBodyLength);
    if (parser.isSet(kTimestamp)) {
        bool ok = false;
        const qint64 t = parser.value(kTimestamp).toLongLong(&ok);
        if (!ok || t < 0) {
            usageError(io, tr("--timestamp takes a Unix time in seconds"));
            return ExitUsage;
        }
        options.now = t;
    }
    if (parser.isSet(kExpire)) {
        bool ok = false;
        const qint64 seconds = parser.value(kExpire).toLongLong(&ok);
        if (!ok || seconds <= 0) {
            usageError(io, tr("--expire takes a positive number of seconds"));
            return ExitUsage;
        }
        options.expiration = options.now.value_or(QDateTime::currentSecsSinceEpoch()) + seconds;
        if (!options.now)
            options.now = *options.expiration - seconds;
    }
    if (parser.isSet(kIdentity))
        options.identity = parser.value(kIdentity).toUtf8();

    auto key = Auth::DkimPrivateKey::fromFile(parser.value(kKey));
    if (!key) {
        io.err << QStringLiteral("deliverbench-cli: ") << key.error().message << u'\n';
        io.err.flush();
        return ExitUsage;
    }

    QByteArray message;
    const QString input = inputs.first();
    if (input == QStringLiteral("-")) {
        QFile stdinFile;
        QIODevice* in = io.in;
        if (!in) {
            if (!stdinFile.open(stdin, QIODevice::ReadOnly)) {
                io.err << QStringLiteral("deliverbench-cli: ") << tr("cannot read standard input") << u'\n';
                io.err.flush();
                return ExitUsage;
            }
            in = &stdinFile;
        }
        for (;;) {
            const QByteArray chunk = in->read(1 << 20);
            if (chunk.isEmpty())
                break;
            message += chunk;
            if (message.size() > kMaxInput)
                break;
        }
    } else {
        QFile file(input);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << QStringLiteral("deliverbench-cli: ") << tr("cannot read '%1': %2").arg(input, file.errorString())
                   << u'\n';
            io.err.flush();
            return ExitUsage;
        }
        message = file.read(kMaxInput + 1);
    }
    if (message.isEmpty() || message.size() > kMaxInput) {
        io.err << QStringLiteral("deliverbench-cli: ") << tr("'%1' is empty or larger than 1 GiB").arg(input) << u'\n';
        io.err.flush();
        return ExitUsage;
    }

    auto signedMessage = Auth::dkimSign(message, *key, options);
    if (!signedMessage) {
        io.err << QStringLiteral("deliverbench-cli: ") << signedMessage.error().message << u'\n';
        io.err.flush();
        return ExitUsage;
    }
    if (parser.isSet(kPrintRecord)) {
        io.err << QString::fromLatin1(options.selector + "._domainkey." + options.domain) << QStringLiteral(" TXT \"")
               << QString::fromLatin1(key->publicKeyRecord()) << QStringLiteral("\"\n");
        io.err.flush();
    }
    // raw bytes: the message may hold 8-bit text in any charset
    if (QIODevice* device = io.out.device()) {
        io.out.flush();
        device->write(*signedMessage);
    } else {
        io.out << QString::fromLatin1(*signedMessage);
    }
    io.out.flush();
    return ExitOk;
}

} // namespace Deliverbench::Cli
