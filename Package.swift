// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "cs",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cs", targets: ["cs"]),
        .executable(name: "cs-bench", targets: ["cs-bench"]),
    ],
    targets: [
        // The desk's rules and the store: never prints, never exits, never reads argv.
        .target(name: "CSCore", dependencies: ["CSysShims"], exclude: ["README.md"]),
        // The one C call Swift's Glibc module lacks (syncfs), in our own four lines of C.
        .target(name: "CSysShims"),
        // Arguments → core calls → rendered results; the message catalog.
        .target(name: "CSCLI", dependencies: ["CSCore"]),
        // Linux release: one static executable. No dynamic loader, no shared libraries to map and
        // relocate: start-up (measured by cs-bench) drops from about 2 ms to 1 ms, which is most of
        // what a one-shot desk command costs.
        .executableTarget(name: "cs", dependencies: ["CSCLI", "CSCore"],
                          linkerSettings: [.unsafeFlags(["-static-executable"],
                                                        .when(platforms: [.linux], configuration: .release))]),
        // The performance benchmark (issue 6): data generator and timings against sqlite3.
        .executableTarget(name: "cs-bench", dependencies: ["CSCore"]),
        .testTarget(name: "CSCoreTests", dependencies: ["CSCore"]),
        .testTarget(name: "CSCLITests", dependencies: ["CSCLI", "CSCore"]),
        // Depends on the executable so `swift test` builds the real `cs` it spawns.
        .testTarget(name: "EndToEndTests", dependencies: ["cs", "CSCore"]),
    ],
    swiftLanguageModes: [.v6]
)
