using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Automation.Targets;

namespace Automation;

/// <summary>
/// What every build offers its targets. Component interfaces extend it, so their default implementations can
/// use <see cref="RootDirectory"/> and the rest: <c>interface IClean : IAutomationBuild { ... }</c>.
/// </summary>
public interface IAutomationBuild
{
    /// <summary>The repository root: <c>--root</c>, or the nearest ancestor of the working directory holding <c>.nuke/</c>.</summary>
    AbsolutePath RootDirectory { get; }

    /// <summary><c>.nuke/temp</c> under the root: logs, caches, last-run state (git-ignored).</summary>
    AbsolutePath TemporaryDirectory { get; }

    /// <summary>Whether commands are echoed instead of started (<c>--dry-run</c>).</summary>
    bool IsDryRun { get; }

    /// <summary>The output verbosity (<c>--verbosity</c>).</summary>
    Verbosity Verbosity { get; }

    /// <summary>The output host: <c>terminal</c>, <c>github-actions</c>, <c>azure-pipelines</c>, ...</summary>
    string HostName { get; }

    /// <summary>
    /// Whether this build runs on a CI server (a CI system was detected, or <c>CI</c> is set), judged from the build's
    /// own environment, so in-process builds and tests can choose.
    /// </summary>
    bool RunsOnServer { get; }

    /// <summary>
    /// The CI system the build runs on (NUKE's <c>INukeBuild.Host</c>), so a component interface can ask
    /// <c>Host is GitHubActions</c>; <c>Host is Terminal</c> on a developer's machine; null on a CI system the engine has
    /// no object for. Judged from the build's own environment.
    /// </summary>
    Host? Host { get; }

    /// <summary>The build's environment variables.</summary>
    IReadOnlyDictionary<string, string> EnvironmentVariables { get; }

    /// <summary>
    /// The value given for a parameter declared on a component interface, or <c>default</c> when none was given. Use it
    /// as the parameter property's body, with a fallback for the default:
    /// <c>[Parameter("NuGet feed")] string NuGetSource =&gt; ParameterValue&lt;string&gt;() ?? "https://api.nuget.org/v3/index.json";</c>
    /// </summary>
    /// <param name="member">The parameter property's name; filled in by the compiler.</param>
    T? ParameterValue<T>([CallerMemberName] string member = "");

    /// <summary>
    /// NUKE's way of reading a component member's value: the parameter or injected value (<c>[Solution]</c>,
    /// <c>[GitVersion]</c>, …) of the member the expression names, or null when none was given:
    /// <c>[Solution] Solution Solution =&gt; TryGetValue(() =&gt; Solution);</c> — the same as <see cref="ParameterValue{T}"/>.
    /// </summary>
    /// <typeparam name="T">The member's type.</typeparam>
    /// <param name="member">An expression naming the member (<c>() =&gt; Solution</c>).</param>
    /// <returns>The value, or null.</returns>
    T? TryGetValue<T>(Expression<Func<T>> member)
        where T : class => ParameterValue<T>(MemberNames.Of(member));

    /// <summary>
    /// <see cref="TryGetValue{T}(Expression{Func{T}})"/> for a value type, asked for as nullable:
    /// <c>bool CopyOutput =&gt; TryGetValue&lt;bool?&gt;(() =&gt; CopyOutput) ?? false;</c>.
    /// </summary>
    /// <typeparam name="T">The member's type, nullable (<c>bool?</c>).</typeparam>
    /// <param name="member">An expression naming the member.</param>
    /// <returns>The value, or default.</returns>
    T? TryGetValue<T>(Expression<Func<object>> member) => ParameterValue<T>(MemberNames.Of(member));

    /// <summary>
    /// A value computed once per build and shared by every target and component (a version, a solution model):
    /// <c>VersionVariables CurrentVersion =&gt; Shared(() =&gt; VersionCalculator.Calculate(...));</c>
    /// </summary>
    /// <param name="create">Computes the value, on first use only (also when several targets ask at once).</param>
    /// <param name="key">Identifies the value; the calling member's name by default.</param>
    T Shared<T>(Func<T> create, [CallerMemberName] string key = "");

    /// <summary>
    /// Adds NUKE-style summary entries to the running target's row of the summary:
    /// <c>ReportSummary(_ =&gt; _.AddPair("Packages", count))</c> shows <c>Packages: 3</c>.
    /// </summary>
    /// <param name="configurator">Adds the entries to an empty dictionary.</param>
    /// <exception cref="InvalidOperationException">No target runs here.</exception>
    void ReportSummary(Configure<IDictionary<string, string>> configurator) => Targets.SummaryPairs.Report(configurator);
}
