using System.Reflection;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's reflection helpers, which NUKE's own build uses to write its public API listing.</summary>
public sealed class ReflectionUtilityTests
{
    public class Outer
    {
        public class Inner<T>
        {
            public const int Answer = 42;

            public (string Name, int? Count) Pair { get; set; }

            public Dictionary<string, List<int[]>> Map = [];

            protected internal int Both;

            protected int Family { get; set; }

            public static int Twice(int value, out string text, string suffix = "x", string? none = null)
            {
                text = suffix + none;
                return value * 2;
            }
        }
    }

    private static MemberInfo Member(string name) => typeof(Outer.Inner<string>).GetMember(name, ReflectionUtility.All | BindingFlags.DeclaredOnly).Single();

    [Fact]
    public void Types_read_as_CSharp_writes_them()
    {
        Assert.Equal("ReflectionUtilityTests.Outer.Inner<string>", typeof(Outer.Inner<string>).GetDisplayName());
        Assert.Equal("int?", typeof(int?).GetDisplayShortName());
        Assert.Equal("string[,]", typeof(string[,]).GetDisplayShortName());
        Assert.Equal("Dictionary<string, List<int[]>>", typeof(Dictionary<string, List<int[]>>).GetDisplayShortName());
        Assert.Equal("(int, bool)", typeof((int, bool)).GetDisplayShortName());
    }

    [Fact]
    public void Members_read_as_an_API_listing_shows_them()
    {
        Assert.Equal("Pair : (string Name, int? Count)", Member("Pair").GetDisplayText());
        Assert.Equal("Map : Dictionary<string, List<int[]>>", Member("Map").GetDisplayText());
        Assert.Equal("Twice(int value, out string text, string suffix = x, string none = null) : int", Member("Twice").GetDisplayText());
        Assert.Equal("ReflectionUtilityTests.Outer.Inner<string>.Twice", Member("Twice").GetDisplayName());
        Assert.Equal("Answer : int", Member("Answer").GetDisplayText());
    }

    [Fact]
    public void Access_and_values_are_told_per_kind_of_member()
    {
        Assert.True(Member("Pair").IsPublic());
        Assert.True(Member("Family").IsFamily());
        Assert.False(Member("Both").IsFamily());
        Assert.False(Member("Both").IsPublic());
        Assert.True(Member("Twice").IsStatic());
        Assert.Equal(typeof(Dictionary<string, List<int[]>>), Member("Map").GetMemberType());
        Assert.Equal(42, Member("Answer").GetValue<int>());
        Assert.True(typeof(ReflectionUtilityTests).GetMethod(nameof(Access_and_values_are_told_per_kind_of_member))!.HasCustomAttribute<FactAttribute>());
    }

    [Fact]
    public void DescendantsAndSelf_walks_a_tree_depth_first_and_a_chain_to_its_end()
    {
        Assert.Equal(
            [typeof(Outer), typeof(Outer.Inner<>)],
            typeof(Outer).DescendantsAndSelf(t => t.GetNestedTypes()));
        Assert.Equal(
            [typeof(Outer.Inner<>), typeof(Outer), typeof(ReflectionUtilityTests)],
            typeof(Outer.Inner<>).DescendantsAndSelf(t => t.DeclaringType));
        var tree = new Dictionary<int, int[]> { [1] = [2, 4], [2] = [3, 5] };
        Assert.Equal([2, 3, 5, 4], 1.Descendants(n => tree.GetValueOrDefault(n, [])));
    }
}
