namespace Automation.Tests.IO;

/// <summary><see cref="AbsolutePath.IsWithin"/>: the one check of "inside the root" that clean, publish, incremental
/// state and CI artifacts rely on.</summary>
public sealed class AbsolutePathTests
{
    private static readonly AbsolutePath Root = AbsolutePath.Create(Path.Combine(Path.GetTempPath(), "repo"));

    [Theory]
    [InlineData("")]
    [InlineData("src")]
    [InlineData("src/a.cs")]
    [InlineData("..repo-like-name")]
    public void A_path_at_or_below_the_root_is_within_it(string relative) =>
        Assert.True((relative.Length == 0 ? Root : Root / relative).IsWithin(Root));

    [Theory]
    [InlineData("..")]
    [InlineData("../other")]
    [InlineData("../repo-sibling/a.cs")]
    public void A_path_above_or_beside_the_root_is_not(string relative) =>
        Assert.False(AbsolutePath.Create(Path.GetFullPath(Path.Combine(Root, relative))).IsWithin(Root));

    [Fact]
    public void A_path_elsewhere_on_the_disk_is_not() =>
        Assert.False(AbsolutePath.Create(Path.Combine(Path.GetPathRoot(Path.GetTempPath())!, "elsewhere", "a.cs")).IsWithin(Root));
}
