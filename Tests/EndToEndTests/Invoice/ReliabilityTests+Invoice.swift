import CSCore
import Foundation
import XCTest

/// Issue 13: the invoice desk's phase of the campaign — clerks issuing at the same moment never
/// share or skip a number; killed issues, voids and handovers are wholly present or absent.
extension ReliabilityTests {
    func invoiceDesk(size: Int) throws -> CS {
        var cs = try CS.fresh()
        Campaign.killing(&cs)
        XCTAssertEqual(
            cs.run(
                "invoice", "stock", "add", "--code", "144031900111", "--from", "00000001", "--to",
                String(format: "%08d", size)
            ).status, 0)
        return cs
    }

    func invoices(_ cs: CS) -> [[String: Any]] {
        let r = cs.run("export", "invoices", "--json")
        XCTAssertEqual(r.status, 0, r.stderr)
        return (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [[String: Any]] ?? []
    }

    func testClerksIssuingAtOnceGetConsecutiveNumbersNeverTheSameOne() throws {
        let writers = 8
        let each = Campaign.size(6, 40)
        let cs = try invoiceDesk(size: writers * each + 10)
        let failures = cs.dataDirectory.path + "-failures"
        XCTAssertTrue(FileManager.default.createFile(atPath: failures, contents: nil))
        let procs = (0..<writers).map { w in
            shell(
                cs,
                """
                for i in $(seq 1 \(each)); do
                  "$CS" invoice issue --receipt W\(w)-$i --amount 0.10 -q >/dev/null 2>>"$FAIL" || echo "issue W\(w)-$i $?" >>"$FAIL"
                done
                """, failures)
        }
        for p in procs { try p.run() }
        for p in procs { p.waitUntilExit() }
        XCTAssertEqual(try String(contentsOfFile: failures, encoding: .utf8), "")
        let numbers = invoices(cs).compactMap { $0["number"] as? String }.sorted()
        let expected = (1...(writers * each)).map { String(format: "%08d", $0) }
        XCTAssertEqual(numbers, expected, "exactly consecutive: none shared, none skipped")
        let report = cs.run("invoice", "report", "--json")
        XCTAssertEqual(report.status, 0, "no gap")
        XCTAssertTrue(
            report.stdout.contains("\"total\":\"\(writers * each / 10).\(writers * each % 10)0\""),
            report.stdout)
        XCTAssertEqual(cs.run("doctor").status, 0)
        Campaign.report(
            "invoice concurrency: \(writers) clerks × \(each) issues at once; numbers \(numbers.count), "
                + "duplicates \(numbers.count - Set(numbers).count), skipped \(expected.count - Set(numbers).count)")
    }

    func testKilledInvoiceCommandsLeaveEachChangeWhollyPresentOrWhollyAbsent() throws {
        var rng = SeededRandom(seed: Campaign.seed)
        let total = Campaign.size(64, 480)
        let cs = try invoiceDesk(size: total + 10)
        var outcomes: [(args: [String], key: String?, status: Int32?)] = []
        var killed = 0
        var i = 0
        while i < total {
            let wave: [(args: [String], key: String?)] = (0..<8).map { k in
                let n = i + k
                switch Int.random(in: 0..<6, using: &rng) {
                case 0:
                    return (
                        [
                            "invoice", "void", String(format: "%08d", Int.random(in: 1...max(1, n), using: &rng)),
                            "--reason", "v\(n)",
                        ], "v\(n)"
                    )
                case 1: return (["invoice", "handover", "--to", "h\(n)"], nil)
                default: return (["invoice", "issue", "--receipt", "K\(n)", "--amount", "1.00"], "K\(n)")
                }
            }
            let statuses = try killWave(cs, wave.map(\.args), rng: &rng)
            killed += statuses.filter { $0 == nil }.count
            outcomes += zip(wave, statuses).map { ($0.args, $0.key, $1) }
            i += 8
        }
        XCTAssertEqual(cs.run("invoice", "list").status, 0, "readers work straight away")
        XCTAssertEqual(cs.run("invoice", "issue", "--receipt", "FINAL", "--amount", "1").status, 0)
        let doctor = cs.run("doctor")
        XCTAssertEqual(doctor.status, 0, doctor.stdout)
        let all = invoices(cs)
        var lost = 0
        var doubled = 0
        for o in outcomes {
            XCTAssertTrue(o.status == nil || o.status == 0 || o.status == 1, "\(o.args) exited \(o.status!)")
            guard let key = o.key else { continue }
            let n = all.filter { ($0["receipt"] as? String) == key || ($0["voidReason"] as? String) == key }.count
            if n > 1 { doubled += 1 }
            if o.status == 0 && n != 1 { lost += 1 }
            if o.status == 1 && n != 0 { XCTFail("\(o.args) was refused but is present") }
        }
        XCTAssertEqual(lost, 0)
        XCTAssertEqual(doubled, 0)
        let numbers = all.compactMap { $0["number"] as? String }
        XCTAssertEqual(Set(numbers).count, numbers.count, "a number issued twice")
        XCTAssertEqual(cs.run("invoice", "report").status, 0, "a killed issue skips no number")
        Campaign.report(
            "invoice crash: \(total) issues, voids and handovers, \(killed) SIGKILLed; lost \(lost), "
                + "doubled \(doubled), numbers twice \(numbers.count - Set(numbers).count), doctor problems "
                + "\(doctor.status == 0 ? 0 : 1)")
    }

    func testAnInvoiceWriteThatFailsPartWayChangesNothing() throws {
        let cs = try invoiceDesk(size: 20)
        XCTAssertEqual(cs.run("invoice", "issue", "--receipt", "R-1", "--amount", "5").status, 0)
        var faults = 0
        for target in ["txn.json", "/invoices/", "/index-invoice-receipt/", "/invoice-stock/", "journal/", "#commit"] {
            let env = ["CS_FAULT_WRITE": target]
            assertRefused(
                cs.run(["invoice", "issue", "--receipt", "R-2", "--amount", "5"], env: env), status: 3,
                mentions: "injected fault")
            faults += 1
            // A void writes the invoice, its indexes and the journal, not the stock.
            if target != "/invoice-stock/" {
                assertRefused(
                    cs.run(["invoice", "void", "00000001", "--reason", "x"], env: env), status: 3,
                    mentions: "injected fault")
                faults += 1
            }
            let all = invoices(cs)
            XCTAssertEqual(all.count, 1, "after a fault at \(target)")
            XCTAssertEqual(all.first?["status"] as? String, "issued")
            XCTAssertEqual(cs.run("doctor").status, 0, "after a fault at \(target)")
        }
        let next = cs.run("invoice", "issue", "--receipt", "R-2", "--amount", "5", "-q")
        XCTAssertEqual(next.stdout, "144031900111-00000002\n", "no number was lost to a failed write")
        Campaign.report(
            "invoice failing storage: \(faults) faults injected into issue and void; state intact after each")
    }
}
