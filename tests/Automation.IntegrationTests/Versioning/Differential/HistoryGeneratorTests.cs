using Automation.Differential.Histories;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Versioning.Differential;

/// <summary>The generated histories: reproducible, and the git commands reported with a difference make the same repository.</summary>
public sealed class HistoryGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_history_and_another_seed_another()
    {
        Assert.Equal(FastImportWriter.Write(HistoryGenerator.Generate(7)), FastImportWriter.Write(HistoryGenerator.Generate(7)));
        Assert.NotEqual(FastImportWriter.Write(HistoryGenerator.Generate(7)), FastImportWriter.Write(HistoryGenerator.Generate(8)));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(14)]
    [InlineData(40)]
    public async Task The_reported_git_commands_make_the_same_repository_as_the_generator(int seed)
    {
        using var temp = new TempDirectory("history");
        var history = HistoryGenerator.Generate(seed);
        var generated = Path.Combine(temp.Root, "generated");
        await HistoryRepository.CreateAsync(history, generated);
        var script = Path.Combine(temp.Root, "reproduce.sh");
        await File.WriteAllTextAsync(script, "set -e\n" + ShellScriptWriter.Write(history));

        var (exitCode, output, error) = await Automation.Differential.Oracle.GitVersionOracle.RunProcessAsync("bash", [script], temp.Root, CancellationToken.None);

        Assert.True(exitCode == 0, output + error);
        var reproduced = Path.Combine(temp.Root, $"seed-{seed}");
        Assert.Equal(await RefsAsync(generated), await RefsAsync(reproduced));
    }

    private static async Task<string> RefsAsync(string repository)
    {
        var head = await HistoryRepository.GitAsync(repository, null, CancellationToken.None, "rev-parse", "HEAD");
        var refs = await HistoryRepository.GitAsync(repository, null, CancellationToken.None, "for-each-ref", "--format=%(refname) %(objectname)");
        return head + refs;
    }
}
