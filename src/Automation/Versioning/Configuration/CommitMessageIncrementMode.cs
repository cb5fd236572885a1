namespace Automation.Versioning.Configuration;

/// <summary><c>commit-message-incrementing</c>: whether <c>+semver:</c> messages bump the version.</summary>
internal enum CommitMessageIncrementMode
{
    Enabled,
    Disabled,
    MergeMessageOnly,
}
