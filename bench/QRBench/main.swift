// Times QR generation in process, as the routes make it: matrix (QRCode.matrix(forURL:)) + SVG,
// and matrix + PNG, for each URL given.
// usage: vitrine-qrbench ITERATIONS URL...   prints "url svg_us png_us svg_bytes png_bytes" per URL
// (medians over ITERATIONS, each timed alone with CLOCK_MONOTONIC).
import Glibc
import QRCode

func microseconds(_ body: () -> Int) -> (Double, Int) {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    let size = body()
    clock_gettime(CLOCK_MONOTONIC, &end)
    return (Double(end.tv_sec - start.tv_sec) * 1e6 + Double(end.tv_nsec - start.tv_nsec) / 1e3, size)
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// One decimal, without Foundation's String(format:).
func tenths(_ value: Double) -> String { String(Double(Int((value * 10).rounded())) / 10) }

let arguments = CommandLine.arguments
guard arguments.count >= 3, let iterations = Int(arguments[1]), iterations > 0 else {
    print("usage: vitrine-qrbench ITERATIONS URL...")
    exit(64)
}
for url in arguments.dropFirst(2) {
    var svgTimes: [Double] = [], pngTimes: [Double] = []
    var svgBytes = 0, pngBytes = 0
    for _ in 0..<iterations {
        let (svgTime, svgSize) = microseconds {
            guard let matrix = try? QRCode.matrix(forURL: url) else { return 0 }
            return QRCode.svg(matrix, moduleSize: 10, quietZone: 4).utf8.count
        }
        let (pngTime, pngSize) = microseconds {
            guard let matrix = try? QRCode.matrix(forURL: url) else { return 0 }
            return QRCode.png(matrix, moduleSize: 10, quietZone: 4).count
        }
        svgTimes.append(svgTime)
        pngTimes.append(pngTime)
        (svgBytes, pngBytes) = (svgSize, pngSize)
    }
    print(url, tenths(median(svgTimes)), tenths(median(pngTimes)), svgBytes, pngBytes)
}
