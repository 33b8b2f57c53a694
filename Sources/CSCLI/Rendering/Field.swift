import CSCore

/// One output field, declared once: its stable JSON/CSV key, its table header in both
/// languages, and how a record gives its value. Columns and rows both come from the same
/// list, so they cannot drift apart.
struct Field<Row>: Sendable {
    let column: Column
    let value: @Sendable (Row) -> Cell

    init(
        _ key: String, _ en: String, _ zh: String, fit: Column.Fit = .shorten,
        _ value: @escaping @Sendable (Row) -> Cell
    ) {
        column = Column(key, en, zh, fit: fit)
        self.value = value
    }

    init(column: Column, value: @escaping @Sendable (Row) -> Cell) {
        self.column = column
        self.value = value
    }

    /// The same field read from a record that holds a `Row` (a view holding its member).
    func through<Outer>(_ part: @escaping @Sendable (Outer) -> Row) -> Field<Outer> {
        let value = self.value
        return Field<Outer>(column: column) { value(part($0)) }
    }
}

/// An ordered list of fields: what a listing, a record view or an export shows.
struct Fields<Row>: Sendable {
    let all: [Field<Row>]

    init(_ all: [Field<Row>]) { self.all = all }

    var columns: [Column] { all.map(\.column) }

    func row(_ r: Row) -> [Cell] { all.map { $0.value(r) } }

    func table(_ rows: [Row], skipped: [DocumentProblem] = []) -> ResultTable {
        ResultTable(columns: columns, rows: rows.map(row), skipped: skipped)
    }
}

extension Fields where Row: Sendable {
    /// Thousands of rows are turned into cells on every core (a listing's main-thread cost).
    func table(_ rows: [Row], skipped: [DocumentProblem] = []) -> ResultTable {
        let cells = ParallelShards.mapInPieces(rows) { piece in piece.map(row) }
        return ResultTable(columns: columns, rows: Array(cells.joined()), skipped: skipped)
    }

    func record(_ r: Row) -> ResultTable { ResultTable(columns: columns, rows: [row(r)]) }

    static func + (a: Fields, b: Fields) -> Fields { Fields(a.all + b.all) }

    func through<Outer>(_ part: @escaping @Sendable (Outer) -> Row) -> Fields<Outer> {
        Fields<Outer>(all.map { $0.through(part) })
    }
}
