namespace Automation.Versioning.Configuration;

/// <summary>How pre-release numbers and build metadata are formed (GitVersion 6's <c>mode</c>).</summary>
internal enum DeploymentMode
{
    /// <summary>The pre-release number comes from tags; commits since the version source are build metadata (<c>1.2.0-beta.1+3</c>).</summary>
    ManualDeployment,

    /// <summary>The pre-release number grows with every commit (<c>1.2.0-alpha.3</c>).</summary>
    ContinuousDelivery,

    /// <summary>No pre-release tag at all (<c>1.2.0</c>).</summary>
    ContinuousDeployment,
}
