// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/Received.h"

#include "message/DateTime.h"
#include "message/HeaderTokens_p.h"

#include <QHostAddress>

namespace Deliverbench::Mail {

namespace {

using namespace Tokens;

struct Item
{
    bool comment = false;
    QByteArray text;
};

/** Index of the last ';' outside comments and quoted strings, or -1. */
qsizetype lastSemicolon(QByteArrayView v)
{
    qsizetype last = -1;
    qint64 depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (quoted) {
            if (c == '"')
                quoted = false;
            continue;
        }
        if (c == '(')
            ++depth;
        else if (c == ')' && depth > 0)
            --depth;
        else if (c == '"' && depth == 0)
            quoted = true;
        else if (c == ';' && depth == 0)
            last = i;
    }
    return last;
}

QList<Item> tokenize(QByteArrayView v)
{
    QList<Item> items;
    const char* p = v.data();
    const char* end = p + v.size();
    while (p < end) {
        skipWsp(p, end);
        if (p >= end)
            break;
        Item it;
        if (*p == '(') {
            it.comment = true;
            readComment(p, end, &it.text);
        } else {
            const char* s = p;
            while (p < end && !isWsp(*p) && *p != '(')
                ++p;
            it.text = QByteArray(s, p - s);
        }
        items.append(it);
    }
    return items;
}

QByteArray stripAngle(QByteArray v)
{
    if (v.startsWith('<'))
        v.remove(0, 1);
    if (v.endsWith('>'))
        v.chop(1);
    return v;
}

/** "1.2.3.4", "[1.2.3.4]", "[IPv6:2001:db8::1]", "[1.2.3.4]:25" → the address, or empty. */
QByteArray ipFrom(QByteArrayView word)
{
    QByteArrayView w = word;
    if (w.startsWith('[')) {
        const qsizetype close = w.indexOf(']');
        if (close < 0)
            return {};
        w = w.sliced(1, close - 1);
    }
    if (w.size() > 5 && equalsCi(w.first(5), "IPv6:"))
        w = w.sliced(5);
    if (w.isEmpty() || w.size() > 64)
        return {};
    QHostAddress addr;
    if (!addr.setAddress(QString::fromLatin1(w)))
        return {};
    return w.toByteArray();
}

bool looksTls(QByteArrayView comment)
{
    return comment.contains("cipher") || comment.contains("using TLS") || comment.contains("using SSL")
        || comment.contains("version=");
}

/** TCP-info comment (RFC 5321 §4.4 "TCP-info"): "rdns [ip]", "[ip] helo=x", "HELO x", "ip". */
void parseTcpInfo(QByteArrayView comment, ReceivedField& f)
{
    if (looksTls(comment))
        return;
    QByteArray host;
    QByteArray ip;
    const QList<QByteArray> words = comment.toByteArray().simplified().split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray& w = words[i];
        if (w.isEmpty())
            continue;
        if (equalsCi(w, "helo") || equalsCi(w, "ehlo")) {
            ++i; // qmail "(HELO name)"
            continue;
        }
        if (w.contains('=')) // Exim "helo=name", "port=25"
            continue;
        const QByteArray addr = ipFrom(w);
        if (!addr.isEmpty()) {
            if (ip.isEmpty())
                ip = addr;
            continue;
        }
        if (ip.isEmpty() && host.isEmpty() && (w.contains('.') || equalsCi(w, "localhost"))) {
            host = w;
            while (host.endsWith('.'))
                host.chop(1);
        }
    }
    if (ip.isEmpty())
        return; // not a TCP-info comment
    if (f.fromIp.isEmpty())
        f.fromIp = ip;
    if (f.fromHost.isEmpty() && !host.isEmpty() && !equalsCi(host, "unknown"))
        f.fromHost = host;
}

struct Tls
{
    QByteArray version;
    QByteArray cipher;
    bool bare = false;
};

void tlsFromComment(QByteArrayView comment, Tls& t)
{
    const QByteArray simple = comment.toByteArray().simplified();
    const QList<QByteArray> words = simple.split(' ');
    // Postfix: "using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits) ..."
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words[i] == "using" && (words[i + 1].startsWith("TLS") || words[i + 1].startsWith("SSL"))) {
            t.version = words[i + 1];
            for (qsizetype k = i + 2; k + 1 < words.size(); ++k) {
                if (words[k] == "cipher") {
                    t.cipher = words[k + 1];
                    break;
                }
            }
            return;
        }
    }
    // Sendmail / Gmail / Microsoft: "version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256"
    if (simple.contains("version=") || simple.contains("cipher=")) {
        for (QByteArray w : words) {
            while (w.endsWith(',') || w.endsWith(';'))
                w.chop(1);
            if (w.startsWith("version="))
                t.version = w.mid(8);
            else if (w.startsWith("cipher="))
                t.cipher = w.mid(7);
        }
        return;
    }
    // Exim: "(TLS1.3)" or older "(TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256)"; Microsoft "(TLS)"
    if (words.size() == 1 && (simple.startsWith("TLS") || simple.startsWith("SSL"))) {
        const QList<QByteArray> parts = simple.split(':');
        if (parts.size() >= 2) {
            t.version = parts[0];
            t.cipher = parts[1];
        } else if (simple == "TLS" || simple == "SSL") {
            t.bare = true;
        } else {
            t.version = simple;
        }
    }
}

