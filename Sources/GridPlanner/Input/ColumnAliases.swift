/// The columns a households file can have, under their canonical names.
enum HouseholdColumn: String, Sendable, CaseIterable {
    case id, x, y, longitude, latitude, name, address, residents, weight
    case kinGroup = "kin_group"
    case area, kind
    case fixedGrid = "fixed_grid"
}

/// The header texts that mean each column, in simplified and traditional Chinese and English.
/// Matching ignores case, surrounding spaces, a byte order mark, spaces, `_` and `-` inside the
/// name, and a unit or note in brackets at the end (`经度（度）`, `x (m)`).
enum ColumnAliases {
    /// Aliases per column, the most specific first: when a file has two headers that mean
    /// the same column (`户号` and `编号`), the one earlier in this list is used.
    static let aliases: [HouseholdColumn: [String]] = [
        .id: ["id", "household_id", "户号", "戶號", "户编号", "戶編號", "门牌号", "門牌號", "编号", "編號"],
        .x: ["x", "x坐标", "x座標"],
        .y: ["y", "y坐标", "y座標"],
        .longitude: ["longitude", "lon", "lng", "long", "经度", "經度"],
        .latitude: ["latitude", "lat", "纬度", "緯度"],
        .name: ["name", "户主姓名", "戶主姓名", "户主", "戶主", "姓名", "名称", "名稱"],
        .address: ["address", "地址", "住址", "门牌", "門牌"],
        .residents: [
            "residents", "population", "人口", "人数", "人數", "常住人口", "户籍人口", "戶籍人口",
        ],
        .weight: ["weight", "权重", "權重", "工作量"],
        .kinGroup: ["kin_group", "家族", "宗族", "亲属组", "親屬組"],
        .area: [
            "area", "自然村", "村民小组", "村民小組", "小组", "小組", "片区", "片區", "区域", "區域",
        ],
        .kind: ["kind", "type", "户类型", "戶類型", "类型", "類型", "类别", "類別"],
        .fixedGrid: ["fixed_grid", "固定网格", "固定網格", "指定网格", "指定網格"],
    ]

    /// Normalised alias -> (column, rank within that column's aliases).
    private static let lookup: [String: (column: HouseholdColumn, rank: Int)] = {
        var table: [String: (column: HouseholdColumn, rank: Int)] = [:]
        for (column, names) in aliases {
            for (rank, name) in names.enumerated() {
                table[normalised(name)] = (column, rank)
            }
        }
        return table
    }()

    /// The column a header means and how specific the match is (0 is best), or nil for a column
    /// the planner does not use.
    static func match(_ header: String) -> (column: HouseholdColumn, rank: Int)? {
        lookup[normalised(header)]
    }

    static func normalised(_ header: String) -> String {
        var text = header.trimmingWhitespace().lowercased()
        // A trailing note in brackets: "经度(度)", "人口（人）", "x [m]".
        let closers: [Character: Set<Character>] = [")": ["(", "（"], "）": ["（", "("], "]": ["["], "】": ["【"]]
        if let last = text.last, let openers = closers[last],
           let open = text.lastIndex(where: { openers.contains($0) }), open != text.startIndex
        {
            text = String(text[..<open])
        }
        return String(text.filter { !$0.isWhitespace && $0 != "_" && $0 != "-" && $0 != "\u{FEFF}" })
    }
}
