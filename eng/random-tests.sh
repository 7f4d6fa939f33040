#!/bin/bash
# Runs the random (property) tests N times in a row (default 50) and prints one line per run and a total.
# Usage: bash eng/random-tests.sh [N]   (from the repository root; builds Release first)
set -u
n=${1:-50}
dotnet build tests/Jinjiang.Indicators.Tests -c Release -v q 2>&1 | grep -E "rror\(s\)"
filter="FullyQualifiedName~ColumnSummaryTests|FullyQualifiedName~SummaryTests|FullyQualifiedName~PropertyTests|FullyQualifiedName~FuzzTests|FullyQualifiedName~OfficeDataDefectTests|FullyQualifiedName~WorkbookTests|FullyQualifiedName~ObservationSetTests|FullyQualifiedName~IsoDateTests|FullyQualifiedName~IndicatorsJsonTests|FullyQualifiedName~ObservationJsonTests"
fails=0
for i in $(seq 1 "$n"); do
  out=$(dotnet test tests/Jinjiang.Indicators.Tests -c Release --no-build --filter "$filter" 2>&1 | grep -E "Passed!|Failed!|^\s+Failed |CsCheck_Seed")
  echo "run $i: $out"
  echo "$out" | grep -q "Failed!" && fails=$((fails+1))
done
echo "$n runs: $fails failed, commit $(git rev-parse --short HEAD)"
