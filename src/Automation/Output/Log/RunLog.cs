namespace Automation.Output.Log;

/// <summary>
/// <c>.nuke/temp/build.log</c> and the logs of the runs before it: opening the log of a new run moves the older ones
/// up (build.log to build.1.log, ... build.3.log to build.4.log, the oldest dropped), so the last
/// <see cref="KeptRuns"/> runs are kept. Each run's log is capped (<see cref="CappedWriter"/>), so the folder never
/// holds more than <see cref="KeptRuns"/> × <see cref="MaxCharactersPerRun"/>: the generated CI configurations
/// cache <c>.nuke/temp</c>, and a runaway tool must not fill a disk or a cache.
/// </summary>
internal static class RunLog
{
    /// <summary>The runs whose logs are kept: this one and the four before it, enough to compare a failing run with
    /// the last good one a few attempts back.</summary>
    public const int KeptRuns = 5;

    /// <summary>About 10 MB of text per run: a long CI build with verbose tool output writes a few MB.</summary>
    public const int MaxCharactersPerRun = 10 * 1024 * 1024;

    /// <summary>The log of the run <paramref name="index"/> runs back: build.log, build.1.log, ...</summary>
    public static string PathOf(string path, int index) =>
        index == 0 ? path : Path.Combine(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}.{index}{Path.GetExtension(path)}");

    /// <summary>Moves the older logs up and opens a new, empty log at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The folder or the file cannot be used (a file where the folder should be, ...).</exception>
    /// <exception cref="UnauthorizedAccessException">No permission to write there.</exception>
    public static CappedWriter Open(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Rotate(path);
        return new CappedWriter(new StreamWriter(path, append: false) { AutoFlush = false }, MaxCharactersPerRun);
    }

    private static void Rotate(string path)
    {
        for (var index = KeptRuns - 1; index > 0; index--)
        {
            var older = PathOf(path, index - 1);
            if (File.Exists(older))
            {
                File.Move(older, PathOf(path, index), overwrite: true);
            }
        }
    }
}
