namespace Automation.Parameters;

/// <summary>
/// Where the values of parameters declared on component interfaces are kept: an interface has no fields, so the build
/// object stores them by member name. Declared here, below the session that implements it on
/// <see cref="AutomationBuild"/>, so binding parameters does not depend on the build class.
/// </summary>
internal interface IComponentParameterStore
{
    /// <summary>Stores the bound value of the component parameter <paramref name="member"/>.</summary>
    void SetComponentParameter(string member, object? value);
}
