extension Invoice: Indexed {
    public static let receiptIndex = DerivedIndex<Invoice, InvoiceReceiptEntry> { i in
        guard let r = i.receipt, i.isStanding else { return [] }
        return [InvoiceReceiptEntry(receipt: r, invoice: i.id, at: i.issuedAt)]
    }

    public static let dayIndex = DerivedIndex<Invoice, InvoiceDayEntry> { i in [InvoiceDayEntry(i, day: i.issuedAt.day)]
    }

    public static func updateIndexes(before: Invoice?, after: Invoice?, in txn: inout Transaction) throws {
        try receiptIndex.update(before: before, after: after, in: &txn)
        try dayIndex.update(before: before, after: after, in: &txn)
    }
}

/// The invoice desk's records as the doctor, export and backup see them.
public enum InvoiceKinds {
    public static let all: [KindDescriptor] = [
        .documents(InvoiceStock.self, merge: .fields()),
        .documents(Invoice.self, merge: .fields()),
        .documents(InvoiceGap.self, merge: .fields()),
        .documents(InvoiceHandover.self, merge: .fields()),
        KindDescriptor(
            InvoiceReceiptEntry.self, merge: .local,
            consistency: { try Invoice.receiptIndex.problems($0) },
            rebuild: { try Invoice.receiptIndex.rebuild(&$0) }),
        KindDescriptor(
            InvoiceDayEntry.self, merge: .local,
            consistency: { try Invoice.dayIndex.problems($0) },
            rebuild: { try Invoice.dayIndex.rebuild(&$0) }),
    ]
}
