/// This desk's own git settings: only what `cs sync init` and git's own `init` make. A setting
/// outside them (`core.fsmonitor`, a hook path, a filter, a second merge driver) is how a
/// commit that once replaced `.git/config` runs a command at every later sync, so the sync
/// stops and says how to remove it rather than run git under it.
extension Sync {
    static let ownSettings: Set<String> = [
        "core.repositoryformatversion", "core.filemode", "core.bare", "core.logallrefupdates",
        "core.sharedrepository", "core.quotepath", "core.ignorecase", "core.precomposeunicode",
        "receive.denynonfastforwards", "merge.cs.name", "merge.cs.driver", "user.name", "user.email",
        "remote.origin.url", "remote.origin.fetch", "branch.main.remote", "branch.main.merge",
        "fetch.fsckobjects", "transfer.fsckobjects", "receive.fsckobjects",
        "fetch.fsck.zeropaddedfilemode", "gc.auto",
    ]

    /// The first setting in `.git/config` cs never makes, if any.
    func foreignSetting() throws -> String? {
        let names = try git.must(["config", "--local", "--list", "--name-only"]).lines
        return names.first { !Sync.ownSettings.contains($0.lowercased()) }
    }

    func requireOwnSettings() throws {
        if let key = try foreignSetting() { throw SyncError.foreignSetting(key: key, root: root) }
    }

    /// What git is told at every merge, whatever `.git/config` says of the cs driver.
    var mergeDriverSettings: [String] {
        ["-c", "merge.cs.driver='\(executable)' sync merge-file %O %A %B %P"]
    }
}
