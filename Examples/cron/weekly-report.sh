#!/usr/bin/env bash
# Monday morning: last week's work summary (每周工作总结) into $CS_REPORTS as text and CSV, and
# printed so cron mails it to the VIP director. A failure is mailed with its reason.
set -u
. "$(dirname "$0")/common.sh"
need_dir "$CS_REPORTS" CS_REPORTS
stamp=$(date +%F)
err=$(mktemp) || exit 1
trap 'rm -f "$err"' EXIT
if cs report --week last --csv >"$CS_REPORTS/week-$stamp.csv.tmp" 2>"$err" \
  && cs report --week last >"$CS_REPORTS/week-$stamp.txt.tmp" 2>>"$err"; then
  mv "$CS_REPORTS/week-$stamp.csv.tmp" "$CS_REPORTS/week-$stamp.csv"
  mv "$CS_REPORTS/week-$stamp.txt.tmp" "$CS_REPORTS/week-$stamp.txt"
  cat "$CS_REPORTS/week-$stamp.txt"
else
  status=$?
  rm -f "$CS_REPORTS/week-$stamp".*.tmp
  failed "weekly report" "每周工作总结" "$status" "$(cat "$err")"
  exit "$status"
fi
