using System.Diagnostics.CodeAnalysis;

namespace Automation;

/// <summary>
/// The report formats of coverlet (NUKE's <c>CoverletOutputFormat</c>), for
/// <c>DotNetTest(s =&gt; s.EnableCollectCoverage().SetCoverletOutputFormat(CoverletOutputFormat.cobertura))</c>. The
/// members are lower case as coverlet spells them (and NUKE names them), so a value is the text it renders.
/// </summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "NUKE's names, as coverlet spells the formats.")]
public sealed class CoverletOutputFormat : Enumeration
{
    /// <summary>coverlet's own JSON format (its default).</summary>
    public static CoverletOutputFormat json { get; } = new() { Value = nameof(json) };

    /// <summary>LCOV.</summary>
    public static CoverletOutputFormat lcov { get; } = new() { Value = nameof(lcov) };

    /// <summary>OpenCover XML.</summary>
    public static CoverletOutputFormat opencover { get; } = new() { Value = nameof(opencover) };

    /// <summary>Cobertura XML (what ReportGenerator and most CI services read).</summary>
    public static CoverletOutputFormat cobertura { get; } = new() { Value = nameof(cobertura) };

    /// <summary>TeamCity service messages.</summary>
    public static CoverletOutputFormat teamcity { get; } = new() { Value = nameof(teamcity) };

    /// <summary>The value coverlet spells <paramref name="value"/> (NUKE converts strings the same way: <c>SetFormat("cobertura")</c>).</summary>
    /// <param name="value">The text.</param>
    public static implicit operator CoverletOutputFormat(string value) => FromString(value);

    /// <summary>The value coverlet spells <paramref name="value"/>.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static CoverletOutputFormat FromString(string value) => new() { Value = value };
}
