/// The columns a people file can have, under their canonical names.
enum PeopleColumn: String, Sendable, CaseIterable {
    case id, name, phone, household
    case partyMember = "party_member"
    case posts, skills, available
    case currentPost = "current_post"
    case currentUnit = "current_unit"
    case x, y
    /// Read only to be recognised and dropped: ID-card numbers never reach any output.
    case idCard = "id_card"

    /// Header texts meaning each column, most specific first (see ``ColumnAliases`` for matching).
    static let aliases: [PeopleColumn: [String]] = [
        .id: ["id", "person_id", "人员编号", "人員編號", "编号", "編號", "工号", "工號"],
        .name: ["name", "姓名", "名字"],
        .phone: ["phone", "电话", "電話", "手机", "手機", "手机号", "手機號", "联系电话", "聯繫電話", "联系方式", "聯繫方式"],
        .household: ["household", "household_id", "户号", "戶號", "户编号", "戶編號", "门牌号", "門牌號", "所属户", "所屬戶"],
        .partyMember: ["party_member", "党员", "黨員", "是否党员", "是否黨員", "政治面貌"],
        .posts: ["posts", "post", "职务", "職務", "现任职务", "現任職務", "身份"],
        .skills: ["skills", "skill", "技能", "特长", "特長", "专长", "專長"],
        .available: ["available", "在岗", "在崗", "状态", "狀態", "可用", "能否上岗", "能否上崗"],
        .currentPost: ["current_post", "网格职务", "網格職務", "当前岗位", "當前崗位", "现任网格职务", "現任網格職務"],
        .currentUnit: ["current_unit", "所在网格", "所在網格", "当前网格", "當前網格", "负责网格", "負責網格"],
        .x: ["x", "x坐标", "x座標"],
        .y: ["y", "y坐标", "y座標"],
        .idCard: ["id_card", "身份证号", "身份證號", "身份证号码", "身份證號碼", "身份证", "身份證", "公民身份号码", "公民身份號碼"],
    ]

    private static let lookup: [String: (column: PeopleColumn, rank: Int)] = {
        var table: [String: (column: PeopleColumn, rank: Int)] = [:]
        for (column, names) in aliases {
            for (rank, name) in names.enumerated() { table[ColumnAliases.normalised(name)] = (column, rank) }
        }
        return table
    }()

    static func match(_ header: String) -> (column: PeopleColumn, rank: Int)? {
        lookup[ColumnAliases.normalised(header)]
    }
}

/// Which column of a people file holds what, decided from its header.
struct PeopleColumnLayout {
    private(set) var indices: [PeopleColumn: Int] = [:]
    let header: [String]

    init(header: [String], file: String, headerLine: Int) throws(InputError) {
        self.header = header
        var ranks: [PeopleColumn: Int] = [:]
        for (index, cell) in header.enumerated() {
            guard let match = PeopleColumn.match(cell) else { continue }
            if let earlier = indices[match.column], let rank = ranks[match.column] {
                if match.rank == rank {
                    throw InputError(file: file, line: headerLine, field: cell.trimmingWhitespace(),
                                     "columns \(earlier + 1) and \(index + 1) both mean '\(match.column.rawValue)'; remove or rename one")
                }
                if match.rank > rank { continue }
            }
            indices[match.column] = index
            ranks[match.column] = match.rank
        }
    }

    func index(of column: PeopleColumn) -> Int? { indices[column] }

    func name(of column: PeopleColumn) -> String {
        indices[column].map { header[$0].trimmingWhitespace() } ?? column.rawValue
    }
}
