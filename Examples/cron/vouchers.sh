#!/usr/bin/env bash
# 1 December: the yearly cash voucher from each member's points (valid to 15 January), and the
# list of vouchers issued for the MMS sender's spool ($CS_SMS_SPOOL). A second run issues
# nothing twice and leaves the first run's list alone; a failure is mailed with its reason.
set -u
. "$(dirname "$0")/common.sh"
need_dir "$CS_SMS_SPOOL" CS_SMS_SPOOL
list=$CS_SMS_SPOOL/vouchers-$(date +%F).csv
tmp="$list.tmp"
err=$(mktemp) || exit 1
trap 'rm -f "$err"' EXIT
if cs member vouchers issue --csv >"$tmp" 2>"$err"; then
  # The header alone: nobody got a voucher in this run.
  [ "$(wc -l <"$tmp")" -gt 1 ] && mv "$tmp" "$list" || rm -f "$tmp"
else
  status=$?
  rm -f "$tmp"
  failed "yearly vouchers" "年度现金券" "$status" "$(cat "$err")"
  exit "$status"
fi
