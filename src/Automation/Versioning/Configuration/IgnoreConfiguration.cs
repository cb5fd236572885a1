namespace Automation.Versioning.Configuration;

/// <summary>
/// <c>ignore:</c> — commits left out of the calculation as if they did not exist: the commits whose sha starts with
/// one of <see cref="Shas"/>, and the commits older than <see cref="Before"/> (<c>commits-before</c>). Their tags,
/// merge messages and <c>+semver:</c> messages do not count, nor do they count as commits.
/// </summary>
internal sealed record IgnoreConfiguration
{
    public IReadOnlyList<string> Shas { get; init; } = [];

    /// <summary>Commits with an earlier committer date are ignored.</summary>
    public DateTimeOffset? Before { get; init; }

    public bool IsEmpty => Shas.Count == 0 && Before is null;

    /// <summary>Whether a commit (sha, committer time in Unix seconds) is ignored; a sha matches by prefix, case-insensitively.</summary>
    public bool IsIgnored(string sha, long when) =>
        (Before is { } before && when < before.ToUnixTimeSeconds())
        || Shas.Any(prefix => sha.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));
}
