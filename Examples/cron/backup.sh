#!/usr/bin/env bash
# A nightly copy of the data directory, taken under the lock and verified (SHA256SUMS), into a new
# dated directory; copies older than 14 days are removed only after tonight's succeeded.
set -u
. "$(dirname "$0")/common.sh"
root=${1:-/srv/backup}
dest="$root/cs-$(date +%F)"
out=$(cs -q backup --to "$dest" 2>&1)
status=$?
if [ "$status" != 0 ]; then
  failed "backup" "备份" "$status" "$out"
  exit "$status"
fi
find "$root" -maxdepth 1 -name 'cs-20*' -type d -mtime +14 -exec rm -rf {} +
