namespace Automation.Incremental;

/// <summary>
/// The output files a target left on its last successful run, as its state file records them. A later target that reads
/// them (pack reads compile's) takes only those as its inputs: files that other targets added beside them since (a test
/// run's files in <c>bin/</c>) are someone else's, as they are for the target that declared the folder. Public for
/// component authors: <c>.InputFiles(() =&gt; RecordedOutputs.Among(RootDirectory, "compile", files))</c>.
/// </summary>
public static class RecordedOutputs
{
    /// <summary>
    /// Those of <paramref name="files"/> that <paramref name="target"/> recorded as its outputs; all of them when it has no
    /// usable record (it never succeeded, its state is unreadable or lists no output), so that doubt adds inputs.
    /// </summary>
    /// <param name="root">The repository root.</param>
    /// <param name="target">The name of the target that wrote the files, as on the command line (<c>compile</c>).</param>
    /// <param name="files">The files the reading target would otherwise take, wherever they are.</param>
    public static IEnumerable<AbsolutePath> Among(AbsolutePath root, string target, IEnumerable<AbsolutePath> files)
    {
        var (state, _) = StateFile.Read(PathOf(root, target), IncrementalJsonContext.Default.TargetState);
        if (state is null || state.Format != TargetState.CurrentFormat || state.Target != target || state.Outputs is not { Count: > 0 } outputs)
        {
            return files;
        }

        return files.Where(file => outputs.ContainsKey(KeyOf(root, file)));
    }

    /// <summary>The key a file's hash is recorded under: its root-relative path with <c>/</c>, or its full path outside the root.</summary>
    internal static string KeyOf(AbsolutePath root, AbsolutePath file) => file.IsWithin(root) ? file.RelativeTo(root).Replace('\\', '/') : file.ToString();

    /// <summary>Where <paramref name="target"/>'s state lives.</summary>
    internal static AbsolutePath PathOf(AbsolutePath root, string target) => new NukeLayout(root).TargetStateFile(target);
}
