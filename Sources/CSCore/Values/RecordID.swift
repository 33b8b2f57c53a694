/// A record id a clerk types (`g01-5`, ` C01-20 `): the desk letter is matched whatever its case
/// and surrounding spaces, the same way on every desk, before the id is looked up.
public enum RecordID {
    public static func normalized(_ id: String) -> String { id.trimmingSpaces.uppercased() }
}
