#ifndef VITRINE_CLIBRARYLOADER_H
#define VITRINE_CLIBRARYLOADER_H
#include <pthread.h>
#include <stddef.h>

/* Loads a shared library at first use instead of naming it in the executable (NEEDED), so a
 * daemon that rarely prints does not map cairo, pango or libcups, nor pay their relocations,
 * while it idles. Each library's C target keeps a table of the functions it uses. */

/* One function to resolve: its name in the library, and where its address goes. */
struct vitrine_symbol {
    const char *name;
    void **slot;
};

/* A library loaded at most once per process; define it with VITRINE_LIBRARY. */
struct vitrine_library {
    const char *soname;
    const struct vitrine_symbol *symbols;
    size_t count;
    pthread_mutex_t lock;
    int state; /* 0: not tried, 1: loaded, -1: failed (not retried) */
    char reason[256];
};

#define VITRINE_LIBRARY(soname, symbols) \
    { soname, symbols, sizeof symbols / sizeof symbols[0], PTHREAD_MUTEX_INITIALIZER, 0, "" }

/* Opens the library (RTLD_NOW | RTLD_LOCAL: every symbol resolved now, none leaked to other
 * libraries) and fills every slot, once; the library stays loaded for the life of the process.
 * Returns NULL, or why it failed (dlerror's words, or the missing name): kept in `library`,
 * which a failed load never changes again. */
const char *vitrine_library_load(struct vitrine_library *library);
#endif
