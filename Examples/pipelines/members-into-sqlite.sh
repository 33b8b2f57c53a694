#!/usr/bin/env bash
# The member export loaded into sqlite3 for ad-hoc questions, then one: members and points per
# tier, and the five members with the most points. ID numbers stay masked (no --reveal).
#   members-into-sqlite.sh [DB]       default members.db in the current directory (replaced)
set -euo pipefail
umask 077   # members' names and phones: readable by this user only, like the data directory
command -v sqlite3 >/dev/null || { echo "members-into-sqlite: sqlite3 is not installed" >&2; exit 1; }
db=${1:-members.db}
csv=$(mktemp)
trap 'rm -f "$csv"' EXIT
cs -q export members --csv --out "$csv" --force
rm -f "$db"
sqlite3 "$db" <<SQL
.mode csv
.import $csv members
.mode column
.headers on
SELECT tier, count(*) AS members, sum(CAST(points AS INTEGER)) AS points
  FROM members WHERE status = 'active' GROUP BY tier ORDER BY points DESC;
SELECT card, name, CAST(points AS INTEGER) AS points FROM members ORDER BY points DESC LIMIT 5;
SQL
