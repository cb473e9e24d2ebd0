/// A place in a document, linked to the place above it, shared by every decoder below it.
///
/// Decoders point up through these nodes rather than to their parent decoder: a decoder keeps
/// its nested decoders to check their keys, so a pointer back would be a reference cycle.
final class PathNode {
    private let parent: PathNode?
    private let step: PathStep?

    /// The place `step` below `parent`; a nil `step` is the same place as `parent` (a wrapper).
    init(parent: PathNode?, step: PathStep?) {
        self.parent = parent
        self.step = step
    }

    /// From the document down to here.
    var steps: [PathStep] {
        var steps: [PathStep] = []
        var node: PathNode? = self
        while let current = node {
            if let step = current.step { steps.append(step) }
            node = current.parent
        }
        return steps.reversed()
    }
}
