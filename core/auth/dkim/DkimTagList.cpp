// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/dkim/DkimTagList.h"

namespace Deliverbench::Auth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Auth", text);
}

bool isFws(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArray printable(QByteArrayView bytes)
{
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size() && i < 40; ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c < 0x20 || c >= 0x7f)
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0');
        else
            out += char(c);
    }
    if (bytes.size() > 40)
        out += "...";
    return out;
}

} // namespace

const DkimTag* DkimTagList::find(QByteArrayView name) const
{
    for (const DkimTag& tag : tags) {
        if (tag.name == name)
            return &tag;
    }
    return nullptr;
}

QByteArray DkimTagList::value(QByteArrayView name) const
{
    const DkimTag* tag = find(name);
    return tag ? tag->value : QByteArray();
}

bool parseDkimTagList(QByteArrayView text, DkimTagList* out, DkimProblem* problem, int maxTags,
                      const QByteArray& syntaxCode)
{
    out->tags.clear();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    auto fail = [&](QString message, qsizetype at) {
        if (problem) {
            problem->code = syntaxCode;
            problem->text = std::move(message);
            problem->reference = QStringLiteral("RFC 6376 §3.2");
            problem->offset = at;
        }
        return false;
    };
    while (true) {
        while (pos < n && isFws(text.at(pos)))
            ++pos;
        if (pos >= n)
            return true; // empty list, or a trailing ";"
        if (out->tags.size() >= maxTags)
            return fail(tr("more than %1 tags").arg(maxTags), pos);
        // tag-name = ALPHA *ALNUMPUNC
        const qsizetype nameStart = pos;
        if (!isAlpha(text.at(pos))) {
            if (text.at(pos) == ';')
                return fail(tr("empty tag-spec (\";;\") at offset %1").arg(pos), pos);
            return fail(tr("invalid tag name starting with \"%1\" at offset %2")
                            .arg(QString::fromLatin1(printable(text.sliced(pos, qMin<qsizetype>(10, n - pos)))))
                            .arg(pos),
                        pos);
        }
        while (pos < n && (isAlpha(text.at(pos)) || isDigit(text.at(pos)) || text.at(pos) == '_'))
            ++pos;
        const QByteArray name = text.sliced(nameStart, pos - nameStart).toByteArray();
        while (pos < n && isFws(text.at(pos)))
            ++pos;
        if (pos >= n || text.at(pos) != '=')
            return fail(tr("tag \"%1\" is not followed by \"=\" (offset %2)").arg(QString::fromLatin1(name)).arg(pos),
                        pos);
        ++pos;
        const qsizetype valueOffset = pos;
        qsizetype end = pos;
        while (end < n && text.at(end) != ';') {
            const uchar c = uchar(text.at(end));
            if ((c < 0x20 && !isFws(char(c))) || c == 0x7f)
                return fail(tr("control character 0x%1 in the value of tag \"%2\"")
                                .arg(QString::number(c, 16).rightJustified(2, u'0'), QString::fromLatin1(name)),
                            end);
            ++end;
        }
        qsizetype vs = valueOffset;
        qsizetype ve = end;
        while (vs < ve && isFws(text.at(vs)))
            ++vs;
        while (ve > vs && isFws(text.at(ve - 1)))
            --ve;
        if (out->contains(name))
            return fail(tr("tag \"%1\" appears twice").arg(QString::fromLatin1(name)), nameStart);
        DkimTag tag;
        tag.name = name;
        tag.value = text.sliced(vs, ve - vs).toByteArray();
        tag.nameOffset = nameStart;
        tag.valueOffset = valueOffset;
        tag.valueEnd = end;
        out->tags.append(std::move(tag));
        pos = end;
        if (pos >= n)
            return true;
        ++pos; // ';'
    }
}

QByteArray dkimStripFws(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (char c : value) {
        if (!isFws(c))
            out.append(c);
    }
    return out;
}

QList<QByteArray> dkimSplitList(QByteArrayView value, char separator)
{
    QList<QByteArray> items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= value.size(); ++i) {
        if (i == value.size() || value.at(i) == separator) {
            qsizetype s = start;
            qsizetype e = i;
            while (s < e && isFws(value.at(s)))
                ++s;
            while (e > s && isFws(value.at(e - 1)))
                --e;
            items.append(value.sliced(s, e - s).toByteArray());
            start = i + 1;
        }
    }
    return items;
}

bool dkimDecodeBase64(QByteArrayView value, QByteArray* out)
{
    const QByteArray stripped = dkimStripFws(value);
    qsizetype padding = 0;
    for (qsizetype i = 0; i < stripped.size(); ++i) {
        const char c = stripped.at(i);
        if (c == '=') {
            ++padding;
            continue;
        }
        if (padding > 0)
            return false; // data after padding
        if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/'))
            return false;
    }
    if (padding > 2 || (padding > 0 && stripped.size() % 4 != 0))
        return false;
    auto result = QByteArray::fromBase64Encoding(stripped, QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    *out = result.decoded;
    return true;
}

bool dkimDecodeQuotedPrintable(QByteArrayView value, QByteArray* out)
{
    QByteArray result;
    result.reserve(value.size());
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        return -1;
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (isFws(c))
            continue;
        if (c == '=') {
            if (i + 2 >= value.size())
                return false;
            const int hi = hex(value.at(i + 1));
            const int lo = hex(value.at(i + 2));
            if (hi < 0 || lo < 0)
                return false;
            result.append(char(hi * 16 + lo));
            i += 2;
            continue;
        }
        result.append(c);
    }
    *out = result;
    return true;
}

bool dkimIsDomainName(QByteArrayView name)
{
    if (name.endsWith('.'))
        name.chop(1);
    if (name.isEmpty() || name.size() > 253)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i == name.size() || name.at(i) == '.') {
            const qsizetype len = i - labelStart;
            if (len < 1 || len > 63)
                return false;
            if (name.at(labelStart) == '-' || name.at(i - 1) == '-')
                return false;
            labelStart = i + 1;
            continue;
        }
        const char c = name.at(i);
        // LDH, and "_" which appears in real selectors and is harmless in a DNS label
        if (!(isAlpha(c) || isDigit(c) || c == '-' || c == '_'))
            return false;
    }
    return true;
}

} // namespace Deliverbench::Auth
