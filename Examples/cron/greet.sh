#!/usr/bin/env bash
# Tomorrow's greetings, phone<TAB>message, to the SMS gateway's spool ($CS_SMS_SPOOL). A failure
# leaves no half-written spool file and is mailed by cron; --strict makes a partial run (a
# damaged member left out) a failure too.
set -u
. "$(dirname "$0")/common.sh"
need_dir "$CS_SMS_SPOOL" CS_SMS_SPOOL
spool=$CS_SMS_SPOOL/birthday-$(date +%F).tsv
tmp="$spool.tmp"
err=$(mktemp) || exit 1
trap 'rm -f "$err"' EXIT
if cs birthday greet --strict --days 1 >"$tmp" 2>"$err"; then
  [ -s "$tmp" ] && mv "$tmp" "$spool" || rm -f "$tmp"
else
  status=$?
  rm -f "$tmp"
  failed "birthday greetings" "生日祝福" "$status" "$(cat "$err")"
  exit "$status"
fi
