namespace Jinjiang.Indicators.Cli;

/// <summary>The exit codes of the tool, documented in --help and the README.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>Invalid input: bad arguments, unreadable or invalid observation files.</summary>
    public const int InvalidInput = 1;

    /// <summary>--fail-on triggered: an evaluation has one of the statuses named.</summary>
    public const int FailOnTriggered = 2;

    public const string Help = "Exit codes: 0 success; 1 invalid input (bad arguments or problems in observation files); 2 --fail-on triggered.";
}
