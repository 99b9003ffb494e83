// SPDX-License-Identifier: GPL-3.0-or-later
#include "dns/ZoneOverlay.h"

#include <QCoreApplication>

namespace Deliverbench::Dns {

namespace {

QByteArray indexKey(const QByteArray& normalizedName, RecordType type)
{
    return normalizedName + '|' + QByteArray::number(static_cast<quint16>(type));
}

struct Token
{
    enum class Kind { Word, Quoted, Eol, Eof };
    Kind kind = Kind::Eof;
    QByteArray text;        ///< Word: raw bytes (escapes kept); Quoted: decoded contents
    int line = 0;
    bool ownerOmitted = false; ///< first token of an entry and the entry started with a blank
};

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

/** Cursor over the zone text producing tokens of logical lines (parentheses join lines). */
class ZoneParser
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::Dns::ZoneParser)

public:
    ZoneParser(QByteArrayView text, ZoneOverlay& overlay) : m_text(text), m_overlay(overlay) { }

    void run(QByteArrayView origin);

private:
    Token next();
    void diag(int line, ZoneDiagnostic::Level level, const QString& message);
    void error(int line, const QString& message) { diag(line, ZoneDiagnostic::Level::Error, message); }
    void warning(int line, const QString& message) { diag(line, ZoneDiagnostic::Level::Warning, message); }
    bool resolveName(const Token& token, QByteArray* out);
    void entry(const QList<Token>& tokens);
    bool decodeWord(const QByteArray& raw, int line, QByteArray* out);

    QByteArrayView m_text;
    ZoneOverlay& m_overlay;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_parenLine = 0;        ///< line of the open '(' (0 = none)
    bool m_atLineStart = true;
    QByteArray m_origin;        ///< normalised, "" = none
    QByteArray m_lastOwner;
    quint32 m_defaultTtl = 300;
    bool m_haveLastTtl = false;
    quint32 m_lastTtl = 0;
    bool m_stop = false;
    bool m_discardEntry = false; ///< the pending record swallowed the rest of the file (unclosed '(')
};

void ZoneParser::diag(int line, ZoneDiagnostic::Level level, const QString& message)
{
    auto& list = m_overlay.m_diagnostics;
    if (list.size() < ZoneOverlay::kMaxDiagnostics) {
        list.append(ZoneDiagnostic{level, line, message});
    } else if (list.size() == ZoneOverlay::kMaxDiagnostics) {
        list.append(ZoneDiagnostic{ZoneDiagnostic::Level::Error, line, tr("too many problems; the rest of the file is ignored")});
        m_stop = true;
    }
}

