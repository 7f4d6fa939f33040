#:property PublishAot=false
// Runs every sample against a packed package, as users would, and checks what each printed or displayed.
//   dotnet run samples/run-samples.cs -- PACKAGE_FOLDER VERSION OUTPUT_FOLDER
// Run from the repository root (the local tool manifest pins dotnet-interactive and PowerShell).
using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: dotnet run samples/run-samples.cs -- PACKAGE_FOLDER VERSION OUTPUT_FOLDER");
    return 1;
}

var feed = Path.GetFullPath(args[0]);
var version = args[1];
var output = Directory.CreateDirectory(Path.GetFullPath(args[2])).FullName;
var root = Directory.GetCurrentDirectory();
var failures = new List<string>();
var expected = new[] { "tianfu-greenway: at-risk", "ev-charging-piles: on-track", "community-gardens: met", "weekly-inspection-and-exposure: not-met" };

void Check(string sample, bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {sample}: {what}");
    if (!ok)
    {
        failures.Add($"{sample}: {what}");
    }
}

void CheckStatuses(string sample, string text)
{
    foreach (var line in expected)
    {
        Check(sample, text.Contains(line, StringComparison.Ordinal), $"prints '{line}'");
    }
}

string Scratch(string name)
{
    var dir = Path.Combine(Path.GetTempPath(), $"jj-sample-{name}-{Guid.NewGuid():N}");
    Directory.CreateDirectory(dir);
    // The package folder first; the registry stays available for dependencies.
    File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="jinjiang-local" value="{feed}" />
          </packageSources>
        </configuration>
        """);
    return dir;
}

// 1. The notebook, cell by cell through dotnet-interactive's stdio protocol (#!import would hide cell failures).
{
    var cells = Regex.Split(File.ReadAllText(Path.Combine(root, "samples", "notebook", "scorecard.dib")), @"^#!(csharp|markdown|meta)\s*$", RegexOptions.Multiline)
        .Select((text, i) => (text, i))
        .ToList();
    var code = new List<string> { $"#i \"nuget: {feed}\"" };
    for (var i = 1; i + 1 < cells.Count; i += 2)
    {
        if (cells[i].text == "csharp")
        {
            code.Add(cells[i + 1].text.Trim().Replace("Jinjiang.Indicators, 0.2.0", "Jinjiang.Indicators, " + version, StringComparison.Ordinal));
        }
    }

    var info = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var a in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--default-kernel", "csharp" })
    {
        info.ArgumentList.Add(a);
    }

    info.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
    using var process = Process.Start(info)!;
    _ = process.StandardError.ReadToEndAsync();
    var outputs = new List<List<(string Mime, string Value)>>();
    for (var c = 0; c < code.Count && failures.Count == 0; c++)
    {
        var token = "cell-" + c;
        var command = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["token"] = token,
            ["commandType"] = "SubmitCode",
            ["command"] = new Dictionary<string, string> { ["code"] = code[c], ["targetKernelName"] = "csharp" },
        });
        await process.StandardInput.WriteLineAsync(command);
        await process.StandardInput.FlushAsync();
        var values = new List<(string, string)>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        while (true)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                Check("notebook", false, $"cell {c}: dotnet-interactive ended");
                break;
            }

            if (!line.StartsWith('{'))
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            if (!doc.RootElement.TryGetProperty("eventType", out var type) || !doc.RootElement.TryGetProperty("command", out var cmd)
                || cmd.ValueKind != JsonValueKind.Object || cmd.GetProperty("token").GetString() is not { } t || !(t == token || t.StartsWith(token + ".", StringComparison.Ordinal)))
            {
                continue;
            }

            var ev = doc.RootElement.GetProperty("event");
            switch (type.GetString())
            {
                case "ReturnValueProduced" or "DisplayedValueProduced" when t == token:
                    foreach (var v in ev.GetProperty("formattedValues").EnumerateArray())
                    {
                        values.Add((v.GetProperty("mimeType").GetString()!, v.GetProperty("value").GetString()!));
                    }

                    break;
                case "CommandFailed" when t == token:
                    Check("notebook", false, $"cell {c} failed: {ev.GetProperty("message").GetString()}");
                    break;
                case "CommandSucceeded" when t == token:
                    break;
                default:
                    continue;
            }

            if (type.GetString() is "CommandFailed" or "CommandSucceeded")
            {
                break;
            }
        }

        outputs.Add(values);
    }

    process.StandardInput.Close();
    if (!process.WaitForExit(30_000))
    {
        process.Kill(entireProcessTree: true);
    }

    if (failures.Count == 0)
    {
        Check("notebook", true, $"all {code.Count} cells ran");
        string Html(int cell) => outputs[cell].FirstOrDefault(v => v.Mime == "text/html").Value ?? string.Empty;
        var scorecard = Html(3);
        File.WriteAllText(Path.Combine(output, "notebook-scorecard.html"), "<!DOCTYPE html><meta charset=\"utf-8\">" + scorecard);
        Check("notebook", Regex.Count(scorecard, "<tr class=\"indicator status-") == 41, "the scorecard cell displays text/html with one row per indicator (41)");
        var chart = Html(4);
        File.WriteAllText(Path.Combine(output, "notebook-greenway.html"), "<!DOCTYPE html><meta charset=\"utf-8\">" + chart);
        Check("notebook", chart.Contains("<svg class=\"chart\"", StringComparison.Ordinal) && chart.Contains("status-at-risk", StringComparison.Ordinal), "the greenway cell displays its chart and status");
        Check("notebook", Html(5).Contains("bike-lanes", StringComparison.Ordinal) && Html(5).Contains("status-on-track", StringComparison.Ordinal), "the custom indicator cell is on track");
    }
}

(int Code, string Out, string Err) Run(string workDir, params string[] arguments)
{
    var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workDir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
    foreach (var a in arguments)
    {
        info.ArgumentList.Add(a);
    }

    using var p = Process.Start(info)!;
    var stdout = p.StandardOutput.ReadToEndAsync();
    var stderr = p.StandardError.ReadToEndAsync();
    if (!p.WaitForExit(600_000))
    {
        p.Kill(entireProcessTree: true);
        return (-1, stdout.Result, "timed out");
    }

    return (p.ExitCode, stdout.Result, stderr.Result);
}

// 2. The C# file-based app, in a folder of its own.
{
    var dir = Scratch("cs");
    File.WriteAllText(Path.Combine(dir, "scorecard.cs"), File.ReadAllText(Path.Combine(root, "samples", "scripts", "scorecard.cs")).Replace("Jinjiang.Indicators@0.2.0", "Jinjiang.Indicators@" + version, StringComparison.Ordinal));
    var (code, stdout, stderr) = Run(dir, "run", "scorecard.cs");
    Check("file-based app", code == 2, $"exits 2 when promises are off track (exit {code}) {(code is 0 or 2 ? string.Empty : stderr)}");
    CheckStatuses("file-based app", stdout);
}

// 3. The F# script.
{
    var dir = Scratch("fsx");
    File.WriteAllText(Path.Combine(dir, "scorecard.fsx"), $"#i \"nuget: {feed}\"\n" + File.ReadAllText(Path.Combine(root, "samples", "scripts", "scorecard.fsx")).Replace("Jinjiang.Indicators, 0.2.0", "Jinjiang.Indicators, " + version, StringComparison.Ordinal));
    var (code, stdout, stderr) = Run(dir, "fsi", "--quiet", "scorecard.fsx");
    Check("F# script", code == 0, $"exits 0 (exit {code}) {(code == 0 ? string.Empty : stderr)}");
    CheckStatuses("F# script", stdout);
}

// 4. The PowerShell script, through the packed command-line tool.
{
    var (code, stdout, stderr) = Run(root, "tool", "run", "pwsh", "--", "-NoProfile", "-NonInteractive", "-File", Path.Combine(root, "samples", "scripts", "scorecard.ps1"), "-Feed", feed, "-Version", version);
    Check("PowerShell script", code == 0, $"exits 0 (exit {code}) {(code == 0 ? string.Empty : stderr)}");
    CheckStatuses("PowerShell script", stdout);
}

Console.WriteLine(failures.Count == 0 ? "samples: all passed" : $"samples: {failures.Count} failure(s)");
return failures.Count == 0 ? 0 : 1;
