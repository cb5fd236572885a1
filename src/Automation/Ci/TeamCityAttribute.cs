namespace Automation;

/// <summary>NUKE's <c>[TeamCity]</c> configuration generator, which the engine does not have: TeamCity reads its own configuration (Kotlin DSL or its UI), and the engine has no generator for it. Using it is a compile error that says what to do.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
[Obsolete("TeamCity reads its own configuration (Kotlin DSL or its UI), and the engine has no generator for it: remove [TeamCity(...)] and keep the CI system's own configuration, running ./build.sh <targets> in it (or move to [GitHubActions], [AzurePipelines] or [GitLabCI]).", error: true)]
public sealed class TeamCityAttribute : Attribute
{
    /// <summary>Takes NUKE's arguments (images, platforms) and ignores them: the attribute is only a signpost.</summary>
    /// <param name="arguments">NUKE's positional arguments.</param>
    public TeamCityAttribute(params object[] arguments) => _ = arguments;

    /// <summary>NUKE's targets to invoke; ignored.</summary>
    public string[] InvokedTargets { get; set; } = [];

    /// <summary>NUKE's secrets to import; ignored.</summary>
    public string[] ImportSecrets { get; set; } = [];

    /// <summary>NUKE's switch for generating the file; ignored.</summary>
    public bool AutoGenerate { get; set; }
}
