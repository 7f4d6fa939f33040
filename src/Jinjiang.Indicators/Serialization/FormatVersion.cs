namespace Jinjiang.Indicators.Serialization;

/// <summary>The version of the library's JSON formats. Readers accept any minor version of their major version and reject others with a clear message.</summary>
public static class FormatVersion
{
    /// <summary>
    /// The version written: <c>2.0</c>. Version 2.0 names every bilingual field by one rule (English unmarked, Chinese
    /// <c>…Zh</c>; an identifier unmarked and its English rendering <c>…En</c>): a catalog entry's and an evaluation's
    /// <c>name</c> is now English and <c>nameZh</c> Chinese (1.x: <c>name</c> Chinese, <c>nameEn</c> English), a peer
    /// group's <c>peersName</c> English and <c>peersNameZh</c> Chinese; a catalog is an object
    /// <c>{ formatVersion, indicators }</c> (1.x: the bare array). Readers accept 1.x files with their 1.x names.
    /// Version 1.1 added the optional <c>period</c> of an observation, the <c>report</c> and target <c>basis</c> of
    /// catalog entries, and the Chinese reason (<c>reasonZh</c>) of scorecard evaluations.
    /// </summary>
    public const string Current = "2.0";

    /// <summary>The major version written; readers accept it and the one before (1.x).</summary>
    public const int Major = 2;

    /// <summary>The major version of a version text already checked.</summary>
    internal static int MajorOf(string version)
    {
        var dot = version.IndexOf('.', StringComparison.Ordinal);
        return int.Parse(dot < 0 ? version : version[..dot], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture);
    }

    internal static string? Check(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return "The formatVersion field is required (\"1.0\").";
        }

        var dot = version.IndexOf('.', StringComparison.Ordinal);
        var majorText = dot < 0 ? version : version[..dot];
        return int.TryParse(majorText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) && major is 1 or Major
            ? null
            : $"Format version {version} is not supported; this library reads versions 1.x and {Major}.x.";
    }
}
