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

    func testTheDoctorSpeaksTheClerksLanguage() throws {
        let cs = try CS.fresh()
        _ = cs.addMember("Ann", phone: "13700000001")
        XCTAssertEqual(chmod(cs.path("config.json"), 0o644), 0)
        let doctor = cs.run("--lang", "zh", "doctor")
        XCTAssertEqual(doctor.status, 3)
        XCTAssertTrue(doctor.stdout.contains("config.json: 权限 644 会让他人读到个人信息(应为 600)"), doctor.stdout)
        let repair = cs.run("--lang", "zh", "doctor", "--repair")
        XCTAssertTrue(repair.stdout.contains("已修复:已将 \(cs.path("config.json")) 的权限改为 600"), repair.stdout)
    }
}
