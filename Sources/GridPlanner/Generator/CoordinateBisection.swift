/// Recursive coordinate bisection: splits points into parts of exactly the given sizes by
/// cutting the point set across its longer side, again and again. Parts come out in an order
/// where consecutive parts are mostly neighbours on the ground.
enum CoordinateBisection {
    /// Indices into `points`, one list per size, in order.
    static func split(_ points: [PlanePoint], sizes: [Int]) -> [[Int]] {
        precondition(sizes.reduce(0, +) == points.count, "sizes must add up to the point count")
        var parts: [[Int]] = []
        cut(Array(points.indices), sizes: sizes[...], points: points, into: &parts)
        return parts
    }

    private static func cut(_ members: [Int], sizes: ArraySlice<Int>, points: [PlanePoint], into parts: inout [[Int]]) {
        guard sizes.count > 1 else {
            parts.append(members.sorted())
            return
        }
        let middle = sizes.startIndex + sizes.count / 2
        let leftCount = sizes[..<middle].reduce(0, +)
        let xs = members.map { points[$0].x }
        let ys = members.map { points[$0].y }
        let alongX = (xs.max()! - xs.min()!) >= (ys.max()! - ys.min()!)
        let ordered = members.sorted { a, b in
            let ka = alongX ? points[a].x : points[a].y
            let kb = alongX ? points[b].x : points[b].y
            return ka != kb ? ka < kb : a < b
        }
        cut(Array(ordered[..<leftCount]), sizes: sizes[..<middle], points: points, into: &parts)
        cut(Array(ordered[leftCount...]), sizes: sizes[middle...], points: points, into: &parts)
    }
}
