/// The plan as GeoJSON for QGIS and web maps: one MultiPolygon feature per grid (covering the
/// village without overlaps, see ``GridPolygons``), then one Point feature per household.
///
/// Degrees in, longitude/latitude out (WGS84 by default, RFC 7946; `datum` converts back to
/// GCJ-02 or BD-09 and the file then says so in a `datum` member). Metres in, metres out, with
/// `"coordinate_units": "metres"` so that nobody mistakes them for degrees.
enum PlanGeoJSON {
    static let fileName = "plan.geojson"

    static func text(_ staffed: StaffedPlan, polygons: GridPolygons, datum: CoordinateSystem) -> String {
        let plan = staffed.plan
        let coordinates = ExportCoordinates(plan: plan, datum: datum)
        var features: [String] = []
        for shape in polygons.shapes {
            let grid = plan.grids[shape.gridIndex]
            let contacts = staffed.contacts(of: grid)
            let parts = shape.parts.map { part in
                "[" + ([part.outer] + part.holes).map { ring(coordinates, $0) }.joined(separator: ",") + "]"
            }
            var properties = [
                "\"kind\":\"grid\"", "\"code\":\(jsonString(grid.code))",
                "\"area\":\(grid.area.map(jsonString) ?? "null")", "\"special\":\(grid.isSpecial)",
                "\"households\":\(grid.households.count)",
                "\"centre_household\":\(jsonString(plan.scenario.households[grid.centre].id))",
            ]
            properties.append("\"grid_member\":\(contacts.memberName.map(jsonString) ?? "null")")
            properties.append("\"grid_member_phone\":\(contacts.memberPhone.map(jsonString) ?? "null")")
            properties.append("\"grid_leader\":\(contacts.leaderName.map(jsonString) ?? "null")")
            properties.append("\"grid_leader_phone\":\(contacts.leaderPhone.map(jsonString) ?? "null")")
            features.append("{\"type\":\"Feature\",\"properties\":{\(properties.joined(separator: ","))},"
                + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[\(parts.joined(separator: ","))]}}")
        }
        let gridOf = plan.gridOfHousehold()
        for (h, household) in plan.scenario.households.enumerated() {
            let grid = plan.grids[gridOf[h]]
            let properties = [
                "\"kind\":\"household\"", "\"household_id\":\(jsonString(household.id))",
                "\"grid\":\(jsonString(grid.code))", "\"centre\":\(grid.centre == h)",
                "\"name\":\(household.name.map(jsonString) ?? "null")",
                "\"address\":\(household.address.map(jsonString) ?? "null")",
            ]
            features.append("{\"type\":\"Feature\",\"properties\":{\(properties.joined(separator: ","))},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":\(coordinates.json(household.location))}}")
        }
        var head = "{\"type\":\"FeatureCollection\",\"name\":\(jsonString(plan.scenario.name))"
        if !coordinates.isGeographic { head += ",\"coordinate_units\":\"metres\"" }
        else if datum != .wgs84 { head += ",\"datum\":\(jsonString(datum.rawValue))" }
        return head + ",\"features\":[\n" + features.joined(separator: ",\n") + "\n]}\n"
    }

    /// A closed ring, counter-clockwise for outer rings and clockwise for holes (RFC 7946 §3.1.6).
    private static func ring(_ coordinates: ExportCoordinates, _ ring: GridPolygons.Ring) -> String {
        "[" + (ring + [ring[0]]).map(coordinates.json).joined(separator: ",") + "]"
    }
}