Token ZoneParser::next()
{
    const qsizetype n = m_text.size();
    bool blankAtStart = false;
    for (;;) {
        if (m_pos >= n) {
            if (m_parenLine) {
                error(m_parenLine, tr("unbalanced parenthesis: '(' is never closed; the record is ignored"));
                m_parenLine = 0;
                m_discardEntry = true;
            }
            Token t;
            t.kind = m_atLineStart ? Token::Kind::Eof : Token::Kind::Eol;
            t.line = m_line;
            m_atLineStart = true;
            return t;
        }
        const char c = m_text.at(m_pos);
        if (c == '\n') {
            ++m_pos;
            const int line = m_line++;
            if (m_parenLine)
                continue; // inside ( ) a newline is a blank
            const bool hadTokens = !m_atLineStart;
            m_atLineStart = true;
            blankAtStart = false;
            if (hadTokens) {
                Token t;
                t.kind = Token::Kind::Eol;
                t.line = line;
                return t;
            }
            continue;
        }
        if (isBlank(c)) {
            if (m_atLineStart && !m_parenLine)
                blankAtStart = true;
            ++m_pos;
            continue;
        }
        if (c == ';') {
            while (m_pos < n && m_text.at(m_pos) != '\n')
                ++m_pos;
            continue;
        }
        if (c == '(') {
            if (m_parenLine)
                error(m_line, tr("nested parenthesis"));
            else
                m_parenLine = m_line;
            ++m_pos;
            continue;
        }
        if (c == ')') {
            if (!m_parenLine)
                error(m_line, tr("unbalanced parenthesis: ')' without '('"));
            m_parenLine = 0;
            ++m_pos;
            continue;
        }
        Token t;
        t.line = m_line;
        t.ownerOmitted = m_atLineStart && blankAtStart;
        m_atLineStart = false;
        if (c == '"') {
            t.kind = Token::Kind::Quoted;
            ++m_pos;
            bool closed = false;
            while (m_pos < n) {
                const char q = m_text.at(m_pos);
                if (q == '"') {
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (q == '\n')
                    break; // a quoted string never spans lines
                if (q == '\\' && m_pos + 1 < n) {
                    const char e = m_text.at(m_pos + 1);
                    if (isDigit(e)) {
                        if (m_pos + 3 < n && isDigit(m_text.at(m_pos + 2)) && isDigit(m_text.at(m_pos + 3))) {
                            const int v = (e - '0') * 100 + (m_text.at(m_pos + 2) - '0') * 10 + (m_text.at(m_pos + 3) - '0');
                            if (v > 255)
                                error(m_line, tr("escape \\%1 is not a byte value").arg(v));
                            t.text.append(char(v & 0xff));
                            m_pos += 4;
                        } else {
                            error(m_line, tr("a \\DDD escape needs three digits"));
                            t.text.append(e);
                            m_pos += 2;
                        }
                        continue;
                    }
                    if (e == '\n')
                        break;
                    t.text.append(e);
                    m_pos += 2;
                    continue;
                }
                t.text.append(q);
                ++m_pos;
            }
            if (!closed)
                error(t.line, tr("unterminated quoted string"));
            return t;
        }
        t.kind = Token::Kind::Word;
        const qsizetype start = m_pos;
        while (m_pos < n) {
            const char w = m_text.at(m_pos);
            if (w == '\\' && m_pos + 1 < n && m_text.at(m_pos + 1) != '\n') {
                m_pos += 2;
                continue;
            }
            if (w == '\n' || isBlank(w) || w == ';' || w == '(' || w == ')' || w == '"')
                break;
            ++m_pos;
        }
        t.text = m_text.sliced(start, m_pos - start).toByteArray();
        return t;
    }
}

bool ZoneParser::decodeWord(const QByteArray& raw, int line, QByteArray* out)
{
    out->clear();
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '\\' || i + 1 >= raw.size()) {
            out->append(c);
            continue;
        }
        if (isDigit(raw.at(i + 1))) {
            if (i + 3 >= raw.size() || !isDigit(raw.at(i + 2)) || !isDigit(raw.at(i + 3))) {
                error(line, tr("a \\DDD escape needs three digits"));
                return false;
            }
            const int v = (raw.at(i + 1) - '0') * 100 + (raw.at(i + 2) - '0') * 10 + (raw.at(i + 3) - '0');
            if (v > 255) {
                error(line, tr("escape \\%1 is not a byte value").arg(v));
                return false;
            }
            out->append(char(v));
            i += 3;
        } else {
            out->append(raw.at(++i));
        }
    }
    return true;
}

namespace {

// TTL: decimal seconds or BIND units (1w2d3h4m5s), at most 2^31-1 (RFC 2181 §8)
bool parseTtl(QByteArrayView s, quint32* out)
{
    if (s.isEmpty() || !isDigit(s.at(0)) || s.size() > 32)
        return false;
    quint64 total = 0, value = 0;
    bool haveDigits = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (isDigit(c)) {
            value = value * 10 + quint64(c - '0');
            haveDigits = true;
            if (value > 0x7fffffffULL)
                return false;
            continue;
        }
        if (!haveDigits)
            return false;
        quint64 mul = 0;
        switch (c | 0x20) {
        case 's': mul = 1; break;
        case 'm': mul = 60; break;
        case 'h': mul = 3600; break;
        case 'd': mul = 86400; break;
        case 'w': mul = 604800; break;
        default: return false;
        }
        total += value * mul;
        value = 0;
        haveDigits = false;
        if (total > 0x7fffffffULL)
            return false;
    }
    total += value;
    if (total > 0x7fffffffULL)
        return false;
    *out = quint32(total);
    return true;
}

