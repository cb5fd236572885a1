using Automation.Tools.DotNet;

namespace Automation;

/// <summary>Settings of <c>dotnet format</c>, for <see cref="DotNetTasks.DotNetFormat(ITargetContext, Func{DotNetFormatSettings, DotNetFormatSettings})"/>. With <see cref="VerifyNoChanges"/> it is a lint check that fails when a file would change.</summary>
public sealed record DotNetFormatSettings : DotNetSettings
{
    /// <summary>The project or solution. Default: the one in the working directory.</summary>
    public string? Project { get; init; }

    /// <summary>Which formatters run (<c>whitespace</c>, <c>style</c>, <c>analyzers</c>). Default: all.</summary>
    public DotNetFormatScope Scope { get; init; }

    /// <summary>Change nothing; fail when a file would change (<c>--verify-no-changes</c>).</summary>
    public bool VerifyNoChanges { get; init; }

    /// <summary>Skip the implicit restore (<c>--no-restore</c>).</summary>
    public bool NoRestore { get; init; }

    /// <summary>Only these files or folders, relative to the working directory (<c>--include</c>).</summary>
    public IReadOnlyList<string> Include { get; init; } = [];

    /// <summary>Not these files or folders (<c>--exclude</c>).</summary>
    public IReadOnlyList<string> Exclude { get; init; } = [];

    /// <summary>Also format SDK-generated files (<c>--include-generated</c>).</summary>
    public bool IncludeGenerated { get; init; }

    /// <summary>Only these diagnostic ids, e.g. <c>IDE0005</c> (<c>--diagnostics</c>).</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];

    /// <summary>Not these diagnostic ids (<c>--exclude-diagnostics</c>).</summary>
    public IReadOnlyList<string> ExcludeDiagnostics { get; init; } = [];

    /// <summary>The lowest severity to fix (<c>--severity</c>).</summary>
    public DotNetFormatSeverity? Severity { get; init; }

    /// <summary>How much it writes (<c>--verbosity</c>).</summary>
    public DotNetVerbosity? Verbosity { get; init; }

    /// <summary>Write a JSON report of the changes into this folder (<c>--report</c>).</summary>
    public string? ReportPath { get; init; }

    /// <summary>Write a binary log of the workspace load to this file (<c>--binarylog</c>).</summary>
    public string? BinaryLog { get; init; }

    private protected override void AddArguments(DotNetArguments arguments) => arguments
        .Add("format")
        .Add(Scope switch
        {
            DotNetFormatScope.All => null,
            DotNetFormatScope.Whitespace => "whitespace",
            DotNetFormatScope.Style => "style",
            DotNetFormatScope.Analyzers => "analyzers",
            _ => throw new InvalidOperationException($"Unknown format scope {Scope}."),
        })
        .Add(Project)
        .Flag("--verify-no-changes", VerifyNoChanges)
        .Flag("--no-restore", NoRestore)
        .Options("--include", Include)
        .Options("--exclude", Exclude)
        .Flag("--include-generated", IncludeGenerated)
        .Options("--diagnostics", Diagnostics)
        .Options("--exclude-diagnostics", ExcludeDiagnostics)
        .Option("--severity", Severity switch
        {
            null => null,
            DotNetFormatSeverity.Info => "info",
            DotNetFormatSeverity.Warn => "warn",
            DotNetFormatSeverity.Error => "error",
            _ => throw new InvalidOperationException($"Unknown severity {Severity}."),
        })
        .Option("--verbosity", Verbosity)
        .Option("--report", ReportPath)
        .Option("--binarylog", BinaryLog);
}
