import Foundation

/// Writes a plan's files into a folder as a whole: everything is written into a fresh sibling
/// folder, which then takes the place of the old one. A failed or interrupted run leaves the
/// old plan or the new one, never a mix.
public enum PlanFolder {
    /// Files every plan folder holds.
    public static let planFile = "plan.json"
    public static let assignmentsFile = "assignments.csv"

    public static let staffingFile = "staffing.csv"

    public static func write(_ plan: Plan, to folder: URL) throws {
        var files = [
            planFile: try PlanDocument(plan).encoded(),
            assignmentsFile: assignmentsCSV(plan),
        ]
        if let staffing = plan.staffing, let structure = plan.structure {
            files[staffingFile] = StaffingCSV.data(staffing, structure: structure)
        }
        try replace(folder, with: files)
    }

    /// `household_id,grid,...`: UTF-8, one row per household in file order.
    static func assignmentsCSV(_ plan: Plan) -> Data {
        let households = plan.scenario.households
        let gridOf = plan.gridOfHousehold()
        var text = "household_id,grid,centre_household,distance_m\n"
        for (h, household) in households.enumerated() {
            let grid = plan.grids[gridOf[h]]
            let centre = households[grid.centre]
            let distance = household.location.distance(to: centre.location)
            text += [household.id, grid.code, centre.id, String(format: "%.1f", distance)]
                .map(csvField).joined(separator: ",") + "\n"
        }
        return Data(text.utf8)
    }

    /// Replaces `folder` by a folder holding exactly `files`.
    public static func replace(_ folder: URL, with files: [String: Data]) throws {
        let manager = FileManager.default
        let parent = folder.deletingLastPathComponent()
        try manager.createDirectory(at: parent, withIntermediateDirectories: true)
        var isFolder: ObjCBool = false
        let exists = manager.fileExists(atPath: folder.path, isDirectory: &isFolder)
        if exists {
            guard isFolder.boolValue else {
                throw InputError(file: folder.path, "exists and is not a folder")
            }
            let contents = try manager.contentsOfDirectory(atPath: folder.path)
            guard contents.isEmpty || contents.contains(planFile) else {
                throw InputError(file: folder.path, "is not a plan folder (no \(planFile)); refusing to replace it")
            }
        }
        let tag = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64(Date().timeIntervalSince1970 * 1000))"
        let staging = parent.appendingPathComponent(".\(folder.lastPathComponent).new-\(tag)")
        try manager.createDirectory(at: staging, withIntermediateDirectories: false)
        do {
            for name in files.keys.sorted() {
                try files[name]!.write(to: staging.appendingPathComponent(name))
            }
            if exists {
                let old = parent.appendingPathComponent(".\(folder.lastPathComponent).old-\(tag)")
                try manager.moveItem(at: folder, to: old)
                try manager.moveItem(at: staging, to: folder)
                try? manager.removeItem(at: old)
            } else {
                try manager.moveItem(at: staging, to: folder)
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw error
        }
    }
}

/// Quotes a CSV field when it holds a comma, quote or line break.
func csvField(_ value: String) -> String {
    guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}
