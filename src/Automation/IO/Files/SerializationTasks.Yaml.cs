using YamlDotNet.Serialization;

namespace Automation;

public static partial class SerializationTasks
{
    /// <summary>The object as YAML (NUKE 5's name; <see cref="YamlExtensions.ToYaml{T}"/> is NUKE's current one).</summary>
    /// <param name="value">The object.</param>
    /// <param name="configurator">Adjusts the serializer (camelCase keys by default).</param>
    public static string YamlSerialize<T>(T value, Configure<SerializerBuilder>? configurator = null) =>
        value.ToYaml(Configured(YamlExtensions.DefaultSerializerBuilder, configurator));

    /// <summary>The object the YAML describes (NUKE 5's name; <see cref="YamlExtensions.GetYaml{T}"/> is NUKE's current one).</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="configurator">Adjusts the deserializer (camelCase keys by default).</param>
    public static T YamlDeserialize<T>(string yaml, Configure<DeserializerBuilder>? configurator = null) =>
        yaml.GetYaml<T>(Configured(YamlExtensions.DefaultDeserializerBuilder, configurator));

    /// <summary>Writes the object as YAML to the file (NUKE 5's name; <see cref="YamlExtensions.WriteYaml{T}"/> is NUKE's current one).</summary>
    /// <param name="value">The object.</param>
    /// <param name="path">The file.</param>
    /// <param name="configurator">Adjusts the serializer.</param>
    public static void YamlSerializeToFile<T>(T value, AbsolutePath path, Configure<SerializerBuilder>? configurator = null) =>
        path.WriteYaml(value, Configured(YamlExtensions.DefaultSerializerBuilder, configurator));

    /// <summary>Reads the object from the YAML file (NUKE 5's name; <see cref="YamlExtensions.ReadYaml{T}"/> is NUKE's current one).</summary>
    /// <param name="path">The file.</param>
    /// <param name="configurator">Adjusts the deserializer.</param>
    public static T YamlDeserializeFromFile<T>(AbsolutePath path, Configure<DeserializerBuilder>? configurator = null) =>
        path.ReadYaml<T>(Configured(YamlExtensions.DefaultDeserializerBuilder, configurator));

    /// <summary>Reads the YAML file, lets <paramref name="update"/> change the object and writes it back (NUKE 5's name; <see cref="YamlExtensions.UpdateYaml{T}"/> is NUKE's current one).</summary>
    /// <param name="path">The file.</param>
    /// <param name="update">Changes the object.</param>
    /// <param name="deserializationConfigurator">Adjusts the deserializer.</param>
    /// <param name="serializationConfigurator">Adjusts the serializer.</param>
    public static void YamlUpdateFile<T>(AbsolutePath path, Action<T> update, Configure<DeserializerBuilder>? deserializationConfigurator = null, Configure<SerializerBuilder>? serializationConfigurator = null) =>
        path.UpdateYaml(
            update,
            Configured(YamlExtensions.DefaultDeserializerBuilder, deserializationConfigurator),
            Configured(YamlExtensions.DefaultSerializerBuilder, serializationConfigurator));

    private static TBuilder Configured<TBuilder>(TBuilder builder, Configure<TBuilder>? configurator) =>
        configurator is null ? builder : configurator(builder);
}
