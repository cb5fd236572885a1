// netstandard2.0 lacks the marker type the compiler needs for records and init accessors; declaring it here is the
// usual way to use them in an analyzer assembly (internal, so it clashes with nothing).
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit;
