// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Deliverbench::Auth {

/** @short A problem found in a DKIM-Signature or key record: a stable finding code and a translated text. */
struct DkimProblem
{
    QByteArray code;     ///< e.g. "DKIM.SYNTAX", "DKIM.MISSING_TAG" (docs/findings.md, "DKIM signatures")
    QString text;        ///< one line, translated
    QString reference;   ///< e.g. "RFC 6376 §3.2"
    qsizetype offset = -1; ///< offset in the parsed text, -1 if none
};

/** @short One tag-spec of a tag list (RFC 6376 §3.2), with its position in the parsed text. */
struct DkimTag
{
    QByteArray name;         ///< case-sensitive (RFC 6376 §3.2)
    QByteArray value;        ///< with leading and trailing FWS removed, inner FWS kept
    qsizetype nameOffset = 0;
    qsizetype valueOffset = 0; ///< first byte after "=" (before any FWS)
    qsizetype valueEnd = 0;    ///< the ";" ending the tag-spec, or the end of the text
};

/** @short A parsed tag list (RFC 6376 §3.2): unique tag names in their written order. */
struct DkimTagList
{
    QList<DkimTag> tags;

    const DkimTag* find(QByteArrayView name) const;
    bool contains(QByteArrayView name) const { return find(name) != nullptr; }
    /** @short Value of a tag, or a null QByteArray if the tag is absent. */
    QByteArray value(QByteArrayView name) const;
};

/**
 * @short Parses a tag list (RFC 6376 §3.2): `tag-spec *(";" tag-spec) [";"]`.
 *
 * Strict on structure (tag names `ALPHA *(ALPHA / DIGIT / "_")`, an "=" after each name, no empty
 * tag-spec between semicolons, no duplicate names, no control characters other than FWS in values),
 * linear in the input and bounded to `maxTags` tag-specs. Returns false and fills `problem`
 * (code DKIM.SYNTAX or `syntaxCode`) on the first error.
 */
bool parseDkimTagList(QByteArrayView text, DkimTagList* out, DkimProblem* problem, int maxTags = 256,
                      const QByteArray& syntaxCode = QByteArrayLiteral("DKIM.SYNTAX"));

/** @short Removes FWS (SP, TAB, CR, LF) from a tag value: b=, bh=, p= may be folded anywhere (RFC 6376 §3.5). */
QByteArray dkimStripFws(QByteArrayView value);
/** @short Splits a colon-separated list (h=, q=, k= lists), trimming FWS around each item. */
QList<QByteArray> dkimSplitList(QByteArrayView value, char separator = ':');
/** @short Strict base64 (RFC 6376 §2.4) after FWS removal; false on any other character or bad padding. */
bool dkimDecodeBase64(QByteArrayView value, QByteArray* out);
/** @short Decodes dkim-quoted-printable (RFC 6376 §2.11): =XX hex escapes, FWS dropped; false when malformed. */
bool dkimDecodeQuotedPrintable(QByteArrayView value, QByteArray* out);
/** @short True for a domain name as DKIM needs it for d= and the i= domain: LDH labels of 1..63, dots between, at most 253 octets. */
bool dkimIsDomainName(QByteArrayView name);

} // namespace Deliverbench::Auth
