import Foundation
import XCTest

/// A peer who controls one desk of the chain: a plain `git clone` of the shared remote,
/// pushing hand-made commits (issue 25).
struct Attacker {
    let desk: CS
    let clone: String
    let remote: String

    /// `signingKey`: the key of the desk the attacker controls (its commits are then signed by
    /// an admitted desk); nil: a stranger's unsigned commits.
    init(beside desk: CS, remote: String, signingKey: String? = nil) {
        self.desk = desk
        self.remote = remote
        clone = desk.dataDirectory.path + "-attacker"
        var setup =
            "rm -rf '\(clone)' && git clone -q -b main '\(remote)' '\(clone)' && "
            + "git -C '\(clone)' config user.email x@x && git -C '\(clone)' config user.name x"
        if let signingKey {
            setup +=
                " && git -C '\(clone)' config gpg.format ssh && git -C '\(clone)' config commit.gpgSign true"
                + " && git -C '\(clone)' config user.signingKey '\(signingKey)'"
        }
        let r = desk.shell(setup)
        XCTAssertEqual(r.status, 0, r.stderr)
    }

    /// The attacker controls desk 2 of the chain: its key signs every commit it pushes.
    init(controlling controlled: CS, beside desk: CS, remote: String) {
        self.init(beside: desk, remote: remote, signingKey: controlled.path(".git/cs-desk-key"))
    }

    @discardableResult
    func git(_ command: String) -> CS.Result {
        let r = desk.shell("cd '\(clone)' && \(command)")
        XCTAssertEqual(r.status, 0, "\(command): \(r.stderr)")
        return r
    }

    /// Starts from what the remote holds now.
    func refresh() {
        git("git fetch -q origin && git reset -q --hard origin/main")
    }

    /// Pushes a commit adding `path` with `mode` and `content` through git's index.
    func push(path: String, mode: String = "100644", content: String) {
        refresh()
        let file = clone + "-blob"
        try? content.write(toFile: file, atomically: true, encoding: .utf8)
        git(
            "b=$(git hash-object -w '\(file)') && git update-index --add --cacheinfo \(mode),$b,'\(path)' && "
                + "git commit -q -m 'hand-made' && git push -q origin HEAD:main")
    }

    /// Pushes a commit whose root tree gains a directory entry `name` (`.git`, `..`), which
    /// git's index refuses: built with mktree, as an attacker would.
    func pushTreeEntry(_ name: String, file: String, content: String) {
        refresh()
        git(
            "b=$(printf '%s' '\(content)' | git hash-object -w --stdin) && "
                + "sub=$(printf '100644 blob %s\\t\(file)\\n' $b | git mktree) && "
                + "root=$(git ls-tree HEAD | { cat; printf '040000 tree %s\\t\(name)\\n' $sub; } | git mktree) && "
                + "c=$(git commit-tree $root -p HEAD -m hand-made) && git push -q origin $c:main")
    }

    /// Rewrites files of the clone with a shell command and pushes the result.
    func pushEdit(_ command: String) {
        refresh()
        git("\(command) && git commit -q -am hand-made && git push -q origin HEAD:main")
    }

    /// What the chain's administrator does after a refusal: the remote back at a good commit.
    func resetRemote(to commit: String) {
        let r = desk.shell("git -C '\(remote)' update-ref refs/heads/main \(commit)")
        XCTAssertEqual(r.status, 0, r.stderr)
    }
}

