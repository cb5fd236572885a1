namespace Automation.Components;

/// <summary>The build configuration the .NET components use: <c>--configuration</c>; Debug on a laptop, Release on CI.</summary>
public interface IHazConfiguration : IAutomationBuild
{
    /// <summary>The configuration to build, test and pack.</summary>
    [Parameter("Configuration to build: Debug locally, Release on CI unless given")]
    string Configuration => ParameterValue<string>() ?? (RunsOnServer ? "Release" : "Debug");
}
