/// The head of a residential household (户主), kept for drawing the people roster.
struct HouseholdHead: Sendable {
    var name: String
    var surname: String
    var isFemale: Bool
    var residents: Int
    var livesAloneElderly: Bool
}
