import XCTest

@testable import CSCore

/// What a desk declares about its kinds is what sync, the doctor and backup act on.
final class DeskKindsTests: XCTestCase {
    /// A merge brings a peer's records in; every record type that keeps indexes must have them
    /// brought up to date, or `lostfound list --status held` misses a merged item until the
    /// doctor rebuilds. The list is derived from the type, so a new desk cannot leave it out.
    func testAMergeReindexesExactlyTheKindsWhoseRecordsKeepIndexes() {
        let kinds = Desk.all.flatMap(\.kinds)
        let reindexed = Set(kinds.filter { $0.reindexMerged != nil }.map(\.name))
        let keepingIndexes: [any Record.Type] = [Member.self, Gift.self, LostItem.self, Invoice.self, Complaint.self]
        XCTAssertEqual(reindexed, Set(keepingIndexes.map { $0.kind }))
        for kind in kinds where reindexed.contains(kind.name) {
            XCTAssertTrue(kind.merge.shared, "\(kind.name): only a shared kind is merged")
        }
    }

    /// `cs sync conflicts` asks the desk that found a conflict whether it still holds: a
    /// business subject no desk claims would be listed as settled the moment it was found.
    func testEveryBusinessConflictBelongsToExactlyOneDesk() {
        let shared: Set<SyncConflict.Subject> = [.field, .refused, .state]
        for subject in SyncConflict.Subject.allCases where !shared.contains(subject) {
            let claiming = Desk.all.filter { $0.mergeChecks?.subjects.contains(subject) ?? false }.map(\.name)
            XCTAssertEqual(claiming.count, 1, "\(subject): \(claiming)")
        }
    }
}
