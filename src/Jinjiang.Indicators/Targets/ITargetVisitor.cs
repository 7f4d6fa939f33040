namespace Jinjiang.Indicators.Targets;

/// <summary>
/// Does something with each kind of the closed set of targets: one method per sealed kind, called by
/// <see cref="Target.Accept{TArgument, TResult}(ITargetVisitor{TArgument, TResult}, TArgument)"/>. A visitor is the
/// one way the library dispatches over target kinds (evaluation, summaries, files, forms), so a new kind that some
/// visitor does not handle does not compile.
/// </summary>
/// <typeparam name="TArgument">What each visit is given besides the target (a context, or <see langword="object"/> when nothing).</typeparam>
/// <typeparam name="TResult">What each visit returns.</typeparam>
/// <example>
/// <code>
/// sealed class UnitWord : ITargetVisitor&lt;object?, string&gt; { ... }
/// string word = target.Accept(new UnitWord(), null);
/// </code>
/// </example>
public interface ITargetVisitor<in TArgument, out TResult>
{
    /// <summary>Visits an amount to deliver (新建, 完成).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(DeliveryTarget target, TArgument argument);

    /// <summary>Visits a level to reach or exceed (以上, 不低于).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(AtLeastTarget target, TArgument argument);

    /// <summary>Visits a level not to exceed (以内, 不超过).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(AtMostTarget target, TArgument argument);

    /// <summary>Visits a level of about a value (左右).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(AboutTarget target, TArgument argument);

    /// <summary>Visits a level between two bounds (控制在…之间).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(RangeTarget target, TArgument argument);

    /// <summary>Visits a share to reach (覆盖率, 达到100%).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(CoverageTarget target, TArgument argument);

    /// <summary>Visits a change against a baseline (下降5%, 增长8%).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(ChangeTarget target, TArgument argument);

    /// <summary>Visits a rank among peers (第一, 前列).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(RankTarget target, TArgument argument);

    /// <summary>Visits a quality class to reach (III类).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(ClassTarget target, TArgument argument);

    /// <summary>Visits a number of events per week, month or quarter (每月开展).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(CadenceTarget target, TArgument argument);

    /// <summary>Visits response times by tier (30分钟内到场).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(ResponseTimeTarget target, TArgument argument);

    /// <summary>Visits a project to complete (建成, 投运).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(MilestoneTarget target, TArgument argument);

    /// <summary>Visits a direction to keep (持续下降, 稳步提升).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(DirectionTarget target, TArgument argument);

    /// <summary>Visits a floor to ensure and a stretch to strive for (确保…力争…).</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(FloorAndStretchTarget target, TArgument argument);

    /// <summary>Visits a promise of several parts, all to be met.</summary>
    /// <param name="target">The target.</param>
    /// <param name="argument">The visit's argument.</param>
    /// <returns>The visit's result.</returns>
    TResult Visit(AllOfTarget target, TArgument argument);
}
