// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark, reference side (issue 2): GMime 3 parses the same file (GMIME_FORMAT_MBOX over a
// GMimeStreamFs, the parser's default persistent-stream mode: content stays in the file),
// walks every leaf (multiparts and message/rfc822 parts are descended into, like the jsonl
// contract), decodes its content-transfer-encoding (g_mime_data_wrapper_write_to_stream) into
// a stream that SHA-256-hashes what it is given (OpenSSL EVP), and counts like bench_inspect.
//
//   bench_gmime FILE [--leaves OUT] [--no-persist] [--mem] [--warm FILE]
//
// Prints one JSON line: {"tool","file","bytes","messages","leaves","decodedBytes","seconds",
// "mbps","maxrss_kb"}. --leaves writes "MESSAGE_INDEX SIZE SHA256" per leaf, depth-first.
// --no-persist makes the parser load every part into memory (g_mime_parser_set_persist_stream).
// --mem adds where the memory went (mem_sampler.h): "peak_anon_kb", "start_anon_kb",
// "peak_input_kb" (always 0 here: GMime read()s the file) and "lib_growth_kb" (a separate run:
// the sampling costs time). --warm inspects another file first, untimed and before the baseline
// is taken, so that the code pages of the libraries are already resident (see bench_inspect).

#include "mem_sampler.h"

#include <gmime/gmime.h>
#include <openssl/evp.h>

#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static gboolean sample_memory = FALSE;

/* ---- a write-only GMimeStream that hashes ------------------------------------------- */

typedef struct
{
    GMimeStream parent;
    EVP_MD_CTX* ctx;
    gint64 written;
} HashStream;

typedef struct
{
    GMimeStreamClass parent_class;
} HashStreamClass;

GType hash_stream_get_type(void);
G_DEFINE_TYPE(HashStream, hash_stream, GMIME_TYPE_STREAM)

static ssize_t hash_stream_read(GMimeStream* stream, char* buf, size_t len)
{
    (void)stream;
    (void)buf;
    (void)len;
    return -1;
}

static ssize_t hash_stream_write(GMimeStream* stream, const char* buf, size_t len)
{
    HashStream* self = (HashStream*)stream;
    EVP_DigestUpdate(self->ctx, buf, len);
    self->written += (gint64)len;
    stream->position += (gint64)len;
    return (ssize_t)len;
}

static int hash_stream_flush(GMimeStream* stream)
{
    (void)stream;
    return 0;
}

static int hash_stream_close(GMimeStream* stream)
{
    (void)stream;
    return 0;
}

static gboolean hash_stream_eos(GMimeStream* stream)
{
    (void)stream;
    return FALSE;
}

static int hash_stream_reset(GMimeStream* stream)
{
    (void)stream;
    return -1;
}

static gint64 hash_stream_seek(GMimeStream* stream, gint64 offset, GMimeSeekWhence whence)
{
    (void)stream;
    (void)offset;
    (void)whence;
    return -1;
}

static gint64 hash_stream_tell(GMimeStream* stream)
{
    return stream->position;
}

static gint64 hash_stream_length(GMimeStream* stream)
{
    return ((HashStream*)stream)->written;
}

static GMimeStream* hash_stream_substream(GMimeStream* stream, gint64 start, gint64 end)
{
    (void)stream;
    (void)start;
    (void)end;
    return NULL;
}

static void hash_stream_finalize(GObject* object)
{
    EVP_MD_CTX_free(((HashStream*)object)->ctx);
    G_OBJECT_CLASS(hash_stream_parent_class)->finalize(object);
}

static void hash_stream_class_init(HashStreamClass* klass)
{
    GMimeStreamClass* stream_class = GMIME_STREAM_CLASS(klass);
    G_OBJECT_CLASS(klass)->finalize = hash_stream_finalize;
    stream_class->read = hash_stream_read;
    stream_class->write = hash_stream_write;
    stream_class->flush = hash_stream_flush;
    stream_class->close = hash_stream_close;
    stream_class->eos = hash_stream_eos;
    stream_class->reset = hash_stream_reset;
    stream_class->seek = hash_stream_seek;
    stream_class->tell = hash_stream_tell;
    stream_class->length = hash_stream_length;
    stream_class->substream = hash_stream_substream;
}

static void hash_stream_init(HashStream* self)
{
    self->ctx = EVP_MD_CTX_new();
    self->written = 0;
}

/* ---- the walk ---------------------------------------------------------------------- */

typedef struct
{
    int message;
    gint64 size;
    unsigned char digest[32];
} Leaf;

typedef struct
{
    long long messages, leaves, decodedBytes;
    int messageIndex;
    GArray* leafList; /* of Leaf, or NULL */
} Counters;

static void hash_leaf(GMimePart* part, Counters* counters)
{
    HashStream* hs = g_object_new(hash_stream_get_type(), NULL);
    g_mime_stream_construct(GMIME_STREAM(hs), 0, -1);
    EVP_DigestInit_ex(hs->ctx, EVP_sha256(), NULL);
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (content)
        g_mime_data_wrapper_write_to_stream(content, GMIME_STREAM(hs));
    Leaf leaf;
    unsigned int len = 0;
    leaf.message = counters->messageIndex;
    leaf.size = hs->written;
    EVP_DigestFinal_ex(hs->ctx, leaf.digest, &len);
    counters->leaves++;
    counters->decodedBytes += hs->written;
    if (counters->leafList)
        g_array_append_val(counters->leafList, leaf);
    g_object_unref(hs);
}

