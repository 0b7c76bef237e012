import Foundation

/// A capacitated p-median instance in the literature's format: `n p`, then `n` rows
/// `x y capacity demand`, separated by spaces or tabs (CRLF and trailing blanks allowed).
public struct CPMPInstance: Sendable {
    /// How a distance is computed from coordinates.
    public enum DistanceConvention: String, Sendable, CaseIterable {
        /// Euclidean, truncated to an integer (OR-Library's pmedcap1, cpmp01-cpmp20).
        case floor
        /// Euclidean, real-valued (Lorena-Senne and Stefanello et al. sets).
        case real
    }

    public var name: String
    public var medians: Int
    public var points: [PlanePoint]
    public var capacity: [Double]
    public var demand: [Double]
    public var convention: DistanceConvention

    public func distance(_ i: Int, _ j: Int) -> Double {
        let d = points[i].distance(to: points[j])
        return convention == .floor ? d.rounded(.down) : d
    }

    /// Reads a file; `convention` nil picks `floor` for OR-Library names (`cpmp…`), else `real`.
    public static func read(_ url: URL, convention: DistanceConvention? = nil) throws -> CPMPInstance {
        let file = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: file, "cannot read the file")
        }
        let name = url.deletingPathExtension().lastPathComponent
        let lines = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
        var rows: [(line: Int, fields: [Substring])] = []
        for (k, line) in lines.enumerated() {
            let fields = line.split { $0 == " " || $0 == "\t" || $0 == "\r" }
            if !fields.isEmpty { rows.append((k + 1, fields)) }
        }
        guard let header = rows.first, header.fields.count >= 2,
              let n = Int(header.fields[0]), let p = Int(header.fields[1]), n > 0, p > 0, p <= n
        else { throw InputError(file: file, line: rows.first?.line ?? 1, field: "n p", "expected a header 'n p' with 0 < p <= n") }
        guard rows.count - 1 >= n else {
            throw InputError(file: file, line: rows.last?.line, "expected \(n) points, found \(rows.count - 1)")
        }
        var points: [PlanePoint] = [], capacity: [Double] = [], demand: [Double] = []
        let names = ["x", "y", "capacity", "demand"]
        for row in rows[1...n] {
            guard row.fields.count >= 4 else {
                throw InputError(file: file, line: row.line, "expected 4 values: x y capacity demand")
            }
            var values: [Double] = []
            for (k, field) in row.fields.prefix(4).enumerated() {
                guard let v = Double(field), v.isFinite else {
                    throw InputError(file: file, line: row.line, field: names[k], "'\(field)' is not a number")
                }
                if k >= 2, v < 0 { throw InputError(file: file, line: row.line, field: names[k], "must not be negative") }
                values.append(v)
            }
            points.append(PlanePoint(x: values[0], y: values[1]))
            capacity.append(values[2])
            demand.append(values[3])
        }
        let chosen = convention ?? (name.lowercased().hasPrefix("cpmp") ? .floor : .real)
        return CPMPInstance(name: name, medians: p, points: points, capacity: capacity, demand: demand,
                            convention: chosen)
    }
}

/// One row of `best-known.csv`: `instance,n,p,best_known,proven_optimal`.
public struct BestKnown: Sendable {
    public var value: Double
    public var provenOptimal: Bool

    public static func read(_ url: URL) throws -> [String: BestKnown] {
        let file = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: file, "cannot read the file")
        }
        var result: [String: BestKnown] = [:]
        for (k, line) in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).enumerated() where k > 0 {
            let f = line.split(separator: ",").map { $0.trimmingWhitespace() }
            guard f.count >= 5, let value = Double(f[3]) else {
                throw InputError(file: file, line: k + 1, field: "best_known", "expected instance,n,p,best_known,proven_optimal")
            }
            result[f[0]] = BestKnown(value: value, provenOptimal: f[4].lowercased() == "true")
        }
        return result
    }
}
