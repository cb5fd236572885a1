using Automation.Differential.Oracle;

namespace Automation.Differential.Histories;

/// <summary>Makes a <see cref="History"/> real: a git repository in a directory, built with <c>git fast-import</c> and
/// checked out as the history says.</summary>
public static class HistoryRepository
{
    public static async Task CreateAsync(History history, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        Directory.CreateDirectory(directory);
        await GitAsync(directory, null, cancellationToken, "init", "-q", "-b", "main").ConfigureAwait(false);
        await GitAsync(directory, FastImportWriter.Write(history), cancellationToken, "fast-import", "--quiet").ConfigureAwait(false);
        string[] checkout = history.DetachedBack is { } back
            ? ["checkout", "-q", "-f", "--detach", $"{history.CheckedOut}~{back}"]
            : ["checkout", "-q", "-f", history.CheckedOut];
        await GitAsync(directory, null, cancellationToken, checkout).ConfigureAwait(false);
    }

    public static async Task<string> GitAsync(string directory, string? input, CancellationToken cancellationToken, params string[] arguments)
    {
        var (exitCode, output, error) = await GitVersionOracle.RunProcessAsync("git", arguments, directory, cancellationToken, input).ConfigureAwait(false);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed ({exitCode}): {output}{error}");
        }

        return output;
    }
}
