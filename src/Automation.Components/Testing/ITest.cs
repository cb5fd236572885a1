namespace Automation.Components;

/// <summary>The <c>test</c> target: the unit tests, then the integration tests.</summary>
public interface ITest : IUnitTest, IIntegrationTest
{
    /// <summary>Runs all tests.</summary>
    Target Test => _ => _
        .Description("Run the unit and integration tests")
        .DependsOn<IUnitTest>()
        .DependsOn<IIntegrationTest>();
}
