using Automation.CommandLine;

namespace Automation;

/// <summary>
/// Shell completion for a build's command line (<c>./build.sh</c>, <c>automation</c>), without compiling or starting
/// the build: each run of a build writes its targets and parameters to <c>.nuke/temp/completion.txt</c>, and this
/// answers from that file. <c>automation :complete</c> uses it; so can any other front end (an editor, a wrapper).
/// </summary>
public static class ShellCompletion
{
    /// <summary>
    /// The words that may replace the last of <paramref name="words"/>, which is the one being typed: targets not typed
    /// yet; after a dash, options and parameters; after an option that takes a value, the values worth offering
    /// (enum members, targets for <c>--skip</c>). Matching ignores case.
    /// </summary>
    /// <param name="root">
    /// The build's root (the folder holding <c>.nuke/</c>); null outside any build. Before the build's first run, or
    /// when its list cannot be read, only the built-in options are offered; completing never fails.
    /// </param>
    /// <param name="words">The words after the command; the last is the word under the cursor (empty for a new word).</param>
    public static IReadOnlyList<string> Candidates(AbsolutePath? root, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return CompletionCandidates.For(LoadCatalog(root), words);
    }

    private static CompletionCatalog LoadCatalog(AbsolutePath? root)
    {
        try
        {
            if (root is not null && new NukeLayout(root).CompletionFile is var cache && File.Exists(cache))
            {
                return CompletionCatalog.Parse(File.ReadAllText(cache));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A TAB must never print an error into the command line being typed: fall back to the built-ins.
        }

        return CompletionCatalog.Create([], []);
    }
}
