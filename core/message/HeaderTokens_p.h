// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private lexical helpers shared by the header field parsers (RFC 5322 §3.2). Cursor style:
// every function takes `const char*& p` and the end of the range, advances p past what it
// consumed and never reads at or beyond `end`. No recursion; nested comments are counted.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace Deliverbench::Mail::Tokens {

inline bool isWsp(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is8bit(char c) { return static_cast<unsigned char>(c) >= 0x80; }

/** @short RFC 5322 §3.2.3 atext; 8-bit octets count as atext when allow8bit (RFC 6532 §3.2). */
bool isAtext(char c, bool allow8bit = true);
/** @short RFC 2045 §5.1 token character (ASCII only). */
bool isTokenChar(char c);

/** @short Skips whitespace only. */
void skipWsp(const char*& p, const char* end);

/**
 * @short Skips CFWS (RFC 5322 §3.2.2). Comment texts (outermost parentheses removed,
 * quoted-pairs resolved) are appended to `comments` when given. Returns false when a
 * comment was not closed before `end` (everything up to `end` is then consumed).
 */
bool skipCfws(const char*& p, const char* end, QList<QByteArray>* comments = nullptr);

/** @short Reads one comment at p (p must point at '('); returns its text without the outer parentheses. */
bool readComment(const char*& p, const char* end, QByteArray* text);

/** @short Quoted string at p (p at '"'), content unescaped into out. False when unterminated. */
bool readQuotedString(const char*& p, const char* end, QByteArray& out);

/** @short 1*atext; false (p unchanged) when p is not at atext. */
bool readAtom(const char*& p, const char* end, QByteArray& out, bool allow8bit = true);

/** @short 1*token-char (RFC 2045); false (p unchanged) when none. */
bool readToken(const char*& p, const char* end, QByteArray& out);

/** @short Domain literal at p (p at '['): content between the brackets, whitespace removed. */
bool readDomainLiteral(const char*& p, const char* end, QByteArray& out);

/** @short ASCII lower-case copy. */
QByteArray lower(QByteArrayView v);
/** @short ASCII case-insensitive comparison. */
bool equalsCi(QByteArrayView a, QByteArrayView b);
/** @short RFC 5322 §2.2.3 unfolding: CR and LF removed, leading and trailing WSP trimmed. */
QByteArray unfold(QByteArrayView raw);
/** @short Removes leading and trailing WSP (space, tab, CR, LF). */
QByteArrayView trimmed(QByteArrayView v);

} // namespace Deliverbench::Mail::Tokens
