// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimSigner.h"

#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimCrypto_p.h"
#include "auth/dkim/DkimVerifier.h"
#include "message/Message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>

namespace Deliverbench::Auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

constexpr int kMaxColumns = 78;

/** @short Builds a folded field: tokens separated by SP, lines at most 78 columns where possible. */
class Folder
{
public:
    explicit Folder(QByteArray eol)
        : m_eol(std::move(eol))
    {
        m_out = "DKIM-Signature:";
        m_column = int(m_out.size());
    }

    /** @short A whole token ("v=1;"), preceded by a space or a fold. */
    void token(const QByteArray& text)
    {
        if (m_column + 1 + text.size() > kMaxColumns)
            fold();
        else
            put(" ");
        put(text);
    }
    /** @short A token that may be broken anywhere (base64). */
    void breakable(const QByteArray& prefix, const QByteArray& value, const QByteArray& suffix)
    {
        if (m_column + 1 + prefix.size() + 8 > kMaxColumns)
            fold();
        else
            put(" ");
        put(prefix);
        qsizetype pos = 0;
        while (pos < value.size()) {
            int room = kMaxColumns - m_column;
            if (room <= 0) {
                fold();
                room = kMaxColumns - m_column;
            }
            const QByteArray piece = value.mid(pos, room);
            put(piece);
            pos += piece.size();
        }
        if (!suffix.isEmpty()) {
            if (m_column + suffix.size() > kMaxColumns)
                fold();
            put(suffix);
        }
    }
    /** @short h=: names separated by ":", folding before a name. */
    void headerList(const QList<QByteArray>& names)
    {
        QByteArray first = "h=" + names.value(0);
        if (names.size() > 1)
            first += ':';
        token(first);
        for (int i = 1; i < names.size(); ++i) {
            QByteArray item = names.at(i);
            item += (i + 1 < names.size()) ? QByteArray(":") : QByteArray(";");
            if (m_column + item.size() > kMaxColumns)
                fold();
            put(item);
        }
        if (names.size() == 1)
            put(";");
    }
    QByteArray result() const { return m_out; }

private:
    void put(const QByteArray& text)
    {
        m_out += text;
        m_column += int(text.size());
    }
    void fold()
    {
        m_out += m_eol;
        m_out += ' ';
        m_column = 1;
    }
    QByteArray m_eol;
    QByteArray m_out;
    int m_column = 0;
};

QList<QByteArray> defaultHeaders(const Mail::Message& message)
{
    static const char* const usual[] = {"from", "sender", "reply-to", "subject", "date", "message-id", "to", "cc",
                                        "mime-version", "content-type", "content-transfer-encoding", "in-reply-to",
                                        "references", "list-id", "list-unsubscribe", "list-unsubscribe-post",
                                        "feedback-id"};
    QList<QByteArray> names;
    for (const char* name : usual) {
        const int count = message.headers().count(name);
        for (int i = 0; i < count; ++i)
            names.append(QByteArray(name));
    }
    names.append(QByteArrayLiteral("from")); // over-sign From: no From can be added above it (RFC 6376 §8.15)
    return names;
}

} // namespace

Result<DkimPrivateKey> DkimPrivateKey::fromData(QByteArrayView data)
{
    QString error;
    DkimCrypto::PKey key = DkimCrypto::privateKeyFromData(data, &error);
    if (!key)
        return makeError(Error::Kind::InvalidInput, error);
    const QByteArray type = DkimCrypto::keyTypeOf(key.get());
    if (type.isEmpty())
        return makeError(Error::Kind::InvalidInput, tr("the key is neither RSA nor ed25519"));
    DkimPrivateKey out;
    out.m_key = std::shared_ptr<evp_pkey_st>(key.release(), [](evp_pkey_st* k) { EVP_PKEY_free(k); });
    return out;
}

Result<DkimPrivateKey> DkimPrivateKey::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::Io, tr("cannot read the key file %1: %2").arg(path, file.errorString()));
    return fromData(file.read(65537));
}

QByteArray DkimPrivateKey::keyType() const
{
    return m_key ? DkimCrypto::keyTypeOf(m_key.get()) : QByteArray();
}

int DkimPrivateKey::bits() const
{
    return m_key ? DkimCrypto::keyBits(m_key.get()) : 0;
}

DkimAlgorithm DkimPrivateKey::defaultAlgorithm() const
{
    return keyType() == "ed25519" ? DkimAlgorithm::Ed25519Sha256 : DkimAlgorithm::RsaSha256;
}

QByteArray DkimPrivateKey::publicKeyRecord() const
{
    if (!m_key)
        return {};
    return "v=DKIM1; k=" + keyType() + "; p=" + DkimCrypto::publicKeyRecordData(m_key.get());
}

