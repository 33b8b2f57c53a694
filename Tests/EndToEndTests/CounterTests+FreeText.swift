import Foundation
import XCTest

/// Issue 11, point 8: an address typed with Alt+Enter is an address, not a refused import.
extension CounterTests {
    func testFreeTextKeepsLineBreaksAndTabsAndRoundTrips() throws {
        let cs = try CS.fresh()
        let legacy =
            "name,phone,birthday,address,note\r\n"
            + "Ann,13900000001,1990-01-01,\"Room 3\r\nNo. 8 Road\",\"VIP\tcall first\"\r\n"
        let imported = cs.run("member", "import", "--from", cs.write(legacy, to: "legacy.csv"))
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let ann = cs.json("member", "show", "13900000001")
        XCTAssertEqual(ann["address"] as? String, "Room 3\nNo. 8 Road")
        XCTAssertEqual(ann["note"] as? String, "VIP\tcall first")
        let table = cs.run("member", "show", "13900000001")
        XCTAssertTrue(table.stdout.contains("Room 3⏎No. 8 Road"), table.stdout)

        let typed = cs.run(
            "member", "add", "--name", "Bo", "--phone", "13900000002", "--birthday", "1991-01-01",
            "--address", "Line 1\nLine 2")
        XCTAssertEqual(typed.status, 0, typed.stderr)
        XCTAssertEqual(cs.json("member", "show", "13900000002")["address"] as? String, "Line 1\nLine 2")
        let tsv = cs.run("export", "members", "--tsv").lines
        XCTAssertEqual(tsv.count, 3, "one line per member")
        XCTAssertTrue(tsv.contains { $0.contains("Line 1\\nLine 2") })

        let other = try CS.fresh()
        let export = cs.run("export", "members", "--csv", "--reveal")
        let back = other.run("member", "import", "--from", other.write(export.stdout, to: "back.csv"))
        XCTAssertEqual(back.status, 0, back.stderr)
        XCTAssertEqual(other.json("member", "show", "13900000001")["address"] as? String, "Room 3\nNo. 8 Road")

        // Names, phones and cards still refuse them.
        let name = cs.write("name,phone,birthday\n\"A\nB\",13900000009,1990-01-01\n", to: "bad.csv")
        let refused = cs.run("member", "import", "--from", name)
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("line 2"), refused.stderr)
        assertRefused(
            cs.run("member", "add", "--name", "A\nB", "--phone", "13900000008", "--birthday", "1990-01-01"),
            status: 2, mentions: "--name")
    }
}
