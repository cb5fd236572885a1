namespace Automation.Components;

/// <summary>Whether a program is on <c>PATH</c>, to choose between tools without starting one to find out.</summary>
internal static class ExecutableOnPath
{
    public static bool Exists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(folder => File.Exists(Path.Combine(folder, name)));
}
