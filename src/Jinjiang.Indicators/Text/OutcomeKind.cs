namespace Jinjiang.Indicators.Text;

/// <summary>What a statement of a review reports.</summary>
public enum OutcomeKind
{
    /// <summary>A figure of the year: an amount delivered or a level (新建绿道18公里, 粮食产量1.39万亿斤, 失业率平均为5.2%).</summary>
    Amount = 0,

    /// <summary>A change on the year before (增长5.2%, 下降3%).</summary>
    Change,

    /// <summary>A completion rate (完成率105%, 占计划的98%).</summary>
    CompletionRate,

    /// <summary>A status without a figure (建成投用, 开通运营, 启动建设, 加快实施).</summary>
    Status,
}
