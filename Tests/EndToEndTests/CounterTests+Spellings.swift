import Foundation
import XCTest

/// Issue 11, point 12: one name per meaning across the suite.
extension CounterTests {
    func testOneNamePerMeaningAndOldSpellingsAreRefusedWithTheNewOne() throws {
        let cs = try CS.fresh()
        let file = cs.write("name,phone,birthday\nAnn,13900000001,1990-01-01\n", to: "m.csv")
        assertRefused(cs.run("member", "import", "--csv", file), status: 2, mentions: "--from FILE")
        XCTAssertEqual(cs.run("member", "list", "--csv", "--no-header").lines.count, 0)
        XCTAssertEqual(cs.run("member", "import", "--from", file).status, 0)
        _ = cs.run(
            "--clerk", "lily", "member", "add", "--name", "Bo", "--phone", "13900000002",
            "--birthday", "1991-01-01")
        assertRefused(cs.run("log", "--clerk", "lily"), status: 2, mentions: "--by NAME")
        let byLily = cs.run("log", "--by", "lily", "--csv", "--no-header")
        XCTAssertEqual(byLily.status, 0, byLily.stderr)
        XCTAssertFalse(byLily.lines.isEmpty)
        XCTAssertTrue(byLily.lines.allSatisfy { $0.contains(",lily,") }, byLily.stdout)
    }
}
