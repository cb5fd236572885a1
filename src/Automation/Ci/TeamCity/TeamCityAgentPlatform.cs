namespace Automation;

/// <summary>The agents a <see cref="TeamCityAttribute"/> configuration runs on, which decides the bootstrap script each build step calls.</summary>
public enum TeamCityAgentPlatform
{
    /// <summary>Windows agents: <c>build.cmd</c>.</summary>
    Windows,

    /// <summary>Linux and macOS agents: <c>build.sh</c>.</summary>
    Unix,
}
