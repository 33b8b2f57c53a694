import Foundation
import XCTest

/// Issue 11, point 18: an index hit is checked against its record.
extension CounterTests {
    func testTheBirthdayListNeverListsADamagedMemberFromTheIndex() throws {
        let cs = try CS.fresh()
        let ann = cs.addMember("Ann", phone: "13900000001", birthday: "1990-12-05")
        _ = cs.addMember("Bo", phone: "13900000002", birthday: "1991-12-06")
        let dir = cs.path("members")
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".jsonl") {
            let path = dir + "/" + name
            let text = try String(contentsOfFile: path, encoding: .utf8)
            guard text.contains(ann) else { continue }
            let damaged = text.split(separator: "\n").map { $0.contains(ann) ? String($0.prefix(40)) : String($0) }
            try (damaged.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
        let list = cs.run("birthday", "list", "--month", "12", "--csv", "--no-header")
        XCTAssertEqual(list.status, 0)
        XCTAssertFalse(list.stdout.contains(ann), "a damaged member is not listed from the index: \(list.stdout)")
        XCTAssertTrue(list.stdout.contains("Bo"))
        XCTAssertFalse(list.stderr.isEmpty, "the listing says it is partial")
        XCTAssertEqual(cs.run("birthday", "list", "--month", "12", "--strict").status, 3)
    }
}
