/// Orders grid codes as people read them: numbers by value (`07-2` before `07-10`), the rest
/// by character, independent of the machine's locale.
enum GridCodeOrder {
    static func precedes(_ a: String, _ b: String) -> Bool {
        let ra = runs(a), rb = runs(b)
        for (x, y) in zip(ra, rb) where x != y {
            if let nx = Int(x), let ny = Int(y), nx != ny { return nx < ny }
            return x < y
        }
        return ra.count < rb.count || (ra.count == rb.count && a < b)
    }

    private static func runs(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var digits = false
        for c in text {
            let isDigit = c.isASCII && c.isNumber
            if !current.isEmpty && isDigit != digits { result.append(current); current = "" }
            digits = isDigit
            current.append(c)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
