using System.CommandLine;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Cli;

/// <summary>The <c>catalog</c> command: the built-in catalog as a table, JSON or Markdown.</summary>
internal static class CatalogCommand
{
    internal static readonly string[] CatalogFormats = ["table", "json", "markdown"];

    internal static Command Create(TextWriter stdout)
    {
        var format = CliOptions.FormatOption(CatalogFormats, "table, json (an array of indicators with id, name, nameEn, section, target, deadline, commitment, source) or markdown.");
        var language = CliOptions.LanguageOption();
        var excluded = new Option<bool>("--excluded") { Description = "List the sentences of the report left out of the catalog, each with the reason (excluded and why), instead of the catalog." };
        var command = new Command("catalog", "Lists the built-in catalog: every promise of the report, with its target, deadline, commitment and source sentence.") { format, language, excluded };
        command.SetAction(parse =>
        {
            var lang = CliOptions.Language(parse.GetValue(language)!);
            if (parse.GetValue(excluded))
            {
                stdout.Write(CatalogRenderer.ExcludedToText(Jinjiang2023.Catalog.Excluded, lang));
                return ExitCodes.Success;
            }

            var indicators = Jinjiang2023.Catalog.All;
            var text = parse.GetValue(format) switch
            {
                "json" => CatalogJson.ToJson(indicators) + "\n",
                "markdown" => CatalogRenderer.ToMarkdown(indicators, CliOptions.Language(parse.GetValue(language)!)),
                _ => CatalogRenderer.ToText(indicators, CliOptions.Language(parse.GetValue(language)!)),
            };
            stdout.Write(text);
            return ExitCodes.Success;
        });
        return command;
    }
}
