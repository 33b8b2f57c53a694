#!/usr/bin/env bash
# The lending desk (issue 29). With no argument (hourly in opening time): the loans past their
# due time, printed so cron mails the desk to call the borrowers; exit 0 prints nothing.
# With "report" (after closing): the day's cash deposits to the fen, kept as CSV in $CS_REPORTS
# for finance; mailed only when they do not balance (exit 4: 'cs doctor' says why).
set -u
. "$(dirname "$0")/common.sh"
if [ "${1:-}" = report ]; then
  need_dir "$CS_REPORTS" CS_REPORTS
  file=$CS_REPORTS/deposits-$(date +%F).csv
  err=$(cs lend report --csv 2>&1 >"$file.tmp")
  status=$?
  case $status in
    0 | 4) mv "$file.tmp" "$file" ;;
    *) rm -f "$file.tmp"; failed "deposit report" "押金日报" "$status" "$err"; exit "$status" ;;
  esac
  [ "$status" = 4 ] && { say "The day's deposits do not balance:" "当日押金账实不符:"; cs lend report 2>&1; }
  exit "$status"
fi
list=$(cs lend overdue 2>&1)
status=$?
case $status in
  0) ;;
  4) say "Loans past their due time — call the borrowers:" "超时未还的借用 — 请联系借用人:"; printf '%s\n' "$list"; exit 4 ;;
  *) failed "loan check" "借用检查" "$status" "$list"; exit "$status" ;;
esac
