using Automation.IO;
using Automation.Targets;

namespace Automation.Incremental;

/// <summary>
/// Decides whether a target with declared inputs is up to date: the hashes of its input files, of its configuration
/// (its non-file inputs and the build's parameter values) and of its output files must match those recorded after its
/// last successful run. Content decides, never timestamps. Anything doubtful (no state, a corrupt or foreign state
/// file, an unreadable file) means the target runs. Safe to use from parallel targets: each has its own state file.
/// </summary>
/// <param name="root">The repository root; state lives in <c>.nuke/temp/targets/</c>.</param>
/// <param name="force"><c>--force</c>: every target runs, and what it sees is recorded afresh.</param>
/// <param name="buildConfiguration">The build's parameter values, as <see cref="ConfigurationText"/>.</param>
internal sealed class UpToDateChecker(AbsolutePath root, bool force, string buildConfiguration)
{
    public UpToDateCheck Check(ExecutableTarget target)
    {
        var definition = target.Definition;
        if (!definition.DeclaresInputs)
        {
            return new UpToDateCheck(false, "it declares no inputs", null);
        }

        TargetState started;
        try
        {
            started = new TargetState(TargetState.CurrentFormat, target.Name, ConfigurationOf(target), Hash(definition.InputGlobs), []);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new UpToDateCheck(false, $"its inputs could not be read ({exception.Message})", null);
        }

        if (force)
        {
            return new UpToDateCheck(false, "--force", started);
        }

        var (recorded, problem) = StateFile.Read(PathOf(target), IncrementalJsonContext.Default.TargetState);
        var reason = problem ?? WhyNotUpToDate(recorded!, started, definition.OutputGlobs);
        return new UpToDateCheck(reason is null, reason ?? "up to date", started);
    }

    /// <summary>Forgets the last successful run before the target starts, so that a failed or interrupted run
    /// (which may have changed its outputs) can never be mistaken for the earlier success.</summary>
    public void Invalidate(ExecutableTarget target) => StateFile.Delete(PathOf(target));

    /// <summary>Records a successful run: the inputs and configuration it started with, the outputs it left.</summary>
    public void Record(ExecutableTarget target, TargetState started) =>
        StateFile.Write(PathOf(target), started with { Outputs = Hash(target.Definition.OutputGlobs) }, IncrementalJsonContext.Default.TargetState);

    private string? WhyNotUpToDate(TargetState recorded, TargetState now, IReadOnlyCollection<string> outputGlobs)
    {
        if (recorded.Format != TargetState.CurrentFormat || recorded.Target != now.Target)
        {
            return "its state file is of another format or target";
        }

        if (recorded.Configuration != now.Configuration)
        {
            return "its configuration (non-file inputs or parameter values) changed";
        }

        if (Difference(recorded.Inputs, now.Inputs) is { } input)
        {
            return $"input {input}";
        }

        try
        {
            return Difference(recorded.Outputs, Hash(outputGlobs)) is { } output ? $"output {output}" : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"its outputs could not be read ({exception.Message})";
        }
    }

    private static string? Difference(SortedDictionary<string, string>? recorded, SortedDictionary<string, string> now)
    {
        if (recorded is null)
        {
            return "hashes missing from the state file";
        }

        if (recorded.Keys.FirstOrDefault(path => !now.ContainsKey(path)) is { } removed)
        {
            return $"{removed} is gone";
        }

        if (now.Keys.FirstOrDefault(path => !recorded.ContainsKey(path)) is { } added)
        {
            return $"{added} is new";
        }

        return now.FirstOrDefault(file => recorded[file.Key] != file.Value).Key is { } changed ? $"{changed} changed" : null;
    }

    private string ConfigurationOf(ExecutableTarget target)
    {
        var text = new ConfigurationText().AddRaw(buildConfiguration);
        foreach (var value in target.Definition.InputValues)
        {
            text.Add(value.Text, value.Evaluate());
        }

        return ContentHash.OfText(text.ToString());
    }

    private SortedDictionary<string, string> Hash(IReadOnlyCollection<string> globs) =>
        new(FileGlob.Expand(root, globs).ToDictionary(path => path, path => ContentHash.OfFile(root / path)), StringComparer.Ordinal);

    private AbsolutePath PathOf(ExecutableTarget target) => root / ".nuke" / "temp" / "targets" / $"{target.Name}.json";
}
