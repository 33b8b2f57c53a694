#!/usr/bin/env bash
# The README's five-minute tour, runnable as it stands on a throw-away data directory.
set -euo pipefail
cd "$(dirname "$0")/.."
cs=${CS:-.build/release/cs}
export CS_DATA_DIR=$(mktemp -d)/cs CS_CLERK=tour CS_NOW=2026-11-23T10:00:00+08:00
set -x
$cs init
$cs member import --from Examples/members.csv
$cs member list --sort birthday
$cs member find --name 张
$cs member show 13800138000
card=$($cs member show 13800138000 --field card)
$cs member earn "$card" --amount 588.50 --receipt R-1001 --slip
$cs member earn "$card" --amount 10 --receipt R-1001 || echo "refused, exit $?"
$cs member redeem "$card" --voucher 50
$cs member price "$card" --amount 100 --store-discount 0.8
$cs --lang zh member history "$card"
$cs export members --csv --excel --out "$CS_DATA_DIR/../members.csv"
$cs log --since today
$cs doctor
