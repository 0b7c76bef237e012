/// The staffing list for Excel: every person in post, by post then grid code, with their phone,
/// the grids they cover and how many households those hold. Empty (header only) before staffing.
enum StaffListCSV {
    static let fileName = "staff-list.csv"

    static func text(_ staffed: StaffedPlan, labels: ExportLabels) -> String {
        let sizeOf = Dictionary(staffed.plan.grids.map { ($0.code, $0.households.count) }, uniquingKeysWith: +)
        var rows = [[labels.post, labels.name, labels.phone, labels.grids, labels.gridCount, labels.households]]
        let people = staffed.staff.staff.sorted { a, b in
            if a.post != b.post { return a.post < b.post }
            let ua = a.units.first ?? "", ub = b.units.first ?? ""
            if ua != ub { return GridCodeOrder.precedes(ua, ub) }
            return a.name < b.name
        }
        for person in people {
            let grids = person.units.filter { sizeOf[$0] != nil }
            rows.append([labels.postName(person.post), person.name, person.phone ?? "", person.units.joined(separator: ";"),
                         String(grids.count), String(grids.reduce(0) { $0 + sizeOf[$1]! })])
        }
        return csvText(rows)
    }
}
