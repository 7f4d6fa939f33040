namespace Jinjiang.Indicators.Cli;

/// <summary>
/// Writes an output file so that no file is ever lost or torn: never over one of the command's inputs, into a
/// temporary file beside the target moved into place when complete (a failed or concurrent run leaves the old file or
/// one whole new file), straight to a device or pipe (<c>/dev/stdout</c>), and with one clear error for a directory,
/// a full disk or a read-only place. Binary formats are not written to a terminal.
/// </summary>
internal static class OutputFile
{
    /// <summary>Whether the output may be written: not an input, not a directory. Says why not on standard error.</summary>
    internal static bool Check(string path, IEnumerable<string?> inputs, TextWriter stderr)
    {
        if (Directory.Exists(path))
        {
            stderr.WriteLine($"--output: '{path}' is a directory; name a file to write.");
            return false;
        }

        var target = Resolve(path);
        foreach (var input in inputs)
        {
            if (input is not null && string.Equals(Resolve(input), target, StringComparison.Ordinal))
            {
                stderr.WriteLine($"--output: '{path}' is also an input of this command; writing it would destroy the input. Choose another file.");
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the output; false (with the reason on standard error) when it could not be written.</summary>
    internal static bool Write(string path, Action<Stream> write, TextWriter stderr, bool binary = false)
    {
        try
        {
            if (IsDevice(path))
            {
                if (binary && path is "/dev/stdout" or "/dev/tty" && !Console.IsOutputRedirected)
                {
                    stderr.WriteLine($"--output: a workbook is binary and is not written to a terminal; redirect it to a file or a pipe.");
                    return false;
                }

                // Devices and pipes are not seekable: the whole output is made first, then copied.
                using var buffer = new MemoryStream();
                write(buffer);
                using var device = new FileStream(path, FileMode.Open, FileAccess.Write);
                buffer.Position = 0;
                buffer.CopyTo(device);
                return true;
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                {
                    write(stream);
                }

                File.Move(temporary, path, overwrite: true);
                return true;
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }
        catch (IOException e) when (e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase))
        {
            return true; // the reader of a pipe stopped reading (| head): end quietly, as Unix tools do
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"--output: could not write '{path}': {e.Message}");
            return false;
        }
    }

    /// <summary>A device or pipe, written in place (<c>/dev/stdout</c>, <c>/dev/null</c>, a named pipe).</summary>
    private static bool IsDevice(string path)
    {
        // The path as named first: /dev/stdout redirected to a file must be written through, not replaced.
        var named = Path.GetFullPath(path);
        var full = Resolve(path);
        return named.StartsWith("/dev/", StringComparison.Ordinal) || named.StartsWith("/proc/", StringComparison.Ordinal)
            || full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal);
    }

    /// <summary>A path made absolute, its symbolic links followed where they exist.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
