using System.Collections.Frozen;
using System.Globalization;

namespace Jinjiang.Indicators.Quantities;

/// <summary>
/// A unit of a <see cref="Measure"/>: its kind, its factor to the kind's base unit, its invariant symbol and its
/// Chinese word. Units are data, as in UnitsNet; the Chinese words (公里, 万平方米, 亩, 亿元) are this library's
/// own, because UnitsNet's zh-CN symbols are incomplete.
/// </summary>
/// <remarks>Two units are equal when they are the same instance; all units are the well-known static ones.</remarks>
public sealed class MeasureUnit
{
    private static readonly List<MeasureUnit> Registry = [];

    private MeasureUnit(QuantityKind kind, string symbol, string symbolChinese, double factorToBase, params string[] aliases)
    {
        Kind = kind;
        Symbol = symbol;
        SymbolChinese = symbolChinese;
        FactorToBase = factorToBase;
        Aliases = aliases;
        Code = (byte)(Registry.Count + 1);
        Registry.Add(this);
    }

    /// <summary>A small number for the unit (from 1; 0 is left for none), for compact storage.</summary>
    internal byte Code { get; }

    /// <summary>The unit of a <see cref="Code"/>.</summary>
    internal static MeasureUnit OfCode(byte code) => Registry[code - 1];

    /// <summary>The kind (dimension) this unit measures.</summary>
    public QuantityKind Kind { get; }

    /// <summary>The invariant symbol used in machine output and files (<c>km</c>, <c>m2</c>, <c>%</c>, <c>CNY</c>).</summary>
    public string Symbol { get; }

    /// <summary>
    /// The symbol shown to people (<see cref="Measure.ToString()"/>): the invariant <see cref="Symbol"/>, except for
    /// units whose symbol would read poorly, where the report's own word is used (座, 个, 万m2, 亿元, 亩).
    /// </summary>
    public string DisplaySymbol => Kind == QuantityKind.Count || Symbol.StartsWith("10^", StringComparison.Ordinal) || Symbol == "mu"
        ? (Kind == QuantityKind.Area && FactorToBase == 10_000 && Symbol != "ha" ? "万m2" : SymbolChinese)
        : Symbol;

    /// <summary>The Chinese unit word used in reports (公里, 平方米, 个, 亿元).</summary>
    public string SymbolChinese { get; }

    /// <summary>How many base units of <see cref="Kind"/> one of this unit is (1 公里 = 1000 m, 1 万平方米 = 10,000 m2).</summary>
    public double FactorToBase { get; }

    internal IReadOnlyList<string> Aliases { get; }

    /// <summary>Dimensionless number (unit symbol <c>1</c>), for indices.</summary>
    public static MeasureUnit One { get; } = new(QuantityKind.Index, "1", "", 1, "index");

    /// <summary>Metre (米).</summary>
    public static MeasureUnit Metre { get; } = new(QuantityKind.Length, "m", "米", 1);

    /// <summary>Kilometre (公里, 千米).</summary>
    public static MeasureUnit Kilometre { get; } = new(QuantityKind.Length, "km", "公里", 1000, "千米");

    /// <summary>Square metre (平方米).</summary>
    public static MeasureUnit SquareMetre { get; } = new(QuantityKind.Area, "m2", "平方米", 1, "m²", "㎡");

    /// <summary>Ten thousand square metres (万平方米), the unit reports use for large areas.</summary>
    public static MeasureUnit TenThousandSquareMetres { get; } = new(QuantityKind.Area, "10^4 m2", "万平方米", 10_000, "万m2", "万㎡");

    /// <summary>Mu (亩), the Chinese land unit: 10,000/15 square metres.</summary>
    public static MeasureUnit Mu { get; } = new(QuantityKind.Area, "mu", "亩", 10_000d / 15);

    /// <summary>Ten thousand mu (万亩), the unit county reports use for farmland and forest.</summary>
    public static MeasureUnit TenThousandMu { get; } = new(QuantityKind.Area, "10^4 mu", "万亩", 10_000d * 10_000 / 15);

    /// <summary>Hectare (公顷).</summary>
    public static MeasureUnit Hectare { get; } = new(QuantityKind.Area, "ha", "公顷", 10_000);

    /// <summary>Square kilometre (平方公里).</summary>
    public static MeasureUnit SquareKilometre { get; } = new(QuantityKind.Area, "km2", "平方公里", 1_000_000, "km²");

    /// <summary>Percent (%): one hundredth of the whole.</summary>
    public static MeasureUnit Percent { get; } = new(QuantityKind.Ratio, "%", "%", 0.01, "％", "percent");

    /// <summary>Decimal fraction: 1 is the whole.</summary>
    public static MeasureUnit DecimalFraction { get; } = new(QuantityKind.Ratio, "fraction", "", 1);

    /// <summary>Percentage point (百分点): a difference of percentages, not a percentage.</summary>
    public static MeasureUnit PercentagePoint { get; } = new(QuantityKind.PercentagePoints, "pp", "百分点", 1, "个百分点");

