namespace Jinjiang.Indicators.Text;

/// <summary>How far a review says a project or task has come.</summary>
public enum ProjectStatus
{
    /// <summary>No status is stated (the statement is a figure).</summary>
    None = 0,

    /// <summary>Under way (加快实施, 有序推进, 加快建设): not started by this statement, not finished.</summary>
    InProgress,

    /// <summary>Started (启动建设, 开工, 开工建设): 启动建设 is not 完成.</summary>
    Started,

    /// <summary>Done (建成投用, 开通运营, 通车, 竣工投产, 全面完成, 提前完成, 超额完成, 获批).</summary>
    Done,
}
