// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/AuthSignedRanges.h"

#include "auth/dkim/DkimCanon.h"
#include "auth/dkim/DkimTagList.h"
#include "auth/dkim/DkimVerifier.h"
#include "message/Message.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>

namespace Deliverbench::Gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Gui", text);
}

constexpr int kMaxListedNames = 256;
constexpr qsizetype kBodyChunk = 256 * 1024;

bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

/** @short Digits only, at most 18 of them; -1 otherwise. */
qint64 parseNumber(QByteArrayView value)
{
    const QByteArray v = Auth::dkimStripFws(value);
    if (v.isEmpty() || v.size() > 18)
        return -1;
    qint64 n = 0;
    for (char c : v) {
        if (c < '0' || c > '9')
            return -1;
        n = n * 10 + (c - '0');
    }
    return n;
}

/** @short The instance i= of an ARC field: the leading "i=N;" of an AAR, the i= tag of an AMS/AS; 0 when none. */
int arcInstance(const Mail::HeaderField& field)
{
    if (field.nameIs("ARC-Authentication-Results")) {
        QByteArrayView v = field.rawValue;
        qsizetype p = 0;
        while (p < v.size() && (isWsp(v[p]) || v[p] == '\r' || v[p] == '\n'))
            ++p;
        if (p + 1 >= v.size() || (v[p] != 'i' && v[p] != 'I'))
            return 0;
        ++p;
        while (p < v.size() && isWsp(v[p]))
            ++p;
        if (p >= v.size() || v[p] != '=')
            return 0;
        const qsizetype semi = v.indexOf(';', p);
        const qint64 n = parseNumber(v.sliced(p + 1, (semi < 0 ? v.size() : semi) - p - 1));
        return n > 0 && n <= 1024 ? int(n) : 0;
    }
    Auth::DkimTagList tags;
    Auth::DkimProblem problem;
    if (!Auth::parseDkimTagList(field.rawValue, &tags, &problem, 64))
        return 0;
    const qint64 n = parseNumber(tags.value("i"));
    return n > 0 && n <= 1024 ? int(n) : 0;
}

bool isArcField(const Mail::HeaderField& field)
{
    return field.nameIs("ARC-Seal") || field.nameIs("ARC-Message-Signature") || field.nameIs("ARC-Authentication-Results");
}

SignedByteRange fieldRange(const Mail::HeaderField& field, SignedByteRange::Kind kind)
{
    return SignedByteRange{kind, field.offset, field.length, field.name.toByteArray()};
}

/**
 * @short The DKIM-like part shared by DKIM-Signature and ARC-Message-Signature: h= selection
 * bottom-up over `eligible` fields (RFC 6376 §5.4.2), and the body up to l=.
 */
