/// One row of the people file: someone who may serve as chief, zone head, grid leader or member.
///
/// ID-card numbers are never read into this type, so they cannot reach any output.
public struct Person: Sendable, Hashable {
    public var id: String
    public var name: String
    public var phone: String?
    /// The household the person lives in (its id in the households file).
    public var household: String?
    /// Where the person lives, in the scenario's plane (from the household, or x/y columns).
    public var home: PlanePoint
    public var isPartyMember: Bool
    /// Posts held today in village life: 村委会委员, 党支部委员, 村民代表, 村民小组长, ...
    public var posts: [String]
    /// Skills and jobs: 保洁员, 护林员, 医生, ...
    public var skills: [String]
    /// Whether the person can serve now (not locked outside the village, not unfit).
    public var isAvailable: Bool
    /// Today's staffing: the post id (or name) and the unit code the person serves.
    public var currentPost: String?
    public var currentUnit: String?
    /// The 1-based line of the file, for messages.
    public var line: Int

    public init(id: String, name: String, phone: String? = nil, household: String? = nil,
                home: PlanePoint, isPartyMember: Bool = false, posts: [String] = [], skills: [String] = [],
                isAvailable: Bool = true, currentPost: String? = nil, currentUnit: String? = nil, line: Int = 0) {
        self.id = id
        self.name = name
        self.phone = phone
        self.household = household
        self.home = home
        self.isPartyMember = isPartyMember
        self.posts = posts
        self.skills = skills
        self.isAvailable = isAvailable
        self.currentPost = currentPost
        self.currentUnit = currentUnit
        self.line = line
    }
}
