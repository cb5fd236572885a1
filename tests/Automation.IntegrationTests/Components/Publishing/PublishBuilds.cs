using Automation.Components;

namespace Automation.IntegrationTests.Components.Publishing;

/// <summary>A build that publishes the sample with its computed version, with the component's defaults.</summary>
internal sealed class PublishBuild : AutomationBuild, IPublish, IVersion;

/// <summary>A build that publishes to a trusted <c>http://</c> feed on 127.0.0.1, through the push settings hook.</summary>
internal sealed class LoopbackPublishBuild : AutomationBuild, IPublish, IVersion
{
    Configure<DotNetNuGetPushSettings> IPublish.PushSettings => s => s with { AllowInsecureConnections = true };
}
