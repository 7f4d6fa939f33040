#:project ../src/Jinjiang.Indicators/Jinjiang.Indicators.csproj
#:property TreatWarningsAsErrors=false
// Scores PromiseExtractor against the hand-labelled development corpus (../shared/corpus, other publishers' pages:
// measured from there, never copied into the repository).
//   dotnet run eng/score-extraction.cs [corpus-dir] [--verbose]
// A label is found when a candidate overlaps the label's text and quotes its number; a candidate is correct when it
// finds a label; a decoy is taken when a candidate's quantity lies inside a decoy string.
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Text;

var dir = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine("..", "shared", "corpus");
var verbose = args.Contains("--verbose");
if (!File.Exists(Path.Combine(dir, "labels.json")))
{
    Console.Error.WriteLine($"{dir}: no labels.json; pass the corpus folder.");
    return 1;
}

using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "labels.json")));
int labelled = 0, found = 0, candidates = 0, correct = 0, decoys = 0, decoysTaken = 0;
var perFile = new List<string>();
foreach (var file in labels.RootElement.EnumerateObject().Where(p => p.Name != "_decoys"))
{
    var text = File.ReadAllText(Path.Combine(dir, file.Name));
    var year = int.Parse(Regex.Match(file.Name, "_(\\d{4})").Groups[1].Value, CultureInfo.InvariantCulture);
    var found0 = PromiseExtractor.Extract(text, year);
    candidates += found0.Count;
    var (labelledBefore, foundBefore, decoysTakenBefore, decoysBefore) = (labelled, found, decoysTaken, decoys);
    var matched = new HashSet<int>();
    foreach (var label in file.Value.EnumerateArray())
    {
        labelled++;
        var labelText = label.GetProperty("text").GetString()!;
        var value = label.GetProperty("value").GetString()!;
        var unit = label.TryGetProperty("unit", out var u) ? u.GetString() ?? string.Empty : string.Empty;
        // A label's text may stand twice (a result and the plan repeating it): any occurrence counts.
        var hit = -1;
        for (var at = text.IndexOf(labelText, StringComparison.Ordinal); at >= 0 && hit < 0; at = text.IndexOf(labelText, at + 1, StringComparison.Ordinal))
        {
            for (var i = 0; i < found0.Count; i++)
            {
                var c = found0[i];
                if (!matched.Contains(i) && c.Start < at + labelText.Length && at < c.Start + c.Text.Length && Quotes(c, value, unit))
                {
                    hit = i;
                    break;
                }
            }
        }

        if (hit >= 0)
        {
            found++;
            matched.Add(hit);
        }
        else if (verbose)
        {
            Console.WriteLine($"missed  {file.Name}: {labelText} ({value})");
        }
    }

    correct += matched.Count;
    if (verbose)
    {
        foreach (var (c, i) in found0.Select((c, i) => (c, i)).Where(x => !matched.Contains(x.i)))
        {
            Console.WriteLine($"extra   {file.Name}: {c.Text}");
        }
    }

    var decoyList = labels.RootElement.GetProperty("_decoys").TryGetProperty(file.Name, out var d) ? d.EnumerateArray().Select(e => e.GetString()!).ToList() : [];
    foreach (var decoy in decoyList)
    {
        decoys++;
        var at = text.IndexOf(decoy, StringComparison.Ordinal);
        var taken = at >= 0 && found0.Select((c, i) => (c, i)).Any(x => x.c.QuantityText is { } q && x.c.Text.Contains(q, StringComparison.Ordinal)
            && x.c.Start + x.c.Text.IndexOf(q, StringComparison.Ordinal) is var qs && qs >= at && qs + q.Length <= at + decoy.Length && !matched.Contains(x.i));
        if (taken)
        {
            decoysTaken++;
            if (verbose)
            {
                Console.WriteLine($"decoy   {file.Name}: {decoy}");
            }
        }
    }

    perFile.Add(string.Create(CultureInfo.InvariantCulture, $"  {file.Name,-32} labels {labelled - labelledBefore,3}  found {found - foundBefore,3}  candidates {found0.Count,3}  correct {matched.Count,3}  decoys taken {decoysTaken - decoysTakenBefore} of {decoys - decoysBefore}"));
}

Console.WriteLine("per file:");
perFile.ForEach(Console.WriteLine);

var recall = labelled == 0 ? 0 : found / (double)labelled;
var precision = candidates == 0 ? 0 : correct / (double)candidates;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"labels {labelled}, found {found}, candidates {candidates}, correct {correct}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recall {recall:0.000}, precision {precision:0.000}, decoys taken {decoysTaken} of {decoys}"));
return 0;

static bool Quotes(CandidatePromise c, string value, string unit)
{
    // A number written in Chinese numerals (十万个 for 10 万个): the value read, in the label's magnitude.
    var magnitude = unit.StartsWith('万') || unit.StartsWith('萬') ? 1e4 : unit.StartsWith('亿') || unit.StartsWith('億') ? 1e8 : 1;
    if (c.QuantityText is { } written && !written.Any(char.IsAsciiDigit) && !written.Any(ch => ch is >= '０' and <= '９')
        && c.Quantity is { } read && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var labelled)
        && Math.Abs(read.Value - (labelled * magnitude)) < 1e-6 * Math.Max(1, labelled * magnitude))
    {
        return true;
    }

    // Values written in words: a class (Ⅲ类 is 3), 清零 (0), 百分之百 (100).
    if (c.Class is { } quality && quality.Ordinal.ToString(CultureInfo.InvariantCulture) == value)
    {
        return true;
    }

    if ((value == "0" && c.Text.Contains("清零", StringComparison.Ordinal)) || (value == "100" && c.Text.Contains("百分之百", StringComparison.Ordinal)))
    {
        return true;
    }

    // A range (5-5.5): the candidate reads both ends, however the text writes it (5%至5.5%, 5%—5.5%).
    if (Regex.Match(value, "^([0-9.]+)-([0-9.]+)$") is { Success: true } range && c.Quantity is { } low && c.UpperQuantity is { } high)
    {
        return Math.Abs(low.Value - double.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture)) < 1e-9
            && Math.Abs(high.Value - double.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture)) < 1e-9;
    }

    // The number as written (1.02 for 1.02万人), in ASCII digits; full-width and stray spaces are tolerated.
    var text = new string((c.QuantityText ?? c.Text).Where(ch => ch != ' ').Select(ch => ch is >= '０' and <= '９' ? (char)('0' + (ch - '０')) : ch).ToArray());
    return Regex.IsMatch(text, "(?<![0-9.])" + Regex.Escape(value) + "(?![0-9])");
}
