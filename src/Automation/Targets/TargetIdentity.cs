using System.Reflection;
using System.Runtime.CompilerServices;

namespace Automation.Targets;

/// <summary>
/// Identifies which target a <see cref="Target"/> delegate belongs to. A target property may return a new delegate
/// on every call, so identity is the lambda's method. <see cref="Delegate.Method"/> is slow on classes with
/// thousands of lambdas (the runtime scans its per-type method cache), so the primary key is the delegate's code
/// pointer; a miss falls back to comparing methods, which is slower but never wrong.
/// </summary>
internal sealed class TargetIdentity<T>
    where T : class
{
    private readonly Dictionary<(IntPtr, IntPtr), T> _byCode = [];
    private readonly Dictionary<MethodInfo, T> _byMethod = [];
    private bool _methodsIndexed;
    private readonly List<(Target Delegate, T Value)> _all = [];

    /// <summary>Registers a target's delegate; each target is added once (discovery checks names first).</summary>
    public void Add(Target target, T value)
    {
        _byCode[CodeKey(target)] = value;
        _all.Add((target, value));
        if (_methodsIndexed)
        {
            _byMethod[target.Method] = value;
        }
    }

    public bool TryGet(Target target, out T value)
    {
        if (_byCode.TryGetValue(CodeKey(target), out value!))
        {
            return true;
        }

        if (!_methodsIndexed)
        {
            foreach (var (known, knownValue) in _all)
            {
                _byMethod[known.Method] = knownValue;
            }

            _methodsIndexed = true;
        }

        return _byMethod.TryGetValue(target.Method, out value!);
    }

    private static (IntPtr, IntPtr) CodeKey(Delegate target) => (MethodPointer(target), MethodPointerAux(target));

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_methodPtr")]
    private static extern ref IntPtr MethodPointer(Delegate target);

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_methodPtrAux")]
    private static extern ref IntPtr MethodPointerAux(Delegate target);
}
