// SPDX-License-Identifier: GPL-3.0-or-later
// Deterministic generator of benchmark mail (issue 2, tests/bench).
//
//   gen_mbox --mbox OUT --size-mb N [--seed S]   realistic mixed mbox of about N MB
//   gen_mbox --big OUT --size-mb N [--seed S]    one message of about N MB (a big base64
//                                                attachment plus text), with an mbox From_ line
//
// The mbox mixes newsletters (multipart/alternative: quoted-printable text/plain and a
// multipart/related with quoted-printable text/html and base64 inline images referenced by
// cid:) and transactional mail (multipart/mixed: a text/plain + text/html alternative and one
// or two base64 application/pdf attachments of 50 KB to 2 MB). Headers are folded, carry
// Received chains, a DKIM-Signature, RFC 2047 subjects and List-Unsubscribe. LF line ends;
// no body line starts with "From ", so mboxo and mboxrd readers see the same messages.
// The same seed and size always give the same bytes (own PRNG, no locale, no clock).

#include <algorithm>
#include <cinttypes>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr const char* kVersion = "gen_mbox 1";

// xoshiro256** seeded by splitmix64: fast, and the same on every platform.
class Rng
{
public:
    explicit Rng(uint64_t seed)
    {
        for (uint64_t& s : m_s) {
            seed += 0x9e3779b97f4a7c15ULL;
            uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            s = z ^ (z >> 31);
        }
    }
    uint64_t next()
    {
        const uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    /** @short Uniform in [lo, hi]. */
    int64_t range(int64_t lo, int64_t hi) { return lo + int64_t(next() % uint64_t(hi - lo + 1)); }
    bool chance(int percent) { return range(0, 99) < percent; }
    /** @short Log-uniform in [lo, hi]: many small values, some large ones. */
    int64_t logRange(int64_t lo, int64_t hi)
    {
        const double u = double(next() >> 11) / double(1ULL << 53);
        return int64_t(std::exp(std::log(double(lo)) + u * (std::log(double(hi)) - std::log(double(lo)))));
    }
    template<typename T, size_t N>
    const T& pick(const T (&items)[N]) { return items[next() % N]; }
    void fill(std::string& out, size_t n)
    {
        const size_t start = out.size();
        out.resize(start + n);
        char* p = out.data() + start;
        size_t i = 0;
        for (; i + 8 <= n; i += 8) {
            const uint64_t v = next();
            std::memcpy(p + i, &v, 8);
        }
        for (uint64_t v = next(); i < n; ++i, v >>= 8)
            p[i] = char(v & 0xff);
    }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    uint64_t m_s[4];
};

// No "From" (capitalised) anywhere: a body line starting with "From " would be an mbox separator.
const char* const kWords[] = {
    "the", "and", "for", "your", "order", "invoice", "account", "update", "news", "weekly",
    "offer", "discount", "today", "shipping", "delivered", "customer", "support", "please",
    "thank", "you", "new", "collection", "spring", "summer", "autumn", "winter", "sale",
    "members", "exclusive", "access", "details", "below", "click", "here", "view", "online",
    "unsubscribe", "preferences", "privacy", "policy", "terms", "conditions", "apply",
    "limited", "time", "only", "free", "returns", "within", "days", "questions", "contact",
    "team", "best", "regards", "receipt", "payment", "received", "amount", "total", "tax",
    "subtotal", "reference", "number", "date", "due", "statement", "available", "download",
    "attached", "document", "report", "quarterly", "results", "event", "register", "webinar",
    "café", "Grüße", "naïve", "Zürich", "façade", "crème", "brûlée", "€", "–", "“quoted”",
    "año", "São", "Paulo", "Ελλάδα", "привет", "日本", "ok", "1", "25", "100", "2024", "%",
};
const char* const kFirst[] = {"Anna", "Ben", "Chloé", "David", "Elif", "Felix", "Greta", "Hugo",
                              "Ioana", "Jonas", "Katrin", "Lars", "María", "Nils", "Olga", "Paul"};
const char* const kLast[] = {"Müller", "Schmidt", "Popescu", "Dubois", "García", "Rossi",
                             "Nowak", "Jensen", "Silva", "Smith", "Yılmaz", "Novák"};
const char* const kSenders[] = {"news.example-shop.com", "mailing.example-travel.net",
                                "updates.example-bank.org", "billing.example-saas.io",
                                "orders.example-store.de", "info.example-airline.com"};
const char* const kRecipientDomains[] = {"example.org", "example.net", "mail.example.com",
                                         "corp.example.ro", "example.de"};
const char* const kMtas[] = {"mx1.example.org", "mx2.example.net", "smtp-out.example-esp.com",
                             "relay.example-esp.com", "filter.example.org", "mail.example.de"};
const char* const kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"}; // 1970-01-01 was a Thursday
const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

struct CivilTime
{
    int year, month, day, hour, minute, second, weekday;
};

CivilTime civil(int64_t t)
{
    int64_t days = t / 86400;
    const int64_t secs = t % 86400;
    CivilTime c{};
    c.weekday = int(days % 7);
    c.hour = int(secs / 3600);
    c.minute = int(secs / 60 % 60);
    c.second = int(secs % 60);
    // days_from_civil inverse (H. Hinnant)
    days += 719468;
    const int64_t era = days / 146097;
    const int64_t doe = days - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    c.day = int(doy - (153 * mp + 2) / 5 + 1);
    c.month = int(mp < 10 ? mp + 3 : mp - 9);
    c.year = int(yoe + era * 400 + (c.month <= 2));
    return c;
}

std::string rfc5322Date(int64_t t)
{
    const CivilTime c = civil(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %d %s %d %02d:%02d:%02d +0000", kDays[c.weekday], c.day,
                  kMonths[c.month - 1], c.year, c.hour, c.minute, c.second);
    return buf;
}

std::string asctimeDate(int64_t t)
{
    const CivilTime c = civil(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s %s %2d %02d:%02d:%02d %d", kDays[c.weekday], kMonths[c.month - 1],
                  c.day, c.hour, c.minute, c.second, c.year);
    return buf;
}

const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** @short RFC 2045 §6.8 base64, lines of 76 characters. */
void appendBase64(std::string& out, std::string_view in, bool lineBreaks = true)
{
    out.reserve(out.size() + in.size() / 3 * 4 + in.size() / 57 + 8);
    int col = 0;
    size_t i = 0;
    auto emit = [&](char c) {
        out.push_back(c);
        if (lineBreaks && ++col == 76) {
            out.push_back('\n');
            col = 0;
        }
    };
    for (; i + 3 <= in.size(); i += 3) {
        const uint32_t v = uint32_t(uint8_t(in[i])) << 16 | uint32_t(uint8_t(in[i + 1])) << 8 | uint8_t(in[i + 2]);
        emit(kB64[v >> 18]);
        emit(kB64[(v >> 12) & 63]);
        emit(kB64[(v >> 6) & 63]);
        emit(kB64[v & 63]);
    }
    if (i + 1 == in.size()) {
        const uint32_t v = uint32_t(uint8_t(in[i])) << 16;
        emit(kB64[v >> 18]);
        emit(kB64[(v >> 12) & 63]);
        emit('=');
        emit('=');
    } else if (i + 2 == in.size()) {
        const uint32_t v = uint32_t(uint8_t(in[i])) << 16 | uint32_t(uint8_t(in[i + 1])) << 8;
        emit(kB64[v >> 18]);
        emit(kB64[(v >> 12) & 63]);
        emit(kB64[(v >> 6) & 63]);
        emit('=');
    }
    if (lineBreaks && col != 0)
        out.push_back('\n');
}

/** @short RFC 2045 §6.7 quoted-printable: '\n' in the input is a hard line break. */
void appendQuotedPrintable(std::string& out, std::string_view in)
{
    static const char hex[] = "0123456789ABCDEF";
    int col = 0;
    for (size_t i = 0; i < in.size(); ++i) {
        const unsigned char c = in[i];
        if (c == '\n') {
            out.push_back('\n');
            col = 0;
            continue;
        }
        const bool atLineEnd = i + 1 == in.size() || in[i + 1] == '\n';
        const bool literal = (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !atLineEnd);
        const int width = literal ? 1 : 3;
        if (col + width > 75) { // leave room for the soft break's '='
            out.append("=\n");
            col = 0;
        }
        if (literal) {
            out.push_back(char(c));
        } else {
            out.push_back('=');
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        }
        col += width;
    }
    if (col != 0)
        out.push_back('\n');
}

class Generator
{
public:
    explicit Generator(uint64_t seed) : m_rng(seed) {}

