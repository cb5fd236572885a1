namespace Automation.Output;

/// <summary>ANSI escape sequences for the styles.</summary>
internal static class Ansi
{
    public static string Paint(string text, Style style)
    {
        var code = style switch
        {
            Style.Heading => "1;36",
            Style.Dim => "2",
            Style.Success => "32",
            Style.Warning => "33",
            Style.Error => "1;31",
            Style.Skipped => "90",
            _ => "0",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