final class SyncTrustTests: XCTestCase {
    /// Two joined desks, desk 1 with one member and its top-up, all sent.
    static func chain() throws -> (desks: [CS], remote: String, card: String) {
        let (remote, d) = try SyncHarness.desks(2)
        SyncHarness.join(d, remote)
        let card = d[0].addMember("张三", phone: "13800000001")
        XCTAssertEqual(d[0].run("member", "topup", card, "--amount", "100", "--receipt", "T1").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        return (d, remote, card)
    }

    func testCommitsHoldingPathsNoDeskWritesAreRefusedBeforeAByteIsWritten() throws {
        let (d, remote, card) = try SyncTrustTests.chain()
        let desk = d[0]
        let evil = Attacker(controlling: d[1], beside: desk, remote: remote)
        let outside = desk.dataDirectory.deletingLastPathComponent().appendingPathComponent("escaped-\(UUID())").path
        let planted = desk.dataDirectory.path + "-pwned"
        let attacks: [(String, () -> Void)] = [
            (
                ".git",
                {
                    evil.pushTreeEntry(
                        ".git", file: "config",
                        content: "[core]\n\tfsmonitor = touch \(planted)\n")
                }
            ),
            ("..", { evil.pushTreeEntry("..", file: (outside as NSString).lastPathComponent, content: "x") }),
            ("members/", { evil.push(path: "members/00.jsonl", mode: "120000", content: "/etc/passwd") }),
            ("members/01.jsonl", { evil.push(path: "members/01.jsonl", mode: "100755", content: "") }),
            ("notes.txt", { evil.push(path: "notes.txt", content: "hello") }),
            ("members/zz.jsonl", { evil.push(path: "members/zz.jsonl", content: "") }),
            (".gitattributes", { evil.push(path: ".gitattributes", content: "*.jsonl merge=union\n") }),
            (".gitignore", { evil.push(path: ".gitignore", content: "members/\n") }),
            ("ledger/", { evil.pushEdit("head -c 34000000 /dev/zero | tr '\\0' 'a' > ledger/00.jsonl && git add -A") }),
        ]
        for (named, attack) in attacks {
            let good = SyncHarness.head(desk)
            let before = SyncHarness.shared(desk)
            attack()
            let r = desk.run("sync")
            XCTAssertEqual(r.status, 3, "\(named): \(r.stdout)")
            XCTAssertTrue(r.stderr.contains("refused"), "\(named): \(r.stderr)")
            XCTAssertTrue(r.stderr.contains(named), "\(named): \(r.stderr)")
            XCTAssertEqual(r.stderr.split(separator: "\n").count, 1, r.stderr)
            XCTAssertEqual(SyncHarness.head(desk), good, named)
            XCTAssertEqual(SyncHarness.shared(desk), before, named)
            XCTAssertFalse(FileManager.default.fileExists(atPath: outside), named)
            XCTAssertFalse(FileManager.default.fileExists(atPath: planted), named)
            XCTAssertEqual(desk.shell("git -C '\(desk.dataDirectory.path)' config --get core.fsmonitor").stdout, "")
            // The desk works on, and once the remote is back at a good commit, syncs.
            XCTAssertEqual(desk.run("member", "earn", card, "--amount", "10", "--receipt", "R-\(UUID())").status, 0)
            evil.resetRemote(to: good)
            let honest = desk.run("sync")
            XCTAssertEqual(honest.status, 0, "\(named): \(honest.stderr)")
            XCTAssertEqual(desk.run("doctor").status, 0, named)
        }
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(SyncHarness.shared(d[0]), SyncHarness.shared(d[1]))
    }

    func testAJoiningDeskChecksOutNoLinkAndWritesNothingOutside() throws {
        let (d, remote, _) = try SyncTrustTests.chain()
        let evil = Attacker(controlling: d[1], beside: d[0], remote: remote)
        let target = d[0].dataDirectory.path + "-target"
        XCTAssertTrue(FileManager.default.createFile(atPath: target, contents: Data()))
        evil.push(path: "journal/2026-11.jsonl", mode: "120000", content: target)
        let joining = try CS.fresh()
        let r = joining.run("sync", "init", "--remote", remote, "--desk", "3")
        XCTAssertEqual(r.status, 3, r.stdout)
        XCTAssertTrue(r.stderr.contains("journal/2026-11.jsonl"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: joining.path(".git")))
        _ = joining.addMember("李四", phone: "13900000002")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: target)).count, 0)
    }

    func testAJoiningDeskKeepsAsideTheLinesASyncWouldRefuse() throws {
        let (d, remote, card) = try SyncTrustTests.chain()
        let evil = Attacker(controlling: d[1], beside: d[0], remote: remote)
        let name = d[0].json("member", "show", card)["name"] as? String
        // The member's line with a terminal escape in a second copy of it, and a line that is
        // not JSON, in the remote's members shard and journal.
        evil.pushEdit(
            "f=$(grep -l '\(card)' members/*.jsonl) && grep '\(card)' $f | "
                + "sed 's/\"name\":\"[^\"]*\"/\"name\":\"Evil\\\\u001b[2J\"/' > '\(evil.clone)-line' && "
                + "cat '\(evil.clone)-line' >> $f && "
                + "echo 'not json' >> $f && echo 'not json' >> $(ls journal/*.jsonl | tail -1)")
        let joining = try CS.fresh()
        let r = joining.run("sync", "init", "--remote", remote, "--desk", "3")
        XCTAssertEqual(r.status, 4, r.stderr)
        XCTAssertTrue(r.stdout.contains("refused: "), r.stdout)
        XCTAssertEqual(joining.json("member", "show", card)["name"] as? String, name)
        let listed = joining.run("sync", "conflicts", "--all", "--json")
        let rows = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8))) as? [[String: Any]] ?? []
        let problems = Set(rows.compactMap { $0["field"] as? String })
        XCTAssertTrue(problems.contains("notJSON"), "\(problems)")
        XCTAssertTrue(problems.contains("duplicate") || problems.contains("control"), "\(problems)")
        XCTAssertEqual(joining.run("doctor").status, 0, joining.run("doctor").stdout)
        XCTAssertFalse(joining.run("log").stdout.contains("not json"))
    }

    func testLinesNoDeskWritesAreKeptAsideAndTheRecordStaysAsItWas() throws {
        let (d, remote, card) = try SyncTrustTests.chain()
        let evil = Attacker(controlling: d[1], beside: d[0], remote: remote)
        let before = d[0].json("member", "show", card)
        // One member renamed with a terminal escape; a second given a 1 MB note; a line in the
        // wrong shard; a line that is not JSON; one id twice.
        let other = d[0].addMember("王五", phone: "13800000003")
        XCTAssertEqual(d[0].run("sync").status, 0)
        let script = """
            import json, glob, sys
            card, other = sys.argv[1], sys.argv[2]
            for p in glob.glob('members/*.jsonl'):
                lines = open(p).read().splitlines()
                out = []
                for l in lines:
                    m = json.loads(l)
                    if m['id'] == card:
                        m['name'] = 'Evil\\u001b]0;owned\\u0007'
                    if m['id'] == other:
                        m['address'] = 'x' * 1000000
                    out.append(json.dumps(m, ensure_ascii=False, separators=(',', ':')))
                out.append('not json at all')
                open(p, 'w').write('\\n'.join(out) + '\\n')
            """
        try script.write(toFile: evil.clone + "-edit.py", atomically: true, encoding: .utf8)
        evil.pushEdit("python3 '\(evil.clone)-edit.py' \(card) \(other)")
        let r = d[0].run("sync")
        XCTAssertEqual(r.status, 4, r.stderr)
        XCTAssertTrue(r.stdout.contains("refused: "), r.stdout)
        XCTAssertFalse(r.stdout.contains("\u{1b}"))
        let after = d[0].json("member", "show", card)
        XCTAssertEqual(after["name"] as? String, before["name"] as? String)
        XCTAssertEqual(d[0].json("member", "show", other)["address"] as? String ?? "", "")
        let listed = d[0].run("sync", "conflicts", "--all", "--json")
        let rows = (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8))) as? [[String: Any]] ?? []
        let problems = Set(rows.filter { $0["subject"] as? String == "refused" }.compactMap { $0["field"] as? String })
        XCTAssertTrue(problems.isSuperset(of: ["control", "tooLarge", "notJSON"]), "\(problems)")
        let csv = d[0].run("sync", "conflicts", "--all", "--csv")
        XCTAssertFalse(csv.stdout.contains("\u{1b}"))
        let quarantine = try String(contentsOfFile: d[0].path(".git/cs-quarantine.jsonl"), encoding: .utf8)
        XCTAssertTrue(quarantine.contains("owned"), quarantine)
        XCTAssertEqual(d[0].run("doctor").status, 0, d[0].run("doctor").stdout)
        // The other desk takes the records as desk 1 kept them.
        XCTAssertEqual(d[1].run("sync").status, 0)
        XCTAssertEqual(d[1].json("member", "show", card)["name"] as? String, before["name"] as? String)
        XCTAssertEqual(SyncHarness.shared(d[0]), SyncHarness.shared(d[1]))
    }

    func testASharedConfigIsCheckedKeyByKeyAndItsChangesAreShown() throws {
        let (d, remote, card) = try SyncTrustTests.chain()
        let evil = Attacker(controlling: d[1], beside: d[0], remote: remote)
        let script = """
            import json
            c = json.load(open('config.json'))
            c['store.shards'] = '1024'
            c['member.pointsPerYuan'] = 3
            c['member.voucherMinYuan'] = 0
            json.dump(c, open('config.json', 'w'))
            """
        try script.write(toFile: evil.clone + "-config.py", atomically: true, encoding: .utf8)
        evil.pushEdit("python3 '\(evil.clone)-config.py'")
        let r = d[0].run("sync")
        XCTAssertEqual(r.status, 4, r.stderr)
        XCTAssertTrue(r.stdout.contains("member.pointsPerYuan 1 → 3 (desk 02, clerk ?)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("store.shards = 1024 from desk 02 refused"), r.stdout)
        XCTAssertTrue(r.stdout.contains("member.voucherMinYuan = 0 from desk 02 refused"), r.stdout)
        XCTAssertEqual(d[0].run("config", "get", "store.shards").stdout, "256\n")
        XCTAssertEqual(d[0].run("config", "get", "member.voucherMinYuan").stdout, "10\n")
        XCTAssertEqual(d[0].run("config", "get", "member.pointsPerYuan").stdout, "3\n")
        // The member is still found by phone, and the phone cannot be registered again.
        XCTAssertEqual(d[0].json("member", "show", "13800000001")["card"] as? String, card)
        XCTAssertNotEqual(
            d[0].run(
                "member", "add", "--name", "又一", "--phone", "13800000001",
                "--birthday", "1990-01-01"
            ).status, 0)
        let zh = d[1].run("sync", "--lang", "zh")
        XCTAssertTrue(zh.stdout.contains("设置:member.pointsPerYuan 1 → 3"), zh.stdout)
        XCTAssertEqual(d[1].run("config", "get", "store.shards").stdout, "256\n")
        // An honest change names its desk and clerk, in the sync's output and on the day's board.
        XCTAssertEqual(d[1].run("config", "set", "member.pointsPerYuan", "2").status, 0)
        XCTAssertEqual(d[1].run("sync").status, 0)
        let taken = d[0].run("sync")
        XCTAssertEqual(taken.status, 0, taken.stderr)
        XCTAssertTrue(taken.stdout.contains("member.pointsPerYuan 3 → 2 (desk 02, clerk alice)"), taken.stdout)
        let board = d[0].run("today")
        XCTAssertTrue(board.stdout.contains("member.pointsPerYuan 3 → 2 (desk 02, clerk alice)"), board.stdout)
        let log = d[0].run("log", "--json")
        let entries = (try JSONSerialization.jsonObject(with: Data(log.stdout.utf8))) as? [[String: Any]] ?? []
        XCTAssertTrue(
            entries.contains { $0["command"] as? String == "sync" && $0["id"] as? String == "config.json" },
            "the setting taken is journaled: \(log.stdout)")
    }

    /// A desk a peer's symlink reached before issue 25: no command writes through the link, the
    /// doctor names it, and the repair removes the link without touching what it points at.
    func testALinkInTheDataDirectoryIsNamedAndRemovedWithoutTouchingItsTarget() throws {
        let cs = try CS.fresh()
        let target = cs.dataDirectory.path + "-outside"
        XCTAssertTrue(
            FileManager.default.createFile(
                atPath: target, contents: Data("mine\n".utf8),
                attributes: [.posixPermissions: 0o644]))
        let journal = cs.path("journal/2026-11.jsonl")
        try? FileManager.default.removeItem(atPath: journal)
        try FileManager.default.createSymbolicLink(atPath: journal, withDestinationPath: target)
        let add = cs.run("member", "add", "--name", "张三", "--phone", "13800000001", "--birthday", "1990-01-02")
        XCTAssertNotEqual(add.status, 0)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "mine\n")
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 3)
        XCTAssertTrue(doctor.stdout.contains("a link to \(target)"), doctor.stdout)
        let repair = cs.run("doctor", "--repair")
        XCTAssertTrue(repair.stdout.contains("removed the link"), repair.stdout)
        let mode = try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o644)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "mine\n")
        XCTAssertEqual(
            cs.run(
                "member", "add", "--name", "张三", "--phone", "13800000001",
                "--birthday", "1990-01-02"
            ).status, 0)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "mine\n")
    }

    func testASettingCsNeverMakesStopsTheSyncAndSaysHowToRemoveIt() throws {
        let (d, _, _) = try SyncTrustTests.chain()
        let planted = d[0].dataDirectory.path + "-pwned"
        let dir = d[0].dataDirectory.path
        XCTAssertEqual(d[0].shell("git -C '\(dir)' config core.fsmonitor 'touch \(planted); false'").status, 0)
        let r = d[0].run("sync")
        XCTAssertEqual(r.status, 3)
        XCTAssertTrue(r.stderr.contains("core.fsmonitor"), r.stderr)
        XCTAssertTrue(r.stderr.contains("config --unset-all core.fsmonitor"), r.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: planted))
        XCTAssertEqual(d[0].shell("git -C '\(dir)' config --unset-all core.fsmonitor").status, 0)
        XCTAssertEqual(d[0].run("sync").status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: planted))
    }
}
