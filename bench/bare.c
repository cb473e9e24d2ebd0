/* The bare C reference for `make bench`: libmicrohttpd alone, configured as vitrine configures it
 * (internal epoll thread pool of 2, answer in the handler's second call so keep-alive holds),
 * answering prepared responses built once from files: the floor any handler adds to.
 * Usage: bare PORT /path=FILE=CONTENT-TYPE ...   (unknown paths get an empty 404) */
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

static struct MHD_Response *from_file(const char *file, const char *type) {
  FILE *stream = fopen(file, "rb");
  if (stream == NULL) { perror(file); exit(66); }
  static char buffer[1 << 20];
  size_t length = fread(buffer, 1, sizeof buffer, stream);
  fclose(stream);
  struct MHD_Response *response = MHD_create_response_from_buffer(length, buffer, MHD_RESPMEM_MUST_COPY);
  MHD_add_response_header(response, MHD_HTTP_HEADER_CONTENT_TYPE, type);
  return response;
}

int main(int argc, char **argv) {
  if (argc < 3 || argc - 2 > MAX_ROUTES) { fprintf(stderr, "usage: bare PORT /path=FILE=TYPE ...\n"); return 64; }
  for (int i = 2; i < argc; i++) {
    char *path = argv[i], *file = strchr(path, '='), *type = file ? strchr(file + 1, '=') : NULL;
    if (type == NULL) { fprintf(stderr, "bad route: %s\n", argv[i]); return 64; }
    *file++ = 0; *type++ = 0;
    routes[route_count].path = path;
    routes[route_count++].response = from_file(file, type);
  }
  not_found = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
  struct sockaddr_in loopback = {.sin_family = AF_INET, .sin_port = htons((uint16_t) atoi(argv[1])),
                                 .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
  struct MHD_Daemon *daemon = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC,
                                               (uint16_t) atoi(argv[1]), NULL, NULL, answer, NULL,
                                               MHD_OPTION_SOCK_ADDR, &loopback,
                                               MHD_OPTION_THREAD_POOL_SIZE, 2u, MHD_OPTION_END);
  if (daemon == NULL) { fprintf(stderr, "cannot listen on port %s\n", argv[1]); return 69; }
  pause();
  return 0;
}
