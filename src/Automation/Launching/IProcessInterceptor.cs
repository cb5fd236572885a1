namespace Automation;

/// <summary>
/// Answers in place of the operating system while it is in scope (<see cref="ProcessLauncher.Intercept"/>): every
/// program the engine, its components, tool wrappers and <c>ctx.Run</c> would start goes to it instead, and nothing is
/// started. The seam under <c>Automation.Testing.CommandRecorder</c>, the test helper that records and scripts commands.
/// </summary>
public interface IProcessInterceptor
{
    /// <summary>Answers one launch; throw <see cref="ProcessStartException"/> to make it fail as a program that cannot start would.</summary>
    /// <param name="request">The program, arguments, directory and variables of the launch.</param>
    /// <returns>The exit code and output the caller sees.</returns>
    ProcessReply Intercept(ProcessRequest request);
}
