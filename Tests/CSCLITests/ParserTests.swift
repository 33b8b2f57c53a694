import XCTest

@testable import CSCLI
@testable import CSCore

final class ParserTests: XCTestCase {
    let clock = Clock(now: Instant(parsing: "2026-11-23T10:00:00+08:00", defaultOffset: .utc)!)
    var parser: ArgumentParser { ArgumentParser(root: CommandTree.root, clock: clock) }

    func parse(_ words: String...) throws -> Invocation { try parser.parse(words).invocation }

    func testGlobalOptionsMayComeAnywhereInBothSpellings() throws {
        let a = try parse(
            "--json", "member", "earn", "88", "--amount=5", "--receipt", "R", "--data-dir", "/d", "--clerk=bob")
        XCTAssertEqual(a.path, ["member", "earn"])
        XCTAssertEqual(a.globals.format, .json)
        XCTAssertEqual(a.globals.dataDirectory, "/d")
        XCTAssertEqual(a.globals.clerk, "bob")
        XCTAssertEqual(try a[MemberOption.earnAmount], Money(yuan: 5))
        XCTAssertEqual(try a[MemberOption.cardArgument], "88")
    }

    func testNegativeNumbersAndDashValues() throws {
        XCTAssertEqual(
            try parse("member", "adjust", "88", "--points", "-50", "--reason", "x")[MemberOption.adjustPoints], -50)
        XCTAssertEqual(
            try parse("member", "adjust", "88", "--points=-50", "--reason=-odd")[MemberOption.reason], "-odd")
        XCTAssertThrowsError(try parse("member", "adjust", "88", "--reason", "--points", "5")) { e in
            XCTAssertEqual(e as? UsageError, .missingValue("--reason", accepted: ValueType.freeText.acceptedText))
        }
    }

    /// A required text left blank would record a bag of nothing, a complaint from nobody, an
    /// enquiry handed to no one (found handing `ask pass --to ""` over to an empty owner).
    func testARequiredTextIsNeverBlank() {
        for words in [
            ["ask", "pass", "Q01-1", "--to", ""], ["keep", "in", "--tag", "5", "--what", "  ", "--phone", "1"],
            ["complaint", "new", "--customer", "", "--matter", "x"], ["ask", "note", "--text", " \n "],
        ] {
            XCTAssertThrowsError(try parser.parse(words), "\(words)") { e in
                guard case .invalidValue(_, _, let accepted)? = e as? UsageError else { return XCTFail("\(e)") }
                XCTAssertEqual(accepted.en, ValueType.nonBlank.en)
            }
        }
        XCTAssertNoThrow(try parse("member", "edit", "88", "--note", ""), "an optional text may be emptied")
    }

    func testDoubleDashEndsOptions() throws {
        XCTAssertEqual(try parse("member", "show", "--", "--weird")[MemberOption.cardOrPhone], "--weird")
    }

    func testEveryMissingRequiredOptionIsListedAtOnce() {
        XCTAssertThrowsError(try parse("member", "add")) { e in
            XCTAssertEqual(e as? UsageError, .missingOptions(["--name", "--phone", "--birthday"], path: "member add "))
        }
    }

    func testTyposGetSuggestions() {
        XCTAssertThrowsError(try parse("membr")) { e in
            XCTAssertEqual(e as? UsageError, .unknownCommand("membr", path: "", suggestion: "member"))
        }
        XCTAssertThrowsError(try parse("member", "earn", "1", "--recipt", "R")) { e in
            guard case .unknownOption(_, _, let s)? = e as? UsageError else { return XCTFail() }
            XCTAssertEqual(s, "--receipt")
        }
    }

    func testTypedValuesAreCheckedAtParseTime() throws {
        XCTAssertEqual(try parse("log", "--since", "yesterday")[HousekeepingOption.logSince]?.iso, "2026-11-22")
        XCTAssertEqual(try parse("log", "--since", "tomorrow")[HousekeepingOption.logSince]?.iso, "2026-11-24")
        XCTAssertThrowsError(try parse("member", "find", "--birthday-month", "13"))
        XCTAssertThrowsError(try parse("member", "list", "--tier", "platinum")) { e in
            guard case .invalidValue(_, _, let accepted)? = e as? UsageError else { return XCTFail() }
            XCTAssertEqual(
                accepted.en, "regular|silver|gold|diamond|普通卡|银卡|金卡|钻石卡", "the Chinese names are accepted too")
        }
        XCTAssertThrowsError(try parse("member", "list", "--limit", "5", "--limit", "6")) { e in
            XCTAssertEqual(e as? UsageError, .repeatedOption("--limit"))
        }
        XCTAssertThrowsError(try parse("doctor", "--repair=yes")) { e in
            XCTAssertEqual(e as? UsageError, .flagTakesNoValue("--repair"))
        }
        XCTAssertThrowsError(try parse("member", "show", "1", "2")) { e in
            XCTAssertEqual(e as? UsageError, .unexpectedArgument("2", path: "member show "))
        }
        XCTAssertThrowsError(try parse("member", "add", "--name", "A\u{0}B", "--phone", "1", "--birthday", "today"))
        XCTAssertThrowsError(
            try parse(
                "member", "add", "--name", String(repeating: "x", count: 1_000_000), "--phone", "1", "--birthday",
                "today"))
    }

    func testHelpIsGeneratedFromTheDeclarations() {
        let spec = CommandTree.root.subcommand("member")!.subcommand("earn")!
        let help = HelpText.render(spec, path: ["member", "earn"], language: .en)
        XCTAssertTrue(help.hasPrefix("Usage: cs member earn --amount AMOUNT --receipt NO [options] CARD"), help)
        for o in spec.options { XCTAssertTrue(help.contains(o.spelling), o.name) }
    }
}
