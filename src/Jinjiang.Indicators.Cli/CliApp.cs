using System.CommandLine;

namespace Jinjiang.Indicators.Cli;

/// <summary>The command tree of <c>jinjiang-indicators</c>, runnable in-process with its own output writers (for tests).</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool interactive = false)
    {
        var root = Build(stdout, stderr, interactive);
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(configuration);
        }
        catch (IOException e) when (e.Message.Contains("pipe", StringComparison.OrdinalIgnoreCase))
        {
            return ExitCodes.Success; // standard output closed by its reader (| head): end quietly, as Unix tools do
        }
        catch (IOException e)
        {
            stderr.WriteLine($"Could not read or write: {e.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"Not allowed: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr, bool interactive)
    {
        var root = new RootCommand(
            "Typed, evaluable targets from Chinese government work reports; built in: the 2023 report of Jinjiang District, Chengdu.\n" + ExitCodes.Help);
        root.Subcommands.Add(CatalogCommand.Create(stdout));
        root.Subcommands.Add(EvaluateCommand.Create(stdout, stderr, interactive));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(LedgerCommand.Create(stdout, stderr));
        root.Subcommands.Add(BulletinCommand.Create(stdout, stderr));
        root.Subcommands.Add(SchemaCommand.Create(stdout));
        root.Subcommands.Add(ExtractCommand.Create(stdout, stderr));
        root.Subcommands.Add(TemplateCommand.Create(stderr));
        root.Subcommands.Add(OutcomesCommand.Create(stdout, stderr));
        return root;
    }
}
