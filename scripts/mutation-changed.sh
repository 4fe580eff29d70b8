#!/usr/bin/env bash
# Mutation-tests the pure logic that changed against a base branch (default: main): every mutant of the
# changed files, none of the others. The scheduled workflow runs the whole set. Results are never reused
# from an earlier run: with the Vitest runner, Stryker's incremental mode kept mutants as surviving after
# the tests that kill them were added.
set -euo pipefail
cd "$(dirname "$0")/.."
base_ref="${1:-main}"
base="$(git merge-base HEAD "$base_ref" 2>/dev/null || git merge-base HEAD "origin/$base_ref" 2>/dev/null || true)"
if [ -z "$base" ]; then
  echo "mutation testing: no $base_ref branch to compare with, skipped (npm run test:mutation runs it all)"
  exit 0
fi
# The files stryker.config.json mutates, as they stand in this checkout.
changed="$(git diff --name-only --diff-filter=AMR "$base" -- 'src/lib/*.ts' scripts/lib/sync-catalog.ts scripts/lib/scaffold.ts scripts/lib/catalog-package.ts scripts/lib/catalog-update.ts 'packages/catalog/src/*.ts' | grep -v -e '^src/lib/catalog/catalog\.ts$' -e '^src/lib/site/preview-png\.ts$' || true)"
if [ -z "$changed" ]; then
  echo "mutation testing: no pure logic changed since $base_ref, skipped"
  exit 0
fi
echo "mutation testing the changed files:"
echo "$changed" | sed 's/^/  /'
exec npx stryker run --mutate "$(echo "$changed" | paste -sd, -)"
