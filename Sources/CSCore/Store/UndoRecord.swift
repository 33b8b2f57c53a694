/// `txn.json`: what a change in progress must put back if it is interrupted. Written by
/// `commit` before anything else is touched, read by `recover`; one schema for both.
///
/// Every path it names is checked to lie inside the data directory before any of it is
/// applied: the file is on disk and could have been edited, and a rollback that trusted
/// `journal/../config.json` would truncate the config. An undo record that fails any check is
/// not applied at all (`StoreError.undoRecordDamaged`); `doctor --repair` moves it aside.
struct UndoRecord: Sendable {
    struct LineChange: Sendable {
        var kind: String
        var shards: Int
        var key: String
        var id: String
        /// The line's old text; nil when the change inserted it.
        var old: [UInt8]?
    }

    var txn: String
    var records: [LineChange] = []
    /// Shards the change created: removed on rollback (absolute paths, inside the root).
    var created: [String] = []
    /// Whole files replaced (relative to the root) and their old text.
    var files: [(path: String, old: [UInt8]?)] = []
    /// The journal file and its length before the change's lines were appended.
    var journal: (path: String, size: Int64)?
    /// Shards that only gained new lines, appended, and their lengths before (absolute paths,
    /// inside the root): cut back on rollback.
    var appended: [(path: String, size: Int64)] = []
    /// Files a sync replaced whole, each kept by a second name (a hard link, `.tmp-PID-keep-N`
    /// in the root) instead of its old text: put back by a rename on rollback (absolute paths).
    var kept: [(path: String, keep: String)] = []
    /// Lines a change through the log wrote in place, and the old bytes at each offset (the
    /// same length): written back on rollback, which needs no free space. Kept in memory only —
    /// after a crash the log finishes such a change instead (absolute paths).
    var overwritten: [(path: String, writes: [(offset: Int, bytes: [UInt8])])] = []

    /// A restore's switch of top-level entries (see `Store.restore`).
    struct RestoreSwitch: Sendable {
        /// The staging directory, relative to the root.
        var staging: String
        /// The side directory the old entries move to (absolute, beside the root).
        var aside: String
        var old: [String]
        var new: [String]
    }

    var restore: RestoreSwitch?
    /// Not an undo record but the marker of a change through the redo log (`Store+Log`): the
    /// log holds the change, committed, and the files may hold part of it; finishing it means
    /// replaying the log.
    var redo = false

    init(txn: String, redo: Bool = false) {
        self.txn = txn
        self.redo = redo
    }

    func encoded(root: String, shardPath: (String, Int, String) -> String) -> [UInt8] {
        var undo = [JSON]()
        undo.reserveCapacity(records.count)
        for r in records {
            let old: JSON = r.old.map { .string(String(decoding: $0, as: UTF8.self)) } ?? .null
            undo.append(
                .object(
                    JSONObject([
                        ("kind", .string(r.kind)), ("shards", .int(Int64(r.shards))), ("key", .string(r.key)),
                        ("path", .string(shardPath(r.kind, r.shards, r.key))), ("id", .string(r.id)), ("old", old),
                    ])))
        }
        var fileChanges = [JSON]()
        for f in files {
            let old: JSON = f.old.map { .string(String(decoding: $0, as: UTF8.self)) } ?? .null
            fileChanges.append(.object(JSONObject([("path", .string(f.path)), ("old", old)])))
        }
        var o = JSONObject()
        o.add("txn", txn)
        o.add("records", .array(undo))
        o.add("created", .array(created.map { .string($0) }))
        o.add("files", .array(fileChanges))
        let journalJSON = journal.map {
            JSON.object(JSONObject([("path", .string($0.path)), ("size", .int($0.size))]))
        }
        o.add("journal", journalJSON ?? .null)
        let appendedJSON = appended.map {
            JSON.object(JSONObject([("path", .string($0.path)), ("size", .int($0.size))]))
        }
        o.add("appended", .array(appendedJSON))
        let keptJSON = kept.map { JSON.object(JSONObject([("path", .string($0.path)), ("keep", .string($0.keep))])) }
        if !kept.isEmpty { o.add("kept", .array(keptJSON)) }
        if redo { o.add("redo", .bool(true)) }
        if let r = restore {
            o.add(
                "restore",
                .object(
                    JSONObject([
                        ("staging", .string(r.staging)), ("aside", .string(r.aside)),
                        ("old", .array(r.old.map { .string($0) })), ("new", .array(r.new.map { .string($0) })),
                    ])))
        }
        var bytes = [UInt8]()
        JSON.object(o).encode(into: &bytes)
        bytes.append(10)
        return bytes
    }

