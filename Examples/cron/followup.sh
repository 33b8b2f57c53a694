#!/usr/bin/env bash
# Call-backs (issue 30). With no argument (mornings): the call list is built by rule — members
# not seen for CS_FOLLOWUP_LAPSED days (default 90), VIP members due their yearly visit, and the
# hospital's discharge list when one waits in $CS_REPORTS/discharged.csv (read whole, then
# moved aside so it is never read twice) — then the calls owed today are printed, so cron mails
# the desk its call sheet; exit 0 prints nothing.
# With "report" (the 1st): last month's satisfaction analysis kept as CSV in $CS_REPORTS and mailed.
set -u
. "$(dirname "$0")/common.sh"
if [ "${1:-}" = report ]; then
  need_dir "$CS_REPORTS" CS_REPORTS
  # Named by the month the report covers (the desk's last month, CS_NOW in a replay).
  month=$(cs followup report --month last --field from 2>&1) \
    || { status=$?; failed "follow-up report" "回访统计" "$status" "$month"; exit "$status"; }
  file=$CS_REPORTS/followup-${month:0:7}.csv
  err=$(cs followup report --month last --csv 2>&1 >"$file.tmp") \
    || { status=$?; rm -f "$file.tmp"; failed "follow-up report" "回访统计" "$status" "$err"; exit "$status"; }
  mv "$file.tmp" "$file"
  cs followup report --month last 2>&1
  exit 0
fi
rules=(--lapsed "${CS_FOLLOWUP_LAPSED:-90}" --visits)
list=$CS_REPORTS/discharged.csv
[ -f "$list" ] && rules+=(--from "$list")
out=$(cs followup plan "${rules[@]}" 2>&1) || { status=$?; failed "follow-up plan" "回访名单" "$status" "$out"; exit "$status"; }
[ -f "$list" ] && mv "$list" "$list.$(date +%F).done"
due=$(cs followup due 2>&1)
status=$?
case $status in
  0) ;;
  4) say "Calls to make today:" "今天应打的回访电话:"; printf '%s\n' "$due"; exit 4 ;;
  *) failed "follow-up calls" "回访电话" "$status" "$due"; exit "$status" ;;
esac
