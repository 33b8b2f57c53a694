import Foundation
import XCTest

/// Issue 10: the core reports facts, so an import's problems and the doctor's findings are in
/// the clerk's language — not English sentences wrapped in Chinese.
final class LanguageTests: XCTestCase {
    func testAnImportsProblemsAreInChineseUnderLangZh() throws {
        let cs = try CS.fresh()
        let csv = cs.write("姓名,手机,生日,性别\n张三,139123,1990-13-01,男\n,13900000000,2030-01-01,x\n", to: "bad.csv")
        let zh = cs.run("--lang", "zh", "member", "import", "--from", csv)
        XCTAssertEqual(zh.status, 1)
        XCTAssertTrue(zh.stderr.contains("第 2 行:手机号 '139123' 无效"), zh.stderr)
        XCTAssertTrue(zh.stderr.contains("第 3 行:姓名为空"), zh.stderr)
        XCTAssertTrue(zh.stderr.contains("第 3 行:生日 2030-01-01 是将来的日期"), zh.stderr)
        let en = cs.run("member", "import", "--from", csv)
        XCTAssertTrue(en.stderr.contains("line 2: phone '139123' is not 7–15 digits"), en.stderr)
    }

    func testARefusedValueSaysWhatIsAcceptedInTheClerksLanguage() throws {
        let cs = try CS.fresh()
        let card = cs.addMember("张三", phone: "13900000001")
        let zh = cs.run("--lang", "zh", "member", "earn", card, "--amount", "abc")
        XCTAssertEqual(zh.status, 2)
        XCTAssertTrue(zh.stderr.contains("--amount 的值无效:'abc' — 应为 大于零、以元为单位"), zh.stderr)
        XCTAssertFalse(zh.stderr.contains("an amount"), zh.stderr)
        let missing = cs.run("--lang", "zh", "member", "import", "--from", cs.path("nosuch.csv"))
        XCTAssertTrue(missing.stderr.contains("应为 可读取的 CSV 文件"), missing.stderr)
        let en = cs.run("member", "earn", card, "--amount", "abc")
        XCTAssertTrue(en.stderr.contains("expected an amount above zero in yuan"), en.stderr)
    }

    func testTheDoctorSpeaksTheClerksLanguage() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("Ann", phone: "13700000001")
        XCTAssertEqual(chmod(cs.path("config.json"), 0o644), 0)
        let doctor = cs.run("--lang", "zh", "doctor")
        XCTAssertEqual(doctor.status, 3)
        XCTAssertTrue(doctor.stdout.contains("config.json: 权限 644 会让他人读到个人信息(应为 600)"), doctor.stdout)
        let repair = cs.run("--lang", "zh", "doctor", "--repair")
        XCTAssertTrue(repair.stdout.contains("已修复:已将 \(cs.path("config.json")) 的权限改为 600"), repair.stdout)
        // Issue 28: the counts and the journal's kinds were English inside Chinese output.
        XCTAssertTrue(repair.stdout.contains("会员: 1") && !repair.stdout.contains("members:"), repair.stdout)
        let log = cs.run("--lang", "zh", "log")
        XCTAssertTrue(log.stdout.contains("会员") && !log.stdout.contains(" members "), log.stdout)
        XCTAssertEqual(cs.jsonArray("log").last?["kind"] as? String, "members", "JSON keeps the stable name")
    }
}

/// Issue 11, point 11 (rest): everything a person reads in Chinese is Chinese.
extension LanguageTests {
    func testChineseHelpPriceTagsAndGreetingsReadAsChinese() throws {
        let cs = try CS.fresh(now: "2026-11-24T09:00:00+08:00")
        let help = cs.run("--lang", "zh", "help", "member", "earn")
        XCTAssertTrue(help.stdout.contains("消费单金额") && help.stdout.contains("示例"), help.stdout)
        XCTAssertFalse(help.stdout.contains("the receipt's amount"), help.stdout)
        let card = cs.addMember("张三", phone: "13900000001", birthday: "1990-11-25", extra: ["--gender", "男"])
        let tag = cs.run("member", "price", card, "--amount", "100", "--store-discount", "8折", "--field", "rate")
        let plain = cs.run("member", "price", card, "--amount", "100", "--store-discount", "0.8", "--field", "rate")
        XCTAssertEqual(tag.status, 0, tag.stderr)
        XCTAssertEqual(tag.stdout, plain.stdout)
        assertRefused(
            cs.run("member", "price", card, "--amount", "100", "--store-discount", "10折"), status: 2,
            mentions: "--store-discount")
        let config = cs.run("--lang", "zh", "config", "show")
        XCTAssertTrue(
            config.stdout.contains("每消费一元获得的积分") && !config.stdout.contains("points earned per yuan"),
            config.stdout)
        let greet = cs.run("--lang", "zh", "birthday", "greet")
        XCTAssertTrue(greet.stdout.contains("张三先生\u{FF1A}祝您") && greet.stdout.contains("生日快乐\u{FF01}"), greet.stdout)
    }
}
