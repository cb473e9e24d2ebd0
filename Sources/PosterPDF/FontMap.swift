import CPangoCairo
import Synchronization

/// The one pango font map of the process, made on first use and reached under a lock.
///
/// pango's default font map is per thread; the HTTP workers are several, and each map holds
/// its own fontconfig caches. One map, one renderer at a time keeps memory flat.
final class FontMap: @unchecked Sendable {
    private let lock = Mutex<Void>(())
    /// Only touched while `lock` is held: that is what makes the class safe to share.
    private var map: UnsafeMutablePointer<PangoFontMap>?

    func withMap<T>(_ body: (UnsafeMutablePointer<PangoFontMap>) throws(PosterPDFError) -> T) throws(PosterPDFError) -> T {
        try lock.withLock { _ throws(PosterPDFError) -> T in
            if map == nil { map = pango_cairo_font_map_new() }
            guard let map else { throw PosterPDFError(description: "pango: no font map") }
            return try body(map)
        }
    }
}
