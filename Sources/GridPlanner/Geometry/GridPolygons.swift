/// One polygon (possibly several parts, possibly with holes) per grid, such that the polygons
/// cover the village, do not overlap, and each contains its own households.
///
/// Built from the Voronoi cells of the households inside the village's convex hull grown by
/// ``margin`` metres: a grid's shape is the union of its households' cells, found by
/// cancelling the edges two cells of the same grid share and chaining what is left into rings.
public struct GridPolygons: Sendable {
    /// A ring of vertices in order, not repeating the first at the end.
    public typealias Ring = [PlanePoint]

    /// One connected part: its outer ring (counter-clockwise) and holes (clockwise).
    public struct Part: Sendable {
        public var outer: Ring
        public var holes: [Ring]
    }

    public struct Shape: Sendable {
        public var gridIndex: Int
        public var parts: [Part]
    }

    /// One shape per grid of the plan, in the plan's grid order.
    public let shapes: [Shape]
    /// The village's bound: the polygon the shapes cover.
    public let bound: [PlanePoint]

    public static let defaultMargin = 50.0

    public init(plan: Plan, margin: Double = GridPolygons.defaultMargin) {
        let households = plan.scenario.households
        let sites = VoronoiCells.separated(households.map(\.location))
        let hull = ConvexPolygon.bufferedHull(of: sites, margin: margin)
        let cells = VoronoiCells(sites: sites, bound: hull).cells
        var welder = VertexWelder()
        let gridOf = plan.gridOfHousehold()
        var edgesOfGrid = [[Edge: Int]](repeating: [:], count: plan.grids.count)
        for (h, cell) in cells.enumerated() where gridOf[h] >= 0 {
            let ids = cell.vertices.map { welder.id(of: $0) }
            for k in ids.indices {
                let a = ids[k], b = ids[(k + 1) % ids.count]
                guard a != b else { continue }
                let reverse = Edge(from: b, to: a)
                if let count = edgesOfGrid[gridOf[h]][reverse] {
                    edgesOfGrid[gridOf[h]][reverse] = count > 1 ? count - 1 : nil
                } else {
                    edgesOfGrid[gridOf[h]][Edge(from: a, to: b), default: 0] += 1
                }
            }
        }
        shapes = edgesOfGrid.enumerated().map { g, edges in
            Shape(gridIndex: g, parts: Self.parts(from: Self.rings(from: edges, points: welder.points)))
        }
        bound = hull.vertices
    }

    struct Edge: Hashable, Comparable {
        var from: Int
        var to: Int
        static func < (a: Edge, b: Edge) -> Bool { (a.from, a.to) < (b.from, b.to) }
    }

    /// Chains directed boundary edges into closed rings, in a deterministic order.
    static func rings(from edges: [Edge: Int], points: [PlanePoint]) -> [Ring] {
        var outgoing: [Int: [Int]] = [:]
        for edge in edges.keys.sorted() {
            for _ in 0..<edges[edge]! { outgoing[edge.from, default: []].append(edge.to) }
        }
        var rings: [Ring] = []
        while let start = outgoing.keys.min() {
            var ring: [Int] = [start]
            var current = start
            while true {
                guard var targets = outgoing[current], !targets.isEmpty else { break }
                let next = targets.removeFirst()
                outgoing[current] = targets.isEmpty ? nil : targets
                if next == start { break }
                ring.append(next)
                current = next
            }
            if ring.count >= 3 { rings.append(simplified(ring.map { points[$0] })) }
        }
        return rings.filter { $0.count >= 3 }
    }

    /// Drops vertices that lie on the straight line through their neighbours.
    static func simplified(_ ring: Ring) -> Ring {
        guard ring.count > 3 else { return ring }
        var result: Ring = []
        for k in ring.indices {
            let a = ring[(k + ring.count - 1) % ring.count], b = ring[k], c = ring[(k + 1) % ring.count]
            let cross = (b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x)
            let scale = max(a.distance(to: b) * b.distance(to: c), 1e-12)
            if abs(cross) / scale > 1e-9 { result.append(b) }
        }
        return result
    }

    /// Counter-clockwise rings are parts; each clockwise ring is a hole in the part that holds it.
    static func parts(from rings: [Ring]) -> [Part] {
        var parts = rings.filter { signedArea($0) > 0 }.map { Part(outer: $0, holes: []) }
        for hole in rings where signedArea(hole) < 0 {
            let probe = hole[0]
            let holder = parts.indices
                .filter { contains(parts[$0].outer, probe) }
                .min { abs(signedArea(parts[$0].outer)) < abs(signedArea(parts[$1].outer)) }
            if let holder { parts[holder].holes.append(hole) }
        }
        return parts
    }

    public static func signedArea(_ ring: Ring) -> Double {
        var twice = 0.0
        for k in ring.indices {
            let a = ring[k], b = ring[(k + 1) % ring.count]
            twice += a.x * b.y - b.x * a.y
        }
        return twice / 2
    }

    /// Even-odd point-in-ring test.
    public static func contains(_ ring: Ring, _ p: PlanePoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in ring.indices {
            let a = ring[i], b = ring[j]
            if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x { inside.toggle() }
            j = i
        }
        return inside
    }

    /// Whether a point lies in a shape: inside one part's outer ring and in none of its holes.
    public static func contains(_ shape: Shape, _ p: PlanePoint) -> Bool {
        shape.parts.contains { part in contains(part.outer, p) && !part.holes.contains { contains($0, p) } }
    }
}

/// Gives nearly equal points (within a millimetre) one id, so that cells computed apart share
/// their vertices exactly.
struct VertexWelder {
    private(set) var points: [PlanePoint] = []
    private var buckets: [Key: [Int]] = [:]
    static let tolerance = 1e-3

    private struct Key: Hashable { var x: Int; var y: Int }

    mutating func id(of p: PlanePoint) -> Int {
        let kx = Int((p.x / Self.tolerance).rounded(.down)), ky = Int((p.y / Self.tolerance).rounded(.down))
        for dx in -1...1 {
            for dy in -1...1 {
                for id in buckets[Key(x: kx + dx, y: ky + dy)] ?? [] where points[id].distance(to: p) <= Self.tolerance {
                    return id
                }
            }
        }
        points.append(p)
        buckets[Key(x: kx, y: ky), default: []].append(points.count - 1)
        return points.count - 1
    }
}
