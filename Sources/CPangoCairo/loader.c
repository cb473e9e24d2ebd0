#include "CPangoCairo.h"
#include <CLibraryLoader.h>

struct vitrine_pangocairo_table vitrine_pangocairo;

#define VITRINE_PANGOCAIRO_SYMBOL(name) { #name, (void **)&vitrine_pangocairo.name },
static const struct vitrine_symbol symbols[] = { VITRINE_PANGOCAIRO_FUNCTIONS(VITRINE_PANGOCAIRO_SYMBOL) };
static struct vitrine_library library = VITRINE_LIBRARY("libpangocairo-1.0.so.0", symbols);

const char *vitrine_pangocairo_load(void) {
    return vitrine_library_load(&library);
}
