import Foundation

extension Redensifier.Result {
    /// Writes the new plan folder: `plan.json`, `assignments.csv`, `changes.csv` (every
    /// household whose grid or member changed), `redensify.json` (the report) and `staffing.csv`:
    /// the new plan's staffing when it was staffed, otherwise the members kept in post.
    public func write(to folder: URL) throws {
        var files: [String: Data] = [
            PlanFolder.planFile: try PlanDocument(plan).encoded(),
            PlanFolder.assignmentsFile: PlanFolder.assignmentsCSV(plan),
            HouseholdChange.fileName: Data(HouseholdChange.csv(changes).utf8),
            RedensifyReport.fileName: try report.encoded(),
        ]
        if let staffing = plan.staffing, let structure = plan.structure {
            files[StaffDirectory.fileName] = StaffingCSV.data(staffing, structure: structure)
        } else if !memberOf.isEmpty {
            var rows = [["person_id", "name", "post", "unit", "distance_m"]]
            for code in memberOf.keys.sorted(by: GridCodeOrder.precedes) {
                rows.append([memberOf[code]!, memberOf[code]!, StaffMember.Post.gridMember.rawValue, code, ""])
            }
            files[StaffDirectory.fileName] = Data(csvText(rows).utf8)
        }
        try PlanFolder.replace(folder, with: files)
    }
}
