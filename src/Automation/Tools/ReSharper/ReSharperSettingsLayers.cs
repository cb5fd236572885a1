namespace Automation;

/// <summary>A settings layer ReSharper's tools can skip (NUKE's <c>ReSharperSettingsLayers</c>).</summary>
public enum ReSharperSettingsLayers
{
    /// <summary>All global settings.</summary>
    GlobalAll,

    /// <summary>The global settings of this product.</summary>
    GlobalPerProduct,

    /// <summary>The solution's shared settings.</summary>
    SolutionShared,

    /// <summary>The solution's personal settings.</summary>
    SolutionPersonal,
}