    // Long: one check per field of the record, in the order `encoded` writes them.
    /// Reads and checks an undo record. Throws `undoRecordDamaged` naming the first thing that
    /// cannot be trusted.
    static func decode(_ bytes: [UInt8], store: Store) throws(StoreError) -> UndoRecord {
        let path = store.transactionPath
        func damaged(_ why: String) -> StoreError { .undoRecordDamaged(path: path, reason: why) }
        guard let first = Shards.lines(bytes).first else { throw damaged("empty") }
        let value: JSON
        do {
            value = try bytes.withUnsafeBufferPointer { b throws(JSONParser.Failure) in
                try JSONParser.parse(UnsafeBufferPointer(rebasing: b[first]))
            }
        } catch { throw damaged(error.reason) }
        guard let o = value.object, let txn = o["txn"]?.string, let records = o["records"]?.array,
            let files = o["files"]?.array
        else { throw damaged("not an undo record") }
        var undo = UndoRecord(txn: txn, redo: o["redo"] == .bool(true))
        for r in records {
            guard let c = r.object, let kind = c["kind"]?.string, isCollectionName(kind),
                let n = c["shards"]?.int, (1...65_536).contains(n),
                let key = c["key"]?.string, let id = c["id"]?.string
            else { throw damaged("a record change is not valid") }
            var old: [UInt8]?
            switch c["old"] {
            case .string(let s)?: old = Array(s.utf8)
            case .null?, nil: old = nil
            default: throw damaged("a record change's old text is not a string")
            }
            undo.records.append(LineChange(kind: kind, shards: Int(n), key: key, id: id, old: old))
        }
        for c in o["created"]?.array ?? [] {
            guard let p = c.string, let inside = store.confined(absolute: p), inside.hasSuffix(".jsonl") else {
                throw damaged("a created shard lies outside the data directory")
            }
            undo.created.append(inside)
        }
        for f in files {
            guard let c = f.object, let rel = c["path"]?.string, store.confined(relative: rel) != nil,
                rel != "txn.json", rel != "cs.lock"
            else { throw damaged("a file change lies outside the data directory") }
            switch c["old"] {
            case .string(let s)?: undo.files.append((rel, Array(s.utf8)))
            case .null?, nil: undo.files.append((rel, nil))
            default: throw damaged("a file change's old text is not a string")
            }
        }
        if let j = o["journal"], j != .null {
            guard let jo = j.object, let p = jo["path"]?.string, let size = jo["size"]?.int, size >= 0,
                let inside = store.confined(absolute: p), FileSystem.parentOf(inside) == store.journalDirectory,
                inside.hasSuffix(".jsonl")
            else { throw damaged("the journal path lies outside the journal directory") }
            undo.journal = (inside, size)
        }
        for a in o["appended"]?.array ?? [] {
            guard let ao = a.object, let p = ao["path"]?.string, let size = ao["size"]?.int, size >= 0,
                let inside = store.confined(absolute: p), inside.hasSuffix(".jsonl"),
                FileSystem.parentOf(inside) != store.journalDirectory
            else {
                throw damaged("an appended shard lies outside the data directory")
            }
            undo.appended.append((inside, size))
        }
        for k in o["kept"]?.array ?? [] {
            guard let ko = k.object, let p = ko["path"]?.string, let keep = ko["keep"]?.string,
                let inside = store.confined(absolute: p), let link = store.confined(absolute: keep),
                FileSystem.parentOf(link) == store.root, link.dropFirst(store.root.count + 1).hasPrefix(".tmp-"),
                !inside.hasSuffix("/txn.json"), !inside.hasSuffix("/cs.lock")
            else {
                throw damaged("a kept file lies outside the data directory")
            }
            undo.kept.append((inside, link))
        }
        if let r = o["restore"], r != .null {
            undo.restore = try decodeSwitch(r, store: store)
        }
        return undo
    }

    static func decodeSwitch(_ value: JSON, store: Store) throws(StoreError) -> RestoreSwitch {
        let damaged = StoreError.undoRecordDamaged(
            path: store.transactionPath,
            reason: "the restore switch is not valid")
        guard let r = value.object, let staging = r["staging"]?.string, staging.hasPrefix(".restore-"),
            store.confined(relative: staging) != nil, !staging.contains("/"),
            let aside = r["aside"]?.string, aside.hasPrefix(store.root + ".before-restore-"),
            !aside.dropFirst(store.root.count).contains("/"),
            let old = r["old"]?.array?.compactMap(\.string), let new = r["new"]?.array?.compactMap(\.string)
        else { throw damaged }
        for name in old + new
        where name.contains("/") || name.hasPrefix(".") || name == "cs.lock"
            || name == "txn.json" || name.isEmpty
        {
            throw damaged
        }
        return RestoreSwitch(staging: staging, aside: aside, old: old, new: new)
    }

    /// A collection's directory name: lower-case letters, digits and dashes.
    static func isCollectionName(_ s: String) -> Bool {
        guard let first = s.utf8.first, first >= 97, first <= 122, s.utf8.count <= 64 else { return false }
        return s.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
