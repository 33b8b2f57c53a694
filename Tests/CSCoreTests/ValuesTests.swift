import XCTest

@testable import CSCore

final class ValuesTests: XCTestCase {
    func testMoneyParsesWhatAClerkTypesAndPrintsTwoPlaces() {
        XCTAssertEqual(Money(parsing: "588")?.fen, 58_800)
        XCTAssertEqual(Money(parsing: "588.5")?.fen, 58_850)
        XCTAssertEqual(Money(parsing: "¥588.50")?.fen, 58_850)
        XCTAssertEqual(Money(parsing: "-12.30")?.decimal, "-12.30")
        XCTAssertEqual(Money(fen: 5).decimal, "0.05")
        for bad in ["", "1.234", "abc", "1e5", "1,000", "--1", ".5", "5.", "9999999999999999"] {
            XCTAssertNil(Money(parsing: bad), bad)
        }
    }

    func testRatesMultiplyExactlyAndRoundHalfUpToTheFen() {
        let r = Rate(parsing: "0.8")! * Rate(parsing: "0.88")!
        XCTAssertEqual(r.description, "0.704")
        XCTAssertEqual(Money(yuan: 100).applying(r).decimal, "70.40")
        XCTAssertEqual(Money(fen: 5).applying(Rate(parsing: "0.5")!).fen, 3, "2.5 fen rounds up")
        XCTAssertNil(Rate(parsing: "1.5"))
    }

    func testDaysRoundTripThroughOrdinalsAndKnowLeapYears() {
        for text in ["1970-01-01", "2000-02-29", "2026-11-23", "1899-12-31", "2400-02-29"] {
            let d = Day(iso: text)!
            XCTAssertEqual(Day(ordinal: d.ordinal).iso, text)
        }
        XCTAssertNil(Day(iso: "2026-02-29"))
        XCTAssertNil(Day(iso: "2026-13-01"))
        XCTAssertEqual(Day(iso: "2026-12-31")!.adding(days: 1).iso, "2027-01-01")
        XCTAssertEqual(Day(iso: "2024-02-29")!.adding(years: 1).iso, "2025-02-28")
        XCTAssertEqual(Day(iso: "2026-01-31")!.adding(months: 1).iso, "2026-02-28")
        XCTAssertEqual(Day(iso: "2026-11-23")!.weekday, 1, "a Monday")
    }

    func testInstantsCarryTheirOffset() {
        let t = Instant(parsing: "2026-11-23T08:30:00+08:00", defaultOffset: .utc)!
        XCTAssertEqual(t.iso, "2026-11-23T08:30:00+08:00")
        XCTAssertEqual(t.day.iso, "2026-11-23")
        XCTAssertEqual(
            Instant(parsing: "2026-11-23T00:30:00Z", defaultOffset: .utc)!.epochSeconds, t.epochSeconds,
            "the same moment written in UTC")
        XCTAssertEqual(
            Instant(parsing: "2026-11-23", defaultOffset: UTCOffset(parsing: "+08:00")!)!.iso,
            "2026-11-23T00:00:00+08:00")
        XCTAssertNil(Instant(parsing: "2026-11-23T25:00", defaultOffset: .utc))
    }

    func testCardNumbersCarryALuhnDigit() {
        let card = CardNumber.make(prefix: "88", desk: "01", sequence: 1)
        XCTAssertEqual(card.count, 11)
        XCTAssertEqual(CardNumber.luhnDigit(String(card.dropLast())), Int(String(card.last!)))
    }

    func testPhonesNormaliseAndIDNumbersMask() {
        XCTAssertEqual(Phone("138 0013-8000")?.digits, "13800138000")
        XCTAssertNil(Phone("12ab"))
        XCTAssertNil(Phone("123"))
        XCTAssertEqual(IDNumber.masked("110101199001010011"), "1101**********0011")
        // Fewer than half shown, whatever the length (an 11-character number showed 10).
        XCTAssertEqual(IDNumber.masked("E1234567890"), "E12******90")
        for n in 6...20 {
            let shown = IDNumber.masked(String(repeating: "7", count: n)).filter { $0 != "*" }.count
            XCTAssertLessThan(shown * 2, n, "length \(n)")
        }
    }

    func testCSVReaderHandlesQuotesBOMAndCRLF() throws {
        let rows = try CSVReader.parse(
            Array("\u{FEFF}a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",'=1\n".utf8))
        XCTAssertEqual(rows.map(\.fields), [["a", "b"], ["x, y", "say \"hi\""], ["multi\nline", "'=1"]])
        XCTAssertEqual(rows.map(\.line), [1, 2, 3])
        XCTAssertEqual(CSVReader.unguarded("'=1"), "=1")
        XCTAssertThrowsError(try CSVReader.parse(Array("\"open".utf8)))
    }
}

/// A receipt is one key however it was typed (issue 9: one receipt earned six times).
final class ReceiptTests: XCTestCase {
    func testEverySpellingOfAReceiptIsOneKey() {
        for typed in ["R-1001", "r-1001", " R-1001 ", "R-1001\u{3000}", "Ｒ-1001", "R－1001", "ｒ－１００１"] {
            XCTAssertEqual(Receipt.normalized(typed), "R-1001", typed)
        }
    }

    func testAnEmptyOrStrangeReceiptIsRefused() {
        for typed in ["", "   ", "\u{3000}", "R\u{1B}1", "收据1", String(repeating: "9", count: 65)] {
            XCTAssertNil(Receipt.normalized(typed), typed)
        }
    }

    /// A register lists F01-10 after F01-9 (by the number, not the text), whatever the desk.
    func testRegisterOrderIsByTheNumberInTheID() {
        let day = Day(iso: "2026-11-23")!
        let notes = ["N01-10", "N01-2", "N01-9", "N01-100"].map {
            ShiftNote(id: $0, at: Instant.startOf(day, offset: .utc), by: "t", text: "x")
        }
        XCTAssertEqual(notes.inRegisterOrder { $0.at }.map(\.id), ["N01-2", "N01-9", "N01-10", "N01-100"])
        XCTAssertEqual(registerNumber("F01-1234"), 1234)
        XCTAssertEqual(registerNumber("2026-10:F01-7"), 7)
        XCTAssertEqual(registerNumber("nodash"), 0)
        XCTAssertEqual(registerNumber("F01-x1"), 0)
    }
}
