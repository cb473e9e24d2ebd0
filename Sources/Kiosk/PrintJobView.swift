import Printing

/// A print job as the API shows it: `{"job":{"id","state","printer","title","reason","message"}}`.
/// `reason` is a stable code a screen translates; `message` says it in plain English for staff.
struct PrintJobView: Encodable {
    struct Job: Encodable {
        let id: Int
        let state: String
        let printer: String
        let title: String
        let reason: String?
        let message: String?
    }

    let job: Job

    init(_ job: PrintJob, title: String) {
        self.job = Job(id: Int(job.id), state: job.state.rawValue, printer: job.queue, title: title,
                       reason: job.reason?.rawValue, message: job.reason?.message)
    }
}
