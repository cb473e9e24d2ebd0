#include "CLibraryLoader.h"
#include <dlfcn.h>
#include <stdio.h>

static int open_and_resolve(struct vitrine_library *library) {
    void *handle = dlopen(library->soname, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        const char *reason = dlerror();
        snprintf(library->reason, sizeof library->reason, "%s", reason != NULL ? reason : library->soname);
        return -1;
    }
    for (size_t index = 0; index < library->count; index++) {
        void *address = dlsym(handle, library->symbols[index].name);
        if (address == NULL) {
            snprintf(library->reason, sizeof library->reason, "%s: no symbol %s", library->soname,
                     library->symbols[index].name);
            return -1;
        }
        *library->symbols[index].slot = address;
    }
    return 1;
}

const char *vitrine_library_load(struct vitrine_library *library) {
    pthread_mutex_lock(&library->lock);
    if (library->state == 0) library->state = open_and_resolve(library);
    int state = library->state;
    pthread_mutex_unlock(&library->lock);
    return state == 1 ? NULL : library->reason;
}
