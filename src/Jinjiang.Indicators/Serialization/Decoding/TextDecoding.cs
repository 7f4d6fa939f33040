using System.Globalization;
using System.Text;

namespace Jinjiang.Indicators.Serialization.Decoding;

/// <summary>The encoding chosen for a text input, how many bytes its byte order mark takes, and a note when it is not UTF-8.</summary>
internal sealed record TextSource(Encoding Encoding, int BomLength, string? Note);

/// <summary>
/// Finds the encoding of text as offices save it: a byte order mark (UTF-8, UTF-16 LE/BE, as Excel's "Unicode text"
/// writes), else strict UTF-8, else GB18030 (which covers GBK and GB2312, as Chinese Excel and WPS save CSV), or
/// the encoding a caller names. Text that decodes under none is refused with the byte offset of the problem.
/// </summary>
internal static class TextDecoding
{
    /// <summary>Strict UTF-8: an invalid byte is an error, never a replacement character.</summary>
    internal static Encoding Utf8 { get; } = new UTF8Encoding(false, true);

    /// <summary>Strict GB18030 (code page 54936), from the code-pages provider of the framework.</summary>
    internal static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)!;

    private static readonly Encoding Utf16Le = new UnicodeEncoding(false, false, true);
    private static readonly Encoding Utf16Be = new UnicodeEncoding(true, false, true);

    /// <summary>An encoding by the name a user types (utf-8, gb18030, gbk, gb2312, utf-16, utf-16le, utf-16be), or null.</summary>
    internal static Encoding? ByName(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => Utf8,
        "gb18030" or "gbk" or "gb2312" or "cp936" or "936" => Gb18030,
        "utf-16" or "utf16" or "utf-16le" or "unicode" => Utf16Le,
        "utf-16be" => Utf16Be,
        _ => null,
    };

    /// <summary>The name shown for an encoding.</summary>
    internal static string Name(Encoding encoding) => encoding.CodePage switch
    {
        65001 => "UTF-8",
        54936 => "GB18030",
        1200 => "UTF-16 LE",
        1201 => "UTF-16 BE",
        _ => encoding.WebName,
    };

    /// <summary>Detects the encoding of a seekable stream, leaves it at its start, and counts no more than <paramref name="maxBytes"/>.</summary>
    /// <returns>The choice, or null with <paramref name="problem"/> saying why the text cannot be read.</returns>
    internal static TextSource? Detect(Stream stream, Encoding? forced, long maxBytes, out string? problem)
    {
        problem = null;
        Span<byte> head = stackalloc byte[4];
        var n = ReadHead(stream, head);
        stream.Position = 0;
        var bom = head[..n];
        if (bom.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new(Utf8, 3, null);
        }

        if (bom.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new(Utf16Le, 2, "Read as UTF-16 LE (byte order mark).");
        }

        if (bom.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new(Utf16Be, 2, "Read as UTF-16 BE (byte order mark).");
        }

        if (forced is not null)
        {
            return new(forced, 0, forced.CodePage == 65001 ? null : $"Read as {Name(forced)}, as asked.");
        }

        if (n >= 2 && (head[0] == 0 || head[1] == 0))
        {
            problem = "The text looks like UTF-16 without a byte order mark (it has zero bytes); save it with a byte order mark (Excel's \"Unicode text\" does) or as UTF-8.";
            return null;
        }

        // In memory, valid UTF-8 (the usual case) is confirmed by one vectorized pass.
        if (stream is MemoryStream memory && memory.TryGetBuffer(out var buffer) && buffer.Count - (int)memory.Position <= maxBytes
            && System.Text.Unicode.Utf8.IsValid(buffer.AsSpan((int)memory.Position)))
        {
            return new(Utf8, 0, null);
        }

        var utf8Error = FirstInvalid(stream, Utf8, maxBytes, out var tooLong);
        stream.Position = 0;
        if (tooLong)
        {
            problem = $"The input is larger than {maxBytes.ToString(CultureInfo.InvariantCulture)} bytes, the most accepted.";
            return null;
        }

        if (utf8Error is null)
        {
            return new(Utf8, 0, null);
        }

        var gbError = FirstInvalid(stream, Gb18030, maxBytes, out _);
        stream.Position = 0;
        if (gbError is null)
        {
            return new(Gb18030, 0, $"Read as GB18030 (GBK): the text is not UTF-8 ({utf8Error}).");
        }

        problem = $"The text is neither UTF-8 ({utf8Error}) nor GB18030 ({gbError}); save it as UTF-8, or name its encoding.";
        return null;
    }

    /// <summary>Reads a whole stream (files, pipes, devices alike) counting the bytes actually read; null when there are more than the limit.</summary>
    internal static MemoryStream? ReadAll(Stream stream, long maxBytes)
    {
        // A file's size is known: one buffer of that size, not a buffer doubled and copied up to it (a national
        // file of 100 MB allocated 256 MB). The limit still counts the bytes read (a device reports no size).
        var known = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : 0;
        var copy = new MemoryStream((int)Math.Min(known, Math.Min(maxBytes, Array.MaxLength - 1)));
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                return null;
            }

            copy.Write(buffer, 0, read);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>Decodes a whole input to text with the detected (or named) encoding, or says why it cannot.</summary>
    internal static string? DecodeAll(Stream seekable, Encoding? forced, long maxBytes, out string? note, out string? problem)
    {
        note = null;
        if (Detect(seekable, forced, maxBytes, out problem) is not { } source)
        {
            return null;
        }

        note = source.Note;
        seekable.Position = source.BomLength;
        using var reader = new StreamReader(seekable, source.Encoding, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        try
        {
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException e)
        {
            problem = $"The text is not valid {Name(source.Encoding)}: {Describe(e)}.";
            return null;
        }
    }

    private static int ReadHead(Stream stream, Span<byte> head)
    {
        var total = 0;
        int read;
        while (total < head.Length && (read = stream.Read(head[total..])) > 0)
        {
            total += read;
        }

        return total;
    }

    /// <summary>Where a strict decoder first fails ("byte 0xB9 at offset 12"), or null when the whole stream decodes.</summary>
    private static string? FirstInvalid(Stream stream, Encoding encoding, long maxBytes, out bool tooLong)
    {
        tooLong = false;
        var decoder = encoding.GetDecoder();
        var bytes = new byte[65536];
        var chars = new char[encoding.GetMaxCharCount(bytes.Length)];
        long offset = 0;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            if (offset + read > maxBytes)
            {
                tooLong = true;
                return null;
            }

            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                return "byte 0x" + (e.BytesUnknown is { Length: > 0 } b ? b[0].ToString("X2", CultureInfo.InvariantCulture) : "??") + " near offset " + (offset + Math.Max(0, e.Index)).ToString(CultureInfo.InvariantCulture);
            }

            offset += read;
        }

        try
        {
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException)
        {
            return "the text ends inside a character";
        }

        return null;
    }

    private static string Describe(DecoderFallbackException e)
        => "byte 0x" + (e.BytesUnknown is { Length: > 0 } b ? b[0].ToString("X2", CultureInfo.InvariantCulture) : "??") + " cannot be decoded";
}
