namespace Automation.Hosts;

/// <summary>TeamCity: <c>##teamcity[blockOpened]</c> per target and service messages for warnings and errors.</summary>
internal sealed class TeamCityHost(HostOptions options) : Host(options)
{
    public override string Name => "teamcity";

    public override void BeginGroup(string title) => Writer.WriteLine($"##teamcity[blockOpened name='{Escape(title)}']");

    public override void EndGroup(string title) => Writer.WriteLine($"##teamcity[blockClosed name='{Escape(title)}']");

    public override void WriteWarning(Annotation annotation) =>
        Writer.WriteLine($"##teamcity[message text='{Escape(annotation.ToString())}' status='WARNING']");

    public override void WriteError(Annotation annotation)
    {
        Writer.WriteLine($"##teamcity[message text='{Escape(annotation.ToString())}' status='ERROR']");
        Writer.WriteLine($"##teamcity[buildProblem description='{Escape(Truncate(annotation.ToString()))}']");
    }

    // TeamCity limits a build problem description to 4000 characters.
    private static string Truncate(string text) => text.Length <= 4000 ? text : text[..3997] + "...";

    private static string Escape(string value) => value
        .Replace("|", "||", StringComparison.Ordinal)
        .Replace("'", "|'", StringComparison.Ordinal)
        .Replace("\n", "|n", StringComparison.Ordinal)
        .Replace("\r", "|r", StringComparison.Ordinal)
        .Replace("[", "|[", StringComparison.Ordinal)
        .Replace("]", "|]", StringComparison.Ordinal);
}
