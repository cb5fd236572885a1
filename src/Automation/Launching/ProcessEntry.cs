namespace Automation.Launching;

/// <summary>One process as the process table showed it: the start time tells it apart from a later process that reuses its id.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="ParentPid">Its parent's id at the time.</param>
/// <param name="StartTime">When it started, in the platform's own unit (clock ticks since boot on Linux).</param>
/// <param name="IsZombie">It has ended and waits for its parent to collect its exit status.</param>
internal readonly record struct ProcessEntry(int Pid, int ParentPid, long StartTime, bool IsZombie);
