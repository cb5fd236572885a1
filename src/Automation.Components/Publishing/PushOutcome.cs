namespace Automation.Components;

/// <summary>What <c>publish</c> did with one package.</summary>
internal enum PushOutcome
{
    /// <summary>The feed took it.</summary>
    Pushed,

    /// <summary>The feed already had this id and version; nothing was pushed.</summary>
    AlreadyPublished,
}
