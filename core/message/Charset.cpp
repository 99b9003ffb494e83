// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Charset.h"

#include <QByteArray>
#include <QStringDecoder>

#include <cstring>

namespace Deliverbench::Mail {

namespace {

struct Alias
{
    const char* name;   // lower case, as written in mail
    const char* target; // a name QStringDecoder (ICU) knows
};

// Names mail clients accept that the decoder does not know, or that clients decode with a
// superset (the WHATWG Encoding Standard's choices, which Thunderbird and webmail follow).
constexpr Alias kAliases[] = {
    {"utf8", "UTF-8"},
    {"utf-8", "UTF-8"},
    {"unicode-1-1-utf-8", "UTF-8"},
    {"x-unicode20utf8", "UTF-8"},
    {"unicode-2-0-utf-8", "UTF-8"},
    {"utf-8-sig", "UTF-8"},
    {"us-ascii", "windows-1252"},
    {"ascii", "windows-1252"},
    {"ansi_x3.4-1968", "windows-1252"},
    {"iso-8859-1", "windows-1252"},
    {"iso8859-1", "windows-1252"},
    {"iso_8859-1", "windows-1252"},
    {"iso88591", "windows-1252"},
    {"iso-88591", "windows-1252"},
    {"latin1", "windows-1252"},
    {"latin-1", "windows-1252"},
    {"l1", "windows-1252"},
    {"cp819", "windows-1252"},
    {"x-ansi", "windows-1252"},
    {"ansi", "windows-1252"},
    {"cp1252", "windows-1252"},
    {"x-cp1252", "windows-1252"},
    {"win-1252", "windows-1252"},
    {"iso-8859-9", "windows-1254"},
    {"latin5", "windows-1254"},
    {"iso-8859-11", "windows-874"},
    {"tis-620", "windows-874"},
    {"iso-8859-8-i", "ISO-8859-8"},
    {"latin2", "ISO-8859-2"},
    {"iso8859-2", "ISO-8859-2"},
    {"iso8859-15", "ISO-8859-15"},
    {"latin9", "ISO-8859-15"},
    {"ks_c_5601-1987", "windows-949"},
    {"ks_c_5601", "windows-949"},
    {"ksc5601", "windows-949"},
    {"ksc_5601", "windows-949"},
    {"euc-kr", "windows-949"},
    {"x-euc-kr", "windows-949"},
    {"cp949", "windows-949"},
    {"x-sjis", "windows-31j"},
    {"sjis", "windows-31j"},
    {"shift-jis", "windows-31j"},
    {"shift_jis", "windows-31j"},
    {"x-shift_jis", "windows-31j"},
    {"ms_kanji", "windows-31j"},
    {"csshiftjis", "windows-31j"},
    {"cp932", "windows-31j"},
    {"x-euc-jp", "EUC-JP"},
    {"gb2312", "GBK"},
    {"gb_2312-80", "GBK"},
    {"gb_2312", "GBK"},
    {"csgb2312", "GBK"},
    {"x-gbk", "GBK"},
    {"gbk", "GBK"},
    {"cp936", "GBK"},
    {"euc-cn", "GBK"},
    {"x-euc-cn", "GBK"},
    {"chinese", "GBK"},
    {"x-gb18030", "GB18030"},
    {"big5", "Big5-HKSCS"},
    {"x-big5", "Big5-HKSCS"},
    {"big5-hkscs", "Big5-HKSCS"},
    {"cn-big5", "Big5-HKSCS"},
    {"cp950", "Big5-HKSCS"},
    {"koi8r", "KOI8-R"},
    {"koi8u", "KOI8-U"},
    {"x-mac-roman", "macintosh"},
    {"mac", "macintosh"},
    {"unicode", "UTF-16LE"},
    {"ucs-2", "UTF-16"},
    {"x-unknown", ""},
    {"unknown-8bit", ""},
    {"x-user-defined", ""},
    {"default", ""},
    {"unknown", ""},
};

inline char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + ('a' - 'A')) : c;
}

