#!/usr/bin/env bash
# The 15th/30th gift reconciliation. Exit 4 means a gift is outstanding more than a day: the
# report is printed so cron mails it to the manager; exit 0 prints nothing.
set -u
report=$(cs birthday gift reconcile 2>&1)
status=$?
case $status in
  0) ;;
  4) printf 'Birthday gifts need attention:\n%s\n' "$report"; exit 4 ;;
  *) echo "gift reconciliation failed (exit $status): $report"; exit "$status" ;;
esac
