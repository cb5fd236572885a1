using Automation.Output;
using Automation.Output.Terminal;
using Automation.Planning;
using Automation.Targets;
using Automation.Tools;

namespace Automation.Execution;

/// <summary>
/// Runs a plan with up to <c>limit</c> targets at once (<c>--parallel</c>). A target is ready once every scheduled
/// target it must follow has ended: its dependencies, the targets it runs after (After, reverse Before) and the target
/// that triggered it. Ready targets start in plan order. Whether a target starts at all is decided by
/// <see cref="BuildProgress"/>, as in a sequential run, so after a failure the running targets finish and no other
/// starts but assured ones. Each target writes to its own buffered output, shown whole by <see cref="GroupRelease"/>;
/// on an interactive terminal a <see cref="LiveStatus"/> below the output says what is running meanwhile.
/// One instance runs one plan.
/// </summary>
internal sealed class ParallelScheduler
{
    private readonly BuildOutput _output;
    private readonly ExecutionSettings _settings;
    private readonly ToolLocator _tools;
    private readonly int _limit;
    private readonly BuildProgress _progress;
    private readonly List<ExecutableTarget> _order;
    private readonly Dictionary<ExecutableTarget, int> _position;
    private readonly Dictionary<ExecutableTarget, int> _waitingOn;
    private readonly Dictionary<ExecutableTarget, List<ExecutableTarget>> _successors;
    private readonly GroupRelease _groups;
    private readonly SortedSet<int> _ready = [];
    private readonly Dictionary<Task, (ExecutableTarget Target, BuildOutput Output)> _running = [];
    private LiveStatus? _status;

    public ParallelScheduler(BuildOutput output, ExecutionSettings settings, ToolLocator tools, int limit, ExecutionPlan plan, BuildProgress progress)
    {
        (_output, _settings, _tools, _limit, _progress) = (output, settings, tools, limit, progress);
        _order = plan.Targets.Select(t => t.Target).ToList();
        _position = _order.Select((target, index) => (target, index)).ToDictionary(p => p.target, p => p.index);
        _waitingOn = _order.ToDictionary(t => t, _ => 0);
        _successors = _order.ToDictionary(t => t, _ => new List<ExecutableTarget>());
        foreach (var target in _order)
        {
            foreach (var predecessor in ExecutionPlanner.Predecessors(target).Where(_position.ContainsKey).Distinct())
            {
                _successors[predecessor].Add(target);
                _waitingOn[target]++;
            }
        }

        _ready.UnionWith(_order.Where(t => _waitingOn[t] == 0).Select(t => _position[t]));
        _groups = new GroupRelease(_order, output.Console.ShowsGroupsInPlanOrder);
    }

    public async Task RunAsync()
    {
        // Removed however the run ends (failure, interrupt, exception): its timer must not outlive the run.
        await using var status = _output.StartLiveStatus(_order.Count, _settings.Time);
        _status = status;
        while (_ready.Count > 0 || _running.Count > 0)
        {
            StartReady();
            _output.RefreshStatus();
            if (_running.Count == 0)
            {
                // Every ready target was decided without starting; the plan is acyclic, so nothing is left waiting.
                break;
            }

            var ended = await Task.WhenAny(_running.Keys).ConfigureAwait(false);
            var (target, output) = _running[ended];
            _running.Remove(ended);
            await ended.ConfigureAwait(false);
            _progress.Finished(target);
            End(target, output);
        }
    }

    /// <summary>Goes through the ready targets in plan order: those that may not start end at once (which can make
    /// later ones ready); the others start while a slot is free, and otherwise stay ready.</summary>
    private void StartReady()
    {
        var waitingForSlot = new List<int>();
        while (_ready.Count > 0)
        {
            var index = _ready.Min;
            _ready.Remove(index);
            var target = _order[index];
            if (!_progress.MayStart(target))
            {
                End(target, output: null);
            }
            else if (_running.Count < _limit)
            {
                Start(target);
            }
            else
            {
                waitingForSlot.Add(index);
            }
        }

        _ready.UnionWith(waitingForSlot);
    }

    private void Start(ExecutableTarget target)
    {
        var output = _output.Buffered();
        var runner = new TargetRunner(output, _settings, _tools);
        var result = _progress.ResultOf(target);
        var cancellation = _progress.Cancellation;
        _status?.Started(target.Name);
        // On the thread pool: a dynamic condition is user code and must not hold up the scheduler.
        _running.Add(Task.Run(() => runner.RunAsync(target, result, cancellation), CancellationToken.None), (target, output));
    }

    private void End(ExecutableTarget target, BuildOutput? output)
    {
        // Before the group is shown, so that the status drawn again after it no longer counts the target as running.
        _status?.Ended(target.Name);
        _groups.Ended(target, output);
        foreach (var successor in _successors[target])
        {
            if (--_waitingOn[successor] == 0)
            {
                _ready.Add(_position[successor]);
            }
        }
    }
}
