# A PowerShell 7 script: the command-line tool as a JSON source.
#   pwsh scorecard.ps1                       (uses jinjiang-indicators from PATH)
#   pwsh scorecard.ps1 -Feed DIR -Version V  (installs that version of the tool from a package folder first)
param(
    [string] $Feed,
    [string] $Version,
    [string] $AsOf = '2023-09-30'
)
$ErrorActionPreference = 'Stop'

$tool = 'jinjiang-indicators'
if ($Feed) {
    $toolPath = Join-Path ([System.IO.Path]::GetTempPath()) ("jj-tool-" + [guid]::NewGuid())
    dotnet tool install Jinjiang.Indicators.Cli --tool-path $toolPath --add-source $Feed --version $Version | Out-Null
    if ($LASTEXITCODE -ne 0) { throw "could not install the tool from $Feed" }
    $tool = Join-Path $toolPath 'jinjiang-indicators'
}

$json = & $tool evaluate --as-of $AsOf --format json 2>$null
if ($LASTEXITCODE -ne 0) { throw "jinjiang-indicators exited with $LASTEXITCODE" }
$scorecard = $json | Out-String | ConvertFrom-Json

foreach ($e in $scorecard.evaluations) {
    Write-Output ("{0}: {1}" -f $e.id, $e.status)
}
$late = @($scorecard.evaluations | Where-Object { $_.status -in 'off-track', 'not-met' })
Write-Output ("as of {0}: {1} promises, {2} off track or not met" -f $scorecard.asOf, $scorecard.evaluations.Count, $late.Count)
