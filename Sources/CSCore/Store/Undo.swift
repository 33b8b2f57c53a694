/// How `cs undo` takes back a change to one kind of record: a document is put back exactly as
/// the journal kept it before (or removed, if the change created it); a record that is never
/// changed (a ledger entry) is offset by a new record instead, so history is never rewritten.
public struct UndoKind: Sendable {
    public let kind: String
    /// Takes back one record's change in `txn`: `before` and `after` are the journal's
    /// documents from the change being undone.
    let takeBack: @Sendable (_ before: JSONObject?, _ after: JSONObject, DeskContext, inout Transaction) throws -> Void
    /// The record as stored now (nil: absent), to check that nothing touched it since.
    let current: @Sendable (_ id: String, Transaction) throws -> JSONObject?

    /// Put back as it was; a record the change created is removed.
    public static func restoring<R: Record>(_: R.Type) -> UndoKind {
        UndoKind(
            kind: R.kind,
            takeBack: { before, after, _, txn in
                if let before {
                    let current = try after["id"]?.string.flatMap { id in try txn.get(R.self, id: id) }
                    try txn.put(try R.restored(from: before, current: current), action: "undo")
                } else if let id = after["id"]?.string {
                    try txn.remove(R.self, id: id, action: "undo")
                }
            }, current: { id, txn in try txn.get(R.self, id: id)?.journalDocument })
    }

    /// Never taken back by an undo (a tax record): `refusal` names the record and says what
    /// the desk does instead.
    public static func refusing<R: Record>(_: R.Type, _ refusal: @escaping @Sendable (_ id: String) -> Error)
        -> UndoKind
    {
        UndoKind(
            kind: R.kind,
            takeBack: { _, after, _, _ in throw refusal(after["id"]?.string ?? "") },
            current: { id, txn in try txn.get(R.self, id: id)?.journalDocument })
    }

    /// Offset by a record `offset` writes (only records the change created can be undone).
    public static func offsetting<R: Record>(
        _: R.Type,
        by offset:
            @escaping @Sendable (R, DeskContext, inout Transaction) throws
            -> Void
    ) -> UndoKind {
        UndoKind(
            kind: R.kind,
            takeBack: { before, after, context, txn in
                guard before == nil else { throw UndoError.cannotUndo(kind: R.kind) }
                try offset(
                    try R.restored(from: after, current: txn.get(R.self, id: after["id"]?.string ?? "")), context, &txn)
            }, current: { id, txn in try txn.get(R.self, id: id)?.journalDocument })
    }
}

/// What `cs undo` took back (or, asked first, would take back): the change (its command, time,
/// clerk) and the records it puts back.
public struct UndoOutcome: Sendable {
    public let transaction: String
    public let command: String
    public let at: Instant
    public let clerk: String
    public let records: [(kind: String, id: String)]
}

/// Why an undo was refused; nothing changed.
public enum UndoError: Failure, Equatable {
    /// This clerk has no change left to undo.
    case nothingToUndo(clerk: String)
    /// A later change touched one of the records: undoing would lose it.
    case touchedSince(kind: String, id: String, command: String, clerk: String, at: String)
    /// A change of a kind that cannot be taken back here (config.json, a restore, a summary
    /// from an old journal).
    case cannotUndo(kind: String)
    /// The change replaced a field the journal keeps only masked (an ID number): it cannot be
    /// put back from the journal.
    case masked(kind: String, id: String, field: String)
    /// The change is already in the shared history (`cs sync`): undone here, it would be undone
    /// again at a desk that undoes it too; it is taken back by a change of its own.
    case alreadyShared(command: String, at: String)
    /// Older than `undo.withinHours`: a change from another shift is taken back by its own
    /// command (a void, a claim reversed), where the clerk sees what it undoes.
    case tooOld(command: String, at: String, hours: Int)
    /// The last change is no longer the one the clerk was shown (another change came between).
    case changedMeanwhile(command: String, at: String)

    public var status: ExitStatus { .refused }

    public var messageKey: MessageKey {
        switch self {
        case .nothingToUndo: .housekeeping(.undoNothing)
        case .touchedSince: .housekeeping(.undoTouched)
        case .cannotUndo: .housekeeping(.undoCannot)
        case .masked: .housekeeping(.undoMasked)
        case .alreadyShared: .housekeeping(.undoShared)
        case .tooOld: .housekeeping(.undoTooOld)
        case .changedMeanwhile: .housekeeping(.undoMoved)
        }
    }

    public var messageArguments: [String] {
        switch self {
        case .nothingToUndo(let c): [c]
        case .touchedSince(let k, let i, let c, let who, let at): [k, i, c, who, at]
        case .cannotUndo(let k): [k]
        case .masked(let k, let i, let f): [k, i, f]
        case .alreadyShared(let c, let at): [c, at]
        case .tooOld(let c, let at, let h): [c, at, String(h)]
        case .changedMeanwhile(let c, let at): [c, at]
        }
    }
}

