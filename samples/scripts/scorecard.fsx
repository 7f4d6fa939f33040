// An F# script: dotnet fsi scorecard.fsx
#r "nuget: Jinjiang.Indicators, 0.2.0"

open Jinjiang.Indicators
open Jinjiang.Indicators.Catalog
open Jinjiang.Indicators.Evaluations
open Jinjiang.Indicators.Reporting
open Jinjiang.Indicators.Samples
open NodaTime

let observations = ObservationSet.Create(SampleObservations.Jinjiang2023)
let scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, observations, LocalDate(2023, 9, 30))

for e in scorecard.Evaluations do
    printfn "%s: %s" e.Indicator.Id.Value (e.Status.ToKebabCase())

printfn "total: %O" scorecard.Counts
