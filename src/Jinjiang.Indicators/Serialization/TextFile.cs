using System.Text;
using Jinjiang.Indicators.Serialization.Decoding;
using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Serialization;

/// <summary>
/// Reads a text file (a report to extract promises from) as offices save it: UTF-8 with or without a byte order
/// mark, UTF-16 with one, or GB18030 (GBK, GB2312), detected in that order unless an encoding is named.
/// </summary>
public static class TextFile
{
    /// <summary>Reads a whole text file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding, or <see langword="null"/> to detect it.</param>
    /// <param name="maxBytes">The most bytes read (default 64 MiB), counted as they are read (devices and pipes too).</param>
    /// <returns>The text, with a note naming the encoding when it is not UTF-8; or the problem.</returns>
    public static ReadResult<string> Read(string path, Encoding? encoding = null, long maxBytes = 64L * 1024 * 1024)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckArgumentRange(maxBytes > 0, nameof(maxBytes), "The maximum size must be positive.");
        var name = Path.GetFileName(path);
        var options = new ObservationReadOptions { MaxBytes = maxBytes, Encoding = encoding, Catalog = null };
        if (FileLoad.Refuse(path, options) is { } refused)
        {
            return ReadResult<string>.Failure(refused.Problems);
        }

        using var stream = FileLoad.OpenSeekable(path, options, out var tooLarge);
        if (stream is null)
        {
            return ReadResult<string>.Failure([new ReadProblem(name, 0, null, null, tooLarge!)]);
        }

        var text = TextDecoding.DecodeAll(stream, encoding, maxBytes, out var note, out var problem);
        return text is null
            ? ReadResult<string>.Failure([new ReadProblem(name, 0, null, null, problem!)])
            : new(text, []) { Notes = note is null ? [] : [note] };
    }

    /// <summary>An encoding by the name a person types: <c>utf-8</c>, <c>gb18030</c> (or <c>gbk</c>, <c>gb2312</c>), <c>utf-16</c>, <c>utf-16be</c>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="encoding">The encoding, when the name is known.</param>
    /// <returns>Whether the name is known.</returns>
    public static bool TryGetEncoding(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Encoding? encoding)
    {
        encoding = TextDecoding.ByName(name);
        return encoding is not null;
    }
}
