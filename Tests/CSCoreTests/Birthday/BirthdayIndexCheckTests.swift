import XCTest

@testable import CSCore

/// The birthday list's check of an index hit against its member, made on the fields the list
/// shows without building the member: it must decide exactly as a whole decoding would.
final class BirthdayIndexCheckTests: XCTestCase {
    let joined = Instant(parsing: "2026-01-05T10:00:00+08:00", defaultOffset: .utc)!

    func member(name: String = "王芳", status: MemberStatus = .active, birthday: String = "1990-12-05") -> Member {
        var m = Member(
            card: "88010000001", name: name, phone: "13800000001", birthday: Day(iso: birthday)!,
            joinedAt: joined)
        m.status = status
        return m
    }

    func line(_ m: Member) throws -> Document {
        var bytes = [UInt8]()
        JSON.object(m.document).encode(into: &bytes)
        return try Document(line: bytes[...])
    }

    func standing(_ stored: Member, indexed: Member, month: Int = 12) throws -> BirthdayDesk.Standing {
        try BirthdayDesk.standing(of: line(stored), against: BirthdayIndexEntry(member: indexed), month: month)
    }

    func testAMemberAsTheIndexHasItIsListedFromTheIndex() throws {
        guard case .current = try standing(member(), indexed: member()) else { return XCTFail("not current") }
        // Written with escapes: decided by the whole member, the same way.
        let quoted = member(name: "王\"芳\"")
        guard case .current = try standing(quoted, indexed: quoted) else { return XCTFail("escaped name") }
    }

    func testAMemberChangedBehindTheIndexIsListedAsTheMemberIsAndTheEntryIsStale() throws {
        guard case .differs(let contact) = try standing(member(name: "王芳芳"), indexed: member()) else {
            return XCTFail("a renamed member is not seen")
        }
        XCTAssertEqual(contact.name, "王芳芳")
    }

    func testASuspendedMemberOrOneBornInAnotherMonthIsLeftOut() throws {
        guard case .leftOut = try standing(member(status: .suspended), indexed: member()) else {
            return XCTFail("a suspended member listed")
        }
        guard case .leftOut = try standing(member(birthday: "1990-11-05"), indexed: member()) else {
            return XCTFail("a member moved to November listed in December")
        }
    }

    func testAMemberLineMissingAShownFieldIsADamagedLine() throws {
        let text = #"{"id":"88010000001","schema":1,"phone":"13800000001","status":"active"}"#
        XCTAssertThrowsError(
            try BirthdayDesk.standing(
                of: Document(line: Array(text.utf8)[...]),
                against: BirthdayIndexEntry(member: member()), month: 12))
    }
}
