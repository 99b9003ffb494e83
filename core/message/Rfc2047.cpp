// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Rfc2047.h"

#include "message/Charset.h"
#include "message/HeaderTokens_p.h"

#include <QStringDecoder>

#include <vector>

namespace Deliverbench::Mail {

namespace {

using namespace Tokens;

constexpr qsizetype MaxCharsetLength = 64;
constexpr qsizetype MaxTextWithSpaces = 200; // broken words with spaces inside are accepted up to this

bool validUtf8(QByteArrayView bytes)
{
    QStringDecoder dec(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString s = dec(bytes);
    Q_UNUSED(s);
    return !dec.hasError();
}

QString decodeWithBuiltin(QStringConverter::Encoding enc, QByteArrayView bytes)
{
    QStringDecoder dec(enc, QStringConverter::Flag::Stateless);
    return dec(bytes);
}

/** Raw 8-bit text outside encoded words: UTF-8 (RFC 6532) if valid, else windows-1252. */
QString decodeRaw(QByteArrayView bytes)
{
    bool ascii = true;
    for (char c : bytes) {
        if (is8bit(c)) {
            ascii = false;
            break;
        }
    }
    if (ascii || validUtf8(bytes))
        return decodeWithBuiltin(QStringConverter::Utf8, bytes);
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid())
        return cp1252(bytes);
    return decodeWithBuiltin(QStringConverter::Latin1, bytes);
}

bool isUtf8Name(QByteArrayView cs)
{
    return cs == "utf-8" || cs == "utf8";
}

/** Decodes bytes of a known charset. Common names are handled here; the rest goes to Charset. */
QString decodeBytes(QByteArrayView charset, QByteArrayView bytes)
{
    if (isUtf8Name(charset))
        return decodeWithBuiltin(QStringConverter::Utf8, bytes);
    if (charset == "us-ascii" || charset == "ascii")
        return decodeRaw(bytes); // 8-bit in a us-ascii word: be generous, as for raw text
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "iso8859-1")
        return decodeWithBuiltin(QStringConverter::Latin1, bytes);
    return decodeCharset(charset, bytes);
}

bool charsetKnown(QByteArrayView charset)
{
    if (isUtf8Name(charset) || charset == "us-ascii" || charset == "ascii" || charset == "iso-8859-1"
        || charset == "latin1" || charset == "iso8859-1")
        return true;
    return isKnownCharset(charset);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

QByteArray decodeQ(QByteArrayView text, bool* bad)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '_') {
            out.append(' ');
        } else if (c == '=' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 && hexValue(text[i + 2]) >= 0) {
            out.append(char(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            if (c == '=')
                *bad = true;
            out.append(c);
        }
    }
    return out;
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+' || c == '-')
        return 62;
    if (c == '/' || c == '_')
        return 63;
    return -1;
}

QByteArray decodeB(QByteArrayView text, bool* bad)
{
    QByteArray out;
    out.reserve(text.size() * 3 / 4 + 1);
    quint32 acc = 0;
    int bits = 0;
    bool padding = false;
    for (char c : text) {
        if (c == '=') {
            padding = true;
            continue;
        }
        const int v = base64Value(c);
        if (v < 0 || padding) {
            *bad = true;
            if (v < 0)
                continue;
        }
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xff));
        }
    }
    return out;
}

struct Item
{
    enum Kind { Text, Space, Word } kind = Text;
    QByteArray bytes;      ///< raw text, or the decoded octets of an encoded word
    QByteArray charset;    ///< lower case, language suffix removed (Word only)
};

/** Memoised forward search: positions only move forward, so the whole scan stays linear. */
struct ForwardFinder
{
    QByteArrayView hay;
    QByteArrayView needle;
    qsizetype cached = -2; // -2 unknown, -1 none left
    qsizetype next(qsizetype from)
    {
        if (cached == -1)
            return -1;
        if (cached >= from)
            return cached;
        cached = hay.indexOf(needle, from);
        return cached;
    }
};

enum class WordResult { NotAWord, Decoded, UnknownCharset };

