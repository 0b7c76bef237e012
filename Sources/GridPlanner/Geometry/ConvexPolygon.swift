/// A convex polygon in the plane, vertices counter-clockwise: a Voronoi cell while it is cut.
struct ConvexPolygon: Sendable {
    var vertices: [PlanePoint]

    /// The part of the polygon on the side of `site` of the perpendicular bisector of `site`
    /// and `other` (Sutherland–Hodgman against one half-plane).
    func clipped(keepingCloserTo site: PlanePoint, than other: PlanePoint) -> ConvexPolygon {
        // Points p with (p - m) · d <= 0 are closer to `site`, where d = other - site, m the midpoint.
        let dx = other.x - site.x, dy = other.y - site.y
        let mx = (site.x + other.x) / 2, my = (site.y + other.y) / 2
        func side(_ p: PlanePoint) -> Double { (p.x - mx) * dx + (p.y - my) * dy }
        var result: [PlanePoint] = []
        result.reserveCapacity(vertices.count + 1)
        guard var previous = vertices.last else { return self }
        var previousSide = side(previous)
        for current in vertices {
            let currentSide = side(current)
            if currentSide <= 0 {
                if previousSide > 0 { result.append(Self.crossing(previous, previousSide, current, currentSide)) }
                result.append(current)
            } else if previousSide <= 0 {
                result.append(Self.crossing(previous, previousSide, current, currentSide))
            }
            previous = current
            previousSide = currentSide
        }
        return ConvexPolygon(vertices: result)
    }

    private static func crossing(_ a: PlanePoint, _ sa: Double, _ b: PlanePoint, _ sb: Double) -> PlanePoint {
        let t = sa / (sa - sb)
        return PlanePoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
    }

    /// Largest distance from `point` to a vertex.
    func radius(around point: PlanePoint) -> Double {
        vertices.reduce(0) { max($0, $1.distance(to: point)) }
    }

    /// Convex hull (Andrew's monotone chain), counter-clockwise, without collinear points.
    static func hull(of points: [PlanePoint]) -> ConvexPolygon {
        let sorted = points.sorted { $0.x < $1.x || ($0.x == $1.x && $0.y < $1.y) }
        guard sorted.count > 2 else { return ConvexPolygon(vertices: sorted) }
        func cross(_ o: PlanePoint, _ a: PlanePoint, _ b: PlanePoint) -> Double {
            (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)
        }
        var lower: [PlanePoint] = [], upper: [PlanePoint] = []
        for p in sorted {
            while lower.count >= 2 && cross(lower[lower.count - 2], lower[lower.count - 1], p) <= 0 { lower.removeLast() }
            lower.append(p)
        }
        for p in sorted.reversed() {
            while upper.count >= 2 && cross(upper[upper.count - 2], upper[upper.count - 1], p) <= 0 { upper.removeLast() }
            upper.append(p)
        }
        return ConvexPolygon(vertices: Array(lower.dropLast() + upper.dropLast()))
    }

    /// The convex hull of `points` grown by `margin` metres (each point replaced by a 16-gon
    /// around it), so that the outermost households do not sit on the village's edge.
    static func bufferedHull(of points: [PlanePoint], margin: Double) -> ConvexPolygon {
        let core = hull(of: points).vertices
        var ring: [PlanePoint] = []
        for p in core.isEmpty ? [PlanePoint(x: 0, y: 0)] : core {
            for k in 0..<16 {
                let angle = Double(k) * .pi / 8
                ring.append(PlanePoint(x: p.x + margin * cos(angle), y: p.y + margin * sin(angle)))
            }
        }
        return hull(of: ring)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
