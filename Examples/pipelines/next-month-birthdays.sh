#!/usr/bin/env bash
# Next month's birthday list as a CSV that Excel opens ungarbled (UTF-8 BOM, CRLF), for the
# service manager to plan the gifts. The file appears whole or not at all.
#   next-month-birthdays.sh [OUT]     default: birthdays-YYYY-MM.csv in the current directory
# cron, the 25th at 07:00:  0 7 25 * *  /usr/local/lib/cs/pipelines/next-month-birthdays.sh /srv/reports/…
set -euo pipefail
umask 077   # members' names and phones: readable by this user only, like the data directory
month=$(cs birthday list --month next --field day | head -1 | cut -c1-7)
out=${1:-birthdays-${month:-next}.csv}
# --strict: a list that had to leave a damaged member out is a failure (exit 3), not a short list.
cs birthday list --month next --strict --csv --excel >"$out.tmp" || { rm -f "$out.tmp"; exit 1; }
mv "$out.tmp" "$out"
echo "$out: $(( $(wc -l <"$out") - 1 )) birthdays"
