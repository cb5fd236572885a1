using Automation.Components;
using Automation.Tests.Support;

namespace Automation.Tests.Components;

/// <summary>Which projects <see cref="TestProjectConvention"/> takes for unit and for integration tests.</summary>
public sealed class TestProjectConventionTests
{
    private const string PlainProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
          </PropertyGroup>
        </Project>
        """;

    [Theory]
    [InlineData("Foo.IntegrationTests")]
    [InlineData("Foo.IntegrationTest")]
    [InlineData("FooIntegrationTests")]
    [InlineData("FooIntegrationTest")]
    [InlineData("foo.integrationtests")]
    public void Integration_test_projects_end_with_IntegrationTests(string name)
    {
        using var repository = new TestRepository();
        var project = Write(repository, name, PlainProject);

        Assert.True(TestProjectConvention.IsIntegrationTestProject(project));
        Assert.False(TestProjectConvention.IsUnitTestProject(project));
    }

    [Theory]
    [InlineData("Foo.Tests")]
    [InlineData("Foo.Test")]
    [InlineData("Foo.UnitTests")]
    [InlineData("Foo.Specs")]
    [InlineData("foo.tests")]
    [InlineData("FooTests")]
    [InlineData("FooTest")]
    [InlineData("FooUnitTests")]
    [InlineData("FooSpecs")]
    [InlineData("AngleSharp.DiffingTests")]
    [InlineData("Tests")]
    public void Unit_test_projects_are_named_like_tests(string name)
    {
        using var repository = new TestRepository();
        var project = Write(repository, name, PlainProject);

        Assert.True(TestProjectConvention.IsUnitTestProject(project));
        Assert.False(TestProjectConvention.IsIntegrationTestProject(project));
    }

    [Fact]
    public void A_project_that_says_it_is_no_test_project_is_none_even_when_it_removes_the_test_sdk()
    {
        using var repository = new TestRepository();
        var project = Write(repository, "Foo.Harness", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <IsTestProject>false</IsTestProject>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Remove=\"Microsoft.NET.Test.Sdk\" />\n  </ItemGroup>\n</Project>\n");

        Assert.False(TestProjectConvention.IsUnitTestProject(project));
    }

    [Theory]
    [InlineData("Contest")]
    [InlineData("Latest")]
    [InlineData("Foo.Contest")]
    [InlineData("Foo.Testing")]
    [InlineData("Foo.TestUtilities")]
    [InlineData("Prospecs")]
    [InlineData("Foo.Library")]
    public void Other_names_without_the_test_sdk_are_not_test_projects(string name)
    {
        using var repository = new TestRepository();
        var project = Write(repository, name, PlainProject);

        Assert.False(TestProjectConvention.IsUnitTestProject(project));
        Assert.False(TestProjectConvention.IsIntegrationTestProject(project));
    }

    [Theory]
    [InlineData("""<PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />""")]
    [InlineData("<IsTestProject>true</IsTestProject>")]
    [InlineData("<IsTestProject> True </IsTestProject>")]
    [InlineData("""<Sdk Name="MSTest.Sdk" Version="3.6.0" />""")]
    public void A_project_using_the_test_sdk_is_a_unit_test_project_whatever_its_name(string marker)
    {
        using var repository = new TestRepository();
        var project = Write(repository, "Foo.Checks", $"<Project Sdk=\"Microsoft.NET.Sdk\">\n  {marker}\n</Project>\n");

        Assert.True(TestProjectConvention.IsUnitTestProject(project));
    }

    [Fact]
    public void The_test_sdk_does_not_make_an_integration_test_project_a_unit_test_project()
    {
        using var repository = new TestRepository();
        var project = Write(repository, "Foo.IntegrationTests", "<Project><IsTestProject>true</IsTestProject></Project>");

        Assert.False(TestProjectConvention.IsUnitTestProject(project));
        Assert.True(TestProjectConvention.IsIntegrationTestProject(project));
    }

    [Fact]
    public void A_project_that_cannot_be_read_counts_by_its_name()
    {
        using var repository = new TestRepository();

        Assert.True(TestProjectConvention.IsUnitTestProject(AbsolutePath.Create(Path.Combine(repository.Root, "Missing.Tests.csproj"))));
        Assert.False(TestProjectConvention.IsUnitTestProject(AbsolutePath.Create(Path.Combine(repository.Root, "Missing.csproj"))));
    }

    [Fact]
    public void IsTestProject_false_is_not_a_test_project()
    {
        using var repository = new TestRepository();
        var project = Write(repository, "Foo.Checks", "<Project><IsTestProject>false</IsTestProject></Project>");

        Assert.False(TestProjectConvention.IsUnitTestProject(project));
    }

    private static AbsolutePath Write(TestRepository repository, string name, string content)
    {
        repository.WriteFile($"{name}/{name}.csproj", content);
        return AbsolutePath.Create(Path.Combine(repository.Root, name, $"{name}.csproj"));
    }
}
