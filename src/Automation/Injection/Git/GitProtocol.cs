namespace Automation;

/// <summary>How a git remote is reached.</summary>
public enum GitProtocol
{
    /// <summary><c>https://host/owner/name.git</c>.</summary>
    Https,

    /// <summary><c>git@host:owner/name.git</c> or <c>ssh://...</c>.</summary>
    Ssh,
}
