using Automation.Output;

namespace Automation.Hosts;

/// <summary>TeamCity: <c>##teamcity[blockOpened]</c> per target and service messages for warnings and errors.</summary>
internal sealed class TeamCityHost(HostOptions options) : OutputHost(options)
{
    public override string Name => "teamcity";

    public override void BeginGroup(string title) => Writer.WriteLine($"##teamcity[blockOpened name='{Escape(title)}']");

    public override void EndGroup(string title) => Writer.WriteLine($"##teamcity[blockClosed name='{Escape(title)}']");

    public override void SetBuildNumber(string number) => Writer.WriteLine($"##teamcity[buildNumber '{Escape(number)}']");

    public override void SetOutputVariable(string name, string value) =>
        Writer.WriteLine($"##teamcity[setParameter name='env.{Escape(name)}' value='{Escape(value)}']");

    public override void WriteWarning(Annotation annotation) =>
        Writer.WriteLine($"##teamcity[message text='{Escape(annotation.ToString())}' status='WARNING']");

    // A message shows its text in the build log with the status's colour, so it replaces the raw line.
    public override void WriteDiagnostic(string line, Annotation annotation, bool isError) =>
        Writer.WriteLine($"##teamcity[message text='{Escape(line)}' status='{(isError ? "ERROR" : "WARNING")}']");

    // Only a message: a buildProblem would fail the TeamCity build even for ctx.Error, which does not fail the target.
    // A failed build is reported by the exit code.
    public override void WriteError(Annotation annotation) =>
        Writer.WriteLine($"##teamcity[message text='{Escape(annotation.ToString())}' status='ERROR']");

    private static string Escape(string value) => value
        .Replace("|", "||", StringComparison.Ordinal)
        .Replace("'", "|'", StringComparison.Ordinal)
        .Replace("\n", "|n", StringComparison.Ordinal)
        .Replace("\r", "|r", StringComparison.Ordinal)
        .Replace("[", "|[", StringComparison.Ordinal)
        .Replace("]", "|]", StringComparison.Ordinal);
}
