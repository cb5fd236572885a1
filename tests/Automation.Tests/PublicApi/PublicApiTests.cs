using System.Reflection;
using Automation.Tests.Support;
using PublicApiGenerator;

namespace Automation.Tests.PublicApi;

/// <summary>
/// The public API of each package, compared with its checked-in snapshot (<c>Expected/&lt;assembly&gt;.expected.txt</c>),
/// so no public type or member appears, changes or disappears unnoticed. The snapshot holds what a user compiles
/// against and nothing that changes from build to build (versions, configuration, commit).
/// </summary>
public sealed class PublicApiTests
{
    private const string Advice =
        "The public API changed. If that is deliberate, rewrite the snapshot with AUTOMATION_UPDATE_EXPECTED=1 "
        + "(dotnet test tests/Automation.Tests --filter FullyQualifiedName~PublicApiTests), review its diff, and add a line "
        + "for the change under ## [Unreleased] in CHANGELOG.md. If not, keep the type or member as it was (or internal).";

    // Written by the build per version, configuration and commit: they say nothing about what users compile against.
    private static readonly string[] BuildStampAttributes =
    [
        typeof(AssemblyConfigurationAttribute).FullName!,
        typeof(AssemblyFileVersionAttribute).FullName!,
        typeof(AssemblyInformationalVersionAttribute).FullName!,
        typeof(AssemblyVersionAttribute).FullName!,
        typeof(AssemblyMetadataAttribute).FullName!,
    ];

    public static TheoryData<string> Packages => ["Automation", "Automation.Components", "Automation.Cli"];

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_public_api_matches_its_snapshot(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions { ExcludeAttributes = BuildStampAttributes, TreatRecordsAsClasses = false });

        ExpectedFile.Match(api, assemblyName, Advice);
    }
}
