#ifndef VITRINE_CCUPS_SHIM_H
#define VITRINE_CCUPS_SHIM_H
#include <cups/cups.h>
#include <cups/ipp.h>
#endif
