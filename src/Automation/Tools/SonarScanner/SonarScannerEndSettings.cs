using Automation.Tools;

namespace Automation;

/// <summary><c>dotnet-sonarscanner end</c>: finishes the analysis <c>begin</c> started and uploads it.</summary>
public sealed record SonarScannerEndSettings : ToolSettings
{
    /// <summary>The token: <c>/d:sonar.token=</c>.</summary>
    public string? Token { get; init; }

    /// <summary>The login (older servers): <c>/d:sonar.login=</c>.</summary>
    public string? Login { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add("end").Joined("/d:sonar.token=", Token).Joined("/d:sonar.login=", Login);
}
