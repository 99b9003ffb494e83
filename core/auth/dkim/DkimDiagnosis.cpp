// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimDiagnosis.h"

#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimCrypto_p.h"
#include "message/Message.h"

#include <QCoreApplication>

namespace Deliverbench::Auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

void appendVisible(QByteArray& out, QByteArrayView bytes)
{
    for (char c : bytes) {
        const uchar u = uchar(c);
        if (c == '\r')
            out += "\xe2\x90\x8d"; // ␍
        else if (c == '\n')
            out += "\xe2\x90\x8a\n"; // ␊ + a real line break
        else if (c == '\t')
            out += "\xe2\x86\x92"; // →
        else if (c == ' ')
            out += "\xc2\xb7"; // ·
        else if (u < 0x20 || u == 0x7f)
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0');
        else
            out += c;
    }
}

bool hasBareLf(QByteArrayView body)
{
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == '\n' && (i == 0 || body.at(i - 1) != '\r'))
            return true;
    }
    return false;
}

bool hasTrailingWsp(QByteArrayView body)
{
    for (qsizetype i = 1; i < body.size(); ++i) {
        if (body.at(i) == '\n') {
            qsizetype j = i - 1;
            if (body.at(j) == '\r' && j > 0)
                --j;
            if (body.at(j) == ' ' || body.at(j) == '\t')
                return true;
        }
    }
    return false;
}

} // namespace

QString dkimVisibleBytes(QByteArrayView bytes, qsizetype maxHead, qsizetype maxTail)
{
    QByteArray out;
    if (bytes.size() <= maxHead + maxTail) {
        appendVisible(out, bytes);
        return QString::fromUtf8(out);
    }
    appendVisible(out, bytes.first(maxHead));
    QByteArray tail;
    appendVisible(tail, bytes.last(maxTail));
    return QString::fromUtf8(out) + QStringLiteral("\n[… ")
        + tr("%1 bytes left out").arg(bytes.size() - maxHead - maxTail) + QStringLiteral(" …]\n")
        + QString::fromUtf8(tail);
}

