#!/usr/bin/env bash
# Left luggage (issue 29), each morning: the bags uncollected for keep.days are listed so cron
# mails the supervisor, who moves them to lost and found with
#   cs keep sweep --apply --received-by NAME
# (their custody continues there). Exit 0 prints nothing; exit 4 means bags are due.
set -u
. "$(dirname "$0")/common.sh"
list=$(cs keep sweep 2>&1)
status=$?
case $status in
  0) ;;
  4) say "Left luggage uncollected — to lost and found:" "逾期未取的寄存物品 — 应转客遗物:"; printf '%s\n' "$list"; exit 4 ;;
  *) failed "left-luggage check" "寄存检查" "$status" "$list"; exit "$status" ;;
esac
