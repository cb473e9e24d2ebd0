import CPangoCairo

/// Collects the bytes cairo writes for a PDF surface, so a PDF never touches the disk.
final class PDFSink {
    private(set) var bytes: [UInt8] = []

    /// A PDF surface writing into this sink; the sink must outlive the surface.
    func surface(width: Double, height: Double) -> OpaquePointer? {
        let context = Unmanaged.passUnretained(self).toOpaque()
        return cairo_pdf_surface_create_for_stream({ context, data, length in
            guard let context, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<PDFSink>.fromOpaque(context).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, context, width, height)
    }
}
