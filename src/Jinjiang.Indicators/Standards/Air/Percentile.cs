using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Standards.Air;

/// <summary>The percentile of HJ 663-2013 annex A (the same as Excel's PERCENTILE.INC).</summary>
public static class Percentile
{
    /// <summary>
    /// Sorts the values ascending and interpolates: k = 1 + (n - 1) × p / 100, s = floor(k),
    /// value = X(s) + (X(s+1) - X(s)) × (k - s). {3, 4, 8, 2, 5, 4} at p = 90 gives 6.5.
    /// </summary>
    /// <param name="values">The valid values (at least one; NaN is not allowed).</param>
    /// <param name="p">The percentile, 0 to 100.</param>
    /// <returns>The percentile value.</returns>
    public static double Of(IEnumerable<double> values, double p)
    {
        Preconditions.CheckArgumentRange(p is >= 0 and <= 100, nameof(p), "A percentile must be between 0 and 100.");
        var sorted = Preconditions.CheckNotNull(values).ToArray();
        Preconditions.CheckArgument(sorted.Length > 0, nameof(values), "A percentile needs at least one value.");
        Preconditions.CheckArgument(!sorted.Any(double.IsNaN), nameof(values), "A percentile cannot be taken over NaN.");
        Array.Sort(sorted);
        return OfSorted(sorted, p);
    }

    internal static double OfSorted(ReadOnlySpan<double> sorted, double p)
    {
        var k = 1 + ((sorted.Length - 1) * p / 100);
        var s = (int)Math.Floor(k);
        if (s >= sorted.Length)
        {
            return sorted[^1];
        }

        return sorted[s - 1] + ((sorted[s] - sorted[s - 1]) * (k - s));
    }
}
