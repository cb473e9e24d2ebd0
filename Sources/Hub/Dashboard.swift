import HTTPServer
import HubPages
import Pages
import Time

/// The CCI's dashboard under `/admin` (login, overview, per kiosk, call-back requests, CSV
/// exports) and the owners' passport pages at `/p/<token>`.
enum Dashboard {
    static func add(to router: inout Router, _ services: HubServices) {
        let sessions = AdminSessions(database: services.database)
        let cookies = AdminCookies(publicBaseURL: services.settings.publicBaseURL)
        let gate = AdminGate(sessions: sessions, cookies: cookies)
        let iterations = services.settings.passwordIterations
        let login = AdminLogin(database: services.database, decoyIterations: iterations, currentIterations: iterations)
        AdminRoutes(login: login, sessions: sessions, gate: gate, cookies: cookies).add(to: &router)
        DashboardRoutes(gate: gate, queries: DashboardQueries(database: services.database, content: services.content,
                                                              targets: services.settings.targets),
                        export: DashboardExport(database: services.database)).add(to: &router)
        PassportRoute(passports: Passports(database: services.database, content: services.content)).add(to: &router)
    }
}
