namespace Automation.Output;

/// <summary>A warning or error, with the source location when one is known, for the host's native annotations.</summary>
internal sealed record Annotation(string Message, string? File = null, int? Line = null, int? Column = null, string? Title = null)
{
    /// <summary><c>src/A.cs(3,5): message</c>, or just the message.</summary>
    public override string ToString()
    {
        if (File is null)
        {
            return Message;
        }

        var position = Line is null ? string.Empty : Column is null ? $"({Line})" : $"({Line},{Column})";
        return $"{File}{position}: {Message}";
    }
}
