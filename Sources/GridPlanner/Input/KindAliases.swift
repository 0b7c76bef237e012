/// Canonical names for the `kind` column's values, so that rules can name kinds in English
/// whatever language the file uses.
enum KindAliases {
    static let canonicalByName: [String: String] = {
        let groups: [String: [String]] = [
            "household": ["住户", "住戶", "居民户", "居民戶", "居民", "农户", "農戶", "家庭"],
            "shop": ["商户", "商戶", "商铺", "商舖", "商鋪", "店铺", "店舖", "店鋪", "门店", "門店"],
            "unit": ["单位", "單位", "机关", "機關", "企业", "企業"],
            "market": ["市场", "市場"],
            "park": ["园区", "園區"],
        ]
        var table: [String: String] = [:]
        for (canonical, names) in groups {
            for name in names { table[name] = canonical }
        }
        return table
    }()

    /// The canonical kind: a known Chinese name in English, anything else lower-cased as written.
    static func canonical(_ written: String) -> String {
        let text = written.trimmingWhitespace()
        return canonicalByName[text] ?? text.lowercased()
    }
}