bool isClass(QByteArrayView s)
{
    return s.compare("IN", Qt::CaseInsensitive) == 0 || s.compare("CH", Qt::CaseInsensitive) == 0
        || s.compare("HS", Qt::CaseInsensitive) == 0 || s.compare("CS", Qt::CaseInsensitive) == 0
        || s.compare("ANY", Qt::CaseInsensitive) == 0 || s.compare("NONE", Qt::CaseInsensitive) == 0;
}

bool parseIpv4(QByteArrayView s, QHostAddress* out)
{
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        int digits = 0;
        quint32 part = 0;
        while (i < s.size() && isDigit(s.at(i)) && digits < 4) {
            part = part * 10 + quint32(s.at(i) - '0');
            ++digits;
            ++i;
        }
        if (digits == 0 || digits > 3 || part > 255)
            return false;
        value = (value << 8) | part;
        if (++parts < 4) {
            if (i >= s.size() || s.at(i) != '.')
                return false;
            ++i;
        }
    }
    if (i != s.size())
        return false;
    out->setAddress(value);
    return true;
}

bool parseU16(QByteArrayView s, quint16* out)
{
    if (s.isEmpty() || s.size() > 5)
        return false;
    quint32 v = 0;
    for (const char c : s) {
        if (!isDigit(c))
            return false;
        v = v * 10 + quint32(c - '0');
    }
    if (v > 65535)
        return false;
    *out = quint16(v);
    return true;
}

bool isSupported(RecordType type)
{
    switch (type) {
    case RecordType::A:
    case RecordType::AAAA:
    case RecordType::MX:
    case RecordType::TXT:
    case RecordType::CNAME:
    case RecordType::PTR:
    case RecordType::NS: return true;
    case RecordType::SOA:
    case RecordType::TLSA: break;
    }
    return false;
}

} // namespace

bool ZoneParser::resolveName(const Token& token, QByteArray* out)
{
    if (token.kind != Token::Kind::Word) {
        error(token.line, tr("a domain name cannot be a quoted string"));
        return false;
    }
    const QByteArray& raw = token.text;
    QByteArray name;
    if (raw == "@") {
        if (m_origin.isEmpty()) {
            error(token.line, tr("'@' used but no $ORIGIN is set"));
            return false;
        }
        name = m_origin;
    } else if (raw == ".") {
        name = QByteArrayLiteral(".");
    } else if (raw.endsWith('.') && !raw.endsWith("\\.")) {
        name = raw;
    } else {
        if (m_origin.isEmpty()) {
            error(token.line, tr("relative name '%1' but no $ORIGIN is set").arg(QString::fromLatin1(raw.left(300))));
            return false;
        }
        name = m_origin == "." ? raw : raw + '.' + m_origin;
    }
    name = normalizeName(name);
    if (name != "." && !isValidQueryName(name)) {
        error(token.line, tr("invalid domain name '%1' (empty label, label over 63 or name over 253 characters)")
                              .arg(QString::fromLatin1(name.left(300))));
        return false;
    }
    *out = name;
    return true;
}

