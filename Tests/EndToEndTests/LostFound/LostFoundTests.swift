import Foundation
import XCTest

/// Issue 12, SPEC.md "lostfound — 客遗物" through the real binary, with a fixed clock: the
/// 《遗留物品登记表》, the safe, the chain of custody, claims, the sweep and disposal.
final class LostFoundTests: XCTestCase {
    static let now = "2026-11-23T10:00:00+08:00"

    /// Registers an item (found at `found`) and returns its id.
    func add(_ cs: CS, _ item: String, found: String = LostFoundTests.now, extra: [String] = []) -> String {
        let r = cs.run(
            [
                "lostfound", "add", "--item", item, "--where", "8号包厢", "--handed-in-by", "小李",
                "--supervisor", "王经理", "--found-at", found, "-q",
            ] + extra)
        XCTAssertEqual(r.status, 0, r.stderr)
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func item(_ cs: CS, _ id: String, env: [String: String] = [:]) -> [String: Any] {
        let r = cs.run(["lostfound", "show", id, "--json"], env: env)
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any] ?? [:]
    }

    func claim(_ cs: CS, _ id: String, env: [String: String] = [:]) -> CS.Result {
        cs.run(
            [
                "lostfound", "claim", id, "--claimant", "张三", "--phone", "+86 139-1234-5678",
                "--id-number", "110101199001011234", "--described", "黑色手机,壳上有猫", "--supervisor", "王经理",
            ],
            env: env)
    }

