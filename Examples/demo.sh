#!/usr/bin/env bash
# Builds a demo desk — a month of a KTV's service desk — through cs itself, so every record went
# through the same rules, lock and journal as a clerk's. Deterministic: the same data every run
# (fixed CS_NOW for every step, no random numbers but our own sequence). Under a minute.
#
#   Examples/demo.sh [DIR]        DIR defaults to /tmp/cs-demo; it must not exist yet (or be empty)
#   CS=path/to/cs Examples/demo.sh   use this binary (default: cs on PATH, else .build/release/cs)
#
# "Now" on the demo desk is Monday 2026-11-23, 09:30 in Beijing: the morning shift opens.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -z "${CS:-}" ]; then
  if command -v cs >/dev/null 2>&1; then CS=$(command -v cs); else CS=$here/../.build/release/cs; fi
fi
dir=${1:-/tmp/cs-demo}
if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
  echo "demo.sh: $dir already holds something; give an empty or new directory (nothing was changed)" >&2
  exit 2
fi
export CS_DATA_DIR=$dir LANG=C.UTF-8
unset CS_LANG CS_CLERK
NOW=2026-11-23T09:30:00+08:00
export CS_NOW=$NOW   # each step below sets its own time; the lookups run at the demo's now

# cs as CLERK at TIME: at 2026-11-05T14:00 lily member earn …
at() {
  local time=$1 clerk=$2
  shift 2
  CS_NOW=$time+08:00 CS_CLERK=$clerk "$CS" "$@" >/dev/null
}
# The same, for a check that exits 4 when it finds something (the demo plants what it finds).
found() {
  local status=0
  at "$@" || status=$?
  [ "$status" = 4 ] || { echo "demo.sh: expected exit 4 from: ${*:3} (got $status)" >&2; exit 1; }
}
# Our own pseudo-random sequence (a 31-bit LCG): the same numbers on every machine and shell.
seed=20261123
pick() {
  seed=$(( (seed * 1103515245 + 12345) % 2147483648 ))
  n=$(( (seed / 65536) % $1 ))
}
two() { printf '%02d' "$1"; }

# --- the data directory and the members -------------------------------------------------------
at 2026-10-23T08:00 lily init
at 2026-10-23T08:05 lily member import --from "$here/members.csv"

