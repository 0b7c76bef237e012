/// The households file: `id,x,y` (metres) or `id,lon,lat` (degrees, when every row has them),
/// then `name,address,residents,weight,kin_group,area,kind`.
enum HouseholdsCSV {
    static let trailingColumns = ["name", "address", "residents", "weight", "kin_group", "area", "kind"]

    static func bytes(_ households: [Household]) -> [UInt8] {
        let degrees = !households.isEmpty && households.allSatisfy { $0.geo != nil }
        var csv = CSVTextBuilder(reservingCapacity: households.count * 110 + 100)
        csv.appendRow((degrees ? ["id", "lon", "lat"] : ["id", "x", "y"]) + trailingColumns)
        for h in households {
            let first: String
            let second: String
            if degrees, let geo = h.geo {
                first = FixedPointText.text(geo.longitude, decimals: 7)
                second = FixedPointText.text(geo.latitude, decimals: 7)
            } else {
                first = FixedPointText.text(h.location.x, decimals: 1)
                second = FixedPointText.text(h.location.y, decimals: 1)
            }
            csv.appendRow([
                h.id, first, second, h.name ?? "", h.address ?? "", h.residents.map(String.init) ?? "",
                ValueRange.format(h.weight), h.kinGroup ?? "", h.area ?? "", h.kind,
            ])
        }
        return csv.bytes
    }
}