extension DeskContext {
    /// What `undoLast` would take back now, read without the lock: shown to the clerk, who
    /// confirms; `undoLast(expecting:)` then refuses if another change came between.
    public func undoCandidate() throws -> UndoOutcome {
        let journal = try store.readJournal().entries
        let last = try lastUndoable(journal)
        let lines = journal.filter { $0.transaction == journal[last].transaction }
        var records = [(kind: String, id: String)]()
        for e in lines where !records.contains(where: { $0.kind == e.kind && $0.id == e.id }) {
            records.append((e.kind, e.id))
        }
        return UndoOutcome(
            transaction: journal[last].transaction, command: lines[0].command, at: lines[0].at,
            clerk: lines[0].clerk, records: records)
    }

    /// This clerk's last change that is not itself an undo and not undone yet, when it is
    /// recent enough (`undo.withinHours`).
    func lastUndoable(_ journal: [JournalEntry]) throws -> Int {
        let undone = Set(journal.compactMap(\.undoes))
        guard
            let last = journal.lastIndex(where: {
                $0.clerk == clerk && $0.command != "undo" && $0.undoes == nil
                    && !undone.contains($0.transaction) && $0.command != "init"
            })
        else {
            throw UndoError.nothingToUndo(clerk: clerk)
        }
        let hours = config.int(.undoWithinHours)
        if clock.now.epochSeconds - journal[last].at.epochSeconds > Int64(hours) * 3600 {
            throw UndoError.tooOld(command: journal[last].command, at: journal[last].at.iso, hours: hours)
        }
        return last
    }

    /// Takes back this clerk's last change that is not itself an undo and not undone yet, when
    /// nothing has touched its records since; decided and done under the lock, in one
    /// transaction, journalled with `undoes` naming the change.
    /// `shared`: whether a transaction is already in the history desks share (`cs sync`),
    /// asked under the lock. `expecting`: the change the clerk was shown (`undoCandidate`).
    public func undoLast(
        kinds: [UndoKind], shared: (String) throws -> Bool = { _ in false }, expecting: String? = nil
    ) throws -> UndoOutcome {
        let byKind = Dictionary(kinds.map { ($0.kind, $0) }, uniquingKeysWith: { a, _ in a })
        return try change("undo") { txn in
            let journal = try store.readJournal().entries
            let undone = Set(journal.compactMap(\.undoes))
            let last = try lastUndoable(journal)
            let target = journal[last].transaction
            if let expecting, expecting != target {
                throw UndoError.changedMeanwhile(command: journal[last].command, at: journal[last].at.iso)
            }
            if try shared(target) {
                throw UndoError.alreadyShared(command: journal[last].command, at: journal[last].at.iso)
            }
            let lines = journal.filter { $0.transaction == target }
            // Per record: the first "before" and the last "after" of the change.
            var spans = [(kind: String, id: String, before: JSONObject?, after: JSONObject?)]()
            var place = [String: Int]()
            for e in lines {
                let key = e.kind + "\u{0}" + e.id
                if let i = place[key] {
                    spans[i].after = e.after
                } else {
                    place[key] = spans.count
                    spans.append((e.kind, e.id, e.before, e.after))
                }
            }
            // A later change that was itself taken back (and the undo that took it back) left the
            // records as they were.
            let later = journal[(last + 1)...].filter { !undone.contains($0.transaction) && $0.undoes == nil }
            for s in spans {
                guard let undo = byKind[s.kind], s.before?["summary"] == nil, s.after?["summary"] == nil else {
                    throw UndoError.cannotUndo(kind: s.kind)
                }
                if let next = later.first(where: { $0.kind == s.kind && $0.id == s.id && $0.transaction != target }) {
                    throw UndoError.touchedSince(
                        kind: s.kind, id: s.id, command: next.command, clerk: next.clerk,
                        at: next.at.iso)
                }
                // A change the journal does not show (a repair, a hand edit) also counts.
                guard try undo.current(s.id, txn) == s.after else {
                    throw UndoError.touchedSince(kind: s.kind, id: s.id, command: "?", clerk: "?", at: "?")
                }
            }
            txn.undoes = target
            for s in spans.reversed() {
                guard let after = s.after, let undo = byKind[s.kind] else { throw UndoError.cannotUndo(kind: s.kind) }
                try undo.takeBack(s.before, after, self, &txn)
            }
            return UndoOutcome(
                transaction: target, command: lines[0].command, at: lines[0].at, clerk: lines[0].clerk,
                records: spans.map { ($0.kind, $0.id) })
        }
    }
}
