using Automation.Versioning.Git;

namespace Automation.Tests.Versioning;

/// <summary>The refusal of a shallow clone names every way on: fetch the history (on CI or here), or accept it.</summary>
public sealed class ShallowCloneMessageTests
{
    [Theory]
    [InlineData("fetch-depth: 0")]
    [InlineData("git fetch --unshallow")]
    [InlineData("--allow-shallow")]
    public void The_shallow_clone_error_names_the_fix(string fix) =>
        Assert.Contains(fix, RepositoryReader.ShallowCloneMessage, StringComparison.Ordinal);
}
