namespace Automation.Components;

/// <summary>What a host holds: the live version and its configuration hash, the versions present, and the switch history.</summary>
internal sealed record HostState(string? Live, string? LiveHash, IReadOnlyList<string> Versions, IReadOnlyList<string> History)
{
    /// <summary>Reads the output of <see cref="HostLayout.StateScript"/>.</summary>
    public static HostState Parse(string output)
    {
        string? live = null;
        string? hash = null;
        var versions = new List<string>();
        var history = new List<string>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (key, value) = line.IndexOf('=', StringComparison.Ordinal) is var at and > 0 ? (line[..at], line[(at + 1)..]) : (line, string.Empty);
            switch (key)
            {
                case "live" when value.StartsWith("versions/", StringComparison.Ordinal):
                    live = value["versions/".Length..];
                    break;
                case "hash" when value.Length > 0:
                    hash = value;
                    break;
                case "version":
                    versions.Add(value);
                    break;
                case "history":
                    history.Add(value);
                    break;
            }
        }

        return new HostState(live, hash, versions, history);
    }

    /// <summary>The version that was live before the current one and is still on the host, if any.</summary>
    public string? Previous => History.AsEnumerable().Reverse().FirstOrDefault(v => v != Live && Versions.Contains(v));

    /// <summary>
    /// The versions beyond the <paramref name="keep"/> most recently live ones (the live one always stays; versions that
    /// were never live, such as one whose health check failed, go first).
    /// </summary>
    public IReadOnlyList<string> BeyondLimit(int keep)
    {
        var recent = new List<string>();
        foreach (var version in new[] { Live }.Concat(History.AsEnumerable().Reverse()).OfType<string>())
        {
            if (Versions.Contains(version) && !recent.Contains(version))
            {
                recent.Add(version);
            }
        }

        var kept = recent.Take(Math.Max(keep, 1)).ToHashSet(StringComparer.Ordinal);
        return Versions.Where(v => !kept.Contains(v)).ToList();
    }
}
