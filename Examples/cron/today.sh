#!/usr/bin/env bash
# The shift board for the shift about to open: printed — so cron mails it — only when something
# is overdue (cs today exits 4). Nothing due or merely due soon: silent.
set -u
. "$(dirname "$0")/common.sh"
board=$(cs today 2>&1)
status=$?
case $status in
  0) ;;
  4) printf '%s\n' "$board"; exit 4 ;;
  *) failed "cs today" "交班看板" "$status" "$board"; exit "$status" ;;
esac
