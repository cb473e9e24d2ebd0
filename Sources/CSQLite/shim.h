#ifndef VITRINE_CSQLITE_SHIM_H
#define VITRINE_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
