#include "CCups.h"
#include <CLibraryLoader.h>

struct vitrine_cups_table vitrine_cups;

#define VITRINE_CUPS_SYMBOL(name) { #name, (void **)&vitrine_cups.name },
static const struct vitrine_symbol symbols[] = { VITRINE_CUPS_FUNCTIONS(VITRINE_CUPS_SYMBOL) };
static struct vitrine_library library = VITRINE_LIBRARY("libcups.so.2", symbols);

const char *vitrine_cups_load(void) {
    return vitrine_library_load(&library);
}
