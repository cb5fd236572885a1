using Automation.Components;

namespace Automation.IntegrationTests.Components.Packing;

/// <summary>A build that packs the sample with its computed version.</summary>
internal sealed class PackBuild : AutomationBuild, IPack, IVersion;
