import CSCore

/// The invoice desk as the command line sees it (one line in `DeskCommands.all` lists it).
extension DeskCommands {
    static let invoice = DeskCommands(
        desk: .invoice, command: { InvoiceCommands.command },
        exports: { [InvoiceCommands.export, InvoiceCommands.handoverExport] },
        today: InvoiceCommands.today,
        conflict: { c, catalog in
            guard c.subject == .invoice else { return nil }
            return catalog.text(.invoice(.syncNumberTwice), [c.key, c.kept ?? "", c.other ?? ""])
        },
        messages: { InvoiceMessage.allCases.map(MessageKey.invoice) })
}
