/// The kinds of help a CCI offers locally, so the UI can show each with its own icon.
public enum OfferKind: String, CaseIterable, Codable, Sendable {
    case workshop
    case discount
    case appointment
}
