using System.Reflection;
using Automation.IO;
using Automation.Targets;

namespace Automation.Incremental;

/// <summary>
/// Decides whether a target with declared inputs is up to date: the hashes of its input files, of its configuration
/// (its non-file inputs and the build's parameter values) and of its output files must match those recorded after its
/// last successful run, and a target that declares outputs must have left some. Content decides, never timestamps.
/// Anything doubtful (no state, a corrupt or foreign state file, an unreadable file) means the target runs. Safe to use
/// from parallel targets: each has its own state file.
/// <para>Two rules keep later targets and the target itself from making it stale: an output file that appeared after its
/// run (one it did not leave) is another target's and is ignored, while a recorded output that changed or is gone makes
/// it run; and a file that is both an input and an output is recorded as the target left it.</para>
/// </summary>
/// <param name="root">The repository root; state lives in <c>.nuke/temp/targets/</c>.</param>
/// <param name="force"><c>--force</c>: every target runs, and what it sees is recorded afresh.</param>
/// <param name="buildConfiguration">The build's parameter values (secrets aside), as <see cref="ConfigurationText"/>.</param>
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
            started = new TargetState(TargetState.CurrentFormat, target.Name, ConfigurationOf(target), Hash(definition.InputGlobs, definition.InputFileLists), []);
        }
        catch (FileNotFoundException exception)
        {
            // A file gone between listing and hashing, or an assembly a file list's code needs: the message alone may
            // not say which, so name the file as the other reasons name theirs.
            return new UpToDateCheck(false, $"its inputs could not be read: {MissingFile(exception)} was not found", null);
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
        var reason = problem ?? WhyNotUpToDate(recorded!, started, definition);
        return new UpToDateCheck(reason is null, reason ?? "up to date", started, reason is null ? recorded : null);
    }

    /// <summary>Forgets the last successful run before the target starts, so that a failed or interrupted run
    /// (which may have changed its outputs) can never be mistaken for the earlier success.</summary>
    public void Invalidate(ExecutableTarget target) => StateFile.Delete(PathOf(target));

    /// <summary>Records a successful run: the inputs and configuration it started with, the outputs it left, and what
    /// it reported (shown again when it is up to date).</summary>
    public void Record(ExecutableTarget target, TargetState started, IReadOnlyList<string> notes)
    {
        var definition = target.Definition;
        var outputs = Hash(definition.OutputGlobs, definition.OutputFileLists);
        StateFile.Write(
            PathOf(target),
            started with { Inputs = AsLeft(started.Inputs, outputs, definition), Outputs = outputs, Notes = [.. notes] },
            IncrementalJsonContext.Default.TargetState);
    }

    /// <summary>
    /// The inputs to record: as they were when the target started, but a file that is also an output as the target left
    /// it. A target that rewrites one of its inputs (restore and <c>packages.lock.json</c>) would otherwise always find
    /// that input changed. Files the target created among its inputs are listed afresh, so they count too.
    /// </summary>
    private SortedDictionary<string, string> AsLeft(SortedDictionary<string, string> started, SortedDictionary<string, string> outputs, TargetDefinition definition)
    {
        if (outputs.Count == 0)
        {
            return started;
        }

        Dictionary<string, AbsolutePath> inputsNow;
        try
        {
            inputsNow = Locate(definition.InputGlobs, definition.InputFileLists);
        }
        catch (TargetInvocationException)
        {
            inputsNow = []; // the run succeeded; the inputs it started with are still known
        }

        var recorded = new SortedDictionary<string, string>(started, StringComparer.Ordinal);
        foreach (var (path, hash) in outputs.Where(output => started.ContainsKey(output.Key) || inputsNow.ContainsKey(output.Key)))
        {
            recorded[path] = hash;
        }

        return recorded;
    }

    private string? WhyNotUpToDate(TargetState recorded, TargetState now, TargetDefinition definition)
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

        if (definition.DeclaresOutputs && recorded.Outputs is { Count: 0 })
        {
            // Outputs that matched nothing are more likely a wrong glob or a build writing elsewhere than a target
            // that makes nothing; either way nothing proves the work is there.
            return "its declared outputs matched no file after its last run";
        }

        try
        {
            // An output file it did not leave was written by a later target (coverlet's mapping file in compile's bin/):
            // someone else's, so it does not make this target stale.
            return Difference(recorded.Outputs, Hash(definition.OutputGlobs, definition.OutputFileLists), newFilesCount: false) is { } output ? $"output {output}" : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"its outputs could not be read ({exception.Message})";
        }
    }

    private static string? Difference(SortedDictionary<string, string>? recorded, SortedDictionary<string, string> now, bool newFilesCount = true)
    {
        if (recorded is null)
        {
            return "hashes missing from the state file";
        }

        if (recorded.Keys.FirstOrDefault(path => !now.ContainsKey(path)) is { } removed)
        {
            return $"{removed} is gone";
        }

        if (newFilesCount && now.Keys.FirstOrDefault(path => !recorded.ContainsKey(path)) is { } added)
        {
            return $"{added} is new";
        }

        return now.FirstOrDefault(file => recorded.TryGetValue(file.Key, out var hash) && hash != file.Value).Key is { } changed ? $"{changed} changed" : null;
    }

    private string ConfigurationOf(ExecutableTarget target)
    {
        var text = new ConfigurationText().AddRaw(buildConfiguration);
        foreach (var value in target.Definition.InputValues)
        {
            text.Add(value.Text, value.Evaluate());
        }

        // The target's own arguments are configuration too: `clean --docs` removes more than `clean`.
        foreach (var (argument, value) in target.ArgumentValues.All)
        {
            text.Add("--" + argument.Name, value);
        }

        return ContentHash.OfText(text.ToString());
    }

    private SortedDictionary<string, string> Hash(IReadOnlyCollection<string> globs, IReadOnlyCollection<Func<IEnumerable<AbsolutePath>>> fileLists)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, file) in Locate(globs, fileLists))
        {
            hashes[key] = ContentHash.OfFile(file);
        }

        return hashes;
    }

    /// <summary>The existing files the globs and lists name, by the key their hash is recorded under.</summary>
    private Dictionary<string, AbsolutePath> Locate(IReadOnlyCollection<string> globs, IReadOnlyCollection<Func<IEnumerable<AbsolutePath>>> fileLists)
    {
        var files = new Dictionary<string, AbsolutePath>(StringComparer.Ordinal);
        foreach (var path in FileGlob.Expand(root, globs))
        {
            files[path] = root / path;
        }

        foreach (var file in fileLists.SelectMany(List).Where(file => file.FileExists()))
        {
            files[Key(file)] = file;
        }

        return files;
    }

    private static IEnumerable<AbsolutePath> List(Func<IEnumerable<AbsolutePath>> files)
    {
        try
        {
            return files().ToList();
        }
        catch (Exception exception) when (exception is not (IOException or UnauthorizedAccessException))
        {
            // Like a throwing non-file input: user code that fails makes the target fail, not run unchecked.
            throw new TargetInvocationException(exception);
        }
    }

    private string MissingFile(FileNotFoundException exception) =>
        exception.FileName is not { Length: > 0 } name ? $"a file ({exception.Message})"
        : Path.IsPathRooted(name) ? Key(AbsolutePath.Create(name))
        : name;

    private string Key(AbsolutePath file) => RecordedOutputs.KeyOf(root, file);

    private AbsolutePath PathOf(ExecutableTarget target) => RecordedOutputs.PathOf(root, target.Name);
}