    /// <summary>A counted item with the generic classifier 个.</summary>
    public static MeasureUnit Item { get; } = new(QuantityKind.Count, "count", "个", 1);

    /// <summary>A counted building, station or courtyard (座).</summary>
    public static MeasureUnit ItemZuo { get; } = new(QuantityKind.Count, "count:座", "座", 1);

    /// <summary>A counted place or site (处).</summary>
    public static MeasureUnit ItemChu { get; } = new(QuantityKind.Count, "count:处", "处", 1);

    /// <summary>A counted project or task (项).</summary>
    public static MeasureUnit ItemXiang { get; } = new(QuantityKind.Count, "count:项", "项", 1);

    /// <summary>A counted case or piece (件).</summary>
    public static MeasureUnit ItemJian { get; } = new(QuantityKind.Count, "count:件", "件", 1);

    /// <summary>A counted enterprise or institution (家).</summary>
    public static MeasureUnit ItemJia { get; } = new(QuantityKind.Count, "count:家", "家", 1);

    /// <summary>A counted school or hospital (所).</summary>
    public static MeasureUnit ItemSuo { get; } = new(QuantityKind.Count, "count:所", "所", 1);

    /// <summary>A counted vehicle (辆).</summary>
    public static MeasureUnit ItemLiang { get; } = new(QuantityKind.Count, "count:辆", "辆", 1);

    /// <summary>A counted machine or appliance (台).</summary>
    public static MeasureUnit ItemTai { get; } = new(QuantityKind.Count, "count:台", "台", 1);

    /// <summary>A counted set (套).</summary>
    public static MeasureUnit ItemTao { get; } = new(QuantityKind.Count, "count:套", "套", 1);

    /// <summary>A counted occurrence or event (次).</summary>
    public static MeasureUnit ItemCi { get; } = new(QuantityKind.Count, "count:次", "次", 1);

    /// <summary>人: a count of people (新增城镇就业1.2万人).</summary>
    public static MeasureUnit Person { get; } = new(QuantityKind.Count, "count:人", "人", 1);

    /// <summary>人次: a count of person-times (visits, trainings).</summary>
    public static MeasureUnit PersonTime { get; } = new(QuantityKind.Count, "count:人次", "人次", 1);

    /// <summary>户: a count of households.</summary>
    public static MeasureUnit Household { get; } = new(QuantityKind.Count, "count:户", "户", 1);

    /// <summary>张: a count of beds, cards, sheets (养老床位300张).</summary>
    public static MeasureUnit ItemZhang { get; } = new(QuantityKind.Count, "count:张", "张", 1);

    /// <summary>条: a count of roads, lines, routes (打通断头路20条).</summary>
    public static MeasureUnit ItemTiao { get; } = new(QuantityKind.Count, "count:条", "条", 1);

    /// <summary>部: a count of lifts, vehicles, devices (加装电梯200部).</summary>
    public static MeasureUnit ItemBu { get; } = new(QuantityKind.Count, "count:部", "部", 1);

    /// <summary>标箱: twenty-foot equivalent units of container throughput.</summary>
    public static MeasureUnit ContainerTeu { get; } = new(QuantityKind.Count, "count:标箱", "标箱", 1, "TEU");

    /// <summary>斤 (jin): half a kilogram, as grain output is counted (粮食产量500亿斤).</summary>
    public static MeasureUnit Jin { get; } = new(QuantityKind.Mass, "jin", "斤", 0.5);

    /// <summary>Yuan (元), the base money unit.</summary>
    public static MeasureUnit Yuan { get; } = new(QuantityKind.Money, "CNY", "元", 1, "yuan", "RMB");

    /// <summary>Ten thousand yuan (万元).</summary>
    public static MeasureUnit TenThousandYuan { get; } = new(QuantityKind.Money, "10^4 CNY", "万元", 10_000);

    /// <summary>Hundred million yuan (亿元).</summary>
    public static MeasureUnit HundredMillionYuan { get; } = new(QuantityKind.Money, "10^8 CNY", "亿元", 100_000_000);

    /// <summary>Kilogram (千克, 公斤).</summary>
    public static MeasureUnit Kilogram { get; } = new(QuantityKind.Mass, "kg", "千克", 1, "公斤");

    /// <summary>Tonne (吨).</summary>
    public static MeasureUnit Tonne { get; } = new(QuantityKind.Mass, "t", "吨", 1000);

    /// <summary>Second (秒).</summary>
    public static MeasureUnit Second { get; } = new(QuantityKind.Time, "s", "秒", 1);

    /// <summary>Minute (分钟).</summary>
    public static MeasureUnit Minute { get; } = new(QuantityKind.Time, "min", "分钟", 60, "分");

    /// <summary>Hour (小时).</summary>
    public static MeasureUnit Hour { get; } = new(QuantityKind.Time, "h", "小时", 3600);

    /// <summary>Quality class ordinal (类): 1 for Ⅰ up to 6 for 劣Ⅴ.</summary>
    public static MeasureUnit Class { get; } = new(QuantityKind.QualityClass, "class", "类");

