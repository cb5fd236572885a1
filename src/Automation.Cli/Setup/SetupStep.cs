namespace Automation.Cli.Setup;

/// <summary>One change setup makes (or leaves out) in the repository, described before anything is written.</summary>
/// <param name="Path">The file, relative to the root, with forward slashes.</param>
/// <param name="Kind">What happens to it.</param>
/// <param name="Detail">Why, or what exactly (shown after the path).</param>
/// <param name="Apply">Makes the change; does nothing for <see cref="SetupStepKind.Skip"/>.</param>
internal sealed record SetupStep(string Path, SetupStepKind Kind, string Detail, Func<Task> Apply)
{
    /// <summary>The line that reports this step, e.g. <c>  create     build/Build.cs (IClean, ...)</c>.</summary>
    public string Describe(bool done)
    {
        var verb = (Kind, done) switch
        {
            (SetupStepKind.Create, false) => "create",
            (SetupStepKind.Create, true) => "created",
            (SetupStepKind.Overwrite, false) => "overwrite",
            (SetupStepKind.Overwrite, true) => "overwrote",
            (SetupStepKind.Update, false) => "update",
            (SetupStepKind.Update, true) => "updated",
            (SetupStepKind.Move, false) => "move into",
            (SetupStepKind.Move, true) => "moved into",
            _ => "skip",
        };
        return $"  {verb,-10} {Path}{(Detail.Length == 0 ? string.Empty : $" ({Detail})")}";
    }
}
