using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Automation;

/// <summary>
/// NUKE's YAML helpers (<c>Nuke.Utilities.Text.Yaml</c>), over YamlDotNet: <c>file.ReadYaml&lt;string[]&gt;()</c>,
/// <c>file.WriteYaml(value)</c>, <c>file.UpdateYaml&lt;T&gt;(x =&gt; …)</c>, <c>text.GetYaml&lt;T&gt;()</c>,
/// <c>value.ToYaml()</c>. Keys are camelCase, as NUKE's (<c>ProjectName</c> is <c>projectName</c>); pass a builder of
/// your own for another convention.
/// </summary>
public static class YamlExtensions
{
    /// <summary>A new serializer builder with NUKE's defaults (camelCase keys), to adjust and pass to <see cref="ToYaml{T}"/>.</summary>
    // A new builder each time: a shared mutable builder would let one build's adjustment leak into every other caller.
    public static SerializerBuilder DefaultSerializerBuilder => new SerializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance);

    /// <summary>A new deserializer builder with NUKE's defaults (camelCase keys), to adjust and pass to <see cref="GetYaml{T}"/>.</summary>
    public static DeserializerBuilder DefaultDeserializerBuilder => new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance);

    /// <summary>The value as YAML.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="serializerBuilder">The serializer to use; <see cref="DefaultSerializerBuilder"/> when null.</param>
    /// <returns>The YAML text.</returns>
    public static string ToYaml<T>(this T value, SerializerBuilder? serializerBuilder = null) =>
        (serializerBuilder ?? DefaultSerializerBuilder).Build().Serialize(value);

    /// <summary>The value the YAML text describes.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="content">The YAML text.</param>
    /// <param name="deserializerBuilder">The deserializer to use; <see cref="DefaultDeserializerBuilder"/> when null.</param>
    /// <returns>The value.</returns>
    /// <exception cref="YamlException">The text is not YAML, does not fit <typeparamref name="T"/>, or holds no document.</exception>
    public static T GetYaml<T>(this string content, DeserializerBuilder? deserializerBuilder = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        return (deserializerBuilder ?? DefaultDeserializerBuilder).Build().Deserialize<T>(content)
            ?? throw new YamlException($"The YAML holds no document, expected a {typeof(T).Name}.");
    }

    /// <summary>Writes the value as YAML to the file, creating parent directories.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="value">The value.</param>
    /// <param name="serializerBuilder">The serializer to use; <see cref="DefaultSerializerBuilder"/> when null.</param>
    /// <returns>The path, for chaining.</returns>
    public static AbsolutePath WriteYaml<T>(this AbsolutePath path, T value, SerializerBuilder? serializerBuilder = null) =>
        path.WriteAllText(value.ToYaml(serializerBuilder));

    /// <summary>The value the YAML file describes.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="deserializerBuilder">The deserializer to use; <see cref="DefaultDeserializerBuilder"/> when null.</param>
    /// <returns>The value.</returns>
    /// <exception cref="YamlException">The file is not YAML, does not fit <typeparamref name="T"/>, or is empty; the message names the file.</exception>
    public static T ReadYaml<T>(this AbsolutePath path, DeserializerBuilder? deserializerBuilder = null)
    {
        var content = path.ReadAllText();
        try
        {
            return content.GetYaml<T>(deserializerBuilder);
        }
        catch (YamlException exception)
        {
            throw new YamlException(exception.Start, exception.End, $"'{path}' does not hold a valid {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    /// <summary>Reads the YAML file, lets <paramref name="update"/> change the value and writes it back.</summary>
    /// <typeparam name="T">The value's type (a class, so that <paramref name="update"/> can change it).</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="update">Changes the value.</param>
    /// <param name="deserializerBuilder">The deserializer to use; <see cref="DefaultDeserializerBuilder"/> when null.</param>
    /// <param name="serializerBuilder">The serializer to use; <see cref="DefaultSerializerBuilder"/> when null.</param>
    /// <returns>The path, for chaining.</returns>
    /// <exception cref="YamlException">The file is not YAML or does not fit <typeparamref name="T"/>; the file is left as it was.</exception>
    public static AbsolutePath UpdateYaml<T>(this AbsolutePath path, Action<T> update, DeserializerBuilder? deserializerBuilder = null, SerializerBuilder? serializerBuilder = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        var value = path.ReadYaml<T>(deserializerBuilder);
        update(value);
        return path.WriteYaml(value, serializerBuilder);
    }
}
