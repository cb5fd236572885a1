using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;
using Automation.Versioning.Git;
using Automation.Versioning.Output;

namespace Automation.Versioning;

/// <summary>Computes the version of a git work tree with GitVersion 6's rules, driving the <c>git</c> CLI.</summary>
public static class VersionCalculator
{
    /// <summary>Computes the version variables for the repository and branch in <paramref name="request"/>.</summary>
    /// <exception cref="VersioningException">Not a git repository, a shallow clone, malformed configuration.</exception>
    public static VersionVariables Calculate(VersionRequest request) => CalculateResult(request).Variables;

    /// <summary>Computes the version variables and reports each configuration warning to <paramref name="warning"/>.</summary>
    /// <exception cref="VersioningException">Not a git repository, a shallow clone, malformed configuration.</exception>
    public static VersionVariables Calculate(VersionRequest request, Action<string> warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var result = CalculateResult(request);
        foreach (var message in result.Warnings)
        {
            warning(message);
        }

        return result.Variables;
    }

    /// <summary>Computes the version variables together with the warnings and the configuration file that was used.</summary>
    /// <exception cref="VersioningException">Not a git repository, a shallow clone, malformed configuration.</exception>
    public static VersionResult CalculateResult(VersionRequest request)
    {
        return Core.SynchronousWait.For(CalculateResultAsync(request), "for callers that cannot await, such as a component's CurrentVersion property");
    }

    /// <summary>Computes the version variables, reading git without holding a thread.</summary>
    /// <param name="request">The repository, branch and environment.</param>
    /// <param name="cancellationToken">Stops the git commands (and what they started).</param>
    /// <exception cref="VersioningException">Not a git repository, a shallow clone, malformed configuration.</exception>
    public static async Task<VersionVariables> CalculateAsync(VersionRequest request, CancellationToken cancellationToken = default) =>
        (await CalculateResultAsync(request, cancellationToken).ConfigureAwait(false)).Variables;

    /// <summary>Computes the version variables together with the warnings and the configuration file that was used, reading git without holding a thread.</summary>
    /// <param name="request">The repository, branch and environment.</param>
    /// <param name="cancellationToken">Stops the git commands (and what they started).</param>
    /// <exception cref="VersioningException">Not a git repository, a shallow clone, malformed configuration.</exception>
    public static async Task<VersionResult> CalculateResultAsync(VersionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var snapshot = await RepositoryReader.ReadAsync(Path.GetFullPath(request.RepositoryDirectory), request.AllowShallow, cancellationToken).ConfigureAwait(false);
        var configuration = ConfigurationFile.Load(snapshot.WorkTree);
        return Calculate(snapshot, configuration, request.BranchOverride, request.Environment);
    }

    /// <summary>The calculation on an in-memory repository (what the public entry points use after reading git).</summary>
    internal static VersionResult Calculate(RepositorySnapshot snapshot, ConfigurationLoadResult configuration, string? branchOverride, IReadOnlyDictionary<string, string> environment)
    {
        var (branch, tip) = CurrentBranchResolver.Resolve(snapshot, branchOverride, environment);
        var context = new VersionContext(snapshot, configuration.Configuration, branch, tip);
        var variables = VariablesFactory.Create(context, VersionEngine.Calculate(context), environment);
        return new VersionResult(variables, configuration.Warnings, configuration.File);
    }
}
