#!/usr/bin/env bash
# The 15th/30th gift reconciliation. Exit 4 means a gift is outstanding more than a day: the
# report is printed so cron mails it to the manager; exit 0 prints nothing.
set -u
. "$(dirname "$0")/common.sh"
report=$(cs birthday gift reconcile 2>&1)
status=$?
case $status in
  0) ;;
  4) say "Birthday gifts need attention:" "生日赠品需要处理:"; printf '%s\n' "$report"; exit 4 ;;
  *) failed "gift reconciliation" "赠品核对" "$status" "$report"; exit "$status" ;;
esac
