namespace Automation.Parameters;

/// <summary>
/// Where a value injection attribute sets the CI build number (<c>[GitVersion(UpdateBuildNumber = true)]</c>): the
/// running build, which passes it to the CI host. Declared here, below the session that implements it on
/// <see cref="AutomationBuild"/>.
/// </summary>
internal interface IBuildNumberSink
{
    /// <summary>Sets the CI build number (a no-op on hosts without one).</summary>
    void SetBuildNumber(string number);
}
