using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Automation.SourceGenerators;

/// <summary>
/// Project and folder names as C# identifiers, by NUKE's rule so a ported build's <c>Solution.My_App</c> still binds:
/// every character that is not a letter, digit or underscore becomes <c>_</c> (<c>My.App</c> → <c>My_App</c>), and so
/// does a leading digit. A name that is a C# keyword (not a contextual one, which is a valid name) gets <c>@</c>; a name taken in the same type gets <c>_2</c>, <c>_3</c>.
/// </summary>
internal sealed class Identifiers(IEnumerable<string> taken)
{
    private readonly HashSet<string> _taken = new(taken, StringComparer.Ordinal);

    /// <summary>The identifier for <paramref name="name"/>, escaped and made unique among those given so far.</summary>
    public string Claim(string name)
    {
        var escaped = Escape(name);
        var unique = escaped;
        for (var n = 2; !_taken.Add(Bare(unique)); n++)
        {
            unique = Escape(escaped.TrimStart('@') + "_" + n);
        }

        return unique;
    }

    /// <summary>The identifier for <paramref name="name"/> by NUKE's rule, with <c>@</c> before a keyword.</summary>
    public static string Escape(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            builder.Append((i == 0 ? char.IsLetter(c) || c == '_' : char.IsLetterOrDigit(c) || c == '_') ? c : '_');
        }

        var identifier = builder.Length == 0 ? "_" : builder.ToString();
        return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;
    }

    private static string Bare(string identifier) => identifier.TrimStart('@');
}
