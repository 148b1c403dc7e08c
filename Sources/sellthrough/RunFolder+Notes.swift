import Reporting

extension RunFolder {
    /// Says on standard error which staging folders of killed runs opening this folder removed
    /// (``RunFolder/removedStale``), so that space freed or a folder gone is never a surprise.
    func noteRemovedStale() {
        for stale in removedStale { printError("note: removed \(stale), the staging folder of a run that was killed") }
    }
}
