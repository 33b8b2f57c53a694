#!/usr/bin/env bash
# Writes this month's birthday list to $CS_REPORTS/birthdays-YYYY-MM.csv, Excel-ready.
# The file appears whole or not at all; prints nothing on success; on failure cron mails cs's
# one-line reason and the job exits with cs's status. --strict: a list that had to leave a
# damaged member out is a failure (exit 3), not a short list.
set -u
. "$(dirname "$0")/common.sh"
need_dir "$CS_REPORTS" CS_REPORTS
out="$CS_REPORTS/birthdays-$(date +%Y-%m).csv"
err=$(mktemp) || exit 1
trap 'rm -f "$err"' EXIT
if cs birthday list --strict --csv --excel >"$out.tmp" 2>"$err"; then
  mv "$out.tmp" "$out"
else
  status=$?
  rm -f "$out.tmp"
  failed "birthday list" "生日名单" "$status" "$(cat "$err")"
  exit "$status"
fi
