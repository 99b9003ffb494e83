// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Address.h"

#include "message/HeaderTokens_p.h"
#include "message/Rfc2047.h"

namespace Deliverbench::Mail {

namespace {

using namespace Tokens;

/** One word of a phrase / local part: atom, quoted string or a lone '.' (obs-phrase, obs-local-part). */
struct Word
{
    QByteArray text;
    bool quoted = false;
    bool dot = false;
    bool cfwsBefore = false;   ///< whitespace or a comment separated it from the previous word
};

bool isDotAtomText(QStringView s)
{
    if (s.isEmpty() || s.front() == u'.' || s.back() == u'.')
        return false;
    QChar prev;
    for (QChar ch : s) {
        if (ch == u'.') {
            if (prev == u'.')
                return false;
        } else if (ch.unicode() < 0x80) {
            if (!isAtext(char(ch.unicode()), false))
                return false;
        }
        prev = ch;
    }
    return true;
}

QString fromWire(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes); // RFC 6532: UTF-8; legacy 8-bit rarely appears in addr-specs
}

QByteArray joinPhrase(const QList<Word>& words, qsizetype from, qsizetype to)
{
    QByteArray raw;
    for (qsizetype i = from; i < to; ++i) {
        const Word& w = words[i];
        if (!raw.isEmpty() && w.cfwsBefore)
            raw.append(' ');
        raw.append(w.text);
    }
    return raw;
}

QString decodePhrase(const QByteArray& raw)
{
    return decodeHeaderText(raw).trimmed();
}

/** Reads words (atoms, quoted strings, dots) with CFWS between them; stops at any other special. */
void readWords(const char*& p, const char* end, QList<Word>& words, QList<QByteArray>& comments, bool* obsolete)
{
    bool first = true;
    while (p < end) {
        const char* before = p;
        skipCfws(p, end, &comments);
        const bool cfws = p != before;
        if (p >= end)
            break;
        Word w;
        w.cfwsBefore = cfws && !first;
        if (*p == '"') {
            w.quoted = true;
            readQuotedString(p, end, w.text);
        } else if (*p == '.') {
            w.dot = true;
            w.text = ".";
            ++p;
        } else if (!readAtom(p, end, w.text)) {
            break;
        }
        words.append(w);
        first = false;
    }
    Q_UNUSED(obsolete);
}

/** Local part from words: dot-separated atoms / quoted strings. Sets obsolete on CFWS inside it. */
QByteArray localPartFromWords(const QList<Word>& words, qsizetype from, bool* obsolete)
{
    QByteArray local;
    bool prevWord = false;
    for (qsizetype i = from; i < words.size(); ++i) {
        const Word& w = words[i];
        if (i > from && w.cfwsBefore)
            *obsolete = true; // obs-local-part: CFWS around the dots
        if (w.quoted && (i > from || i + 1 < words.size()))
            *obsolete = true; // obs-local-part: quoted strings mixed with atoms
        if (!w.dot && prevWord)
            *obsolete = true;
        local.append(w.text);
        prevWord = !w.dot;
    }
    return local;
}

/** Domain after '@': dot-atom, obs-domain (CFWS around dots) or domain literal. */
bool parseDomain(const char*& p, const char* end, QByteArray& domain, bool& literal, bool* obsolete,
                 QList<QByteArray>& comments)
{
    skipCfws(p, end, &comments);
    if (p >= end)
        return false;
    if (*p == '[') {
        literal = true;
        return readDomainLiteral(p, end, domain);
    }
    literal = false;
    bool expectAtom = true;
    while (p < end) {
        if (expectAtom) {
            if (!readAtom(p, end, domain))
                break;
            expectAtom = false;
        }
        const char* beforeCfws = p;
        QList<QByteArray> inner;
        skipCfws(p, end, &inner);
        if (p < end && *p == '.') {
            comments += inner;
            if (p != beforeCfws)
                *obsolete = true;
            domain.append('.');
            ++p;
            const char* afterDot = p;
            skipCfws(p, end, &comments);
            if (p != afterDot)
                *obsolete = true;
            expectAtom = true;
            continue;
        }
        p = beforeCfws; // trailing CFWS belongs to the caller (a comment there may name the mailbox)
        break;
    }
    return !domain.isEmpty() && !domain.endsWith('.');
}

struct Parser
{
    AddressListResult& r;

    void error(const QString& text) { r.errors.append(text); }

