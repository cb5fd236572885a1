using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;

namespace Automation;

/// <summary>The format of the symbols package <c>dotnet pack --include-symbols</c> writes (the <c>SymbolPackageFormat</c> property).</summary>
public enum DotNetSymbolPackageFormat
{
    /// <summary><c>snupkg</c>: portable PDBs only, the format nuget.org accepts.</summary>
    Snupkg,

    /// <summary><c>symbols.nupkg</c>: the legacy full package with PDBs.</summary>
    SymbolsNupkg,

    // NUKE's names (DotNetSymbolPackageFormat.snupkg): the same values, hidden from completion and help.

    /// <summary>NUKE's name of <see cref="Snupkg"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    snupkg = Snupkg,

    /// <summary>NUKE's name of <see cref="SymbolsNupkg"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "NUKE's name, so ported builds compile.")]
    symbols_nupkg = SymbolsNupkg,
}
