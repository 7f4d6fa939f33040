namespace Jinjiang.Indicators;

/// <summary>How firmly the report commits to a target, read from its wording. It is part of the target, not decoration.</summary>
public enum CommitmentLevel
{
    /// <summary>Plain wording (新建, 完成, 实施): a stated plan without a qualifier.</summary>
    Plain = 0,

    /// <summary>力争 (strive for): a stretch goal; missing it is a shortfall, not a broken promise.</summary>
    Strive,

    /// <summary>确保 (ensure): a hard commitment; missing it is a failure.</summary>
    Ensure,

    /// <summary>严格要求 (strictly require): a hard commitment imposed on others; missing it is a failure.</summary>
    Require,
}