void ZoneParser::entry(const QList<Token>& tokens)
{
    const int line = tokens.first().line;
    const Token& first = tokens.first();
    if (first.kind == Token::Kind::Word && !first.ownerOmitted && first.text.startsWith('$')) {
        const QByteArray directive = first.text.toUpper();
        if (directive == "$ORIGIN") {
            if (tokens.size() != 2) {
                error(line, tr("$ORIGIN takes one domain name"));
                return;
            }
            QByteArray origin;
            if (tokens.at(1).text.endsWith('.')) {
                origin = normalizeName(tokens.at(1).text);
                if (origin != "." && !isValidQueryName(origin)) {
                    error(line, tr("invalid $ORIGIN"));
                    return;
                }
            } else if (!resolveName(tokens.at(1), &origin)) {
                return;
            }
            m_origin = origin;
        } else if (directive == "$TTL") {
            quint32 ttl = 0;
            if (tokens.size() != 2 || !parseTtl(tokens.at(1).text, &ttl)) {
                error(line, tr("$TTL takes one TTL value"));
                return;
            }
            m_defaultTtl = ttl;
            m_haveLastTtl = false;
        } else if (directive == "$INCLUDE" || directive == "$GENERATE") {
            error(line, tr("%1 is not supported in an overlay").arg(QString::fromLatin1(directive)));
        } else {
            error(line, tr("unknown directive %1").arg(QString::fromLatin1(directive.left(40))));
        }
        return;
    }

    qsizetype i = 0;
    QByteArray owner;
    if (first.ownerOmitted) {
        if (m_lastOwner.isEmpty()) {
            error(line, tr("the record has no owner name and there is no previous one"));
            return;
        }
        owner = m_lastOwner;
    } else {
        if (!resolveName(first, &owner))
            return;
        m_lastOwner = owner;
        i = 1;
    }

    // [TTL] [class] type, TTL and class in either order (RFC 1035 §5.1)
    bool haveTtl = false, haveClass = false;
    quint32 ttl = 0;
    for (int k = 0; k < 2 && i < tokens.size() && tokens.at(i).kind == Token::Kind::Word; ++k) {
        const QByteArray& t = tokens.at(i).text;
        if (!haveTtl && !t.isEmpty() && isDigit(t.at(0))) {
            if (!parseTtl(t, &ttl)) {
                error(line, tr("invalid TTL '%1'").arg(QString::fromLatin1(t.left(40))));
                return;
            }
            haveTtl = true;
            ++i;
        } else if (!haveClass && isClass(t)) {
            if (t.compare("IN", Qt::CaseInsensitive) != 0) {
                error(line, tr("class %1 is not supported (only IN)").arg(QString::fromLatin1(t)));
                return;
            }
            haveClass = true;
            ++i;
        } else {
            break;
        }
    }
    if (i >= tokens.size() || tokens.at(i).kind != Token::Kind::Word) {
        error(line, tr("record type missing"));
        return;
    }
    const QByteArray typeText = tokens.at(i).text;
    ++i;
    RecordType type;
    if (!typeFromName(typeText, &type) || !isSupported(type)) {
        warning(line, tr("record type %1 is not supported in an overlay; record ignored")
                          .arg(QString::fromLatin1(typeText.left(40))));
        return;
    }
    if (haveTtl) {
        m_lastTtl = ttl;
        m_haveLastTtl = true;
    } else {
        ttl = m_haveLastTtl ? m_lastTtl : m_defaultTtl;
    }

    Record rec;
    rec.type = type;
    rec.name = owner;
    rec.ttl = ttl;
    const qsizetype rdata = tokens.size() - i;
    auto needExactly = [&](qsizetype count) {
        if (rdata == count)
            return true;
        error(line, rdata < count ? tr("%1 record: RDATA incomplete").arg(QString::fromLatin1(typeName(type)))
                                  : tr("%1 record: unexpected data after the RDATA").arg(QString::fromLatin1(typeName(type))));
        return false;
    };
    switch (type) {
    case RecordType::A:
        if (!needExactly(1))
            return;
        if (tokens.at(i).kind != Token::Kind::Word || !parseIpv4(tokens.at(i).text, &rec.address)) {
            error(line, tr("A record: '%1' is not an IPv4 address").arg(QString::fromLatin1(tokens.at(i).text.left(60))));
            return;
        }
        break;
    case RecordType::AAAA: {
        if (!needExactly(1))
            return;
        const QByteArray& t = tokens.at(i).text;
        if (tokens.at(i).kind != Token::Kind::Word || t.size() > 45 || !t.contains(':')
            || !rec.address.setAddress(QString::fromLatin1(t)) || rec.address.protocol() != QAbstractSocket::IPv6Protocol
            || !rec.address.scopeId().isEmpty()) {
            error(line, tr("AAAA record: '%1' is not an IPv6 address").arg(QString::fromLatin1(t.left(60))));
            return;
        }
        break;
    }
    case RecordType::MX:
        if (!needExactly(2))
            return;
        if (!parseU16(tokens.at(i).text, &rec.preference)) {
            error(line, tr("MX record: preference must be 0..65535"));
            return;
        }
        if (!resolveName(tokens.at(i + 1), &rec.target))
            return;
        break;
    case RecordType::CNAME:
    case RecordType::PTR:
    case RecordType::NS:
        if (!needExactly(1) || !resolveName(tokens.at(i), &rec.target))
            return;
        break;
    case RecordType::TXT:
        if (rdata < 1) {
            error(line, tr("TXT record: no character-string"));
            return;
        }
        for (qsizetype k = i; k < tokens.size(); ++k) {
            QByteArray s;
            if (tokens.at(k).kind == Token::Kind::Quoted)
                s = tokens.at(k).text;
            else if (!decodeWord(tokens.at(k).text, line, &s))
                return;
            if (s.size() > ZoneOverlay::kMaxCharacterString) {
                error(line, tr("TXT record: a character-string is %1 bytes, the limit is 255; split it into "
                               "several quoted strings (they are joined without a separator)")
                                .arg(s.size()));
                return;
            }
            rec.strings.append(s);
            rec.text.append(s);
        }
        break;
    case RecordType::SOA:
    case RecordType::TLSA: return;
    }
    if (m_overlay.m_records.size() >= ZoneOverlay::kMaxRecords) {
        error(line, tr("more than %1 records; the rest of the file is ignored").arg(ZoneOverlay::kMaxRecords));
        m_stop = true;
        return;
    }
    m_overlay.addRecord(std::move(rec));
}