/** Lower-cased, unquoted, trimmed name; "windows-1252" for cp/win prefixes. Empty when none. */
QByteArray normalizedName(QByteArrayView charset)
{
    QByteArray n;
    n.reserve(charset.size());
    for (char c : charset) {
        if (c == '"' || c == '\'' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        n.append(asciiLower(c));
    }
    // RFC 2231 language suffix inside RFC 2047 charsets: "utf-8*en"
    const qsizetype star = n.indexOf('*');
    if (star >= 0)
        n.truncate(star);
    return n;
}

/** Name to hand to QStringDecoder; empty when the charset means "unknown". */
QByteArray decoderName(QByteArrayView charset, bool* aliasUnknown)
{
    *aliasUnknown = false;
    QByteArray n = normalizedName(charset);
    if (n.isEmpty())
        return n;
    for (const Alias& a : kAliases) {
        if (n == a.name) {
            if (!*a.target)
                *aliasUnknown = true;
            return QByteArray(a.target);
        }
    }
    // "windows1252", "win1252", "cp1251" → "windows-1251"
    for (const char* prefix : {"windows", "win-", "win", "cp-", "cp", "x-cp"}) {
        const QByteArray p(prefix);
        if (n.startsWith(p)) {
            QByteArray rest = n.mid(p.size());
            if (rest.startsWith('-'))
                rest.remove(0, 1);
            bool ok = false;
            const int code = rest.toInt(&ok);
            if (ok && code >= 1250 && code <= 1258)
                return "windows-" + rest;
        }
    }
    return n;
}

bool isAscii(QByteArrayView bytes)
{
    const char* p = bytes.data();
    const char* end = p + bytes.size();
    while (end - p >= 8) {
        quint64 w;
        std::memcpy(&w, p, 8);
        if (w & 0x8080808080808080ull)
            return false;
        p += 8;
    }
    for (; p < end; ++p) {
        if (static_cast<unsigned char>(*p) & 0x80)
            return false;
    }
    return true;
}

QString decodeFallback(QByteArrayView bytes)
{
    if (isValidUtf8(bytes))
        return QString::fromUtf8(bytes);
    QStringDecoder d("windows-1252");
    if (!d.isValid())
        return QString::fromLatin1(bytes);
    return d.decode(bytes);
}

} // namespace

bool isValidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const auto* end = p + bytes.size();
    while (p < end) {
        if (end - p >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            if (!(w & 0x8080808080808080ull)) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int len;
        quint32 cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < len)
            return false;
        for (int i = 1; i < len; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += len;
    }
    return true;
}

bool isKnownCharset(QByteArrayView charset)
{
    bool unknownAlias = false;
    const QByteArray name = decoderName(charset, &unknownAlias);
    if (name.isEmpty() || unknownAlias)
        return false;
    return QStringDecoder(name.constData(), QStringDecoder::Flag::Stateless).isValid();
}

QString decodeCharset(QByteArrayView charset, QByteArrayView bytes, bool* ok)
{
    bool unknownAlias = false;
    const QByteArray name = decoderName(charset, &unknownAlias);
    const QByteArray given = normalizedName(charset);
    if (name.isEmpty()) {
        if (ok)
            *ok = !unknownAlias && given.isEmpty();
        return decodeFallback(bytes);
    }
    if (name == "UTF-8") {
        const bool valid = isValidUtf8(bytes);
        if (ok)
            *ok = valid;
        if (valid)
            return QString::fromUtf8(bytes);
        // Declared UTF-8 that is not: clients show windows-1252 when nothing is valid UTF-8.
        return QString::fromUtf8(bytes);
    }
    if (given == "us-ascii" || given == "ascii" || given == "ansi_x3.4-1968") {
        if (isAscii(bytes)) {
            if (ok)
                *ok = true;
            return QString::fromLatin1(bytes);
        }
        if (ok)
            *ok = false;
        return decodeFallback(bytes);
    }
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (!decoder.isValid()) {
        if (ok)
            *ok = false;
        return decodeFallback(bytes);
    }
    QString out = decoder.decode(bytes);
    const bool bad = decoder.hasError();
    if (ok)
        *ok = !bad;
    return out;
}

} // namespace Deliverbench::Mail
