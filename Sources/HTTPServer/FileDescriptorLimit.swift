import Glibc

/// Raises the soft limit on open files (up to the hard limit) so the connection table fits:
/// a shell's default of 1,024 is below what `max_connections` and shedding may hold. The
/// systemd units set `LimitNOFILE` for the same reason.
enum FileDescriptorLimit {
    static func raise(toAtLeast wanted: Int) {
        var limit = rlimit()
        guard getrlimit(RLIMIT_NOFILE_CONSTANT, &limit) == 0, limit.rlim_cur < rlim_t(wanted) else { return }
        limit.rlim_cur = min(limit.rlim_max, rlim_t(wanted))
        _ = setrlimit(RLIMIT_NOFILE_CONSTANT, &limit)
    }

    private static let RLIMIT_NOFILE_CONSTANT = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
}
