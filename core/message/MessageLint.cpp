// SPDX-License-Identifier: GPL-3.0-or-later
#include "message/MessageLint.h"

#include "message/Address.h"
#include "message/Charset.h"
#include "message/DateTime.h"
#include "message/Received.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cstring>
#include <deque>
#include <functional>
#include <unordered_map>

namespace Deliverbench::Mail {

namespace {

constexpr qint64 kMaxLineOctets = 998;      // RFC 5322 §2.1.1
constexpr qint64 kMaxQpLineOctets = 76;     // RFC 2045 §6.7 rule (5)
constexpr qsizetype kEvidenceDisplayBytes = 400;
constexpr qsizetype kMaxWords = 20000;
constexpr int kMaxCidRefs = 1000;
constexpr int kMaxFindingsPerCode = 20;     // hostile input: a finding per part, but bounded
constexpr int kMaxListedNames = 8;

bool isLineBreak(char c) { return c == '\n' || c == '\r'; }

QByteArrayView trimTrailingLineBreak(QByteArrayView v)
{
    while (!v.isEmpty() && isLineBreak(v.back()))
        v.chop(1);
    return v;
}

QByteArrayView trimmedView(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t' || isLineBreak(v.front())))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || isLineBreak(v.back())))
        v.chop(1);
    return v;
}

qsizetype firstHighByte(QByteArrayView v)
{
    const auto* p = reinterpret_cast<const unsigned char*>(v.data());
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (p[i] >= 0x80)
            return i;
    }
    return -1;
}

/** Lines of [from, to) of data longer than a limit: how many, the longest, the first one. */
struct LongLines
{
    qint64 count = 0;
    qint64 longest = 0;
    qint64 firstStart = -1; ///< offset in the data
    qint64 firstLength = 0;
};

/**
 * The lines of [from, to) of data longer than `limit` octets (the line break not counted), in one
 * pass in pieces (PieceReader): a 100 MB message from a file is read with pread, not through its
 * mapping, so checking it leaves no pages resident.
 */
LongLines longLines(const RawData* data, qint64 from, qint64 to, qint64 limit)
{
    LongLines out;
    auto line = [&](qint64 start, qint64 length) {
        if (length <= limit)
            return;
        ++out.count;
        out.longest = std::max(out.longest, length);
        if (out.firstStart < 0) {
            out.firstStart = start;
            out.firstLength = length;
        }
    };
    qint64 lineStart = from;
    char last = '\0';
    PieceReader reader(data, from, to);
    while (reader.next()) {
        const char* piece = reader.data();
        const char* pieceEnd = piece + reader.size();
        for (const char* p = piece; p < pieceEnd;) {
            const auto* nl = static_cast<const char*>(std::memchr(p, '\n', size_t(pieceEnd - p)));
            if (!nl)
                break;
            const qint64 end = reader.offset() + (nl - piece);
            const bool cr = end > lineStart && (nl > piece ? nl[-1] : last) == '\r';
            line(lineStart, end - lineStart - (cr ? 1 : 0));
            lineStart = end + 1;
            p = nl + 1;
        }
        last = pieceEnd[-1];
    }
    if (lineStart < to)
        line(lineStart, to - lineStart - (last == '\r' ? 1 : 0));
    return out;
}

/** Octets above 127 in [from, to) of data: the offset of the first (-1 for none) and how many. */
std::pair<qint64, qint64> highBytes(const RawData* data, qint64 from, qint64 to)
{
    qint64 first = -1;
    qint64 count = 0;
    PieceReader reader(data, from, to);
    while (reader.next()) {
        const QByteArrayView piece(reader.data(), reader.size());
        const qsizetype at = firstHighByte(piece);
        if (at < 0)
            continue;
        if (first < 0)
            first = reader.offset() + at;
        for (qsizetype i = at; i < piece.size(); ++i)
            count += static_cast<unsigned char>(piece[i]) >= 0x80 ? 1 : 0;
    }
    return {first, count};
}

/** Index of the first byte of an invalid UTF-8 sequence, or -1. */
qsizetype firstInvalidUtf8(QByteArrayView v)
{
    const auto* p = reinterpret_cast<const unsigned char*>(v.data());
    const qsizetype n = v.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (int k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return -1;
}

bool isIdentityEncoding(TransferEncoding e)
{
    return e == TransferEncoding::SevenBit || e == TransferEncoding::EightBit || e == TransferEncoding::Binary;
}

QByteArray lower(QByteArrayView v) { return v.toByteArray().toLower(); }

/** Percent-decoding of a cid: URL (RFC 2392 §2). */
QByteArray percentDecode(QByteArrayView v) { return QByteArray::fromPercentEncoding(v.toByteArray()); }

bool isUrlStart(QStringView text, qsizetype i)
{
    static const QLatin1String prefixes[] = {QLatin1String("http://"), QLatin1String("https://"),
                                             QLatin1String("www."), QLatin1String("mailto:")};
    const QStringView rest = text.sliced(i);
    for (const QLatin1String& prefix : prefixes) {
        if (rest.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

/** True when the word is ASCII and has no capital letter, so lower-casing leaves it as it is.
 *  (Other words go through QString::toLower: QChar's simple mapping leaves U+0130 alone, which
 *  QString lower-cases to two characters.) */
bool isAsciiLowerCase(QStringView word)
{
    for (const QChar c : word) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || (u >= 'A' && u <= 'Z'))
            return false;
    }
    return true;
}

/**
 * The distinct words (letters and digits, two or more, URLs left out) of a text, lower-cased, at
 * most kMaxWords of them. A word already in lower case is a view into the text, which must
 * outlive the set; others are lower-cased copies. Most words then cost a hash insertion and no
 * allocation (this runs on every multipart/alternative of every message).
 */
class WordSet
{
public:
    explicit WordSet(QStringView text)
    {
        const qsizetype n = text.size();
        qsizetype i = 0;
        while (i < n && m_words.size() < kMaxWords) {
            if (!text[i].isLetterOrNumber()) {
                ++i;
                continue;
            }
            if ((i == 0 || text[i - 1].isSpace() || text[i - 1] == u'<' || text[i - 1] == u'(') && isUrlStart(text, i)) {
                while (i < n && !text[i].isSpace() && text[i] != u'>' && text[i] != u')')
                    ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < n && text[i].isLetterOrNumber())
                ++i;
            if (i - start < 2)
                continue;
            const QStringView word = text.sliced(start, i - start);
            if (isAsciiLowerCase(word)) {
                m_words.insert(word);
                continue;
            }
            QString lowered = word.toString().toLower();
            if (lowered == word) {
                m_words.insert(word);
            } else if (!m_words.contains(lowered)) {
                m_owned.push_back(std::move(lowered));
                m_words.insert(QStringView(m_owned.back()));
            }
        }
    }
    WordSet(const WordSet&) = delete;
    WordSet& operator=(const WordSet&) = delete;

    const QSet<QStringView>& words() const { return m_words; }
    qsizetype size() const { return m_words.size(); }
    bool contains(QStringView word) const { return m_words.contains(word); }

private:
    std::deque<QString> m_owned; // the lower-cased copies (their characters never move)
    QSet<QStringView> m_words;
};

struct NamedEntity { const char16_t* name; char16_t value; };
constexpr NamedEntity kEntities[] = {
    {u"amp", u'&'}, {u"lt", u'<'}, {u"gt", u'>'}, {u"quot", u'"'}, {u"apos", u'\''},
    {u"nbsp", u' '}, {u"shy", 0}, {u"zwnj", 0}, {u"zwj", 0}, {u"copy", 0x00A9}, {u"reg", 0x00AE},
    {u"trade", 0x2122}, {u"hellip", 0x2026}, {u"mdash", 0x2014}, {u"ndash", 0x2013},
    {u"rsquo", 0x2019}, {u"lsquo", 0x2018}, {u"rdquo", 0x201D}, {u"ldquo", 0x201C}, {u"euro", 0x20AC},
    {u"middot", 0x00B7}, {u"bull", 0x2022},
};

} // namespace

QString visibleHtmlText(QStringView html, qsizetype maxChars)
{
    if (maxChars >= 0 && html.size() > maxChars)
        html = html.first(maxChars);
    QString out;
    out.reserve(html.size() / 2);
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            if (html.sliced(i).startsWith(QLatin1String("<!--"))) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            qsizetype j = i + 1;
            const bool closing = j < n && html[j] == u'/';
            if (closing)
                ++j;
            const qsizetype nameStart = j;
            while (j < n && (html[j].isLetterOrNumber() || html[j] == u'-' || html[j] == u':'))
                ++j;
            if (j == nameStart && !closing && (j >= n || html[j] != u'!' ) && (j >= n || html[j] != u'?')) {
                out.append(c); // a lone '<' in text
                ++i;
                continue;
            }
            const QString name = html.sliced(nameStart, j - nameStart).toString().toLower();
            // skip to the end of the tag, honouring quoted attribute values
            QChar quote;
            while (j < n) {
                const QChar d = html[j];
                if (!quote.isNull()) {
                    if (d == quote)
                        quote = QChar();
                } else if (d == u'"' || d == u'\'') {
                    quote = d;
                } else if (d == u'>') {
                    break;
                }
                ++j;
            }
            i = j < n ? j + 1 : n;
            if (!closing && (name == QLatin1String("script") || name == QLatin1String("style")
                             || name == QLatin1String("head") || name == QLatin1String("title"))) {
                const QString endTag = QLatin1String("</") + name;
                const qsizetype end = html.indexOf(endTag, i, Qt::CaseInsensitive);
                if (end < 0) {
                    i = n;
                } else {
                    const qsizetype close = html.indexOf(u'>', end);
                    i = close < 0 ? n : close + 1;
                }
            }
            out.append(u' ');
            continue;
        }
        if (c == u'&') {
            const qsizetype semi = html.indexOf(u';', i + 1);
            if (semi > i + 1 && semi - i <= 10) {
                const QStringView ref = html.sliced(i + 1, semi - i - 1);
                bool decoded = false;
                if (ref.startsWith(u'#')) {
                    bool ok = false;
                    const uint cp = (ref.size() > 1 && (ref[1] == u'x' || ref[1] == u'X'))
                        ? ref.sliced(2).toUInt(&ok, 16)
                        : ref.sliced(1).toUInt(&ok, 10);
                    if (ok && cp > 0 && cp <= 0x10FFFF) {
                        const char32_t ucs = cp;
                        out.append(QString::fromUcs4(&ucs, 1));
                        decoded = true;
                    }
                } else {
                    for (const NamedEntity& entity : kEntities) {
                        if (ref == QStringView(entity.name)) {
                            if (entity.value != 0)
                                out.append(QChar(entity.value));
                            decoded = true;
                            break;
                        }
                    }
                }
                if (decoded) {
                    i = semi + 1;
                    continue;
                }
            }
        }
        out.append(c);
        ++i;
    }
    return out;
}