void fillSigned(const Mail::Message& message, const Mail::HeaderField& signatureField,
                const std::function<bool(const Mail::HeaderField&)>& eligible, SignedRanges* out)
{
    Auth::DkimTagList tags;
    Auth::DkimProblem problem;
    out->signature = fieldRange(signatureField, SignedByteRange::Kind::SignatureField);
    if (!Auth::parseDkimTagList(signatureField.rawValue, &tags, &problem)) {
        out->error = tr("The signature's tag list does not parse: %1").arg(problem.text);
        return;
    }
    out->domain = Auth::dkimStripFws(tags.value("d"));
    out->selector = Auth::dkimStripFws(tags.value("s"));
    if (!tags.contains("h")) {
        out->error = tr("The signature has no h= tag.");
        return;
    }
    const QList<QByteArray> names = Auth::dkimSplitList(tags.value("h")).mid(0, kMaxListedNames);

    const auto& fields = message.headers().fields;
    QHash<QByteArray, QList<int>> byName;
    for (int i = 0; i < fields.size(); ++i) {
        if (eligible(fields.at(i)))
            byName[fields.at(i).name.toByteArray().toLower()].append(i);
    }
    QHash<QByteArray, int> used;
    for (const QByteArray& name : names) {
        if (name.isEmpty())
            continue;
        const QByteArray key = name.toLower();
        const auto it = byName.constFind(key);
        int& u = used[key];
        if (it == byName.constEnd() || u >= it->size()) {
            out->overSigned.append(name); // listed, nothing left to select: contributes nothing (RFC 6376 §5.4.2)
            continue;
        }
        out->headers.append(fieldRange(fields.at(it->at(it->size() - 1 - u)), SignedByteRange::Kind::SignedHeader));
        ++u;
    }

    // c=header/body; body canonicalization defaults to simple (RFC 6376 §3.5 c=)
    const QByteArray c = Auth::dkimStripFws(tags.value("c")).toLower();
    const qsizetype slash = c.indexOf('/');
    const Auth::DkimCanon bodyCanon =
        slash >= 0 && c.mid(slash + 1) == "relaxed" ? Auth::DkimCanon::Relaxed : Auth::DkimCanon::Simple;
    out->coversBody = true;
    if (message.root) {
        const qint64 end = message.offset + message.length;
        out->bodyOffset = std::min(message.root->bodyOffset, end);
        out->bodyLength = std::max<qint64>(0, end - out->bodyOffset);
    }
    const QByteArray l = tags.value("l");
    if (!l.isNull())
        out->bodyLimit = parseNumber(l);
    if (out->bodyOffset < 0)
        return;
    if (out->bodyLimit >= 0) {
        const qint64 cut = dkimBodyCutOffset(Auth::DkimVerifier::body(message), bodyCanon, out->bodyLimit,
                                             &out->bodyShorterThanLimit);
        out->bodyCut = out->bodyOffset + std::min(cut, out->bodyLength);
        if (cut > 0)
            out->bodyRanges.append({SignedByteRange::Kind::SignedBody, out->bodyOffset, out->bodyCut - out->bodyOffset, {}});
        if (out->bodyCut < out->bodyOffset + out->bodyLength)
            out->bodyRanges.append({SignedByteRange::Kind::UnsignedBody, out->bodyCut,
                                    out->bodyOffset + out->bodyLength - out->bodyCut, {}});
    } else if (out->bodyLength > 0) {
        out->bodyRanges.append({SignedByteRange::Kind::SignedBody, out->bodyOffset, out->bodyLength, {}});
    }
    out->valid = true;
}

} // namespace

QList<SignedByteRange> SignedRanges::all() const
{
    QList<SignedByteRange> out = headers;
    if (signature.offset >= 0)
        out.append(signature);
    out += bodyRanges;
    std::stable_sort(out.begin(), out.end(),
                     [](const SignedByteRange& a, const SignedByteRange& b) { return a.offset < b.offset; });
    return out;
}

qint64 dkimBodyCutOffset(QByteArrayView body, Auth::DkimCanon canon, qint64 limit, bool* shorter)
{
    if (shorter)
        *shorter = false;
    if (limit <= 0)
        return 0;
    // Whole lines first, with the canonicalizer itself: the last line end before the cut and the
    // line end at or after it (empty lines are only counted once content follows them).
    qint64 prevCanon = 0;
    qint64 prevRaw = 0;
    qint64 hitRaw = -1;
    Auth::DkimBodyCanonicalizer canonicalizer(canon, [](QByteArrayView) {});
    canonicalizer.setLineHook([&](qint64 canonicalSize, qint64 rawConsumed) {
        if (hitRaw >= 0)
            return;
        if (canonicalSize >= limit) {
            hitRaw = rawConsumed;
        } else {
            prevCanon = canonicalSize;
            prevRaw = rawConsumed;
        }
    });
    for (qsizetype pos = 0; pos < body.size() && hitRaw < 0; pos += kBodyChunk)
        canonicalizer.update(body.sliced(pos, std::min(kBodyChunk, body.size() - pos)));
    if (hitRaw < 0)
        canonicalizer.finish();
    if (hitRaw < 0) {
        if (shorter)
            *shorter = canonicalizer.outputSize() < limit;
        return body.size();
    }
    hitRaw = std::min<qint64>(hitRaw, body.size());
    // Then byte by byte inside [prevRaw, hitRaw): empty lines, then the line the cut falls in.
    const qint64 need = limit - prevCanon;
    qint64 produced = 0;
    qint64 p = prevRaw;
    while (p < hitRaw) {
        qint64 lf = body.indexOf('\n', p);
        if (lf < 0 || lf >= hitRaw)
            lf = hitRaw; // the last line, without a line break
        const qint64 contentEnd = (lf < hitRaw && lf > p && body[lf - 1] == '\r') ? lf - 1 : lf;
        if (canon == Auth::DkimCanon::Simple) {
            const qint64 n = contentEnd - p;
            if (produced + n >= need)
                return p + (need - produced);
            produced += n;
        } else {
            // relaxed: a WSP run is one SP, WSP at the line end is nothing (RFC 6376 §3.4.4)
            qint64 q = p;
            while (q < contentEnd) {
                if (isWsp(body[q])) {
                    qint64 r = q;
                    while (r < contentEnd && isWsp(body[r]))
                        ++r;
                    if (r == contentEnd)
                        break;
                    if (++produced >= need)
                        return q + 1;
                    q = r;
                } else {
                    if (++produced >= need)
                        return q + 1;
                    ++q;
                }
            }
        }
        produced += 2; // the line end is CRLF in canonical form
        const qint64 afterBreak = lf < hitRaw ? lf + 1 : hitRaw;
        if (produced >= need)
            return produced == need ? afterBreak : std::max(p, afterBreak - 1);
        p = afterBreak;
    }
    return hitRaw;
}