void ZoneParser::run(QByteArrayView origin)
{
    if (!origin.isEmpty()) {
        m_origin = normalizeName(origin);
        if (m_origin != "." && !isValidQueryName(m_origin)) {
            error(0, tr("invalid origin"));
            m_origin.clear();
        }
    }
    if (m_text.size() > ZoneOverlay::kMaxInputBytes) {
        error(0, tr("the zone text is larger than %1 bytes").arg(ZoneOverlay::kMaxInputBytes));
        return;
    }
    QList<Token> tokens;
    bool overflow = false;
    while (!m_stop) {
        Token t = next();
        if (t.kind == Token::Kind::Eof)
            break;
        if (t.kind == Token::Kind::Eol) {
            if (overflow)
                error(t.line, tr("record with more than %1 fields ignored").arg(ZoneOverlay::kMaxTokensPerRecord));
            else if (!tokens.isEmpty() && !m_discardEntry)
                entry(tokens);
            tokens.clear();
            overflow = false;
            continue;
        }
        if (tokens.size() >= ZoneOverlay::kMaxTokensPerRecord)
            overflow = true;
        else
            tokens.append(std::move(t));
    }
}

ZoneOverlay ZoneOverlay::parse(QByteArrayView text, QByteArrayView origin)
{
    ZoneOverlay overlay;
    ZoneParser parser(text, overlay);
    parser.run(origin);
    return overlay;
}

bool ZoneOverlay::contains(QByteArrayView name, RecordType type) const
{
    return m_index.contains(indexKey(normalizeName(name), type));
}

QList<Record> ZoneOverlay::lookup(QByteArrayView name, RecordType type) const
{
    QList<Record> out;
    const auto it = m_index.constFind(indexKey(normalizeName(name), type));
    if (it == m_index.cend())
        return out;
    for (const qsizetype i : it.value())
        out.append(m_records.at(i));
    return out;
}

void ZoneOverlay::addRecord(Record record)
{
    record.name = normalizeName(record.name);
    m_index[indexKey(record.name, record.type)].append(m_records.size());
    m_records.append(std::move(record));
}

bool ZoneOverlay::hasErrors() const
{
    for (const ZoneDiagnostic& d : m_diagnostics) {
        if (d.level == ZoneDiagnostic::Level::Error)
            return true;
    }
    return false;
}

} // namespace Deliverbench::Dns
