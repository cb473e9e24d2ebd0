import CPangoCairo

/// cairo and pango, loaded into the process that draws (the rendering child, or a test) the
/// first time it draws, never at start: the daemons link neither, so they idle without them.
enum GraphicsLibraries {
    /// Loads libpangocairo once; throws with the loader's reason (a missing package) after that.
    static func load() throws(PosterPDFError) {
        if let reason = vitrine_pangocairo_load() {
            throw PosterPDFError(description: "cannot load cairo and pango: " + String(cString: reason))
        }
    }
}
