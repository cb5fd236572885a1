using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// One step of a generated GitHub Actions job (NUKE's <c>GitHubActionsStep</c>). A build adds its own by deriving from
/// it and writing the step's YAML in <see cref="ConfigurationEntity.Write"/>, starting with <c>- </c>, then inserting it
/// into <see cref="GitHubActionsJob.Steps"/> in an override of <see cref="GitHubActionsAttribute"/>'s <c>GetJobs</c>.
/// </summary>
public abstract class GitHubActionsStep : ConfigurationEntity
{
    /// <summary>Writes <paramref name="step"/> as one YAML sequence item, quoted where YAML needs it.</summary>
    private protected static void WriteItem(CustomFileWriter writer, YamlMap step)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var line in YamlEmitter.SequenceItemLines(step))
        {
            writer.WriteLine(line);
        }
    }
}
