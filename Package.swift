// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GridPlanner",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "GridPlanner", targets: ["GridPlanner"]),
        .executable(name: "planner", targets: ["PlannerCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", from: "0.18.2"),
    ],
    targets: [
        // GLPK 5 from Debian's libglpk-dev, with a small C shim that turns GLPK's
        // fatal errors into return codes (glp_error_hook must longjmp, which Swift cannot).
        .target(
            name: "CGLPK",
            linkerSettings: [.linkedLibrary("glpk")]
        ),
        .target(
            name: "GridPlanner",
            dependencies: [
                "CGLPK",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
            ]
        ),
        .executableTarget(
            name: "PlannerCLI",
            dependencies: [
                "GridPlanner",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "GridPlannerTests",
            dependencies: [
                "GridPlanner",
                // The xlsx tests write their workbooks with it.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
