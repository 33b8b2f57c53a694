#!/usr/bin/env bash
# The hourly complaint check in opening hours (seed 000: an answer within 48 hours): exit 4 means
# a complaint is past its promise — or, with an argument, due within that many hours — and the
# list is printed so cron mails the service manager. Waiting complaints are paused, never due.
# Exit 0 prints nothing.
set -u
. "$(dirname "$0")/common.sh"
args=(complaint overdue)
[ $# -gt 0 ] && args+=(--within "$1")
list=$(cs "${args[@]}" 2>&1)
status=$?
case $status in
  0) ;;
  4) say "Complaints past (or near) their promise:" "超过(或临近)承诺时限的投诉:"; printf '%s\n' "$list"; exit 4 ;;
  *) failed "complaint check" "投诉检查" "$status" "$list"; exit "$status" ;;
esac