    void addMailbox(const QByteArray& local, const QByteArray& domain, bool literal, const QString& display,
                    const QString& group)
    {
        Mailbox m;
        m.localPart = fromWire(local);
        m.domain = fromWire(domain);
        m.domainLiteral = literal;
        m.displayName = display;
        m.group = group;
        r.mailboxes.append(m);
    }

    /** p at '<'. Parses [obs-route] addr-spec '>'. */
    void parseAngleAddr(const char*& p, const char* end, const QString& display, const QString& group)
    {
        ++p;
        QList<QByteArray> comments;
        skipCfws(p, end, &comments);
        if (p < end && *p == '@') {
            // obs-route (RFC 5322 §4.4): "@a,@b:" before the addr-spec; ignored.
            r.usedObsoleteSyntax = true;
            while (p < end && *p != ':' && *p != '>')
                ++p;
            if (p < end && *p == ':')
                ++p;
        }
        skipCfws(p, end, &comments);
        if (p < end && *p == '>') {
            ++p;
            error(QStringLiteral("empty angle address <>"));
            return;
        }
        QList<Word> words;
        readWords(p, end, words, comments, nullptr);
        bool obsolete = false;
        QByteArray local = localPartFromWords(words, 0, &obsolete);
        QByteArray domain;
        bool literal = false;
        bool ok = false;
        if (p < end && *p == '@') {
            ++p;
            ok = parseDomain(p, end, domain, literal, &obsolete, comments);
        }
        skipCfws(p, end, &comments);
        if (obsolete)
            r.usedObsoleteSyntax = true;
        if (p < end && *p == '>') {
            ++p;
        } else {
            error(QStringLiteral("missing '>' after address"));
            // resynchronise at the next '>' or ','
            while (p < end && *p != '>' && *p != ',')
                ++p;
            if (p < end && *p == '>')
                ++p;
        }
        if (local.isEmpty() || !ok) {
            error(QStringLiteral("address without local part or domain: <%1>")
                      .arg(fromWire(local) + (domain.isEmpty() ? QString() : u'@' + fromWire(domain))));
            return;
        }
        addMailbox(local, domain, literal, display, group);
    }

    /** One address (mailbox or group). inGroup: the group name, when parsing group members. */
    void parseAddress(const char*& p, const char* end, const QString* inGroup)
    {
        QList<Word> words;
        QList<QByteArray> comments;
        readWords(p, end, words, comments, nullptr);
        const QString group = inGroup ? *inGroup : QString();
        if (p < end && *p == '<') {
            bool dotInPhrase = false;
            for (const Word& w : words)
                dotInPhrase |= w.dot;
            if (dotInPhrase)
                r.usedObsoleteSyntax = true; // obs-phrase: "Joe Q. Public"
            parseAngleAddr(p, end, decodePhrase(joinPhrase(words, 0, words.size())), group);
            return;
        }
        if (p < end && *p == ':') {
            ++p;
            if (inGroup) {
                error(QStringLiteral("nested group"));
                return;
            }
            const QString name = decodePhrase(joinPhrase(words, 0, words.size()));
            while (p < end) {
                skipCfws(p, end);
                if (p >= end)
                    break;
                if (*p == ';') {
                    ++p;
                    return;
                }
                if (*p == ',') {
                    ++p;
                    continue;
                }
                const char* before = p;
                parseAddress(p, end, &name);
                if (p == before) {
                    error(QStringLiteral("unexpected character '%1'").arg(QLatin1Char(*p)));
                    ++p;
                }
            }
            error(QStringLiteral("group \"%1\" not terminated by ';'").arg(name));
            return;
        }
        if (p < end && *p == '@' && !words.isEmpty()) {
            // addr-spec; words before a CFWS gap between two non-dot words are a stray display name.
            qsizetype split = 0;
            for (qsizetype i = 1; i < words.size(); ++i) {
                if (words[i].cfwsBefore && !words[i].dot && !words[i - 1].dot)
                    split = i;
            }
            QString display;
            if (split > 0) {
                error(QStringLiteral("display name without angle brackets"));
                display = decodePhrase(joinPhrase(words, 0, split));
            }
            bool obsolete = false;
            const QByteArray local = localPartFromWords(words, split, &obsolete);
            ++p;
            QByteArray domain;
            bool literal = false;
            const bool ok = parseDomain(p, end, domain, literal, &obsolete, comments);
            QList<QByteArray> trailing;
            skipCfws(p, end, &trailing);
            if (obsolete)
                r.usedObsoleteSyntax = true;
            if (!ok) {
                error(QStringLiteral("bad domain in %1@").arg(fromWire(local)));
                return;
            }
            if (display.isEmpty()) {
                // "addr (Display Name)": the comment after the address names it (common old form).
                for (const QByteArray& c : std::as_const(trailing)) {
                    const QString d = decodePhrase(c);
                    if (!d.isEmpty()) {
                        display = d;
                        break;
                    }
                }
            }
            addMailbox(local, domain, literal, display, group);
            return;
        }
        if (!words.isEmpty()) {
            error(QStringLiteral("mailbox without domain: %1").arg(decodePhrase(joinPhrase(words, 0, words.size()))));
        }
    }
};

} // namespace

