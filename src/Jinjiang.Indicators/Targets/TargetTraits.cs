namespace Jinjiang.Indicators.Targets;

/// <summary>
/// What the library needs to know about each kind of target besides its evaluation (whether its basis is shown,
/// whether its readings are periodic returns, whether it reads every component), answered by one visitor so that
/// a new kind cannot be left out.
/// </summary>
internal static class TargetTraits
{
    [Flags]
    private enum Trait
    {
        None = 0,

        /// <summary>The target holds a level, so how it must hold (期末达到, 全程保持, 全期整体) is part of its wording.</summary>
        ShowsBasis = 1,

        /// <summary>Its readings are periodic returns (a month's figure, a running total), not events or a one-off completion.</summary>
        ReturnedSeries = 2,

        /// <summary>Its judgement reads the home area's readings of every component (classes of all sections, ranks), not one series.</summary>
        ReadsEveryComponent = 4,

        /// <summary>A review's reported status (建成, 投运) can judge it.</summary>
        StatusOutcome = 8,

        /// <summary>A review's one reported figure can judge it (not several parts, a change over a baseline, events or response times).</summary>
        QuantityOutcome = 16,
    }

    /// <summary>Whether how the target must hold (期末达到, 全程保持, 全期整体) is part of its wording: levels, classes, ranks, response times, cadences.</summary>
    internal static bool ShowsBasis(Target target) => Has(target, Trait.ShowsBasis);

    /// <summary>Whether a target's readings are periodic returns (a month's figure, a running total), not events (a weekly check, an incident) or a one-off completion.</summary>
    internal static bool IsReturnedSeries(Target target) => Has(target, Trait.ReturnedSeries);

    /// <summary>Whether a target's judgement reads the home area's readings of every component (classes of all sections, ranks), not one series.</summary>
    internal static bool ReadsEveryComponent(Target target) => Has(target, Trait.ReadsEveryComponent);

    /// <summary>Whether a review's reported status (建成, 投运) can judge the target: milestones.</summary>
    internal static bool IsJudgedByStatusOutcome(Target target) => Has(target, Trait.StatusOutcome);

    /// <summary>Whether one figure reported in a review can judge the target (not several parts, a change over a baseline, events or response times).</summary>
    internal static bool IsJudgedByQuantityOutcome(Target target) => Has(target, Trait.QuantityOutcome);

    /// <summary>
    /// The one figure a reported number is weighed against (a delivery's amount, a level's threshold or centre, a
    /// floor and stretch's floor), or null when no one figure says it (a change, a rank, a class, events, parts).
    /// </summary>
    internal static Quantities.Measure? Figure(Target target) => target.Accept(FigureVisitor.Instance, null);

    private static bool Has(Target target, Trait trait) => (target.Accept(Visitor.Instance, null) & trait) != 0;

    private sealed class Visitor : ITargetVisitor<object?, Trait>
    {
        internal static readonly Visitor Instance = new();

        public Trait Visit(DeliveryTarget target, object? argument) => Trait.ReturnedSeries | Trait.QuantityOutcome;

        public Trait Visit(AtLeastTarget target, object? argument) => Trait.ShowsBasis | Trait.ReturnedSeries | Trait.QuantityOutcome;

        public Trait Visit(AtMostTarget target, object? argument) => Trait.ShowsBasis | Trait.ReturnedSeries | Trait.QuantityOutcome;

        public Trait Visit(AboutTarget target, object? argument) => Trait.ShowsBasis | Trait.ReturnedSeries | Trait.QuantityOutcome;

        public Trait Visit(RangeTarget target, object? argument) => Trait.ShowsBasis | Trait.ReturnedSeries | Trait.QuantityOutcome;

        public Trait Visit(CoverageTarget target, object? argument) => Trait.ShowsBasis | Trait.ReturnedSeries | Trait.QuantityOutcome;

        public Trait Visit(ChangeTarget target, object? argument) => Trait.ReturnedSeries;

        public Trait Visit(RankTarget target, object? argument) => Trait.ShowsBasis | Trait.ReturnedSeries | Trait.ReadsEveryComponent | Trait.QuantityOutcome;

        public Trait Visit(ClassTarget target, object? argument) => Trait.ShowsBasis | Trait.ReturnedSeries | Trait.ReadsEveryComponent | Trait.QuantityOutcome;

        public Trait Visit(CadenceTarget target, object? argument) => Trait.ShowsBasis;

        public Trait Visit(ResponseTimeTarget target, object? argument) => Trait.ShowsBasis;

        public Trait Visit(MilestoneTarget target, object? argument) => Trait.StatusOutcome;

        public Trait Visit(DirectionTarget target, object? argument) => Trait.ReturnedSeries | Trait.QuantityOutcome;

        /// <summary>A floor and stretch: its floor's returns; it reads every component when either part does; one figure judges both; its basis is its parts'.</summary>
        public Trait Visit(FloorAndStretchTarget target, object? argument)
        {
            var floor = target.Floor.Accept(this, argument);
            var stretch = target.Stretch.Accept(this, argument);
            return (floor & Trait.ReturnedSeries) | ((floor | stretch) & Trait.ReadsEveryComponent) | Trait.QuantityOutcome;
        }

        /// <summary>Several parts: returned series when every part is; reads every component when any part does; no one figure judges it; its basis is its parts'.</summary>
        public Trait Visit(AllOfTarget target, object? argument)
        {
            var all = Trait.ReturnedSeries;
            var any = Trait.None;
            foreach (var part in target.Parts)
            {
                var traits = part.Target.Accept(this, argument);
                all &= traits;
                any |= traits;
            }

            return all | (any & Trait.ReadsEveryComponent);
        }
    }

    private sealed class FigureVisitor : ITargetVisitor<object?, Quantities.Measure?>
    {
        internal static readonly FigureVisitor Instance = new();

        public Quantities.Measure? Visit(DeliveryTarget target, object? argument) => target.Amount;

        public Quantities.Measure? Visit(AtLeastTarget target, object? argument) => target.Threshold;

        public Quantities.Measure? Visit(AtMostTarget target, object? argument) => target.Threshold;

        public Quantities.Measure? Visit(AboutTarget target, object? argument) => target.Centre;

        public Quantities.Measure? Visit(RangeTarget target, object? argument) => null;

        public Quantities.Measure? Visit(CoverageTarget target, object? argument) => target.Reference;

        public Quantities.Measure? Visit(ChangeTarget target, object? argument) => null;

        public Quantities.Measure? Visit(RankTarget target, object? argument) => null;

        public Quantities.Measure? Visit(ClassTarget target, object? argument) => null;

        public Quantities.Measure? Visit(CadenceTarget target, object? argument) => null;

        public Quantities.Measure? Visit(ResponseTimeTarget target, object? argument) => null;

        public Quantities.Measure? Visit(MilestoneTarget target, object? argument) => null;

        public Quantities.Measure? Visit(DirectionTarget target, object? argument) => null;

        public Quantities.Measure? Visit(FloorAndStretchTarget target, object? argument) => target.Floor.Accept(this, argument);

        public Quantities.Measure? Visit(AllOfTarget target, object? argument) => null;
    }
}