namespace {
double jaccard(const WordSet& a, const WordSet& b)
{
    const QSet<QStringView>& wa = a.words();
    const QSet<QStringView>& wb = b.words();
    if (wa.isEmpty() && wb.isEmpty())
        return 1.0;
    qsizetype common = 0;
    const QSet<QStringView>& smaller = wa.size() <= wb.size() ? wa : wb;
    const QSet<QStringView>& larger = wa.size() <= wb.size() ? wb : wa;
    for (QStringView w : smaller) {
        if (larger.contains(w))
            ++common;
    }
    const qsizetype unionSize = wa.size() + wb.size() - common;
    return unionSize == 0 ? 1.0 : double(common) / double(unionSize);
}
} // namespace

double wordSetSimilarity(QStringView a, QStringView b)
{
    return jaccard(WordSet(a), WordSet(b));
}

namespace {

/** The checks; one instance per lintMessage() call. */
class Linter
{
    Q_DECLARE_TR_FUNCTIONS(Deliverbench::MessageLint)

public:
    Linter(const Message& message, const LintOptions& options)
        : m_msg(message), m_opt(options)
    {
    }

    Findings run();

private:
    struct TextPart
    {
        QByteArray decoded;
        QString text;       // charset-decoded, at most maxCompareBytes of the decoded bytes
        bool has8bit = false;
    };

    // finding construction
    Finding& add(const char* code, Severity severity, const QString& title, const QString& detail,
                 const QString& reference, const QString& remedy, const QString& rule = {});
    /** True once a code has reached kMaxFindingsPerCode: callers skip expensive detail work. */
    bool saturated(const char* code) const { return m_codeCount.value(QByteArray(code)) >= kMaxFindingsPerCode; }
    void setEvidence(Finding& f, qint64 offset, qint64 length) const;
    void setEvidence(Finding& f, const HeaderField* field) const;
    /** Field evidence of a part; parts parsed from a decoded copy (MimePart::source) point at their wrapper instead. */
    void setEvidence(Finding& f, const MimePart& part, const HeaderField* field) const;
    const MimePart* inputAnchor(const MimePart& part) const;
    /** Part path for findings about a header section: empty for the message header itself. */
    QString headerPath(const MimePart& part) const { return &part == m_msg.root.get() ? QString() : part.path; }
    QByteArrayView bytesOf(const MimePart& part, qint64 offset, qint64 length) const;
    void setLineEvidence(Finding& f, qint64 pos, qint64 lo, qint64 hi) const;
    QString lineNumberOf(qint64 pos) const;

    // checks
    void checkRequiredHeaders();
    void checkMessageId();
    void checkDate();
    void checkFrom();
    void checkReceivedSkew();
    void checkMimeVersion();
    void checkDuplicateMimeHeaders(const MimePart& part);
    void checkDefects(const MimePart& part);
    void check8BitHeaders(const MimePart& part);
    void checkLeaf(const MimePart& part);
    void checkMultipart(const MimePart& part);
    void checkAlternative(const MimePart& part);
    void checkRelated(const MimePart& part);
    void checkCidReferences();
    void checkHtmlOnly();
    void checkLongLines();
    void checkListUnsubscribe();
    void addSummaryPasses(qsizetype headerFindingsStart);

    // helpers
    const TextPart& textPart(const MimePart& part);
    bool isBodyText(const MimePart& part) const;
    bool insideEncapsulated(const MimePart& part) const;
    const MimePart* effectiveLeaf(const MimePart* part, QByteArrayView subtype) const;
    const MimePart* relatedRoot(const MimePart& related) const;
    const MimePart* deepestPartAt(qint64 offset) const;
    const HeaderField* contentTypeField(const MimePart& part) const;
    const QList<QByteArray>& cidReferences(const MimePart& htmlPart);

