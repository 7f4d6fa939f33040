using System.CommandLine;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Cli;

/// <summary>The <c>schema</c> command: the JSON Schemas of the file formats.</summary>
internal static class SchemaCommand
{
    internal static Command Create(TextWriter stdout)
    {
        var kind = new Option<string>("--kind") { Description = "observations (default) or catalog.", DefaultValueFactory = _ => "observations" };
        kind.AcceptOnlyFromAmong("observations", "catalog");
        var command = new Command("schema", "Prints the JSON Schema of the observation file format (or of the catalog export).") { kind };
        command.SetAction(parse =>
        {
            stdout.Write(parse.GetValue(kind) == "catalog" ? JsonSchemas.Catalog : JsonSchemas.Observations);
            return ExitCodes.Success;
        });
        return command;
    }
}
