using Automation.Output;

namespace Automation.Hosts;

/// <summary>GitHub Actions: <c>::group::</c> per target and <c>::warning</c>/<c>::error</c> workflow commands.</summary>
internal sealed class GitHubActionsHost(HostOptions options) : OutputHost(options)
{
    public override string Name => "github-actions";

    public override void BeginGroup(string title) => Writer.WriteLine($"::group::{EscapeData(title)}");

    public override void EndGroup(string title) => Writer.WriteLine("::endgroup::");

    /// <summary>Appends to the files GitHub names in GITHUB_OUTPUT (step outputs) and GITHUB_ENV (later steps' environment).</summary>
    public override void SetOutputVariable(string name, string value)
    {
        foreach (var file in new[] { Options.Variable("GITHUB_OUTPUT"), Options.Variable("GITHUB_ENV") })
        {
            if (file is not null)
            {
                // The multi-line form is safe for any value; the delimiter cannot occur in it.
                var delimiter = "ghadelimiter_" + Guid.NewGuid().ToString("N");
                File.AppendAllText(file, $"{name}<<{delimiter}\n{value}\n{delimiter}\n");
            }
        }
    }

    public override void WriteDebug(string text) => Writer.WriteLine($"::debug::{EscapeData(text)}");

    public override void WriteWarning(Annotation annotation) => Writer.WriteLine(Command("warning", annotation));

    public override void WriteDiagnostic(string line, Annotation annotation, bool isError)
    {
        Writer.WriteLine(line);
        Writer.WriteLine(Command(isError ? "error" : "warning", annotation));
    }

    public override void WriteError(Annotation annotation) => Writer.WriteLine(Command("error", annotation));

    private static string Command(string kind, Annotation annotation)
    {
        var properties = new List<string>();
        Add(properties, "file", annotation.File);
        Add(properties, "line", annotation.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(properties, "col", annotation.Column?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(properties, "title", annotation.Title);
        var head = properties.Count == 0 ? kind : $"{kind} {string.Join(',', properties)}";
        return $"::{head}::{EscapeData(annotation.Message)}";
    }

    private static void Add(List<string> properties, string name, string? value)
    {
        if (value is not null)
        {
            properties.Add($"{name}={EscapeProperty(value)}");
        }
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
