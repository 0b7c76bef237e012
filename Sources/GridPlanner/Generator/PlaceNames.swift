/// Invented place names in two regional flavours: North China hamlets (东沟, 后峪) and
/// Fujian villages (后洋村, 石厝村), plus town and street names. None is meant to be a real place.
enum PlaceNames {
    private static let northFirst = Array("东西南北前后上下大小老新").map(String.init)
    private static let northSecond = Array("沟峪台庄岭洼坡院营坨").map(String.init)
    private static let southFirst = Array("上下前后东西大小新青白石竹林溪高坑岭洋").map(String.init)
    private static let southSecond = Array("洋厝坑岭溪山头埔坂里口亭湖洲尾岐垅").map(String.init)
    private static let townFirst = Array("青白石竹清南桐梧溪金玉兰").map(String.init)
    private static let townSecond = Array("溪源口洋坪湖岭峰浦山").map(String.init)
    static let streets: [String] = [
        "建设路", "人民路", "解放路", "中山路", "新华街", "文化街", "朝阳路", "和平路", "兴业路", "滨江路",
        "育才路", "学府路", "振兴街", "商贸街", "民主路", "青年路", "环城路", "站前路", "团结街", "幸福路",
    ]
    static let communitySuffixes: [String] = ["城东", "城西", "城南", "城北", "镇中", "新区", "溪滨", "江景"]

    /// `count` distinct North China hamlet names (东沟, 后峪, ...).
    static func hamlets(_ count: Int, using rng: inout SeededGenerator) -> [String] {
        distinct(count, first: northFirst, second: northSecond, suffix: "", using: &rng)
    }

    /// `count` distinct Fujian-style village names ending in 村.
    static func villages(_ count: Int, using rng: inout SeededGenerator) -> [String] {
        distinct(count, first: southFirst, second: southSecond, suffix: "村", using: &rng)
    }

    /// `count` distinct town names ending in 镇.
    static func towns(_ count: Int, using rng: inout SeededGenerator) -> [String] {
        distinct(count, first: townFirst, second: townSecond, suffix: "镇", using: &rng)
    }

    private static func distinct(
        _ count: Int, first: [String], second: [String], suffix: String, using rng: inout SeededGenerator
    ) -> [String] {
        var stems: [String] = []
        for a in first { for b in second { stems.append(a + b) } }
        rng.shuffle(&stems)
        // More names than pairs: the extra ones are numbered, as in 后洋二村.
        return (0..<count).map { i in
            let stem = stems[i % stems.count]
            return i < stems.count ? stem + suffix : stem + ChineseNumerals.text(i / stems.count + 1) + suffix
        }
    }
}
