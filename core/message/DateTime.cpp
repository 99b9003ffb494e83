// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/DateTime.h"

#include "message/HeaderTokens_p.h"

#include <QList>

namespace Deliverbench::Mail {

namespace {

using namespace Tokens;

constexpr int MaxTokens = 48;

struct Tok
{
    enum Type { Num, Word, Punct } type = Punct;
    QByteArrayView text;
    qint64 value = 0;      ///< Num: numeric value (saturated)
    bool cfwsBefore = false; ///< whitespace or a comment precedes the token
};

QList<Tok> tokenize(QByteArrayView v)
{
    QList<Tok> toks;
    const char* p = v.data();
    const char* end = p + v.size();
    while (p < end && toks.size() < MaxTokens) {
        const char* beforeCfws = p;
        skipCfws(p, end);
        if (p >= end)
            break;
        const char* s = p;
        Tok t;
        t.cfwsBefore = p != beforeCfws;
        if (isDigit(*p)) {
            t.type = Tok::Num;
            while (p < end && isDigit(*p)) {
                if (t.value < 100000000)
                    t.value = t.value * 10 + (*p - '0');
                ++p;
            }
        } else if (isAlpha(*p)) {
            t.type = Tok::Word;
            while (p < end && isAlpha(*p))
                ++p;
        } else {
            t.type = Tok::Punct;
            ++p;
        }
        t.text = QByteArrayView(s, p - s);
        toks.append(t);
    }
    return toks;
}

int monthFromName(QByteArrayView w)
{
    static const char* const names[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    if (w.size() < 3)
        return 0;
    const QByteArray l = lower(w);
    for (int i = 0; i < 12; ++i) {
        if (l.startsWith(names[i])) {
            // full names ("January", "Sept") are fine, anything else is not a month
            static const char* const full[] = {"january", "february", "march", "april", "may", "june",
                                               "july", "august", "september", "october", "november", "december"};
            if (l.size() == 3 || QByteArrayView(full[i]).startsWith(l))
                return i + 1;
        }
    }
    return 0;
}

int weekdayFromName(QByteArrayView w)
{
    static const char* const names[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static const char* const full[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (w.size() < 3)
        return 0;
    const QByteArray l = lower(w);
    for (int i = 0; i < 7; ++i) {
        if (l.startsWith(names[i]) && (l.size() == 3 || QByteArrayView(full[i]).startsWith(l)
                                        || (l.size() == 4 && (l == "tues" || l == "thur" || l == "thurs"))))
            return i + 1;
    }
    return 0;
}

struct NamedZone
{
    const char* name;
    int minutes;
    bool rfc; ///< one of RFC 5322 §4.3 obs-zone names (documentation only: both are non-strict)
};

const NamedZone* findZone(QByteArrayView w)
{
    static const NamedZone zones[] = {
        {"ut", 0, true}, {"gmt", 0, true}, {"est", -300, true}, {"edt", -240, true},
        {"cst", -360, true}, {"cdt", -300, true}, {"mst", -420, true}, {"mdt", -360, true},
        {"pst", -480, true}, {"pdt", -420, true},
        // seen in the wild, not in RFC 5322
        {"utc", 0, false}, {"z", 0, false}, {"wet", 0, false}, {"west", 60, false}, {"bst", 60, false},
        {"cet", 60, false}, {"cest", 120, false}, {"met", 60, false}, {"mest", 120, false},
        {"mez", 60, false}, {"mesz", 120, false}, {"eet", 120, false}, {"eest", 180, false},
        {"msk", 180, false}, {"msd", 240, false}, {"ist", 330, false}, {"ict", 420, false},
        {"wib", 420, false}, {"hkt", 480, false}, {"sgt", 480, false}, {"awst", 480, false},
        {"jst", 540, false}, {"kst", 540, false}, {"acst", 570, false}, {"acdt", 630, false},
        {"aest", 600, false}, {"aedt", 660, false}, {"nzst", 720, false}, {"nzdt", 780, false},
        {"hst", -600, false}, {"akst", -540, false}, {"akdt", -480, false}, {"ast", -240, false},
        {"adt", -180, false}, {"nst", -210, false}, {"ndt", -150, false},
    };
    const QByteArray l = lower(w);
    for (const NamedZone& z : zones) {
        if (l == z.name)
            return &z;
    }
    return nullptr;
}

struct Cursor
{
    const QList<Tok>& t;
    qsizetype i = 0;
    bool atEnd() const { return i >= t.size(); }
    const Tok* peek(qsizetype k = 0) const { return i + k >= 0 && i + k < t.size() ? &t[i + k] : nullptr; }
    bool punct(char c) const
    {
        const Tok* x = peek();
        return x && x->type == Tok::Punct && x->text.front() == c;
    }
    bool takePunct(char c)
    {
        if (!punct(c))
            return false;
        ++i;
        return true;
    }
    const Tok* takeNum()
    {
        const Tok* x = peek();
        if (!x || x->type != Tok::Num)
            return nullptr;
        ++i;
        return x;
    }
};

struct Parts
{
    int year = -1, month = 0, day = 0, hour = -1, minute = -1, second = 0;
    int zoneMinutes = 0;
    bool haveZone = false;
    bool strict = true;
};

int normaliseYear(const Tok& y, bool* strict)
{
    const int digits = int(y.text.size());
    if (digits >= 4)
        return int(y.value);
    *strict = false;
    if (digits == 3)
        return int(y.value) + 1900;            // RFC 5322 §4.3
    return y.value < 50 ? int(y.value) + 2000 : int(y.value) + 1900;
}

/** hh ":" mm [ ":" ss [ "." frac ] ] */
bool parseTime(Cursor& c, Parts& d)
{
    const Tok* h = c.takeNum();
    if (!h || !c.takePunct(':'))
        return false;
    const Tok* colon = c.peek(-1);
    const Tok* m = c.takeNum();
    if (!m)
        return false;
    if (h->text.size() > 2 || m->text.size() != 2 || colon->cfwsBefore || m->cfwsBefore)
        d.strict = false; // obs-time: CFWS around the colons (RFC 5322 §4.3)
    d.hour = int(h->value);
    d.minute = int(m->value);
    if (c.punct(':')) {
        const bool spaced = c.peek()->cfwsBefore;
        ++c.i;
        const Tok* s = c.takeNum();
        if (!s)
            return false;
        if (s->text.size() != 2 || spaced || s->cfwsBefore)
            d.strict = false;
        d.second = int(s->value);
        if (c.punct('.') || c.punct(',')) { // fractional seconds (ISO 8601)
            const Tok* f = c.peek(1);
            if (f && f->type == Tok::Num) {
                c.i += 2;
                d.strict = false;
            }
        }
    }
    // RFC 5322 §3.3: seconds are optional; a missing second keeps the date strict.
    return true;
}

/** Numeric "+hhmm", "+hh:mm", "+hh"; or a named zone optionally followed by a numeric offset. */
void parseZone(Cursor& c, Parts& d)
{
    auto numeric = [&c, &d](bool rfcForm) -> bool {
        const Tok* sign = c.peek();
        if (!sign || sign->type != Tok::Punct || (sign->text.front() != '+' && sign->text.front() != '-'))
            return false;
        const Tok* n = c.peek(1);
        if (!n || n->type != Tok::Num)
            return false;
        int hours = 0;
        int minutes = 0;
        qsizetype used = 2;
        if (n->text.size() == 4) {
            hours = int(n->value / 100);
            minutes = int(n->value % 100);
        } else if (n->text.size() <= 2) {
            hours = int(n->value);
            const Tok* colon = c.peek(2);
            const Tok* mm = c.peek(3);
            if (colon && colon->type == Tok::Punct && colon->text.front() == ':' && mm && mm->type == Tok::Num
                && mm->text.size() == 2) {
                minutes = int(mm->value);
                used = 4;
            }
            d.strict = false;
        } else {
            return false;
        }
        if (!rfcForm)
            d.strict = false;
        if (hours > 23 || minutes > 59) {
            d.hour = -1; // impossible offset: make the whole date invalid
            return true;
        }
        const int total = hours * 60 + minutes;
        d.zoneMinutes += sign->text.front() == '-' ? -total : total;
        d.haveZone = true;
        c.i += used;
        return true;
    };
    if (numeric(true))
        return;
    const Tok* w = c.peek();
    if (!w || w->type != Tok::Word)
        return;
    if (const NamedZone* z = findZone(w->text)) {
        ++c.i;
        d.zoneMinutes = z->minutes;
        d.haveZone = true;
        d.strict = false; // obs-zone (RFC 5322 §4.3) and wild names both count as non-strict
        numeric(false);    // "GMT+0100", "UTC-05:00"
        return;
    }
    if (w->text.size() == 1 && isAlpha(w->text.front()) && w->text.front() != 'j' && w->text.front() != 'J') {
        // Military zones: RFC 5322 §4.3 says treat them as "-0000" (UTC, local time unknown).
        ++c.i;
        d.haveZone = true;
        d.strict = false;
    }
}

bool tryIso(const QList<Tok>& toks, Parts& d)
{
    Cursor c{toks};
    const Tok* y = c.peek();
    if (!y || y->type != Tok::Num || y->text.size() != 4)
        return false;
    const Tok* sep = c.peek(1);
    if (!sep || sep->type != Tok::Punct || (sep->text.front() != '-' && sep->text.front() != '/'))
        return false;
    const char s = sep->text.front();
    c.i = 2;
    const Tok* m = c.takeNum();
    if (!m || !c.takePunct(s))
        return false;
    const Tok* dd = c.takeNum();
    if (!dd)
        return false;
    d.year = int(y->value);
    d.month = int(m->value);
    d.day = int(dd->value);
    d.strict = false;
    const Tok* t = c.peek();
    if (t && t->type == Tok::Word && (t->text == "T" || t->text == "t"))
        ++c.i;
    if (c.atEnd()) {
        d.hour = 0;
        d.minute = 0;
        return true;
    }
    if (!parseTime(c, d))
        return false;
    d.strict = false;
    parseZone(c, d);
    return true;
}

bool tryRfcOrWild(const QList<Tok>& toks, Parts& d, int* weekday)
{
    Cursor c{toks};
    bool sawWeekdayComma = false;
    if (const Tok* w = c.peek(); w && w->type == Tok::Word && weekdayFromName(w->text)) {
        *weekday = weekdayFromName(w->text);
        if (w->text.size() != 3)
            d.strict = false;
        ++c.i;
        sawWeekdayComma = c.takePunct(',');
        if (!sawWeekdayComma)
            d.strict = false;
    }
    const Tok* a = c.peek();
    if (!a)
        return false;
    if (a->type == Tok::Num) {
        // day month year  (also "02-Jan-2024", "2 Jan, 2024")
        ++c.i;
        d.day = int(a->value);
        if (a->text.size() > 2)
            return false;
        const bool dash = c.takePunct('-') || c.takePunct('/');
        const Tok* m = c.peek();
        if (!m || m->type != Tok::Word || !monthFromName(m->text))
            return false;
        if (m->text.size() != 3 || dash)
            d.strict = false;
        d.month = monthFromName(m->text);
        ++c.i;
        if (c.takePunct('-') || c.takePunct('/') || c.takePunct(','))
            d.strict = false;
        const Tok* y = c.takeNum();
        if (!y)
            return false;
        d.year = normaliseYear(*y, &d.strict);
        if (!parseTime(c, d))
            return false;
        parseZone(c, d);
        if (!d.haveZone)
            d.strict = false;
    } else if (a->type == Tok::Word && monthFromName(a->text)) {
        // asctime "Jan  2 15:04:05 [zone] 2024" or "Jan 2, 2024 15:04:05 zone"
        d.strict = false;
        d.month = monthFromName(a->text);
        ++c.i;
        const Tok* dd = c.takeNum();
        if (!dd || dd->text.size() > 2)
            return false;
        d.day = int(dd->value);
        c.takePunct(',');
        const Tok* next = c.peek();
        const Tok* after = c.peek(1);
        if (next && next->type == Tok::Num && after && after->type == Tok::Punct && after->text.front() == ':') {
            if (!parseTime(c, d))
                return false;
            parseZone(c, d);
            const Tok* y = c.takeNum();
            if (!y)
                return false;
            d.year = normaliseYear(*y, &d.strict);
            if (!d.haveZone)
                parseZone(c, d); // "... 2024 +0000"
        } else {
            const Tok* y = c.takeNum();
            if (!y)
                return false;
            d.year = normaliseYear(*y, &d.strict);
            if (!parseTime(c, d))
                return false;
            parseZone(c, d);
        }
    } else {
        return false;
    }
    if (!c.atEnd())
        d.strict = false; // trailing junk after the zone
    return true;
}

} // namespace

DateParseResult parseDate(QByteArrayView value)
{
    DateParseResult r;
    const QList<Tok> toks = tokenize(value);
    Parts d;
    int weekday = 0;
    if (!tryIso(toks, d)) {
        d = Parts{};
        if (!tryRfcOrWild(toks, d, &weekday))
            return r;
    }
    if (d.year < 1900 || d.year > 9999 || d.hour < 0 || d.hour > 23 || d.minute < 0 || d.minute > 59
        || d.second < 0 || d.second > 60)
        return r;
    const QDate date(d.year, d.month, d.day);
    if (!date.isValid())
        return r;
    if (weekday && date.dayOfWeek() != weekday)
        d.strict = false; // RFC 5322 §3.3: the day-of-week must agree with the date
    const int second = d.second == 60 ? 59 : d.second; // leap second
    const QTime time(d.hour, d.minute, second);
    const int offset = d.zoneMinutes * 60;
    r.dateTime = QDateTime(date, time, Qt::UTC).addSecs(-offset);
    r.utcOffsetSeconds = offset;
    r.strict = d.strict && d.haveZone;
    return r;
}

} // namespace Deliverbench::Mail
