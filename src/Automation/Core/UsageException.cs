namespace Automation.Core;

/// <summary>
/// A mistake in how the build was invoked or configured (unknown target or option, bad value, missing
/// parameter, dependency cycle). Reported as one clear message, without a stack trace, with exit code 2.
/// </summary>
internal sealed class UsageException(string message) : Exception(message);
