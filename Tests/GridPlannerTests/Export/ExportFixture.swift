import Foundation
@testable import GridPlanner

/// A hand-made plan of twelve households in three grids of four (columns west to east), small
/// enough to read its exports by eye, with and without staff.
enum ExportFixture {
    static func plan(geographic: Bool = false) -> Plan {
        var households: [Household] = []
        for column in 0..<3 {
            for row in 0..<4 {
                let n = column * 4 + row + 1
                // A slight jitter keeps the Voronoi diagram free of four-way corners.
                let point = PlanePoint(x: Double(column) * 100 + Double(row % 2) * 7, y: Double(row) * 60 + Double(column) * 3)
                households.append(Household(id: String(format: "H%02d", n), location: point, name: "户主\(n)",
                                            address: "一组\(n)号", residents: 2 + n % 3, area: "一组", line: n + 1))
            }
        }
        if geographic {
            let projection = LocalProjection(reference: GeoPoint(longitude: 117.1, latitude: 40.23))
            for i in households.indices {
                households[i].geo = projection.unproject(households[i].location)
            }
            let recentred = LocalProjection(centredOn: households.compactMap(\.geo))!
            for i in households.indices { households[i].location = recentred.project(households[i].geo!) }
        }
        var rules = Rules()
        rules.gridSize = ValueRange(3, 5)
        rules.gridCount = .exact(3)
        let scenario = Scenario(name: "样例村", code: "YL", households: households, rules: rules,
                                householdsFile: "households.csv", hasGeographicCoordinates: geographic)
        var grids: [Grid] = []
        for column in 0..<3 {
            let members = Array(column * 4..<column * 4 + 4)
            let centre = members[1]
            let distances = members.map { households[$0].location.distance(to: households[centre].location) }
            grids.append(Grid(code: "YL-0\(column + 1)", centre: centre, households: members, area: "一组", isSpecial: false,
                              size: 4, totalDistance: distances.reduce(0, +), maxDistance: distances.max()!))
        }
        return Plan(scenario: scenario, grids: grids, totalDistance: grids.reduce(0) { $0 + $1.totalDistance },
                    lowerBound: 0, status: .finished, seconds: 0, kinGroupSplits: [], gridCount: 3)
    }

    static let staffingCSV = """
        person_id,name,post,unit,distance_m,phone
        H02,王网格,grid_member,YL-01,0.0,13800000001
        P9,李网格,网格员,YL-02,120.5,13800000002
        H11,赵组长,grid_leader,YL-01;YL-02;YL-03,0.0,13900000009
        P1,张书记,chief,,,13700000000
        P5,,grid_member,YL-03,,

        """

    static func staffed() throws -> StaffedPlan {
        let plan = plan()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gp-staff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(staffingCSV.utf8).write(to: folder.appendingPathComponent(StaffDirectory.fileName))
        return StaffedPlan(plan: plan, staff: try StaffDirectory.read(folder: folder, households: plan.scenario.households))
    }
}
