namespace Automation.Components;

/// <summary>
/// NUKE's <c>ISignPackages</c> signed packages through SignPath's AppVeyor integration: an AppVeyor-only flow (the
/// engine writes no appveyor.yml) against a service that cannot be reached or tested here. A compile error says what
/// to do instead; the members are here so that <c>nameof(ISignPackages.SignPackages)</c> gives that one error only.
/// </summary>
[Obsolete(NukeComponentShims.ISignPackages, error: true)]
public interface ISignPackages : IAutomationBuild
{
    /// <summary>The prefix of NUKE's parameter names (<c>SignPathApiToken</c>).</summary>
    public const string SignPath = nameof(SignPath);

    /// <summary>NUKE's SignPath API token parameter.</summary>
    string? ApiToken => throw new NotSupportedException(NukeComponentShims.ISignPackages);

    /// <summary>NUKE's packages to sign.</summary>
    IEnumerable<AbsolutePath> SignPathPackages => throw new NotSupportedException(NukeComponentShims.ISignPackages);

    /// <summary>NUKE's signing target.</summary>
    Target SignPackages => throw new NotSupportedException(NukeComponentShims.ISignPackages);
}
