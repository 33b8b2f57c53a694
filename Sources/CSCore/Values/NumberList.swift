/// A list of numbered things as a clerk types it: `W1-W5` is W1, W2 … W5; `1-50,A1-A9` two
/// runs; `W1,W3` those two. Shared by the desks that number what they hand out (wheelchairs,
/// luggage tags). At most 1,000, no repeats: `W1-W10000` is a typo, not an order.
public enum NumberList {
    public static func expand(_ spec: String) -> [String]? {
        var ids = [String]()
        for part in spec.split(separator: ",").map({ RecordID.normalized(String($0)) }) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            if ends.count == 1, !ends[0].isEmpty, ends[0].allSatisfy({ $0.isLetter || $0.isNumber }) {
                ids.append(ends[0])
                continue
            }
            guard ends.count == 2 else { return nil }
            let prefix = String(ends[0].prefix { !$0.isNumber })
            let to = ends[1].hasPrefix(prefix) ? String(ends[1].dropFirst(prefix.count)) : ends[1]
            guard let a = Int(ends[0].dropFirst(prefix.count)), let b = Int(to), a <= b, b - a < 1000,
                prefix.allSatisfy({ $0.isLetter || $0.isNumber })
            else { return nil }
            ids += (a...b).map { prefix + String($0) }
        }
        guard !ids.isEmpty, ids.count <= 1000, Set(ids).count == ids.count else { return nil }
        return ids
    }

    /// W2 before W10: the letters, then the number by value.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        func split(_ s: String) -> (String, Int) {
            let digits = s.reversed().prefix { $0.isNumber }.reversed()
            return (String(s.dropLast(digits.count)), Int(String(digits)) ?? -1)
        }
        let x = split(a)
        let y = split(b)
        return x.0 != y.0 ? x.0 < y.0 : x.1 < y.1
    }
}