static void walk(GMimeObject* object, Counters* counters, int depth)
{
    if (!object || depth > 200)
        return;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; i++)
            walk(g_mime_multipart_get_part(multipart, i), counters, depth + 1);
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        GMimeMessage* message = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
        if (message)
            walk(g_mime_message_get_mime_part(message), counters, depth + 1);
    } else if (GMIME_IS_PART(object)) {
        hash_leaf(GMIME_PART(object), counters);
    }
}

/* Resident set in kB now (VmRSS of /proc/self/status): the baseline before the file is opened,
 * so the two tools' memory can be compared without the libraries each one loads. */
static long vm_rss_kb(void)
{
    FILE* f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    while (fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %ld kB", &kb) == 1)
            break;
    fclose(f);
    return kb;
}

/* Parses every message of the file at path, decoding and hashing every leaf (walk). */
static gboolean inspect_file(const char* path, gboolean persist, Counters* counters)
{
    GError* error = NULL;
    GMimeStream* stream = g_mime_stream_fs_open(path, O_RDONLY, 0, &error);
    if (!stream) {
        fprintf(stderr, "bench_gmime: %s: %s\n", path, error ? error->message : "cannot open");
        return FALSE;
    }
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    g_mime_parser_set_format(parser, GMIME_FORMAT_MBOX);
    g_mime_parser_set_persist_stream(parser, persist);
    while (!g_mime_parser_eos(parser)) {
        GMimeMessage* message = g_mime_parser_construct_message(parser, NULL);
        if (!message)
            break;
        counters->messageIndex = (int)counters->messages;
        walk(g_mime_message_get_mime_part(message), counters, 0);
        counters->messages++;
        g_object_unref(message);
    }
    g_object_unref(parser);
    g_object_unref(stream);
    return TRUE;
}

int main(int argc, char** argv)
{
    const char* path = NULL;
    const char* leavesPath = NULL;
    const char* warmPath = NULL;
    gboolean persist = TRUE;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--leaves") == 0 && i + 1 < argc)
            leavesPath = argv[++i];
        else if (strcmp(argv[i], "--no-persist") == 0)
            persist = FALSE;
        else if (strcmp(argv[i], "--mem") == 0)
            sample_memory = TRUE;
        else if (strcmp(argv[i], "--warm") == 0 && i + 1 < argc)
            warmPath = argv[++i];
        else if (!path && argv[i][0] != '-')
            path = argv[i];
        else
            path = NULL, i = argc;
    }
    if (!path) {
        fprintf(stderr, "usage: bench_gmime FILE [--leaves OUT] [--no-persist] [--mem] [--warm FILE]\n");
        return 2;
    }

    struct timespec t0, t1;
    g_mime_init();
    if (warmPath) {
        Counters warm = {0, 0, 0, 0, NULL};
        if (!inspect_file(warmPath, persist, &warm))
            return 2;
        if (mem_reset_peak() != 0)
            fprintf(stderr, "bench_gmime: cannot reset the peak RSS (/proc/self/clear_refs); maxrss_kb includes the warm-up\n");
    }
    const long baseline_kb = vm_rss_kb();
    MemSampler sampler;
    if (sample_memory)
        mem_sampler_start(&sampler, path);
    clock_gettime(CLOCK_MONOTONIC, &t0);
    Counters counters = {0, 0, 0, 0, leavesPath ? g_array_new(FALSE, FALSE, sizeof(Leaf)) : NULL};
    if (!inspect_file(path, persist, &counters))
        return 2;
    clock_gettime(CLOCK_MONOTONIC, &t1);
    MemReport mem = {0, 0, 0, 0};
    if (sample_memory)
        mem = mem_sampler_stop(&sampler);
    const double seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;

    struct stat st;
    const long long bytes = stat(path, &st) == 0 ? (long long)st.st_size : 0;
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    printf("{\"tool\":\"gmime\",\"file\":\"%s\",\"bytes\":%lld,\"messages\":%lld,\"leaves\":%lld,"
           "\"decodedBytes\":%lld,\"seconds\":%.4f,\"mbps\":%.2f,\"maxrss_kb\":%ld,\"baseline_rss_kb\":%ld",
           path, bytes, counters.messages, counters.leaves, counters.decodedBytes, seconds,
           seconds > 0 ? (double)bytes / 1e6 / seconds : 0.0, usage.ru_maxrss, baseline_kb);
    if (sample_memory)
        printf(",\"peak_anon_kb\":%ld,\"start_anon_kb\":%ld,\"peak_input_kb\":%ld,\"lib_growth_kb\":%ld", mem.peakAnonKb,
               mem.startAnonKb, mem.peakInputKb, mem.libGrowthKb);
    printf("}\n");

    if (counters.leafList) {
        FILE* out = fopen(leavesPath, "w");
        if (!out) {
            perror("bench_gmime: --leaves");
            return 1;
        }
        static const char hex[] = "0123456789abcdef";
        for (guint i = 0; i < counters.leafList->len; i++) {
            const Leaf* leaf = &g_array_index(counters.leafList, Leaf, i);
            char digest[65];
            for (int k = 0; k < 32; k++) {
                digest[2 * k] = hex[leaf->digest[k] >> 4];
                digest[2 * k + 1] = hex[leaf->digest[k] & 15];
            }
            digest[64] = '\0';
            fprintf(out, "%d %lld %s\n", leaf->message, (long long)leaf->size, digest);
        }
        fclose(out);
        g_array_free(counters.leafList, TRUE);
    }
    g_mime_shutdown();
    return 0;
}
