using Automation.Ci.Yaml;

namespace Automation.Ci.AzurePipelines;

/// <summary>A step the generator writes (checkout, SDK, cache, download, run, publish), kept as its YAML.</summary>
/// <param name="step">The step's YAML.</param>
internal sealed class AzurePipelinesGeneratedStep(YamlMap step) : AzurePipelinesStep
{
    public YamlMap Yaml { get; } = step;

    public override void Write(CustomFileWriter writer) => WriteItem(writer, Yaml);
}
