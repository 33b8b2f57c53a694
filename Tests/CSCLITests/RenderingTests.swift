import XCTest

@testable import CSCLI
@testable import CSCore

final class RenderingTests: XCTestCase {
    let table = ResultTable(
        columns: [Column("name", "NAME", "姓名"), Column("points", "POINTS", "积分")],
        rows: [[.text("张三丰"), .int(5)], [.text("Alice"), .int(-50)], [.text("=1+1"), .int(7)]])

    func testEastAsianCharactersCountTwoColumns() {
        XCTAssertEqual(DisplayWidth.of("张三丰"), 6)
        XCTAssertEqual(DisplayWidth.of("Alice"), 5)
        XCTAssertEqual(DisplayWidth.of("ｶ"), 1)
        XCTAssertEqual(DisplayWidth.of("Ａ"), 2)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.truncate("张三丰张三丰", to: 7), "张三丰…")
    }

    func testTablesAlignAndFitTheWidth() {
        let out = Renderer(format: .table).render(table).split(separator: "\n").map(String.init)
        XCTAssertEqual(out.map(DisplayWidth.of), [14, 14, 14, 14])
        XCTAssertEqual(out[3], "=1+1         7")
        let narrow = Renderer(format: .table, width: 10).render(
            ResultTable(columns: [Column("n", "N", "N")], rows: [[.text(String(repeating: "長", count: 20))]]))
        XCTAssertLessThanOrEqual(DisplayWidth.of(narrow.split(separator: "\n")[1].description), 10)
    }

    func testPlainCSVIsLosslessAndExcelCSVNeutralisesFormulasButNotNumbers() {
        let t = ResultTable(
            columns: [Column("a", "A", "A"), Column("b", "B", "B")],
            rows: [
                [.text("x,\"y\""), .int(-5)], [.text("-2"), .money(Money(fen: -250))], [.text("@x\ny"), .text("ok")],
                [.text("+8613800138000"), .text("440106199001010011")],
            ])
        let csv = Delimited.csv(t, header: true, excel: false)
        XCTAssertEqual(csv, "a,b\n\"x,\"\"y\"\"\",-5\n-2,-2.50\n\"@x\ny\",ok\n+8613800138000,440106199001010011\n")
        let forPeople = Delimited.csv(t, header: true, excel: true)
        XCTAssertTrue(forPeople.contains("'-2,-2.50\r\n"), forPeople)
        XCTAssertTrue(forPeople.contains("\"'@x\ny\",ok\r\n"), forPeople)
        XCTAssertTrue(
            forPeople.contains(",\"=\"\"440106199001010011\"\"\"\r\n"), "an ID number stays text: \(forPeople)")
        let excel = Delimited.csv(table, header: false, excel: true)
        XCTAssertTrue(excel.hasPrefix("\u{FEFF}张三丰,5\r\n"))
    }

    /// Issue 28: LibreOffice read the stock id `044001900111:00001001` as a time and a room `8`
    /// as a number; every id stays text, and a plain date stays a date.
    func testExcelCSVKeepsEveryIdText() {
        let t = ResultTable(
            columns: [Column("id", "ID", "ID"), Column("room", "ROOM", "ROOM"), Column("day", "DAY", "DAY")],
            rows: [[.text("044001900111:00001001"), .text("8"), .text("2026-11-22")]])
        let forPeople = Delimited.csv(t, header: false, excel: true)
        XCTAssertEqual(forPeople, "\u{FEFF}\"=\"\"044001900111:00001001\"\"\",\"=\"\"8\"\"\",2026-11-22\r\n")
    }

    func testJSONKeepsStableFieldNamesAndMoneyAsTwoPlaceStrings() {
        let t = ResultTable(
            columns: [Column("balance", "BALANCE", "余额"), Column("points", "POINTS", "积分")],
            rows: [[.money(Money(fen: 58_800)), .int(3)]])
        XCTAssertEqual(Renderer(format: .json).render(t), "[\n  {\"balance\":\"588.00\",\"points\":3}\n]\n")
        XCTAssertEqual(Renderer(format: .jsonl).render(t), "{\"balance\":\"588.00\",\"points\":3}\n")
        XCTAssertEqual(Renderer(format: .tsv, header: false).render(table).split(separator: "\n")[2], "=1+1\t7")
    }

    func testColourOnlyOnATerminalAndNeverWithNoColor() {
        XCTAssertFalse(Terminal.useColor(.auto, environment: ["NO_COLOR": "1"]))
        XCTAssertFalse(Terminal.useColor(.auto, environment: ["TERM": "dumb"]))
        XCTAssertTrue(Terminal.useColor(.always, environment: ["NO_COLOR": "1"]))
    }

    /// Long listings are turned into cells and CSV on every core: the rows come out whole and
    /// in their order.
    func testAListingOfThousandsOfRowsKeepsItsOrderWhenRenderedInPieces() {
        let fields = Fields<Int>([
            Field("n", "N", "序号") { .int(Int64($0)) },
            Field("text", "TEXT", "文本") { .text("行 \($0), \"quoted\"") },
        ])
        let rows = Array(0..<5_000)
        let table = fields.table(rows)
        XCTAssertEqual(table.rows.map { $0[0] }, rows.map { Cell.int(Int64($0)) })
        let lines = Delimited.csv(table, header: true, excel: false).split(separator: "\n")
        XCTAssertEqual(lines.count, 5_001)
        XCTAssertEqual(lines[1], "0,\"行 0, \"\"quoted\"\"\"")
        XCTAssertEqual(lines[5_000], "4999,\"行 4999, \"\"quoted\"\"\"")
        XCTAssertEqual(lines.dropFirst().map { Int($0.prefix { $0 != "," })! }, rows)
    }
}
