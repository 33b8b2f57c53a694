import CSCore

/// The clerk's language. Chosen by `--lang`, else `CS_LANG`, else the locale (`LC_ALL`, then
/// `LANG`): any `zh…` locale means Chinese.
public enum Language: String, Sendable, CaseIterable {
    case en, zh

    public static func from(environment env: [String: String]) -> Language {
        for name in ["CS_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[name], !v.isEmpty {
                return v.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }
}

/// All user-facing text, looked up by key in the clerk's language. `{0}`, `{1}`… are the
/// message's arguments.
public struct Catalog: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    public func text(_ key: MessageKey, _ arguments: [String] = []) -> String {
        var s = key.text.in(language)
        // A message stays readable whatever was typed: long arguments are cut.
        // What was typed or stored is echoed visibly: an escape sequence in a name must not
        // act on the clerk's terminal.
        for (i, a) in arguments.enumerated() {
            let shown = a.count > 200 ? String(a.prefix(200)) + "…" : a
            s = s.replacingAll("{\(i)}", with: VisibleText.escaped(shown))
        }
        return s
    }

    /// The failure's message, and under it each of its details on a line of its own.
    public func text(_ failure: any Failure) -> String {
        let arguments = (failure as? LocalizedFailure)?.messageArguments(in: language) ?? failure.messageArguments
        var out = text(failure.messageKey, arguments)
        for d in failure.details {
            let said = text(d.key, d.arguments)
            out += "\n  " + (d.place.map { placed(said, at: $0) } ?? said)
        }
        return out
    }

    /// A counted thing: "1 point", "2 points", "2 积分". An English text `singular|plural`
    /// picks by the number; other languages have one form.
    public func count(_ key: MessageKey, _ n: Int64) -> String {
        let forms = key.text.in(language).split(separator: "|", omittingEmptySubsequences: false)
        let form = forms.count == 2 && abs(n) != 1 ? forms[1] : forms[0]
        return String(form).replacingAll("{0}", with: String(n))
    }

    /// A message whose one argument is another message already in this language (not cut,
    /// not escaped again).
    public func text(_ key: MessageKey, wrapping inner: String) -> String {
        key.text.in(language).replacingAll("{0}", with: inner)
    }

    /// `file:line: what is wrong`, the doctor's findings in the clerk's language.
    public func text(_ problem: DocumentProblem) -> String {
        let what = problem.fact.map { text($0.key, $0.arguments) } ?? VisibleText.escaped(problem.reason)
        return problem.line > 0 ? "\(problem.path):\(problem.line): \(what)" : "\(problem.path): \(what)"
    }

    /// "line 3: …", "第 3 行:…".
    func placed(_ said: String, at place: MessageDetail.Place) -> String {
        switch place {
        case .line(let n): text(.memberImport(.atLine), [String(n)]).replacingAll("{1}", with: said)
        case .ledgerLine(let n): text(.memberImport(.atLedgerLine), [String(n)]).replacingAll("{1}", with: said)
        case .ledger: text(.memberImport(.inLedger)).replacingAll("{0}", with: said)
        }
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.range(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}

extension Substring {
    func range(of target: String) -> Range<Index>? {
        let t = Array(target)
        guard !t.isEmpty, count >= t.count else { return nil }
        var i = startIndex
        while i < endIndex {
            var j = i
            var k = 0
            while k < t.count, j < endIndex, self[j] == t[k] {
                j = index(after: j)
                k += 1
            }
            if k == t.count { return i..<j }
            i = index(after: i)
        }
        return nil
    }
}
