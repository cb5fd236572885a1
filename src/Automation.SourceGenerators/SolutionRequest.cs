using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Automation.SourceGenerators;

/// <summary>
/// One member marked <c>[Solution(GenerateProjects = true)]</c>, reduced to values (no symbols, no syntax) so the
/// incremental pipeline can compare it with the previous run's and skip the work when nothing changed.
/// </summary>
/// <param name="Namespace">The namespace of the build class holding the member, or null for the global namespace.</param>
/// <param name="MemberName">The member's name, which is also the generated type's name (as NUKE names it).</param>
/// <param name="RelativePath">The attribute's solution path relative to the root, or null.</param>
/// <param name="SolutionMembers">Names of the members of <c>Automation.Solution</c>, which generated members must not hide.</param>
/// <param name="FolderMembers">Names of the members of <c>Automation.SolutionFolder</c>.</param>
/// <param name="FilePath">The source file of the member, for diagnostics.</param>
/// <param name="Span">The member's span, for diagnostics.</param>
/// <param name="LineSpan">The member's lines, for diagnostics.</param>
internal sealed record SolutionRequest(
    string? Namespace,
    string MemberName,
    string? RelativePath,
    EquatableArray<string> SolutionMembers,
    EquatableArray<string> FolderMembers,
    string FilePath,
    TextSpan Span,
    LinePositionSpan LineSpan)
{
    /// <summary>Where diagnostics about this member point.</summary>
    public Location Location => Location.Create(FilePath, Span, LineSpan);
}
