/// One adult in a generated people roster (people.csv).
public struct GeneratedPerson: Sendable, Hashable {
    public var id: String
    public var name: String
    public var phone: String
    /// The id of the household the person lives in.
    public var household: String
    public var isPartyMember: Bool
    /// Offices held: 党支部书记, 村委会委员, 村民代表, 村民小组长, 后勤人员, ...
    public var posts: [String]
    /// Public-welfare posts (the "eight posts": 保洁员, 护林员, ...) and medical skills (医生, 卫生员).
    public var skills: [String]
    /// False for someone who cannot serve now (away, locked outside, unfit).
    public var isAvailable: Bool
    /// The post held in the plan in force (网格员, 网格长), if any.
    public var currentPost: String?
    /// The grid (or grids, `;`-separated) of that post.
    public var currentUnit: String?

    public init(
        id: String, name: String, phone: String, household: String, isPartyMember: Bool = false,
        posts: [String] = [], skills: [String] = [], isAvailable: Bool = true,
        currentPost: String? = nil, currentUnit: String? = nil
    ) {
        self.id = id
        self.name = name
        self.phone = phone
        self.household = household
        self.isPartyMember = isPartyMember
        self.posts = posts
        self.skills = skills
        self.isAvailable = isAvailable
        self.currentPost = currentPost
        self.currentUnit = currentUnit
    }
}
