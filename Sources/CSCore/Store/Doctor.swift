#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `cs doctor`: reads every document, the journal and the config, checks permissions and
/// cross-record consistency, and reports each problem by file. `repair` only rebuilds what is
/// derived (indexes), finishes an interrupted change, removes orphan temp files and tightens
/// permissions; it never deletes a record.
public struct Doctor: Sendable {
    public let store: Store
    public let kinds: [KindDescriptor]

    public init(store: Store, kinds: [KindDescriptor]) {
        self.store = store
        self.kinds = kinds
    }

    public struct Report: Sendable {
        public var counts: [(kind: String, count: Int)] = []
        public var problems: [DocumentProblem] = []
        public var repaired: [Fact] = []
    }

    public func examine() throws -> Report {
        try store.requireInitialized()
        var report = Report()
        do { _ = try Config.load(from: store) } catch {
            if case .corrupt(let p, let l, let r) = error {
                report.problems.append(
                    DocumentProblem(
                        path: p, line: l,
                        reason: r))
            } else {
                throw error
            }
        }
        if let bytes = try FileSystem.read(store.transactionPath) {
            do throws(StoreError) {
                _ = try UndoRecord.decode(bytes, store: store)
                report.problems.append(
                    DocumentProblem(
                        path: store.transactionPath, line: 0,
                        Fact(.doctor(.interruptedChange))))
            } catch {
                report.problems.append(
                    DocumentProblem(
                        path: store.transactionPath, line: 0,
                        Fact(.doctor(.undoRecordDamaged), [error.summary])))
            }
        }
        do throws(StoreError) { _ = try store.readLog() } catch {
            guard case .undoRecordDamaged(let path, _) = error else { throw error }
            let fact = Fact(.doctor(.undoRecordDamaged), [error.summary])
            report.problems.append(DocumentProblem(path: path, line: 0, fact))
        }
        for kind in kinds {
            let exam = try kind.examine(store)
            report.counts.append((kind.name, exam.count))
            report.problems += exam.problems
            report.problems += try kind.consistency(store)
        }
        let journal = try store.checkJournal()
        report.counts.append(("journal", journal.count))
        report.problems += journal.problems
        report.problems += permissionProblems()
        return report
    }

    /// Files that should be 0600, directories 0700, and temp files a crash left behind.
    func permissionProblems() -> [DocumentProblem] {
        var out = [DocumentProblem]()
        walk(store.root) { path, isDir in
            let name = path.split(separator: "/").last.map(String.init) ?? path
            if name.hasPrefix(".tmp-") {
                if !Doctor.writerAlive(name) {
                    out.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.tempFileLeft))))
                }
                return
            }
            if let target = FileSystem.linkTarget(path) {
                out.append(DocumentProblem(path: path, line: 0, Fact(.doctor(.linkInDataDirectory), [target])))
                return
            }
            guard let mode = FileSystem.mode(path) else { return }
            let want: mode_t = isDir ? FileSystem.directoryMode : FileSystem.fileMode
            if mode & 0o077 != 0 {
                out.append(
                    DocumentProblem(
                        path: path, line: 0,
                        Fact(
                            .doctor(.modeTooOpen),
                            [
                                String(mode, radix: 8),
                                String(
                                    want,
                                    radix: 8),
                            ])))
            }
        }
        return out
    }

    /// `.tmp-<pid>-name`: the writing process is still running (a change in progress).
    static func writerAlive(_ name: String) -> Bool {
        let parts = name.split(separator: "-")
        guard parts.count >= 3, let pid = Int32(parts[1]), pid > 0 else { return false }
        return kill(pid, 0) == 0 && pid != getpid()
    }

    func walk(_ dir: String, _ visit: (String, Bool) -> Void) {
        visit(dir, true)
        // git's own directory (a synced data directory) is git's to check (`git fsck`).
        for name in FileSystem.list(dir) where name != ".git" {
            let path = "\(dir)/\(name)"
            // A link is visited, never followed: a directory link must not take the walk (or a
            // repair's chmod) outside the data directory.
            if FileSystem.linkTarget(path) == nil && FileSystem.isDirectory(path) {
                walk(path, visit)
            } else {
                visit(path, false)
            }
        }
    }

    /// Repairs under the lock, then examines again so the report shows what is left.
    public func repair(clerk: String, clock: Clock) throws -> Report {
        var done = [Fact]()
        if let aside = try store.setAsideDamagedUndoRecord(clerk: clerk, clock: clock) {
            done.append(Fact(.doctor(.movedUndoRecord), [aside]))
        }
        try store.change(clerk: clerk, command: "doctor --repair", clock: clock) { txn in
            // `change` has already finished any interrupted transaction.
            self.walk(self.store.root) { path, isDir in
                let name = path.split(separator: "/").last.map(String.init) ?? path
                if name.hasPrefix(".tmp-") {
                    FileSystem.removeTree(path)
                    done.append(Fact(.doctor(.removedTempFile), [path]))
                    return
                }
                // A link (planted by a peer's commit before issue 25) is removed; what it points
                // at, outside the data directory, is left alone.
                if let target = FileSystem.linkTarget(path) {
                    try? FileSystem.remove(path)
                    done.append(Fact(.doctor(.removedLink), [path, target]))
                    return
                }
                let want: mode_t = isDir ? FileSystem.directoryMode : FileSystem.fileMode
                if let mode = FileSystem.mode(path), mode & 0o077 != 0 {
                    chmod(path, want)
                    done.append(Fact(.doctor(.tightenedMode), [String(want, radix: 8), path]))
                }
            }
            for kind in self.kinds {
                if let rebuild = kind.rebuild {
                    let n = try rebuild(&txn)
                    done.append(Fact(.doctor(.rebuiltIndexes), [kind.name, String(n)]))
                }
            }
        }
        var report = try examine()
        report.repaired = done
        return report
    }
}
