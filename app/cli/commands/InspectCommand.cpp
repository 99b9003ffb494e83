// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/InspectCommand.h"

#include "CliApplication.h"
#include "inspect/InspectJson.h"
#include "inspect/InspectText.h"
#include "inspect/InspectedMessage.h"
#include "message/Mailbox.h"
#include "report/BatchSummary.h"
#include "report/Case.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>

namespace Deliverbench::Cli {

namespace {

const QString kFormat = QStringLiteral("format");
const QString kSummary = QStringLiteral("summary");
constexpr qint64 kMaxStreamInput = qint64(1) << 30;   // stdin and pipes: read at most 1 GiB
constexpr qint64 kSniffBytes = 64 * 1024;

using Format = OutputFormat;

/** @short Writes UTF-8 bytes to the stream's device directly (no QString round trip) when it has one. */
void writeUtf8(QTextStream& stream, QByteArrayView bytes)
{
    if (QIODevice* device = stream.device()) {
        stream.flush();
        device->write(bytes.data(), bytes.size());
    } else {
        stream << QString::fromUtf8(bytes);
    }
}

/** @short Why an input is not inspected: one line for stderr. */
struct InputError
{
    QString message;
};

QString cannotRead(const QString& name, const QString& reason)
{
    return InspectCommand::tr("cannot read '%1': %2").arg(name, reason);
}

QString notMail(const QString& name, const QString& reason)
{
    return InspectCommand::tr("'%1' is not an email message (%2)").arg(name, reason);
}

/** @short Reads a stream (stdin, a pipe, a character device) up to kMaxStreamInput. */
tl::expected<QByteArray, QString> readStream(QIODevice& device)
{
    QByteArray bytes;
    // QFile on stdin or a pipe blocks in read() until data or end of input; QBuffer never blocks.
    for (;;) {
        const QByteArray chunk = device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
        if (bytes.size() > kMaxStreamInput)
            return tl::unexpected(InspectCommand::tr("input larger than 1 GiB; save it to a file first"));
    }
    return bytes;
}

/** @short Classifies bytes that are not a message: empty, binary or just no header line. */
std::optional<QString> sniffNotMail(QByteArrayView head, bool wholeInput)
{
    if (head.isEmpty())
        return wholeInput ? InspectCommand::tr("empty input") : InspectCommand::tr("empty file");
    if (!Mail::looksLikeMessage(head)) {
        qsizetype controls = 0;
        for (const char c : head) {
            const auto octet = static_cast<unsigned char>(c);
            if (octet < 32 && c != '\t' && c != '\r' && c != '\n' && c != '\f')
                ++controls;
        }
        if (head.contains('\0') || controls > head.size() / 100 + 2)
            return InspectCommand::tr("binary data");
        return InspectCommand::tr("no header fields at the start");
    }
    return std::nullopt;
}

tl::expected<Mail::MailboxReader, InputError> readerFromBytes(const QString& name, QByteArray bytes)
{
    if (const auto reason = sniffNotMail(bytes.left(kSniffBytes), true))
        return tl::unexpected(InputError{notMail(name, *reason)});
    return Mail::MailboxReader::fromBytes(std::move(bytes), name);
}

tl::expected<Mail::MailboxReader, InputError> openStdin(CommandIo& io)
{
    const QString name = QStringLiteral("-");
    std::unique_ptr<QFile> ownStdin;
    QIODevice* device = io.in;
    if (device == nullptr) {
        ownStdin = std::make_unique<QFile>();
        if (!ownStdin->open(stdin, QIODevice::ReadOnly))
            return tl::unexpected(InputError{cannotRead(name, ownStdin->errorString())});
        device = ownStdin.get();
    }
    auto bytes = readStream(*device);
    if (!bytes)
        return tl::unexpected(InputError{cannotRead(name, bytes.error())});
    return readerFromBytes(name, std::move(*bytes));
}

tl::expected<Mail::MailboxReader, InputError> openInput(const QString& name, CommandIo& io)
{
    if (name == QStringLiteral("-"))
        return openStdin(io);

    const QFileInfo info(name);
    if (!info.exists()) {
        QFile probe(name);
        probe.open(QIODevice::ReadOnly); // only for the system's wording of the error
        const QString reason = probe.errorString().isEmpty() ? InspectCommand::tr("No such file or directory")
                                                             : probe.errorString();
        return tl::unexpected(InputError{cannotRead(name, reason)});
    }
    if (info.isDir()) {
        const QDir dir(name);
        if (!dir.exists(QStringLiteral("cur")) && !dir.exists(QStringLiteral("new"))) {
            return tl::unexpected(InputError{
                InspectCommand::tr("'%1' is a directory but not a Maildir folder (no cur/ or new/ inside)").arg(name)});
        }
        if (!info.isReadable())
            return tl::unexpected(InputError{cannotRead(name, InspectCommand::tr("Permission denied"))});
    } else {
        QFile file(name);
        if (!file.open(QIODevice::ReadOnly))
            return tl::unexpected(InputError{cannotRead(name, file.errorString())});
        if (!info.isFile()) {
            // A pipe, process substitution or character device: cannot be mapped, read it whole.
            auto bytes = readStream(file);
            if (!bytes)
                return tl::unexpected(InputError{cannotRead(name, bytes.error())});
            return readerFromBytes(name, std::move(*bytes));
        }
        const QByteArray head = file.read(kSniffBytes);
        if (head.isEmpty() && file.error() != QFileDevice::NoError)
            return tl::unexpected(InputError{cannotRead(name, file.errorString())});
        if (const auto reason = sniffNotMail(head, false))
            return tl::unexpected(InputError{notMail(name, *reason)});
    }

    // One message at a time, each dropped before the next: read sequentially (MailboxReadMode).
    auto reader = Mail::MailboxReader::open(name, {Mail::MailboxReadMode::Sequential});
    if (!reader) {
        const Error& error = reader.error();
        if (error.kind == Error::Kind::InvalidInput)
            return tl::unexpected(InputError{notMail(name, error.message)});
        return tl::unexpected(InputError{cannotRead(name, error.message)});
    }
    return std::move(*reader);
}

/** @short "inspecting FILE: message N, P%" on stderr, at most four times a second, erased at the end. */
class Progress
{
public:
    Progress(QTextStream& err, bool enabled)
        : m_err(err)
        , m_enabled(enabled)
    {
        m_timer.start();
    }
    ~Progress() { clear(); }

