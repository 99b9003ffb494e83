// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, Deliverbench side (issue 2): what `deliverbench-cli inspect --format jsonl` does
// for the leaves, without the output: MailboxReader over the file, for every message every
// leaf part transfer-decoded as it streams (Message::decodeBody) and SHA-256-hashed (OpenSSL EVP).
//
//   bench_inspect FILE [--leaves OUT] [--mem] [--warm FILE]
//
// Prints one JSON line: {"tool","file","bytes","messages","leaves","decodedBytes","seconds",
// "mbps","maxrss_kb"} (MB = 10^6 bytes; maxrss of this process from getrusage, which counts
// the resident pages of the memory-mapped input too). With --leaves, writes
// "MESSAGE_INDEX SIZE SHA256" per leaf, depth-first, for the agreement check against
// bench_gmime (the writing is outside the timed loop). With --mem, also says where the memory
// went (mem_sampler.h): "peak_anon_kb", "start_anon_kb", "peak_input_kb" (resident pages of the
// mapped input) and "lib_growth_kb" (library pages touched first during the run); the sampling
// costs time, so bench.sh makes a separate run for it. --warm inspects another (small) file first,
// untimed and before the baseline is taken: the pages of code and data that the libraries touch
// on first use are then resident already, and what the memory figures measure is what the file
// costs, as in a process that has inspected a message before (bench_gmime takes --warm too).

#include "message/Mailbox.h"

#include "mem_sampler.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <openssl/evp.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace Deliverbench;

namespace {

struct Leaf
{
    int message;
    qint64 size;
    unsigned char digest[32];
};

/** @short Resident set in kB now (VmRSS of /proc/self/status): the baseline before the file is
 *  opened, so the two tools' memory compares without the libraries each one loads. */
long vmRssKb()
{
    FILE* f = std::fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::sscanf(line, "VmRSS: %ld kB", &kb) == 1)
            break;
    }
    std::fclose(f);
    return kb;
}

struct Counts
{
    qint64 bytes = 0;
    qint64 messages = 0;
    qint64 leaves = 0;
    qint64 decodedBytes = 0;
};

/** @short Reads every message of the file, decodes and hashes every leaf; false (and a message
 *  on stderr) when the file cannot be opened. */
bool inspectFile(const QString& path, Counts* counts, std::vector<Leaf>* leafList)
{
    // As `inspect` reads: sequentially, one message at a time (MailboxReadMode::Sequential).
    Result<Mail::MailboxReader> reader = Mail::MailboxReader::open(path, {Mail::MailboxReadMode::Sequential});
    if (!reader) {
        std::fprintf(stderr, "bench_inspect: %s\n", qPrintable(reader.error().message));
        return false;
    }
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const EVP_MD* sha256 = EVP_sha256();
    while (std::optional<Mail::Message> message = reader->next()) {
        for (const Mail::MimePart* part : message->leafParts()) {
            // Streamed, as `inspect` hashes: the decoded body is never held whole.
            Leaf leaf{int(counts->messages), 0, {}};
            unsigned int len = 0;
            EVP_DigestInit_ex(ctx, sha256, nullptr);
            message->decodeBody(*part, [&](QByteArrayView piece) {
                EVP_DigestUpdate(ctx, piece.data(), size_t(piece.size()));
                leaf.size += piece.size();
            });
            EVP_DigestFinal_ex(ctx, leaf.digest, &len);
            counts->decodedBytes += leaf.size;
            ++counts->leaves;
            if (leafList)
                leafList->push_back(leaf);
        }
        ++counts->messages;
    }
    EVP_MD_CTX_free(ctx);
    counts->bytes = reader->totalBytes();
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QString path, leavesPath, warmPath;
    bool sampleMemory = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--leaves" && i + 1 < argc)
            leavesPath = QString::fromLocal8Bit(argv[++i]);
        else if (a == "--mem")
            sampleMemory = true;
        else if (a == "--warm" && i + 1 < argc)
            warmPath = QString::fromLocal8Bit(argv[++i]);
        else if (path.isEmpty() && !a.startsWith('-'))
            path = QString::fromLocal8Bit(a);
        else {
            std::fprintf(stderr, "usage: bench_inspect FILE [--leaves OUT] [--mem] [--warm FILE]\n");
            return 2;
        }
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_inspect FILE [--leaves OUT] [--mem] [--warm FILE]\n");
        return 2;
    }
    const bool keepLeaves = !leavesPath.isEmpty();

    if (!warmPath.isEmpty()) {
        Counts warm;
        if (!inspectFile(warmPath, &warm, nullptr))
            return 2;
        if (mem_reset_peak() != 0)
            std::fprintf(stderr, "bench_inspect: cannot reset the peak RSS (/proc/self/clear_refs); maxrss_kb includes the warm-up\n");
    }
    const long baselineKb = vmRssKb();
    MemSampler sampler;
    if (sampleMemory)
        mem_sampler_start(&sampler, QFile::encodeName(path).constData());
    const auto start = std::chrono::steady_clock::now();
    Counts counts;
    std::vector<Leaf> leafList;
    if (!inspectFile(path, &counts, keepLeaves ? &leafList : nullptr))
        return 2;
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    MemReport mem{};
    if (sampleMemory)
        mem = mem_sampler_stop(&sampler);

    const qint64 bytes = counts.bytes;
    const qint64 messages = counts.messages, leaves = counts.leaves, decodedBytes = counts.decodedBytes;
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"tool\":\"deliverbench\",\"file\":\"%s\",\"bytes\":%lld,\"messages\":%lld,\"leaves\":%lld,"
                "\"decodedBytes\":%lld,\"seconds\":%.4f,\"mbps\":%.2f,\"maxrss_kb\":%ld,\"baseline_rss_kb\":%ld%s}\n",
                qPrintable(path), static_cast<long long>(bytes), static_cast<long long>(messages),
                static_cast<long long>(leaves), static_cast<long long>(decodedBytes), seconds,
                seconds > 0 ? double(bytes) / 1e6 / seconds : 0.0, usage.ru_maxrss, baselineKb,
                sampleMemory ? (",\"peak_anon_kb\":" + std::to_string(mem.peakAnonKb) + ",\"start_anon_kb\":" + std::to_string(mem.startAnonKb)
                                + ",\"peak_input_kb\":" + std::to_string(mem.peakInputKb) + ",\"lib_growth_kb\":" + std::to_string(mem.libGrowthKb))
                                   .c_str()
                             : "");

    if (keepLeaves) {
        FILE* out = std::fopen(QFile::encodeName(leavesPath).constData(), "w");
        if (!out) {
            std::perror("bench_inspect: --leaves");
            return 1;
        }
        static const char hex[] = "0123456789abcdef";
        for (const Leaf& leaf : leafList) {
            char digest[65];
            for (int i = 0; i < 32; ++i) {
                digest[2 * i] = hex[leaf.digest[i] >> 4];
                digest[2 * i + 1] = hex[leaf.digest[i] & 15];
            }
            digest[64] = '\0';
            std::fprintf(out, "%d %lld %s\n", leaf.message, static_cast<long long>(leaf.size), digest);
        }
        std::fclose(out);
    }
    return 0;
}
