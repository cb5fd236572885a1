namespace Automation;

/// <summary>NUKE 5's name of <see cref="LocalPathAttribute"/>: <c>[LocalExecutable("./tools/custom.exe")] readonly Tool Custom;</c>.</summary>
/// <param name="absoluteOrRelativePath">The program's path.</param>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class LocalExecutableAttribute(string absoluteOrRelativePath) : LocalPathAttribute(absoluteOrRelativePath);
