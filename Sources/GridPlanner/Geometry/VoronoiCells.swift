/// The Voronoi cell of every site, clipped to a convex bounding polygon: the part of the
/// bound closer to the site than to any other site.
///
/// Each cell starts as the bound and is cut by the bisectors with the site's nearest
/// neighbours, nearest first. Once every vertex of the cell lies closer to the site than half
/// the distance to the next neighbour, no farther site can cut it, so about a dozen neighbours
/// suffice for most sites: O(n·k) for n sites.
struct VoronoiCells {
    let cells: [ConvexPolygon]

    /// `sites` must be distinct (see ``separated(_:)``).
    init(sites: [PlanePoint], bound: ConvexPolygon) {
        guard sites.count > 1 else {
            cells = sites.map { _ in bound }
            return
        }
        let index = SpatialGrid(points: sites)
        var result: [ConvexPolygon] = []
        result.reserveCapacity(sites.count)
        for (s, site) in sites.enumerated() {
            var cell = bound
            var wanted = min(16, sites.count - 1)
            var used = 0
            while true {
                let (neighbours, beyond) = index.nearest(to: s, count: wanted + 1)
                for (other, _) in neighbours.dropFirst(used) where other != s {
                    cell = cell.clipped(keepingCloserTo: site, than: sites[other])
                }
                used = neighbours.count
                // A site farther than `beyond` has its bisector beyond beyond/2 from this site.
                if !beyond.isFinite || cell.radius(around: site) * 2 <= beyond { break }
                wanted = min(wanted * 2, sites.count - 1)
            }
            result.append(cell)
        }
        cells = result
    }

    /// Sites that share a position are spread on a small circle (deterministically, by order),
    /// so that each keeps a cell of its own.
    static func separated(_ points: [PlanePoint], spacing: Double = 0.5) -> [PlanePoint] {
        var byPosition: [PlanePoint: [Int]] = [:]
        for (i, p) in points.enumerated() { byPosition[p, default: []].append(i) }
        var result = points
        for (p, indices) in byPosition where indices.count > 1 {
            for (k, i) in indices.sorted().enumerated() {
                let angle = 2 * Double.pi * Double(k) / Double(indices.count)
                result[i] = PlanePoint(x: p.x + spacing * cos(angle), y: p.y + spacing * sin(angle))
            }
        }
        return result
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
