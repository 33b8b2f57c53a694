import CSCore

/// `cs member import`: a members file, with or without its ledger.
extension MemberCommands {
    static let importCommand = CommandSpec(
        "import", summary: "import members from CSV (English or Chinese headers), all rows or none",
        zh: "从 CSV 导入会员(全部成功或全部不导入)",
        options: [O.from, O.ledger, O.dryRun],
        renamed: [Renamed("csv", to: "--from FILE")],
        examples: CommandExamples.memberImport,
        action: { inv, ctx in
            let path = try inv[O.from]
            guard let input = try ImportFile.input(path) else {
                throw UsageError.invalidValue("--from", value: path, accepted: ImportFile.readableCSV)
            }
            var ledger: [UInt8]?
            if let path = inv[O.ledger] {
                guard let l = try ImportFile.read(path) else {
                    throw UsageError.invalidValue("--ledger", value: path, accepted: ImportFile.readableCSV)
                }
                ledger = l
            }
            let meter = ProgressMeter(ctx)
            defer { meter.clear() }
            let r = try desk(ctx).importMembers(
                from: input, ledger: ledger, dryRun: inv[O.dryRun],
                progress: meter.show)
            meter.clear()
            let args = [MemberReplies(ctx).members(r.members), String(r.openingPoints), r.openingBalance.decimal]
            return .text(ctx.catalog.text(r.committed ? .member(.imported) : .member(.importDryRun), args) + "\n")
        })
}
