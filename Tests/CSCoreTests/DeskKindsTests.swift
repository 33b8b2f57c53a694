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
        let keepingIndexes: [any Record.Type] = [
            Member.self, Gift.self, LostItem.self, Invoice.self, Complaint.self, Loan.self, Bag.self, Followup.self,
            Enquiry.self, ShiftNote.self,
        ]
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

/// The per-tier settings are generated from the tiers; their names and the manuals' figures
/// are what `config.json` files already hold.
final class TierSettingsTests: XCTestCase {
    func testTheGeneratedTierKeysKeepTheirNamesAndTheManualsFigures() {
        let settings = Dictionary(uniqueKeysWithValues: ConfigSetting.all.map { ($0.name, $0.defaultValue) })
        let expected = [
            "member.firstPurchase.regular": "199.00", "member.firstPurchase.diamond": "1599.00",
            "member.cumulative.silver": "3000.00", "member.cumulative.diamond": "20000.00",
            "member.discount.regular": "0.88", "member.discount.gold": "0.8",
            "member.birthdayDiscount.silver": "0.58", "member.birthdayDiscount.diamond": "0.5",
        ]
        for (name, value) in expected { XCTAssertEqual(settings[name], value, name) }
        XCTAssertNil(settings["member.cumulative.regular"], "a regular card is where cards start")
        XCTAssertEqual(Config().money(.firstPurchase(.gold)), Money(yuan: 999))
        XCTAssertEqual(Config().rate(.discount(.diamond)), Rate(parsing: "0.78"))
    }
}
