@testable import GridPlanner

/// `count` seeded points in a 1 km square and their distance matrix.
func squareProblem(seed: UInt64, count n: Int, demand: [Double], capacity: (Int) -> Double,
                   minimumLoad: Double, clusters: Int) -> ClusteringProblem {
    var rng = SeededGenerator(seed: seed)
    let points = (0..<n).map { _ in PlanePoint(x: rng.unit() * 1000, y: rng.unit() * 1000) }
    var cost = [Double](repeating: 0, count: n * n)
    for i in 0..<n { for j in 0..<n { cost[i * n + j] = points[i].distance(to: points[j]) } }
    return ClusteringProblem(demand: demand, capacity: (0..<n).map(capacity),
                             minimumLoad: minimumLoad, clusterCount: clusters, cost: cost)
}