SignedRanges dkimSignedRanges(const Mail::Message& message, int index)
{
    SignedRanges out;
    out.source = SignedRanges::Source::Dkim;
    out.index = index;
    if (!message.root) {
        out.error = tr("No message.");
        return out;
    }
    const Mail::HeaderField* field = nullptr;
    int k = 0;
    for (const Mail::HeaderField& f : message.headers().fields) {
        if (!f.nameIs("DKIM-Signature"))
            continue;
        if (k++ == index) {
            field = &f;
            break;
        }
    }
    if (!field) {
        out.error = tr("The message has no DKIM-Signature number %1.").arg(index + 1);
        return out;
    }
    fillSigned(message, *field, [](const Mail::HeaderField&) { return true; }, &out);
    return out;
}

SignedRanges arcSignedRanges(const Mail::Message& message, int instance, SignedRanges::Source which)
{
    SignedRanges out;
    out.source = which;
    out.index = instance;
    if (!message.root) {
        out.error = tr("No message.");
        return out;
    }
    const auto& fields = message.headers().fields;
    // the ARC fields by instance (first of each kind; duplicates are a structure error the validator reports)
    QHash<const Mail::HeaderField*, int> instances;
    QHash<int, const Mail::HeaderField*> seals, signatures, results;
    for (const Mail::HeaderField& f : fields) {
        if (!isArcField(f))
            continue;
        const int i = arcInstance(f);
        instances.insert(&f, i);
        if (i <= 0)
            continue;
        auto& map = f.nameIs("ARC-Seal") ? seals : f.nameIs("ARC-Message-Signature") ? signatures : results;
        if (!map.contains(i))
            map.insert(i, &f);
    }
    if (which == SignedRanges::Source::ArcMessageSignature) {
        const Mail::HeaderField* ams = signatures.value(instance);
        if (!ams) {
            out.error = tr("The message has no ARC-Message-Signature with i=%1.").arg(instance);
            return out;
        }
        // ARC fields of later instances were not there when hop `instance` signed
        fillSigned(message, *ams,
                   [&instances, instance](const Mail::HeaderField& f) {
                       const auto it = instances.constFind(&f);
                       return it == instances.constEnd() || *it <= instance;
                   },
                   &out);
        return out;
    }
    const Mail::HeaderField* seal = seals.value(instance);
    if (!seal) {
        out.error = tr("The message has no ARC-Seal with i=%1.").arg(instance);
        return out;
    }
    out.signature = fieldRange(*seal, SignedByteRange::Kind::SignatureField);
    Auth::DkimTagList tags;
    Auth::DkimProblem problem;
    if (Auth::parseDkimTagList(seal->rawValue, &tags, &problem)) {
        out.domain = Auth::dkimStripFws(tags.value("d"));
        out.selector = Auth::dkimStripFws(tags.value("s"));
    }
    for (int j = 1; j <= instance; ++j) {
        const Mail::HeaderField* aar = results.value(j);
        const Mail::HeaderField* ams = signatures.value(j);
        const Mail::HeaderField* as = j < instance ? seals.value(j) : nullptr;
        if (!aar || !ams || (j < instance && !as)) {
            out.error = tr("ARC set i=%1 is incomplete: the seal covers sets 1 to %2.").arg(j).arg(instance);
            out.headers.clear();
            return out;
        }
        out.headers.append(fieldRange(*aar, SignedByteRange::Kind::SignedHeader));
        out.headers.append(fieldRange(*ams, SignedByteRange::Kind::SignedHeader));
        if (as)
            out.headers.append(fieldRange(*as, SignedByteRange::Kind::SignedHeader));
    }
    out.valid = true;
    return out;
}

} // namespace Deliverbench::Gui
