// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/DiffDkimImpact.h"

#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimSignature.h"

#include <QCoreApplication>

#include <algorithm>

namespace Deliverbench::Gui {

namespace {

constexpr int kMaxSignatures = 16;
constexpr int kMaxSignedHeaders = 200;

QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Deliverbench::Gui::DiffDkimImpact", text, comment, n);
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

} // namespace

QString DiffDkimImpact::key(const QString& name, int occurrence)
{
    return name.toLower() + u'#' + QString::number(occurrence);
}

QString DiffDkimSignature::summary() const
{
    const QString who = tr("DKIM d=%1 s=%2").arg(domain, selector);
    if (!parsed)
        return tr("%1: the signature does not parse (%2).").arg(who, problem);
    QStringList parts;
    if (!keptInB)
        parts << tr("the signature field is missing or altered in B");
    if (!changedHeaders.isEmpty())
        parts << tr("signed header(s) changed: %1").arg(changedHeaders.join(QStringLiteral(", ")));
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

DiffDkimImpact DiffDkimImpact::analyze(const Mail::Message& a, const Mail::Message& b)
{
    DiffDkimImpact impact;
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
        DiffDkimSignature result;
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

} // namespace Deliverbench::Gui
