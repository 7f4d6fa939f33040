#!/usr/bin/env bash
# Records new public API in src/Jinjiang.Indicators/PublicAPI.Unshipped.txt (RS0016) and drops removed entries (RS0017).
# Run after changing the public surface, then review the diff: every public API change is visible in review.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet format analyzers src/Jinjiang.Indicators/Jinjiang.Indicators.csproj --diagnostics RS0016 RS0017 --severity warn