QString Mailbox::address() const
{
    QString local = localPart;
    if (!isDotAtomText(local)) {
        QString q;
        q.reserve(local.size() + 2);
        q += u'"';
        for (QChar ch : std::as_const(local)) {
            if (ch == u'"' || ch == u'\\')
                q += u'\\';
            q += ch;
        }
        q += u'"';
        local = q;
    }
    if (domainLiteral)
        return local + QStringLiteral("@[") + domain + u']';
    return local + u'@' + domain;
}

AddressListResult parseAddressList(QByteArrayView value)
{
    AddressListResult r;
    Parser parser{r};
    const char* p = value.data();
    const char* end = p + value.size();
    bool expectSeparator = false; // a mailbox was just read; anything but ',' means a missing comma
    bool lastWasComma = true;
    while (p < end) {
        skipCfws(p, end);
        if (p >= end)
            break;
        if (*p == ',') {
            if (lastWasComma)
                r.usedObsoleteSyntax = true; // obs-addr-list: empty element
            lastWasComma = true;
            expectSeparator = false;
            ++p;
            continue;
        }
        if (expectSeparator) {
            r.usedObsoleteSyntax = true;
            r.errors.append(QStringLiteral("missing ',' between addresses"));
        }
        const char* before = p;
        parser.parseAddress(p, end, nullptr);
        if (p == before) {
            r.errors.append(QStringLiteral("unexpected character '%1'").arg(QLatin1Char(*p)));
            ++p;
            continue;
        }
        lastWasComma = false;
        expectSeparator = true;
    }
    return r;
}

MessageIdResult parseMessageIds(QByteArrayView value)
{
    MessageIdResult r;
    const char* p = value.data();
    const char* end = p + value.size();
    auto strictId = [](QByteArrayView id) {
        const qsizetype at = id.lastIndexOf('@');
        if (at <= 0 || at == id.size() - 1)
            return false;
        auto dotAtom = [](QByteArrayView s) {
            if (s.isEmpty() || s.front() == '.' || s.back() == '.' || s.contains(".."))
                return false;
            for (char c : s) {
                if (c != '.' && !isAtext(c, true))
                    return false;
            }
            return true;
        };
        const QByteArrayView left = id.first(at);
        const QByteArrayView right = id.sliced(at + 1);
        if (!dotAtom(left))
            return false;
        if (right.front() == '[') { // no-fold-literal
            if (right.back() != ']' || right.size() < 2)
                return false;
            for (char c : right.sliced(1, right.size() - 2)) {
                if (c == '[' || c == ']' || c == '\\' || isWsp(c))
                    return false;
            }
            return true;
        }
        return dotAtom(right);
    };
    while (p < end) {
        skipCfws(p, end);
        if (p >= end)
            break;
        if (*p == '<') {
            const char* s = ++p;
            while (p < end && *p != '>')
                ++p;
            QByteArray id;
            bool hadSpace = false;
            for (const char* q = s; q < p; ++q) {
                if (isWsp(*q))
                    hadSpace = true;
                else
                    id.append(*q);
            }
            if (p < end)
                ++p;
            else
                r.valid = false; // unterminated
            if (hadSpace || !strictId(id))
                r.valid = false;
            if (!id.isEmpty())
                r.ids.append(id);
            continue;
        }
        // obs-in-reply-to / obs-references allow phrases; a bare id without brackets is also seen.
        r.valid = false;
        const char* s = p;
        if (*p == '"') {
            QByteArray ignored;
            readQuotedString(p, end, ignored);
            continue;
        }
        while (p < end && !isWsp(*p) && *p != '<' && *p != '(' && *p != ',')
            ++p;
        if (p == s) {
            ++p; // stray special such as ','
            continue;
        }
        const QByteArrayView word(s, p - s);
        if (word.contains('@'))
            r.ids.append(word.toByteArray());
    }
    if (r.ids.isEmpty())
        r.valid = false;
    return r;
}

} // namespace Deliverbench::Mail
