import CSCore

/// `cs sync`'s messages, English and Chinese side by side.
extension SyncMessage {
    var text: Text {
        switch self {
        case .gitMissing:
            Text(
                en: "cs sync needs the system git, which is not installed (every other command works without it)",
                zh: "cs sync 需要系统中的 git,但未安装(其他命令不受影响)")
        case .gitFailed: Text(en: "git {0} failed — {1}", zh: "git {0} 失败 — {1}")
        case .notSynced:
            Text(
                en: "{0} is not synced — run cs sync init --remote URL first",
                zh: "{0} 尚未设置同步 — 请先运行 cs sync init --remote 地址")
        case .alreadySynced: Text(en: "already synced with {0}", zh: "已与 {0} 同步")
        case .deskTaken:
            Text(
                en: "desk id {0} is already registered in the shared store — choose another with --desk (free: {1})",
                zh: "前台编号 {0} 已在共享数据中登记 — 请用 --desk 另选(可用:{1})")
        case .bothHaveRecords:
            Text(
                en: "both this data directory and {0} hold records — join with an empty data directory "
                    + "(cs init in a new one), or start the shared store from this one with an empty remote",
                zh: "本数据目录和 {0} 都已有记录 — 请用空的数据目录加入(在新目录运行 cs init),"
                    + "或以本目录为起点、使用空的远端仓库")
        case .pushRaced:
            Text(
                en: "other desks sent their changes first {0} times in a row — run cs sync again",
                zh: "其他前台连续 {0} 次先行提交 — 请再次运行 cs sync")
        case .refusedCommit:
            Text(
                en: "refused commit {0} from the remote: {1} — {2}; nothing of it was taken and this desk works on "
                    + "— ask the chain's administrator to reset the remote to the commit before it "
                    + "(man cs-sync, TRUST)",
                zh: "拒收远端提交 {0}:{1} — {2};该提交的内容一概未取,本前台照常工作 — "
                    + "请连锁管理员把远端退回到它之前的提交(见 cs sync --help)")
        case .foreignSetting:
            Text(
                en: "this desk's git settings hold {0}, which cs never sets (a peer's commit may have planted it) "
                    + "— remove it with: git -C {1} config --unset-all {0}",
                zh: "本前台的 git 设置中有 cs 从不设置的 {0}(可能由其他前台的提交植入)"
                    + "— 请用以下命令删除:git -C {1} config --unset-all {0}")
        case .quarantined:
            Text(
                en: "refused: lines from the remote kept aside: {0} — see cs sync conflicts --all",
                zh: "拒收:远端的 {0} 行已隔离 — 见 cs sync conflicts --all")
        case .configChanged:
            Text(en: "settings: {0} {1} → {2} (desk {3}, clerk {4})", zh: "设置:{0} {1} → {2}({3} 号前台,经办人 {4})")
        case .configRefused:
            Text(
                en: "settings: {0} = {1} from desk {4} refused ({2}); this desk keeps {3}",
                zh: "设置:拒收 {4} 号前台的 {0} = {1}({2});本前台保留 {3}")
        case .conflictRefused:
            Text(
                en: "refused from the remote: {0} {1} — {2} (kept aside, not merged)",
                zh: "拒收远端数据:{0} {1} — {2}(已隔离,未合并)")
        case .conflictForged:
            Text(
                en: "refused from the remote: {0} {1} — written in another desk's name by desk {2} "
                    + "(kept aside, not merged)",
                zh: "拒收远端数据:{0} {1} — 由 {2} 号前台以其他前台的名义写入(已隔离,未合并)")
        case .conflictState:
            Text(
                en: "{0} {1}: its state was changed at two desks, each its own way; the later one is kept whole "
                    + "— check it and take the next step on it (that settles this)",
                zh: "{0} {1}:两个前台各自改变了它的状态;保留了较晚的一方(整组字段)— "
                    + "请核实并办理下一步(即视为已处理)")
        case .doctorConflict:
            Text(
                en: "open sync conflict (not damage; settled by the usual commands): {0}",
                zh: "未解决的同步冲突(不是数据损坏,用常规命令处理):{0}")
        case .doctorQuarantine:
            Text(
                en: "lines from the remote kept aside in the quarantine: {0} (.git/cs-quarantine.jsonl; "
                    + "cs sync conflicts --all)",
                zh: "远端的 {0} 行已隔离(.git/cs-quarantine.jsonl;见 cs sync conflicts --all)")
        case .keygenMissing:
            Text(
                en: "cs sync needs ssh-keygen (OpenSSH) to make this desk's signing key, and it is not installed",
                zh: "cs sync 需要 ssh-keygen(OpenSSH)来生成本前台的签名密钥,但未安装")
        case .noKey:
            Text(
                en: "desk {0} has published no key yet — it publishes one at its next cs sync",
                zh: "{0} 号前台尚未公布密钥 — 它在下次 cs sync 时公布")
        case .notTrusted:
            Text(
                en: "desk {0} is not trusted here: no key to revoke (cs sync admit trusts a desk)",
                zh: "本前台并未信任 {0} 号前台:没有可撤销的密钥(信任某前台请用 cs sync admit)")
        case .confirmFingerprint:
            Text(
                en: "desk {0}'s key: {1} — ask desk {0} by phone to read out theirs (cs sync status shows it); "
                    + "if it is the same, run cs sync admit {0} --fingerprint with it",
                zh: "{0} 号前台的密钥:{1} — 请电话请对方念出其指纹(cs sync status 可见);"
                    + "一致时运行 cs sync admit {0} --fingerprint 指纹")
        case .fingerprintMismatch:
            Text(
                en: "desk {0} published no key with that fingerprint (it published {1}) — do not admit it "
                    + "until the two agree",
                zh: "{0} 号前台未公布该指纹的密钥(已公布:{1})— 两者一致前请勿准入")
        case .admitted:
            Text(
                en: "desk {0} admitted (key {1}): its changes are taken from the next cs sync",
                zh: "已准入 {0} 号前台(密钥 {1}):下次 cs sync 起接收其更改")
        case .revoked:
            Text(
                en: "desk {0} no longer trusted here ({1} keys removed): its changes from now on are not taken",
                zh: "本前台不再信任 {0} 号前台(移除 {1} 个密钥):此后不再接收其更改")
        case .unsigned:
            Text(
                en: "not taken: changes on the remote no desk signed, which no desk writes — the chain's "
                    + "administrator resets the remote to the commit before them (man cs-sync, TRUST)",
                zh: "未接收:远端有未经任何前台签名的更改,正常前台不会写出 — 请连锁管理员把远端退回到它们之前的提交"
                    + "(见 man cs-sync 的 TRUST 一节)")
        case .statusKey: Text(en: "this desk's key: {0}", zh: "本前台密钥:{0}")
        case .stranger:
            Text(
                en: "not taken: changes signed by desk {0} (key {1}), which is not admitted here — compare the "
                    + "fingerprint by phone, then cs sync admit {0} --fingerprint {1}",
                zh: "未接收:{0} 号前台(密钥 {1})签名的更改,该前台尚未在本前台获准 — 电话核对指纹后运行 "
                    + "cs sync admit {0} --fingerprint {1}")
        case .created: Text(en: "desk {0} started the shared store at {1}", zh: "前台 {0} 已在 {1} 建立共享数据")
        case .joined: Text(en: "desk {0} joined the shared store at {1}", zh: "前台 {0} 已加入 {1} 的共享数据")
        case .synced: Text(en: "synced with {0}", zh: "已与 {0} 同步")
        case .offline:
            Text(
                en: "offline ({0}): {1} changes committed here wait for the next cs sync",
                zh: "无法连接({0}):本机已保存的 {1} 项更改等待下次 cs sync")
        case .upToDate: Text(en: "nothing to send or receive", zh: "没有需要收发的更改")
        case .received: Text(en: "received: {0} records", zh: "收到:{0} 条记录")
        case .sent: Text(en: "sent: {0} changes", zh: "发出:{0} 项更改")
        case .conflictsOpen:
            Text(en: "{0} conflicts need a clerk — see cs sync conflicts", zh: "有 {0} 个冲突需要处理 — 见 cs sync conflicts")
        case .statusDesk: Text(en: "desk: {0}", zh: "前台:{0}")
        case .statusRemote: Text(en: "remote: {0}", zh: "远端:{0}")
        case .statusAhead: Text(en: "commits not yet sent: {0}", zh: "尚未发出的提交:{0}")
        case .statusBehind: Text(en: "commits fetched, not yet merged: {0}", zh: "已取回未合并的提交:{0}")
        case .statusWaiting: Text(en: "changes waiting to be sent: {0}", zh: "等待发出的更改:{0}")
        case .statusConflicts: Text(en: "open conflicts: {0}", zh: "未解决的冲突:{0}")
        case .statusFetched:
            Text(en: "(as of the last cs sync; status does not go online)", zh: "(以上次 cs sync 为准;status 不联网)")
        case .noConflicts: Text(en: "no open conflicts", zh: "没有未解决的冲突")
        case .conflictField:
            Text(
                en: "{0} {1}: {2} changed at two desks; kept {3}, the other value was {4}",
                zh: "{0} {1} 的 {2} 在两个前台都改过;保留 {3},另一值为 {4}")
        case .resolved: Text(en: "(settled) {0}", zh: "(已处理){0}")
        case .boardTitle: Text(en: "Sync conflicts", zh: "同步冲突")
        case .resolveHint:
            Text(en: "resolved conflicts drop off this list by themselves", zh: "处理后的冲突会自动从列表中消失")
        }
    }
}
