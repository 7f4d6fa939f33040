namespace Jinjiang.Indicators.Cli.Tests;

/// <summary><c>--max-mib</c>: the size limit of observation files, raised for national files.</summary>
public class MaxSizeOptionTests
{
    [Fact]
    public void MaxMib_RefusesALargerFile_AndTheDefaultReadsIt()
    {
        var rows = string.Concat(Enumerable.Range(0, 40_000).Select(i => $"tianfu-greenway,2023-06-30,{i % 9},km,county-{i:00000}\n"));
        var file = Cli.TempFile(".csv", "indicator,date,value,unit,area\n" + rows);
        Assert.True(new FileInfo(file).Length > 1024 * 1024);

        var refused = Cli.Run("validate", file, "--max-mib", "1");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("at most 1048576 are accepted", refused.Out + refused.Err, StringComparison.Ordinal);
        Assert.Equal(0, Cli.Run("validate", file).ExitCode);
        Assert.Equal(0, Cli.Run("evaluate", "-o", file, "--by-area", "--max-mib", "2").ExitCode);

        var bad = Cli.Run("validate", file, "--max-mib", "0");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--max-mib: 0 is not a size", bad.Err, StringComparison.Ordinal);
    }
}
