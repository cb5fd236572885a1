using Automation.Versioning.Calculation;

namespace Automation.Versioning.Strategies.Mainline;

/// <summary>One step of the mainline calculation: take a version, or increment the version so far.</summary>
internal abstract record MainlineStep(int? Source);

/// <summary>Take <paramref name="Version"/> (a tag), counting from <paramref name="Source"/>.</summary>
internal sealed record TakeVersion(SemanticVersion Version, int? Source) : MainlineStep(Source);

/// <summary>Increment the version so far by <paramref name="Field"/> with <paramref name="Label"/>; a forced increment bumps a pre-release's field too.</summary>
internal sealed record IncrementVersion(int? Source, VersionField Field, bool Force, string? Label, SemanticVersion? Alternative) : MainlineStep(Source);

/// <summary>
/// The result of the steps: the version taken (0.0.0 when none) and the last increment still to apply, as
/// GitVersion's base version operand and operator.
/// </summary>
internal sealed record MainlineVersion(SemanticVersion Version, int? TakenSource, IncrementVersion? Increment)
{
    public static MainlineVersion Empty { get; } = new(SemanticVersion.Zero, null, null);

    /// <summary>The commit counting starts after: the increment's, else the taken version's.</summary>
    public int? Source => Increment?.Source ?? TakenSource;

    public SemanticVersion Incremented() =>
        Increment is { } step ? Version.Increment(step.Field, step.Label, step.Force, step.Alternative) : Version;

    /// <summary>Applies the pending increment and makes <paramref name="next"/> the pending one.</summary>
    public MainlineVersion Then(IncrementVersion next) => new(Incremented(), Source, next);
}
