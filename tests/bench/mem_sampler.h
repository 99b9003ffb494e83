/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Where the memory of a benchmark run goes (--mem of bench_inspect and bench_gmime), for Linux.
 * The growth of maxrss over the starting RSS mixes three things that mean different things:
 *   - anonymous memory (heap, stacks): what the tool allocates;
 *   - resident pages of the input file when it is memory-mapped (bench_inspect maps it; GMime
 *     read()s it into its own buffers, which count as anonymous);
 *   - pages of shared libraries' code and data touched for the first time during the run (the
 *     same libcrypto SHA-256 code for both; Qt's or GLib's parsing code): clean, shared, and
 *     gone from the comparison when the process has run once before.
 * A thread samples /proc/self/status (RssAnon) and /proc/self/smaps (the input's mapping) every
 * 250 us while the run goes on; the library growth is the per-mapping difference of
 * /proc/self/smaps at the end against the start. Plain C, so that both benchmarks include it.
 */
#ifndef DELIVERBENCH_BENCH_MEM_SAMPLER_H
#define DELIVERBENCH_BENCH_MEM_SAMPLER_H

#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct
{
    long peakAnonKb;   /* highest RssAnon seen */
    long startAnonKb;  /* RssAnon when sampling started */
    long peakInputKb;  /* highest Rss of the mappings of the input file */
    long libGrowthKb;  /* Rss growth of the other file-backed mappings, end against start */
} MemReport;

typedef struct
{
    char path[PATH_MAX];
    long rssKb;
} MemMapping;

typedef struct
{
    char input[PATH_MAX];
    MemMapping* start;
    int startCount;
    volatile int stop;
    pthread_t thread;
    MemReport report;
} MemSampler;

/* Rss of the file-backed mappings, summed per path ("" for anonymous ones), or -1. *out is malloc'ed. */
static int mem_sampler_mappings(MemMapping** out)
{
    FILE* f = fopen("/proc/self/smaps", "r");
    if (!f)
        return -1;
    int n = 0, cap = 64;
    MemMapping* list = (MemMapping*)malloc(sizeof(MemMapping) * (size_t)cap);
    char line[PATH_MAX + 128];
    int current = -1;
    while (fgets(line, sizeof line, f)) {
        long kb = 0;
        if (sscanf(line, "Rss: %ld kB", &kb) == 1) {
            if (current >= 0)
                list[current].rssKb += kb;
            continue;
        }
        /* a mapping line: "start-end perms offset dev inode [path]" */
        char range[64], perms[8], offset[32], dev[32], path[PATH_MAX];
        unsigned long inode = 0;
        path[0] = '\0';
        if (sscanf(line, "%63s %7s %31s %31s %lu %4095[^\n]", range, perms, offset, dev, &inode, path) < 5
            || !strchr(range, '-'))
            continue;
        const char* p = path;
        while (*p == ' ')
            ++p;
        if (inode == 0)
            p = ""; /* anonymous, heap, stack, vdso … */
        current = -1;
        for (int i = 0; i < n; ++i) {
            if (strcmp(list[i].path, p) == 0) {
                current = i;
                break;
            }
        }
        if (current < 0) {
            if (n == cap) {
                cap *= 2;
                list = (MemMapping*)realloc(list, sizeof(MemMapping) * (size_t)cap);
            }
            snprintf(list[n].path, sizeof list[n].path, "%s", p);
            list[n].rssKb = 0;
            current = n++;
        }
    }
    fclose(f);
    *out = list;
    return n;
}

static long mem_sampler_status_kb(const char* key)
{
    FILE* f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    long kb = -1;
    const size_t k = strlen(key);
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, key, k) == 0 && line[k] == ':') {
            kb = strtol(line + k + 1, NULL, 10);
            break;
        }
    }
    fclose(f);
    return kb;
}

static void mem_sampler_take(MemSampler* s)
{
    const long anon = mem_sampler_status_kb("RssAnon");
    if (anon > s->report.peakAnonKb)
        s->report.peakAnonKb = anon;
    MemMapping* list = NULL;
    const int n = mem_sampler_mappings(&list);
    for (int i = 0; i < n; ++i) {
        if (strcmp(list[i].path, s->input) == 0 && list[i].rssKb > s->report.peakInputKb)
            s->report.peakInputKb = list[i].rssKb;
    }
    free(list);
}

static void* mem_sampler_run(void* arg)
{
    MemSampler* s = (MemSampler*)arg;
    const struct timespec pause = {0, 250 * 1000};
    while (!s->stop) {
        mem_sampler_take(s);
        nanosleep(&pause, NULL);
    }
    return NULL;
}

/* Resets the process's peak RSS (VmHWM, and so getrusage's ru_maxrss) to its RSS now: after a
 * warm-up run, so that the peak that follows is the measured run's own. 0 on success. */
static int mem_reset_peak(void)
{
    FILE* f = fopen("/proc/self/clear_refs", "w");
    if (!f)
        return -1;
    const int ok = fputs("5", f) >= 0;
    return fclose(f) == 0 && ok ? 0 : -1;
}

/* Starts sampling; `input` is the input file (resolved to the path /proc shows). */
static void mem_sampler_start(MemSampler* s, const char* input)
{
    memset(s, 0, sizeof *s);
    if (!realpath(input, s->input))
        snprintf(s->input, sizeof s->input, "%s", input);
    s->startCount = mem_sampler_mappings(&s->start);
    s->report.startAnonKb = mem_sampler_status_kb("RssAnon");
    pthread_create(&s->thread, NULL, mem_sampler_run, s);
}

static MemReport mem_sampler_stop(MemSampler* s)
{
    s->stop = 1;
    pthread_join(s->thread, NULL);
    mem_sampler_take(s);
    MemMapping* end = NULL;
    const int n = mem_sampler_mappings(&end);
    for (int i = 0; i < n; ++i) {
        if (end[i].path[0] == '\0' || strcmp(end[i].path, s->input) == 0)
            continue;
        long before = 0;
        for (int j = 0; j < s->startCount; ++j) {
            if (strcmp(s->start[j].path, end[i].path) == 0) {
                before = s->start[j].rssKb;
                break;
            }
        }
        if (end[i].rssKb > before)
            s->report.libGrowthKb += end[i].rssKb - before;
    }
    free(end);
    free(s->start);
    s->start = NULL;
    return s->report;
}

#endif
