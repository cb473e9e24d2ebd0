/// The symbol as a square grid of modules, free of any output format, so each renderer (SVG,
/// PNG, ESC/POS) reads the same truth and the HTTP layer can cache one value per text.
/// The quiet zone is not part of it: renderers add the margin they are asked for.
public struct QRMatrix: Sendable, Equatable {
    /// Modules per side (21 for version 1, up to 177 for version 40).
    public let size: Int
    private let modules: [Bool]

    init(size: Int, modules: [Bool]) {
        self.size = size
        self.modules = modules
    }

    /// Whether the module at column `x`, row `y` is dark. Coordinates outside the symbol answer
    /// `false`, as the light quiet zone around it would, so renderers need no bounds special case.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x]
    }
}
