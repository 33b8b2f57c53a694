import Foundation
import XCTest

/// The membership-card desk through the real binary, as SPEC.md "member — 会员卡" describes.
final class MemberTests: XCTestCase {
    var cs: CS!

    override func setUpWithError() throws { cs = try CS.fresh() }

    func points(_ card: String) -> Int? { cs.json("member", "show", card)["points"] as? Int }
    func tier(_ card: String) -> String? { cs.json("member", "show", card)["tier"] as? String }
    func balance(_ card: String) -> String? { cs.json("member", "show", card)["balance"] as? String }

    // MARK: registration

    func testAnIncompleteApplicationNamesEveryMissingField() {
        assertRefused(cs.run("member", "add"), status: 2, mentions: "--name", "--phone", "--birthday")
    }

    func testAPhoneIsUniqueAmongActiveMembers() {
        let a = cs.addMember("Ann", phone: "13800000001")
        assertRefused(
            cs.run("member", "add", "--name", "Other", "--phone", "138-0000-0001", "--birthday", "1990-01-01"),
            status: 1, mentions: "13800000001", a)
        // A cancelled member's phone may register again.
        XCTAssertEqual(cs.run("member", "cancel", a, "--reason", "moved away").status, 0)
        XCTAssertEqual(
            cs.run("member", "add", "--name", "Other", "--phone", "13800000001", "--birthday", "1990-01-01").status, 0)
    }

    func testGeneratedCardNumbersCarryACheckDigitAndDeskAndAGivenCardIsUsed() {
        let a = cs.addMember("Ann", phone: "13800000001")
        XCTAssertTrue(a.hasPrefix("8801"), a)
        let b = cs.addMember("Ben", phone: "13800000002", extra: ["--card", "VIP0001"])
        XCTAssertEqual(b, "VIP0001")
        assertRefused(
            cs.run(
                "member", "add", "--name", "C", "--phone", "13800000003", "--birthday", "1990-01-01", "--card",
                "VIP0001"),
            status: 1, mentions: "VIP0001")
    }

    func testFirstPurchaseSetsTheStartingTier() {
        let cases = [("199", "regular"), ("599", "silver"), ("999", "gold"), ("1599", "diamond"), ("998.99", "silver")]
        for (n, (amount, expected)) in cases.enumerated() {
            let card = cs.addMember("T\(n)", phone: "1380000010\(n)", extra: ["--first-purchase", amount])
            XCTAssertEqual(tier(card), expected, "first purchase \(amount)")
        }
        assertRefused(
            cs.run(
                "member", "add", "--name", "Low", "--phone", "13800000199", "--birthday", "1990-01-01",
                "--first-purchase", "150"),
            status: 1, mentions: "199.00")
        XCTAssertEqual(tier(cs.addMember("None", phone: "13800000200")), "regular")
    }

    func testBadValuesAreRefusedNamingTheField() {
        assertRefused(
            cs.run("member", "add", "--name", "A", "--phone", "12ab", "--birthday", "1990-01-01"), status: 2,
            mentions: "--phone")
        assertRefused(
            cs.run("member", "add", "--name", "A", "--phone", "13800000001", "--birthday", "1990-13-01"), status: 2,
            mentions: "--birthday", "YYYY-MM-DD")
        assertRefused(
            cs.run("member", "add", "--name", "A", "--phone", "13800000001", "--birthday", "2030-01-01"), status: 2,
            mentions: "--birthday")
        let card = cs.addMember("Ann", phone: "13800000001")
        assertRefused(
            cs.run("member", "earn", card, "--amount", "12.345", "--receipt", "R1"), status: 2, mentions: "--amount",
            "two decimals")
        assertRefused(
            cs.run("member", "earn", card, "--amount", "-5", "--receipt", "R1"), status: 2, mentions: "--amount")
    }

    // MARK: lookup

    func testAMemberWithoutTheCardIsFoundByPhoneOrPartOfTheName() {
        let card = cs.addMember("欧阳娜娜", phone: "13800000001")
        _ = cs.addMember("Nancy Drew", phone: "13800000002")
        XCTAssertEqual(cs.json("member", "show", "138 0000 0001")["card"] as? String, card)
        XCTAssertEqual(cs.jsonArray("member", "find", "--name", "欧阳").map { $0["card"] as? String }, [card])
        XCTAssertEqual(cs.jsonArray("member", "find", "--name", "nan").count, 1, "Latin names match case-insensitively")
        XCTAssertEqual(cs.jsonArray("member", "find", "--phone", "13800000002").count, 1)
        XCTAssertEqual(cs.jsonArray("member", "find", "--birthday-month", "5").count, 2)
        assertRefused(cs.run("member", "show", "13899999999"), status: 1, mentions: "13899999999")
    }