    /// <summary>Position in a peer group (名, 位): 1 is first.</summary>
    public static MeasureUnit RankPosition { get; } = new(QuantityKind.Rank, "rank", "位", 1, "名");

    /// <summary>Milestone completion: 1 done, 0 not done.</summary>
    public static MeasureUnit Done { get; } = new(QuantityKind.Completion, "done", "完成", 1);

    /// <summary>场: a count of events (活动2000场, 招聘会100场).</summary>
    public static MeasureUnit ItemChang { get; } = new(QuantityKind.Count, "count:场", "场", 1);

    /// <summary>Watt (瓦), the base unit of power.</summary>
    public static MeasureUnit Watt { get; } = new(QuantityKind.Power, "W", "瓦", 1);

    /// <summary>Kilowatt (千瓦): 新增光伏装机20万千瓦.</summary>
    public static MeasureUnit Kilowatt { get; } = new(QuantityKind.Power, "kW", "千瓦", 1000);

    /// <summary>Ten thousand kilowatts (万千瓦), as capacities are usually given.</summary>
    public static MeasureUnit TenThousandKilowatt { get; } = new(QuantityKind.Power, "10^4 kW", "万千瓦", 1e7);

    /// <summary>块: a count of pieces (提示标志64块, 屏幕10块).</summary>
    public static MeasureUnit ItemKuai { get; } = new(QuantityKind.Count, "count:块", "块", 1);

    /// <summary>岁: years of age (人均预期寿命达到80岁), a span of 365.25 days.</summary>
    public static MeasureUnit YearOfAge { get; } = new(QuantityKind.Time, "a", "岁", 365.25 * 24 * 3600);

    /// <summary>Per mille (‰, 千分之): 婴儿死亡率控制在3‰以内.</summary>
    public static MeasureUnit PerMille { get; } = new(QuantityKind.Ratio, "‰", "‰", 0.001, "permille");

    private MeasureUnit(QuantityKind kind, string symbol, string symbolChinese)
        : this(kind, symbol, symbolChinese, 1)
    {
    }

    private static readonly FrozenDictionary<string, MeasureUnit> ByName = BuildLookup();

    /// <summary>Every unit the library knows, in declaration order.</summary>
    public static IReadOnlyList<MeasureUnit> All => Registry;

    /// <summary>The base unit of a kind (metre, square metre, decimal fraction, item, yuan, kilogram, second ...).</summary>
    /// <param name="kind">The kind whose base unit is wanted.</param>
    /// <returns>The unit whose <see cref="FactorToBase"/> is 1 for that kind.</returns>
    public static MeasureUnit BaseOf(QuantityKind kind) => kind switch
    {
        QuantityKind.Length => Metre,
        QuantityKind.Area => SquareMetre,
        QuantityKind.Ratio => DecimalFraction,
        QuantityKind.PercentagePoints => PercentagePoint,
        QuantityKind.Count => Item,
        QuantityKind.Money => Yuan,
        QuantityKind.Mass => Kilogram,
        QuantityKind.Time => Second,
        QuantityKind.QualityClass => Class,
        QuantityKind.Rank => RankPosition,
        QuantityKind.Completion => Done,
        QuantityKind.Power => Watt,
        _ => One,
    };

    /// <summary>
    /// Finds a unit by its symbol (<c>km</c>, <c>m2</c>, <c>%</c>, <c>CNY</c>, <c>count</c>, <c>class</c>,
    /// <c>rank</c>) or its Chinese word (公里, 千米, 平方米, 万平方米, 平方公里, 亩, 万亩, 公顷, 个, 座, 元, 万元, 亿元, 百分点, 类, 名, 位).
    /// An empty text is the dimensionless unit <see cref="One"/>.
    /// </summary>
    /// <param name="text">The symbol or word, matched exactly after trimming (symbols ignore case).</param>
    /// <param name="unit">The unit found, or <see langword="null"/>.</param>
    /// <returns>Whether a unit was found.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MeasureUnit? unit)
    {
        var key = (text ?? string.Empty).Trim();
        return ByName.TryGetValue(key, out unit)
            || ByName.TryGetValue(key.ToLowerInvariant(), out unit);
    }

    /// <summary>The invariant symbol.</summary>
    /// <returns>The value of <see cref="Symbol"/>.</returns>
    public override string ToString() => Symbol;

    private static FrozenDictionary<string, MeasureUnit> BuildLookup()
    {
        var map = new Dictionary<string, MeasureUnit>(StringComparer.Ordinal) { [string.Empty] = One };
        foreach (var unit in Registry)
        {
            map.TryAdd(unit.Symbol, unit);
            map.TryAdd(unit.Symbol.ToLowerInvariant(), unit);
            if (unit.SymbolChinese.Length > 0)
            {
                map.TryAdd(unit.SymbolChinese, unit);
            }

            foreach (var alias in unit.Aliases)
            {
                map.TryAdd(alias, unit);
                map.TryAdd(alias.ToLower(CultureInfo.InvariantCulture), unit);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
