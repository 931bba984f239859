#!/usr/bin/env bash
# Records the library's public API in src/NewsModel/PublicAPI.Unshipped.txt (the PublicAPI analyzer's format).
# Run it after a deliberate change to the public surface; the build fails on any public change not recorded there
# (RS0016 added, RS0017 removed), so that API changes are always visible in review.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/NewsModel/PublicAPI.Unshipped.txt
log=$(mktemp)
# Build without warnings-as-errors so that every missing entry is listed at once.
dotnet build src/NewsModel/NewsModel.csproj -f net10.0 -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= --no-incremental > "$log" 2>&1 || true
added=$(grep -o "RS0016: Symbol '[^']*'" "$log" | sed "s/RS0016: Symbol '\(.*\)'/\1/" | sort -u || true)
removed=$(grep -o "RS0017: Symbol '[^']*'" "$log" | sed "s/RS0017: Symbol '\(.*\)'/\1/" | sort -u || true)
{
  echo "#nullable enable"
  { grep -v '^#nullable' "$file" 2>/dev/null || true; printf '%s\n' "$added"; } \
    | grep -v '^$' | grep -vxF -f <(printf '%s\n' "$removed") | sort -u
} > "$file.new"
mv "$file.new" "$file"
echo "$(printf '%s\n' "$added" | grep -c . || true) added, $(printf '%s\n' "$removed" | grep -c . || true) removed: $file"
rm -f "$log"
