/// Which of the server's offload pools runs a job (`Offloaded.lane`).
public enum OffloadLane: Sendable, Hashable {
    /// Slow work that touches the database or builds pages (dashboard pages, exports, the end of
    /// a login): a few threads at nice 10, so the public side goes first without starving them.
    case shared
    /// Pure CPU work that may wait for an idle core (a password hash): one thread scheduled
    /// `SCHED_IDLE`, which runs only when nothing else wants the core, so a login flood costs
    /// the workers nothing. Such a job must take no lock another thread waits for (never the
    /// database writer): a `SCHED_IDLE` thread holding one would stall that thread for as long
    /// as the box is busy. It hands what follows to `.shared` by replying `.offloaded`.
    case idle
}
