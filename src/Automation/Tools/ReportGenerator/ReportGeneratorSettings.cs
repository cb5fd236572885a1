using Automation.Tools;

namespace Automation;

/// <summary>
/// What ReportGenerator should do: which coverage files to read and which reports to write. Immutable; adjust it with
/// <c>with</c>: <c>ctx.ReportGenerator(s =&gt; s with { Reports = ["**/coverage.cobertura.xml"], TargetDirectory = RootDirectory / "artifacts" / "coverage" })</c>.
/// </summary>
public sealed record ReportGeneratorSettings : ToolSettings
{
    /// <summary>Coverage files to read (paths or globs such as <c>tests/**/coverage.cobertura.xml</c>): <c>-reports:</c>. Required.</summary>
    public IReadOnlyList<string> Reports { get; init; } = [];

    /// <summary>The directory the reports are written to: <c>-targetdir:</c>. Required.</summary>
    public string? TargetDirectory { get; init; }

    /// <summary>Report formats (<c>Html</c>, <c>HtmlSummary</c>, <c>Cobertura</c>, <c>TextSummary</c>, <c>MarkdownSummaryGithub</c>, <c>Badges</c>, ...): <c>-reporttypes:</c>. Empty: ReportGenerator's default (<c>Html</c>).</summary>
    public IReadOnlyList<string> ReportTypes { get; init; } = [];

    /// <summary>Directories to find source files in when the coverage files hold relative paths: <c>-sourcedirs:</c>.</summary>
    public IReadOnlyList<string> SourceDirectories { get; init; } = [];

    /// <summary>Assemblies to include (<c>+Automation*</c>) or exclude (<c>-*.Tests</c>): <c>-assemblyfilters:</c>.</summary>
    public IReadOnlyList<string> AssemblyFilters { get; init; } = [];

    /// <summary>Classes to include (<c>+Automation.*</c>) or exclude (<c>-*Generated*</c>): <c>-classfilters:</c>.</summary>
    public IReadOnlyList<string> ClassFilters { get; init; } = [];

    /// <summary>The report's title: <c>-title:</c>.</summary>
    public string? Title { get; init; }

    /// <summary>How much ReportGenerator logs: <c>-verbosity:</c>.</summary>
    public ReportGeneratorVerbosity? Verbosity { get; init; }

    /// <summary>Which source files to include (<c>+pattern</c>) or leave out (<c>-pattern</c>), with <c>*</c> wildcards: <c>-filefilters:</c>.</summary>
    public IReadOnlyList<string> FileFilters { get; init; } = [];

    /// <summary>NUKE: the framework folder of the ReportGenerator package to run (<c>net8.0</c>). Tool resolution picks one that runs on this machine, so it does not change which program runs.</summary>
    public string? Framework { get; init; }

    // ReportGenerator's -name:value syntax, with ; between list items.
    private protected override void AddArguments(ToolArguments tool)
    {
        var arguments = tool.Items;
        AddList(arguments, "reports", Reports);
        Add(arguments, "targetdir", TargetDirectory);
        AddList(arguments, "reporttypes", ReportTypes);
        AddList(arguments, "sourcedirs", SourceDirectories);
        AddList(arguments, "assemblyfilters", AssemblyFilters);
        AddList(arguments, "classfilters", ClassFilters);
        AddList(arguments, "filefilters", FileFilters);
        Add(arguments, "title", Title);
        Add(arguments, "verbosity", Verbosity?.ToString());
    }

    private static void AddList(List<string> arguments, string name, IReadOnlyList<string>? values)
    {
        if (values is { Count: > 0 })
        {
            Add(arguments, name, string.Join(';', values));
        }
    }

    private static void Add(List<string> arguments, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            arguments.Add($"-{name}:{value}");
        }
    }
}
