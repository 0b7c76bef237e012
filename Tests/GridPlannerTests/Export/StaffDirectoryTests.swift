import Testing
@testable import GridPlanner

/// A grid leader's staffing row names their 分网格 (DHS-05), not the grids; each grid beneath it
/// must still find its leader, and a zone leader reaches grids two levels down.
@Test func everyGridFindsTheLeaderOfTheUnitAboveIt() {
    func unit(_ code: String, _ level: Int, _ parent: Int?, _ children: [Int]) -> StructureUnit {
        StructureUnit(code: code, level: level, parent: parent, children: children, centre: 0, area: nil, isSpecial: false)
    }
    let structure = Structure(
        levelIDs: ["top", "zone", "leader_group", "grid"], levelNames: ["总网格", "片区", "分网格", "网格"],
        units: [[unit("DHS", 0, nil, [0])],
                [unit("DHS-Z1", 1, 0, [0, 1])],
                [unit("DHS-05", 2, 0, [0, 1]), unit("DHS-06", 2, 0, [2])],
                [unit("DHS-05-01", 3, 0, []), unit("DHS-05-02", 3, 0, []), unit("DHS-06-01", 3, 1, [])]])
    var directory = StaffDirectory(staff: [
        StaffMember(personID: "P1", name: "方勇江", phone: "133", post: .gridLeader, units: ["DHS-05"]),
        StaffMember(personID: "P2", name: "刘山", phone: "134", post: .gridLeader, units: ["DHS-06"]),
        StaffMember(personID: "P3", name: "张秀娜", phone: "130", post: .gridMember, units: ["DHS-05-02"]),
        StaffMember(personID: "P4", name: "王永", phone: "156", post: .zoneLeader, units: ["DHS-Z1"]),
        StaffMember(personID: "P5", name: "贾忠辉", phone: "183", post: .chief, units: ["DHS"]),
    ])
    #expect(directory.contacts(forGrid: "DHS-05-02").leaderName == nil)

    directory.addGridsBeneathUnits(of: structure)

    #expect(directory.contacts(forGrid: "DHS-05-01").leaderName == "方勇江")
    #expect(directory.contacts(forGrid: "DHS-05-02") == GridContacts(memberName: "张秀娜", memberPhone: "130",
                                                                      leaderName: "方勇江", leaderPhone: "133"))
    #expect(directory.contacts(forGrid: "DHS-06-01").leaderName == "刘山")
    #expect(directory.staff[3].units == ["DHS-Z1", "DHS-05-01", "DHS-05-02", "DHS-06-01"])
    #expect(directory.staff[4].units == ["DHS"])
}
