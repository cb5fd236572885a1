using System.Text;
using Automation.Tools.Delegates;

namespace Automation.Tools.Resolution;

/// <summary>
/// A .NET program that NUKE builds bring as a package of the build project (NUKE's <c>NuGetToolPathResolver</c> idea):
/// GitVersion from <c>GitVersion.Tool</c>, OctoVersion from <c>Octopus.OctoVersion.Tool</c>. Found, in this order: an
/// explicit path; the <c>&lt;TOOL&gt;_EXE</c> variable; the first of <see cref="PackageIds"/> the build project downloads
/// or references (<c>&lt;PackageDownload&gt;</c>/<c>&lt;PackageReference&gt;</c>), in the NuGet packages folder; the
/// repository's local tool manifest; PATH. What was searched, and how to add the tool, is in the error.
/// </summary>
/// <param name="Name">The tool's name, for messages and its variable (<c>gitversion</c> → <c>GITVERSION_EXE</c>).</param>
/// <param name="PackageIds">The packages that carry it, preferred first.</param>
/// <param name="PackageExecutable">Its file inside them (<c>|</c> separates alternatives).</param>
/// <param name="LocalToolCommand">Its command in a local tool manifest, or null.</param>
/// <param name="PathNames">Its names on PATH.</param>
/// <param name="Alternative">A sentence offering another way, for the end of the error (or empty).</param>
internal sealed record PackagedTool(string Name, IReadOnlyList<string> PackageIds, string PackageExecutable, string? LocalToolCommand, IReadOnlyList<string> PathNames, string Alternative)
{
    /// <summary>How to start the tool.</summary>
    /// <param name="environment">The root (build project, manifest) and the variables.</param>
    /// <param name="explicitPath">A path the settings give, or null.</param>
    /// <param name="framework">The framework folder inside the package (NUKE's <c>Framework</c>), or null for the best this runtime runs.</param>
    /// <param name="version">The package version needed (<c>[Requires&lt;T&gt;(Version = …)]</c>), or null for the one the build project names.</param>
    /// <exception cref="ToolNotFoundException">Nowhere; the message lists what was searched and how to add it.</exception>
    public ToolCommand Resolve(ToolEnvironment environment, string? explicitPath, string? framework, string? version = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var dotnet = new Lazy<string>(() => DotNetHost.Find(environment));
        ToolCommand FromFile(string file, string source) => file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ToolCommand(dotnet.Value, [file], source)
            : new ToolCommand(file, [], source);

        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            var full = environment.FullPath(explicitPath);
            return File.Exists(full) ? FromFile(full, "explicit path") : throw new ToolNotFoundException(Name, $"Tool '{Name}': the explicit path {full} does not exist.");
        }

        var variable = ToolEnvironment.OverrideVariable(Name);
        if (environment.Get(variable) is { } overridden)
        {
            var full = environment.FullPath(overridden);
            return File.Exists(full) ? FromFile(full, variable) : throw new ToolNotFoundException(Name, $"Tool '{Name}': {variable} is set to '{overridden}', but no file exists at {full}. Correct or unset {variable}.");
        }

        var searched = new List<string> { $"environment variable {variable}: not set" };
        foreach (var package in PackageIds)
        {
            try
            {
                return FromFile(new PackageExecutable(environment).Find(package, PackageExecutable, version, framework), $"package {package}");
            }
            catch (FileNotFoundException exception)
            {
                searched.Add(exception.Message);
            }
        }

        if (LocalToolCommand is not null)
        {
            var local = LocalToolManifest.Candidates(environment.Root).Where(File.Exists).Select(m => LocalToolManifest.Find(m, LocalToolCommand)).FirstOrDefault(t => t is not null);
            if (local is not null)
            {
                return new ToolCommand(dotnet.Value, ["tool", "run", local.Command, "--"], $"local tool {local.PackageId} ({local.ManifestPath})");
            }

            searched.Add($"local tool manifests ({string.Join(", ", LocalToolManifest.Candidates(environment.Root))}): no '{LocalToolCommand}'");
        }

        foreach (var name in PathNames)
        {
            if (PathSearch.Find(name, environment) is { } path)
            {
                return FromFile(path, "PATH");
            }
        }

        searched.Add($"PATH: no {string.Join(" or ", PathNames.Select(n => $"'{n}'"))}");
        throw new ToolNotFoundException(Name, Message(searched, BuildProject.Locate(environment), environment, version));
    }

    private string Message(IReadOnlyList<string> searched, string? project, ToolEnvironment environment, string? version)
    {
        var where = project is null ? "the build project (build/_build.csproj)" : Path.GetRelativePath(environment.Root, project);
        var text = new StringBuilder($"Tool '{Name}' was not found.").AppendLine().AppendLine("Searched, in order:");
        foreach (var line in searched)
        {
            text.AppendLine($"  - {line}");
        }

        text.AppendLine("To add it, do one of:")
            .AppendLine($"  - reference its package in {where}: <PackageDownload Include=\"{PackageIds[0]}\" Version=\"[{version ?? "x.y.z"}]\" />, then run dotnet restore");
        if (LocalToolCommand is not null)
        {
            text.AppendLine($"  - make it a local tool (run in {environment.Root}): dotnet tool install --local {PackageIds[0]}{(version is null ? string.Empty : $" --version {version}")}");
        }

        text.Append($"  - or set {ToolEnvironment.OverrideVariable(Name)} to the path of {PackageExecutable.Split('|')[0]}");
        return Alternative.Length == 0 ? text.ToString() : text.AppendLine().Append($"  - {Alternative}").ToString();
    }
}
