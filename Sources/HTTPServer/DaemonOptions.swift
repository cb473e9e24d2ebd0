import CMicroHTTPD
import Glibc

/// The libmicrohttpd option array for a configuration: limits and our callbacks. The idle
/// timeout is not a daemon option but each connection's own, set when it opens
/// (`Callbacks.connectionEvent`): with a daemon-wide timeout libmicrohttpd 0.9.75 moves the
/// connection in its timeout list under a mutex on every read and write, which was a fifth of
/// our per-request work on top of a bare server; a connection of its own timeout is only
/// stamped, and its deadline checked the same way.
enum DaemonOptions {
    /// `connectionLimit` is libmicrohttpd's own hard limit; `ConnectionTracker` admits within it.
    static func items(_ configuration: ServerConfiguration, connectionLimit: Int, context: UnsafeMutableRawPointer,
                      address: UnsafePointer<sockaddr>) -> [MHD_OptionItem] {
        var items: [MHD_OptionItem] = [
            callback(.EXTERNAL_LOGGER, Callbacks.log, context),
            item(.CONNECTION_LIMIT, connectionLimit),
            item(.PER_IP_CONNECTION_LIMIT, configuration.maxConnectionsPerIP),
            item(.CONNECTION_MEMORY_LIMIT, configuration.memoryPerConnection),
            callback(.NOTIFY_COMPLETED, Callbacks.completed, context),
            callback(.NOTIFY_CONNECTION, Callbacks.connectionEvent, context),
            callback(.UNESCAPE_CALLBACK, Callbacks.keepEscaped, context),
        ]
        if let socket = configuration.listenSocket {
            items.append(item(.LISTEN_SOCKET, Int(socket)))
        } else {
            items.append(MHD_OptionItem(option: .SOCK_ADDR, value: 0,
                                        ptr_value: UnsafeMutableRawPointer(mutating: address)))
        }
        if configuration.threads > 1 {
            items.append(item(.THREAD_POOL_SIZE, configuration.threads))
        }
        items.append(MHD_OptionItem(option: .END, value: 0, ptr_value: nil))
        return items
    }

    private static func item(_ option: MHD_OPTION, _ value: Int) -> MHD_OptionItem {
        MHD_OptionItem(option: option, value: value, ptr_value: nil)
    }

    private static func callback<F>(_ option: MHD_OPTION, _ function: F, _ context: UnsafeMutableRawPointer) -> MHD_OptionItem {
        MHD_OptionItem(option: option, value: unsafeBitCast(function, to: Int.self), ptr_value: context)
    }
}
