#:package Jinjiang.Indicators@0.2.0
// A monthly job as a .NET 10 file-based app: dotnet run scorecard.cs [observations.csv] [yyyy-MM-dd]
// Prints one line per promise and exits with 2 when any promise is off track or not met.
using Jinjiang.Indicators;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Samples;
using Jinjiang.Indicators.Serialization;
using NodaTime;
using NodaTime.Text;

var observations = args.Length > 0
    ? ObservationFile.Read(args[0], Jinjiang2023.Catalog, new ObservationReadOptions { Strict = true }).Value
    : SampleObservations.Jinjiang2023;
var asOf = args.Length > 1 ? LocalDatePattern.Iso.Parse(args[1]).Value : new LocalDate(2023, 9, 30);

var scorecard = Scorecard.Create(Jinjiang2023.Catalog.All, ObservationSet.Create(observations), asOf);
foreach (var e in scorecard.Evaluations)
{
    Console.WriteLine($"{e.Indicator.Id}: {e.Status.ToKebabCase()}");
}

Console.WriteLine($"total: {scorecard.Counts}");
return scorecard.Any(EvaluationStatus.OffTrack, EvaluationStatus.NotMet) ? 2 : 0;
