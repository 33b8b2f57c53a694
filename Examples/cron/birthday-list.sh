#!/usr/bin/env bash
# Writes this month's birthday list to /srv/reports/birthdays-YYYY-MM.csv, Excel-ready.
# The file appears whole or not at all; prints nothing on success; on failure cron mails cs's
# one-line reason and the job exits with cs's status.
set -u
out="/srv/reports/birthdays-$(date +%Y-%m).csv"
if cs birthday list --csv --excel >"$out.tmp" 2>/tmp/cs-list.err; then
  mv "$out.tmp" "$out"
else
  status=$?
  rm -f "$out.tmp"
  echo "birthday list failed (exit $status): $(cat /tmp/cs-list.err)"
  exit "$status"
fi
