// SPDX-License-Identifier: GPL-3.0-or-later
#include "imap/ImapParser.h"

#include <QCoreApplication>

namespace Deliverbench::Imap {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Deliverbench::Imap", text);
}

tl::unexpected<Error> protocolError(const QString& message)
{
    return makeError(Error::Kind::InvalidInput, message);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isCtl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f;
}

bool equalsCi(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}

/** @short Cursor over one response; every step is bounded by `end`. */
class Tokenizer
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Imap::Tokenizer)

public:
    Tokenizer(QByteArrayView bytes, const ParserLimits& limits)
        : m_p(bytes.data())
        , m_end(bytes.data() + bytes.size())
        , m_limits(limits)
    {
    }

    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return m_p < m_end ? *m_p : '\0'; }
    const char* pos() const { return m_p; }
    void skipSpaces()
    {
        while (m_p < m_end && *m_p == ' ')
            ++m_p;
    }

    /** @short A run of non-space bytes (tag, status word); empty at the end. */
    QByteArrayView word()
    {
        const char* start = m_p;
        while (m_p < m_end && *m_p != ' ' && !isCtl(*m_p))
            ++m_p;
        return QByteArrayView(start, m_p - start);
    }

    QByteArrayView rest()
    {
        const QByteArrayView out(m_p, m_end - m_p);
        m_p = m_end;
        return out;
    }

    /** @short Values until the end, or until `terminator` (not consumed) at depth 0. */
    Result<QList<Value>> values(char terminator)
    {
        QList<Value> out;
        auto ok = parseSequence(out, 0, terminator);
        if (!ok)
            return tl::unexpected(ok.error());
        return out;
    }

    Result<void> parseSequence(QList<Value>& out, int depth, char terminator)
    {
        for (;;) {
            skipSpaces();
            if (atEnd()) {
                if (depth > 0)
                    return protocolError(tr("unterminated parenthesised list"));
                return {};
            }
            const char c = *m_p;
            if (depth == 0 && terminator != '\0' && c == terminator)
                return {};
            if (c == ')') {
                if (depth == 0)
                    return protocolError(tr("unbalanced ')'"));
                ++m_p;
                return {};
            }
            if (++m_items > m_limits.maxItems)
                return protocolError(tr("response has more than %1 values").arg(m_limits.maxItems));
            Value value;
            if (c == '(') {
                if (depth + 1 > m_limits.maxDepth)
                    return protocolError(tr("lists nested deeper than %1 levels").arg(m_limits.maxDepth));
                ++m_p;
                value.type = Value::Type::List;
                auto inner = parseSequence(value.list, depth + 1, '\0');
                if (!inner)
                    return inner;
            } else if (c == '"') {
                auto quoted = parseQuoted(value);
                if (!quoted)
                    return quoted;
            } else if (c == '{' || (c == '~' && m_end - m_p > 1 && m_p[1] == '{')) {
                auto literal = parseLiteral(value);
                if (!literal)
                    return literal;
            } else {
                auto atom = parseAtom(value, depth == 0 ? terminator : '\0');
                if (!atom)
                    return atom;
            }
            out.append(std::move(value));
        }
    }

