#!/usr/bin/env bash
# The day-end invoice reconciliation, mailed to the supervisor only when it found a problem
# (exit 4: a number inside the day's used span never issued nor explained). Exit 0 sends nothing.
#   invoice-report-mail.sh [DATE]     default yesterday (cron runs it after midnight)
#   MAILER="mail -s 'invoice gap' supervisor@example.com"   how to send (default: print it)
# cron, every day at 00:30:  30 0 * * *  /usr/local/lib/cs/pipelines/invoice-report-mail.sh
set -u
report=$(cs --lang zh invoice report --date "${1:-yesterday}" 2>&1)
status=$?
case $status in
  0) exit 0 ;;
  4) printf '%s\n' "$report" | ${MAILER:-cat}; exit 0 ;;   # mailed: the job itself succeeded
  *) echo "invoice report failed (exit $status): $report" >&2; exit "$status" ;;
esac