    func testIDNumbersAreMaskedUnlessRevealed() {
        let card = cs.addMember("Ann", phone: "13800000001", extra: ["--id-number", "110101199001010011"])
        XCTAssertEqual(cs.json("member", "show", card)["idNumber"] as? String, "1101**********0011")
        XCTAssertEqual(cs.json("member", "show", card, "--reveal")["idNumber"] as? String, "110101199001010011")
        XCTAssertFalse(cs.run("export", "members").stdout.contains("110101199001010011"))
    }

    func testListFiltersSortsAndLimits() {
        _ = cs.addMember("Zed", phone: "13800000001", extra: ["--tier", "gold"])
        _ = cs.addMember("Amy", phone: "13800000002")
        XCTAssertEqual(cs.jsonArray("member", "list", "--sort", "name").map { $0["name"] as? String }, ["Amy", "Zed"])
        XCTAssertEqual(cs.jsonArray("member", "list", "--tier", "gold").count, 1)
        XCTAssertEqual(cs.jsonArray("member", "list", "--limit", "1").count, 1)
        XCTAssertEqual(cs.run("member", "list", "--jsonl").lines.count, 2)
        XCTAssertEqual(cs.run("member", "list", "--tsv", "--no-header").lines.count, 2)
    }

    func testEditChangesTheFileAndMovesThePhone() {
        let card = cs.addMember("Ann", phone: "13800000001")
        XCTAssertEqual(cs.run("member", "edit", card, "--phone", "13800000009", "--address", "1 Road").status, 0)
        XCTAssertEqual(cs.json("member", "show", "13800000009")["card"] as? String, card)
        assertRefused(cs.run("member", "show", "13800000001"), status: 1)
        _ = cs.addMember("Bo", phone: "13800000001")
        assertRefused(cs.run("member", "edit", card, "--phone", "13800000001"), status: 1, mentions: "13800000001")
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    // MARK: points

    func testAReceiptEarnsPointsOnceEverAcrossMembers() {
        let a = cs.addMember("Ann", phone: "13800000001")
        let b = cs.addMember("Ben", phone: "13800000002")
        let r = cs.run("member", "earn", a, "--amount", "588.50", "--receipt", "R100")
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(points(a), 588, "floor(588.50 × 1)")
        assertRefused(cs.run("member", "earn", a, "--amount", "10", "--receipt", "R100"), status: 1, mentions: "R100")
        assertRefused(
            cs.run("member", "earn", b, "--amount", "10", "--receipt", "R100"), status: 1, mentions: "R100", a)
        XCTAssertEqual(points(b), 0)
    }

    func testCumulativeSpendUpgradesAndATierNeverDropsByItself() {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "earn", card, "--amount", "2999.99", "--receipt", "A")
        XCTAssertEqual(tier(card), "regular")
        cs.run("member", "earn", card, "--amount", "0.01", "--receipt", "B")
        XCTAssertEqual(tier(card), "silver")
        cs.run("member", "earn", card, "--amount", "5000", "--receipt", "C")
        XCTAssertEqual(tier(card), "gold")
        cs.run("member", "earn", card, "--amount", "12000", "--receipt", "D")
        XCTAssertEqual(tier(card), "diamond")
        XCTAssertEqual(cs.run("member", "reverse", "--receipt", "D", "--reason", "refund").status, 0)
        XCTAssertEqual(tier(card), "diamond", "a refund does not drop the tier")
        assertRefused(cs.run("member", "upgrade", card, "--to", "gold"), status: 1, mentions: "never drops")
    }