private:
    Result<void> parseQuoted(Value& value)
    {
        ++m_p; // opening quote
        QByteArray text;
        while (m_p < m_end) {
            const char c = *m_p++;
            if (c == '"') {
                value.type = Value::Type::String;
                value.text = std::move(text);
                return {};
            }
            if (c == '\\') {
                if (m_p >= m_end)
                    break;
                text.append(*m_p++);
                continue;
            }
            if (c == '\r' || c == '\n')
                return protocolError(tr("line break inside a quoted string"));
            text.append(c);
        }
        return protocolError(tr("unterminated quoted string"));
    }

    Result<void> parseLiteral(Value& value)
    {
        if (*m_p == '~')
            ++m_p;
        ++m_p; // '{'
        quint64 size = 0;
        int digits = 0;
        while (m_p < m_end && isDigit(*m_p)) {
            if (++digits > 19)
                return protocolError(tr("literal size out of range"));
            size = size * 10 + quint64(*m_p - '0');
            ++m_p;
        }
        if (digits == 0)
            return protocolError(tr("literal without a size"));
        if (m_p < m_end && *m_p == '+')
            ++m_p;
        if (m_p >= m_end || *m_p != '}')
            return protocolError(tr("malformed literal size"));
        ++m_p;
        if (size > quint64(m_limits.maxLiteral))
            return protocolError(tr("literal of %1 bytes exceeds the limit of %2 bytes").arg(size).arg(m_limits.maxLiteral));
        if (m_end - m_p >= 2 && m_p[0] == '\r' && m_p[1] == '\n')
            m_p += 2;
        else if (m_p < m_end && *m_p == '\n')
            ++m_p;
        else
            return protocolError(tr("literal size not followed by a line break"));
        if (quint64(m_end - m_p) < size)
            return protocolError(tr("literal shorter than announced"));
        value.type = Value::Type::String;
        value.literal = true;
        value.text = QByteArray(m_p, qsizetype(size));
        m_p += size;
        return {};
    }

    Result<void> parseAtom(Value& value, char terminator)
    {
        const char* start = m_p;
        while (m_p < m_end) {
            const char c = *m_p;
            if (c == ' ' || c == '(' || c == ')' || c == '"' || c == '{')
                break;
            if (terminator != '\0' && c == terminator)
                break;
            if (isCtl(c))
                return protocolError(tr("control character 0x%1 in an atom").arg(int(static_cast<unsigned char>(c)), 2, 16, QLatin1Char('0')));
            if (c == '[') {
                // a FETCH section such as BODY[HEADER.FIELDS (SUBJECT)]: read to the matching ']'
                ++m_p;
                while (m_p < m_end && *m_p != ']') {
                    if (*m_p == '\r' || *m_p == '\n')
                        return protocolError(tr("line break inside a section"));
                    ++m_p;
                }
                if (m_p >= m_end)
                    return protocolError(tr("unterminated section '['"));
            }
            ++m_p;
        }
        if (m_p == start)
            return protocolError(tr("unexpected character '%1'").arg(QLatin1Char(*m_p)));
        const QByteArrayView text(start, m_p - start);
        if (equalsCi(text, "NIL")) {
            value.type = Value::Type::Nil;
            return {};
        }
        value.text = text.toByteArray();
        bool allDigits = text.size() <= 19;
        for (qsizetype i = 0; allDigits && i < text.size(); ++i)
            allDigits = isDigit(text.at(i));
        if (allDigits) {
            value.type = Value::Type::Number;
            value.number = text.toULongLong();
        } else {
            value.type = Value::Type::Atom;
        }
        return {};
    }

    const char* m_p;
    const char* m_end;
    const ParserLimits& m_limits;
    int m_items = 0;
};

bool statusFromWord(QByteArrayView word, Response::Status* status)
{
    if (equalsCi(word, "OK"))
        *status = Response::Status::Ok;
    else if (equalsCi(word, "NO"))
        *status = Response::Status::No;
    else if (equalsCi(word, "BAD"))
        *status = Response::Status::Bad;
    else if (equalsCi(word, "PREAUTH"))
        *status = Response::Status::Preauth;
    else if (equalsCi(word, "BYE"))
        *status = Response::Status::Bye;
    else
        return false;
    return true;
}

/** @short resp-text (RFC 3501 §9): ["[" resp-text-code "]" SP] text. Lenient: a bad code is kept as text. */
void parseRespText(Tokenizer& tok, Response& response, const ParserLimits& limits)
{
    tok.skipSpaces();
    if (tok.peek() == '[') {
        const QByteArrayView all = tok.rest();
        const qsizetype close = all.indexOf(']');
        if (close > 0) {
            const QByteArrayView inside = all.sliced(1, close - 1);
            qsizetype nameEnd = 0;
            while (nameEnd < inside.size() && inside.at(nameEnd) != ' ')
                ++nameEnd;
            response.code = inside.first(nameEnd).toByteArray().toUpper();
            if (nameEnd < inside.size()) {
                Tokenizer args(inside.sliced(nameEnd + 1), limits);
                auto values = args.values('\0');
                if (values)
                    response.codeArgs = std::move(*values);
            }
            QByteArrayView text = all.sliced(close + 1);
            while (!text.isEmpty() && text.front() == ' ')
                text = text.sliced(1);
            response.text = text.toByteArray();
            return;
        }
        response.text = all.toByteArray();
        return;
    }
    response.text = tok.rest().toByteArray();
}

} // namespace

bool Value::isAtom(QByteArrayView name) const
{
    return type == Type::Atom && equalsCi(text, name);
}

QByteArray statusName(Response::Status status)
{
    switch (status) {
    case Response::Status::Ok: return QByteArrayLiteral("OK");
    case Response::Status::No: return QByteArrayLiteral("NO");
    case Response::Status::Bad: return QByteArrayLiteral("BAD");
    case Response::Status::Preauth: return QByteArrayLiteral("PREAUTH");
    case Response::Status::Bye: return QByteArrayLiteral("BYE");
    case Response::Status::None: break;
    }
    return {};
}