surnames=(王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗)
given=(伟 芳 娜 秀英 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀兰 霞 平 刚 晓东 思雨 子涵 浩然 欣怡 一鸣 雨桐 嘉怡)
first=(Alice Ben Chloe David Emma Frank Grace Henry Ivy Jack Kate Leo Mia Noah Olivia Peter Ruby Sam Tina Victor)
last=(Wong Chan Lee Smith Brown Tan Ng Lim Garcia Müller)
tiers=(regular regular regular regular silver silver gold diamond)
csv=$(mktemp)
trap 'rm -f "$csv"' EXIT
phones=()
november=()   # day of a November birthday → that member's phone (bash 3 on macOS: no maps)
echo "name,phone,birthday,gender,tier,points,balance,address,note" >"$csv"
for i in $(seq 1 300); do
  phone=139$(printf '%08d' $(( 20000000 + i * 3571 )))
  phones+=("$phone")
  if (( i % 4 == 0 )); then
    pick ${#first[@]}; f=${first[$n]}
    pick ${#last[@]}; name="$f ${last[$n]}"
  else
    pick ${#surnames[@]}; s=${surnames[$n]}
    pick ${#given[@]}; name=$s${given[$n]}
  fi
  pick 2; gender=$([ "$n" = 0 ] && echo 男 || echo 女)
  if (( i % 10 == 0 )); then       # one member for every day of this month, the rest spread over the year
    month=11; day=$(( i / 10 ))
    november[$day]=$phone
  else
    pick 12; month=$(( n + 1 )); pick 28; day=$(( n + 1 ))
  fi
  pick 40; year=$(( 1960 + n ))
  pick ${#tiers[@]}; tier=${tiers[$n]}
  pick 30; points=$(( n * 100 ))
  pick 5; balance=$([ "$n" = 0 ] && echo 0 || echo $(( n * 500 )).00)
  echo "$name,$phone,$year-$(two $month)-$(two $day),$gender,$tier,$points,$balance,," >>"$csv"
done
at 2026-10-23T08:10 lily member import --from "$csv"

# --- a month of points, stored value and redemptions (24 Oct – 22 Nov) ------------------------
days=()
for d in $(seq 24 31); do days+=("2026-10-$d"); done
for d in $(seq 1 22); do days+=("2026-11-$(two "$d")"); done
receipt=1000
for day in "${days[@]}"; do
  for k in $(seq 1 8); do
    pick 300; who=${phones[$n]}
    pick 900; amount=$(( n + 38 )).$(two $(( k * 7 % 100 )))
    pick 10; hour=$(two $(( 11 + k )))   # the day's earns in order: a change never comes before the last one
    receipt=$(( receipt + 1 ))
    at "${day}T$hour:1$k" lily member earn "$who" --amount "$amount" --receipt "R-$receipt"
  done
  pick 3
  if [ "$n" = 0 ]; then
    pick 300; who=${phones[$n]}
    at "${day}T19:30" mei member topup "$who" --amount 1000 --receipt "T-${day//-/}"
    at "${day}T21:05" mei member pay "$who" --amount 268.00 --receipt "P-${day//-/}"
  fi
done
# Redemptions: vouchers and a gift, from members whose opening points allow it (≥ 500 points).
redeemed=0
for i in $(seq 0 299); do
  (( redeemed < 12 )) || break
  pts=$("$CS" member show "${phones[$i]}" --field points)
  if (( pts >= 1500 )); then
    redeemed=$(( redeemed + 1 ))
    if (( redeemed % 4 == 0 )); then
      at "2026-11-22T20:$(two $(( redeemed + 10 )))" lily member redeem "${phones[$i]}" --gift 保温杯 --points 800
    else
      at "2026-11-22T20:$(two $(( redeemed + 10 )))" lily member redeem "${phones[$i]}" --voucher $(( (redeemed % 10 + 1) * 10 ))
    fi
  fi
done
# After the month's earns (a change is never dated before the member's last one).
at 2026-11-22T21:30 lily member reissue "${phones[10]}" --reason lost --yes
at 2026-11-22T21:35 mei member reissue "${phones[41]}" --reason damaged --yes
at 2026-11-22T21:40 lily member reissue "${phones[77]}" --reason lost --yes
at 2026-11-22T21:45 lily member suspend "${phones[120]}" --reason "card reported lost, new one not yet collected"
at 2026-11-22T21:50 mei member suspend "${phones[201]}" --reason "points dispute, see complaint"
at 2026-11-22T22:00 lily member adjust "${phones[5]}" --amount 5 --reason "找零差额补记"

# --- birthday gifts in every state ---------------------------------------------------------------
at 2026-11-01T09:00 lily birthday list
at 2026-11-04T10:00 lily birthday gift prepare "${november[5]}" --item 毛巾
at 2026-11-05T20:00 lily birthday gift give G01-1
at 2026-11-07T10:00 lily birthday gift prepare "${november[8]}" --item 蛋糕券 --picked-up-by mei
at 2026-11-08T21:00 mei birthday gift give G01-2
at 2026-11-09T10:00 lily birthday gift prepare "${november[10]}" --item 毛巾
at 2026-11-11T10:00 lily birthday gift return G01-3               # the member never came
at 2026-11-15T17:00 lily birthday gift reconcile
at 2026-11-19T10:00 lily birthday gift prepare "${november[20]}" --item 果盘券
at 2026-11-22T10:00 lily birthday gift prepare "${november[23]}" --item 蛋糕券   # for today's birthday
# G01-4 (20 Nov) was neither given nor returned: the board and the 30th's reconciliation flag it.

# --- lost and found at every custody step -------------------------------------------------------
at 2026-11-02T20:10 lily lostfound add --item 雨伞 --color 黑色 --where 大厅 --handed-in-by 小李 --supervisor 王经理 \
  --found-at 2026-11-02T20:00
at 2026-11-02T21:30 lily lostfound claim L01-1 --claimant 陈女士 --phone 13912340000 \
  --id-number 110101199001011234 --described "黑色长柄伞" --supervisor 王经理
at 2026-11-09T22:10 mei lostfound add --item 钱包 --color 棕色 --where "6号包厢" --handed-in-by 小周 --supervisor 王经理 \
  --description "内有身份证" --found-at 2026-11-09T22:00
at 2026-11-10T11:00 lily lostfound claim L01-2 --claimant 赵先生 --phone 13912340001 \
  --id-number 11010119850505123X --described "棕色皮夹,有身份证" --supervisor 王经理
at 2026-11-15T21:00 mei lostfound add --item 外套 --color 灰色 --where "3号包厢" --handed-in-by 小周 --supervisor 王经理
at 2026-11-15T23:05 mei lostfound sweep --to center --apply --received-by 客服中心
at 2026-11-18T21:30 mei lostfound sweep --to general-affairs --apply --received-by 赵主任
at 2026-11-19T20:30 mei lostfound add --item 帽子 --color 红色 --where 走廊 --handed-in-by 小吴 --supervisor 王经理
at 2026-11-19T23:05 mei lostfound sweep --to center --apply --received-by 客服中心
at 2026-11-20T14:00 lily lostfound add --item 手机 --color 白色 --where "8号包厢" --handed-in-by 小李 --supervisor 王经理 \
  --description "iPhone,蓝色手机壳"
at 2026-11-21T19:00 mei lostfound add --item 充电宝 --where 前台 --handed-in-by 小吴 --supervisor 王经理
at 2026-11-21T23:05 mei lostfound sweep --to center --apply --received-by 客服中心
at 2026-11-22T21:40 mei lostfound add --item 围巾 --color 米色 --where "12号包厢" --handed-in-by 小周 --supervisor 王经理
at 2026-11-23T09:10 lily lostfound add --item 眼镜 --where 洗手间 --handed-in-by 保洁 --supervisor 王经理
# An item of last year, unclaimed for the 365 days: disposed of by general affairs.
at 2026-11-06T10:00 lily lostfound add --item 水杯 --where 大厅 --handed-in-by 小李 --supervisor 王经理 \
  --found-at 2025-11-05T20:00
at 2026-11-06T10:05 lily lostfound move L01-9 --to general-affairs --received-by 赵主任 --reason "registered late"
at 2026-11-06T10:10 lily lostfound dispose L01-9 --how donated --note "慈善超市"
# The 帽子 (19 Nov) is due to general affairs since the 22nd and the 围巾 was left at the desk
# overnight: the board shows both as overdue.

# --- invoices: two ranges, a month of issuing, a day of A/B shifts with a gap ------------------
code=044001900111
at 2026-10-23T08:30 lily invoice stock add --code $code --from 00001001 --to 00001100
at 2026-11-20T08:30 lily invoice stock add --code $code --from 00002001 --to 00002200
r=5000
for day in "${days[@]:0:29}"; do
  r=$(( r + 1 ))
  pick 2000; at "${day}T20:15" mei invoice issue --receipt "S-$r" --amount "$(( n + 100 )).$(two $(( r % 100 )))" \
    --room "$(( r % 12 + 1 ))"
  case $day in
    2026-10-30) at "${day}T21:00" mei invoice void 00001007 --reason "写错金额" ;;
    2026-11-04) at "${day}T21:00" mei invoice redletter 00001005 --reason sales-return ;;  # October's: too late to void
    2026-11-18) at "${day}T20:40" mei invoice issue --electronic --number 26442000000012345678 --receipt S-7001 \
                  --amount 1280.00 --title "深圳市某某科技有限公司" --tax-id 91350100M000100Y43 ;;
  esac
done
# Sunday 22 November: the A shift (lily, 10:00–18:00), the handover, the B shift (mei), the close.
for k in $(seq 0 11); do
  r=$(( r + 1 ))
  at "2026-11-22T$(( 10 + k * 40 / 60 )):$(two $(( k * 40 % 60 )))" lily invoice issue --receipt "S-$r" \
    --amount "$(( k * 37 + 88 )).$(two $(( k * 13 % 100 )))" --room "$(( k % 12 + 1 ))"
done
at 2026-11-22T18:00 lily invoice handover --to mei --shift A
for k in $(seq 0 8); do
  r=$(( r + 1 ))
  at "2026-11-22T$(( 18 + (30 + k * 25) / 60 )):$(two $(( (30 + k * 25) % 60 )))" mei invoice issue --receipt "S-$r" \
    --amount "$(( k * 53 + 120 )).$(two $(( k * 29 % 100 )))" --room "$(( k % 12 + 1 ))"
done
# The last invoice of the night is voided (the guest wanted the company's title after all)…
voided=$("$CS" invoice list --receipt "S-$r" --field number)
at 2026-11-22T22:30 mei invoice void "$voided" --reason "顾客改开单位抬头"
# …and the clerk tears off the wrong page: the reissue goes out on the number after next. A gap.
skipped=$(printf '%08d' $(( 10#$voided + 2 )))
r=$(( r + 1 ))
at 2026-11-22T22:40 mei invoice issue --receipt "S-$r" --amount 456.00 --room 9 --title "广州某某贸易有限公司" \
  --number "$skipped"
found 2026-11-22T23:45 mei invoice report --date 2026-11-22

# --- complaints in every state, with follow-up calls ---------------------------------------------
categories=(service hygiene price sound service facility)
channels=(hotline on-site online hotline letter on-site)
titles=(先生 女士)
matters=("空调不制冷" "包厢有异味" "酒水价格与单不符" "麦克风有杂音" "服务员态度差" "点歌系统卡顿" "等位太久" "洗手间不干净")
for k in $(seq 1 22); do        # one a day, 1–22 November; those of the 1st–19th answered and followed up
  day=2026-11-$(two "$k")
  c=$(( k % 6 )); s=$(( k % 8 ))
  case $k in 2|9|15|20) no=A07 ;; 5|12) no=B12 ;; *) no=$(printf 'D%02d' "$k") ;; esac   # A07 and B12 again
  at "${day}T1$(( k % 9 )):05" lily complaint new --customer "${surnames[$(( k % 20 ))]}${titles[$(( k % 2 ))]}" \
    --phone "1370000$(printf '%04d' "$k")" \
    --matter "${matters[$s]}" --channel "${channels[$c]}" --staff "$no" --room "$(( k % 12 + 1 ))" \
    --category "${categories[$c]}" --severity "$([ $(( k % 5 )) = 0 ] && echo high || echo normal)"
  (( k <= 19 )) || continue
  case $(( k % 6 )) in
    0) at "${day}T1$(( k % 9 )):30" lily complaint escalate "C01-$k" --to 王经理
       at "2026-11-$(two $(( k + 1 )))T11:00" 王经理 complaint resolve "C01-$k" --resolution "免单一小时" ;;
    1) at "${day}T1$(( k % 9 )):40" lily complaint wait "C01-$k" --reason "等顾客提供小票照片"
       at "2026-11-$(two $(( k + 2 )))T16:00" lily complaint resume "C01-$k"
       at "2026-11-$(two $(( k + 2 )))T17:00" lily complaint resolve "C01-$k" --resolution "退还差价" ;;
    2) at "2026-11-$(two $(( k + 2 )))T20:00" lily complaint resolve "C01-$k" --resolution "当面道歉,赠果盘" ;;
    *) at "${day}T1$(( k % 9 )):50" lily complaint resolve "C01-$k" --resolution "当场处理" ;;
  esac
  at "2026-11-$(two $(( k + 3 )))T10:00" mei complaint follow-up "C01-$k" --satisfaction $(( k % 5 + 1 )) \
    --note "回访电话"
