using Automation.Tools;

namespace Automation;

/// <summary>
/// What every npm command's settings share (NUKE's <c>NpmInstallSettings</c>, <c>NpmRunSettings</c>, <c>NpmCiSettings</c>):
/// the <see cref="ToolSettings"/> of every tool, so NUKE's process forms serve them as they serve the <c>dotnet</c>
/// settings (<c>s.SetProcessWorkingDirectory(web).SetProcessEnvironmentVariable("CI", "true")</c>). Immutable records;
/// change them with <c>with</c> or the fluent forms.
/// </summary>
public abstract record NpmSettings : ToolSettings
{
    // Only this assembly derives: each npm command renders its own arguments.
    private protected NpmSettings()
    {
    }
}

/// <summary><c>npm install</c>: installs the dependencies of <c>package.json</c>, or the packages named.</summary>
public sealed record NpmInstallSettings : NpmSettings
{
    /// <summary>Packages to install; none installs <c>package.json</c>'s dependencies.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>Whether to save them as development dependencies (<c>--save-dev</c>).</summary>
    public bool? Development { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add(["install", .. Packages]).Flag("--save-dev", Development);
}

/// <summary><c>npm ci</c>: a clean install from <c>package-lock.json</c>.</summary>
public sealed record NpmCiSettings : NpmSettings
{
    private protected override void AddArguments(ToolArguments arguments) => arguments.Add("ci");
}

/// <summary><c>npm run &lt;command&gt; -- &lt;arguments&gt;</c>: runs a script of <c>package.json</c>.</summary>
public sealed record NpmRunSettings : NpmSettings
{
    /// <summary>The script to run.</summary>
    public string? Command { get; init; }

    /// <summary>Arguments passed to the script (after <c>--</c>, which comes after <see cref="ToolSettings.ExtraArguments"/>, npm's own options).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    private protected override void AddArguments(ToolArguments arguments)
    {
        if (string.IsNullOrWhiteSpace(Command))
        {
            throw new InvalidOperationException("NpmRun needs the script to run: .SetCommand(\"build\").");
        }

        arguments.Add("run", Command);
    }

    // npm passes what follows `--` to the script; extra arguments before it stay npm's.
    private protected override void AddTrailingArguments(ToolArguments arguments)
    {
        if (Arguments.Count > 0)
        {
            // Items, not Add: an empty argument is the script's to receive.
            arguments.Items.AddRange(["--", .. Arguments]);
        }
    }
}
