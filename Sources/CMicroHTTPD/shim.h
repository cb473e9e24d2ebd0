#ifndef VITRINE_CMICROHTTPD_SHIM_H
#define VITRINE_CMICROHTTPD_SHIM_H
#include <stdarg.h>
#include <stdint.h>
#include <sys/socket.h>
#include <microhttpd.h>

/* Swift cannot call C variadic functions: these non-variadic wrappers are the whole bridge. */

static inline struct MHD_Daemon *
vitrine_mhd_start(unsigned int flags, uint16_t port, MHD_AcceptPolicyCallback policy, void *policy_cls,
                  MHD_AccessHandlerCallback handler, void *handler_cls, const struct MHD_OptionItem *options)
{
  return MHD_start_daemon(flags, port, policy, policy_cls, handler, handler_cls,
                          MHD_OPTION_ARRAY, options, MHD_OPTION_END);
}

static inline const union MHD_ConnectionInfo *
vitrine_mhd_connection_info(struct MHD_Connection *connection, enum MHD_ConnectionInfoType type)
{
  return MHD_get_connection_info(connection, type);
}

static inline const union MHD_DaemonInfo *
vitrine_mhd_daemon_info(struct MHD_Daemon *daemon, enum MHD_DaemonInfoType type)
{
  return MHD_get_daemon_info(daemon, type);
}

/* The connection's own idle timeout (`MHD_CONNECTION_OPTION_TIMEOUT`), in seconds. */
static inline enum MHD_Result
vitrine_mhd_set_connection_timeout(struct MHD_Connection *connection, unsigned int seconds)
{
  return MHD_set_connection_option(connection, MHD_CONNECTION_OPTION_TIMEOUT, seconds);
}
#endif
