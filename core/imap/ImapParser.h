// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Deliverbench::Imap {

/** @short Bounds applied to everything an IMAP server sends (untrusted input). */
struct ParserLimits
{
    qint64 maxLiteral = 4 * 1024 * 1024;     ///< one {n} literal (a header block is far smaller)
    qint64 maxLine = 1024 * 1024;            ///< one line segment between literals, CRLF excluded
    qint64 maxResponse = 16 * 1024 * 1024;   ///< one whole response, literals included
    int maxDepth = 32;                       ///< nesting of parenthesised lists
    int maxItems = 200000;                   ///< values in one response (all levels together)
};

/** @short One value of a response (RFC 3501 §4: atom, number, string, NIL, list). */
struct Value
{
    enum class Type { Atom, Number, String, Nil, List };
    Type type = Type::Nil;
    QByteArray text;        ///< atom text, number digits, string contents (quoted unescaped, or literal bytes)
    quint64 number = 0;     ///< Number only
    bool literal = false;   ///< String came as a {n} literal
    QList<Value> list;      ///< List only

    bool isAtom(QByteArrayView name) const;          ///< ASCII case-insensitive atom comparison
    bool isString() const { return type == Type::String; }
    /** @short Atom, number or string contents; empty for NIL and lists (an astring/nstring). */
    QByteArray asString() const { return type == Type::List ? QByteArray() : text; }
};

/** @short One server response (RFC 3501 §7): a status, untagged data or a continuation request. */
struct Response
{
    enum class Kind { Tagged, Untagged, Continuation };
    enum class Status { None, Ok, No, Bad, Preauth, Bye };

    Kind kind = Kind::Untagged;
    QByteArray tag;                 ///< Tagged only
    Status status = Status::None;   ///< status responses (tagged, or untagged OK/NO/BAD/PREAUTH/BYE)
    QByteArray code;                ///< response code name in upper case ("CAPABILITY", "ALERT", "AUTHENTICATIONFAILED")
    QList<Value> codeArgs;          ///< the values after the code name inside [ ]
    QByteArray text;                ///< human-readable text (status) or continuation text
    std::optional<quint64> number;  ///< "* 5 EXISTS", "* 3 FETCH ..."
    QByteArray name;                ///< untagged data name in upper case: CAPABILITY, LIST, SEARCH, FETCH, EXISTS …
    QList<Value> values;            ///< the data after the name
};

/** @short Token of a status ("OK", "NO" …) for transcripts and tests. */
QByteArray statusName(Response::Status status);

/**
 * @short Parses one complete response (without its final CRLF; literals inline as
 * `{n}\r\n<n octets>`) under the given limits (RFC 3501 §9 grammar, tolerant of common
 * server deviations). Never reads outside `bytes`, never recurses deeper than maxDepth.
 * This is the function the libFuzzer target should call.
 */
[[nodiscard]] Result<Response> parseResponse(QByteArrayView bytes, const ParserLimits& limits = {});

/**
 * @short Splits the server's byte stream into complete responses (lines plus their literals).
 *
 * feed() appends bytes; next() returns one complete response's bytes (final CRLF removed), or
 * nothing while more bytes are needed, or an error when a limit is exceeded (the connection
 * must then be dropped: the stream can no longer be framed). Work per byte is constant
 * (scanning resumes where it stopped), so a slow or hostile peer cannot cause quadratic time.
 */
class ResponseReader
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Imap::ResponseReader)

public:
    explicit ResponseReader(ParserLimits limits = {});

    void feed(QByteArrayView bytes);
    [[nodiscard]] std::optional<Result<QByteArray>> next();
    /** @short Bytes received but not yet returned (e.g. to discard them before STARTTLS). */
    qint64 pending() const { return m_buffer.size() - m_start; }
    void clear();
    const ParserLimits& limits() const { return m_limits; }

private:
    ParserLimits m_limits;
    QByteArray m_buffer;
    qint64 m_start = 0;       ///< first byte of the response being framed
    qint64 m_scan = 0;        ///< where the CRLF search resumes
    qint64 m_lineStart = 0;   ///< start of the current line segment
    qint64 m_literalEnd = 0;  ///< > 0 while waiting for the bytes of an announced literal
    bool m_failed = false;
};

} // namespace Deliverbench::Imap
