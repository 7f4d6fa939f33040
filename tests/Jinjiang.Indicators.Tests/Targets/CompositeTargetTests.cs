using Jinjiang.Indicators.Quantities;
using Jinjiang.Indicators.Targets;
using NodaTime;
using UnitsNet;

namespace Jinjiang.Indicators.Tests.Targets;

/// <summary>确保X、力争Y and all-of: what they accept, their parts, their periods and how they are said.</summary>
public class CompositeTargetTests
{
    private static readonly DateInterval Year = ReportPeriods.Year(2023);

    private static DeliveryTarget Km(double km, DateInterval? period = null) => new(Measure.From(Length.FromKilometers(km)), period ?? Year);

    [Fact]
    public void FloorAndStretch_TakesTheFloorsPeriodAndKind_AndSaysBothLevels()
    {
        var target = new FloorAndStretchTarget(Km(12), Km(15));
        Assert.Equal(12, ((DeliveryTarget)target.Floor).Amount.Value, 12);
        Assert.Equal(15, ((DeliveryTarget)target.Stretch).Amount.Value, 12);
        Assert.Equal(Year, target.Period);
        Assert.Equal(QuantityKind.Length, target.Kind);
        Assert.Equal([QuantityKind.Length], target.AcceptedKinds);
        Assert.Equal("ensure deliver 12 km by 2023-12-31; strive for deliver 15 km by 2023-12-31", target.Describe());
        Assert.Equal("确保新增12公里、力争新增15公里", target.DescribeChinese());
        Assert.Equal("floor-and-stretch", target.TypeName);
        Assert.Equal(TargetBasis.AtDeadline, target.Basis);
    }

    [Fact]
    public void FloorAndStretch_RefusesMixedKindsAndNestedComposites()
    {
        Assert.Throws<ArgumentNullException>(() => new FloorAndStretchTarget(null!, Km(1)));
        Assert.Throws<ArgumentNullException>(() => new FloorAndStretchTarget(Km(1), null!));
        Assert.StartsWith("The floor and the stretch must measure the same kind.", Assert.Throws<ArgumentException>(() => new FloorAndStretchTarget(Km(1), new AtLeastTarget(Measure.From(Ratio.FromPercent(5)), Year))).Message, StringComparison.Ordinal);
        var nested = new FloorAndStretchTarget(Km(1), Km(2));
        Assert.StartsWith("A floor or a stretch must be a single target.", Assert.Throws<ArgumentException>(() => new FloorAndStretchTarget(nested, Km(3))).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new FloorAndStretchTarget(Km(3), nested));
        var allOf = new AllOfTarget([new TargetPart("a", Km(1))]);
        Assert.Throws<ArgumentException>(() => new FloorAndStretchTarget(allOf, Km(3)));
        Assert.Throws<ArgumentException>(() => new FloorAndStretchTarget(Km(3), allOf));
    }

    [Fact]
    public void AllOf_SpansItsPartsPeriods_AndNamesItsParts()
    {
        var first = new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2023, 6, 30));
        var second = new DateInterval(new LocalDate(2023, 3, 1), new LocalDate(2024, 6, 30));
        var target = new AllOfTarget(
        [
            new TargetPart("a", Km(1, first)) { Name = "Section A", NameChinese = "甲段" },
            new TargetPart("b", new AtLeastTarget(Measure.From(Ratio.FromPercent(90)), second)),
        ]);
        Assert.Equal(new DateInterval(new LocalDate(2023, 1, 1), new LocalDate(2024, 6, 30)), target.Period);
        Assert.Equal(QuantityKind.Composite, target.Kind);
        Assert.Equal([QuantityKind.Length, QuantityKind.Ratio], target.AcceptedKinds);
        Assert.Equal(["a", "b"], target.Components);
        Assert.Equal("Section A", target.ComponentName("a"));
        Assert.Equal("甲段", target.ComponentNameChinese("a"));
        Assert.Equal("b", target.ComponentName("b"));
        Assert.Equal("b", target.ComponentNameChinese("b"));
        Assert.Equal("z", target.ComponentName("z"));
        Assert.Equal("z", target.ComponentNameChinese("z"));
        Assert.Same(target.Parts[0].Target, target.ForComponent("a"));
        Assert.Null(target.ForComponent("z"));
        Assert.Null(target.ForComponent(null));
        Assert.Equal("all of: a: deliver 1 km by 2023-06-30; b: at least 90 % by 2024-06-30", target.Describe());
        Assert.Equal("2项全部达标：新增1公里、90%以上", target.DescribeChinese());
        Assert.Equal("all-of", target.TypeName);
    }

    [Fact]
    public void AllOf_OfMilestones_IsSaidAsAllDone()
    {
        var target = new AllOfTarget([new TargetPart("a", new MilestoneTarget(Year)), new TargetPart("b", new MilestoneTarget(Year))]);
        Assert.Equal("2项全部完成", target.DescribeChinese());
        var mixed = new AllOfTarget([new TargetPart("a", new MilestoneTarget(Year)), new TargetPart("b", Km(1))]);
        Assert.Equal("2项全部达标：完成、新增1公里", mixed.DescribeChinese());
    }

    [Fact]
    public void AllOf_NeedsDistinctPartsAndAtLeastOne()
    {
        Assert.Throws<ArgumentException>(() => new AllOfTarget([]));
        Assert.Throws<ArgumentNullException>(() => new AllOfTarget(null!));
        Assert.Throws<ArgumentException>(() => new AllOfTarget([new TargetPart("a", Km(1)), new TargetPart("a", Km(2))]));
    }

    [Fact]
    public void APartsNames_FallBackToItsComponent_AndAreTrimmed()
    {
        var part = new TargetPart("north", Km(1)) { Name = "  North  ", NameChinese = " " };
        Assert.Equal("North", part.Name);
        Assert.Equal("north", part.NameChinese);
        Assert.Equal("north", new TargetPart("north", Km(1)) { Name = null }.Name);
        Assert.Throws<ArgumentException>(() => new TargetPart(" ", Km(1)));
        Assert.Throws<ArgumentNullException>(() => new TargetPart("a", null!));
    }
}
