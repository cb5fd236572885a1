namespace Automation.IntegrationTests.Support;

/// <summary>
/// PowerShell 7 (<c>pwsh</c>), for <c>build.ps1</c> and the pwsh completion script: the dotnet tool <c>.ci/run</c>
/// installs into <c>.nuke/temp/pwsh</c> of the checkout, else <c>pwsh</c> on PATH.
/// </summary>
public static class Pwsh
{
    /// <summary>Why a test that needs pwsh is skipped.</summary>
    public const string Missing =
        "Needs pwsh in .nuke/temp/pwsh or on PATH (.ci/run installs it: dotnet tool install PowerShell --version 7.6.10 --tool-path .nuke/temp/pwsh).";

    /// <summary>The full path of pwsh, or null when there is none.</summary>
    public static string? Path { get; } = Find();

    private static string? Find()
    {
        var name = OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh";
        if (Checkout.TryFindRoot() is { } root && System.IO.Path.Combine(root, ".nuke", "temp", "pwsh", name) is var local && File.Exists(local))
        {
            return local;
        }

        return ShellFactAttribute.FindOnPath(name);
    }
}
