namespace Jinjiang.Indicators.Serialization;

/// <summary>Problems of JSON input.</summary>
internal static class JsonProblem
{
    /// <summary>The problem for JSON that does not parse: its line and path, and the parser's first sentence.</summary>
    internal static ReadProblem Malformed(string source, System.Text.Json.JsonException e)
    {
        var end = e.Message.IndexOf(". ", StringComparison.Ordinal);
        var first = end < 0 ? e.Message : e.Message[..(end + 1)];
        return new ReadProblem(source, (int)(e.LineNumber ?? -1) + 1, e.Path, null, Rows.ReadMessages.MalformedJson(first));
    }
}
