import XCTest

@testable import CSCore

final class JSONTests: XCTestCase {
    func testDocumentsRoundTripWithTheirKeyOrderAndChineseKeptLiteral() throws {
        let o = JSONObject([
            ("id", .string("8801")), ("name", .string("张三 \"q\" \n")), ("n", .int(-42)), ("ok", .bool(true)),
            ("x", .null),
            ("a", .array([.int(1), .string("é")])),
        ])
        let text = JSON.object(o).encoded
        XCTAssertTrue(text.hasPrefix("{\"id\":\"8801\",\"name\":\"张三 \\\"q\\\" \\n\""), text)
        XCTAssertFalse(text.contains("\n"), "one document, one line")
        XCTAssertEqual(try JSONParser.parse(text), .object(o))
    }

    func testTheParserReportsTruncationAndRefusesFractions() {
        XCTAssertThrowsError(try JSONParser.parse("{\"id\":\"x\",\"n\":1")) { e in
            XCTAssertTrue((e as! JSONParser.Failure).reason.contains("truncated"))
        }
        XCTAssertThrowsError(try JSONParser.parse("{\"n\":1.5}"))
        XCTAssertThrowsError(try JSONParser.parse("{\"n\":99999999999999999999}"))
        XCTAssertThrowsError(
            try JSONParser.parse(String(repeating: "[", count: 100_000)), "deep nesting is refused, not a crash")
        XCTAssertEqual(try JSONParser.parse("\"\\ud83d\\ude00\""), .string("😀"))
        XCTAssertEqual(try JSONParser.parse("-9223372036854775808"), .int(Int64.min))
    }
}
