#!/usr/bin/env bash
# The month's complaint review (totals, on-time rate, median and p90 hours, satisfaction, counts
# by category/channel/severity/staff, staff with repeated complaints) as one CSV row for the
# manager's spreadsheet; the counts are JSON objects in their cells.
#   complaint-report-csv.sh [MONTH] [OUT]   MONTH: YYYY-MM, this, last (default last)
# cron, the 1st at 07:30:  30 7 1 * *  /usr/local/lib/cs/pipelines/complaint-report-csv.sh last /srv/reports/…
set -euo pipefail
umask 077   # staff numbers and the month's figures: readable by this user only, like the data directory
month=$(cs complaint report --month "${1:-last}" --field month)
out=${2:-complaints-$month.csv}
cs complaint report --month "$month" --csv --excel >"$out.tmp" || { rm -f "$out.tmp"; exit 1; }
mv "$out.tmp" "$out"
echo "$out: the review of $month"
