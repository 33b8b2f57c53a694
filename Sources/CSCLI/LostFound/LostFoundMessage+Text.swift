import CSCore

/// The texts of the lost-and-found desk, English and Chinese side by side.
extension LostFoundMessage: Phrased {
    var text: Text {
        switch self {
        case .notFound:
            Text(
                en: "no item {0} — item ids look like L01-7 ('cs lostfound list' shows them)",
                zh: "没有物品 {0} — 物品编号形如 L01-7('cs lostfound list' 可查看)")
        case .alreadyClaimed:
            Text(
                en: "item {0} was claimed on {1} — a claimed item cannot be moved or claimed again",
                zh: "物品 {0} 已于 {1} 被认领 — 已认领的物品不能再移交或认领")
        case .alreadyDisposed:
            Text(
                en: "item {0} was disposed of on {1} — it cannot be moved or claimed any more",
                zh: "物品 {0} 已于 {1} 处理 — 不能再移交或认领")
        case .alreadyThere:
            Text(en: "item {0} is already held at {1}", zh: "物品 {0} 已存放在 {1}")
        case .notWithGeneralAffairs:
            Text(
                en: "item {0} is held at {1} — general affairs disposes of what it holds: first 'cs lostfound move "
                    + "{0} --to general-affairs --received-by NAME'",
                zh: "物品 {0} 存放在 {1} — 总务处只处理其保管的物品:请先 'cs lostfound move {0} --to general-affairs "
                    + "--received-by 姓名'")
        case .foundInFuture:
            Text(
                en: "invalid value for --found-at: '{0}' is in the future — when was it found?",
                zh: "--found-at 的值无效:'{0}' 是将来的时间 — 请填写实际拾获时间")
        case .badPhoto:
            Text(
                en: "invalid value for --photo: '{0}' is not a readable, non-empty file of at most {1} MB",
                zh: "--photo 的值无效:'{0}' 不是可读取的非空文件,或超过 {1} MB")
        case .sweepInFuture:
            Text(
                en: "invalid value for --as-of: '{0}' is in the future — --apply moves items now; look ahead without "
                    + "--apply",
                zh: "--as-of 的值无效:'{0}' 是将来的时间 — --apply 只能按现在执行;预览请去掉 --apply")
        case .added:
            Text(
                en: "registered {0}: {1}, held at the {2} — write {0} on the tag",
                zh: "已登记 {0}:{1},存放于{2} — 请在标签上写 {0}")
        case .moved:
            Text(en: "{0}: {1} → {2}, received by {3}", zh: "{0}:{1} → {2},接收人 {3}")
        case .claimed:
            Text(en: "{0} ({1}) claimed by {2}", zh: "{0}({1})已由 {2} 认领")
        case .disposed:
            Text(en: "{0} ({1}) disposed of: {2}", zh: "{0}({1})已处理:{2}")
        case .sweepNothing:
            Text(en: "nothing due as of {0}", zh: "截至 {0} 没有到期事项")
        case .sweepDue:
            Text(
                en: "{0} move(s) due as of {1} — 'cs lostfound sweep --apply --received-by NAME' does them",
                zh: "截至 {1} 有 {0} 项待移交 — 'cs lostfound sweep --apply --received-by 姓名' 执行移交")
        case .sweepMoved:
            Text(en: "moved {0} item(s)", zh: "已移交 {0} 件物品")
        case .sweepDisposalDue:
            Text(
                en: "{0} item(s) unclaimed for the disposal period: general affairs decides ('cs lostfound dispose ID "
                    + "--how …')",
                zh: "{0} 件物品超过保管期限无人认领:由总务处处理('cs lostfound dispose 编号 --how …')")
        case .sweepToCenter:
            Text(
                en: "{0}  {1}  at the {2} after closing ({3}): to the service center",
                zh: "{0}  {1}  营业结束({3})仍在{2}:移交客服中心")
        case .sweepToGeneralAffairs:
            Text(
                en: "{0}  {1}  at the {2}, unclaimed for the set days on {3}: to general affairs",
                zh: "{0}  {1}  存放于{2},{3} 起逾期未认领:应移交总务处")
        case .sweepDisposal:
            Text(
                en: "{0}  {1}  with general affairs, due for disposal since {3}",
                zh: "{0}  {1}  在总务处,{3} 起到期待处理")
        case .custodyLine:
            Text(
                en: "{0}  {1} → {2}  handed over by {3}, received by {4}  {5}",
                zh: "{0}  {1} → {2}  交出 {3},接收 {4}  {5}")
        case .boardTitle: Text(en: "Lost and found", zh: "客遗物")
        case .boardSafe: Text(en: "in the safe  {0}  {1}  since {2}", zh: "保险柜  {0}  {1}  自 {2}")
        case .doctorCustodyDisagrees:
            Text(
                en: "item {0} is held at {1} but its chain of custody ends at {2}",
                zh: "物品 {0} 记为存放在 {1},但交接记录最后交到 {2}")
        case .doctorPhotoMissing:
            Text(en: "item {0}'s photo {1} is missing from the data directory", zh: "物品 {0} 的照片 {1} 在数据目录中缺失")
        }
    }
}
