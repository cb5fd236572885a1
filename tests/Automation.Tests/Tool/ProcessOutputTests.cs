using Automation.Cli.Setup;

namespace Automation.Tests.Tool;

/// <summary>The one line setup quotes from a failed <c>dotnet</c> command.</summary>
public sealed class ProcessOutputTests
{
    [Fact]
    public void A_global_json_asking_for_an_sdk_that_is_not_installed_is_said_with_the_version_and_the_way_out()
    {
        // What dotnet 10 prints when global.json pins 9.0.101: the installed SDKs on standard output, the rest on standard error.
        const string output = """
            10.0.401 [/usr/share/dotnet/sdk]
            The command could not be loaded, possibly because:
              * You intended to execute a .NET application:
                  The application 'msbuild' does not exist or is not a managed .dll or .exe.
              * You intended to execute a .NET SDK command:
                  A compatible .NET SDK was not found.

            Requested SDK version: 9.0.101
            global.json file: /repo/global.json

            Installed SDKs:

            Install the [9.0.101] .NET SDK or update [/repo/global.json] to match an installed SDK.
            """;

        var error = new ProcessOutput(145, output).FirstError();

        Assert.StartsWith("no installed .NET SDK is the 9.0.101 that /repo/global.json asks for", error, StringComparison.Ordinal);
        Assert.Contains("rollForward", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Otherwise_the_first_line_with_an_error_is_quoted()
    {
        var error = new ProcessOutput(1, "Determining projects to restore...\n/repo/App.csproj : error NU1101: Unable to find package X.\n").FirstError();

        Assert.Equal("/repo/App.csproj : error NU1101: Unable to find package X.", error);
    }
}
