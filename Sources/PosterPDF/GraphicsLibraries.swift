import CPangoCairo

/// cairo and pango, loaded into the process that draws (the rendering child, or a test) the
/// first time it draws, never at start: the daemons link neither, so they idle without them.
enum GraphicsLibraries {
    /// Loads libpangocairo once; throws with the loader's reason (a missing package) after that.
    static func load() throws(PosterPDFError) {
        var reason = [CChar](repeating: 0, count: 256)
        guard vitrine_pangocairo_load(&reason, reason.count) == 0 else {
            throw PosterPDFError(description: "cannot load cairo and pango: " + String(decoding: reason.prefix { $0 != 0 }.map(UInt8.init), as: UTF8.self))
        }
    }
}
