#!/usr/bin/env bash
# Tomorrow's greetings, phone<TAB>message, to the SMS gateway's spool. A failure leaves no
# half-written spool file and is mailed by cron.
set -u
spool=/var/spool/sms/birthday-$(date +%F).tsv
tmp="$spool.tmp"
if cs birthday greet --days 1 >"$tmp" 2>/tmp/cs-greet.err; then
  [ -s "$tmp" ] && mv "$tmp" "$spool" || rm -f "$tmp"
else
  status=$?
  rm -f "$tmp"
  echo "birthday greetings failed (exit $status): $(cat /tmp/cs-greet.err)"
  exit "$status"
fi
