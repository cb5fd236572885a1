namespace Automation;

/// <summary>A part of a generated CI file that writes itself (NUKE's <c>ConfigurationEntity</c>): a job or a step.</summary>
public abstract class ConfigurationEntity
{
    /// <summary>Writes the entity's lines.</summary>
    /// <param name="writer">The writer, at the entity's indentation.</param>
    public abstract void Write(CustomFileWriter writer);
}
