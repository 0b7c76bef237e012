/// The people file: `id,name,phone,household,party_member,posts,skills,available,current_post,
/// current_unit`; yes/no as 是/否, lists separated by `;`.
enum PeopleCSV {
    static let columns = [
        "id", "name", "phone", "household", "party_member", "posts", "skills", "available", "current_post",
        "current_unit",
    ]

    static func bytes(_ people: [Person]) -> [UInt8] {
        var csv = CSVTextBuilder(reservingCapacity: people.count * 90 + 100)
        csv.appendRow(columns)
        for p in people {
            csv.appendRow([
                p.id, p.name, p.phone ?? "", p.household ?? "", p.isPartyMember ? "是" : "否",
                p.posts.joined(separator: ";"), p.skills.joined(separator: ";"), p.isAvailable ? "是" : "否",
                p.currentPost ?? "", p.currentUnit ?? "",
            ])
        }
        return csv.bytes
    }
}
