/// Places the hamlets (or zones) of one village next to each other so that the nearest houses
/// of two neighbours stand a chosen gap apart: some hamlets nearly touch, some lie a field or
/// a valley away. Each new hamlet slides towards a placed one until the gap is reached.
struct HamletPlacement {
    private var centres: [PlanePoint] = []
    private var radii: [Double] = []
    private var placed: [PlanePoint] = []

    /// Where to put the centre of a hamlet whose houses lie at `sites` around its own centre.
    mutating func place(_ sites: [PlanePoint], gap: ClosedRange<Double>, using rng: inout SeededGenerator) -> PlanePoint
    {
        let radius = sites.map { $0.distance(to: PlanePoint(x: 0, y: 0)) }.max() ?? 0
        var centre = PlanePoint(x: 0, y: 0)
        if !centres.isEmpty {
            let target = rng.uniform(gap.lowerBound, gap.upperBound)
            centre = slide(sites, radius: radius, gap: target, using: &rng)
        }
        centres.append(centre)
        radii.append(radius)
        placed += sites.map { PlanePoint(x: $0.x + centre.x, y: $0.y + centre.y) }
        return centre
    }

    private func slide(_ sites: [PlanePoint], radius: Double, gap: Double, using rng: inout SeededGenerator)
        -> PlanePoint
    {
        var index = HouseIndex(cell: gap)  // cells as wide as the gap: a look-up reads 9 cells
        for point in placed { index.insert(point) }
        var widening = 1.0
        while true {
            for _ in 0..<50 {
                let neighbour = rng.index(below: centres.count)
                let direction = LaneLayout.randomDirection(using: &rng)
                func centre(at d: Double) -> PlanePoint {
                    PlanePoint(x: centres[neighbour].x + direction.x * d, y: centres[neighbour].y + direction.y * d)
                }
                var far = (radii[neighbour] + radius + gap) * widening
                guard isClear(sites, at: centre(at: far), gap: gap, index: index) else { continue }
                var near = 0.0
                for _ in 0..<16 {
                    let middle = (near + far) / 2
                    if isClear(sites, at: centre(at: middle), gap: gap, index: index) {
                        far = middle
                    } else {
                        near = middle
                    }
                }
                return centre(at: far)
            }
            widening *= 1.5
        }
    }

    private func isClear(_ sites: [PlanePoint], at centre: PlanePoint, gap: Double, index: HouseIndex) -> Bool {
        for site in sites where index.hasPoint(within: gap, of: PlanePoint(x: site.x + centre.x, y: site.y + centre.y))
        {
            return false
        }
        return true
    }
}

/// Points bucketed on a square grid, for "is anything within r of here?" questions.
struct HouseIndex {
    let cell: Double
    private var buckets: [Int64: [PlanePoint]] = [:]  // looked up only, never iterated

    init(cell: Double) { self.cell = cell }

    private func key(_ i: Int64, _ j: Int64) -> Int64 { (i << 32) ^ (j & 0xFFFF_FFFF) }

    mutating func insert(_ point: PlanePoint) {
        let i = Int64((point.x / cell).rounded(.down))
        let j = Int64((point.y / cell).rounded(.down))
        buckets[key(i, j), default: []].append(point)
    }

    func hasPoint(within radius: Double, of point: PlanePoint) -> Bool {
        let reach = Int64((radius / cell).rounded(.up))
        let i = Int64((point.x / cell).rounded(.down))
        let j = Int64((point.y / cell).rounded(.down))
        for di in -reach...reach {
            for dj in -reach...reach {
                guard let bucket = buckets[key(i + di, j + dj)] else { continue }
                for q in bucket where q.distance(to: point) < radius { return true }
            }
        }
        return false
    }
}
