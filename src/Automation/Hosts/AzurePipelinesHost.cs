using System.Globalization;
using Automation.Output;

namespace Automation.Hosts;

/// <summary>Azure Pipelines: <c>##[group]</c> per target and <c>##vso[task.logissue]</c> for warnings and errors.</summary>
internal sealed class AzurePipelinesHost(HostOptions options) : OutputHost(options)
{
    public override string Name => "azure-pipelines";

    public override void BeginGroup(string title) => Writer.WriteLine($"##[group]{title}");

    public override void EndGroup(string title) => Writer.WriteLine("##[endgroup]");

    // A formatting command covers one line: each line of a multi-line text (a stack trace) gets its own.
    public override void WriteDebug(string text)
    {
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            Writer.WriteLine($"##[debug]{line}");
        }
    }

    public override void SetBuildNumber(string number) => Writer.WriteLine($"##vso[build.updatebuildnumber]{EscapeData(number)}");

    // Plain for later steps of this job; isOutput for other jobs ($[ dependencies.job.outputs['step.name'] ]).
    public override void SetOutputVariable(string name, string value)
    {
        Writer.WriteLine($"##vso[task.setvariable variable={EscapeProperty(name)}]{EscapeData(value)}");
        Writer.WriteLine($"##vso[task.setvariable variable={EscapeProperty(name)};isOutput=true]{EscapeData(value)}");
    }

    public override void WriteWarning(Annotation annotation) => Writer.WriteLine(LogIssue("warning", annotation));

    public override void WriteDiagnostic(string line, Annotation annotation, bool isError)
    {
        Writer.WriteLine(line);
        Writer.WriteLine(LogIssue(isError ? "error" : "warning", annotation));
    }

    public override void WriteError(Annotation annotation) => Writer.WriteLine(LogIssue("error", annotation));

    private static string LogIssue(string type, Annotation annotation)
    {
        var properties = $"type={type}";
        if (annotation.File is not null)
        {
            properties += $";sourcepath={EscapeProperty(annotation.File)}";
        }

        if (annotation.Line is { } line)
        {
            properties += $";linenumber={line.ToString(CultureInfo.InvariantCulture)}";
        }

        if (annotation.Column is { } column)
        {
            properties += $";columnnumber={column.ToString(CultureInfo.InvariantCulture)}";
        }

        return $"##vso[task.logissue {properties}]{EscapeData(annotation.Message)}";
    }

    private static string EscapeData(string value) =>
        value.Replace("%", "%AZP25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string EscapeProperty(string value) =>
        EscapeData(value).Replace(";", "%3B", StringComparison.Ordinal).Replace("]", "%5D", StringComparison.Ordinal);
}
