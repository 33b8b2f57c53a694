#!/usr/bin/env bash
# The lost-and-found day end (seed 002, 三). Run after closing with "center": the desk's items go
# to the VIP service center, signed for by the evening shift. Run in the morning with no
# argument: it lists the hand-overs to general affairs and the disposals that are due, so cron
# mails the supervisor, who hands them over and runs
#   cs lostfound sweep --to general-affairs --apply --received-by NAME
# Exit 0 prints nothing; exit 4 means something is due; anything else is an error.
set -u
. "$(dirname "$0")/common.sh"
if [ "${1:-}" = center ]; then
  report=$(cs lostfound sweep --to center --apply --received-by "${CS_CENTER:-客服中心}" 2>&1)
else
  report=$(cs lostfound sweep --strict 2>&1)
fi
status=$?
case $status in
  0) [ "${1:-}" = center ] && [ -n "${VERBOSE:-}" ] && printf '%s\n' "$report"; exit 0 ;;
  4) say "Lost and found needs attention:" "客遗物需要处理:"; printf '%s\n' "$report"; exit 4 ;;
  *) failed "lost-and-found sweep" "客遗物移交" "$status" "$report"; exit "$status" ;;
esac
