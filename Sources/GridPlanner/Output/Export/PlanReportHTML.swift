/// One self-contained HTML report (inline CSS and SVG, nothing fetched from the network):
/// the grid map (one per village or area when the plan spans several), the team structure
/// table (团队架构表: chief → zone → leader → member → households), a table per grid, and
/// printable resident info cards (居民信息卡), eight to an A4 page.
///
/// Each grid is one `<path class="grid" data-grid="CODE">` and each household one
/// `<article class="card" data-household="ID">`, which the browser test counts.
enum PlanReportHTML {
    static let fileName = "report.html"

    static func html(_ staffed: StaffedPlan, polygons: GridPolygons, language: ExportLanguage) -> String {
        let labels = language.labels
        let plan = staffed.plan
        let title = "\(plan.scenario.name) \(labels.reportTitle)"
        var out = "<!DOCTYPE html>\n<html lang=\"\(language == .zh ? "zh-CN" : "en")\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"generator\" content=\"GridPlanner \(gridPlannerVersion)\">\n"
        out += "<title>\(xml(title))</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        out += "<header><h1>\(xml(title))</h1><p class=\"note\">\(xml(labels.personalDataNote))</p></header>\n"
        out += summary(staffed, labels: labels)
        out += maps(staffed, polygons: polygons, labels: labels)
        out += teamStructure(staffed, labels: labels)
        out += gridTables(staffed, labels: labels)
        out += cards(staffed, labels: labels)
        out += "<footer>\(xml(labels.generatedBy)) \(xml(gridPlannerVersion))</footer>\n</body>\n</html>\n"
        return out
    }

    static let style = """
        body{font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif;margin:16px;color:#111}
        h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;border-bottom:2px solid #b00;padding-bottom:2px;margin-top:24px}
        h3{font-size:15px;margin:14px 0 4px}.note{color:#555;font-size:12px}
        table{border-collapse:collapse;font-size:12px;margin:4px 0 10px}th,td{border:1px solid #999;padding:2px 6px;text-align:left}
        th{background:#f3e9e9}figure.map{margin:8px 0;border:1px solid #ccc}figure.map svg{width:100%;height:auto;max-height:180mm;display:block}
        figcaption{font-size:13px;padding:4px}.legend span{margin-right:14px}.sq{display:inline-block;width:8px;height:8px;background:#c00}
        .tri{color:#0050b4}.cards{display:grid;grid-template-columns:1fr 1fr;gap:5mm}
        .card{border:1.5px solid #b00;border-radius:3mm;padding:3mm 4mm;height:58mm;box-sizing:border-box;break-inside:avoid;page-break-inside:avoid;font-size:13px}
        .card h4{margin:0 0 2mm;font-size:15px;color:#b00;text-align:center;letter-spacing:2px}
        .card dl{display:grid;grid-template-columns:auto 1fr;gap:1mm 3mm;margin:0}.card dt{color:#555}.card dd{margin:0;font-weight:600}
        .card .code{font-size:18px}footer{margin-top:20px;font-size:11px;color:#777}
        @page{size:A4;margin:10mm}
        @media print{body{margin:0}h2{break-after:avoid}section.cards-section{break-before:page}.grid-table{break-inside:avoid}}

        """

    private static func summary(_ staffed: StaffedPlan, labels: ExportLabels) -> String {
        let plan = staffed.plan
        let regular = plan.grids.filter { !$0.isSpecial }
        let sizes = regular.map(\.size)
        var rows = [
            (labels.scenario, "\(plan.scenario.name) (\(plan.scenario.code))"),
            (labels.households, String(plan.scenario.households.count)),
            (labels.gridCount, String(regular.count) + (plan.grids.count > regular.count ? " + \(plan.grids.count - regular.count) \(labels.special)" : "")),
        ]
        if let low = sizes.min(), let high = sizes.max() {
            rows.append((labels.size, "\(ValueRange.format(low))–\(ValueRange.format(high))"))
        }
        for post in StaffMember.Post.allCases {
            let count = staffed.staff.people(in: post).count
            if count > 0 { rows.append((labels.postName(post), String(count))) }
        }
        return "<section class=\"summary\"><h2>\(xml(labels.summary))</h2><table>"
            + rows.map { "<tr><th>\(xml($0.0))</th><td>\(xml($0.1))</td></tr>" }.joined() + "</table></section>\n"
    }

    /// One map per area when the grids lie in several areas, else one map.
    private static func maps(_ staffed: StaffedPlan, polygons: GridPolygons, labels: ExportLabels) -> String {
        let plan = staffed.plan
        let areas = Array(Set(plan.grids.map { $0.area ?? "" })).sorted()
        var out = "<section class=\"maps\"><h2>\(xml(labels.map))</h2>\n"
        let legend = "<div class=\"legend\"><span><i class=\"sq\"></i> \(xml(labels.legendCentre))</span>"
            + (staffed.staff.staff.contains { $0.homeHousehold != nil }
               ? "<span class=\"tri\">▲</span> \(xml(labels.legendStaffHome))" : "") + "</div>"
        let groups: [(String, [Int])] = areas.count > 1
            ? areas.map { area in (area.isEmpty ? labels.noZone : area, plan.grids.indices.filter { (plan.grids[$0].area ?? "") == area }) }
            : [(plan.scenario.name, Array(plan.grids.indices))]
        for (name, indices) in groups {
            let svg = GridMapSVG.svg(staffed, polygons: polygons, labels: labels, gridIndices: indices,
                                     title: "\(name) \(labels.map)", standalone: false)
            out += "<figure class=\"map\">\(svg)<figcaption>\(xml(name)) \(xml(labels.map)) \(legend)</figcaption></figure>\n"
        }
        return out + "</section>\n"
    }

