namespace Automation.Versioning.Configuration;

/// <summary>What a token of a format placeholder reads.</summary>
internal enum FormatTokenKind
{
    /// <summary>A version variable (<c>Major</c>).</summary>
    Variable,

    /// <summary>An environment variable (<c>env:BUILD_ID</c>).</summary>
    Environment,

    /// <summary>Fixed text (<c>"none"</c>, <c>0</c>).</summary>
    Literal,
}

/// <summary>One alternative of a placeholder (<c>{A ?? B}</c> has two), with its optional <c>:format</c>.</summary>
internal sealed record FormatToken(FormatTokenKind Kind, string Name, string? Format = null);
