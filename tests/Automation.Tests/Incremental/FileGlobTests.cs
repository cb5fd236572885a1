using Automation.IO;
using Automation.Tests.Support;

namespace Automation.Tests.Incremental;

public sealed class FileGlobTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public FileGlobTests()
    {
        foreach (var file in new[] { "src/A/a.cs", "src/A/bin/gen.cs", "src/A/obj/gen.cs", "bin/top.cs", "src/B/b.cs", "src/B/b.txt", "global.json", ".git/x.cs", "tests/t.cs" })
        {
            _repository.WriteFile(file, file);
        }
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void Globs_match_relative_to_the_root_in_ordinal_order_and_leave_out_build_output()
    {
        Assert.Equal(["global.json", "src/A/a.cs", "src/B/b.cs", "tests/t.cs"], Expand("**/*.cs", "global.json"));
    }

    [Fact]
    public void A_glob_that_names_bin_or_obj_matches_inside_them()
    {
        Assert.Equal(["src/A/bin/gen.cs", "src/A/obj/gen.cs"], Expand("src/*/bin/*.cs", "src/**/obj/**"));
        Assert.Equal(["bin/top.cs"], Expand("bin/*"));
    }

    [Fact]
    public void A_leading_exclamation_mark_excludes()
    {
        Assert.Equal(["src/B/b.cs", "src/B/b.txt"], Expand("src/**", "!src/A/**"));
    }

    [Fact]
    public void A_glob_that_matches_nothing_gives_nothing()
    {
        Assert.Empty(Expand("missing/**"));
        Assert.Empty(FileGlob.Expand(AbsolutePath.Create(Path.Combine(_repository.Root, "absent")), ["**"]));
    }

    private IReadOnlyList<string> Expand(params string[] globs) => FileGlob.Expand(AbsolutePath.Create(_repository.Root), globs);
}
