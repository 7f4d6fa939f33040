using Jinjiang.Indicators.Utility;

namespace Jinjiang.Indicators.Evaluations;

/// <summary>What a <see cref="ProgressMethod"/> concluded. The explanation is written when first read.</summary>
public readonly struct ProgressAssessment : IEquatable<ProgressAssessment>
{
    private readonly string? _explanation;
    private readonly ProgressMethod? _method;
    private readonly double _detail;
    private readonly string? _note;
    private readonly string? _explanationChinese;

    /// <summary>Creates an assessment.</summary>
    /// <param name="status"><see cref="EvaluationStatus.OnTrack"/>, <see cref="EvaluationStatus.AtRisk"/>, <see cref="EvaluationStatus.OffTrack"/> or <see cref="EvaluationStatus.NoData"/> when the method cannot judge.</param>
    /// <param name="expected">The value expected by the current date on the method's path, in base units, if it defines one.</param>
    /// <param name="figure">The method's own figure (pace, CAGR ratio, projected progress).</param>
    /// <param name="explanation">One clause explaining the figure.</param>
    public ProgressAssessment(EvaluationStatus status, double? expected, double? figure, string explanation)
    {
        Status = status;
        Expected = expected;
        Figure = figure;
        _explanation = Preconditions.CheckNotNull(explanation);
    }

    /// <summary>An assessment with its explanation in English and Chinese.</summary>
    internal ProgressAssessment(EvaluationStatus status, double? expected, double? figure, string explanation, string explanationChinese)
        : this(status, expected, figure, explanation) => _explanationChinese = explanationChinese;

    /// <summary>An assessment whose explanation <paramref name="method"/> writes when first read, from the figure, one detail and a fixed note.</summary>
    internal ProgressAssessment(EvaluationStatus status, double? expected, double figure, ProgressMethod method, double detail = 0, string note = "")
    {
        Status = status;
        Expected = expected;
        Figure = figure;
        _method = method;
        _detail = detail;
        _note = note;
    }

    /// <summary>The verdict of the method.</summary>
    public EvaluationStatus Status { get; }

    /// <summary>The value expected by the current date on the method's path, in base units, if it defines one.</summary>
    public double? Expected { get; }

    /// <summary>The method's own figure (pace, CAGR ratio, projected progress).</summary>
    public double? Figure { get; }

    /// <summary>One clause explaining the figure.</summary>
    public string Explanation => _explanation ?? _method?.Explain(Figure.GetValueOrDefault(), _detail, _note ?? string.Empty) ?? string.Empty;

    /// <summary>The explanation in Chinese (the English one where an assessment was made with only that).</summary>
    public string ExplanationChinese => _explanationChinese ?? (_method is { } m ? m.ExplainChinese(Figure.GetValueOrDefault(), _detail, _note ?? string.Empty) : _explanation ?? string.Empty);

    /// <inheritdoc/>
    public bool Equals(ProgressAssessment other)
        => Status == other.Status && Nullable.Equals(Expected, other.Expected) && Nullable.Equals(Figure, other.Figure) && Explanation == other.Explanation;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ProgressAssessment other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, Expected, Figure);

    /// <summary>Whether two assessments are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ProgressAssessment left, ProgressAssessment right) => left.Equals(right);

    /// <summary>Whether two assessments differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ProgressAssessment left, ProgressAssessment right) => !left.Equals(right);
}
