import Foundation
import HTTPServer
import Kiosk
import Storage
import Testing
import TestSupport

@Suite("/metrics: outbox, dead letters, connections", .ownThreads)
struct MetricsTests {
    @Test func countsTheOutboxItsDeadLettersAndTheConnections() throws {
        let fixture = try KioskFixture()
        fixture.app.reportServerMetrics { [server = fixture.server] in server.metricsText }
        _ = try fixture.startSession()
        try fixture.database.write { (connection) throws(StorageError) in
            try connection.execute("""
                INSERT INTO outbox_dead_letters (seq, id, data, reason, failed_at) VALUES (999, 'x', 'x', 'data is not a JSON object', 0)
                """)
        }
        setenv("CUPS_SERVER", Scratch.root + "/vitrine-no-cups.sock", 1)  // no scheduler there
        let (status, body, headers) = try fixture.fetch("/metrics")
        let text = String(decoding: body, as: UTF8.self)
        #expect(status == 200)
        #expect(headers["content-type"]?.hasPrefix("text/plain; version=0.0.4") == true)
        #expect(text.contains("\nvitrine_outbox_events 1\n"))
        #expect(text.contains("\nvitrine_outbox_dead_letters 1\n"))
        #expect(text.contains("# TYPE vitrine_http_connections_shed_total counter"))
        #expect(text.contains("\nvitrine_http_connections_open "))
        #expect(text.contains("\nvitrine_printer_ready 0\n"), "no CUPS answers there")
        #expect(text.contains("\nvitrine_printer_problem{reason=\"cups_unreachable\"} 1\n"))
    }
}
