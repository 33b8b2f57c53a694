#!/usr/bin/env bash
# The invoice day report after close (seed 002, 五): exit 4 means a number inside the day's used
# span was never issued nor explained — the report is printed so cron mails the supervisor, who
# runs 'cs invoice explain NUMBER --reason …'. Exit 0 prints nothing.
set -u
. "$(dirname "$0")/common.sh"
report=$(cs invoice report --date "${1:-today}" 2>&1)
status=$?
case $status in
  0) ;;
  4) say "Invoices need attention:" "发票需要处理:"; printf '%s\n' "$report"; exit 4 ;;
  *) failed "invoice report" "发票日报" "$status" "$report"; exit "$status" ;;
esac
