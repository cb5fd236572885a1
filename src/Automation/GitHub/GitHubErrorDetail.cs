namespace Automation.GitHub;

/// <summary>One entry of a validation error (422): which field, and what is wrong with it.</summary>
internal sealed record GitHubErrorDetail
{
    public string? Resource { get; init; }

    public string? Field { get; init; }

    /// <summary><c>already_exists</c>, <c>invalid</c>, <c>missing_field</c>, ...</summary>
    public string? Code { get; init; }

    public string? Message { get; init; }
}
