using System.IO.Compression;
using System.Text;

namespace Jinjiang.Indicators.Excel;

/// <summary>
/// A look at a workbook's parts before any is read: each part is unpacked and counted (never kept) so that a part
/// inflating beyond a limit is refused, and a sheet of shared text without its shared-strings part is caught (its
/// cells would read as the indexes, not the text).
/// </summary>
internal static class WorkbookParts
{
    private static readonly byte[] SharedTextCell = Encoding.ASCII.GetBytes("t=\"s\"");

    /// <summary>What is wrong with the workbook's parts, or null when it may be read.</summary>
    internal static string? Problem(Stream seekable, long maxUnpackedBytes)
    {
        var start = seekable.Position;
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            var hasSharedStrings = zip.Entries.Any(e => string.Equals(e.FullName, "xl/sharedStrings.xml", StringComparison.OrdinalIgnoreCase));
            var buffer = new byte[64 * 1024];
            foreach (var entry in zip.Entries)
            {
                var sheet = entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase);
                var sharedText = false;
                long total = 0;
                using var part = entry.Open();
                int read;
                var carry = 0;
                while ((read = part.Read(buffer, carry, buffer.Length - carry)) > 0)
                {
                    total += read;
                    if (total > maxUnpackedBytes)
                    {
                        return WorkbookMessages.PartTooLarge(entry.FullName, Mib(maxUnpackedBytes));
                    }

                    var filled = carry + read;
                    if (sheet && !sharedText && buffer.AsSpan(0, filled).IndexOf(SharedTextCell) >= 0)
                    {
                        sharedText = true;
                    }

                    // Keep the last bytes, so that a marker split across two reads is still seen.
                    carry = Math.Min(SharedTextCell.Length - 1, filled);
                    Buffer.BlockCopy(buffer, filled - carry, buffer, 0, carry);
                }

                if (sharedText && !hasSharedStrings)
                {
                    return WorkbookMessages.NoSharedStrings(entry.FullName);
                }
            }

            return null;
        }
        finally
        {
            seekable.Position = start;
        }
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " MiB";
}
