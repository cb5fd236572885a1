namespace Automation.Components;

/// <summary>
/// The base of every shared component: an interface with default target implementations that a build opts into by
/// implementing it (<c>class Build : AutomationBuild, IRestore</c>). The concrete components arrive with their issue.
/// </summary>
public interface IAutomationComponent : IAutomationBuild;
