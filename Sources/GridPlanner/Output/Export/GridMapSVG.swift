import Foundation

/// The grid map (网格地图) as SVG: grids coloured and labelled with their codes, households as
/// dots, centre households as squares, staff homes as triangles. Drawn in the local plane in
/// metres, north up; one `<path class="grid" data-grid="CODE">` per grid.
enum GridMapSVG {
    static let fileName = "map.svg"

    /// - Parameter gridIndices: the grids to draw (all by default): one village's map.
    static func svg(_ staffed: StaffedPlan, polygons: GridPolygons, labels: ExportLabels,
                    gridIndices: [Int]? = nil, title: String? = nil, standalone: Bool = true) -> String {
        let plan = staffed.plan
        let households = plan.scenario.households
        let chosen = gridIndices ?? Array(plan.grids.indices)
        let order = chosen.sorted { GridCodeOrder.precedes(plan.grids[$0].code, plan.grids[$1].code) }
        let shapes = order.map { polygons.shapes[$0] }
        let points = shapes.flatMap { $0.parts.flatMap(\.outer) }
        let xs = points.map(\.x), ys = points.map(\.y)
        let minX = xs.min() ?? 0, maxX = xs.max() ?? 1, minY = ys.min() ?? 0, maxY = ys.max() ?? 1
        let extent = max(maxX - minX, maxY - minY, 1)
        let pad = extent * 0.02
        let font = extent / 55, dot = extent / 500
        let viewBox = String(format: "%.1f %.1f %.1f %.1f", minX - pad, -maxY - pad, maxX - minX + 2 * pad, maxY - minY + 2 * pad)
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grid-map\" viewBox=\"\(viewBox)\""
        out += standalone ? " width=\"1000\" height=\"\(Int(1000 * (maxY - minY + 2 * pad) / (maxX - minX + 2 * pad)))\">\n"
                          : " preserveAspectRatio=\"xMidYMid meet\">\n"
        out += "<title>\(xml(title ?? "\(plan.scenario.name) \(labels.map)"))</title>\n"
        out += "<style>.grid{stroke:#333;stroke-width:1.2;vector-effect:non-scaling-stroke;fill-rule:evenodd}"
            + ".hh{fill:#222}.centre{fill:#c00}.home{fill:#0050b4}"
            + "text{font-family:'Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Micro Hei',sans-serif;"
            + "font-size:\(String(format: "%.1f", font))px;text-anchor:middle;dominant-baseline:middle;"
            + "paint-order:stroke;stroke:#fff;stroke-width:\(String(format: "%.1f", font / 5))px}</style>\n"
        out += "<g class=\"grids\">\n"
        for (k, shape) in shapes.enumerated() {
            let grid = plan.grids[shape.gridIndex]
            out += "<path class=\"grid\" data-grid=\"\(xml(grid.code))\" fill=\"\(colour(k))\" d=\"\(pathData(shape))\"/>\n"
        }
        out += "</g>\n<g class=\"households\">\n"
        for g in order {
            for h in plan.grids[g].households {
                let p = households[h].location
                out += String(format: "<circle class=\"hh\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", p.x, -p.y, dot)
            }
        }
        out += "\n</g>\n<g class=\"centres\">\n"
        for g in order {
            let p = households[plan.grids[g].centre].location
            out += String(format: "<rect class=\"centre\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                          p.x - 2 * dot, -p.y - 2 * dot, 4 * dot, 4 * dot)
        }
        out += "\n</g>\n<g class=\"staff-homes\">\n"
        let drawn = Set(order.flatMap { plan.grids[$0].households })
        let indexOf = Dictionary(households.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for person in staffed.staff.staff.sorted(by: { $0.personID < $1.personID }) {
            guard let home = person.homeHousehold, let h = indexOf[home], drawn.contains(h) else { continue }
            let p = households[h].location, s = 3 * dot
            out += String(format: "<path class=\"home\" d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fZ\">",
                          p.x, -p.y - s, p.x - s, -p.y + s, p.x + s, -p.y + s)
                + "<title>\(xml("\(labels.postName(person.post)) \(person.name)"))</title></path>"
        }
        out += "\n</g>\n<g class=\"labels\">\n"
        for shape in shapes {
            let grid = plan.grids[shape.gridIndex]
            let p = labelPoint(shape, fallback: households[grid.centre].location)
            out += String(format: "<text x=\"%.1f\" y=\"%.1f\">", p.x, -p.y) + xml(grid.code) + "</text>\n"
        }
        out += "</g>\n</svg>\n"
        return out
    }

    /// Distinct pastel colours for neighbouring codes: hues a golden angle apart.
    static func colour(_ k: Int) -> String {
        let hue = (Double(k) * 137.508).truncatingRemainder(dividingBy: 360)
        return String(format: "hsl(%.0f,65%%,80%%)", hue)
    }

    static func pathData(_ shape: GridPolygons.Shape) -> String {
        shape.parts.flatMap { [$0.outer] + $0.holes }.map { ring in
            ring.enumerated().map { k, p in (k == 0 ? "M" : "L") + String(format: "%.1f %.1f", p.x, -p.y) }.joined() + "Z"
        }.joined()
    }

    /// The centroid of the shape's largest part when it lies inside the shape, else `fallback`.
    static func labelPoint(_ shape: GridPolygons.Shape, fallback: PlanePoint) -> PlanePoint {
        guard let part = shape.parts.max(by: { GridPolygons.signedArea($0.outer) < GridPolygons.signedArea($1.outer) })
        else { return fallback }
        let ring = part.outer
        var cx = 0.0, cy = 0.0, twice = 0.0
        for k in ring.indices {
            let a = ring[k], b = ring[(k + 1) % ring.count]
            let cross = a.x * b.y - b.x * a.y
            twice += cross
            cx += (a.x + b.x) * cross
            cy += (a.y + b.y) * cross
        }
        guard abs(twice) > 1e-9 else { return fallback }
        let centroid = PlanePoint(x: cx / (3 * twice), y: cy / (3 * twice))
        return GridPolygons.contains(shape, centroid) ? centroid : fallback
    }
}

/// Text escaped for XML and HTML.
func xml(_ text: String) -> String {
    var out = ""
    for c in text {
        switch c {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        default: out.append(c)
        }
    }
    return out
}
