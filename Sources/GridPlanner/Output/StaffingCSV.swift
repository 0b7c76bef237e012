import Foundation

/// `staffing.csv`: one row per person in a post, and one per empty seat (status `unfilled`),
/// top level first, units in code order, posts in the rules' order, people by id.
enum StaffingCSV {
    static let fileName = "staffing.csv"
    static let header = ["person_id", "name", "post", "unit", "distance_m", "post_name", "level", "status", "phone"]

    static func data(_ staffing: Staffing, structure: Structure) -> Data {
        let people = staffing.people
        let rules = staffing.rules
        var text = header.joined(separator: ",") + "\n"
        var assigned: [String: [StaffAssignment]] = [:]
        for a in staffing.assignments { assigned["\(a.level)/\(a.unit)/\(a.post)", default: []].append(a) }
        var empty: [String: Int] = [:]
        for s in staffing.shortfalls where s.kind == .seat { empty["\(s.level)/\(s.unit)/\(s.rule)"] = s.missing }
        for level in structure.units.indices {
            for (u, unit) in structure.units[level].enumerated() {
                for (p, post) in rules.posts.enumerated() where structure.level(named: post.level) == level {
                    let key = "\(level)/\(u)/\(p)"
                    for a in assigned[key] ?? [] {
                        let person = people[a.person]
                        text += row([person.id, person.name, post.id, unit.code, String(format: "%.1f", a.distance),
                                     post.name, structure.levelIDs[level], "filled", person.phone ?? ""])
                    }
                    for _ in 0..<(empty[key] ?? 0) {
                        text += row(["", "", post.id, unit.code, "", post.name, structure.levelIDs[level], "unfilled", ""])
                    }
                }
            }
        }
        return Data(text.utf8)
    }

    private static func row(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",") + "\n"
    }
}
