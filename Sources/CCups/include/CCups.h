#ifndef VITRINE_CCUPS_H
#define VITRINE_CCUPS_H
#include <stddef.h>

/* The part of libcups the kiosk prints with (plain IPP requests), called through libcups loaded at
 * first use (`vitrine_cups_load`, CLibraryLoader) rather than linked: a kiosk maps libcups and its
 * dependencies (GnuTLS, Kerberos, Avahi) only once it prints, not while it idles.
 *
 * Each function keeps its libcups name and prototype: they come from libcups's own headers, read
 * under a `vitrine_linked_` name (never defined, never called), and are redefined below as inline
 * calls through the table the loader fills. Calling one before a successful load is a programming
 * error; Printing loads before it connects. */

#define httpConnect2 vitrine_linked_httpConnect2
#define httpSetTimeout vitrine_linked_httpSetTimeout
#define httpClose vitrine_linked_httpClose
#define httpError vitrine_linked_httpError
#define ippPort vitrine_linked_ippPort
#define ippNewRequest vitrine_linked_ippNewRequest
#define ippDelete vitrine_linked_ippDelete
#define ippAddString vitrine_linked_ippAddString
#define ippAddInteger vitrine_linked_ippAddInteger
#define ippFindAttribute vitrine_linked_ippFindAttribute
#define ippSetString vitrine_linked_ippSetString
#define ippGetInteger vitrine_linked_ippGetInteger
#define ippGetBoolean vitrine_linked_ippGetBoolean
#define ippGetCount vitrine_linked_ippGetCount
#define ippGetString vitrine_linked_ippGetString
#define cupsDoRequest vitrine_linked_cupsDoRequest
#define cupsDoIORequest vitrine_linked_cupsDoIORequest
#define cupsLastError vitrine_linked_cupsLastError
#define cupsLastErrorString vitrine_linked_cupsLastErrorString
#define cupsServer vitrine_linked_cupsServer
#define cupsUser vitrine_linked_cupsUser
#include <cups/cups.h>
#include <cups/ipp.h>
#undef httpConnect2
#undef httpSetTimeout
#undef httpClose
#undef httpError
#undef ippPort
#undef ippNewRequest
#undef ippDelete
#undef ippAddString
#undef ippAddInteger
#undef ippFindAttribute
#undef ippSetString
#undef ippGetInteger
#undef ippGetBoolean
#undef ippGetCount
#undef ippGetString
#undef cupsDoRequest
#undef cupsDoIORequest
#undef cupsLastError
#undef cupsLastErrorString
#undef cupsServer
#undef cupsUser

/* X(name): every function of the table, for the struct and the loader alike. */
#define VITRINE_CUPS_FUNCTIONS(X) \
    X(httpConnect2) X(httpSetTimeout) X(httpClose) X(httpError) \
    X(ippPort) X(ippNewRequest) X(ippDelete) X(ippAddString) \
    X(ippAddInteger) X(ippFindAttribute) X(ippSetString) X(ippGetInteger) \
    X(ippGetBoolean) X(ippGetCount) X(ippGetString) X(cupsDoRequest) \
    X(cupsDoIORequest) X(cupsLastError) X(cupsLastErrorString) X(cupsServer) \
    X(cupsUser)

#define VITRINE_CUPS_FIELD(name) __typeof__(vitrine_linked_##name) *name;
struct vitrine_cups_table { VITRINE_CUPS_FUNCTIONS(VITRINE_CUPS_FIELD) };
#undef VITRINE_CUPS_FIELD
extern struct vitrine_cups_table vitrine_cups;

/* Loads libcups once per process. Returns NULL, or why it failed; a failed load is not retried. */
const char *vitrine_cups_load(void);

static inline http_t *httpConnect2(const char *host, int port, http_addrlist_t *addrlist, int family, http_encryption_t encryption, int blocking, int msec, int *cancel) { return vitrine_cups.httpConnect2(host, port, addrlist, family, encryption, blocking, msec, cancel); }
static inline void httpSetTimeout(http_t *http, double timeout, http_timeout_cb_t cb, void *user_data) { vitrine_cups.httpSetTimeout(http, timeout, cb, user_data); }
static inline void httpClose(http_t *http) { vitrine_cups.httpClose(http); }
static inline int httpError(http_t *http) { return vitrine_cups.httpError(http); }
static inline int ippPort(void) { return vitrine_cups.ippPort(); }
static inline ipp_t *ippNewRequest(ipp_op_t op) { return vitrine_cups.ippNewRequest(op); }
static inline void ippDelete(ipp_t *ipp) { vitrine_cups.ippDelete(ipp); }
static inline ipp_attribute_t *ippAddString(ipp_t *ipp, ipp_tag_t group, ipp_tag_t value_tag, const char *name, const char *language, const char *value) { return vitrine_cups.ippAddString(ipp, group, value_tag, name, language, value); }
static inline ipp_attribute_t *ippAddInteger(ipp_t *ipp, ipp_tag_t group, ipp_tag_t value_tag, const char *name, int value) { return vitrine_cups.ippAddInteger(ipp, group, value_tag, name, value); }
static inline ipp_attribute_t *ippFindAttribute(ipp_t *ipp, const char *name, ipp_tag_t value_tag) { return vitrine_cups.ippFindAttribute(ipp, name, value_tag); }
static inline int ippSetString(ipp_t *ipp, ipp_attribute_t **attr, int element, const char *value) { return vitrine_cups.ippSetString(ipp, attr, element, value); }
static inline int ippGetInteger(ipp_attribute_t *attr, int element) { return vitrine_cups.ippGetInteger(attr, element); }
static inline int ippGetBoolean(ipp_attribute_t *attr, int element) { return vitrine_cups.ippGetBoolean(attr, element); }
static inline int ippGetCount(ipp_attribute_t *attr) { return vitrine_cups.ippGetCount(attr); }
static inline const char *ippGetString(ipp_attribute_t *attr, int element, const char **language) { return vitrine_cups.ippGetString(attr, element, language); }
static inline ipp_t *cupsDoRequest(http_t *http, ipp_t *request, const char *resource) { return vitrine_cups.cupsDoRequest(http, request, resource); }
static inline ipp_t *cupsDoIORequest(http_t *http, ipp_t *request, const char *resource, int infile, int outfile) { return vitrine_cups.cupsDoIORequest(http, request, resource, infile, outfile); }
static inline ipp_status_t cupsLastError(void) { return vitrine_cups.cupsLastError(); }
static inline const char *cupsLastErrorString(void) { return vitrine_cups.cupsLastErrorString(); }
static inline const char *cupsServer(void) { return vitrine_cups.cupsServer(); }
static inline const char *cupsUser(void) { return vitrine_cups.cupsUser(); }
#endif
