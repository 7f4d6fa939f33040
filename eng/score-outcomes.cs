#:project ../src/Jinjiang.Indicators/Jinjiang.Indicators.csproj
#:property TreatWarningsAsErrors=false
// Scores the outcome loop against the hand-labelled development pairs (../shared/outcomes: a plan of year N and the
// next report's review of year N; other publishers' pages, measured from there, never copied into the repository).
//   dotnet run eng/score-outcomes.cs [pairs-dir] [--verbose]
// For each pair: draft last year's catalog from the plan, read the review, match, evaluate at the end of January of
// the next year. A labelled match is found when a match pairs the promise (its draft's clause overlaps the labelled
// promise) with the labelled outcome (the statement overlaps the labelled outcome text). Its verdict is right when
// the evaluation agrees with a met/not-met label, or when an unclear label gets no observation. A cross-dimension
// match or an unclear label judged met/not-met counts as wrong. An unclear pair left unmatched ("left") is reported
// apart: the tool did not judge it, as a careful reader would not; the last line gives both figures.
using System.Globalization;
using System.Text.Json;
using Jinjiang.Indicators;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Evaluations;
using Jinjiang.Indicators.Text;
using NodaTime;

var dir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("..", "shared", "outcomes");
var verbose = args.Contains("--verbose");
int labelled = 0, found = 0, verdicts = 0, wrong = 0, matchesTotal = 0, unclearLeft = 0;
var perFile = new List<string>();
foreach (var pairs in Directory.GetFiles(dir, "*_pairs.json").Order(StringComparer.Ordinal))
{
    using var doc = JsonDocument.Parse(File.ReadAllText(pairs));
    var root = doc.RootElement;
    var year = root.GetProperty("year_promised").GetInt32();
    var plan = Strip(File.ReadAllText(Path.Combine(dir, root.GetProperty("promises_file").GetString()!)));
    var review = Strip(File.ReadAllText(Path.Combine(dir, root.GetProperty("review_file").GetString()!)));
    var report = WorkReport.ForArea(root.GetProperty("place").GetString()!, year);
    var catalog = DraftCatalog.FromCandidates([.. PromiseExtractor.Extract(plan, year), .. PromiseExtractor.ExtractProjects(plan, year)], report).Value;
    var outcomes = OutcomeExtractor.Extract(review);
    var result = OutcomeMatcher.Match(catalog, outcomes);
    matchesTotal += result.Matches.Count;
    var set = ObservationSet.Create(result.Observations);
    var asOf = new LocalDate(year + 1, 1, 31);
    var (labelledBefore, foundBefore, verdictsBefore, wrongBefore, leftBefore) = (labelled, found, verdicts, wrong, unclearLeft);
    Console.WriteLine($"{Path.GetFileName(pairs)}: {catalog.Count} promises drafted, {outcomes.Count} statements read, {result.Matches.Count} matches ({result.Observations.Count} judgeable)");
    foreach (var label in root.GetProperty("matches").EnumerateArray())
    {
        labelled++;
        var promise = Key(label.GetProperty("promise").GetString()!);
        var outcomeText = Key(label.GetProperty("outcome_text").GetString()!);
        var verdict = label.GetProperty("verdict").GetString()!;
        var match = result.Matches.FirstOrDefault(m => Overlaps(Key(m.Indicator.Source), promise) && Overlaps(Key(m.Outcome.Text), outcomeText));
        if (match is null)
        {
            // An unclear pair the tool left unmatched is not judged either: a careful reader's verdict, counted apart.
            unclearLeft += verdict == "unclear" ? 1 : 0;
            Console.WriteLine($"  {(verdict == "unclear" ? "left  " : "missed")}  {label.GetProperty("promise").GetString()} ← {label.GetProperty("outcome_text").GetString()} ({verdict})");
            continue;
        }

        found++;
        var status = match.IsJudgeable ? Evaluator.Default.Evaluate(match.Indicator, set, asOf).Status : (EvaluationStatus?)null;
        var right = verdict switch
        {
            "met" => status == EvaluationStatus.Met,
            "not-met" => status == EvaluationStatus.NotMet,
            _ => status is null,
        };
        verdicts += right ? 1 : 0;
        wrong += right || status is null ? 0 : 1;
        Console.WriteLine($"  {(right ? "right " : "WRONG ")}  {match.Indicator.Source} ← {match.Outcome.Text}: {status?.ToKebabCase() ?? "unclear"} (label {verdict}; {match.Confidence:0.00})");
    }

    perFile.Add(string.Create(CultureInfo.InvariantCulture, $"  {Path.GetFileName(pairs),-44} labelled {labelled - labelledBefore,3}  found {found - foundBefore,3}  right {verdicts - verdictsBefore,3}  wrong {wrong - wrongBefore,3}  unclear left {unclearLeft - leftBefore,3}"));
    if (verbose)
    {
        foreach (var m in result.Matches)
        {
            Console.WriteLine($"  match   {m}: {m.Reason}");
        }

        foreach (var o in result.UnmatchedOutcomes)
        {
            Console.WriteLine($"  outcome {o}");
        }

        foreach (var p in result.UnmatchedPromises)
        {
            Console.WriteLine($"  promise {p.Id} {p.Source}");
        }
    }
}

Console.WriteLine("per file:");
perFile.ForEach(Console.WriteLine);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"labelled matches {labelled}, found {found}, right verdicts {verdicts}, wrong verdicts {wrong}, matches made {matchesTotal}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"right counting the unclear pairs left unmatched (not judged): {verdicts + unclearLeft} of {labelled} ({(verdicts + unclearLeft) * 100.0 / labelled:0.0}%); strictly (found and right): {verdicts * 100.0 / labelled:0.0}%"));
return 0;

static string Strip(string text) => string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("来源:", StringComparison.Ordinal)));

static string Key(string text) => new([.. text.Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c) && c is not ('“' or '”' or '"'))]);

static bool Overlaps(string a, string b)
{
    if (a.Length == 0 || b.Length == 0)
    {
        return false;
    }

    if (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal))
    {
        return true;
    }

    // A common run of four characters (the object and its figure).
    for (var i = 0; i + 4 <= b.Length; i++)
    {
        if (a.Contains(b.Substring(i, 4), StringComparison.Ordinal))
        {
            return true;
        }
    }

    return false;
}
