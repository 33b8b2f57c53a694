#!/usr/bin/env bash
# The README's five-minute tour, line by line, on a throw-away data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
cs=${CS:-.build/release/cs}
export CS_DATA_DIR=$(mktemp -d)/cs CS_CLERK=lily CS_NOW=2026-11-23T10:00:00+08:00
set -x
$cs init
$cs member import --from Examples/members.csv --dry-run
$cs member import --from Examples/members.csv
$cs member list --sort birthday
$cs member find --name 张
$cs member show 13800138000
$cs member add --name 林青霞 --phone 13811112222 --birthday 1970-11-03 --first-purchase 999 --charter-signed
card=$($cs member show 13800138000 --field card)
$cs member earn "$card" --amount 588.50 --receipt R-1001 --slip
$cs member earn "$card" --amount 10 --receipt R-1001 || echo "refused, exit $?"
$cs member earn 13811112222 --amount 30 --receipt R-1002
$cs undo
$cs member earn "$card" --amount 30 --receipt R-1002
$cs member redeem "$card" --voucher 50
$cs member topup "$card" --amount 1000 --receipt T-1 && $cs member pay "$card" --amount 99 --receipt P-77
$cs member adjust "$card" --amount -1 --reason "coin-slip test"
$cs member price "$card" --amount 100 --store-discount 0.8
$cs member reissue "$card" --reason lost --yes
$cs member topup 13811112222 --amount 200
$cs member cancel 13811112222 --reason moving || echo "refused, exit $?"
$cs member cancel 13811112222 --reason moving --refund --yes
$cs --lang zh member history 13800138000
$cs member takings
$cs export members --csv --excel --out "$CS_DATA_DIR/../members.csv"
$cs log --since today
$cs doctor
export CS_NOW=2026-11-24T09:00:00+08:00
$cs birthday list
$cs birthday upcoming --within 40
$cs --lang zh birthday greet
$cs birthday gift prepare 13800138000 --item 毛巾 --picked-up-by lily
$cs birthday gift give G01-1 --id-checked
$cs birthday gift reconcile
export CS_NOW=2026-11-24T21:40:00+08:00
$cs lostfound add --item 手机 --color 黑色 --where 8号包厢 --handed-in-by 小李 --supervisor 王经理
$cs lostfound add --item 雨伞 --color 黑色 --where 大堂 --handed-in-by 小李 --supervisor 王经理 --found-at 2026-11-22T08:00
$cs lostfound list --search 黑色
CS_NOW=2026-11-24T23:05:00+08:00 $cs lostfound sweep --to center --apply --received-by 客服中心
CS_NOW=2026-11-25T08:30:00+08:00 $cs lostfound sweep || echo "due, exit $?"
CS_NOW=2026-11-25T09:00:00+08:00 $cs lostfound sweep --to general-affairs --apply --received-by 赵主任
$cs lostfound claim L01-1 --claimant 张三 --phone 13912345678 --id-number 110101199001011234 --described "黑色手机,壳上有猫" --supervisor 王经理
$cs --lang zh lostfound show L01-2
$cs lostfound list --csv
$cs doctor
export CS_NOW=2026-11-25T10:00:00+08:00
$cs invoice stock add --code 144031900111 --from 00000001 --to 00000500
$cs invoice issue --receipt R-1001 --amount 588.50 --room 8 --slip
$cs invoice issue --receipt R-1001 --amount 588.50 || echo "refused, exit $?"
$cs invoice issue --receipt R-1003 --amount 1200 --title 某某公司 --tax-id 91440300708461136X || echo "refused, exit $?"
$cs invoice issue --receipt R-1003 --amount 1200 --title 某某公司 --tax-id 91440300708461136T --number 00000003
$cs invoice void 00000001 --reason "wrong title"
CS_NOW=2026-11-25T15:00:00+08:00 $cs invoice handover --to wang || echo "refused, exit $?"
$cs invoice explain 00000002 --reason torn
CS_NOW=2026-11-25T15:00:00+08:00 $cs invoice handover --to wang --petty-cash 500 --finance 李会计 --remark 无问题
CS_NOW=2026-11-25T23:30:00+08:00 $cs invoice handover --close --witness 保安张 --remark 无问题
$cs --lang zh invoice sheet H01-1
CS_NOW=2026-11-25T23:30:00+08:00 $cs invoice report
$cs doctor
export CS_NOW=2026-11-25T10:00:00+08:00
$cs complaint new --customer 张女士 --phone 13800138000 --matter "包厢空调不制冷" --staff a07 --room 8 --category 服务
CS_NOW=2026-11-25T11:00:00+08:00 $cs complaint escalate C01-1 --to 王经理
CS_NOW=2026-11-25T12:00:00+08:00 $cs complaint wait C01-1 --reason "顾客发照片"
CS_NOW=2026-11-25T16:00:00+08:00 $cs complaint resume C01-1
$cs complaint follow-up C01-1 --satisfaction 5 || echo "refused, exit $?"
CS_NOW=2026-11-26T10:00:00+08:00 $cs complaint resolve C01-1 --resolution "退还包厢费"
CS_NOW=2026-11-26T15:00:00+08:00 $cs complaint follow-up C01-1 --satisfaction 4
$cs member show 13800138000
CS_NOW=2026-11-30T09:00:00+08:00 $cs complaint overdue || echo "overdue check, exit $?"
$cs --lang zh complaint report --month 2026-11
$cs doctor
export CS_NOW=2026-11-26T10:00:00+08:00
$cs lend stock add --item 轮椅 --ids W1-W5
$cs lend stock add --item 雨伞 --count 30
$cs lend out 轮椅 --to 张三 --phone 13800138000 --deposit-id 110101199003074514 --due 18:00
$cs lend out W1 --to 李四 --phone 13900001111 || echo "refused, exit $?"
$cs lend out 雨伞 --to 李四 --phone 13900001111 --deposit 50
CS_NOW=2026-11-26T19:00:00+08:00 $cs lend overdue || echo "overdue check, exit $?"
CS_NOW=2026-11-26T19:30:00+08:00 $cs lend back B01-1
CS_NOW=2026-11-26T21:00:00+08:00 $cs lend back B01-2 --damaged "伞骨断了一根" --keep 20
CS_NOW=2026-11-26T22:15:00+08:00 $cs --lang zh lend report
$cs lend stock list
$cs doctor
export CS_NOW=2026-11-26T10:00:00+08:00
$cs keep in --tag 17 --what "行李箱 黑色" --seal S123 --phone 13800138000 --name 张三
$cs keep in --tag 17 --what 背包 --phone 13900001111 || echo "refused, exit $?"
$cs keep in --tag 3 --what 背包 --phone 13900001111
$cs keep out 17 || echo "refused, exit $?"
$cs keep out 17 --seal S123
CS_NOW=2026-11-29T10:00:00+08:00 $cs keep sweep --apply --received-by 客服中心
$cs --lang zh lostfound list --search 背包
$cs doctor
export CS_NOW=2026-11-26T10:00:00+08:00
$cs followup plan --from Examples/discharged.csv
$cs followup plan --from Examples/discharged.csv
$cs followup add --name 张三 --phone 13800138000 --reason 包厢预订回访
$cs followup due || echo "calls due, exit $?"
$cs followup call F01-1 --no-answer --note 关机
$cs followup call F01-3 --reached --satisfaction 2 --scores 5,1,3 --comment "包厢卫生差"
$cs followup complain F01-3
$cs --lang zh followup report
$cs doctor
$cs ask new --name 王女士 --phone 13800138000 --topic 预约 --text "周六晚上大包还有吗"
CS_CLERK=mei $cs ask answer Q01-1 --answer 有 || echo "refused, exit $?"
$cs ask pass Q01-1 --to mei --note "等经理确认价格"
CS_CLERK=mei $cs ask answer Q01-1 --answer "已预留 V08 大包"
$cs ask new --channel on-site --name 李先生 --topic 寻人 --text "找穿红衣服的五岁男孩"
$cs ask answer Q01-2 --found --answer "孩子在 3 号门找到"
$cs ask note --text "8 号包厢空调不制冷,已报工程部"
$cs --lang zh today || echo "board, exit $?"
$cs doctor
