using Automation.Tools;
using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Resolution;

/// <summary>
/// A temporary repository, global packages folder and PATH directories for resolver tests, plus the environment
/// variables and platform rules the resolver under test gets. Deleted on dispose.
/// </summary>
public sealed class ToolSandbox : IDisposable
{
    public ToolSandbox()
    {
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(Packages);
        Variables["NUGET_PACKAGES"] = Packages;
        Variables["DOTNET_CLI_HOME"] = CliHome;
    }

    public string Base { get; } = Path.Combine(Path.GetTempPath(), "automation-tests", "tools-" + Guid.NewGuid().ToString("N"));

    public string Root => Path.Combine(Base, "repo");

    public string Packages => Path.Combine(Base, "packages");

    /// <summary>The dotnet CLI's home, which holds its record of restored local tools.</summary>
    public string CliHome => Path.Combine(Base, "cli-home");

    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public bool Windows { get; set; }

    public Version Runtime { get; set; } = new(10, 0);

    public string? BuildProjectMetadata { get; set; }

    internal ToolPlatform Platform => new(Windows, Runtime, HomeDirectory: null, BuildProjectMetadata);

    internal ToolLocator Resolver() => new(AbsolutePath.Create(Root), Variables, Platform);

    public RecordingContext Context(Action<string, IReadOnlyList<string>, RunOptions?>? onRun = null) => new(Root) { OnRun = onRun };

    /// <summary>A context whose <c>ResolveTool</c> uses one resolver over this sandbox.</summary>
    public RecordingContext ResolvingContext()
    {
        var resolver = Resolver();
        return new RecordingContext(Root) { Tools = resolver.Resolve };
    }

    public ToolCommand Resolve(string name, string? explicitPath = null) => Resolver().Resolve(name, explicitPath, Context());

    public string At(string relative) => Path.Combine(Base, relative);

    /// <summary>Writes a file under the sandbox (relative to <see cref="Base"/>); executable on Unix when asked.</summary>
    public string Write(string relative, string content = "", bool executable = false)
    {
        var path = At(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        if (executable && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    /// <summary>Adds directories (relative to <see cref="Base"/>) to PATH, in order.</summary>
    public void SetPath(params string[] relativeDirectories) =>
        Variables["PATH"] = string.Join(Windows ? ';' : ':', relativeDirectories.Select(At));

    public string Manifest(string toolsJson, string relative = "repo/.config/dotnet-tools.json") =>
        Write(relative, $$"""{ "version": 1, "isRoot": true, "tools": { {{toolsJson}} } }""");

    public static string ManifestTool(string package, string version, params string[] commands) =>
        $$"""
        "{{package}}": { "version": "{{version}}", "commands": [{{string.Join(", ", commands.Select(c => $"\"{c}\""))}}], "rollForward": false }
        """;

    /// <summary>Marks a package as present in the global packages folder.</summary>
    public string Package(string id, string version)
    {
        var folder = Path.Combine(Packages, id.ToLowerInvariant(), version);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Marks a local tool as restored the way the dotnet CLI does: an entry in its tool resolver cache.</summary>
    public void RestoredTool(string id, string version, string command)
    {
        var entryPoint = PackageAssembly(id, version, "net10.0/any", command);
        var entry = $$"""[{"Version":"{{version}}","TargetFramework":"net10.0","RuntimeIdentifier":"any","Name":"{{command}}","Runner":"dotnet","PathToExecutable":"{{entryPoint}}"}]""";
        Write($"cli-home/.dotnet/toolResolverCache/1/{id.ToLowerInvariant()}", entry);
    }

    /// <summary>A framework-dependent tool assembly in a package: <c>tools/&lt;framework&gt;/&lt;name&gt;.dll</c> and its runtimeconfig.</summary>
    public string PackageAssembly(string id, string version, string framework, string fileName)
    {
        var dll = Write($"packages/{id.ToLowerInvariant()}/{version}/tools/{framework}/{fileName}.dll");
        Write($"packages/{id.ToLowerInvariant()}/{version}/tools/{framework}/{fileName}.runtimeconfig.json", "{}");
        return dll;
    }

    public void BuildProject(string packageDownloads, string relative = "repo/build/_build.csproj") =>
        Write(relative, $"""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>{packageDownloads}</ItemGroup></Project>""");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Base, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
