using Automation.Ci.Yaml;

namespace Automation;

/// <summary>
/// One step of a generated Azure Pipelines job (NUKE's <c>AzurePipelinesStep</c>). A build adds its own by deriving
/// from it and writing the step's YAML in <see cref="ConfigurationEntity.Write"/>, starting with <c>- </c>, then
/// inserting it into <see cref="AzurePipelinesJob.Steps"/> in an override of <see cref="AzurePipelinesAttribute"/>'s <c>GetJob</c>.
/// </summary>
public abstract class AzurePipelinesStep : ConfigurationEntity
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
