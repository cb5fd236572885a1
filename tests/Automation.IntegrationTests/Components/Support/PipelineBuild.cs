using Automation.Components;

namespace Automation.IntegrationTests.Components.Support;

/// <summary>A build made only of the shared components, as a repository adopting them would write it.</summary>
public sealed class PipelineBuild : AutomationBuild, IClean, ILint, ITest, IReportCoverage, IPack, IVersion;