    void update(const QString& file, int done, const Mail::MailboxReader& reader)
    {
        if (!m_enabled || m_timer.elapsed() < 250)
            return;
        m_timer.restart();
        const qint64 total = std::max<qint64>(1, reader.totalBytes());
        m_err << QStringLiteral("\r\x1b[K") << InspectCommand::tr("inspecting %1: message %2, %3%")
                                                    .arg(TextReport::printable(file))
                                                    .arg(done)
                                                    .arg(std::clamp<qint64>(reader.position() * 100 / total, 0, 100));
        m_err.flush();
        m_shown = true;
    }
    void clear()
    {
        if (!m_shown)
            return;
        m_err << QStringLiteral("\r\x1b[K");
        m_err.flush();
        m_shown = false;
    }

private:
    QTextStream& m_err;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

/** @short Streams the JSON of --format json: one object, or {"messages": [...]} object by object. */
class JsonWriter
{
public:
    explicit JsonWriter(QTextStream& out)
        : m_out(out)
    {
    }

    void setSingle(bool single) { m_single = single; }
    void write(const QJsonObject& object)
    {
        const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Indented);
        if (m_single && m_written == 0) {
            writeUtf8(m_out, json);
            ++m_written;
            return;
        }
        QByteArray text = m_written == 0 ? QByteArrayLiteral("{\n    \"messages\": [\n") : QByteArrayLiteral(",\n");
        // Indent the object by 8 spaces inside the array; drop its final newline.
        QByteArrayView body(json);
        if (body.endsWith('\n'))
            body.chop(1);
        text.reserve(text.size() + body.size() + body.size() / 8 + 16);
        qsizetype start = 0;
        while (start <= body.size()) {
            qsizetype end = body.indexOf('\n', start);
            if (end < 0)
                end = body.size();
            text += "        ";
            text += body.sliced(start, end - start);
            if (end < body.size())
                text += '\n';
            start = end + 1;
        }
        writeUtf8(m_out, text);
        ++m_written;
    }
    void finish(bool anyInputOpened)
    {
        if (m_single && m_written > 0)
            return;
        if (m_written > 0)
            writeUtf8(m_out, "\n    ]\n}\n");
        else if (anyInputOpened)
            writeUtf8(m_out, "{\n    \"messages\": []\n}\n");
        m_out.flush();
    }

private:
    QTextStream& m_out;
    bool m_single = false;
    int m_written = 0;
};

} // namespace

InspectCommand::InspectCommand()
    : Command(QStringLiteral("inspect"),
              tr("Inspect messages: MIME structure, headers, Received path, DSN and structure findings."))
{
    m_options.append(QCommandLineOption({QStringLiteral("f"), kFormat},
                                        tr("Output format: text (default), json or jsonl (one line per message)."),
                                        QStringLiteral("text|json|jsonl"), QStringLiteral("text")));
    m_options.append(QCommandLineOption(kSummary, tr("Print counts by sending domain, DKIM d= and worst finding severity, and bounces "
                                                     "by cause and receiving domain (with jsonl: after the messages).")));
    m_positionals.append({QStringLiteral("FILE"),
                          tr(".eml file, mbox, Maildir folder, or - for standard input. Repeatable."),
                          QStringLiteral("FILE...")});
}

int InspectCommand::run(const QCommandLineParser& parser, const CommonOptions& common, CommandIo& io)
{
    const std::optional<OutputFormat> parsedFormat = outputFormat(parser, io, true);
    if (!parsedFormat)
        return ExitUsage;
    const Format format = *parsedFormat;
    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty()) {
        usageError(io, tr("no input: name a FILE (.eml, mbox, Maildir) or - for standard input"));
        return ExitUsage;
    }
    std::optional<Report::CaseAppender> caseFile;
    if (!common.caseFile.isEmpty())
        caseFile.emplace(common.caseFile);

