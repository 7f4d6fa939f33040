using System.Reflection;
using System.Text.RegularExpressions;
using Jinjiang.Indicators.Targets;

namespace Jinjiang.Indicators.Tests.Conventions;

/// <summary>
/// One dispatch over the closed set of targets (issue 28): every sealed kind implements
/// <see cref="Target.Accept{TArgument, TResult}"/> and has its own method on <see cref="ITargetVisitor{TArgument, TResult}"/>,
/// so a new kind that a visitor does not handle does not compile; and no code outside the visitors switches over the
/// kinds by type.
/// </summary>
public partial class TargetDispatchTests
{
    private static readonly Type[] Kinds = [.. typeof(Target).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Target)) && !t.IsAbstract)];

    [Fact]
    public void EveryKind_IsSealed_AndHasItsOwnVisitMethod()
    {
        var visits = typeof(ITargetVisitor<,>).GetMethods().Where(m => m.Name == "Visit").Select(m => m.GetParameters()[0].ParameterType).ToHashSet();
        Assert.Equal(15, Kinds.Length);
        foreach (var kind in Kinds)
        {
            Assert.True(kind.IsSealed, kind.Name + " is not sealed.");
            Assert.Contains(kind, visits);
            var accept = kind.GetMethod(nameof(Target.Accept), BindingFlags.Public | BindingFlags.Instance);
            Assert.NotNull(accept);
            Assert.Equal(kind, accept.DeclaringType);
        }

        Assert.Equal(Kinds.Length, visits.Count);
    }

    [Fact]
    public void Accept_CallsTheVisitMethodOfTheTargetsOwnKind()
    {
        var period = new NodaTime.DateInterval(new NodaTime.LocalDate(2023, 1, 1), new NodaTime.LocalDate(2023, 12, 31));
        foreach (var indicator in Jinjiang.Indicators.Catalog.Jinjiang2023.Catalog.All)
        {
            Assert.Equal(indicator.Target.GetType().Name, indicator.Target.Accept(new KindName(), period));
        }
    }

    [GeneratedRegex(@"^\s*(?:case\s+)?(?:Targets\.)?(Delivery|AtLeast|AtMost|About|Range|Coverage|Change|Rank|Class|Cadence|ResponseTime|Milestone|Direction|FloorAndStretch|AllOf)Target(?:\s+\w+)?\s*(?:=>|:)")]
    private static partial Regex SwitchArm();

    [Fact]
    public void NoCode_SwitchesOverTheKindsOutsideTheVisitors()
    {
        var src = Path.Combine(TestFiles.RepositoryRoot.FullName, "src");
        var arms = new List<string>();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // A switch arm on a kind other than the level family's own (RangeTarget inside ThresholdTarget's code).
                if (SwitchArm().Match(lines[i]) is { Success: true } m && m.Groups[1].Value != "Range")
                {
                    arms.Add($"{Path.GetRelativePath(src, file)}:{i + 1}: {lines[i].Trim()}");
                }
            }
        }

        Assert.Empty(arms);
    }

    private sealed class KindName : ITargetVisitor<NodaTime.DateInterval, string>
    {
        public string Visit(DeliveryTarget target, NodaTime.DateInterval argument) => nameof(DeliveryTarget);

        public string Visit(AtLeastTarget target, NodaTime.DateInterval argument) => nameof(AtLeastTarget);

        public string Visit(AtMostTarget target, NodaTime.DateInterval argument) => nameof(AtMostTarget);

        public string Visit(AboutTarget target, NodaTime.DateInterval argument) => nameof(AboutTarget);

        public string Visit(RangeTarget target, NodaTime.DateInterval argument) => nameof(RangeTarget);

        public string Visit(CoverageTarget target, NodaTime.DateInterval argument) => nameof(CoverageTarget);

        public string Visit(ChangeTarget target, NodaTime.DateInterval argument) => nameof(ChangeTarget);

        public string Visit(RankTarget target, NodaTime.DateInterval argument) => nameof(RankTarget);

        public string Visit(ClassTarget target, NodaTime.DateInterval argument) => nameof(ClassTarget);

        public string Visit(CadenceTarget target, NodaTime.DateInterval argument) => nameof(CadenceTarget);

        public string Visit(ResponseTimeTarget target, NodaTime.DateInterval argument) => nameof(ResponseTimeTarget);

        public string Visit(MilestoneTarget target, NodaTime.DateInterval argument) => nameof(MilestoneTarget);

        public string Visit(DirectionTarget target, NodaTime.DateInterval argument) => nameof(DirectionTarget);

        public string Visit(FloorAndStretchTarget target, NodaTime.DateInterval argument) => nameof(FloorAndStretchTarget);

        public string Visit(AllOfTarget target, NodaTime.DateInterval argument) => nameof(AllOfTarget);
    }
}
