#!/usr/bin/env bash
# The hourly complaint check in opening hours (seed 000: an answer within 48 hours): exit 4 means
# a complaint is past its promise — or, with an argument, due within that many hours — and the
# list is printed so cron mails the service manager. Waiting complaints are paused, never due.
# Exit 0 prints nothing.
set -u
args=(complaint overdue)
[ $# -gt 0 ] && args+=(--within "$1")
list=$(cs "${args[@]}" 2>&1)
status=$?
case $status in
  0) ;;
  4) printf 'Complaints past (or near) their promise:\n%s\n' "$list"; exit 4 ;;
  *) echo "complaint check failed (exit $status): $list"; exit "$status" ;;
esac