/** Tries an encoded word at value[i] (which is "=?"); on success sets *endIndex past "?=". */
WordResult parseEncodedWord(QByteArrayView value, qsizetype i, ForwardFinder& closes, ForwardFinder& opens,
                            Item* item, qsizetype* endIndex, Rfc2047Stats& st)
{
    const qsizetype n = value.size();
    qsizetype q = i + 2;
    const qsizetype csStart = q;
    while (q < n && value[q] != '?' && q - csStart <= MaxCharsetLength) {
        const char c = value[q];
        if (isWsp(c) || c == '(' || c == ')' || c == '"' || c == '=' || is8bit(c))
            return WordResult::NotAWord;
        ++q;
    }
    if (q >= n || value[q] != '?' || q == csStart)
        return WordResult::NotAWord;
    QByteArray charset = lower(value.sliced(csStart, q - csStart));
    const qsizetype star = charset.indexOf('*'); // RFC 2231 §5 language suffix
    if (star >= 0)
        charset.truncate(star);
    if (charset.isEmpty())
        return WordResult::NotAWord;
    ++q;
    if (q + 1 >= n || value[q + 1] != '?')
        return WordResult::NotAWord;
    const char enc = value[q];
    if (enc != 'q' && enc != 'Q' && enc != 'b' && enc != 'B')
        return WordResult::NotAWord;
    const qsizetype textStart = q + 2;
    const qsizetype close = closes.next(textStart);
    if (close < 0)
        return WordResult::NotAWord;
    const qsizetype innerOpen = opens.next(textStart);
    if (innerOpen >= 0 && innerOpen < close - 1) // "=?=" at the end is B padding + "?="
        return WordResult::NotAWord; // another word starts before this one ends: this one is unterminated
    const QByteArrayView text = value.sliced(textStart, close - textStart);
    bool hasSpace = false;
    for (char c : text) {
        if (isWsp(c)) {
            hasSpace = true;
            break;
        }
    }
    if (hasSpace) {
        if (text.size() > MaxTextWithSpaces)
            return WordResult::NotAWord;
        st.nonStrict = true;
    }
    *endIndex = close + 2;
    if (*endIndex - i > 75)
        st.nonStrict = true; // RFC 2047 §2: at most 75 characters; longer words are common
    if (!charsetKnown(charset))
        return WordResult::UnknownCharset;
    bool bad = false;
    item->kind = Item::Word;
    item->charset = charset;
    item->bytes = (enc == 'q' || enc == 'Q') ? decodeQ(text, &bad) : decodeB(text, &bad);
    if (bad)
        st.nonStrict = true;
    return WordResult::Decoded;
}

} // namespace

QString decodeHeaderText(QByteArrayView value, Rfc2047Stats* stats)
{
    Rfc2047Stats st;
    std::vector<Item> items;
    const qsizetype n = value.size();
    ForwardFinder closes{value, "?="};
    ForwardFinder opens{value, "=?"};

    auto appendText = [&items](Item::Kind kind, char c) {
        if (items.empty() || items.back().kind != kind)
            items.push_back(Item{kind, {}, {}});
        items.back().bytes.append(c);
    };

    qsizetype i = 0;
    while (i < n) {
        const char c = value[i];
        if (c == '=' && i + 1 < n && value[i + 1] == '?') {
            Item word;
            qsizetype endIndex = i;
            const WordResult r = parseEncodedWord(value, i, closes, opens, &word, &endIndex, st);
            if (r != WordResult::NotAWord) {
                ++st.encodedWords;
                const bool glued = !items.empty() && items.back().kind != Item::Space;
                const bool gluedAfter = endIndex < n && !isWsp(value[endIndex]);
                if (glued || gluedAfter)
                    st.nonStrict = true; // inside a word, or no space between words
                if (r == WordResult::UnknownCharset) {
                    ++st.brokenWords;
                    st.nonStrict = true;
                    for (qsizetype k = i; k < endIndex; ++k)
                        appendText(Item::Text, value[k]);
                } else {
                    items.push_back(std::move(word));
                }
                i = endIndex;
                continue;
            }
        }
        if (is8bit(c))
            st.raw8bit = true;
        appendText(isWsp(c) ? Item::Space : Item::Text, c);
        ++i;
    }

    QString out;
    out.reserve(n);
    for (size_t k = 0; k < items.size(); ++k) {
        Item& it = items[k];
        if (it.kind == Item::Text) {
            out += decodeRaw(it.bytes);
        } else if (it.kind == Item::Space) {
            // RFC 2047 §6.2: whitespace between adjacent encoded words is not displayed.
            const bool betweenWords = k > 0 && k + 1 < items.size() && items[k - 1].kind == Item::Word
                && items[k + 1].kind == Item::Word;
            if (!betweenWords)
                out += decodeRaw(it.bytes);
        } else {
            // Join the octets of following words in the same charset (split multibyte characters).
            QByteArray joined = it.bytes;
            bool partsValid = !isUtf8Name(it.charset) || validUtf8(it.bytes);
            size_t m = k + 1;
            while (m < items.size()) {
                size_t next = m;
                if (items[next].kind == Item::Space)
                    ++next;
                if (next >= items.size() || items[next].kind != Item::Word || items[next].charset != it.charset)
                    break;
                if (isUtf8Name(it.charset) && !validUtf8(items[next].bytes))
                    partsValid = false;
                joined += items[next].bytes;
                k = next;
                m = next + 1;
            }
            if (isUtf8Name(it.charset) && !partsValid && validUtf8(joined))
                st.nonStrict = true;
            out += decodeBytes(it.charset, joined);
        }
    }
    if (stats)
        *stats = st;
    return out;
}

} // namespace Deliverbench::Mail
