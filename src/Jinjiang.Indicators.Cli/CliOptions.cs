using System.CommandLine;
using Jinjiang.Indicators.Catalog;
using Jinjiang.Indicators.Reporting;
using Jinjiang.Indicators.Serialization;

namespace Jinjiang.Indicators.Cli;

/// <summary>The options and inputs several commands share: formats, language, encoding and separator, catalogs and observation files.</summary>
internal static class CliOptions
{
    internal static Option<string> FormatOption(string[] allowed, string description)
    {
        var option = new Option<string>("--format", "-f") { Description = description, DefaultValueFactory = _ => "table" };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    internal static Option<string> LanguageOption()
    {
        var option = new Option<string>("--language", "-l") { Description = "Labels in English (en) or Chinese (zh).", DefaultValueFactory = _ => "en" };
        option.AcceptOnlyFromAmong("en", "zh");
        return option;
    }

    internal static Option<string?> EncodingOption() => new("--encoding")
    {
        Description = "The encoding of text files: utf-8, gb18030 (gbk, gb2312) or utf-16. Default: detected (byte order mark, else UTF-8, else GB18030), and said when it is not UTF-8.",
    };

    internal static Option<int?> MaxSizeOption() => new("--max-mib")
    {
        Description = "The largest observation file read, in MiB (default 64), against a mistaken or hostile input: a national year of monthly rows is about 60 MiB as CSV and 190 MiB as JSON.",
    };

    internal static Option<string?> SeparatorOption() => new("--separator")
    {
        Description = "The separator of delimited text: comma, tab or semicolon (or the character itself). Default: detected from the header.",
    };

    /// <summary>A report's text in the encoding named by --encoding (or detected), or null having printed its problems; notes go to stderr.</summary>
    internal static string? ReadText(string path, string? encodingName, TextWriter stderr)
    {
        System.Text.Encoding? named = null;
        if (encodingName is not null && !TextFile.TryGetEncoding(encodingName, out named))
        {
            stderr.WriteLine($"--encoding: '{encodingName}' is not an encoding this tool reads; expected utf-8, gb18030 (gbk, gb2312), utf-16 or utf-16be.");
            return null;
        }

        var read = TextFile.Read(path, named);
        foreach (var problem in read.Problems)
        {
            stderr.WriteLine(problem);
        }

        if (!read.IsValid)
        {
            return null;
        }

        foreach (var note in read.Notes)
        {
            stderr.WriteLine($"{Path.GetFileName(path)}: {note}");
        }

        return read.Value;
    }

    /// <summary>The read options from --encoding and --separator, or null having said what is wrong.</summary>
    internal static ObservationReadOptions? ReadOptions(string? encodingName, string? separatorName, int? maxMib, TextWriter stderr)
    {
        if (maxMib is < 1 or > 1024 * 1024)
        {
            stderr.WriteLine($"--max-mib: {maxMib} is not a size; expected a whole number of MiB from 1.");
            return null;
        }

        System.Text.Encoding? encoding = null;
        if (encodingName is not null && !TextFile.TryGetEncoding(encodingName, out encoding))
        {
            stderr.WriteLine($"--encoding: '{encodingName}' is not an encoding this tool reads; expected utf-8, gb18030 (gbk, gb2312), utf-16 or utf-16be.");
            return null;
        }

        char? separator = separatorName?.Trim().ToLowerInvariant() switch
        {
            null => null,
            "comma" or "," => ',',
            "tab" or "\\t" or "\t" => '\t',
            "semicolon" or ";" => ';',
            _ => (char)0,
        };
        if (separator == (char)0)
        {
            stderr.WriteLine($"--separator: '{separatorName}' is not a separator; expected comma, tab or semicolon.");
            return null;
        }

        return maxMib is { } mib
            ? new ObservationReadOptions { Encoding = encoding, Separator = separator, MaxBytes = mib * 1024L * 1024 }
            : new ObservationReadOptions { Encoding = encoding, Separator = separator };
    }

    internal static ReportLanguage Language(string text) => text == "zh" ? ReportLanguage.Chinese : ReportLanguage.English;

    /// <summary>An observation file of any kind the tool reads: delimited text, JSON, or an Excel workbook.</summary>
    internal static ReadResult<IReadOnlyList<Observation>> ReadObservations(string file, IndicatorCatalog? catalog, ObservationReadOptions options)
        => Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? Excel.ObservationWorkbook.ReadFile(file, catalog, options)
            : ObservationFile.Read(file, catalog, options);

    /// <summary>
    /// A catalog file's valid entries, having printed its problems and notes; null when no entry could be read. A
    /// file with some bad entries is read entry by entry: the valid ones are used, and the command ends with exit 1
    /// (<paramref name="problems"/> counts what was left out).
    /// </summary>
    internal static IndicatorCatalog? LoadCatalog(string catalogPath, TextWriter stderr, out int problems)
    {
        problems = 0;
        if (Directory.Exists(catalogPath))
        {
            stderr.WriteLine($"{catalogPath}: This is a directory, not a file: name a catalog file inside it.");
            return null;
        }

        if (!File.Exists(catalogPath))
        {
            stderr.WriteLine($"{catalogPath}: The file does not exist.");
            return null;
        }

        using var stream = File.OpenRead(catalogPath);
        var read = CatalogJson.Read(stream, Path.GetFileName(catalogPath));
        foreach (var note in read.Notes)
        {
            stderr.WriteLine($"{Path.GetFileName(catalogPath)}: {note}");
        }

        foreach (var problem in read.Problems)
        {
            stderr.WriteLine(problem);
        }

        problems = read.Problems.Count;
        return !read.HasValue || read.Value.Count == 0 ? null : read.Value;
    }
}
