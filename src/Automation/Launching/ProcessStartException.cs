namespace Automation;

/// <summary>
/// A program could not be started: it was not found (the message names the <c>PATH</c> searched), is not executable,
/// or its working directory does not exist. The message says what to do.
/// </summary>
public sealed class ProcessStartException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="program">The program as it was asked for.</param>
    /// <param name="message">What went wrong and what to do.</param>
    /// <param name="innerException">The error of the operating system, or null.</param>
    public ProcessStartException(string program, string message, Exception? innerException)
        : base(message, innerException) => Program = program;

    /// <summary>The program as it was asked for.</summary>
    public string Program { get; }
}