    const bool summaryMode = parser.isSet(kSummary);
    Report::BatchSummary summary;
    TextReport text(io.out, io.colour);
    JsonWriter json(io.out);
    Progress progress(io.err, io.errIsTty && !io.outIsTty);

    bool inputFailed = false;
    bool anyInputOpened = false;
    bool anyError = false;
    int index = 0;
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        const QString& name = inputs.at(i);
        auto reader = openInput(name, io);
        if (!reader) {
            progress.clear();
            io.out.flush();
            io.err << QStringLiteral("deliverbench-cli: ") << reader.error().message << u'\n';
            io.err.flush();
            inputFailed = true;
            continue;
        }
        // An mbox holds two messages or more (MailboxReader::open); counting them would cost a pass
        // over the whole file, so progress goes by bytes instead.
        const bool several = reader->format() == Mail::MailboxReader::Format::Mbox || reader->count() > 1;
        if (format == Format::Json && !anyInputOpened)
            json.setSingle(inputs.size() == 1 && !several && reader->count() == 1);
        anyInputOpened = true;

        int done = 0;
        while (std::optional<Mail::Message> message = reader->next()) {
            const InspectedMessage inspected = inspectMessage(*message, name, index);
            if (caseFile) {
                caseFile->addMessageCheck(QStringLiteral("inspect"),
                                          several ? QStringLiteral("%1#%2").arg(name).arg(message->index + 1) : name,
                                          message->bytes().toByteArray(), inspected.findings,
                                          inspectedMessageJson(inspected, true));
            }
            ++index;
            ++done;
            if (worstSeverity(inspected.findings) == Severity::Error)
                anyError = true;
            if (summaryMode) {
                // the verdict of inspect is the worst severity of the structure findings (issue 7 batch triage)
                Report::BatchEntry entry = Report::batchEntryFromMessage(*message);
                entry.verdict = severityToken(worstSeverity(inspected.findings));
                summary.add(entry);
                if (format != Format::Jsonl) {
                    progress.update(name, done, *reader);
                    continue;
                }
            }
            switch (format) {
            case Format::Jsonl: {
                QByteArray line = QJsonDocument(inspectedMessageJson(inspected, false)).toJson(QJsonDocument::Compact);
                line += '\n';
                writeUtf8(io.out, line);
                break;
            }
            case Format::Json:
                json.write(inspectedMessageJson(inspected, true));
                break;
            case Format::Text:
                text.writeMessage(inspected);
                break;
            }
            progress.update(name, done, *reader);
        }
        progress.clear();
    }

    if (caseFile) {
        if (const auto saved = caseFile->commit(); !saved) {
            io.err << QStringLiteral("deliverbench-cli: ") << saved.error().message << u'\n';
            inputFailed = true;
        }
    }
    if (summaryMode && format == Format::Json) {
        writeUtf8(io.out, QJsonDocument(QJsonObject{{QStringLiteral("summary"), summary.toJson()}}).toJson(QJsonDocument::Indented));
    } else if (summaryMode && format == Format::Jsonl) {
        writeUtf8(io.out, QByteArray(QJsonDocument(QJsonObject{{QStringLiteral("summary"), summary.toJson()}}).toJson(QJsonDocument::Compact) + '\n'));
    } else if (summaryMode) {
        io.out << TextReport::printable(summary.toText(), true);
    } else if (format == Format::Json) {
        json.finish(anyInputOpened);
    } else if (format == Format::Text && anyInputOpened) {
        text.writeSummary();
    }
    io.out.flush();
    io.err.flush();

    if (inputFailed)
        return ExitUsage;
    return anyError ? ExitFindings : ExitOk;
}

} // namespace Deliverbench::Cli
