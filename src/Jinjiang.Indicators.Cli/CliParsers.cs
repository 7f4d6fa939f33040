using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Jinjiang.Indicators.Evaluations;
using NodaTime;
using NodaTime.Text;

namespace Jinjiang.Indicators.Cli;

/// <summary>
/// Typed options in System.CommandLine's idiom: each option parses its own text with a custom parser, and a text that
/// is not a value is an error of the parse (printed with the others, exit code 1) rather than a check in an action.
/// </summary>
internal static class CliParsers
{
    /// <summary>An option whose value is an ISO date (yyyy-MM-dd).</summary>
    internal static Option<LocalDate?> DateOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result => ParseDate(result, name),
    };

    /// <summary>An option whose value is a month (yyyy-MM).</summary>
    internal static Option<YearMonth?> MonthOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM",
        CustomParser = result =>
        {
            var text = Last(result);
            var parsed = YearMonthPattern.Iso.Parse(text.Trim());
            if (parsed.Success)
            {
                return parsed.Value;
            }

            result.AddError($"{name}: '{text}' is not a month; expected yyyy-MM.");
            return null;
        },
    };

    /// <summary>An option whose value is a comma-separated list of evaluation statuses (met, not-met, on-track, …).</summary>
    internal static Option<IReadOnlyList<EvaluationStatus>> StatusesOption(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "status[,status…]",
        DefaultValueFactory = _ => [],
        CustomParser = result =>
        {
            var statuses = new List<EvaluationStatus>();
            foreach (var part in string.Join(',', result.Tokens.Select(t => t.Value)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!EvaluationStatusText.TryParse(part, out var status))
                {
                    result.AddError($"{name}: '{part}' is not a status; expected {string.Join(", ", EvaluationStatusText.All)}.");
                    return [];
                }

                statuses.Add(status);
            }

            return statuses;
        },
    };

    private static LocalDate? ParseDate(ArgumentResult result, string name)
    {
        var text = Last(result);

        // yyyy-MM-dd without NodaTime's pattern set-up (a tenth of a small run); other text through the ISO pattern.
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var plain))
        {
            return LocalDate.FromDateOnly(plain);
        }

        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }

        result.AddError($"{name}: '{text}' is not a date; expected yyyy-MM-dd.");
        return null;
    }

    private static string Last(ArgumentResult result) => result.Tokens.Count == 0 ? string.Empty : result.Tokens[^1].Value;
}