Result<QByteArray> dkimSignatureField(const Mail::Message& message, const DkimPrivateKey& key,
                                      const DkimSignOptions& options)
{
    if (key.isNull())
        return makeError(Error::Kind::InvalidInput, tr("no signing key"));
    if (!message.root || !message.data)
        return makeError(Error::Kind::InvalidInput, tr("no message to sign"));
    if (!dkimIsDomainName(options.domain))
        return makeError(Error::Kind::InvalidInput,
                         tr("\"%1\" is not a domain name").arg(QString::fromLatin1(options.domain)));
    if (!dkimIsDomainName(options.selector))
        return makeError(Error::Kind::InvalidInput,
                         tr("\"%1\" is not a selector").arg(QString::fromLatin1(options.selector)));
    const DkimAlgorithm algorithm = options.algorithm.value_or(key.defaultAlgorithm());
    if (algorithm == DkimAlgorithm::RsaSha1)
        return makeError(Error::Kind::InvalidInput, tr("rsa-sha1 must not be used for signing (RFC 8301 §3.1)"));
    if (dkimKeyTypeToken(algorithm) != key.keyType())
        return makeError(Error::Kind::InvalidInput,
                         tr("the key is %1, which cannot make %2 signatures")
                             .arg(QString::fromLatin1(key.keyType()), QString::fromLatin1(dkimAlgorithmToken(algorithm))));
    if (!options.identity.isEmpty()) {
        const QByteArray idDomain = options.identity.mid(options.identity.lastIndexOf('@') + 1).toLower();
        const QByteArray d = options.domain.toLower();
        if (!options.identity.contains('@') || (idDomain != d && !idDomain.endsWith(QByteArray("." + d))))
            return makeError(Error::Kind::InvalidInput, tr("i= must be an address in d= or a subdomain of it"));
    }
    QList<QByteArray> headers = options.headers.isEmpty() ? defaultHeaders(message) : options.headers;
    bool hasFrom = false;
    for (const QByteArray& h : headers) {
        if (h.isEmpty() || h.contains(':') || h.contains(' ') || h.contains(';'))
            return makeError(Error::Kind::InvalidInput, tr("\"%1\" is not a header field name").arg(QString::fromLatin1(h)));
        hasFrom = hasFrom || h.compare("from", Qt::CaseInsensitive) == 0;
    }
    if (!hasFrom)
        return makeError(Error::Kind::InvalidInput, tr("the signed header fields must include From (RFC 6376 §5.4)"));

    const DkimHash hash = dkimAlgorithmHash(algorithm);
    const QByteArrayView body = DkimVerifier::body(message);
    const DkimBodyHash full = dkimHashBody(body, options.bodyCanon, hash, -1);
    qint64 length = -1;
    DkimBodyHash bh = full;
    if (options.bodyLength >= 0 || options.bodyLengthTag) {
        length = options.bodyLength >= 0 ? qMin(options.bodyLength, full.canonicalSize) : full.canonicalSize;
        if (length != full.canonicalSize)
            bh = dkimHashBody(body, options.bodyCanon, hash, length);
    }

    const QByteArray eol = message.lineEnding == Mail::LineEnding::LF ? QByteArrayLiteral("\n") : QByteArrayLiteral("\r\n");
    const qint64 now = options.now.value_or(QDateTime::currentSecsSinceEpoch());
    auto build = [&](const QByteArray& b) {
        Folder folder(eol);
        folder.token("v=1;");
        folder.token("a=" + dkimAlgorithmToken(algorithm) + ';');
        folder.token("c=" + dkimCanonToken(options.headerCanon) + '/' + dkimCanonToken(options.bodyCanon) + ';');
        folder.token("d=" + options.domain + ';');
        folder.token("s=" + options.selector + ';');
        if (!options.identity.isEmpty())
            folder.token("i=" + options.identity + ';');
        if (length >= 0)
            folder.token("l=" + QByteArray::number(length) + ';');
        if (options.timestampTag)
            folder.token("t=" + QByteArray::number(now) + ';');
        if (options.expiration)
            folder.token("x=" + QByteArray::number(*options.expiration) + ';');
        folder.headerList(headers);
        folder.breakable("bh=", bh.digest.toBase64(), ";");
        folder.breakable("b=", b, {});
        return folder.result();
    };
    const QByteArray unsignedField = build({});

    // header data (RFC 6376 §3.7 step 2): the selected fields bottom-up per name, then this field with b= empty
    const auto& fields = message.headers().fields;
    QHash<QByteArray, QList<int>> byName;
    for (int i = 0; i < fields.size(); ++i)
        byName[fields.at(i).name.toByteArray().toLower()].append(i);
    QHash<QByteArray, int> used;
    QByteArray data;
    for (const QByteArray& name : headers) {
        const QByteArray k = name.toLower();
        const auto it = byName.constFind(k);
        int& u = used[k];
        if (it == byName.constEnd() || u >= it->size())
            continue;
        const Mail::HeaderField& field = fields.at(it->at(it->size() - 1 - u));
        ++u;
        data += dkimCanonicalizeHeader(message.slice(field.offset, field.length), options.headerCanon, true);
    }
    data += dkimCanonicalizeHeader(unsignedField, options.headerCanon, false);
    QString error;
    const QByteArray signature = DkimCrypto::signDigest(key.handle(), algorithm, DkimCrypto::digest(hash, data), &error);
    if (signature.isEmpty())
        return makeError(Error::Kind::Internal, error);

    // the same folding, now with the b= value after "b=" (a verifier deletes exactly that value)
    const QByteArray field = build(signature.toBase64());
    if (!field.startsWith(unsignedField))
        return makeError(Error::Kind::Internal, tr("internal error: the folded signature changed while adding b="));
    return field + eol;
}

Result<QByteArray> dkimSign(const QByteArray& rawMessage, const DkimPrivateKey& key, const DkimSignOptions& options)
{
    const Mail::Message message = Mail::parseMessage(Mail::RawData::fromBytes(rawMessage));
    auto field = dkimSignatureField(message, key, options);
    if (!field)
        return tl::unexpected<Error>(field.error());
    return *field + rawMessage;
}

} // namespace Deliverbench::Auth
