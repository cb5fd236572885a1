using System.Text;

namespace Automation.Ci.TeamCity;

/// <summary>Kotlin literals and names for the generated DSL.</summary>
internal static class KotlinText
{
    /// <summary>A Kotlin string literal: backslashes, quotes and <c>$</c> (a template otherwise) escaped.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '$' => "\\$",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A build type's id and object name from a job id: <c>unit-test</c> → <c>UnitTest</c>, <c>docs.build</c> → <c>DocsBuild</c>.</summary>
    public static string Identifier(string jobId)
    {
        var builder = new StringBuilder();
        var upper = true;
        foreach (var c in jobId)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return builder.Length > 0 && char.IsAsciiDigit(builder[0]) ? "T" + builder : builder.ToString();
    }
}
