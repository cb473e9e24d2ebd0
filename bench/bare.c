/* The bare C reference for `make bench`: libmicrohttpd alone, configured as vitrine configures it
 * (internal epoll thread pool of 2, the same memory pool per connection, answer in the handler's
 * second call so keep-alive holds), answering prepared responses built once from files, with the
 * same headers as vitrine's answer (captured by the script): the floor any handler adds to.
 * Usage: bare PORT POOL_BYTES /path=BODY_FILE=HEADER_FILE ...   (HEADER_FILE: "Name: value" lines,
 * those libmicrohttpd adds itself left out; unknown paths get an empty 404) */
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_ROUTES 16
static struct { const char *path; struct MHD_Response *response; } routes[MAX_ROUTES];
static int route_count;
static struct MHD_Response *not_found;

static enum MHD_Result answer(void *cls, struct MHD_Connection *connection, const char *url, const char *method,
                              const char *version, const char *data, size_t *size, void **state) {
  (void) cls; (void) method; (void) version; (void) data; (void) size;
  if (*state == NULL) { *state = connection; return MHD_YES; }
  for (int i = 0; i < route_count; i++)
    if (strcmp(url, routes[i].path) == 0) return MHD_queue_response(connection, MHD_HTTP_OK, routes[i].response);
  return MHD_queue_response(connection, MHD_HTTP_NOT_FOUND, not_found);
}

static size_t slurp(const char *file, char *buffer, size_t size) {
  FILE *stream = fopen(file, "rb");
  if (stream == NULL) { perror(file); exit(66); }
  size_t length = fread(buffer, 1, size - 1, stream);
  fclose(stream);
  buffer[length] = 0;
  return length;
}

static struct MHD_Response *prepared(const char *body_file, const char *header_file) {
  static char body[1 << 20], headers[1 << 16];
  size_t length = slurp(body_file, body, sizeof body);
  struct MHD_Response *response = MHD_create_response_from_buffer(length, body, MHD_RESPMEM_MUST_COPY);
  slurp(header_file, headers, sizeof headers);
  for (char *line = strtok(headers, "\r\n"); line != NULL; line = strtok(NULL, "\r\n")) {
    char *colon = strchr(line, ':');
    if (colon == NULL) continue;
    *colon = 0;
    MHD_add_response_header(response, line, colon + 1 + strspn(colon + 1, " "));
  }
  return response;
}

int main(int argc, char **argv) {
  if (argc < 4 || argc - 3 > MAX_ROUTES) { fprintf(stderr, "usage: bare PORT POOL_BYTES /path=BODY=HEADERS ...\n"); return 64; }
  for (int i = 3; i < argc; i++) {
    char *path = argv[i], *body = strchr(path, '='), *headers = body ? strchr(body + 1, '=') : NULL;
    if (headers == NULL) { fprintf(stderr, "bad route: %s\n", argv[i]); return 64; }
    *body++ = 0; *headers++ = 0;
    routes[route_count].path = path;
    routes[route_count++].response = prepared(body, headers);
  }
  not_found = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
  struct sockaddr_in loopback = {.sin_family = AF_INET, .sin_port = htons((uint16_t) atoi(argv[1])),
                                 .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  struct MHD_Daemon *daemon = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC,
                                               (uint16_t) atoi(argv[1]), NULL, NULL, answer, NULL,
                                               MHD_OPTION_SOCK_ADDR, &loopback,
                                               MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t) atol(argv[2]),
                                               MHD_OPTION_THREAD_POOL_SIZE, 2u, MHD_OPTION_END);
  if (daemon == NULL) { fprintf(stderr, "cannot listen on port %s\n", argv[1]); return 69; }
  pause();
  return 0;
}
