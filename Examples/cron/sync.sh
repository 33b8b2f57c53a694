#!/usr/bin/env bash
# Every few minutes: send this desk's changes to the shared store and take in the other desks'.
# Silent when all is well — and when the network is down (the changes stay committed here and
# go with the next run). Mails only what a clerk must settle (exit 4: cs sync conflicts) or a
# sync that failed.
set -u
. "$(dirname "$0")/common.sh"
out=$(cs sync 2>&1)
status=$?
case $status in
  0) ;;
  4) printf '%s\n\n' "$out"; cs sync conflicts; exit 4 ;;
  *) failed "cs sync" "同步" "$status" "$out"; exit "$status" ;;
esac
