/// Draws plausible Chinese personal names: a common surname and a one- or two-character
/// given name, from character lists typical of rural adults born 1940-2000.
enum ChineseNames {
    /// Common surnames with rough shares (per cent of the population).
    static let surnames: [(name: String, share: Double)] = [
        ("王", 7.1), ("李", 7.0), ("张", 6.7), ("刘", 5.4), ("陈", 4.6), ("杨", 3.1), ("赵", 2.3),
        ("黄", 2.2), ("周", 2.1), ("吴", 2.0), ("徐", 1.7), ("孙", 1.5), ("胡", 1.3), ("朱", 1.3),
        ("高", 1.3), ("林", 1.2), ("何", 1.2), ("郭", 1.2), ("马", 1.1), ("罗", 0.9), ("梁", 0.9),
        ("宋", 0.8), ("郑", 0.8), ("谢", 0.7), ("韩", 0.7), ("唐", 0.6), ("冯", 0.6), ("于", 0.6),
        ("董", 0.6), ("萧", 0.5), ("程", 0.5), ("曹", 0.5), ("袁", 0.5), ("邓", 0.5), ("许", 0.5),
        ("傅", 0.4), ("沈", 0.4), ("曾", 0.4), ("彭", 0.4), ("吕", 0.4), ("苏", 0.4), ("卢", 0.4),
        ("蒋", 0.4), ("蔡", 0.4), ("贾", 0.3), ("丁", 0.3), ("魏", 0.3), ("薛", 0.3), ("叶", 0.3),
        ("阎", 0.3), ("余", 0.3), ("潘", 0.3), ("杜", 0.3), ("戴", 0.3), ("夏", 0.3), ("钟", 0.3),
        ("汪", 0.3), ("田", 0.3), ("任", 0.3), ("姜", 0.3), ("范", 0.3), ("方", 0.3), ("石", 0.3),
        ("姚", 0.2), ("谭", 0.2), ("廖", 0.2), ("邹", 0.2), ("熊", 0.2), ("金", 0.2), ("陆", 0.2),
        ("郝", 0.2), ("孔", 0.2), ("白", 0.2), ("崔", 0.2), ("康", 0.2), ("毛", 0.2), ("邱", 0.2),
        ("秦", 0.2), ("江", 0.2), ("史", 0.2), ("顾", 0.2), ("侯", 0.2), ("邵", 0.2), ("孟", 0.2),
    ]
    private static let surnameWeights = surnames.map(\.share)

    static let maleCharacters: [String] = Array(
        "建国军明伟强勇杰磊涛斌俊峰刚辉波宏亮志海东立文华平春生林德福贵山永金宝成保庆红兵新民利树江中祥胜学忠和义长顺荣"
    ).map(String.init)
    static let femaleCharacters: [String] = Array(
        "秀英兰芳玉桂凤霞丽敏静娟燕萍红梅珍莲琴云华淑颖艳娜春菊香月翠荣秀娥兰花彩爱芬琳雪婷慧"
    ).map(String.init)

    static func surname(using rng: inout SeededGenerator) -> String {
        surnames[rng.weightedIndex(surnameWeights)].name
    }

    static func givenName(female: Bool, using rng: inout SeededGenerator) -> String {
        let characters = female ? femaleCharacters : maleCharacters
        let first = rng.element(of: characters)
        guard rng.chance(0.7) else { return first }
        var second = rng.element(of: characters)
        if second == first && rng.chance(0.7) { second = rng.element(of: characters) }
        return first + second
    }

    static func fullName(surname: String, female: Bool, using rng: inout SeededGenerator) -> String {
        surname + givenName(female: female, using: &rng)
    }
}
