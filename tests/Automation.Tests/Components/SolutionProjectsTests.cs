using Automation.Components;
using Automation.Tests.Support;

namespace Automation.Tests.Components;

/// <summary>Which projects of a solution file <see cref="SolutionProjects"/> reads.</summary>
public sealed class SolutionProjectsTests
{
    [Fact]
    public void A_solution_s_shared_and_native_projects_are_left_out_as_dotnet_cannot_evaluate_them()
    {
        using var repository = new TestRepository();
        repository.WriteFile("App.sln", """
            Microsoft Visual Studio Solution File, Format Version 12.00
            Project("{9A19103F-16F7-4668-BE54-9A1E7A4F7556}") = "App", "src\App\App.csproj", "{11111111-1111-1111-1111-111111111111}"
            EndProject
            Project("{D954291E-2A0B-460D-934E-DC6B0785DB48}") = "App.Shared", "src\App.Shared\App.Shared.shproj", "{22222222-2222-2222-2222-222222222222}"
            EndProject
            Project("{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}") = "Native", "src\Native\Native.vcxproj", "{33333333-3333-3333-3333-333333333333}"
            EndProject
            Project("{F2A71F9B-5D33-465A-A702-920D77279786}") = "Tool", "src\Tool\Tool.fsproj", "{44444444-4444-4444-4444-444444444444}"
            EndProject
            Project("{778DAE3C-4631-46EA-AA77-85C1314464D9}") = "Legacy", "src\Legacy\Legacy.VBPROJ", "{55555555-5555-5555-5555-555555555555}"
            EndProject
            """);

        var projects = SolutionProjects.Read(AbsolutePath.Create(Path.Combine(repository.Root, "App.sln")));

        Assert.Equal(["src/App/App.csproj", "src/Tool/Tool.fsproj", "src/Legacy/Legacy.VBPROJ"], projects.Select(p => Path.GetRelativePath(repository.Root, p).Replace('\\', '/')));
    }
}