    /// Chief → zone → leader → member → households, one row per grid, repeated cells left blank.
    private static func teamStructure(_ staffed: StaffedPlan, labels: ExportLabels) -> String {
        let chief = staffed.staff.people(in: .chief).map(\.name).joined(separator: "、")
        struct Row { var zone: String; var leader: String; var member: String; var grid: Grid }
        let rows = staffed.gridsInCodeOrder.map { grid -> Row in
            let contacts = staffed.contacts(of: grid)
            return Row(zone: staffed.zone(of: grid) ?? labels.noZone, leader: contacts.leaderName ?? labels.unstaffed,
                       member: contacts.memberName ?? labels.unstaffed, grid: grid)
        }.sorted { a, b in
            if a.zone != b.zone { return a.zone < b.zone }
            if a.leader != b.leader { return a.leader < b.leader }
            return GridCodeOrder.precedes(a.grid.code, b.grid.code)
        }
        var out = "<section class=\"team\"><h2>\(xml(labels.teamStructure))</h2>\n"
        out += "<p>\(xml(labels.chief))：\(xml(chief.isEmpty ? labels.unstaffed : chief))</p>\n<table>"
        out += "<tr><th>\(xml(labels.zone))/\(xml(labels.area))</th><th>\(xml(labels.gridLeader))</th><th>\(xml(labels.gridMember))</th>"
            + "<th>\(xml(labels.grid))</th><th>\(xml(labels.households))</th></tr>\n"
        var previous: Row?
        for row in rows {
            let newZone = previous?.zone != row.zone
            let newLeader = newZone || previous?.leader != row.leader
            out += "<tr data-grid=\"\(xml(row.grid.code))\"><td>\(newZone ? xml(row.zone) : "")</td>"
                + "<td>\(newLeader ? xml(row.leader) : "")</td><td>\(xml(row.member))</td>"
                + "<td>\(xml(row.grid.code))</td><td>\(row.grid.households.count)</td></tr>\n"
            previous = row
        }
        return out + "</table></section>\n"
    }

    private static func gridTables(_ staffed: StaffedPlan, labels: ExportLabels) -> String {
        let households = staffed.plan.scenario.households
        var out = "<section class=\"grids\"><h2>\(xml(labels.gridTables))</h2>\n"
        for grid in staffed.gridsInCodeOrder {
            let contacts = staffed.contacts(of: grid)
            out += "<div class=\"grid-table\"><h3>\(xml(grid.code))\(grid.area.map { " · " + xml($0) } ?? "") · "
                + "\(xml(labels.gridMember))：\(xml(person(contacts.memberName, contacts.memberPhone, labels)))　"
                + "\(xml(labels.gridLeader))：\(xml(person(contacts.leaderName, contacts.leaderPhone, labels)))</h3>\n<table>"
                + "<tr><th>\(xml(labels.householdID))</th><th>\(xml(labels.householdName))</th><th>\(xml(labels.address))</th></tr>"
            for h in grid.households {
                let household = households[h]
                out += "<tr><td>\(xml(household.id))</td><td>\(xml(household.name ?? ""))</td><td>\(xml(household.address ?? ""))</td></tr>"
            }
            out += "</table></div>\n"
        }
        return out + "</section>\n"
    }

    private static func cards(_ staffed: StaffedPlan, labels: ExportLabels) -> String {
        let plan = staffed.plan
        let gridOf = plan.gridOfHousehold()
        var out = "<section class=\"cards-section\"><h2>\(xml(labels.residentCards))</h2>\n<div class=\"cards\">\n"
        for (h, household) in plan.scenario.households.enumerated() {
            let grid = plan.grids[gridOf[h]]
            let contacts = staffed.contacts(of: grid)
            let fields = [
                (labels.householdID, xml(household.id)),
                (labels.householdName, xml(household.name ?? "")),
                (labels.address, xml(household.address ?? "")),
                (labels.grid, "<span class=\"code\">\(xml(grid.code))</span>"),
                (labels.gridMember, xml(person(contacts.memberName, contacts.memberPhone, labels))),
                (labels.gridLeader, xml(person(contacts.leaderName, contacts.leaderPhone, labels))),
            ]
            out += "<article class=\"card\" data-household=\"\(xml(household.id))\" data-grid=\"\(xml(grid.code))\">"
                + "<h4>\(xml(labels.cardTitle))</h4><dl>"
                + fields.map { "<dt>\(xml($0.0))</dt><dd>\($0.1)</dd>" }.joined() + "</dl></article>\n"
        }
        return out + "</div></section>\n"
    }

    private static func person(_ name: String?, _ phone: String?, _ labels: ExportLabels) -> String {
        guard let name else { return labels.unstaffed }
        return phone.map { "\(name) \($0)" } ?? name
    }
}
