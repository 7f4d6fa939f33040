namespace Jinjiang.Indicators.Cli.Tests;

/// <summary>Runs the tool in-process and captures what it prints.</summary>
internal sealed record Cli(int ExitCode, string Out, string Err)
{
    public static Cli Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return new Cli(code, stdout.ToString(), stderr.ToString());
    }

    public static string TempFile(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"jj-cli-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        return path;
    }
}