bool protocolUsesTls(QByteArrayView with)
{
    // RFC 3848 / RFC 6531 protocol types: [UTF8](E)SMTP|LMTP + S (TLS) / SA (TLS + auth); HTTPS.
    QByteArray w = lower(with);
    const qsizetype space = w.indexOf(' ');
    if (space >= 0)
        w.truncate(space);
    if (w == "https")
        return true;
    if (w.startsWith("utf8"))
        w.remove(0, 4);
    if (w.startsWith("esmtp") || w.startsWith("lmtp") || w.startsWith("smtp")) {
        const QByteArray rest = w.mid(w.indexOf("tp") + 2);
        return rest == "s" || rest == "sa";
    }
    return false;
}

enum class Kw { None, From, By, Via, With, Id, For };

Kw keyword(QByteArrayView w)
{
    if (equalsCi(w, "from"))
        return Kw::From;
    if (equalsCi(w, "by"))
        return Kw::By;
    if (equalsCi(w, "via"))
        return Kw::Via;
    if (equalsCi(w, "with"))
        return Kw::With;
    if (equalsCi(w, "id"))
        return Kw::Id;
    if (equalsCi(w, "for"))
        return Kw::For;
    return Kw::None;
}

} // namespace

ReceivedField parseReceivedValue(QByteArrayView value)
{
    ReceivedField f;
    const qsizetype semi = lastSemicolon(value);
    QByteArrayView clauses = value;
    if (semi >= 0) {
        clauses = value.first(semi);
        const DateParseResult d = parseDate(value.sliced(semi + 1));
        f.date = d.dateTime;
    }
    const QList<Item> items = tokenize(clauses);
    Kw current = Kw::None;
    bool commentSinceKeyword = false;
    Tls tls;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& it = items[i];
        if (it.comment) {
            commentSinceKeyword = true;
            if (current == Kw::From)
                parseTcpInfo(it.text, f);
            tlsFromComment(it.text, tls);
            continue;
        }
        const Kw kw = keyword(it.text);
        if (kw != Kw::None && i + 1 < items.size() && !items[i + 1].comment) {
            const QByteArray& v = items[i + 1].text;
            QByteArray* slot = nullptr;
            switch (kw) {
            case Kw::From: slot = &f.from; break;
            case Kw::By: slot = &f.by; break;
            case Kw::Via: slot = &f.via; break;
            case Kw::With: slot = &f.with; break;
            case Kw::Id: slot = &f.id; break;
            case Kw::For: slot = &f.for_; break;
            case Kw::None: break;
            }
            current = kw;
            commentSinceKeyword = false;
            if (slot && slot->isEmpty()) {
                *slot = (kw == Kw::For || kw == Kw::Id) ? stripAngle(v) : v;
            } else {
                current = Kw::None; // a repeated clause: ignore its extras
            }
            ++i;
            continue;
        }
        // A word that is not a clause keyword.
        if (equalsCi(it.text, "tls") && i + 1 < items.size() && !items[i + 1].comment) {
            tls.cipher = items[i + 1].text; // Exim: "with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384"
            ++i;
            continue;
        }
        if (!commentSinceKeyword && (current == Kw::With || current == Kw::Via)) {
            // Microsoft: "with Microsoft SMTP Server", "via Frontend Transport"
            QByteArray& slot = current == Kw::With ? f.with : f.via;
            slot += ' ' + it.text;
        }
    }
    if (f.fromIp.isEmpty() && f.from.startsWith('['))
        f.fromIp = ipFrom(f.from);
    if (!tls.version.isEmpty() || !tls.cipher.isEmpty()) {
        QByteArray t;
        if (!tls.version.isEmpty())
            t += "version=" + tls.version;
        if (!tls.cipher.isEmpty())
            t += (t.isEmpty() ? "" : " ") + QByteArray("cipher=") + tls.cipher;
        f.tls = t;
    } else if (tls.bare) {
        f.tls = "TLS";
    }
    f.usedTls = !f.tls.isEmpty() || protocolUsesTls(f.with);
    return f;
}

ReceivedField parseReceived(const HeaderField& field)
{
    ReceivedField f = parseReceivedValue(unfold(field.rawValue));
    f.offset = field.offset;
    return f;
}

QList<ReceivedHop> receivedTimeline(const HeaderBlock& headers)
{
    QList<ReceivedHop> hops;
    for (const HeaderField& field : headers.fields) {
        if (equalsCi(field.name, "Received"))
            hops.prepend(ReceivedHop{parseReceived(field), std::nullopt, false});
    }
    // Hops are now oldest first. Delay = this hop's time minus the nearest older dated hop's.
    const QDateTime* previous = nullptr;
    for (ReceivedHop& hop : hops) {
        if (!hop.field.date.isValid())
            continue;
        if (previous) {
            const qint64 delay = previous->secsTo(hop.field.date);
            hop.delaySeconds = delay;
            hop.clockSkew = delay < 0;
        }
        previous = &hop.field.date;
    }
    return hops;
}

} // namespace Deliverbench::Mail
