/// The invoice desk as the core sees it (one line in `Desk.all` lists it).
extension Desk {
    public static let invoice = Desk(
        name: "invoice", kinds: InvoiceKinds.all, configKeys: ConfigSetting.invoice,
        undo: [
            .refusing(Invoice.self) { id in InvoiceError.undoInvoice(id: id) }, .restoring(InvoiceStock.self),
            .restoring(InvoiceGap.self), .restoring(InvoiceHandover.self),
        ],
        mergeChecks: MergeChecks(
            subjects: [.invoice],
            find: { context, merged, desk, txn in
                try InvoiceDesk(context).mergeConflicts(merged, desk: desk, in: &txn)
            },
            stillHolds: { context, c in try InvoiceDesk(context).stillHolds(c) }))
}
