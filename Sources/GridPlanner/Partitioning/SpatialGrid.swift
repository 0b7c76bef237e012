/// A uniform grid of buckets over points, for finding each point's nearest neighbours without
/// comparing every pair.
struct SpatialGrid {
    private let points: [PlanePoint]
    private let origin: PlanePoint
    private let cell: Double
    private let columns: Int
    private let rows: Int
    private var buckets: [[Int32]]

    /// About `perCell` points to a cell on average.
    init(points: [PlanePoint], perCell: Double = 4) {
        self.points = points
        let xs = points.map(\.x), ys = points.map(\.y)
        let minX = xs.min() ?? 0, maxX = xs.max() ?? 0, minY = ys.min() ?? 0, maxY = ys.max() ?? 0
        origin = PlanePoint(x: minX, y: minY)
        let area = max((maxX - minX) * (maxY - minY), 1)
        cell = max((area * perCell / Double(max(points.count, 1))).squareRoot(), 1e-6)
        columns = min(max(1, Int((maxX - minX) / cell) + 1), 1 << 15)
        rows = min(max(1, Int((maxY - minY) / cell) + 1), 1 << 15)
        buckets = Array(repeating: [], count: columns * rows)
        for (k, p) in points.enumerated() { buckets[index(of: p)].append(Int32(k)) }
    }

    private func coordinates(of p: PlanePoint) -> (Int, Int) {
        (min(max(Int((p.x - origin.x) / cell), 0), columns - 1), min(max(Int((p.y - origin.y) / cell), 0), rows - 1))
    }

    private func index(of p: PlanePoint) -> Int {
        let (c, r) = coordinates(of: p)
        return r * columns + c
    }

    /// The `count` points nearest to point `k` (itself included), nearest first (ties by index),
    /// and the distance beyond which every other point lies (+inf if none is left).
    func nearest(to k: Int, count: Int) -> (neighbours: [(Int, Double)], beyond: Double) {
        let p = points[k]
        let (c, r) = coordinates(of: p)
        var found: [(Int, Double)] = []
        var ring = 0
        let wanted = min(count + 1, points.count)
        while true {
            for rr in (r - ring)...(r + ring) where rr >= 0 && rr < rows {
                for cc in (c - ring)...(c + ring) where cc >= 0 && cc < columns {
                    guard abs(rr - r) == ring || abs(cc - c) == ring else { continue }
                    for q in buckets[rr * columns + cc] {
                        found.append((Int(q), p.distance(to: points[Int(q)])))
                    }
                }
            }
            // Points outside the searched square are at least this far away.
            let covered = Double(ring) * cell + min(p.x - origin.x - Double(c) * cell, p.y - origin.y - Double(r) * cell,
                                                    Double(c + 1) * cell - (p.x - origin.x), Double(r + 1) * cell - (p.y - origin.y))
            let exhausted = (r - ring <= 0) && (c - ring <= 0) && (r + ring >= rows - 1) && (c + ring >= columns - 1)
            if found.count >= wanted || exhausted {
                found.sort { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
                if exhausted || found[wanted - 1].1 <= covered {
                    let beyond = found.count > count ? found[count].1 : .infinity
                    return (Array(found.prefix(count)), beyond)
                }
            }
            ring += 1
        }
    }
}
