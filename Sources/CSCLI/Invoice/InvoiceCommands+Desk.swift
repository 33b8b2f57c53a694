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
        messages: { InvoiceMessage.allCases.map(MessageKey.invoice) },
        kindNames: [
            "invoices": "发票", "invoice-stock": "发票库存", "invoice-gaps": "缺号说明", "invoice-handovers": "发票交接单",
            "index-invoice-receipt": "发票小票索引", "index-invoice-day": "发票日索引",
        ])
}
