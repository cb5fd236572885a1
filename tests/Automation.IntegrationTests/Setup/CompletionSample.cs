using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// What the shell completion tests share: a build's completion list (as the build writes it to
/// <c>.nuke/temp/completion.txt</c>), the command lines they complete, and the real tool that answers.
/// </summary>
public static class CompletionSample
{
    /// <summary>Targets, a flag, a many-valued option over the targets, an enum option and a free-valued one.</summary>
    public const string List = """
        target	clean
        target	compile
        target	pack
        target	publish
        option	--help	none
        option	--skip	many	clean	compile	pack	publish
        option	--configuration	one	Debug	Release
        option	--nuget-api-key	one

        """;

    /// <summary>The <c>automation</c> tool, next to the tests (run with <c>dotnet</c>).</summary>
    public static string Tool { get; } = Path.Combine(AppContext.BaseDirectory, "Automation.Cli.dll");

    /// <summary>
    /// What the zsh and fish tests type before the TAB, each with the word being completed last (empty after a space): a target's
    /// prefix, an option's, an enum value, a further value of a many-valued option, the empty word, and
    /// <c>./build.sh</c> instead of <c>automation</c>.
    /// </summary>
    public static IReadOnlyList<string> CommandLines { get; } =
    [
        "automation p",
        "automation pack --",
        "automation pack --configuration ",
        "automation pack --skip clean ",
        "automation ",
        "./build.sh c",
    ];

    /// <summary>Writes the completion list into <paramref name="repository"/>, as a build run would.</summary>
    public static void WriteList(TempDirectory repository) =>
        repository.Write(".nuke/temp/completion.txt", List.Replace("\r\n", "\n", StringComparison.Ordinal));
}
