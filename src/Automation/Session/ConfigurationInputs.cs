using Automation.CommandLine;
using Automation.ConfigurationFiles;
using Automation.Core;
using Automation.IO;
using Automation.Parameters;

namespace Automation.Session;

/// <summary>
/// Reads the configuration layers of one invocation, lowest first: the system file, the user file,
/// <c>.nuke/parameters.json</c>, each <c>--profile</c> file, the <c>--config-file</c>; then the environment and the
/// command line, which <see cref="ParameterBinder"/> reads from the inputs directly.
/// </summary>
internal static class ConfigurationInputs
{
    /// <summary>The parameter inputs, and every file layer looked for (found or not), for <c>--show-config</c>.</summary>
    public static (ParameterInputs Inputs, IReadOnlyList<ConfigurationLayer> Layers) Read(ParsedCommandLine commandLine, AbsolutePath root, BuildEnvironment environment)
    {
        var files = new List<ParameterFile>();
        var layers = new List<ConfigurationLayer>();
        var windows = OperatingSystem.IsWindows();
        AddShared("system", ConfigurationLocations.SystemFile(environment.Variables, windows));
        AddShared("user", ConfigurationLocations.UserFile(environment.Variables, windows));

        var layout = new NukeLayout(root);
        Add("repository", layout.ParametersFile, required: null);
        foreach (var profile in commandLine.Profiles)
        {
            Add("profile", layout.ProfileParametersFile(profile), $"Profile '{profile}' not found: expected .nuke/parameters.{profile}.json. Create it, or drop --profile {profile}.");
        }

        if (commandLine.ConfigFile is { } configFile)
        {
            var path = AbsolutePath.Create(Path.GetFullPath(configFile, environment.WorkingDirectory));
            Add("runtime", path, $"The configuration file '{configFile}' (--config-file) was not found at {path}. Check the path; a relative one starts in the working directory.");
        }

        return (new ParameterInputs(commandLine.Parameters, environment.Variables, files, environment.WorkingDirectory), layers);

        void AddShared(string layer, string? path)
        {
            if (path is null)
            {
                layers.Add(new ConfigurationLayer(layer, "(no location: HOME is not set)", Exists: false));
                return;
            }

            var full = AbsolutePath.Create(Path.GetFullPath(path, environment.WorkingDirectory));
            var display = Display(full);
            var exists = full.FileExists();
            layers.Add(new ConfigurationLayer(layer, display, exists));
            if (exists)
            {
                // Relative paths in a shared file start at the repository root, as in the repository's own files:
                // the file's folder is not where the build runs.
                files.Add(ParameterFile.Load(full, display, root, shared: true));
            }
        }

        void Add(string layer, AbsolutePath path, string? required)
        {
            var display = Display(path);
            var exists = path.FileExists();
            layers.Add(new ConfigurationLayer(layer, display, exists));
            if (exists)
            {
                files.Add(ParameterFile.Load(path, display, root, shared: false));
            }
            else if (required is not null)
            {
                throw new UsageException(required);
            }
        }

        // Inside the repository: relative to its root. Under the home folder: ~/... as users write it. Else in full.
        string Display(AbsolutePath path)
        {
            if (path.IsWithin(root))
            {
                return path.RelativeTo(root).Replace('\\', '/');
            }

            var home = environment.Variables.GetValueOrDefault(OperatingSystem.IsWindows() ? "USERPROFILE" : "HOME");
            return !string.IsNullOrEmpty(home) && path.IsWithin(AbsolutePath.Create(home))
                ? "~/" + path.RelativeTo(AbsolutePath.Create(home)).Replace('\\', '/')
                : (string)path!;
        }
    }
}
