using Automation.Outcomes;

namespace Automation.Output;

/// <summary>
/// Renders build output for one place it runs: a terminal or a CI system. The defaults print plain text;
/// each CI host overrides groups and annotations with its own syntax.
/// </summary>
internal abstract class OutputHost(HostOptions options)
{
    /// <summary>The name used with <c>--host</c> (<c>github-actions</c>).</summary>
    public abstract string Name { get; }

    /// <summary>Whether, with <c>--parallel</c>, the groups of targets that ran at the same time are printed in plan
    /// order (a CI log, read afterwards) rather than as each target ends (a terminal, watched live).</summary>
    public virtual bool ShowsGroupsInPlanOrder => true;

    /// <summary>The bottom line of an interactive terminal, where a parallel run's live status is drawn; null on hosts
    /// without one (every CI host, redirected output, build.log).</summary>
    public virtual Terminal.StatusArea? StatusArea => null;

    protected TextWriter Writer => options.Writer;

    /// <summary>Where a plain warning or error goes: standard error when the build has one, so that a caller that keeps
    /// only stdout (<c>./build.sh --list | grep</c>) still sees what went wrong. Hosts whose agent reads annotations
    /// from standard output (GitHub Actions, Azure Pipelines, TeamCity) write them to <see cref="Writer"/>.</summary>
    protected TextWriter ErrorWriter => options.ErrorWriter ?? options.Writer;

    protected TimeProvider Time => options.Time;

    protected bool UseColor => options.UseColor;

    public virtual void BeginGroup(string title)
    {
        Writer.WriteLine();
        Writer.WriteLine(Paint($"── {title} {new string('─', Math.Max(3, 56 - title.Length))}", Style.Heading));
    }

    public virtual void EndGroup(string title)
    {
    }

    public virtual void WriteLine(string text) => Writer.WriteLine(text);

    public virtual void WriteDebug(string text) => Writer.WriteLine(Paint(text, Style.Dim));

    public virtual void WriteWarning(Annotation annotation) => ErrorWriter.WriteLine(Paint($"warning: {annotation}", Style.Warning));

    public virtual void WriteError(Annotation annotation) => ErrorWriter.WriteLine(Paint($"error: {annotation}", Style.Error));

    /// <summary>A tool's warning or error line (<c>A.cs(3,5): error CS0103: ...</c>). By default the line itself, coloured;
    /// hosts with native annotations also annotate it.</summary>
    public virtual void WriteDiagnostic(string line, Annotation annotation, bool isError) =>
        Writer.WriteLine(Paint(line, isError ? Style.Error : Style.Warning));

    /// <summary>Sets the CI run's build number (Azure Pipelines, TeamCity); hosts without one ignore it.</summary>
    public virtual void SetBuildNumber(string number)
    {
    }

    /// <summary>Hands a value to later steps and jobs (GitHub step output and environment, Azure and TeamCity variables); hosts without such a channel ignore it.</summary>
    public virtual void SetOutputVariable(string name, string value)
    {
    }

    protected HostOptions Options => options;

    /// <summary>Called once at the end, after the last group: the summary table and (unless switched off) the closing lines.</summary>
    public virtual void WriteSummary(BuildResult result, bool closingLines = true)
    {
        Writer.WriteLine();
        SummaryTable.Write(Writer, result, Paint, closingLines);
    }

    public void Flush()
    {
        Writer.Flush();
        if (options.ErrorWriter is { } error)
        {
            error.Flush();
        }
    }

    protected string Paint(string text, Style style) => UseColor ? Ansi.Paint(text, style) : text;
}
