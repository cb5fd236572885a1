using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation;

// NUKE's `DotNetTasks.DotNetPath`: the dotnet executable the tasks start.
public static partial class DotNetTasks
{
    /// <summary>
    /// The full path of the <c>dotnet</c> the typed commands start when no tool path is set: <c>DOTNET_EXE</c> when
    /// set, else the <c>dotnet</c> running the build (or PATH's). Inside a target it is what the target resolves;
    /// elsewhere it reads the process's environment. Read-only, unlike NUKE's: set <c>DOTNET_EXE</c> or a settings'
    /// <see cref="ToolSettings.ToolPath"/> to choose another.
    /// </summary>
    /// <exception cref="ToolNotFoundException"><c>DOTNET_EXE</c> names no file.</exception>
    public static string DotNetPath
    {
        get
        {
            if (CurrentTarget.ContextOrNull is { } context)
            {
                return context.ResolveTool("dotnet").Program;
            }

            var lookup = ToolLookup.Ambient();
            var variable = ToolEnvironment.OverrideVariable("dotnet");
            try
            {
                return lookup.FromVariable(variable) ?? lookup.DotNet;
            }
            catch (FileNotFoundException e)
            {
                throw new ToolNotFoundException("dotnet", e.Message);
            }
        }
    }
}
