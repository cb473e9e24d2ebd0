/// Refuses the first id used twice in a list, naming both places.
///
/// Ids are what the database, the URLs and the other languages refer to; two entries sharing one
/// would make a recorded answer or a passed training ambiguous.
func requireUniqueIDs(_ ids: [String], file: String, list: String) throws(ContentError) {
    var firstIndex: [String: Int] = [:]
    for (index, id) in ids.enumerated() {
        if let earlier = firstIndex[id] {
            throw ContentError(file: file, path: "\(list)[\(index)].id", reason: "'\(id)' is already used by \(list)[\(earlier)]")
        }
        firstIndex[id] = index
    }
}