    std::string newsletter(int index);
    std::string transactional(int index);
    std::string bigMessage(int64_t targetBytes);

private:
    std::string words(int n);
    std::string paragraphText(int64_t bytes);
    std::string html(int64_t bytes, const std::vector<std::string>& cids);
    std::string binary(const char* magic, int64_t bytes);
    std::string commonHeaders(int index, const std::string& fromDomain, bool newsletter);
    std::string boundary(const char* kind);

    Rng m_rng;
    int64_t m_clock = 1704067200; // 2024-01-01T00:00:00Z
    int m_boundaryCounter = 0;
};

std::string Generator::words(int n)
{
    std::string s;
    for (int i = 0; i < n; ++i) {
        if (i)
            s.push_back(' ');
        s.append(m_rng.pick(kWords));
    }
    return s;
}

std::string Generator::paragraphText(int64_t bytes)
{
    std::string s;
    while (int64_t(s.size()) < bytes) {
        // lines of 40..110 bytes, paragraphs of 2..6 lines
        const int lines = int(m_rng.range(2, 6));
        for (int l = 0; l < lines; ++l) {
            std::string line = words(int(m_rng.range(6, 16)));
            line[0] = char(line[0] >= 'a' && line[0] <= 'z' ? line[0] - 32 : line[0]);
            s.append(line).append(m_rng.chance(20) ? ".  \n" : ".\n"); // some trailing spaces for QP
        }
        s.push_back('\n');
    }
    return s;
}

std::string Generator::html(int64_t bytes, const std::vector<std::string>& cids)
{
    std::string s = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + words(4)
        + "</title><style>body{font-family:Arial,sans-serif;color:#333}td{padding:8px}</style></head>\n"
          "<body><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\">";
    size_t img = 0;
    while (int64_t(s.size()) < bytes) {
        s.append("<tr><td style=\"font-size:14px;line-height:20px;text-align:left\">");
        if (img < cids.size() && m_rng.chance(40))
            s.append("<img src=\"cid:" + cids[img++] + "\" width=\"600\" alt=\"" + words(2) + "\" style=\"display:block\">");
        s.append("<p>" + words(int(m_rng.range(20, 60))) + " <a href=\"https://click.example-esp.com/t?u="
                 + std::to_string(m_rng.next() % 1000000007) + "&amp;m=" + std::to_string(m_rng.next() % 99991)
                 + "\" style=\"color:#0066cc\">" + words(3) + "</a></p></td></tr>");
        if (m_rng.chance(50))
            s.push_back('\n');
    }
    for (; img < cids.size(); ++img)
        s.append("<img src=\"cid:" + cids[img] + "\" alt=\"\">");
    s.append("</table></body></html>\n");
    return s;
}

std::string Generator::binary(const char* magic, int64_t bytes)
{
    std::string s = magic;
    if (int64_t(s.size()) < bytes)
        m_rng.fill(s, size_t(bytes - int64_t(s.size())));
    return s;
}

std::string Generator::boundary(const char* kind)
{
    char buf[80];
    std::snprintf(buf, sizeof buf, "----=_%s_%06d_%016" PRIx64, kind, ++m_boundaryCounter, m_rng.next());
    return buf;
}

std::string Generator::commonHeaders(int index, const std::string& fromDomain, bool newsletter)
{
    m_clock += m_rng.range(30, 900);
    const int64_t sent = m_clock;
    std::string h;
    // Received chain, newest first; each hop a few seconds after the previous one
    const int hops = int(m_rng.range(2, 5));
    int64_t t = sent + hops * 3;
    for (int hop = hops; hop >= 1; --hop) {
        h.append("Received: from ").append(hop == 1 ? "smtp-out.example-esp.com" : m_rng.pick(kMtas));
        h.append(" (").append(m_rng.pick(kMtas)).append(" [192.0.2.").append(std::to_string(m_rng.range(1, 254))).append("])\n");
        h.append("\tby ").append(m_rng.pick(kMtas)).append(" (Postfix) with ESMTPS id ");
        h.append(std::to_string(m_rng.next() % 100000000000ULL)).append("\n");
        if (m_rng.chance(60))
            h.append("\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n");
        h.append("\tfor <user").append(std::to_string(index % 997)).append("@").append(m_rng.pick(kRecipientDomains));
        h.append(">; ").append(rfc5322Date(t)).append("\n");
        t -= m_rng.range(1, 3);
    }
    std::string sig;
    appendBase64(sig, binary("", 256), false);
    h.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=").append(fromDomain);
    h.append("; s=s2024;\n\tt=").append(std::to_string(sent)).append("; h=from:to:subject:date:message-id:mime-version;\n");
    h.append("\tbh=");
    appendBase64(h, binary("", 32), false);
    h.append(";\n\tb=");
    for (size_t i = 0; i < sig.size(); i += 70)
        h.append(sig, i, 70).append(i + 70 < sig.size() ? "\n\t " : ";\n");
    const std::string first = m_rng.pick(kFirst), last = m_rng.pick(kLast);
    h.append("From: \"").append(newsletter ? "Example Shop News" : "Example Billing").append("\" <");
    h.append(newsletter ? "news@" : "no-reply@").append(fromDomain).append(">\n");
    h.append("To: ").append(first).append(" ").append(last).append(" <").append(first.substr(0, 1));
    h.append(".user").append(std::to_string(index % 997)).append("@").append(m_rng.pick(kRecipientDomains)).append(">\n");
    const std::string subject = words(int(m_rng.range(3, 9)));
    if (m_rng.chance(50)) { // RFC 2047 B-encoded, folded between encoded words
        // one encoded word per chunk of whole words (never a split UTF-8 sequence), folded
        h.append("Subject:");
        size_t i = 0;
        while (i < subject.size()) {
            size_t end = subject.find(' ', std::min(subject.size(), i + 24));
            end = end == std::string::npos ? subject.size() : end + 1;
            std::string encoded;
            appendBase64(encoded, std::string_view(subject).substr(i, end - i), false);
            h.append(" =?UTF-8?B?").append(encoded).append("?=").append(end < subject.size() ? "\n" : "");
            i = end;
        }
        h.append("\n");
    } else {
        h.append("Subject: ").append(subject).append("\n");
    }
    h.append("Date: ").append(rfc5322Date(sent)).append("\n");
    h.append("Message-ID: <").append(std::to_string(m_rng.next())).append(".").append(std::to_string(index));
    h.append("@").append(fromDomain).append(">\n");
    if (newsletter) {
        h.append("List-Unsubscribe: <https://").append(fromDomain).append("/u/").append(std::to_string(m_rng.next()));
        h.append(">,\n <mailto:unsubscribe@").append(fromDomain).append("?subject=unsubscribe>\n");
        h.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click\n");
        h.append("Precedence: bulk\n");
    }
    h.append("MIME-Version: 1.0\n");
    return h;
}

std::string Generator::newsletter(int index)
{
    const std::string domain = m_rng.pick(kSenders);
    std::string m = commonHeaders(index, domain, true);
    const std::string alt = boundary("alt"), rel = boundary("rel");
    m.append("Content-Type: multipart/alternative;\n\tboundary=\"").append(alt).append("\"\n\n");
    m.append("This is a multi-part message in MIME format.\n\n");

    m.append("--").append(alt).append("\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n");
    appendQuotedPrintable(m, paragraphText(m_rng.range(2000, 12000)));

    const int images = int(m_rng.range(1, 5));
    std::vector<std::string> cids;
    for (int i = 0; i < images; ++i)
        cids.push_back("img" + std::to_string(i) + "." + std::to_string(m_rng.next() % 1000000) + "@" + domain);

    m.append("--").append(alt).append("\nContent-Type: multipart/related; type=\"text/html\";\n\tboundary=\"").append(rel).append("\"\n\n");
    m.append("--").append(rel).append("\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n");
    appendQuotedPrintable(m, html(m_rng.range(8000, 60000), cids));
    for (int i = 0; i < images; ++i) {
        const bool png = m_rng.chance(60);
        m.append("--").append(rel).append(png ? "\nContent-Type: image/png" : "\nContent-Type: image/jpeg");
        m.append("; name=\"banner").append(std::to_string(i)).append(png ? ".png\"" : ".jpg\"");
        m.append("\nContent-Transfer-Encoding: base64\nContent-ID: <").append(cids[size_t(i)]).append(">\n");
        m.append("Content-Disposition: inline; filename=\"banner").append(std::to_string(i)).append(png ? ".png\"\n\n" : ".jpg\"\n\n");
        appendBase64(m, binary(png ? "\x89PNG\r\n\x1a\n" : "\xff\xd8\xff\xe0", m_rng.logRange(3000, 150000)));
    }
    m.append("--").append(rel).append("--\n\n--").append(alt).append("--\n");
    return m;
}

std::string Generator::transactional(int index)
{
    const std::string domain = m_rng.pick(kSenders);
    std::string m = commonHeaders(index, domain, false);
    const std::string mix = boundary("mix"), alt = boundary("alt");
    m.append("Content-Type: multipart/mixed; boundary=\"").append(mix).append("\"\n\n");
    m.append("--").append(mix).append("\nContent-Type: multipart/alternative; boundary=\"").append(alt).append("\"\n\n");
    const std::string text = paragraphText(m_rng.range(600, 4000));
    if (m_rng.chance(50)) {
        m.append("--").append(alt).append("\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n");
        appendQuotedPrintable(m, text);
    } else {
        m.append("--").append(alt).append("\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n");
        appendBase64(m, text);
    }
    m.append("--").append(alt).append("\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n");
    appendQuotedPrintable(m, html(m_rng.range(3000, 15000), {}));
    m.append("--").append(alt).append("--\n\n");
    const int attachments = m_rng.chance(75) ? 1 : 2;
    for (int i = 0; i < attachments; ++i) {
        const std::string name = "invoice-" + std::to_string(100000 + index) + (i ? "-terms" : "") + ".pdf";
        m.append("--").append(mix).append("\nContent-Type: application/pdf; name=\"").append(name).append("\"\n");
        m.append("Content-Transfer-Encoding: base64\nContent-Disposition: attachment;\n\tfilename=\"").append(name).append("\"\n\n");
        appendBase64(m, binary("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", m_rng.logRange(50000, 2000000)));
    }
    m.append("--").append(mix).append("--\n");
    return m;
}

std::string Generator::bigMessage(int64_t targetBytes)
{
    const std::string domain = "files.example-saas.io";
    std::string m = commonHeaders(0, domain, false);
    const std::string mix = boundary("mix");
    m.append("Content-Type: multipart/mixed; boundary=\"").append(mix).append("\"\n\n");
    m.append("--").append(mix).append("\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n");
    appendQuotedPrintable(m, paragraphText(4000));
    const int64_t payload = std::max<int64_t>(1000, (targetBytes - int64_t(m.size()) - 400) / 78 * 57);
    m.append("--").append(mix).append("\nContent-Type: application/octet-stream; name=\"backup.tar\"\n");
    m.append("Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"backup.tar\"\n\n");
    appendBase64(m, binary("ustar", payload));
    m.append("--").append(mix).append("--\n");
    return m;
}

int usage()
{
    std::fprintf(stderr, "usage: gen_mbox (--mbox|--big) OUT --size-mb N [--seed S] | --version\n");
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    std::string mode, out;
    double sizeMb = 0;
    uint64_t seed = 20240101;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--version") {
            std::printf("%s\n", kVersion);
            return 0;
        }
        if ((a == "--mbox" || a == "--big") && i + 1 < argc) {
            mode = a.substr(2);
            out = argv[++i];
        } else if (a == "--size-mb" && i + 1 < argc) {
            sizeMb = std::atof(argv[++i]);
        } else if (a == "--seed" && i + 1 < argc) {
            seed = std::strtoull(argv[++i], nullptr, 10);
        } else {
            return usage();
        }
    }
    if (mode.empty() || sizeMb <= 0)
        return usage();
    const int64_t target = int64_t(sizeMb * 1e6);

    const std::string tmp = out + ".tmp";
    FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) {
        std::perror(tmp.c_str());
        return 1;
    }
    Generator gen(seed);
    int64_t written = 0;
    int messages = 0, newsletters = 0;
    auto emit = [&](const std::string& message, int64_t when) {
        const std::string envelope = "From bounce@example-esp.com " + asctimeDate(when) + "\n";
        std::fwrite(envelope.data(), 1, envelope.size(), f);
        std::fwrite(message.data(), 1, message.size(), f);
        std::fwrite("\n", 1, 1, f); // blank line before the next From_ line
        written += int64_t(envelope.size() + message.size() + 1);
        ++messages;
    };
    if (mode == "big") {
        emit(gen.bigMessage(target), 1704067200);
    } else {
        Rng pick(seed ^ 0x5eedULL);
        while (written < target) {
            const bool news = pick.chance(65);
            newsletters += news;
            emit(news ? gen.newsletter(messages) : gen.transactional(messages), 1704067200 + messages * 60);
        }
    }
    if (std::fclose(f) != 0 || std::rename(tmp.c_str(), out.c_str()) != 0) {
        std::perror(out.c_str());
        return 1;
    }
    std::fprintf(stderr, "%s: %s, %d messages (%d newsletters), %" PRId64 " bytes\n", kVersion, out.c_str(),
                 messages, newsletters, written);
    return 0;
}
