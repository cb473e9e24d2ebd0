#ifndef VITRINE_CCURL_SHIM_H
#define VITRINE_CCURL_SHIM_H
#include <curl/curl.h>

/* curl_easy_setopt and curl_easy_getinfo are variadic: Swift calls these typed wrappers. */

static inline CURLcode vitrine_curl_set_long(CURL *handle, CURLoption option, long value)
{ return curl_easy_setopt(handle, option, value); }

static inline CURLcode vitrine_curl_set_string(CURL *handle, CURLoption option, const char *value)
{ return curl_easy_setopt(handle, option, value); }

static inline CURLcode vitrine_curl_set_pointer(CURL *handle, CURLoption option, void *value)
{ return curl_easy_setopt(handle, option, value); }

static inline CURLcode vitrine_curl_set_size(CURL *handle, CURLoption option, curl_off_t value)
{ return curl_easy_setopt(handle, option, value); }

typedef size_t (*vitrine_curl_write_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode vitrine_curl_set_write(CURL *handle, CURLoption option, vitrine_curl_write_callback callback)
{ return curl_easy_setopt(handle, option, callback); }

static inline CURLcode vitrine_curl_response_code(CURL *handle, long *code)
{ return curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, code); }
#endif
