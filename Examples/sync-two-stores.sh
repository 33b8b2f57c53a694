#!/usr/bin/env bash
# The README's two-store walkthrough (cs sync), checked: two stores against a bare repository,
# offline payments and one receipt earned at both, the conflicts, settled by the usual commands.
#   CS=path/to/cs bash Examples/sync-two-stores.sh
set -euo pipefail
cs=${CS:-cs}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export CS_NOW=2026-11-24T10:00:00+08:00
fail() { echo "sync-two-stores: $*" >&2; exit 1; }
git init -q --bare "$work/shared.git"
east() { "$cs" --data-dir "$work/east" --clerk lily "$@"; }
west() { "$cs" --data-dir "$work/west" --clerk wang "$@"; }
east init -q >/dev/null && east sync init --remote "$work/shared.git" >/dev/null
east member add --name 张三 --phone 13800138000 --birthday 1990-12-05 -q >/dev/null
east member topup 13800138000 --amount 500 --receipt T-1 -q >/dev/null
east sync >/dev/null
west init -q >/dev/null && west sync init --remote "$work/shared.git" --desk 2 >/dev/null
# East takes west's changes once it has admitted west's key (read out on the phone).
east sync admit 2 --fingerprint "$(west sync status --field fingerprint)" -q >/dev/null
[ "$(west member show 13800138000 --field balance)" = 500.00 ] || fail "west does not see the top-up"
west member pay 13800138000 --amount 300 --receipt W-7 -q >/dev/null
east member pay 13800138000 --amount 300 --receipt E-3 -q >/dev/null
east member earn 13800138000 --amount 120 --receipt R-88 -q >/dev/null
west member earn 13800138000 --amount 120 --receipt R-88 -q >/dev/null
west sync >/dev/null
status=0; east sync >/dev/null || status=$?
[ "$status" = 4 ] || fail "east's sync should report the conflicts (exit 4), got $status"
[ "$(east sync conflicts --csv --no-header | cut -d, -f2 | sort | tr '\n' ' ')" = "overspent receipt " ] \
  || fail "the two conflicts are not listed once each"
[ "$(east member show 13800138000 --field balance)" = -100.00 ] || fail "figures not summed from the ledger"
east member reverse --receipt R-88 --reason "earned at both stores" >/dev/null
east member topup 13800138000 --amount 100 --receipt T-2 -q >/dev/null
east sync >/dev/null && west sync >/dev/null
west sync conflicts >/dev/null || fail "conflicts still open after they were settled"
[ "$(west member show 13800138000 --field balance)" = 0.00 ] || fail "west's balance is not 0.00"
east doctor >/dev/null && west doctor >/dev/null || fail "doctor finds problems"
echo "two stores in sync: ok"