DkimBodyDiagnosis dkimDiagnoseBody(const Mail::Message& message, QByteArrayView body, const DkimSignature& sig,
                                   const DkimDiagnosisOptions& options)
{
    DkimBodyDiagnosis d;
    d.rawBodySize = body.size();
    const DkimHash hash = dkimAlgorithmHash(sig.algorithm);
    const QByteArray& want = sig.bodyHash;

    // The canonical body as hashed: keep the head and the tail only (bounded memory).
    constexpr qsizetype kHead = 1500;
    constexpr qsizetype kTail = 500;
    QByteArray head;
    QByteArray tail;
    {
        DkimBodyCanonicalizer c(sig.bodyCanon, [&](QByteArrayView v) {
            if (head.size() < kHead)
                head.append(v.first(qMin(v.size(), kHead - head.size())));
            tail.append(v.last(qMin(v.size(), kTail)));
            if (tail.size() > 4 * kTail)
                tail = tail.right(kTail);
        });
        c.update(body);
        c.finish();
        d.canonicalSize = c.outputSize();
        tail = tail.right(kTail);
    }
    {
        QByteArray visible;
        if (d.canonicalSize <= kHead + kTail) {
            // head holds the first kHead bytes, tail the last kTail: stitch without overlap
            const qint64 fromTail = d.canonicalSize - head.size();
            appendVisible(visible, head);
            if (fromTail > 0)
                appendVisible(visible, QByteArrayView(tail).last(qsizetype(fromTail)));
            d.canonicalPreview = QString::fromUtf8(visible);
        } else {
            appendVisible(visible, head);
            QByteArray t;
            appendVisible(t, tail);
            d.canonicalPreview = QString::fromUtf8(visible) + QStringLiteral("\n[… ")
                + tr("%1 bytes left out").arg(d.canonicalSize - head.size() - tail.size())
                + QStringLiteral(" …]\n") + QString::fromUtf8(t);
        }
    }

    auto found = [&](const char* pattern, QString explanation) {
        d.pattern = QByteArray(pattern);
        d.explanation = std::move(explanation);
        d.tried.append(tr("%1: reproduces bh=").arg(QLatin1String(pattern)));
    };
    auto notIt = [&](const char* pattern) { d.tried.append(tr("%1: no").arg(QLatin1String(pattern))); };

    // l= longer than the body: the body was cut (or rewritten shorter) after signing.
    if (sig.bodyLength >= 0 && d.canonicalSize < sig.bodyLength) {
        found("body-shorter-than-l",
              tr("l=%1 says the signer hashed %1 canonical body bytes, but the body now has only %2: "
                 "it was cut or rewritten after signing.")
                  .arg(sig.bodyLength)
                  .arg(d.canonicalSize));
        return d;
    }
    if (body.size() > options.maxBodyBytes) {
        d.bounded = true;
        d.explanation = tr("The body (%1 bytes) is larger than the diagnosis limit; no damage pattern was tried.")
                            .arg(body.size());
        return d;
    }

    // 1. Content appended after signing: the longest prefix, ending at a line boundary, whose hash is bh=.
    if (sig.bodyLength < 0) {
        DkimCrypto::Hasher hasher(hash);
        qint64 bestRaw = -1;
        qint64 bestCanon = -1;
        int checks = 0;
        bool capped = false;
        DkimBodyCanonicalizer c(sig.bodyCanon, [&](QByteArrayView v) { hasher.update(v); });
        c.setLineHook([&](qint64 canonicalSize, qint64 rawConsumed) {
            if (checks >= options.maxPrefixChecks) {
                capped = true;
                return;
            }
            ++checks;
            if (hasher.peek() == want) {
                bestRaw = rawConsumed;
                bestCanon = canonicalSize;
            }
        });
        c.update(body);
        // an empty original body: its canonical form is CRLF (simple) or nothing (relaxed)
        if (bestRaw < 0) {
            const QByteArray empty = sig.bodyCanon == DkimCanon::Simple ? QByteArrayLiteral("\r\n") : QByteArray();
            if (DkimCrypto::digest(hash, empty) == want) {
                bestRaw = 0;
                bestCanon = empty.size();
            }
        }
        d.bounded = d.bounded || capped;
        if (bestRaw >= 0 && bestRaw < body.size()) {
            d.signedRawLength = bestRaw;
            d.appendedBytes = body.size() - bestRaw;
            d.appendedPreview = dkimVisibleBytes(body.sliced(bestRaw), 600, 200);
            found("appended-content",
                  tr("The signed body is the first %1 bytes (%2 canonical bytes): %3 bytes were appended after "
                     "signing (a mailing-list footer or a disclaimer?).")
                      .arg(bestRaw)
                      .arg(bestCanon)
                      .arg(d.appendedBytes));
            return d;
        }
        notIt("appended-content");
    }

    auto tryVariant = [&](const char* pattern, QByteArrayView input, DkimCanon canon,
                          DkimBodyCanonicalizer::Options o, QString explanation) {
        if (dkimHashBody(input, canon, hash, sig.bodyLength, o).digest == want) {
            found(pattern, std::move(explanation));
            return true;
        }
        notIt(pattern);
        return false;
    };

    // 2. The signer hashed bare LF line ends as data (no CRLF conversion before signing).
    if (hasBareLf(body)) {
        DkimBodyCanonicalizer::Options o;
        o.lfIsLineEnd = false;
        if (tryVariant("bare-lf-hashed", body, sig.bodyCanon, o,
                       tr("The body has LF-only line ends; bh= matches when they are hashed as bare LF. The signer "
                          "hashed the text before converting line ends to CRLF (RFC 6376 §5.3 requires CRLF), so "
                          "every verifier that treats LF as CRLF fails.")))
            return d;
    }
    // 3. Trailing whitespace added after signing (simple body canonicalization only).
    if (sig.bodyCanon == DkimCanon::Simple && hasTrailingWsp(body)) {
        DkimBodyCanonicalizer::Options o;
        o.stripTrailingWsp = true;
        if (tryVariant("trailing-whitespace-added", body, DkimCanon::Simple, o,
                       tr("bh= matches when spaces and tabs at line ends are removed: trailing whitespace was added "
                          "after signing, which c=…/simple does not tolerate (c=…/relaxed would).")))
            return d;
    }
    // 4. The other body canonicalization.
    {
        const DkimCanon other = sig.bodyCanon == DkimCanon::Simple ? DkimCanon::Relaxed : DkimCanon::Simple;
        if (tryVariant("other-body-canonicalization", body, other, {},
                       tr("bh= matches the %1 body canonicalization, not the %2 that c= declares: the signer "
                          "mislabelled c= or it was changed.")
                           .arg(QString::fromLatin1(dkimCanonToken(other)),
                                QString::fromLatin1(dkimCanonToken(sig.bodyCanon)))))
            return d;
    }
    // 5. Transfer encoding changed after signing (8BITMIME downgrade, a gateway re-encoding).
    if (message.root && !message.root->isMultipart()
        && (message.root->encoding == Mail::TransferEncoding::QuotedPrintable
            || message.root->encoding == Mail::TransferEncoding::Base64)) {
        const QByteArray decoded = message.decodedBody(*message.root);
        if (tryVariant("reencoded-transfer-encoding", decoded, sig.bodyCanon, {},
                       tr("bh= matches the decoded body: the signer signed it as 8bit and it was re-encoded as %1 "
                          "after signing (an 8BITMIME downgrade by a relay?).")
                           .arg(QString::fromLatin1(message.root->encodingToken))))
            return d;
    }
    // 6. l= present but the signer hashed the whole body, or the reverse.
    if (sig.bodyLength >= 0) {
        if (dkimHashBody(body, sig.bodyCanon, hash, -1).digest == want) {
            found("l-tag-ignored-by-signer",
                  tr("bh= matches the whole body, not its first l=%1 bytes: the signer ignored its own l=.")
                      .arg(sig.bodyLength));
            return d;
        }
        notIt("l-tag-ignored-by-signer");
    }
    d.explanation = tr("No known damage pattern reproduces bh=: the body was changed inside (a rewritten link, a "
                       "changed character set or line wrapping?). Compare the canonical body below with the sent one.");
    return d;
}

} // namespace Deliverbench::Auth
