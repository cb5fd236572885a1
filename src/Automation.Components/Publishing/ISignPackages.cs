namespace Automation.Components;

/// <summary>
/// NUKE's <c>ISignPackages</c> signed packages through SignPath's AppVeyor integration: an AppVeyor-only flow (the
/// engine writes no appveyor.yml) against a service that cannot be reached or tested here. A compile error says what
/// to do instead; the members are here so that <c>nameof(ISignPackages.SignPackages)</c> gives that one error only.
/// </summary>
[Obsolete("ISignPackages (SignPath through AppVeyor) is not provided: sign in the CI system with SignPath's own integration (e.g. its GitHub Action signpath/github-action-submit-signing-request), or in a target with SignClientTasks.SignClientSign(...); remove ISignPackages and its [AppVeyorSecret] lines.", error: true)]
public interface ISignPackages : IAutomationBuild
{
    /// <summary>The prefix of NUKE's parameter names (<c>SignPathApiToken</c>).</summary>
    public const string SignPath = nameof(SignPath);

    /// <summary>NUKE's SignPath API token parameter.</summary>
    string? ApiToken { get; }

    /// <summary>NUKE's packages to sign.</summary>
    IEnumerable<AbsolutePath> SignPathPackages { get; }

    /// <summary>NUKE's signing target.</summary>
    Target SignPackages { get; }
}