    const Message& m_msg;
    LintOptions m_opt;
    Findings m_out;
    Finding m_discard;
    QHash<QByteArray, int> m_codeCount;
    std::unordered_map<const MimePart*, TextPart> m_text; // node-based: references stay valid
    std::unordered_map<const MimePart*, QList<QByteArray>> m_cidRefs;
    QList<const MimePart*> m_parts;
    QHash<const MimePart*, QSet<int>> m_defectKindsSeen;
    QSet<int> m_messageDefectsSeen;
};

Finding& Linter::add(const char* code, Severity severity, const QString& title, const QString& detail,
                     const QString& reference, const QString& remedy, const QString& rule)
{
    const QByteArray key(code);
    int& count = m_codeCount[key];
    if (count >= kMaxFindingsPerCode) {
        m_discard = Finding();
        return m_discard;
    }
    ++count;
    Finding f;
    f.code = key;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.reference = reference;
    f.remedy = remedy;
    f.rule = rule;
    m_out.append(std::move(f));
    return m_out.last();
}

void Linter::setEvidence(Finding& f, qint64 offset, qint64 length) const
{
    if (&f == &m_discard)
        return;
    const QByteArrayView view = m_msg.slice(offset, length);
    if (view.isNull() && length > 0)
        return;
    f.offset = view.isEmpty() ? offset : m_msg.data->offsetOf(view.data());
    f.length = view.size();
    const bool truncated = view.size() > kEvidenceDisplayBytes;
    f.evidence = QString::fromUtf8(truncated ? view.first(kEvidenceDisplayBytes) : view);
    if (truncated)
        f.evidence += QChar(0x2026);
}

void Linter::setEvidence(Finding& f, const HeaderField* field) const
{
    if (!field)
        return;
    const QByteArrayView whole = m_msg.slice(field->offset, field->length);
    setEvidence(f, field->offset, trimTrailingLineBreak(whole).size());
}

void Linter::setLineEvidence(Finding& f, qint64 pos, qint64 lo, qint64 hi) const
{
    if (&f == &m_discard)
        return; // over the per-code limit: no work
    const QByteArrayView all = m_msg.data->bytes();
    lo = std::clamp<qint64>(lo, 0, all.size());
    hi = std::clamp<qint64>(hi, lo, all.size());
    pos = std::clamp<qint64>(pos, lo, hi);
    qint64 start = pos;
    while (start > lo && all[start - 1] != '\n')
        --start;
    const void* nl = pos < hi ? std::memchr(all.data() + pos, '\n', size_t(hi - pos)) : nullptr;
    qint64 end = nl ? static_cast<const char*>(nl) - all.data() : hi;
    if (end > start && all[end - 1] == '\r' && end - 1 >= pos)
        --end;
    setEvidence(f, start, end - start);
}

QString Linter::lineNumberOf(qint64 pos) const
{
    const QByteArrayView msg = m_msg.bytes();
    const qint64 rel = std::clamp<qint64>(pos - m_msg.offset, 0, msg.size());
    return QString::number(msg.first(rel).count('\n') + 1);
}

const MimePart* Linter::inputAnchor(const MimePart& part) const
{
    const MimePart* p = &part;
    while (p && p->source)
        p = p->parent;
    return p;
}

void Linter::setEvidence(Finding& f, const MimePart& part, const HeaderField* field) const
{
    if (!part.source) {
        setEvidence(f, field);
        return;
    }
    const MimePart* anchor = inputAnchor(part);
    if (!anchor)
        return;
    const HeaderField* cte = anchor->headers.first("Content-Transfer-Encoding");
    setEvidence(f, cte ? cte : anchor->headers.first("Content-Type"));
}

QByteArrayView Linter::bytesOf(const MimePart& part, qint64 offset, qint64 length) const
{
    const QByteArrayView all = m_msg.sourceBytes(part);
    if (offset < 0 || offset > all.size())
        return {};
    return all.sliced(offset, std::min<qint64>(length, all.size() - offset));
}

const HeaderField* Linter::contentTypeField(const MimePart& part) const
{
    return part.headers.first("Content-Type");
}

bool Linter::isBodyText(const MimePart& part) const
{
    if (!part.isLeaf() || part.contentType.type != "text")
        return false;
    if (part.contentType.subtype != "plain" && part.contentType.subtype != "html")
        return false;
    return part.disposition.type != "attachment";
}

bool Linter::insideEncapsulated(const MimePart& part) const
{
    for (const MimePart* p = part.parent; p; p = p->parent) {
        if (p->isEncapsulatedMessage())
            return true;
    }
    return false;
}

const Linter::TextPart& Linter::textPart(const MimePart& part)
{
    auto it = m_text.find(&part);
    if (it != m_text.end())
        return it->second;
    TextPart t;
    t.decoded = m_msg.decodedBody(part);
    t.has8bit = firstHighByte(t.decoded) >= 0;
    const QByteArrayView head = QByteArrayView(t.decoded).first(std::min<qsizetype>(t.decoded.size(), m_opt.maxCompareBytes));
    t.text = decodeCharset(part.charset(), head);
    return m_text.emplace(&part, std::move(t)).first->second;
}

/** The part that stands for `part` in an alternative: a related's root, a mixed's first part. */
const MimePart* Linter::effectiveLeaf(const MimePart* part, QByteArrayView subtype) const
{
    for (int guard = 0; part && guard < 128; ++guard) {
        if (part->isLeaf())
            return part;
        if (!part->isMultipart() || part->children.empty())
            return nullptr;
        if (part->contentType.subtype == "related") {
            part = relatedRoot(*part);
        } else if (part->contentType.subtype == "alternative") {
            const MimePart* found = nullptr;
            for (const auto& child : part->children) {
                const MimePart* leaf = effectiveLeaf(child.get(), subtype);
                if (leaf && leaf->contentType.subtype == subtype)
                    found = leaf;
            }
            return found;
        } else {
            part = part->children.front().get();
        }
    }
    return nullptr;
}

const MimePart* Linter::relatedRoot(const MimePart& related) const
{
    if (related.children.empty())
        return nullptr;
    const HeaderParameter* start = related.contentType.parameter("start");
    if (!start)
        return related.children.front().get();
    QByteArray id = trimmedView(start->rawValue).toByteArray();
    if (id.startsWith('<') && id.endsWith('>'))
        id = id.mid(1, id.size() - 2);
    for (const auto& child : related.children) {
        if (child->contentId == id)
            return child.get();
    }
    return nullptr;
}

const MimePart* Linter::deepestPartAt(qint64 offset) const
{
    const MimePart* best = nullptr;
    for (const MimePart* p : m_parts) {
        if (offset >= p->offset && offset < p->offset + p->length && (!best || p->depth >= best->depth))
            best = p;
    }
    return best;
}

// ---------------------------------------------------------------------------------------
// Header fields (RFC 5322 §3.6)

void Linter::checkRequiredHeaders()
{
    const HeaderBlock& h = m_msg.headers();
    const QString ref36 = QStringLiteral("RFC 5322 §3.6");

    struct Missing { const char* name; const char* code; Severity severity; const char* rule; const char* reference; };
    static const Missing missing[] = {
        {"Date", "HDR.MISSING_DATE", Severity::Error, "MISSING_DATE (SpamAssassin, rspamd)", "RFC 5322 §3.6, §3.6.1"},
        {"From", "HDR.MISSING_FROM", Severity::Error, "MISSING_FROM (SpamAssassin, rspamd)", "RFC 5322 §3.6, §3.6.2"},
        {"Message-ID", "HDR.MISSING_MESSAGE_ID", Severity::Warning, "MISSING_MID (SpamAssassin, rspamd)", "RFC 5322 §3.6.4"},
        {"Subject", "HDR.MISSING_SUBJECT", Severity::Warning, "MISSING_SUBJECT (SpamAssassin, rspamd)", "RFC 5322 §3.6.5"},
        {"To", "HDR.MISSING_TO", Severity::Warning, "MISSING_HEADERS (SpamAssassin), MISSING_TO (rspamd)", "RFC 5322 §3.6.3"},
    };
    for (const Missing& m : missing) {
        if (h.contains(m.name))
            continue;
        const QString name = QString::fromLatin1(m.name);
        QString remedy;
        if (qstrcmp(m.name, "Message-ID") == 0)
            remedy = tr("Generate a unique Message-ID such as <random@your-sending-domain> in the sending application; receivers synthesize one otherwise and score the message.");
        else if (qstrcmp(m.name, "To") == 0)
            remedy = tr("Address the recipient in To: instead of only in Bcc: or the envelope.");
        else
            remedy = tr("Make the sending application add a %1: field.").arg(name);
        add(m.code, m.severity, tr("Missing %1 header field").arg(name),
            tr("The message header has no %1: field.").arg(name), QString::fromUtf8(m.reference), remedy,
            QString::fromLatin1(m.rule));
    }

    struct Unique { const char* name; const char* code; const char* rule; };
    static const Unique unique[] = {
        {"Date", "HDR.DUPLICATE_DATE", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"From", "HDR.DUPLICATE_FROM", "MULTIPLE_FROM, MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"Sender", "HDR.DUPLICATE_SENDER", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"Reply-To", "HDR.DUPLICATE_REPLY_TO", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"To", "HDR.DUPLICATE_TO", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"Cc", "HDR.DUPLICATE_CC", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"Bcc", "HDR.DUPLICATE_BCC", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"Message-ID", "HDR.DUPLICATE_MESSAGE_ID", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"In-Reply-To", "HDR.DUPLICATE_IN_REPLY_TO", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"References", "HDR.DUPLICATE_REFERENCES", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
        {"Subject", "HDR.DUPLICATE_SUBJECT", "MULTIPLE_UNIQUE_HEADERS (rspamd)"},
    };
    for (const Unique& u : unique) {
        const QList<const HeaderField*> fields = h.all(u.name);
        if (fields.size() < 2)
            continue;
        QStringList lines;
        for (const HeaderField* f : fields)
            lines.append(QString::number(f->line));
        const QString name = QString::fromLatin1(u.name);
        Finding& f = add(u.code, Severity::Error, tr("Duplicate %1 header field").arg(name),
                         tr("%1 %2: fields (lines %3); RFC 5322 allows at most one. Gmail rejects such messages as not RFC 5322 compliant.")
                             .arg(fields.size()).arg(name, lines.join(QStringLiteral(", "))),
                         ref36, tr("Remove the extra %1: field; check that the application and the mail server do not both add one.").arg(name),
                         QString::fromLatin1(u.rule));
        setEvidence(f, fields.at(1));
    }
}

void Linter::checkMessageId()
{
    const HeaderField* field = m_msg.headers().first("Message-ID");
    if (!field)
        return;
    const QByteArray value = field->unfolded();
    const MessageIdResult r = parseMessageIds(value);
    if (r.valid && r.ids.size() == 1)
        return;
    QString why;
    if (r.ids.isEmpty())
        why = tr("no <id-left@id-right> identifier could be read");
    else if (r.ids.size() > 1)
        why = tr("%1 identifiers where exactly one is allowed").arg(r.ids.size());
    else
        why = tr("the identifier does not follow the msg-id syntax");
    Finding& f = add("HDR.INVALID_MESSAGE_ID", Severity::Warning, tr("Invalid Message-ID"),
                     tr("Message-ID \"%1\": %2.").arg(QString::fromUtf8(value.left(200)), why),
                     QStringLiteral("RFC 5322 §3.6.4"),
                     tr("Generate Message-IDs of the form <unique-part@your-domain>, angle brackets included."),
                     QStringLiteral("INVALID_MSGID (SpamAssassin, rspamd)"));
    setEvidence(f, field);
}

void Linter::checkFrom()
{
    const HeaderBlock& h = m_msg.headers();
    const HeaderField* field = h.first("From");
    if (!field)
        return;
    const AddressListResult r = parseAddressList(field->unfolded());
    qsizetype valid = 0;
    for (const Mailbox& mb : r.mailboxes) {
        if (mb.isValid())
            ++valid;
    }
    if (valid == 0) {
        Finding& f = add("HDR.INVALID_FROM", Severity::Error, tr("From has no valid address"),
                         tr("No mailbox could be read from the From: field%1.")
                             .arg(r.errors.isEmpty() ? QString() : QString(QStringLiteral(" (") + r.errors.join(QStringLiteral("; ")) + u')')),
                         QStringLiteral("RFC 5322 §3.6.2, §3.4"),
                         tr("Write From: as \"Display Name\" <local@domain>."), QString());
        setEvidence(f, field);
    } else if (valid > 1 && !h.contains("Sender")) {
        Finding& f = add("HDR.FROM_MULTIPLE_NO_SENDER", Severity::Error, tr("Several From addresses without Sender"),
                         tr("From: lists %1 mailboxes but there is no Sender: field.").arg(valid),
                         QStringLiteral("RFC 5322 §3.6.2"),
                         tr("Use a single From address, or add a Sender: field naming the actual sender."), QString());
        setEvidence(f, field);
    }
}

void Linter::checkDate()
{
    const HeaderBlock& h = m_msg.headers();
    const HeaderField* field = h.first("Date");
    if (!field)
        return;
    const QByteArray value = field->unfolded();
    const DateParseResult date = parseDate(value);
    if (!date.dateTime.isValid()) {
        Finding& f = add("HDR.INVALID_DATE", Severity::Warning, tr("Unreadable Date"),
                         tr("The Date: value \"%1\" is not a date-time.").arg(QString::fromUtf8(value.left(200))),
                         QStringLiteral("RFC 5322 §3.3"),
                         tr("Format Date: as in \"Tue, 4 Mar 2025 09:15:00 +0100\"."),
                         QStringLiteral("INVALID_DATE (SpamAssassin)"));
        setEvidence(f, field);
        return;
    }

    // Reference: the oldest Received with a date (what the first receiving MTA saw).
    QDateTime reference;
    QString referenceText;
    bool fromReceived = false;
    const QList<ReceivedHop> timeline = receivedTimeline(h);
    for (const ReceivedHop& hop : timeline) {
        if (hop.field.date.isValid()) {
            reference = hop.field.date;
            fromReceived = true;
            referenceText = tr("the oldest Received field (%1)").arg(reference.toUTC().toString(Qt::ISODate));
            break;
        }
    }
    if (!reference.isValid()) {
        reference = m_opt.now.isValid() ? m_opt.now : QDateTime::currentDateTimeUtc();
        referenceText = tr("the current time (%1), as the message has no dated Received field")
                            .arg(reference.toUTC().toString(Qt::ISODate));
    }
    const qint64 diff = reference.secsTo(date.dateTime); // > 0: Date after the reference
    const auto bucket = [](qint64 seconds) -> QString {
        const qint64 hours = seconds / 3600;
        if (hours < 3)
            return {};
        if (hours < 6)
            return QStringLiteral("03_06");
        if (hours < 12)
            return QStringLiteral("06_12");
        if (hours < 24)
            return QStringLiteral("12_24");
        if (hours < 48)
            return QStringLiteral("24_48");
        if (hours < 96)
            return QStringLiteral("48_96");
        return QStringLiteral("96_XX");
    };
    const auto human = [](qint64 seconds) {
        if (seconds >= 2 * 86400)
            return tr("%1 days").arg(seconds / 86400);
        if (seconds >= 3600)
            return tr("%1 hours").arg(double(seconds) / 3600.0, 0, 'f', 1);
        return tr("%1 minutes").arg(seconds / 60);
    };
    if (diff > m_opt.maxFutureSkewSeconds) {
        const QString b = bucket(diff);
        QString rule = QStringLiteral("DATE_IN_FUTURE (rspamd)");
        if (!b.isEmpty())
            rule = QStringLiteral("DATE_IN_FUTURE_") + b + QStringLiteral(" (SpamAssassin), ") + rule;
        Finding& f = add("HDR.DATE_IN_FUTURE", Severity::Warning, tr("Date is in the future"),
                         tr("Date: %1 is %2 after %3.").arg(date.dateTime.toUTC().toString(Qt::ISODate), human(diff), referenceText),
                         QStringLiteral("RFC 5322 §3.6.1"),
                         tr("Fix the clock or the time zone of the sending host (use NTP); Date must be the time the message was written."),
                         rule);
        setEvidence(f, field);
    } else if (-diff > m_opt.maxDateSkewSeconds) {
        const QString b = bucket(-diff);
        QString rule = QStringLiteral("DATE_IN_PAST (rspamd)");
        if (!b.isEmpty())
            rule = QStringLiteral("DATE_IN_PAST_") + b + QStringLiteral(" (SpamAssassin), ") + rule;
        Finding& f = add("HDR.DATE_IN_PAST", fromReceived ? Severity::Warning : Severity::Info, tr("Date is far in the past"),
                         tr("Date: %1 is %2 before %3.").arg(date.dateTime.toUTC().toString(Qt::ISODate), human(-diff), referenceText),
                         QStringLiteral("RFC 5322 §3.6.1"),
                         fromReceived ? tr("Set Date when the message is sent, not when the template or the queue entry was created; check the sending host's clock.")
                                      : tr("Nothing to do if this is an old message opened for reference."),
                         rule);
        setEvidence(f, field);
    }
}

void Linter::checkReceivedSkew()
{
    const HeaderBlock& h = m_msg.headers();
    const QList<ReceivedHop> timeline = receivedTimeline(h);
    for (const ReceivedHop& hop : timeline) {
        if (!hop.clockSkew)
            continue;
        const HeaderField* field = nullptr;
        for (const HeaderField& candidate : h.fields) {
            if (candidate.offset == hop.field.offset) {
                field = &candidate;
                break;
            }
        }
        Finding& f = add("HDR.RECEIVED_CLOCK_SKEW", Severity::Info, tr("Clock skew between relays"),
                         tr("The Received field of %1 is dated %2 seconds before the hop that handed the message to it; one of the clocks is wrong (this is skew, not delay).")
                             .arg(QString::fromLatin1(hop.field.by.isEmpty() ? QByteArray("?") : hop.field.by.left(200)))
                             .arg(hop.delaySeconds ? -*hop.delaySeconds : 0),
                         QStringLiteral("RFC 5321 §4.4"),
                         tr("Nothing for the sender to do unless the host is yours: then synchronize its clock (NTP)."), QString());
        setEvidence(f, field);
    }
}

// ---------------------------------------------------------------------------------------
// MIME headers (RFC 2045)

void Linter::checkMimeVersion()
{
    const MimePart& root = *m_msg.root;
    const HeaderBlock& h = root.headers;
    const HeaderField* version = h.first("MIME-Version");
    const HeaderField* ct = h.first("Content-Type");
    const HeaderField* cte = h.first("Content-Transfer-Encoding");
    const HeaderField* cd = h.first("Content-Disposition");
    if (!version) {
        if (!ct && !cte && !cd)
            return;
        QString rule = QStringLiteral("MISSING_MIME_VERSION (rspamd)");
        if (ct && !cte && !cd && !root.contentType.is("text", "plain"))
            rule += QStringLiteral(", MIME_HEADER_CTYPE_ONLY (SpamAssassin)");
        Finding& f = add("MIME.MISSING_VERSION", Severity::Warning, tr("MIME headers without MIME-Version"),
                         tr("The message uses %1 but has no \"MIME-Version: 1.0\" field, so a strict reader treats it as plain RFC 5322 text.")
                             .arg(QString::fromLatin1(ct ? ct->name.toByteArray() : (cte ? cte->name.toByteArray() : cd->name.toByteArray()))),
                         QStringLiteral("RFC 2045 §4"), tr("Add \"MIME-Version: 1.0\" to the message header."), rule);
        setEvidence(f, ct ? ct : (cte ? cte : cd));
        return;
    }
    // "1.0", optionally followed by a comment (RFC 2045 §4 allows CFWS)
    QByteArray value = version->unfolded();
    const qsizetype paren = value.indexOf('(');
    if (paren >= 0)
        value.truncate(paren);
    value = value.simplified().replace(' ', QByteArray());
    if (value != "1.0") {
        Finding& f = add("MIME.INVALID_VERSION", Severity::Warning, tr("MIME-Version is not 1.0"),
                         tr("MIME-Version: \"%1\"; the only defined version is 1.0.").arg(QString::fromUtf8(version->unfolded().left(100))),
                         QStringLiteral("RFC 2045 §4"), tr("Write \"MIME-Version: 1.0\"."), QString());
        setEvidence(f, version);
    }
}

void Linter::checkDuplicateMimeHeaders(const MimePart& part)
{
    static const char* const names[] = {"Content-Type", "Content-Transfer-Encoding", "Content-Disposition", "MIME-Version"};
    for (const char* name : names) {
        const QList<const HeaderField*> fields = part.headers.all(name);
        if (fields.size() < 2)
            continue;
        Finding& f = add("MIME.DUPLICATE_HEADER", Severity::Warning, tr("Duplicate %1 field").arg(QString::fromLatin1(name)),
                         tr("%1 %2: fields in one header section; readers disagree on which one counts.")
                             .arg(fields.size()).arg(QString::fromLatin1(name)),
                         QStringLiteral("RFC 2045 §3"), tr("Keep only one %1: field.").arg(QString::fromLatin1(name)),
                         QStringLiteral("MULTIPLE_UNIQUE_HEADERS (rspamd)"));
        f.partPath = headerPath(part);
        setEvidence(f, part, fields.at(1));
    }
}

void Linter::check8BitHeaders(const MimePart& part)
{
    QStringList names;
    const HeaderField* first = nullptr;
    bool allUtf8 = true;
    for (const HeaderField& field : part.headers.fields) {
        const QByteArrayView raw = bytesOf(part, field.offset, field.length);
        if (firstHighByte(raw) < 0)
            continue;
        if (!first)
            first = &field;
        if (firstInvalidUtf8(raw) >= 0)
            allUtf8 = false;
        if (names.size() < kMaxListedNames)
            names.append(QString::fromLatin1(field.name.toByteArray()));
    }
    if (!first)
        return;
    Finding& f = add("HDR.8BIT_RAW", allUtf8 ? Severity::Warning : Severity::Error, tr("Raw 8-bit characters in header fields"),
                     allUtf8 ? tr("Unencoded UTF-8 in %1. This is only allowed when every hop supports SMTPUTF8 (RFC 6532); elsewhere use RFC 2047 encoded words.")
                                   .arg(names.join(QStringLiteral(", ")))
                             : tr("Unencoded 8-bit octets that are not UTF-8 in %1; readers guess the charset and show garbage.")
                                   .arg(names.join(QStringLiteral(", "))),
                     QStringLiteral("RFC 5322 §2.2, RFC 2047 §1, RFC 6532 §3"),
                     tr("Encode non-ASCII header text as RFC 2047 encoded words (=?UTF-8?Q?...?=)."),
                     QStringLiteral("SUBJ_ILLEGAL_CHARS, FROM_ILLEGAL_CHARS (SpamAssassin), INVALID_FROM_8BIT (rspamd)"));
    f.partPath = headerPath(part);
    setEvidence(f, part, first);
}

// ---------------------------------------------------------------------------------------
// Parser defects

void Linter::checkDefects(const MimePart& part)
{
    QSet<int>& seenHere = m_defectKindsSeen[&part];
    for (const ParseDefect& d : std::as_const(part.defects)) {
        using K = ParseDefect::Kind;
        const int kind = int(d.kind);
        // message-wide defects are reported once (with the first position)
        const bool messageWide = d.kind == K::NulByte || d.kind == K::BareCarriageReturn || d.kind == K::MixedLineEndings;
        if (messageWide) {
            if (m_messageDefectsSeen.contains(kind))
                continue;
            m_messageDefectsSeen.insert(kind);
        } else if (d.kind != K::MalformedHeaderLine) {
            if (seenHere.contains(kind))
                continue;
        }
        seenHere.insert(kind);
        const QString detailBytes = QString::fromUtf8(d.detail.left(200));
        const HeaderField* ct = contentTypeField(part);
        bool evidenceIsContentType = false;
        Finding* f = nullptr;
        switch (d.kind) {
        case K::MissingClosingBoundary:
            f = &add("MIME.MISSING_CLOSING_BOUNDARY", Severity::Warning, tr("Missing closing boundary"),
                     tr("The multipart body ends without the closing delimiter \"--%1--\".").arg(QString::fromUtf8(part.contentType.boundary().left(200))),
                     QStringLiteral("RFC 2046 §5.1.1"),
                     tr("End every multipart body with --boundary-- on a line of its own; a truncated message (size limit, broken pipe) also shows this."),
                     QStringLiteral("MIME_MISSING_BOUNDARY (SpamAssassin)"));
            evidenceIsContentType = true;
            break;
        case K::BoundaryNeverFound:
            f = &add("MIME.BOUNDARY_NOT_FOUND", Severity::Error, tr("Boundary never found"),
                     tr("No delimiter line \"--%1\" occurs in the body, so the parts cannot be separated.").arg(QString::fromUtf8(part.contentType.boundary().left(200))),
                     QStringLiteral("RFC 2046 §5.1.1"),
                     tr("Make the boundary parameter match the delimiter lines exactly (case and quoting)."),
                     QStringLiteral("BROKEN_CONTENT_TYPE (rspamd), MIME_MISSING_BOUNDARY (SpamAssassin)"));
            evidenceIsContentType = true;
            break;
        case K::NoBoundaryParameter:
            f = &add("MIME.NO_BOUNDARY_PARAMETER", Severity::Error, tr("Multipart without boundary"),
                     tr("%1 has no boundary= parameter; the body was treated as one text part.").arg(QString::fromLatin1(part.contentType.mimeType())),
                     QStringLiteral("RFC 2046 §5.1.1"), tr("Add the boundary parameter to the Content-Type."),
                     QStringLiteral("BROKEN_CONTENT_TYPE (rspamd)"));
            evidenceIsContentType = true;
            break;
        case K::InvalidBoundary:
            f = &add("MIME.INVALID_BOUNDARY", Severity::Warning, tr("Invalid boundary"),
                     tr("The boundary \"%1\" is longer than 70 characters or uses characters outside RFC 2046's bchars.").arg(QString::fromUtf8(part.contentType.boundary().left(200))),
                     QStringLiteral("RFC 2046 §5.1.1"), tr("Use 1-70 characters from letters, digits and '()+_,-./:=?."), QString());
            evidenceIsContentType = true;
            break;
        case K::NestingTooDeep:
            f = &add("MIME.NESTING_TOO_DEEP", Severity::Warning, tr("MIME nesting too deep"),
                     tr("Parsing stopped descending at depth %1; the rest is treated as one leaf. Scanners do the same and may miss content.").arg(part.depth),
                     QStringLiteral("RFC 2046 §5.1"), tr("Flatten the structure; legitimate mail rarely nests more than a few levels."),
                     QString());
            break;
        case K::MalformedHeaderLine:
            f = &add("HDR.MALFORMED_LINE", Severity::Error, tr("Malformed header line"),
                     tr("A line in the header section is neither a field (name:value) nor a continuation: \"%1\".").arg(detailBytes),
                     QStringLiteral("RFC 5322 §2.2"),
                     tr("Fix the generator: every header line needs a field name and a colon, continuation lines start with a space or tab."),
                     QString());
            break;
        case K::HeaderWithoutSeparator:
            f = &add("MIME.NO_HEADER_SEPARATOR", Severity::Warning, tr("No blank line after the header"),
                     tr("The part has no empty line between its header fields and its body."),
                     QStringLiteral("RFC 5322 §2.1, RFC 2046 §5.1.1"), tr("Put an empty line after the header fields of every part."),
                     QString());
            break;
        case K::InvalidContentType:
            f = &add("MIME.INVALID_CONTENT_TYPE", Severity::Error, tr("Unparsable Content-Type"),
                     tr("The Content-Type could not be parsed; text/plain was assumed."),
                     QStringLiteral("RFC 2045 §5.1"), tr("Write Content-Type as type/subtype; parameter=value."),
                     QStringLiteral("BROKEN_CONTENT_TYPE (rspamd)"));
            evidenceIsContentType = true;
            break;
        case K::EightBitInHeader:
            continue; // reported by check8BitHeaders() with the field as evidence
        case K::NulByte:
            f = &add("MIME.NUL_BYTE", Severity::Error, tr("NUL octet in the message"),
                     tr("The message contains a NUL (0x00) octet; many MTAs reject or truncate such mail."),
                     QStringLiteral("RFC 5322 §2.3, RFC 5321 §4.5.2"),
                     tr("Transfer binary data base64-encoded."), QString());
            break;
        case K::BareCarriageReturn:
            f = &add("MIME.BARE_CR", Severity::Error, tr("Bare carriage return"),
                     tr("A CR octet not followed by LF; RFC 5322 forbids it and some MTAs (Postfix smtpd_forbid_bare_newline) reject the message."),
                     QStringLiteral("RFC 5322 §2.3"), tr("Emit CRLF line endings only."), QString());
            break;
        case K::MixedLineEndings:
            f = &add("MIME.MIXED_LINE_ENDINGS", Severity::Warning, tr("Mixed line endings"),
                     tr("The message mixes CRLF and bare LF line endings; bare LF in SMTP is rejected by strict servers and breaks DKIM body hashes after relays normalize them."),
                     QStringLiteral("RFC 5322 §2.3, RFC 5321 §2.3.8"), tr("Normalize the message to CRLF before sending."),
                     QString());
            break;
        case K::TooManyParts:
            f = &add("MIME.TOO_MANY_PARTS", Severity::Warning, tr("Too many MIME parts"),
                     tr("Splitting stopped at the part limit; the rest of the body is treated as one leaf. Scanners stop early too and may miss content."),
                     QStringLiteral("RFC 2046 §5.1"), tr("Send fewer parts; legitimate mail rarely has more than a few dozen."),
                     QString());
            break;
        case K::EncapsulatedTruncated:
            f = &add("MIME.ENCAPSULATED_TRUNCATED", Severity::Warning, tr("Encapsulated message has no header"),
                     tr("The %1 part holds no header section.").arg(QString::fromLatin1(part.contentType.mimeType())),
                     QStringLiteral("RFC 2046 §5.2.1"), tr("Attach the complete message, header included."), QString());
            break;
        }
        if (!f || f->code.isEmpty())
            continue;
        f->partPath = (d.kind == K::MalformedHeaderLine || d.kind == K::HeaderWithoutSeparator) ? headerPath(part) : part.path;
        if (part.source)
            setEvidence(*f, part, nullptr);
        else if (evidenceIsContentType && ct)
            setEvidence(*f, ct);
        else if (d.offset >= 0)
            setLineEvidence(*f, d.offset, m_msg.offset, m_msg.offset + m_msg.length);
    }
}

// ---------------------------------------------------------------------------------------
// Parts

void Linter::checkMultipart(const MimePart& part)
{
    if (!part.encodingToken.isEmpty() && !isIdentityEncoding(part.encoding)) {
        Finding& f = add("MIME.MULTIPART_ENCODED", Severity::Error, tr("Encoded multipart"),
                         tr("%1 declares Content-Transfer-Encoding %2; only 7bit, 8bit or binary are allowed on a multipart.")
                             .arg(QString::fromLatin1(part.contentType.mimeType()), QString::fromLatin1(part.encodingToken)),
                         QStringLiteral("RFC 2045 §6.4"), tr("Encode the leaf parts, not the multipart container."), QString());
        f.partPath = part.path;
        setEvidence(f, part.headers.first("Content-Transfer-Encoding"));
    }
    using K = ParseDefect::Kind;
    if (!part.closingBoundaryFound && !m_defectKindsSeen.value(&part).contains(int(K::MissingClosingBoundary))
        && !m_defectKindsSeen.value(&part).contains(int(K::BoundaryNeverFound))) {
        Finding& f = add("MIME.MISSING_CLOSING_BOUNDARY", Severity::Warning, tr("Missing closing boundary"),
                         tr("The multipart body ends without the closing delimiter \"--%1--\".").arg(QString::fromUtf8(part.contentType.boundary().left(200))),
                         QStringLiteral("RFC 2046 §5.1.1"),
                         tr("End every multipart body with --boundary-- on a line of its own; a truncated message (size limit, broken pipe) also shows this."),
                         QStringLiteral("MIME_MISSING_BOUNDARY (SpamAssassin)"));
        f.partPath = part.path;
        setEvidence(f, part, contentTypeField(part));
    }
    if (insideEncapsulated(part))
        return;
    if (part.contentType.subtype == "alternative")
        checkAlternative(part);
    else if (part.contentType.subtype == "related")
        checkRelated(part);
}

void Linter::checkAlternative(const MimePart& part)
{
    int plainIndex = -1;
    int htmlIndex = -1;
    const MimePart* plain = nullptr;
    const MimePart* html = nullptr;
    for (int i = 0; i < int(part.children.size()); ++i) {
        const MimePart* child = part.children[size_t(i)].get();
        if (const MimePart* p = effectiveLeaf(child, "plain"); p && p->contentType.is("text", "plain") && plainIndex < 0) {
            plainIndex = i;
            plain = p;
        }
        if (const MimePart* h = effectiveLeaf(child, "html"); h && h->contentType.is("text", "html")) {
            htmlIndex = i; // the last HTML alternative is the one shown
            html = h;
        }
    }
    const HeaderField* ct = contentTypeField(part);
    if (html && !plain) {
        Finding& f = add("MIME.ALT_HTML_ONLY", Severity::Warning, tr("multipart/alternative without a text/plain part"),
                         tr("The alternatives offer HTML but no plain-text version."),
                         QStringLiteral("RFC 2046 §5.1.4"),
                         tr("Add a text/plain alternative with the same content before the HTML part."),
                         QStringLiteral("MIME_MA_MISSING_TEXT (rspamd), MIME_HTML_ONLY (SpamAssassin)"));
        f.partPath = part.path;
        setEvidence(f, part, ct);
        return;
    }
    if (plain && !html) {
        Finding& f = add("MIME.ALT_NO_HTML", Severity::Info, tr("multipart/alternative without a text/html part"),
                         tr("The alternatives offer plain text but no HTML; a single text/plain part would say the same."),
                         QStringLiteral("RFC 2046 §5.1.4"),
                         tr("Send a single text/plain part, or add the HTML alternative that was meant to be there."),
                         QStringLiteral("MIME_MA_MISSING_HTML (rspamd)"));
        f.partPath = part.path;
        setEvidence(f, part, ct);
        return;
    }
    if (!plain || !html)
        return;
    if (htmlIndex < plainIndex) {
        Finding& f = add("MIME.ALT_WRONG_ORDER", Severity::Warning, tr("Alternatives in the wrong order"),
                         tr("text/html (part %1) comes before text/plain (part %2); readers show the last alternative they support, so they show the plain text.")
                             .arg(part.children[size_t(htmlIndex)]->path, part.children[size_t(plainIndex)]->path),
                         QStringLiteral("RFC 2046 §5.1.4"),
                         tr("Order the alternatives from the simplest to the richest: text/plain first, text/html last."), QString());
        f.partPath = part.path;
        setEvidence(f, part, ct);
    }

    const TextPart& plainText = textPart(*plain);
    const QString plainString = plainText.text;
    const QString htmlVisible = visibleHtmlText(textPart(*html).text, m_opt.maxCompareBytes);
    const WordSet a(plainString);
    const WordSet b(htmlVisible);
    const qsizetype unionEstimate = std::max(a.size(), b.size());
    if (unionEstimate < 8)
        return; // too little text to judge
    const double similarity = jaccard(a, b);
    if (similarity >= m_opt.minAlternativeSimilarity)
        return;
    // All of each difference, sorted, then the first few: QSet's order changes from run to run
    // (Qt seeds its hash per process), and the same message must give the same report.
    QStringList onlyHtml;
    QStringList onlyText;
    for (QStringView w : b.words()) {
        if (!a.contains(w))
            onlyHtml.append(w.toString());
    }
    for (QStringView w : a.words()) {
        if (!b.contains(w))
            onlyText.append(w.toString());
    }
    onlyHtml.sort();
    onlyText.sort();
    onlyHtml = onlyHtml.mid(0, kMaxListedNames);
    onlyText = onlyText.mid(0, kMaxListedNames);
    Finding& f = add("MIME.ALT_TEXT_HTML_MISMATCH", Severity::Warning, tr("Text and HTML alternatives differ"),
                     tr("Only %1% of the words are shared between text/plain (part %2, %3 distinct words) and the visible text of text/html (part %4, %5 distinct words). Only in HTML: %6. Only in text: %7.")
                         .arg(qRound(similarity * 100.0))
                         .arg(plain->path).arg(a.size())
                         .arg(html->path).arg(b.size())
                         .arg(onlyHtml.isEmpty() ? QStringLiteral("-") : onlyHtml.join(QStringLiteral(", ")),
                              onlyText.isEmpty() ? QStringLiteral("-") : onlyText.join(QStringLiteral(", "))),
                     QStringLiteral("RFC 2046 §5.1.4"),
                     tr("Generate the plain-text alternative from the same content as the HTML; a placeholder like \"view this in a browser\" scores as spam."),
                     QStringLiteral("MPART_ALT_DIFF (SpamAssassin), R_PARTS_DIFFER (rspamd)"));
    f.partPath = part.path;
    setEvidence(f, part, ct);
}

const QList<QByteArray>& Linter::cidReferences(const MimePart& htmlPart)
{
    auto cached = m_cidRefs.find(&htmlPart);
    if (cached != m_cidRefs.end())
        return cached->second;
    QList<QByteArray> refs;
    const QByteArray& html = textPart(htmlPart).decoded;
    qsizetype pos = 0;
    // The next "cid:" and "CID:" at or after pos, each searched again only once pos has passed it
    // (searching both from pos every time went over the rest of the part once per reference).
    qsizetype at = -2, atUpper = -2;
    while (refs.size() < kMaxCidRefs) {
        if (at != -1 && at < pos)
            at = html.indexOf("cid:", pos);
        if (atUpper != -1 && atUpper < pos)
            atUpper = html.indexOf("CID:", pos);
        qsizetype hit = at;
        if (hit < 0 || (atUpper >= 0 && atUpper < hit))
            hit = atUpper;
        if (hit < 0)
            break;
        qsizetype end = hit + 4;
        while (end < html.size() && end - hit < 260) {
            const char c = html[end];
            if (c == '"' || c == '\'' || c == '<' || c == '>' || c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ')')
                break;
            ++end;
        }
        if (end > hit + 4)
            refs.append(percentDecode(QByteArrayView(html).sliced(hit + 4, end - hit - 4)));
        pos = end;
    }
    return m_cidRefs.emplace(&htmlPart, std::move(refs)).first->second;
}

void Linter::checkRelated(const MimePart& part)
{
    const HeaderField* ct = contentTypeField(part);
    const MimePart* root = relatedRoot(part);
    if (!root) {
        const HeaderParameter* start = part.contentType.parameter("start");
        Finding& f = add("MIME.RELATED_NO_ROOT", Severity::Error, tr("multipart/related without a root part"),
                         start ? tr("start=\"%1\" names no body part's Content-ID.").arg(QString::fromUtf8(start->rawValue.left(200)))
                               : tr("The multipart/related has no body parts."),
                         QStringLiteral("RFC 2387 §3.2"),
                         tr("Make start= match the root part's Content-ID, or drop start= and put the HTML first."), QString());
        f.partPath = part.path;
        setEvidence(f, part, ct);
        return;
    }
    // cid: references from every HTML part inside the related
    QSet<QByteArray> referenced;
    std::function<void(const MimePart&)> collect = [&](const MimePart& p) {
        if (p.isLeaf()) {
            if (p.contentType.is("text", "html")) {
                for (const QByteArray& r : cidReferences(p))
                    referenced.insert(r.toLower());
            }
            return;
        }
        if (p.isEncapsulatedMessage())
            return;
        for (const auto& child : p.children)
            collect(*child);
    };
    collect(part);
    for (const auto& child : part.children) {
        if (child.get() == root)
            continue;
        if (!child->contentId.isEmpty() && referenced.contains(child->contentId.toLower()))
            continue;
        if (child->contentId.isEmpty() && child->headers.contains("Content-Location"))
            continue; // may be referenced by URL (RFC 2557)
        const HeaderField* cid = child->headers.first("Content-ID");
        Finding& f = add("MIME.RELATED_UNREFERENCED_CID", Severity::Warning, tr("Related part not referenced"),
                         child->contentId.isEmpty()
                             ? tr("Part %1 (%2) inside multipart/related has no Content-ID, so the HTML cannot show it; clients list it as an attachment.")
                                   .arg(child->path, QString::fromLatin1(child->contentType.mimeType()))
                             : tr("Part %1 (%2) has Content-ID <%3> but no cid:%3 reference exists in the HTML; clients list it as an attachment.")
                                   .arg(child->path, QString::fromLatin1(child->contentType.mimeType()), QString::fromUtf8(child->contentId.left(200))),
                         QStringLiteral("RFC 2387 §5, RFC 2392"),
                         tr("Reference the part from the HTML (<img src=\"cid:...\">) or move it out of multipart/related as a regular attachment."),
                         QString());
        f.partPath = child->path;
        setEvidence(f, *child, cid ? cid : contentTypeField(*child));
    }
}

void Linter::checkCidReferences()
{
    QSet<QByteArray> ids;
    for (const MimePart* p : std::as_const(m_parts)) {
        if (!p->contentId.isEmpty())
            ids.insert(p->contentId.toLower());
    }
    for (const MimePart* p : std::as_const(m_parts)) {
        if (!p->isLeaf() || !p->contentType.is("text", "html") || insideEncapsulated(*p))
            continue;
        QStringList missing;
        QByteArray firstMissing;
        for (const QByteArray& ref : cidReferences(*p)) {
            if (ids.contains(ref.toLower()))
                continue;
            if (firstMissing.isEmpty())
                firstMissing = ref;
            const QString s = QString::fromUtf8(ref.left(200));
            if (!missing.contains(s) && missing.size() < kMaxListedNames)
                missing.append(s);
        }
        if (missing.isEmpty())
            continue;
        Finding& f = add("MIME.CID_NOT_FOUND", Severity::Warning, tr("cid: reference without a matching part"),
                         tr("The HTML of part %1 refers to %2 but no part has that Content-ID; the image shows as broken.")
                             .arg(p->path, QString(QStringLiteral("cid:") + missing.join(QStringLiteral(", cid:")))),
                         QStringLiteral("RFC 2392 §2, RFC 2387"),
                         tr("Attach the image inside the multipart/related with Content-ID: <%1>, or fix the reference.").arg(QString::fromUtf8(firstMissing.left(200))),
                         QString());
        f.partPath = p->path;
        // exact evidence when the reference is visible in the raw body (7bit/8bit, usually QP too)
        const QByteArrayView raw = m_msg.rawBody(*p);
        const QByteArray needle = QByteArrayLiteral("cid:") + firstMissing;
        const qsizetype at = raw.indexOf(needle);
        if (at >= 0 && !p->source)
            setEvidence(f, p->bodyOffset + at, needle.size());
        else
            setEvidence(f, *p, contentTypeField(*p));
    }
}

void Linter::checkLeaf(const MimePart& part)
{
    const QByteArrayView raw = m_msg.rawBody(part);
    const qint64 bodyStart = part.bodyOffset;
    // Where raw is in its RawData, for the passes over it in pieces (PieceReader).
    const Message::BodyRange body = m_msg.rawBodyRange(part);
    const bool inInput = !part.source; // else offsets refer to a decoded copy: use the wrapper as evidence
    const HeaderField* cte = part.headers.first("Content-Transfer-Encoding");

    if (part.encoding == TransferEncoding::Unknown) {
        Finding& f = add("MIME.UNKNOWN_ENCODING", Severity::Error, tr("Unknown transfer encoding"),
                         tr("Content-Transfer-Encoding \"%1\" is not one of 7bit, 8bit, binary, quoted-printable, base64; the body was taken as it is.")
                             .arg(QString::fromUtf8(part.encodingToken.left(100))),
                         QStringLiteral("RFC 2045 §6.1, §6.4"),
                         tr("Use base64 for binary data and quoted-printable or 8bit for text."), QString());
        f.partPath = part.path;
        setEvidence(f, part, cte);
    }

    if (part.encoding == TransferEncoding::SevenBit) {
        const auto [first, count] = saturated("MIME.8BIT_IN_7BIT") ? std::pair<qint64, qint64>(-1, 0)
                                                                   : highBytes(body.source, body.from, body.to);
        const qint64 at = first < 0 ? -1 : first - body.from;
        if (at >= 0) {
            Finding& f = add("MIME.8BIT_IN_7BIT", Severity::Warning, tr("8-bit data in a 7bit part"),
                             tr("Octets above 127: %1, in a part whose transfer encoding is %2 (the first is on line %3).")
                                 .arg(count)
                                 .arg(part.encodingToken.isEmpty() ? tr("7bit by default") : QString::fromLatin1(part.encodingToken))
                                 .arg(inInput ? lineNumberOf(bodyStart + at) : QStringLiteral("?")),
                             QStringLiteral("RFC 2045 §2.7, §6.1"),
                             tr("Declare Content-Transfer-Encoding: 8bit (the server must offer 8BITMIME) or encode the part as quoted-printable."),
                             QStringLiteral("CTE_8BIT_MISMATCH (SpamAssassin), R_BAD_CTE_7BIT (rspamd)"));
            f.partPath = part.path;
            if (inInput)
                setLineEvidence(f, bodyStart + at, bodyStart, bodyStart + raw.size());
            else
                setEvidence(f, part, cte);
        }
    }

    if (part.encoding == TransferEncoding::QuotedPrintable) {
        const LongLines found = longLines(body.source, body.from, body.to, kMaxQpLineOctets);
        const qint64 longCount = found.count, longest = found.longest, firstLength = found.firstLength;
        const qint64 firstStart = found.firstStart - body.from;
        if (longCount > 0) {
            Finding& f = add("MIME.QP_LINE_TOO_LONG", Severity::Warning, tr("Quoted-printable line over 76 characters"),
                             tr("Encoded lines over 76 characters: %1 (the longest has %2); the encoder did not insert soft line breaks.")
                                 .arg(longCount).arg(longest),
                             QStringLiteral("RFC 2045 §6.7 (5)"),
                             tr("Use a conforming quoted-printable encoder that wraps lines with \"=\" soft breaks."),
                             QStringLiteral("MIME_QP_LONG_LINE (SpamAssassin)"));
            f.partPath = part.path;
            if (inInput)
                setEvidence(f, bodyStart + firstStart, firstLength);
            else
                setEvidence(f, part, cte);
        }
    }

    if (!isBodyText(part))
        return;
    const TextPart& text = textPart(part);
    const HeaderField* ct = contentTypeField(part);

    if (part.encoding == TransferEncoding::Base64) {
        Finding& f = add("MIME.BASE64_TEXT", text.has8bit ? Severity::Info : Severity::Warning, tr("Text body encoded in base64"),
                         text.has8bit ? tr("The %1 body is base64-encoded; receivers score base64 text mildly because it hides the words from simple filters.")
                                            .arg(QString::fromLatin1(part.contentType.mimeType()))
                                      : tr("The %1 body is base64-encoded although it is plain ASCII; spam filters treat that as disguised text.")
                                            .arg(QString::fromLatin1(part.contentType.mimeType())),
                         QStringLiteral("RFC 2045 §6.8"),
                         tr("Encode text as quoted-printable (or 7bit/8bit when the lines allow)."),
                         text.has8bit ? QStringLiteral("MIME_BASE64_TEXT (rspamd)")
                                      : QStringLiteral("MIME_BASE64_TEXT (SpamAssassin), MIME_BASE64_TEXT_BOGUS (rspamd)"));
        f.partPath = part.path;
        setEvidence(f, part, cte);
    }

    const QByteArray charset = part.charset();
    if (charset.isEmpty()) {
        Finding& f = add("MIME.MISSING_CHARSET", text.has8bit ? Severity::Warning : Severity::Info, tr("Text part without charset"),
                         text.has8bit ? tr("The %1 part has 8-bit text but no charset parameter; readers guess (often wrongly).")
                                            .arg(QString::fromLatin1(part.contentType.mimeType()))
                                      : tr("The %1 part has no charset parameter (US-ASCII is assumed, which fits its content).")
                                            .arg(QString::fromLatin1(part.contentType.mimeType())),
                         QStringLiteral("RFC 2046 §4.1.2"), tr("Add charset=utf-8 (or the charset actually used) to the Content-Type."),
                         QStringLiteral("R_MISSING_CHARSET (rspamd)"));
        f.partPath = part.path;
        if (ct)
            setEvidence(f, part, ct);
        return;
    }
    if (!isKnownCharset(charset)) {
        Finding& f = add("MIME.CHARSET_UNKNOWN", Severity::Warning, tr("Unknown charset"),
                         tr("charset=%1 is not a known character set; the text was decoded as UTF-8 or windows-1252.")
                             .arg(QString::fromUtf8(charset.left(100))),
                         QStringLiteral("RFC 2046 §4.1.2, RFC 2978"), tr("Use a registered charset name, preferably utf-8."),
                         QString());
        f.partPath = part.path;
        setEvidence(f, part, ct);
        return;
    }
    bool ok = true;
    const bool utf8 = charset == "utf-8" || charset == "utf8";
    qsizetype badAt = -1;
    if (utf8) {
        badAt = firstInvalidUtf8(text.decoded);
        ok = badAt < 0;
    } else {
        (void)decodeCharset(charset, text.decoded, &ok);
    }
    if (!ok) {
        Finding& f = add("MIME.CHARSET_DECODE_FAILED", Severity::Warning, tr("Text does not decode in its charset"),
                         badAt >= 0 ? tr("The %1 body is declared %2 but has an invalid byte sequence at decoded offset %3; readers show replacement characters.")
                                          .arg(QString::fromLatin1(part.contentType.mimeType()), QString::fromLatin1(charset)).arg(badAt)
                                    : tr("The %1 body is declared %2 but contains bytes that are invalid in it.")
                                          .arg(QString::fromLatin1(part.contentType.mimeType()), QString::fromLatin1(charset)),
                         QStringLiteral("RFC 2046 §4.1.2"), tr("Declare the charset the text is really written in (usually utf-8)."),
                         QStringLiteral("R_BAD_CTE_7BIT (rspamd)"));
        f.partPath = part.path;
        if (inInput && badAt >= 0 && isIdentityEncoding(part.encoding) && badAt < raw.size())
            setLineEvidence(f, bodyStart + badAt, bodyStart, bodyStart + raw.size());
        else
            setEvidence(f, part, ct);
    }
}

void Linter::checkHtmlOnly()
{
    const MimePart* firstHtml = nullptr;
    bool hasPlain = false;
    for (const MimePart* p : std::as_const(m_parts)) {
        if (insideEncapsulated(*p))
            continue;
        if (p->isMultipart() && p->contentType.subtype == "alternative")
            return; // MIME.ALT_* covers it
        if (!isBodyText(*p))
            continue;
        if (p->contentType.subtype == "plain")
            hasPlain = true;
        else if (!firstHtml)
            firstHtml = p;
    }
    if (!firstHtml || hasPlain)
        return;
    Finding& f = add("MIME.HTML_ONLY", Severity::Warning, tr("HTML-only message"),
                     tr("The message has a text/html body (part %1) and no text/plain alternative.").arg(firstHtml->path),
                     QStringLiteral("RFC 2046 §5.1.4"),
                     tr("Send multipart/alternative with a text/plain part first and the HTML last."),
                     QStringLiteral("MIME_HTML_ONLY (SpamAssassin, rspamd)"));
    f.partPath = firstHtml->path;
    setEvidence(f, *firstHtml, contentTypeField(*firstHtml));
}

void Linter::checkLongLines()
{
    const LongLines found = longLines(m_msg.data.get(), m_msg.offset, m_msg.offset + m_msg.length, kMaxLineOctets);
    const qint64 count = found.count, longest = found.longest, firstStart = found.firstStart, firstLength = found.firstLength;
    if (count == 0)
        return;
    const qint64 at = firstStart;
    const MimePart* part = deepestPartAt(at);
    Finding& f = add("MIME.LINE_TOO_LONG", Severity::Error, tr("Line longer than 998 octets"),
                     tr("Lines over 998 octets: %1 (the longest has %2, the first is line %3); servers may break them, which corrupts the text and DKIM signatures.")
                         .arg(count).arg(longest).arg(lineNumberOf(at)),
                     QStringLiteral("RFC 5322 §2.1.1, RFC 5321 §4.5.3.1.6"),
                     tr("Encode long content as quoted-printable or base64, or wrap the lines."), QString());
    if (part)
        f.partPath = part->path;
    setEvidence(f, at, firstLength);
}

// ---------------------------------------------------------------------------------------
// List-Unsubscribe (RFC 2369 §3.2, RFC 8058)

void Linter::checkListUnsubscribe()
{
    const HeaderBlock& h = m_msg.headers();
    const HeaderField* unsub = h.first("List-Unsubscribe");
    const QList<const HeaderField*> posts = h.all("List-Unsubscribe-Post");
    const QByteArray precedence = lower(h.value("Precedence")).trimmed();
    const bool bulk = h.contains("List-Id") || precedence == "bulk" || precedence == "list" || !posts.isEmpty()
        || h.contains("Feedback-ID");
    const QString ref2369 = QStringLiteral("RFC 2369 §3.2");

    if (!unsub) {
        if (!bulk)
            return;
        Finding& f = add("LIST.UNSUBSCRIBE_MISSING", Severity::Warning, tr("Bulk mail without List-Unsubscribe"),
                         tr("The message looks like list or bulk mail (List-Id, Precedence, Feedback-ID or List-Unsubscribe-Post) but has no List-Unsubscribe field. Gmail and Yahoo require one from bulk senders."),
                         ref2369 + QStringLiteral(", RFC 8058"),
                         tr("Add List-Unsubscribe: <https://...>, <mailto:...> and List-Unsubscribe-Post: List-Unsubscribe=One-Click."),
                         QStringLiteral("HAS_LIST_UNSUB (rspamd, absent)"));
        const HeaderField* ev = h.first("List-Id");
        if (!ev && !posts.isEmpty())
            ev = posts.first();
        if (!ev)
            ev = h.first("Precedence");
        if (!ev)
            ev = h.first("Feedback-ID");
        setEvidence(f, ev);
        if (posts.isEmpty())
            return;
    }

    bool hasHttps = false;
    bool malformedReported = false;
    if (unsub) {
        const QByteArray value = unsub->unfolded();
        QStringList problems;
        qsizetype i = 0;
        int uris = 0;
        while (i < value.size() && uris < 64) {
            const char c = value[i];
            if (c == ' ' || c == '\t' || c == ',') {
                ++i;
                continue;
            }
            if (c == '(') { // comment
                const qsizetype close = value.indexOf(')', i);
                i = close < 0 ? value.size() : close + 1;
                continue;
            }
            if (c != '<') {
                const qsizetype comma = value.indexOf(',', i);
                const qsizetype end = comma < 0 ? value.size() : comma;
                problems.append(tr("\"%1\" is not enclosed in angle brackets").arg(QString::fromUtf8(value.mid(i, std::min<qsizetype>(end - i, 100)))));
                i = end;
                ++uris;
                continue;
            }
            const qsizetype close = value.indexOf('>', i);
            if (close < 0) {
                problems.append(tr("unterminated <"));
                break;
            }
            const QByteArray uri = trimmedView(QByteArrayView(value).sliced(i + 1, close - i - 1)).toByteArray();
            ++uris;
            const QByteArray luri = uri.toLower();
            if (luri.startsWith("https://") && uri.size() > 8) {
                hasHttps = true;
            } else if (luri.startsWith("http://") && uri.size() > 7) {
                // allowed by RFC 2369; RFC 8058 one-click needs https
            } else if (luri.startsWith("mailto:")) {
                if (!uri.contains('@'))
                    problems.append(tr("mailto URI without an address: %1").arg(QString::fromUtf8(uri.left(100))));
            } else {
                problems.append(tr("unsupported URI %1 (use https: or mailto:)").arg(QString::fromUtf8(uri.left(100))));
            }
            i = close + 1;
        }
        if (uris == 0)
            problems.append(tr("no URI"));
        if (!problems.isEmpty()) {
            malformedReported = true;
            Finding& f = add("LIST.UNSUBSCRIBE_MALFORMED", Severity::Warning, tr("Malformed List-Unsubscribe"),
                             tr("List-Unsubscribe: %1.").arg(problems.join(QStringLiteral("; "))),
                             ref2369, tr("Write each URI in angle brackets, comma-separated: <https://example.com/u/123>, <mailto:unsub@example.com>."),
                             QString());
            setEvidence(f, unsub);
        }
    }

    if (posts.isEmpty()) {
        if (unsub && !malformedReported) {
            Finding& f = add("LIST.ONECLICK_MISSING", Severity::Info, tr("No one-click unsubscribe"),
                             hasHttps ? tr("List-Unsubscribe has an https URI but there is no List-Unsubscribe-Post field, so mailbox providers cannot offer one-click unsubscribe.")
                                      : tr("List-Unsubscribe has no https URI and there is no List-Unsubscribe-Post field; Gmail and Yahoo expect one-click unsubscribe (RFC 8058) from bulk senders."),
                             QStringLiteral("RFC 8058 §3.1"),
                             tr("Add an https URI that accepts POST and the field \"List-Unsubscribe-Post: List-Unsubscribe=One-Click\"."),
                             QString());
            setEvidence(f, unsub);
        }
        return;
    }

    QStringList problems;
    const HeaderField* post = posts.first();
    const QByteArray postValue = post->unfolded();
    if (posts.size() > 1)
        problems.append(tr("%1 List-Unsubscribe-Post fields").arg(posts.size()));
    if (postValue != "List-Unsubscribe=One-Click")
        problems.append(tr("the value is \"%1\", it must be exactly \"List-Unsubscribe=One-Click\"").arg(QString::fromUtf8(postValue.left(100))));
    if (!unsub)
        problems.append(tr("there is no List-Unsubscribe field"));
    else if (!hasHttps)
        problems.append(tr("List-Unsubscribe has no https URI"));
    if (!problems.isEmpty()) {
        Finding& f = add("LIST.ONECLICK_INVALID", Severity::Warning, tr("Invalid one-click unsubscribe"),
                         tr("List-Unsubscribe-Post is present but %1; receivers ignore it.").arg(problems.join(QStringLiteral("; "))),
                         QStringLiteral("RFC 8058 §3.1"),
                         tr("Send \"List-Unsubscribe-Post: List-Unsubscribe=One-Click\" together with List-Unsubscribe: <https://...>."),
                         QString());
        setEvidence(f, post);
        return;
    }

    // RFC 8058 §4: a DKIM signature must cover both fields.
    bool covered = false;
    for (const HeaderField* sig : h.all("DKIM-Signature")) {
        const QList<QByteArray> tags = sig->unfolded().split(';');
        for (const QByteArray& tag : tags) {
            QByteArray t = tag;
            t.replace(' ', QByteArray()).replace('\t', QByteArray()).replace('\r', QByteArray()).replace('\n', QByteArray());
            if (!t.startsWith("h="))
                continue;
            const QList<QByteArray> names = t.mid(2).toLower().split(':');
            if (names.contains("list-unsubscribe") && names.contains("list-unsubscribe-post"))
                covered = true;
        }
    }
    if (!covered) {
        Finding& f = add("LIST.ONECLICK_NOT_SIGNED", Severity::Warning, tr("One-click fields not covered by DKIM"),
                         h.contains("DKIM-Signature")
                             ? tr("No DKIM-Signature lists both List-Unsubscribe and List-Unsubscribe-Post in h=; receivers do not honour unsigned one-click requests.")
                             : tr("The message has no DKIM-Signature; one-click unsubscribe requires one covering List-Unsubscribe and List-Unsubscribe-Post."),
                         QStringLiteral("RFC 8058 §4"),
                         tr("Sign with DKIM and include list-unsubscribe:list-unsubscribe-post in h=."), QString());
        setEvidence(f, post);
        return;
    }
    Finding& f = add("LIST.UNSUBSCRIBE_OK", Severity::Pass, tr("One-click unsubscribe is set up"),
                     tr("List-Unsubscribe has an https URI, List-Unsubscribe-Post is \"List-Unsubscribe=One-Click\" and a DKIM signature covers both."),
                     QStringLiteral("RFC 2369 §3.2, RFC 8058"), QString(), QString());
    setEvidence(f, unsub);
}

// ---------------------------------------------------------------------------------------

void Linter::addSummaryPasses(qsizetype headerFindingsStart)
{
    bool headerProblem = false;
    bool mimeProblem = false;
    for (qsizetype i = 0; i < m_out.size(); ++i) {
        const Finding& f = m_out.at(i);
        if (f.severity < Severity::Warning)
            continue;
        if (i >= headerFindingsStart
            && (f.code.startsWith("HDR.MISSING_") || f.code.startsWith("HDR.DUPLICATE_") || f.code.startsWith("HDR.INVALID_")
                || f.code.startsWith("HDR.FROM_")))
            headerProblem = true;
        if (f.code.startsWith("MIME."))
            mimeProblem = true;
    }
    if (!headerProblem) {
        add("HDR.REQUIRED_OK", Severity::Pass, tr("Header fields in order"),
            tr("Date, From, Message-ID, Subject and To are present once each and readable."),
            QStringLiteral("RFC 5322 §3.6"), QString(), QString());
    }
    if (!mimeProblem && !m_msg.headersOnly) {
        add("MIME.STRUCTURE_OK", Severity::Pass, tr("MIME structure is clean"),
            tr("%1 parts; no structural problem found.").arg(m_parts.size()),
            QStringLiteral("RFC 2045, RFC 2046"), QString(), QString());
    }
}

Findings Linter::run()
{
    if (!m_msg.root || !m_msg.data)
        return {};
    m_parts = m_msg.allParts();

    const qsizetype headerStart = m_out.size();
    checkRequiredHeaders();
    checkMessageId();
    checkFrom();
    checkDate();
    checkReceivedSkew();

    checkMimeVersion();
    for (const MimePart* part : std::as_const(m_parts)) {
        checkDuplicateMimeHeaders(*part);
        checkDefects(*part);
        check8BitHeaders(*part);
    }
    if (!m_msg.headersOnly) {
        for (const MimePart* part : std::as_const(m_parts)) {
            if (part->isMultipart())
                checkMultipart(*part);
            else if (part->isLeaf())
                checkLeaf(*part);
        }
        checkHtmlOnly();
        checkCidReferences();
    }
    checkLongLines();
    checkListUnsubscribe();
    addSummaryPasses(headerStart);
    return m_out;
}

} // namespace

Findings lintMessage(const Message& message, const LintOptions& options)
{
    Linter linter(message, options);
    return linter.run();
}

} // namespace Deliverbench::Mail
