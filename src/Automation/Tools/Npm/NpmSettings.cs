namespace Automation;

/// <summary>
/// What every npm command's settings have (NUKE's <c>NpmInstallSettings</c>, <c>NpmRunSettings</c>, <c>NpmCiSettings</c>
/// share them): where it runs and the variables it gets. Immutable records; change them with <c>with</c> or NUKE's
/// fluent methods (<see cref="NpmSettingsExtensions"/>).
/// </summary>
public abstract record NpmSettings
{
    // Only this assembly derives: each settings type renders its own command.
    private protected NpmSettings()
    {
    }

    /// <summary>The npm executable; default: <c>npm</c> as tool resolution finds it (<c>NPM_EXE</c>, PATH).</summary>
    public string? ProcessToolPath { get; init; }

    /// <summary>Where npm runs (the folder of <c>package.json</c>); default: the target's current directory.</summary>
    public string? ProcessWorkingDirectory { get; init; }

    /// <summary>Variables added to the build's environment for this command.</summary>
    public IReadOnlyDictionary<string, string> ProcessEnvironmentVariables { get; init; } = new Dictionary<string, string>();

    /// <summary>The arguments after <c>npm</c>.</summary>
    /// <returns>One element per argument.</returns>
    public abstract IReadOnlyList<string> ToArguments();
}

/// <summary><c>npm install</c>: installs the dependencies of <c>package.json</c>, or the packages named.</summary>
public sealed record NpmInstallSettings : NpmSettings
{
    /// <summary>Packages to install; none installs <c>package.json</c>'s dependencies.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>Whether to save them as development dependencies (<c>--save-dev</c>).</summary>
    public bool? Development { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<string> ToArguments() => ["install", .. Packages, .. Development == true ? ["--save-dev"] : Array.Empty<string>()];
}

/// <summary><c>npm ci</c>: a clean install from <c>package-lock.json</c>.</summary>
public sealed record NpmCiSettings : NpmSettings
{
    /// <inheritdoc />
    public override IReadOnlyList<string> ToArguments() => ["ci"];
}

/// <summary><c>npm run &lt;command&gt; -- &lt;arguments&gt;</c>: runs a script of <c>package.json</c>.</summary>
public sealed record NpmRunSettings : NpmSettings
{
    /// <summary>The script to run.</summary>
    public string? Command { get; init; }

    /// <summary>Arguments passed to the script (after <c>--</c>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <inheritdoc />
    public override IReadOnlyList<string> ToArguments() =>
        string.IsNullOrWhiteSpace(Command)
            ? throw new InvalidOperationException("NpmRun needs the script to run: .SetCommand(\"build\").")
            : ["run", Command, .. Arguments.Count > 0 ? ["--", .. Arguments] : Array.Empty<string>()];
}