Result<Response> parseResponse(QByteArrayView bytes, const ParserLimits& limits)
{
    if (bytes.size() > limits.maxResponse)
        return protocolError(tr("response larger than %1 bytes").arg(limits.maxResponse));
    Response response;
    Tokenizer tok(bytes, limits);
    if (tok.atEnd())
        return protocolError(tr("empty response line"));

    if (tok.peek() == '+') {
        response.kind = Response::Kind::Continuation;
        tok.word();
        tok.skipSpaces();
        response.text = tok.rest().toByteArray();
        return response;
    }

    const QByteArrayView first = tok.word();
    if (first.isEmpty())
        return protocolError(tr("response does not start with a tag"));
    tok.skipSpaces();

    if (first != "*") {
        response.kind = Response::Kind::Tagged;
        response.tag = first.toByteArray();
        const QByteArrayView word = tok.word();
        if (!statusFromWord(word, &response.status) || response.status == Response::Status::Preauth
            || response.status == Response::Status::Bye)
            return protocolError(tr("tagged response without OK, NO or BAD"));
        parseRespText(tok, response, limits);
        return response;
    }

    response.kind = Response::Kind::Untagged;
    QByteArrayView word = tok.word();
    if (word.isEmpty())
        return protocolError(tr("untagged response without data"));
    bool numeric = word.size() <= 19;
    for (qsizetype i = 0; numeric && i < word.size(); ++i)
        numeric = isDigit(word.at(i));
    if (numeric) {
        response.number = word.toULongLong();
        tok.skipSpaces();
        word = tok.word();
        if (word.isEmpty())
            return protocolError(tr("untagged number without a name"));
    } else if (statusFromWord(word, &response.status)) {
        parseRespText(tok, response, limits);
        return response;
    }
    response.name = word.toByteArray().toUpper();
    auto values = tok.values('\0');
    if (!values)
        return tl::unexpected(values.error());
    response.values = std::move(*values);
    return response;
}

ResponseReader::ResponseReader(ParserLimits limits)
    : m_limits(limits)
{
}

void ResponseReader::feed(QByteArrayView bytes)
{
    if (m_failed)
        return;
    // compact once the consumed prefix dominates: amortised O(1) per byte
    if (m_start > 0 && m_start >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_start);
        m_scan -= m_start;
        m_lineStart -= m_start;
        m_literalEnd = m_literalEnd > 0 ? m_literalEnd - m_start : 0;
        m_start = 0;
    }
    m_buffer.append(bytes.data(), bytes.size());
}

void ResponseReader::clear()
{
    m_buffer.clear();
    m_start = m_scan = m_lineStart = m_literalEnd = 0;
    m_failed = false;
}

std::optional<Result<QByteArray>> ResponseReader::next()
{
    const auto fail = [this](const QString& message) -> std::optional<Result<QByteArray>> {
        m_failed = true;
        return Result<QByteArray>(protocolError(message));
    };
    if (m_failed)
        return fail(tr("the response stream is no longer usable after an earlier error"));

    for (int guard = 0; guard < 1000000; ++guard) {
        if (m_literalEnd > 0) {
            if (m_buffer.size() < m_literalEnd)
                return std::nullopt;
            m_lineStart = m_scan = m_literalEnd;
            m_literalEnd = 0;
        }
        const qsizetype newline = m_buffer.indexOf('\n', m_scan);
        if (newline < 0) {
            m_scan = m_buffer.size();
            if (m_scan - m_lineStart > m_limits.maxLine)
                return fail(tr("line longer than %1 bytes").arg(m_limits.maxLine));
            if (m_scan - m_start > m_limits.maxResponse)
                return fail(tr("response larger than %1 bytes").arg(m_limits.maxResponse));
            return std::nullopt;
        }
        qsizetype contentEnd = newline;
        if (contentEnd > m_lineStart && m_buffer.at(contentEnd - 1) == '\r')
            --contentEnd;
        if (contentEnd - m_lineStart > m_limits.maxLine)
            return fail(tr("line longer than %1 bytes").arg(m_limits.maxLine));
        if (contentEnd - m_start > m_limits.maxResponse)
            return fail(tr("response larger than %1 bytes").arg(m_limits.maxResponse));

        // does the segment end in a literal announcement {n} / {n+}?
        qsizetype p = contentEnd - 1;
        if (p > m_lineStart && m_buffer.at(p) == '}') {
            --p;
            if (p >= m_lineStart && m_buffer.at(p) == '+')
                --p;
            const qsizetype digitsEnd = p + 1;
            while (p >= m_lineStart && isDigit(m_buffer.at(p)))   // bounded by maxLine
                --p;
            const qsizetype digits = digitsEnd - (p + 1);
            if (digits > 0 && p >= m_lineStart && m_buffer.at(p) == '{') {
                if (digits > 19)
                    return fail(tr("literal size out of range"));
                const quint64 size = QByteArrayView(m_buffer).sliced(p + 1, digits).toULongLong();
                if (size > quint64(m_limits.maxLiteral))
                    return fail(tr("literal of %1 bytes exceeds the limit of %2 bytes").arg(size).arg(m_limits.maxLiteral));
                const qint64 end = newline + 1 + qint64(size);
                if (end - m_start > m_limits.maxResponse)
                    return fail(tr("response larger than %1 bytes").arg(m_limits.maxResponse));
                m_literalEnd = end;
                m_scan = newline + 1;
                continue;
            }
        }

        QByteArray response = m_buffer.mid(m_start, contentEnd - m_start);
        m_start = m_scan = m_lineStart = newline + 1;
        return Result<QByteArray>(std::move(response));
    }
    return fail(tr("too many literals in one response"));
}

} // namespace Deliverbench::Imap
