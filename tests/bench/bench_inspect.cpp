// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, Deliverbench side (issue 2): what `deliverbench-cli inspect --format jsonl` does
// for the leaves, without the output: MailboxReader over the file, for every message every
// leaf part transfer-decoded (Message::decodedBody) and SHA-256-hashed (OpenSSL EVP).
//
//   bench_inspect FILE [--leaves OUT]
//
// Prints one JSON line: {"tool","file","bytes","messages","leaves","decodedBytes","seconds",
// "mbps","maxrss_kb"} (MB = 10^6 bytes; maxrss of this process from getrusage). With
// --leaves, writes "MESSAGE_INDEX SIZE SHA256" per leaf, depth-first, for the agreement check
// against bench_gmime (the writing is outside the timed loop).

#include "message/Mailbox.h"

#include <QByteArray>
#include <QFile>
#include <QString>

#include <openssl/evp.h>

#include <sys/resource.h>

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

} // namespace

int main(int argc, char** argv)
{
    QString path, leavesPath;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--leaves" && i + 1 < argc)
            leavesPath = QString::fromLocal8Bit(argv[++i]);
        else if (path.isEmpty() && !a.startsWith('-'))
            path = QString::fromLocal8Bit(a);
        else {
            std::fprintf(stderr, "usage: bench_inspect FILE [--leaves OUT]\n");
            return 2;
        }
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: bench_inspect FILE [--leaves OUT]\n");
        return 2;
    }
    const bool keepLeaves = !leavesPath.isEmpty();

    const auto start = std::chrono::steady_clock::now();
    Result<Mail::MailboxReader> reader = Mail::MailboxReader::open(path);
    if (!reader) {
        std::fprintf(stderr, "bench_inspect: %s\n", qPrintable(reader.error().message));
        return 2;
    }
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const EVP_MD* sha256 = EVP_sha256();
    qint64 messages = 0, leaves = 0, decodedBytes = 0;
    std::vector<Leaf> leafList;
    while (std::optional<Mail::Message> message = reader->next()) {
        for (const Mail::MimePart* part : message->leafParts()) {
            const QByteArray decoded = message->decodedBody(*part);
            Leaf leaf{int(messages), decoded.size(), {}};
            unsigned int len = 0;
            EVP_DigestInit_ex(ctx, sha256, nullptr);
            EVP_DigestUpdate(ctx, decoded.constData(), size_t(decoded.size()));
            EVP_DigestFinal_ex(ctx, leaf.digest, &len);
            decodedBytes += decoded.size();
            ++leaves;
            if (keepLeaves)
                leafList.push_back(leaf);
        }
        ++messages;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EVP_MD_CTX_free(ctx);

    const qint64 bytes = reader->totalBytes();
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"tool\":\"deliverbench\",\"file\":\"%s\",\"bytes\":%lld,\"messages\":%lld,\"leaves\":%lld,"
                "\"decodedBytes\":%lld,\"seconds\":%.4f,\"mbps\":%.2f,\"maxrss_kb\":%ld}\n",
                qPrintable(path), static_cast<long long>(bytes), static_cast<long long>(messages),
                static_cast<long long>(leaves), static_cast<long long>(decodedBytes), seconds,
                seconds > 0 ? double(bytes) / 1e6 / seconds : 0.0, usage.ru_maxrss);

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
