using Microsoft.CodeAnalysis;

namespace Automation.Tests.Architecture;

/// <summary>A source file's use of a type of the same or another assembly, at the first line that uses it.</summary>
/// <param name="File">The using file, relative to its project.</param>
/// <param name="Line">The first line of that file using the type.</param>
/// <param name="Type">The type used (the outermost type, for a nested one), as declared.</param>
public sealed record TypeReference(string File, int Line, INamedTypeSymbol Type);
