using System.Text.RegularExpressions;

namespace Automation.Cli.Setup.Porting;

/// <summary>
/// The port rewrite of one C# source of a NUKE build, the one-minute change docs/porting-from-nuke.md describes:
/// <c>using Nuke.…;</c> becomes <c>using Automation;</c> (<c>using Nuke.Components;</c> becomes
/// <c>using Automation.Components;</c>), <c>using static Nuke.….Type;</c> becomes <c>using static Automation.Type;</c>,
/// a fully qualified <c>Nuke.Common.….Type</c> becomes <c>Automation.Type</c>, a build's own
/// <c>namespace Nuke.Common.…</c> (declared to extend NUKE's types) becomes <c>namespace Automation</c>, <c>NukeBuild</c> becomes
/// <c>AutomationBuild</c> and <c>INukeBuild</c> becomes <c>IAutomationBuild</c>. Nothing else changes: every other
/// difference is a compiler error naming its replacement.
/// </summary>
internal static partial class NukeSourceRewriter
{
    // Segments that are namespaces of NUKE's packages when more segments follow them (Nuke.Common.IO.AbsolutePath).
    private static readonly HashSet<string> NamespaceSegments = new(
        ["CI", "Tools", "IO", "Git", "ProjectModel", "Utilities", "Collections", "Execution", "ValueInjection", "Tooling", "ChangeLog", "Configuration", "Net", "Components"],
        StringComparer.Ordinal);

    /// <summary>The rewritten <paramref name="source"/>; unchanged when it mentions nothing of NUKE.</summary>
    public static string Rewrite(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var newLine = source.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = source.Split('\n');
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(lines.Length);
        var keepDataAnnotationsRequired = KeepsDataAnnotationsRequired(lines);
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            var match = UsingDirective().Match(line);
            if (match.Success)
            {
                var rewritten = match.Groups["name"].Value.StartsWith("Nuke.", StringComparison.Ordinal) ? RewriteUsing(match) : line.Trim();
                if (!seen.Add(rewritten))
                {
                    continue;
                }

                line = match.Groups["name"].Value.StartsWith("Nuke.", StringComparison.Ordinal) ? match.Groups["indent"].Value + rewritten : line;
            }
            else
            {
                line = RewriteCode(line);
            }

            result.Add(line);
            if (keepDataAnnotationsRequired && match.Success && match.Groups["name"].Value == DataAnnotations && !match.Groups["alias"].Success && !match.Groups["static"].Success)
            {
                result.Add($"{match.Groups["indent"].Value}using RequiredAttribute = {DataAnnotations}.RequiredAttribute; // as under NUKE: this file does not import Nuke.Common");
            }
        }

        return string.Join(newLine, result);
    }

    private const string DataAnnotations = "System.ComponentModel.DataAnnotations";

    // A file that imports DataAnnotations and only sub-namespaces of Nuke.Common meant DataAnnotations' [Required] under
    // NUKE (NUKE's is in Nuke.Common itself). The rewrite imports Automation, which has a RequiredAttribute too: the alias
    // keeps the meaning the file had, where the bare name would be ambiguous (CS0104).
    private static bool KeepsDataAnnotationsRequired(string[] lines)
    {
        var names = lines.Select(l => UsingDirective().Match(l.TrimEnd('\r')))
            .Where(m => m.Success && !m.Groups["alias"].Success && !m.Groups["static"].Success)
            .Select(m => m.Groups["name"].Value)
            .ToList();
        return names.Contains(DataAnnotations, StringComparer.Ordinal)
            && !names.Contains("Nuke.Common", StringComparer.Ordinal)
            && names.Exists(n => n.StartsWith("Nuke.Common.", StringComparison.Ordinal))
            && lines.Any(l => RequiredAttributeUse().IsMatch(l));
    }

    private static string RewriteUsing(Match match)
    {
        var name = match.Groups["name"].Value;
        var global = match.Groups["global"].Success ? "global " : string.Empty;
        if (match.Groups["static"].Success)
        {
            return $"{global}using static {QualifiedName(name)};";
        }

        if (match.Groups["alias"].Success)
        {
            return $"{global}using {match.Groups["alias"].Value} = {QualifiedName(name)};";
        }

        return $"{global}using {NamespaceOf(name)};";
    }

    /// <summary>The namespace a NUKE namespace's <c>using</c> becomes: <c>Automation.Components</c> for Nuke.Components', else <c>Automation</c>.</summary>
    internal static string NamespaceOf(string name) =>
        name == "Nuke.Components" || name.StartsWith("Nuke.Components.", StringComparison.Ordinal) ? "Automation.Components" : "Automation";

    private static string RewriteCode(string line)
    {
        // A build declaring its helpers in NUKE's namespace (namespace Nuke.Common.CI.GitHubActions) meant "next to
        // NUKE's types": ours are all in Automation, and a namespace Automation.GitHubActions would hide the type.
        var declaration = NukeNamespaceDeclaration().Match(line);
        if (declaration.Success)
        {
            var target = declaration.Groups["name"].Value.StartsWith("Nuke.Components", StringComparison.Ordinal) ? "Automation.Components" : "Automation";
            return declaration.Groups["head"].Value + target + declaration.Groups["tail"].Value;
        }

        line = QualifiedNuke().Replace(line, m => QualifiedName(m.Value));
        line = NukeBuildInterface().Replace(line, "IAutomationBuild");
        return NukeBuildClass().Replace(line, "AutomationBuild");
    }

    /// <summary><c>Nuke.Common.Tools.DotNet.DotNetTasks</c> → <c>Automation.DotNetTasks</c>; <c>Nuke.Components.ICompile</c> → <c>Automation.Components.ICompile</c>.</summary>
    internal static string QualifiedName(string name)
    {
        var segments = name.Split('.');
        var components = segments.Length > 1 && segments[1] == "Components";
        var i = 2;
        while (i < segments.Length - 1 && (NamespaceSegments.Contains(segments[i]) || segments[i - 1] is "Tools" or "CI"))
        {
            i++;
        }

        var rest = string.Join('.', segments.Skip(Math.Min(i, segments.Length)));
        var prefix = components ? "Automation.Components" : "Automation";
        return rest.Length == 0 ? prefix : $"{prefix}.{rest}";
    }

    [GeneratedRegex(@"^(?<indent>\s*)(?<global>global\s+)?using\s+(?<static>static\s+)?(?:(?<alias>\w+)\s*=\s*)?(?<name>[\w.]+)\s*;\s*$")]
    private static partial Regex UsingDirective();

    [GeneratedRegex(@"^(?<head>\s*namespace\s+)(?<name>Nuke\.(?:Common|Components)(?:\.\w+)*)(?<tail>\s*(?:;|\{)?.*)$")]
    private static partial Regex NukeNamespaceDeclaration();

    [GeneratedRegex(@"(?<![\w.""])Nuke\.(?:Common|Components)(?:\.\w+)*")]
    private static partial Regex QualifiedNuke();

    [GeneratedRegex(@"\[[^\]]*\bRequired\b")]
    private static partial Regex RequiredAttributeUse();

    [GeneratedRegex(@"\bINukeBuild\b")]
    private static partial Regex NukeBuildInterface();

    [GeneratedRegex(@"\bNukeBuild\b")]
    private static partial Regex NukeBuildClass();
}
