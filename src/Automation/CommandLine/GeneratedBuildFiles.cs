using System.Text;
using Automation.Parameters;
using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>
/// Keeps the files the build derives from its own declarations current: <c>.nuke/build.schema.json</c> (checked in, for
/// editors) and <c>.nuke/temp/completion.txt</c> (for shell completion). Each is rewritten only when its content
/// changed, so a warm run costs one small read each; a failure to write never fails the build.
/// </summary>
internal static class GeneratedBuildFiles
{
    /// <param name="root">The repository root.</param>
    /// <param name="graph">The build's targets.</param>
    /// <param name="parameters">The build's parameters.</param>
    /// <param name="isServerBuild">
    /// On a CI agent the checked-in schema is left alone: a rewrite there would only dirty the work tree, which a
    /// publish step rightly refuses. Developers' runs keep it current.
    /// </param>
    /// <param name="debug">Where to say what was written or why not.</param>
    public static void Update(AbsolutePath root, TargetGraph graph, IReadOnlyList<ParameterDescriptor> parameters, bool isServerBuild, Action<string> debug)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(debug);
        var catalog = CompletionCatalog.Create(graph, parameters);
        if (!isServerBuild)
        {
            WriteIfChanged(new NukeLayout(root).SchemaFile, BuildSchemaWriter.Write(catalog.Targets, parameters), debug);
        }

        WriteIfChanged(new NukeLayout(root).CompletionFile, catalog.ToText(), debug);
    }

    /// <returns>Whether the file was written.</returns>
    public static bool WriteIfChanged(AbsolutePath path, string content, Action<string> debug)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(debug);
        var bytes = Encoding.UTF8.GetBytes(content);
        try
        {
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return false;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            debug($"Updated {path}");
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout or a locked file: the build itself does not need these files.
            debug($"Could not update {path}: {exception.Message}");
            return false;
        }
    }
}
