/// The data fields that name or reach a person. The kiosk sends them only for an owner who let
/// the hub receive personal data, and wipes them from unsent events when that consent goes; the
/// hub never writes them to its event log, only to the tables they belong to.
public enum PersonalData {
    public static let keys: Set<String> = ["name", "phone", "passportToken"]
}
