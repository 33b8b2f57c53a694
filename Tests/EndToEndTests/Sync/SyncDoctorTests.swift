import Foundation
import XCTest

/// Issue 25: the doctor names an open conflict as the conflict it is, not as damage.
final class SyncDoctorTests: XCTestCase {
    func testAReceiptEarnedAtTwoDesksIsAnOpenConflictNotDamage() throws {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let card = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        for desk in d {
            XCTAssertEqual(desk.run("member", "earn", card, "--amount", "50", "--receipt", "R9").status, 0)
        }
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 4)
        let doctor = d[1].run("doctor")
        XCTAssertEqual(doctor.status, 4, doctor.stdout)
        XCTAssertTrue(doctor.stdout.contains("open sync conflict"), doctor.stdout)
        XCTAssertTrue(doctor.stdout.contains("R9"), doctor.stdout)
        XCTAssertFalse(doctor.stdout.contains("problem(s)"), doctor.stdout)
        // Settled by the usual command, the doctor is content again.
        let reversed = d[1].run("member", "reverse", "--receipt", "R9", "--reason", "记重了")
        XCTAssertEqual(reversed.status, 0, reversed.stderr)
        XCTAssertEqual(d[1].run("doctor").status, 0, d[1].run("doctor").stdout)
    }
}
