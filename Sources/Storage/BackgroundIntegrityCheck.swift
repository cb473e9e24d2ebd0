import Glibc

/// The verdict of a full `integrity_check`, as metrics and status lines show it.
public enum IntegrityVerdict: Int, Sendable {
    case notChecked = -1
    case damaged = 0
    case sound = 1
}

extension Database {
    /// Runs the full integrity check once, on a thread of its own and a reader connection,
    /// while the daemon serves: a start checks only the header and the schema, so that it costs
    /// the same whatever the size of the file. `report` gets the findings (`["ok"]` when sound),
    /// or the error that kept the check from running.
    public func checkIntegrityInBackground(report: @escaping @Sendable (Result<[String], StorageError>) -> Void) {
        let job = BackgroundIntegrityCheck(database: self, report: report)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(job).toOpaque()
        if pthread_create(&thread, nil, { context in
            Unmanaged<BackgroundIntegrityCheck>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context) == 0 {
            pthread_detach(thread)
        } else {
            Unmanaged<BackgroundIntegrityCheck>.fromOpaque(context).release()
        }
    }
}

/// One background check: holds the database weakly (a daemon stopping meanwhile is not held up).
private final class BackgroundIntegrityCheck: Sendable {
    private weak let database: Database?
    private let report: @Sendable (Result<[String], StorageError>) -> Void

    init(database: Database, report: @escaping @Sendable (Result<[String], StorageError>) -> Void) {
        self.database = database
        self.report = report
    }

    func run() {
        guard let database else { return }
        report(Result { () throws(StorageError) in try database.integrityCheck() })
    }
}