    /// The seed: 储值3000元 gives 贵宾卡 treatment, 金卡 a further step (issue 28: cs gave gold at
    /// once); the tier is a setting.
    func testStoredValueOf3000GrantsTheConfiguredTierSilverByDefault() {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "topup", card, "--amount", "2999")
        XCTAssertEqual(tier(card), "regular")
        cs.run("member", "topup", card, "--amount", "1")
        XCTAssertEqual(tier(card), "silver")
        XCTAssertEqual(balance(card), "3000.00")
        XCTAssertEqual(cs.run("config", "set", "member.storedValueTier", "gold").status, 0)
        let other = cs.addMember("Bo", phone: "13800000002")
        cs.run("member", "topup", other, "--amount", "3000")
        XCTAssertEqual(tier(other), "gold")
        assertRefused(cs.run("config", "set", "member.storedValueTier", "vip"), status: 2, mentions: "silver")
    }

    func testExplicitUpgrade() {
        let card = cs.addMember("Ann", phone: "13800000001")
        XCTAssertTrue(cs.run("member", "upgrade", card).stdout.contains("stays regular"))
        XCTAssertEqual(cs.run("member", "upgrade", card, "--to", "silver").status, 0)
        XCTAssertEqual(tier(card), "silver")
    }

    func testRedeemNeverGoesBelowZeroAndVouchersAre10To100Yuan() {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "earn", card, "--amount", "1200", "--receipt", "R1")
        assertRefused(cs.run("member", "redeem", card, "--voucher", "9"), status: 1, mentions: "10", "100")
        assertRefused(cs.run("member", "redeem", card, "--voucher", "101"), status: 1, mentions: "10", "100")
        XCTAssertEqual(cs.run("member", "redeem", card, "--voucher", "100").status, 0)
        XCTAssertEqual(points(card), 200, "100 yuan costs 1000 points")
        XCTAssertEqual(cs.run("member", "redeem", card, "--voucher", "10").status, 0)
        XCTAssertEqual(points(card), 100)
        assertRefused(
            cs.run("member", "redeem", card, "--gift", "Mug", "--points", "101"), status: 1, mentions: "101", "100")
        XCTAssertEqual(cs.run("member", "redeem", card, "--gift", "Mug", "--points", "100").status, 0)
        XCTAssertEqual(points(card), 0)
        assertRefused(cs.run("member", "redeem", card, "--gift", "Mug"), status: 2, mentions: "--points")
        assertRefused(cs.run("member", "redeem", card, "--voucher", "10", "--gift", "Mug", "--points", "1"), status: 2)
    }

    func testPayNeverGoesBelowZeroAndAPaymentReceiptCountsOnce() {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "topup", card, "--amount", "100")
        assertRefused(
            cs.run("member", "pay", card, "--amount", "100.01", "--receipt", "P1"), status: 1, mentions: "100.01",
            "100.00")
        XCTAssertEqual(cs.run("member", "pay", card, "--amount", "60", "--receipt", "P1").status, 0)
        assertRefused(cs.run("member", "pay", card, "--amount", "10", "--receipt", "P1"), status: 1, mentions: "P1")
        XCTAssertEqual(balance(card), "40.00")
    }

    func testPointsExpireOldestFirstAYearAfterEarning() throws {
        let early = try CS.fresh(now: "2025-12-20T10:00:00+08:00")
        let card = early.addMember("Ann", phone: "13800000001")
        early.run("member", "earn", card, "--amount", "100", "--receipt", "OLD")
        var later = early
        later.environment["CS_NOW"] = "2026-06-01T10:00:00+08:00"
        later.run("member", "earn", card, "--amount", "50", "--receipt", "NEW")
        // Spend 30: taken from the oldest lot (70 of OLD left).
        later.run("member", "redeem", card, "--gift", "Pen", "--points", "30")
        // Across the year boundary, after 2026-12-20: the OLD lot's remaining 70 expire.
        var next = early
        next.environment["CS_NOW"] = "2027-01-05T09:00:00+08:00"
        XCTAssertEqual(
            next.json("member", "show", card)["available"] as? Int, 50, "shown net of expired points before expire runs"
        )
        XCTAssertEqual(next.run("member", "expire").status, 0)
        XCTAssertEqual(next.json("member", "show", card)["points"] as? Int, 50)
        XCTAssertEqual(next.run("member", "expire").status, 0)
        XCTAssertEqual(next.json("member", "show", card)["points"] as? Int, 50, "expire is safe to run twice")
        let history = next.jsonArray("member", "history", card)
        XCTAssertEqual(history.last?["kind"] as? String, "expire")
        XCTAssertEqual(history.last?["points"] as? Int, -70)
        assertRefused(next.run("member", "redeem", card, "--gift", "Cup", "--points", "51"), status: 1, mentions: "50")
        XCTAssertEqual(next.run("doctor").status, 0)
    }

    func testAdjustAndReverseWithANegativeBalanceBlockingRedemption() {
        let card = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "earn", card, "--amount", "500", "--receipt", "R1")
        cs.run("member", "redeem", card, "--gift", "Kettle", "--points", "400")
        XCTAssertEqual(cs.run("member", "reverse", "--receipt", "R1", "--reason", "refunded").status, 0)
        XCTAssertEqual(points(card), -400, "the refund takes back points already spent")
        assertRefused(cs.run("member", "reverse", "--receipt", "R1", "--reason", "again"), status: 1, mentions: "R1")
        assertRefused(cs.run("member", "reverse", "--receipt", "NOPE", "--reason", "x"), status: 1, mentions: "NOPE")
        assertRefused(cs.run("member", "redeem", card, "--gift", "Pen", "--points", "1"), status: 1)
        XCTAssertEqual(cs.run("member", "adjust", card, "--points", "450", "--reason", "goodwill").status, 0)
        XCTAssertEqual(points(card), 50)
        XCTAssertEqual(
            cs.run("member", "adjust", card, "--points", "-50", "--reason", "correction").status, 0,
            "a negative number is a value")
        XCTAssertEqual(points(card), 0)
        XCTAssertEqual(cs.run("member", "redeem", card, "--gift", "Pen", "--points", "1").status, 1)
        let spend = cs.json("member", "show", card)["totalSpend"] as? String
        XCTAssertEqual(spend, "0.00", "the refunded spend is taken back too")
    }

    // MARK: card states

    func testReissueCarriesPointsBalanceAndHistoryAndTheOldCardRefusesUse() {
        let old = cs.addMember("Ann", phone: "13800000001")
        cs.run("member", "earn", old, "--amount", "300", "--receipt", "R1")
        cs.run("member", "topup", old, "--amount", "200")
        let r = cs.run("member", "reissue", old, "--reason", "lost", "-q")
        XCTAssertEqual(r.status, 0, r.stderr)
        let new = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertNotEqual(new, old)
        XCTAssertEqual(points(new), 300)
        XCTAssertEqual(balance(new), "200.00")
        XCTAssertEqual(cs.jsonArray("member", "history", new).count, 2)
        let shownOld = cs.json("member", "show", old)
        XCTAssertEqual(shownOld["replacedBy"] as? String, new, "the old card says where its points went")
        XCTAssertEqual(shownOld["available"] as? Int, 0, "the old card holds no points any more")
        XCTAssertEqual(cs.json("member", "show", new)["available"] as? Int, 300)
        XCTAssertEqual(
            cs.json("member", "show", "13800000001")["card"] as? String, new, "the phone leads to the new card")
        for args in [
            ["earn", old, "--amount", "1", "--receipt", "X"], ["redeem", old, "--voucher", "10"],
            ["pay", old, "--amount", "1", "--receipt", "Y"], ["topup", old, "--amount", "1"],
        ] {
            assertRefused(cs.run(["member"] + args), status: 1, mentions: "replaced", new)
        }
        // A refund of a receipt earned on the old card comes off the new one.
        XCTAssertEqual(cs.run("member", "reverse", "--receipt", "R1", "--reason", "refund").status, 0)
        XCTAssertEqual(points(new), 0)
        XCTAssertEqual(cs.run("doctor").status, 0)
    }

    func testSuspendedAndCancelledCardsRefuseUseNamingTheirState() {
        let card = cs.addMember("Ann", phone: "13800000001")
        XCTAssertEqual(cs.run("member", "suspend", card, "--reason", "reported lost").status, 0)
        assertRefused(
            cs.run("member", "earn", card, "--amount", "1", "--receipt", "X"), status: 1, mentions: "suspended")
        assertRefused(cs.run("member", "suspend", card, "--reason", "again"), status: 1, mentions: "suspended")
        XCTAssertEqual(cs.run("member", "resume", card, "--reason", "found").status, 0)
        XCTAssertEqual(cs.run("member", "earn", card, "--amount", "1", "--receipt", "X").status, 0)
        XCTAssertEqual(cs.run("member", "cancel", card, "--reason", "closed", "--forfeit").status, 0)
        assertRefused(cs.run("member", "topup", card, "--amount", "1"), status: 1, mentions: "cancelled")
        assertRefused(cs.run("member", "resume", card, "--reason", "x"), status: 1, mentions: "cancelled")
        assertRefused(cs.run("member", "suspend", card), status: 2, mentions: "--reason")
    }

    // MARK: pricing

    func testPriceFollowsTheWorkedExamples() {
        let silver = cs.addMember("Sil", phone: "13800000001", birthday: "1990-11-23", extra: ["--tier", "silver"])
        let regular = cs.addMember("Reg", phone: "13800000002", birthday: "1990-01-01")
        let diamond = cs.addMember("Dia", phone: "13800000003", birthday: "1990-01-01", extra: ["--tier", "diamond"])
        func quote(_ args: String...) -> (String?, String?) {
            let q = cs.json(["member", "price"] + args)
            return (q["payable"] as? String, q["rule"] as? String)
        }
        XCTAssertEqual(quote(silver, "--amount", "100", "--date", "2026-11-24").0, "85.00")
        XCTAssertEqual(quote(silver, "--amount", "100").0, "58.00", "today (CS_NOW) is the birthday")
        XCTAssertEqual(quote(silver, "--amount", "100").1, "birthday")
        XCTAssertEqual(quote(silver, "--amount", "100", "--store-discount", "0.8", "--date", "2026-11-24").0, "70.40")
        XCTAssertEqual(
            quote(silver, "--amount", "100", "--store-discount", "0.8", "--date", "2026-11-24").1, "store+折上折")
        XCTAssertEqual(quote(regular, "--amount", "100", "--store-discount", "0.8").0, "80.00")
        XCTAssertEqual(quote(regular, "--amount", "100", "--store-discount", "0.8").1, "store")
        XCTAssertEqual(quote(silver, "--amount", "100", "--store-discount", "0.7", "--date", "2026-11-24").0, "70.00")
        XCTAssertEqual(quote(diamond, "--amount", "100", "--store-discount", "0.7").0, "70.00")
        XCTAssertEqual(quote(regular, "--amount", "100").0, "88.00")
    }

    /// The seed (issue 28): card rates are for 正价货品; on discounted goods the store price, or
    /// 折上折 for silver and above; a 普卡 on a 9.5折 item pays 95.00, not the card's 88.00.
    func testCardRateIsNeverAppliedToDiscountedGoods() {
        let regular = cs.addMember("Reg", phone: "13800000002", birthday: "1990-01-01")
        let diamond = cs.addMember("Dia", phone: "13800000003", birthday: "1990-01-01", extra: ["--tier", "diamond"])
        let birthday = cs.addMember("Bir", phone: "13800000004", birthday: "1990-11-23", extra: ["--tier", "gold"])
        func quote(_ args: String...) -> (String?, String?) {
            let q = cs.json(["member", "price"] + args)
            return (q["payable"] as? String, q["rule"] as? String)
        }
        XCTAssertEqual(quote(regular, "--amount", "100", "--store-discount", "0.95").0, "95.00")
        XCTAssertEqual(quote(regular, "--amount", "100", "--store-discount", "0.95").1, "store")
        XCTAssertEqual(quote(diamond, "--amount", "100", "--store-discount", "0.9").0, "79.20")
        XCTAssertEqual(quote(diamond, "--amount", "100", "--store-discount", "0.9").1, "store+折上折")
        XCTAssertEqual(
            quote(birthday, "--amount", "100", "--store-discount", "0.9").0, "79.20", "no birthday rate either")
        XCTAssertEqual(quote(birthday, "--amount", "100").0, "55.00", "on full-price goods the birthday rate")
    }

    func testABirthdayOn29FebruaryIsPricedOn28FebruaryInACommonYear() {
        let card = cs.addMember("Leap", phone: "13800000001", birthday: "1992-02-29")
        XCTAssertEqual(
            cs.json("member", "price", card, "--amount", "100", "--date", "2027-02-28")["rule"] as? String, "birthday")
        XCTAssertEqual(
            cs.json("member", "price", card, "--amount", "100", "--date", "2028-02-29")["rule"] as? String, "birthday")
        XCTAssertEqual(
            cs.json("member", "price", card, "--amount", "100", "--date", "2028-02-28")["rule"] as? String, "tier")
    }
}
