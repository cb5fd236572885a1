namespace Automation.Components;

/// <summary>
/// The <c>test</c> target: the unit tests, then the integration tests. A repository with only one kind is fine: the
/// other target is skipped, having no projects.
/// </summary>
public interface ITest : IUnitTest, IIntegrationTest
{
    /// <summary>Runs all tests.</summary>
    Target Test => _ => _
        .Description("Run the unit and integration tests")
        .DependsOn<IUnitTest>()
        .DependsOn<IIntegrationTest>();
}
