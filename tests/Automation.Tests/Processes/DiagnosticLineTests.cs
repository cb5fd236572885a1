using Automation.Output;

namespace Automation.Tests.Processes;

/// <summary>Which tool output lines are warnings or errors in MSBuild's canonical format, and what they say.</summary>
public sealed class DiagnosticLineTests
{
    public sealed record Expected(bool IsError, string Code, string Message, string? File = null, int? Line = null, int? Column = null);

    public static TheoryData<string, Expected> Diagnostics => new()
    {
        {
            "/repo/src/A.cs(12,5): error CS0103: The name 'x' does not exist in the current context [/repo/src/A.csproj]",
            new(true, "CS0103", "The name 'x' does not exist in the current context", "/repo/src/A.cs", 12, 5)
        },
        {
            "src/A.cs(12,5): error CS0103: The name 'x' does not exist in the current context",
            new(true, "CS0103", "The name 'x' does not exist in the current context", "src/A.cs", 12, 5)
        },
        {
            "src/A.cs(7): warning CS0168: The variable 'e' is declared but never used",
            new(false, "CS0168", "The variable 'e' is declared but never used", "src/A.cs", 7)
        },
        {
            "src/A.cs(3,9,3,14): warning IDE0055: Fix formatting [/repo/A.csproj]",
            new(false, "IDE0055", "Fix formatting", "src/A.cs", 3, 9)
        },
        {
            "C:\\src\\A.cs(1,2): warning CS1234: x",
            new(false, "CS1234", "x", "C:\\src\\A.cs", 1, 2)
        },
        {
            "  D:\\a\\repo\\src\\B.cs(40,17): error CS1002: ; expected [D:\\a\\repo\\src\\B.csproj]",
            new(true, "CS1002", "; expected", "D:\\a\\repo\\src\\B.cs", 40, 17)
        },
        {
            "/repo/src/My Project/A.cs(2,1): error CS1022: Type or namespace definition, or end-of-file expected",
            new(true, "CS1022", "Type or namespace definition, or end-of-file expected", "/repo/src/My Project/A.cs", 2, 1)
        },
        {
            "CSC : error CS2001: Source file '/repo/Missing.cs' could not be found. [/repo/A.csproj]",
            new(true, "CS2001", "Source file '/repo/Missing.cs' could not be found.")
        },
        {
            "MSBUILD : error MSB1009: Project file does not exist.",
            new(true, "MSB1009", "Project file does not exist.")
        },
        {
            "/repo/src/A.csproj : warning NU1603: A depends on B (>= 1.0.0) but B 1.0.0 was not found. B 1.0.1 was resolved instead.",
            new(false, "NU1603", "A depends on B (>= 1.0.0) but B 1.0.0 was not found. B 1.0.1 was resolved instead.", "/repo/src/A.csproj")
        },
        {
            "    /repo/src/A.csproj : error NU1101: Unable to find package Nope. No packages exist with this id in source(s): nuget.org",
            new(true, "NU1101", "Unable to find package Nope. No packages exist with this id in source(s): nuget.org", "/repo/src/A.csproj")
        },
        {
            "/usr/share/dotnet/sdk/10.0.100/Microsoft.Common.CurrentVersion.targets(2413,5): warning MSB3277: Found conflicts. [/repo/A.csproj]",
            new(false, "MSB3277", "Found conflicts.", "/usr/share/dotnet/sdk/10.0.100/Microsoft.Common.CurrentVersion.targets", 2413, 5)
        },
        {
            "/repo/A.cs(5,1): Warning CA1822: Member 'M' does not access instance data",
            new(false, "CA1822", "Member 'M' does not access instance data", "/repo/A.cs", 5, 1)
        },
        {
            "/repo/A.fs(3,5): error FS0039: The value or constructor 'y' is not defined.",
            new(true, "FS0039", "The value or constructor 'y' is not defined.", "/repo/A.fs", 3, 5)
        },
        {
            "/repo/A.cs(1,1): error CS0000: message with (parentheses) and: colons [inside] [/repo/A.csproj]",
            new(true, "CS0000", "message with (parentheses) and: colons [inside]", "/repo/A.cs", 1, 1)
        },
        {
            "/repo/A.cs(1,1): error CS0000: trailing spaces   \r",
            new(true, "CS0000", "trailing spaces", "/repo/A.cs", 1, 1)
        },
    };

    [Theory]
    [MemberData(nameof(Diagnostics))]
    public void Recognizes_a_diagnostic_and_its_parts(string line, Expected expected)
    {
        var parsed = DiagnosticLine.TryParse(line);

        Assert.NotNull(parsed);
        var (annotation, isError) = parsed.Value;
        Assert.Equal(expected.IsError, isError);
        Assert.Equal(expected.Code, annotation.Title);
        Assert.Equal($"{expected.Code}: {expected.Message}", annotation.Message);
        Assert.Equal(expected.File, annotation.File);
        Assert.Equal(expected.Line, annotation.Line);
        Assert.Equal(expected.Column, annotation.Column);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Build succeeded.")]
    [InlineData("Build FAILED.")]
    [InlineData("    0 Warning(s)")]
    [InlineData("    2 Error(s)")]
    [InlineData("Time Elapsed 00:00:13.11")]
    [InlineData("  Determining projects to restore...")]
    [InlineData("  A -> /repo/bin/Debug/net10.0/A.dll")]
    [InlineData("http://x: error")]
    [InlineData("https://example.com/docs: see the error page")]
    [InlineData("error: pathspec 'nope' did not match any file(s) known to git")]
    [InlineData("warning: LF will be replaced by CRLF in README.md.")]
    [InlineData("fatal: not a git repository (or any of the parent directories): .git")]
    [InlineData("  Failed Automation.Tests.FooTests.Bar [12 ms]")]
    [InlineData("  Error Message:")]
    [InlineData("   Assert.Equal() Failure: Values differ")]
    [InlineData("error CS0103 without the colon")]
    [InlineData("src/A.cs(12,5): error: no code")]
    [InlineData("src/A.cs(12,5): info CS0103: only warnings and errors")]
    [InlineData("src/A.cs(x,5): error CS0103: a position must be numbers")]
    [InlineData("No errors: 0 warning CS0000 files")]
    public void Ordinary_output_is_not_a_diagnostic(string line) => Assert.Null(DiagnosticLine.TryParse(line));
}
