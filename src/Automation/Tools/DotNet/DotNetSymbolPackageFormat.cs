namespace Automation;

/// <summary>The format of the symbols package <c>dotnet pack --include-symbols</c> writes (the <c>SymbolPackageFormat</c> property).</summary>
public enum DotNetSymbolPackageFormat
{
    /// <summary><c>snupkg</c>: portable PDBs only, the format nuget.org accepts.</summary>
    Snupkg,

    /// <summary><c>symbols.nupkg</c>: the legacy full package with PDBs.</summary>
    SymbolsNupkg,
}