    func testTheCustodyChainFromDeskToCenterToGeneralAffairsThenDisposal() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        let id = add(cs, "umbrella", extra: ["--color", "黑色"])
        XCTAssertEqual(id, "L01-1", "ids are the desk and a sequence")
        XCTAssertEqual(item(cs, id)["custody"] as? String, "desk")
        // Before closing nothing is due; after 23:00 the desk's items go to the center.
        let early = cs.run("lostfound", "sweep")
        XCTAssertEqual(early.status, 0, early.stdout)
        let evening = ["CS_NOW": "2026-11-23T23:30:00+08:00"]
        let listed = cs.run(["lostfound", "sweep"], env: evening)
        XCTAssertEqual(listed.status, 4, "something is due: cron mails it")
        XCTAssertTrue(listed.stdout.contains(id) && listed.stdout.contains("service center"), listed.stdout)
        XCTAssertEqual(item(cs, id)["custody"] as? String, "desk", "listing changes nothing")
        assertRefused(cs.run(["lostfound", "sweep", "--apply"], env: evening), status: 2, mentions: "--received-by")
        let applied = cs.run(["lostfound", "sweep", "--apply", "--received-by", "陈主管"], env: evening)
        XCTAssertEqual(applied.status, 0, applied.stdout + applied.stderr)
        XCTAssertEqual(item(cs, id)["custody"] as? String, "center")
        let again = cs.run(["lostfound", "sweep", "--apply", "--received-by", "陈主管"], env: evening)
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual((item(cs, id)["moves"] as? [Any])?.count, 2, "a second sweep changes nothing")
        // Found 10:00 on the 23rd: at 09:59 on the 26th (71 h 59 min) it stays, at 10:00 (72 h) it goes.
        let before = ["CS_NOW": "2026-11-26T09:59:00+08:00"]
        XCTAssertEqual(cs.run(["lostfound", "sweep", "--apply", "--received-by", "赵主任"], env: before).status, 0)
        XCTAssertEqual(item(cs, id)["custody"] as? String, "center", "71 h: not yet")
        let exactly = ["CS_NOW": "2026-11-26T10:00:00+08:00"]
        XCTAssertEqual(cs.run(["lostfound", "sweep"], env: exactly).status, 4)
        XCTAssertEqual(cs.run(["lostfound", "sweep", "--apply", "--received-by", "赵主任"], env: exactly).status, 0)
        let shown = item(cs, id)
        XCTAssertEqual(shown["custody"] as? String, "general-affairs", "72 h exactly")
        let moves = try XCTUnwrap(shown["moves"] as? [[String: Any]])
        XCTAssertEqual(moves.map { $0["to"] as? String }, ["desk", "center", "general-affairs"])
        XCTAssertEqual(moves.last?["receivedBy"] as? String, "赵主任")
        XCTAssertEqual(moves.map { $0["cause"] as? String }, ["registered", "day-end", "unclaimed"])
        XCTAssertTrue(moves.first?["from"] is NSNull)
        // The table shows the chain beneath the item, in Chinese under --lang zh.
        let zh = cs.run(["--lang", "zh", "lostfound", "show", id], env: exactly)
        XCTAssertTrue(zh.stdout.contains("服务台 → 客服中心") && zh.stdout.contains("客服中心 → 总务处"), zh.stdout)
        XCTAssertTrue(zh.stdout.contains("日终移交"), zh.stdout)
        // A year after registration it is due for disposal; general affairs decides.
        let year = ["CS_NOW": "2027-11-23T10:00:00+08:00"]
        let due = cs.run(["lostfound", "sweep", "--apply", "--received-by", "赵主任"], env: year)
        XCTAssertEqual(due.status, 4, "a disposal waits for a person")
        XCTAssertTrue(due.stdout.contains(id), due.stdout)
        XCTAssertEqual(
            cs.run(["lostfound", "list", "--overdue", "-q"], env: year).status, 2,
            "-q on a listing is refused, not ignored")
        XCTAssertEqual(cs.run(["lostfound", "list", "--overdue", "--field", "id"], env: year).stdout, "\(id)\n")
        XCTAssertEqual(
            cs.run(["lostfound", "dispose", id, "--how", "donated", "--note", "charity"], env: year).status, 0)
        XCTAssertEqual(item(cs, id)["status"] as? String, "disposed")
        assertRefused(claim(cs, id, env: year), status: 1, mentions: "disposed", "2027-11-23")
        assertRefused(
            cs.run(["lostfound", "move", id, "--to", "desk", "--received-by", "x"], env: year), status: 1,
            mentions: "disposed")
        XCTAssertEqual(cs.run(["lostfound", "sweep"], env: year).status, 0, "nothing left due")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testValuablesGoToTheSafeAndOnlyGeneralAffairsDisposes() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        let phone = add(cs, "黑色手机")
        let wallet = add(cs, "Brown Wallet")
        let ring = add(cs, "ring", extra: ["--valuable"])
        let scarf = add(cs, "scarf")
        for id in [phone, wallet, ring] { XCTAssertEqual(item(cs, id)["custody"] as? String, "safe", id) }
        XCTAssertEqual(item(cs, scarf)["valuable"] as? Bool, false)
        // The safe is not swept to the center at day end.
        let evening = ["CS_NOW": "2026-11-23T23:30:00+08:00"]
        XCTAssertEqual(cs.run(["lostfound", "sweep", "--apply", "--received-by", "陈主管"], env: evening).status, 0)
        XCTAssertEqual(item(cs, phone)["custody"] as? String, "safe")
        XCTAssertEqual(item(cs, scarf)["custody"] as? String, "center")
        let inSafe = cs.jsonArray("lostfound", "list", "--custody", "safe")
        XCTAssertEqual(inSafe.compactMap { $0["id"] as? String }, [phone, wallet, ring])
        XCTAssertEqual(cs.jsonArray("lostfound", "list", "--valuable").count, 3)
        // The next morning (a change is never dated before the last one: issue 28).
        let morning = ["CS_NOW": "2026-11-24T09:00:00+08:00"]
        assertRefused(
            cs.run(["lostfound", "dispose", scarf, "--how", "discarded"], env: morning), status: 1,
            mentions: "general-affairs")
        XCTAssertEqual(
            cs.run(
                ["lostfound", "move", scarf, "--to", "总务处", "--received-by", "赵主任", "--reason", "no room"],
                env: morning
            ).status, 0, "a Chinese place name is accepted")
        XCTAssertEqual(
            cs.run(["lostfound", "dispose", scarf.lowercased(), "--how", "discarded"], env: morning).status, 0,
            "an id in either case")
        assertRefused(
            cs.run("lostfound", "move", phone, "--to", "safe", "--received-by", "x"), status: 1,
            mentions: "already")
        assertRefused(cs.run("lostfound", "show", "L01-99"), status: 1, mentions: "L01-99", "L01-")
    }

    /// Issue 28: the seed names laptops, ID cards, papers, bank cards and keys as what goes to
    /// the safe; and `sweep --to` takes the place in Chinese as `move --to` does.
    func testTheSeedsValuablesGoToTheSafeAndSweepTakesChinesePlaces() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        for name in ["笔记本电脑", "身份证", "工作证件", "银行卡", "一串钥匙", "MacBook laptop", "car keys"] {
            XCTAssertEqual(item(cs, add(cs, name))["custody"] as? String, "safe", name)
        }
        let scarf = add(cs, "围巾")
        XCTAssertEqual(item(cs, scarf)["custody"] as? String, "desk")
        let evening = ["CS_NOW": "2026-11-23T23:30:00+08:00"]
        let listed = cs.run(["lostfound", "sweep", "--to", "总务处"], env: evening)
        XCTAssertEqual(listed.status, 0, "nothing is due to general affairs yet: " + listed.stderr)
        let moved = cs.run(
            ["lostfound", "sweep", "--to", "客服中心", "--apply", "--received-by", "陈主管"], env: evening)
        XCTAssertEqual(moved.status, 0, moved.stderr)
        XCTAssertEqual(item(cs, scarf)["custody"] as? String, "center")
        assertRefused(cs.run(["lostfound", "sweep", "--to", "保险柜"], env: evening), status: 2, mentions: "--to")
    }

    func testAClaimNeedsEveryFieldNamedAtOnceAndHappensOnce() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        let id = add(cs, "手机")
        let missing = cs.run("lostfound", "claim", id, "--claimant", "张三")
        assertRefused(missing, status: 2, mentions: "--phone", "--id-number", "--described", "--supervisor")
        assertRefused(
            cs.run(
                "lostfound", "claim", id, "--claimant", "张三", "--phone", "12", "--id-number",
                "110101199001011234", "--described", "x", "--supervisor", "王"), status: 2,
            mentions: "--phone")
        XCTAssertEqual(item(cs, id)["status"] as? String, "held", "a refused claim changed nothing")
        let first = claim(cs, id)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("张三"), first.stdout)
        let claimed = item(cs, id)
        XCTAssertEqual(claimed["claimantPhone"] as? String, "13912345678", "the phone is normalised")
        assertRefused(claim(cs, id), status: 1, mentions: "claimed", "2026-11-23 10:00")
        assertRefused(
            cs.run(
                "--lang", "zh", "lostfound", "claim", id, "--claimant", "李四", "--phone", "13900000000",
                "--id-number", "110101199001011234", "--described", "x", "--supervisor", "王"),
            status: 1, mentions: "已于")
    }

    func testTheClaimantsIDNumberIsMaskedEverywhereUnlessRevealed() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        let id = add(cs, "手机")
        XCTAssertEqual(claim(cs, id).status, 0)
        let full = "110101199001011234"
        for args in [
            ["lostfound", "show", id], ["lostfound", "show", id, "--json"], ["lostfound", "list", "--csv"],
            ["lostfound", "list", "--json"], ["export", "lostfound"], ["export", "lostfound", "--json"],
            ["log"], ["log", "--json"], ["export", "journal"],
        ] {
            let r = cs.run(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.stderr)")
            XCTAssertFalse(r.stdout.contains(full), "\(args) shows the full ID number")
        }
        XCTAssertTrue(cs.run("lostfound", "list", "--csv").stdout.contains("1101**********1234"))
        XCTAssertEqual(item(cs, id)["claimantIdNumber"] as? String, "1101**********1234")
        XCTAssertTrue(cs.run("lostfound", "show", id, "--reveal").stdout.contains(full))
        XCTAssertTrue(cs.run("export", "lostfound", "--reveal").stdout.contains(full))
        let journal = try FileManager.default.contentsOfDirectory(atPath: cs.path("journal"))
            .map { try String(contentsOfFile: cs.path("journal/\($0)"), encoding: .utf8) }.joined()
        XCTAssertFalse(journal.contains(full), "the journal holds the ID number masked")
        // An undo of the claim puts the item back as it was, held.
        XCTAssertEqual(cs.run("undo").status, 0)
        XCTAssertEqual(item(cs, id)["status"] as? String, "held")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testSearchFindsChineseAndLatinTextInAnyDescribedField() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        let a = add(cs, "雨伞", extra: ["--color", "黑色"])
        let b = add(cs, "Umbrella", extra: ["--description", "red handle, \"Totoro\" sticker"])
        let c = add(cs, "钥匙", extra: ["--description", "三把,挂黑色皮套"])
        func found(_ text: String) -> [String] {
            cs.jsonArray("lostfound", "list", "--search", text).compactMap { $0["id"] as? String }
        }
        XCTAssertEqual(found("黑色"), [a, c])
        XCTAssertEqual(found("umbrella"), [b], "Latin letters without case")
        XCTAssertEqual(found("\"totoro\""), [b], "text JSON escapes is found too")
        XCTAssertEqual(found("包厢"), [a, b, c], "the place is searched")
        XCTAssertEqual(found("自行车"), [])
        XCTAssertEqual(cs.jsonArray("lostfound", "list", "--since", "2026-11-24").count, 0)
        XCTAssertEqual(cs.jsonArray("lostfound", "list", "--status", "claimed").count, 0)
    }

    func testBadInputIsRefusedWithItsFieldAndChangesNothing() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        assertRefused(
            cs.run(
                "lostfound", "add", "--item", "x", "--where", "lobby", "--handed-in-by", "a",
                "--supervisor", "b", "--found-at", "2026-11-24T09:00"), status: 2, mentions: "--found-at",
            "future")
        assertRefused(
            cs.run(
                "lostfound", "add", "--item", "x", "--where", "lobby", "--handed-in-by", "a",
                "--supervisor", "b", "--photo", "/dev/zero"), status: 2, mentions: "--photo")
        assertRefused(
            cs.run("lostfound", "add", "--item", "x", "--where", "lobby"), status: 2,
            mentions: "--handed-in-by", "--supervisor")
        assertRefused(
            cs.run("lostfound", "sweep", "--apply", "--received-by", "x", "--as-of", "2026-11-30T23:00"),
            status: 2, mentions: "--as-of")
        assertRefused(cs.run("lostfound", "sweep", "--received-by", "x"), status: 2, mentions: "--apply")
        XCTAssertEqual(cs.jsonArray("lostfound", "list").count, 0)
        // A photo is copied into the data directory by its hash, private, and shown by path.
        let photo = cs.write("JPEG bytes", to: "scarf.jpg")
        let id = add(cs, "scarf", extra: ["--photo", photo])
        let path = try XCTUnwrap(item(cs, id)["photo"] as? String)
        XCTAssertTrue(path.hasPrefix("photos/") && path.hasSuffix(".jpg"), path)
        XCTAssertEqual(try String(contentsOfFile: cs.path(path), encoding: .utf8), "JPEG bytes")
        XCTAssertEqual(
            try FileManager.default.attributesOfItem(atPath: cs.path(path))[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(cs.run("doctor").status, 0)
        try FileManager.default.removeItem(atPath: cs.path(path))
        let d = cs.run("doctor")
        XCTAssertEqual(d.status, 3)
        XCTAssertTrue(d.stdout.contains(id) && d.stdout.contains("photo"), d.stdout)
    }

    func testEveryJSONFieldIsInTheManPage() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        let id = add(cs, "手机")
        XCTAssertEqual(claim(cs, id).status, 0)
        let other = add(cs, "scarf", found: "2026-11-19T10:00:00+08:00")
        let man = try ManFieldsTests.manPage("cs-lostfound.1")
        for args in [
            ["lostfound", "show", id], ["lostfound", "list"], ["lostfound", "sweep"], ["export", "lostfound"],
            ["lostfound", "move", other, "--to", "general-affairs", "--received-by", "x"],
            ["lostfound", "dispose", other, "--how", "police"],
        ] {
            for key in ManFieldsTests.keys(cs, args) {
                XCTAssertTrue(
                    man.contains(key), "cs-lostfound.1 lacks the field \(key) of \(args.joined(separator: " "))")
            }
        }
        let shape = Set(item(cs, id).keys)
        XCTAssertEqual(Set(cs.jsonArray("export", "lostfound").first?.keys.map { $0 } ?? []), shape)
    }

    /// The shipped cron job: silent when nothing is due, mails (prints, exit 4) what a person
    /// must hand over, and the evening run moves the desk's items signed by the center.
    func testTheCronJobIsSilentUnlessSomeoneMustAct() throws {
        let cs = try CS.fresh(now: LostFoundTests.now)
        let script = CS.repository.appendingPathComponent("Examples/cron/lostfound-sweep.sh").path
        let env = ["PATH": CS.binary.deletingLastPathComponent().path + ":/usr/bin:/bin"]
        func job(_ args: [String], now: String) throws -> (Int32, String) {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/bash")
            p.arguments = [script] + args
            p.environment = cs.environment.merging(env.merging(["CS_NOW": now]) { _, b in b }) { _, b in b }
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            try p.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            return (p.terminationStatus, text)
        }
        XCTAssertEqual(try job([], now: LostFoundTests.now).0, 0)
        XCTAssertEqual(try job([], now: LostFoundTests.now).1, "", "nothing due: no mail")
        let scarf = add(cs, "scarf")
        let old = add(cs, "umbrella", found: "2026-11-19T20:00:00+08:00")
        let evening = try job(["center"], now: "2026-11-23T23:05:00+08:00")
        XCTAssertEqual(evening.0, 0, evening.1)
        XCTAssertEqual(evening.1, "")
        XCTAssertEqual(item(cs, scarf)["custody"] as? String, "center")
        XCTAssertEqual(item(cs, old)["custody"] as? String, "center", "the evening run signs for day-end moves only")
        let morning = try job([], now: "2026-11-24T08:30:00+08:00")
        XCTAssertEqual(morning.0, 4)
        XCTAssertTrue(morning.1.contains(old) && morning.1.contains("general affairs"), morning.1)
        XCTAssertFalse(morning.1.contains(scarf), morning.1)
        XCTAssertEqual(
            cs.run(
                ["lostfound", "sweep", "--to", "general-affairs", "--apply", "--received-by", "赵主任"],
                env: ["CS_NOW": "2026-11-24T09:00:00+08:00"]
            ).status, 0)
        let moves = item(cs, old)["moves"] as? [[String: Any]] ?? []
        XCTAssertEqual(moves.last?["receivedBy"] as? String, "赵主任")
        XCTAssertEqual(moves[1]["receivedBy"] as? String, "客服中心")
    }
}
