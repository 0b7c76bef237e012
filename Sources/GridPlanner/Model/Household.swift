/// A point in the scenario's local plane, in metres (x east, y north).
public struct PlanePoint: Sendable, Hashable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    public func distance(to other: PlanePoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

/// A longitude/latitude pair in degrees (WGS84 unless said otherwise).
public struct GeoPoint: Sendable, Hashable, Codable {
    public var longitude: Double
    public var latitude: Double

    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }
}

/// One row of the households file: a household, shop or unit that a grid member serves.
public struct Household: Sendable, Hashable {
    /// As written in the file; kept as a string so that leading zeros survive.
    public var id: String
    /// Position in metres in the scenario's local plane.
    public var location: PlanePoint
    /// WGS84 position, when the file gave degrees.
    public var geo: GeoPoint?
    public var name: String?
    public var address: String?
    public var residents: Int?
    /// Workload of serving this household (1 by default; 2 for, say, elderly living alone).
    public var weight: Double
    public var kinGroup: String?
    /// A given territory the grids respect: natural village, villager group or zone.
    public var area: String?
    /// household, shop, unit, ... (lower-cased)
    public var kind: String
    /// A grid code this household is pinned to (column `fixed_grid`).
    public var fixedGrid: String?
    /// The 1-based line of the file the household came from, for messages.
    public var line: Int

    public init(
        id: String, location: PlanePoint, geo: GeoPoint? = nil, name: String? = nil,
        address: String? = nil, residents: Int? = nil, weight: Double = 1, kinGroup: String? = nil,
        area: String? = nil, kind: String = Household.defaultKind, fixedGrid: String? = nil, line: Int = 0
    ) {
        self.id = id
        self.location = location
        self.geo = geo
        self.name = name
        self.address = address
        self.residents = residents
        self.weight = weight
        self.kinGroup = kinGroup
        self.area = area
        self.kind = kind
        self.fixedGrid = fixedGrid
        self.line = line
    }

    public static let defaultKind = "household"
}
