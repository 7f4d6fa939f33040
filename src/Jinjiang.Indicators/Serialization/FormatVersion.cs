namespace Jinjiang.Indicators.Serialization;

/// <summary>The version of the library's JSON formats. Readers accept any minor version of their major version and reject others with a clear message.</summary>
public static class FormatVersion
{
    /// <summary>
    /// The version written: <c>1.1</c>. Version 1.1 adds the optional <c>period</c> of an observation, the
    /// <c>report</c> and target <c>basis</c> of catalog entries, and the Chinese reason (<c>reasonZh</c>) of scorecard
    /// evaluations; files of version 1.0 still read.
    /// </summary>
    public const string Current = "1.1";

    /// <summary>The major version readers accept.</summary>
    public const int Major = 1;

    internal static string? Check(string? version)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            return "The formatVersion field is required (\"1.0\").";
        }

        var dot = version.IndexOf('.', StringComparison.Ordinal);
        var majorText = dot < 0 ? version : version[..dot];
        return int.TryParse(majorText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var major) && major == Major
            ? null
            : $"Format version {version} is not supported; this library reads version {Major}.x.";
    }
}
