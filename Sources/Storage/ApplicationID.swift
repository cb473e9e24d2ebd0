/// Our mark in the database header (`PRAGMA application_id`): "VITR" in ASCII. It tells our
/// files from other programs' SQLite files, so vitrine never migrates someone else's data.
enum ApplicationID {
    static let vitrine: Int64 = 0x5649_5452
}
