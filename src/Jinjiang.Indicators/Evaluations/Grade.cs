namespace Jinjiang.Indicators.Evaluations;

/// <summary>
/// The traffic light (红黄绿灯) an office shows beside a verdict: the status read together with how firmly the
/// promise was made (<see cref="CommitmentLevel"/>) and how much of it was done (the completion rate). A grade is
/// not a status: two promises both <see cref="EvaluationStatus.NotMet"/> are red when 确保 was broken and yellow
/// when a plain promise was 基本完成 (completion at least 95% by default).
/// </summary>
/// <remarks>In files and JSON a grade is written in lower case (<c>green</c>): see <see cref="GradeText"/>. <c>default</c> is <see cref="Grey"/>.</remarks>
public enum Grade
{
    /// <summary>灰灯: nothing to grade yet (not yet due, no data, not evaluable).</summary>
    Grey = 0,

    /// <summary>绿灯: met, or on track before the deadline.</summary>
    Green,

    /// <summary>
    /// 黄灯: 基本完成 or 基本实现 (a plain promise missed with a completion in the plain band, a 力争 promise missed with
    /// a completion in the stretch band, an X左右 promise short of X within its band, the floor of 确保X、力争Y held
    /// without the stretch), or at risk before the deadline.
    /// </summary>
    Yellow,

    /// <summary>红灯: a hard commitment (确保, 严格要求) missed, any promise missed beyond its band, or off track.</summary>
    Red,
}
