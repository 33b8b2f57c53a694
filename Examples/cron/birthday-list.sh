#!/usr/bin/env bash
# Writes this month's birthday list to /srv/reports/birthdays-YYYY-MM.csv, Excel-ready.
# The file appears whole or not at all; prints nothing on success; on failure cron mails cs's
# one-line reason and the job exits with cs's status. --strict: a list that had to leave a
# damaged member out is a failure (exit 3), not a short list.
set -u
out="/srv/reports/birthdays-$(date +%Y-%m).csv"
err=$(mktemp) || exit 1
trap 'rm -f "$err"' EXIT
if cs birthday list --strict --csv --excel >"$out.tmp" 2>"$err"; then
  mv "$out.tmp" "$out"
else
  status=$?
  rm -f "$out.tmp"
  echo "birthday list failed (exit $status): $(cat "$err")"
  exit "$status"
fi
