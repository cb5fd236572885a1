namespace Automation.Tests.Tools.Fluent;

/// <summary>
/// How the generated methods of one settings type take and return the settings. A sealed record takes and returns
/// itself. A shared abstract base (<see cref="ToolSettings"/>, <see cref="DotNetMSBuildSettings"/>) gets its forms
/// once, as generic methods over any record derived from it, which return that derived type so chains keep binding.
/// </summary>
/// <param name="Settings">The settings type the methods extend.</param>
internal sealed record FluentReceiver(Type Settings)
{
    /// <summary>Whether the methods are generic over the records derived from <see cref="Settings"/>.</summary>
    public bool IsGeneric => Settings.IsAbstract;

    /// <summary>The type the methods take and return.</summary>
    public string Type => IsGeneric ? "T" : Settings.Name;

    /// <summary>The method's type parameter list, if any.</summary>
    public string TypeParameters => IsGeneric ? "<T>" : string.Empty;

    /// <summary>The method's constraint clause, if any.</summary>
    public string Constraint => IsGeneric ? $"\n        where T : {Settings.Name}" : string.Empty;

    /// <summary>
    /// A copy of <c>settings</c> with the given assignments. C# takes no type parameter as the receiver of <c>with</c>:
    /// cast to the base, whose virtual clone copies the derived record whole, and cast the copy back.
    /// </summary>
    public string With(string assignments) => IsGeneric
        ? $"(T)(({Settings.Name})settings with {{ {assignments} }})"
        : $"settings with {{ {assignments} }}";
}
