#ifndef VITRINE_CQRENCODE_SHIM_H
#define VITRINE_CQRENCODE_SHIM_H
#include <qrencode.h>
#endif