done
at 2026-11-21T10:00 lily complaint reopen C01-3 --reason "顾客来电:问题再次出现"
at 2026-11-21T15:00 lily complaint escalate C01-3 --to 王经理
# Open now: the 20th's is past its 48 hours, the 21st's is due within the morning (escalated),
# the 22nd's waits on the customer; one more of the 22nd is resolved, its follow-up call to come.
at 2026-11-21T13:30 lily complaint escalate C01-21 --to 王经理
at 2026-11-22T15:00 mei complaint wait C01-22 --reason "顾客稍后回电"
at 2026-11-22T18:10 mei complaint new --customer "Mr. Brown" --phone 13800138005 --matter "bill added a room twice" \
  --channel on-site --staff B12 --room 5 --category price
at 2026-11-22T19:00 mei complaint resolve C01-23 --resolution "refunded the extra room fee"

# Lending: five numbered wheelchairs and thirty umbrellas; last night's wheelchair is not back.
at 2026-11-20T09:00 lily lend stock add --item 轮椅 --ids W1-W5
at 2026-11-20T09:00 lily lend stock add --item 雨伞 --count 30
at 2026-11-22T14:00 mei lend out 轮椅 --to 周大爷 --phone 13700001234 --deposit-id 110101195503074517 --due 18:00
at 2026-11-22T16:20 mei lend out 雨伞 --to 林小姐 --phone 13700005678 --deposit 50
at 2026-11-22T20:10 mei lend back B01-2
at 2026-11-23T09:10 lily lend out 雨伞 --to "Ms. Green" --phone 13700009999 --deposit 50
# Left luggage: a sealed suitcase since yesterday afternoon, still here; a backpack collected.
at 2026-11-22T15:00 mei keep in --tag 17 --what "行李箱 黑色" --seal S123 --phone 13700002468 --name 赵先生
at 2026-11-22T19:00 mei keep in --tag 3 --what 背包 --phone 13700001357
at 2026-11-22T21:00 mei keep out 3
# Call-backs: a guest reached on Saturday (the wait scored low), one not answering since
# yesterday, one due today.
at 2026-11-20T11:00 lily followup add --name 刘女士 --phone 13700003333 --reason 包厢预订回访 --due 2026-11-21
at 2026-11-21T16:00 lily followup call F01-1 --reached --satisfaction 4 --scores 5,4,2 --comment "等候时间太长"
at 2026-11-21T16:10 lily followup add --name 陈先生 --phone 13700004444 --reason 生日会回访 --due 2026-11-22
at 2026-11-22T15:00 mei followup call F01-2 --no-answer --note 关机
at 2026-11-22T17:00 mei followup add --name 周女士 --phone 13700006666 --reason 投诉处理回访 --due 2026-11-23
# Enquiries: one answered last night, the night's shift-log line, a booking question taken this
# morning and owned by lily until she answers it.
at 2026-11-22T20:30 mei ask new --name 孙先生 --phone 13700007777 --topic 价格 --text "周末小包价格"
at 2026-11-22T20:35 mei ask answer Q01-1 --answer "周末小包 168 元/3 小时"
at 2026-11-22T22:50 mei ask note --text "8 号包厢空调不制冷,已报工程部"
at 2026-11-23T09:15 lily ask new --name 王女士 --phone 13800138000 --topic 预约 --text "周六晚上大包还有吗"

"$CS" doctor >/dev/null
cat <<EOF
The demo desk is ready in $dir: $(CS_NOW=$NOW "$CS" member list --field card | wc -l | tr -d ' ') members, a month of points,
gifts, lost items, invoices, complaints, loans, bags, call-backs and enquiries. Now is $NOW on that desk. Try:

  export CS_DATA_DIR=$dir CS_NOW=$NOW CS_CLERK=lily
  cs today                                  # the shift board: what is due, what is overdue (exit 4)
  cs --lang zh today                        # 中文
  cs member list --sort birthday | head     # CJK and Latin names in one table
  cs birthday list                          # this month's birthdays
  cs invoice report --date yesterday        # Sunday's A/B shifts: one number never issued
  cs complaint overdue                      # past the 48-hour promise
  cs complaint report --month 2026-11       # the month's review
  cs lostfound sweep                        # what is due to move
  cs lend overdue                           # last night's wheelchair, not back
  cs keep list --open                       # the suitcase on tag 17 since yesterday
  cs followup due                           # the calls owed today, one late (exit 4)
  cs ask list --open                        # the booking question lily owns
  cs log --since 2026-11-22 | tail          # who did what
EOF
