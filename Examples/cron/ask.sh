#!/usr/bin/env bash
# Enquiries (issue 30), every half hour in opening time: the enquiries still unanswered past
# ask.staleMinutes, each with its owner, so cron mails the shift supervisor (首问负责制: the owner
# answers, or hands it over with 'cs ask pass'). Read from the board's flat CSV (section ask,
# overdue yes), the stable interface. Exit 0 prints nothing.
set -u
. "$(dirname "$0")/common.sh"
board=$(cs today --csv 2>&1)
status=$?
case $status in
  0 | 4) ;;
  *) failed "enquiry check" "咨询检查" "$status" "$board"; exit "$status" ;;
esac
stale=$(printf '%s\n' "$board" | awk -F, '$1 == "ask" && $4 == "yes"')
[ -z "$stale" ] && exit 0
say "Enquiries still unanswered:" "仍未答复的咨询:"
printf '%s\n' "$stale" | cut -d, -f5-
exit 4
