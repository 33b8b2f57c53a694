#!/usr/bin/env bash
# The shift board for the shift about to open: printed — so cron mails it — only when something
# is overdue (cs today exits 4). Nothing due or merely due soon: silent.
set -u
board=$(cs today 2>&1)
status=$?
case $status in
  0) ;;
  4) printf '%s\n' "$board"; exit 4 ;;
  *) echo "cs today failed (exit $status): $board"; exit "$status" ;;
esac
