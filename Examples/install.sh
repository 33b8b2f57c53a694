#!/usr/bin/env bash
# Builds a self-contained release `cs` (static Swift runtime), puts it on the PATH, sets up the
# default data directory and shows what to type next.
#   bash Examples/install.sh            installs to ~/.local/bin
#   PREFIX=/usr/local bash Examples/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v swift >/dev/null 2>&1 || export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --static-swift-stdlib --product cs
bin_dir="${PREFIX:-$HOME/.local}/bin"
mkdir -p "$bin_dir"
install -m 0755 "$(swift build -c release --static-swift-stdlib --show-bin-path)/cs" "$bin_dir/cs"
mkdir -p "${PREFIX:-$HOME/.local}/share/man/man1"
install -m 0644 man/*.1 "${PREFIX:-$HOME/.local}/share/man/man1/"
"$bin_dir/cs" init
case ":$PATH:" in *":$bin_dir:"*) ;; *) echo "add $bin_dir to your PATH: export PATH=\"$bin_dir:\$PATH\"";; esac
echo "try: cs member import --from Examples/members.csv && cs member list"
