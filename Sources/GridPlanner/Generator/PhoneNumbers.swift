/// Fake mobile numbers: 11 digits starting 13x, 15x or 18x, never repeated within one roster.
struct PhoneNumbers {
    private static let prefixes = [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
        "150", "151", "152", "153", "155", "156", "157", "158", "159",
        "180", "181", "182", "183", "184", "185", "186", "187", "188", "189",
    ]
    private var issued: Set<String> = []  // membership only; never iterated

    mutating func next(using rng: inout SeededGenerator) -> String {
        while true {
            let number =
                rng.element(of: Self.prefixes) + HouseholdPopulation.padded(rng.index(below: 100_000_000), width: 8)
            if issued.insert(number).inserted { return number }
        }
    }
}
