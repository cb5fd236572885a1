namespace Automation.IntegrationTests.Delivery;

/// <summary>
/// The delivery sample: a tiny web app (an <c>HttpListener</c> console program, which builds offline) that serves
/// <c>/</c> and <c>/health</c> on 127.0.0.1, the configuration layers it is deployed with, and the deploy hooks.
/// </summary>
internal static class DeliverySampleSources
{
    public const string AppProject = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <AssemblyName>SampleApp</AssemblyName>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
        </Project>
        """;

    public const string AppProgram = """
        using System.Net;
        using System.Text;
        using System.Text.Json;

        // Runs from <root>/live: its configuration and version sit next to it.
        var folder = AppContext.BaseDirectory;
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "deploy.settings.json"))).RootElement;
        var version = File.ReadAllText(Path.Combine(folder, ".deploy", "version")).Trim();
        var healthy = !string.Equals(settings.GetProperty("Healthy").ToString(), "false", StringComparison.OrdinalIgnoreCase);
        var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{settings.GetProperty("Port")}/");
        listener.Start();

        // The deployed hook's latch: the app listens from here on, so the health check's first answer is the app's own.
        if (Environment.GetEnvironmentVariable("APP_READY_FILE") is { Length: > 0 } ready)
        {
            File.WriteAllText(ready, Environment.ProcessId.ToString());
        }

        while (true)
        {
            var context = listener.GetContext();
            var health = context.Request.Url!.AbsolutePath == "/health";
            context.Response.StatusCode = health && !healthy ? 503 : 200;
            var body = Encoding.UTF8.GetBytes(health ? (healthy ? "healthy" : "unhealthy") : $"{settings.GetProperty("Message")} {version}");
            context.Response.OutputStream.Write(body);
            context.Response.Close();
        }
        """;

    /// <summary>Each hook appends to <c>hooks.log</c> in the deploy root, so tests see the order.</summary>
    public const string PrepareHook = """
        #!/bin/sh
        set -e
        echo "prepare $DEPLOY_VERSION $DEPLOY_ENVIRONMENT" >> "$DEPLOY_ROOT/hooks.log"
        if [ -f "$DEPLOY_ROOT/block-prepare" ]; then
          # The interruption test's latch: say we are here, then wait to be interrupted.
          touch "$DEPLOY_ROOT/prepare-started"
          exec sleep 120
        fi
        """;

    /// <summary>
    /// Stops the running instance (waiting until it is gone, so its port is free) and starts the live one, then waits
    /// until that one listens (it writes <c>app.ready</c>) or has ended: the health check then never races the app's
    /// start, however slow the machine, and only the answer decides. Both waits are latches on a process's state.
    /// </summary>
    public const string DeployedHook = """
        #!/bin/sh
        set -e
        echo "deployed $DEPLOY_VERSION $DEPLOY_ENVIRONMENT" >> "$DEPLOY_ROOT/hooks.log"
        # A zombie is gone. The build collects the orphans it adopts, so an app is not left one; the check stays
        # because a hook must also work where its app's parent does not collect it (an older engine, an app started
        # with a cleared environment, a host whose init is slow to reap), and the app this hook starts is its child.
        running() { kill -0 "$1" 2>/dev/null && ! grep -q '^State:[[:space:]]*Z' "/proc/$1/status" 2>/dev/null; }
        if [ -f "$DEPLOY_ROOT/app.pid" ]; then
          pid=$(cat "$DEPLOY_ROOT/app.pid")
          kill "$pid" 2>/dev/null || true
          while running "$pid"; do sleep 0.05; done
        fi
        rm -f "$DEPLOY_ROOT/app.ready"
        APP_READY_FILE="$DEPLOY_ROOT/app.ready" nohup dotnet "$DEPLOY_ROOT/live/SampleApp.dll" > "$DEPLOY_ROOT/app.log" 2>&1 < /dev/null &
        pid=$!
        echo "$pid" > "$DEPLOY_ROOT/app.pid"
        while [ ! -s "$DEPLOY_ROOT/app.ready" ] && running "$pid"; do sleep 0.05; done
        """;

    /// <summary>Layers, lowest first; each key says which layer must win it.</summary>
    public static readonly IReadOnlyDictionary<string, string> ConfigurationLayers = new Dictionary<string, string>
    {
        ["deploy/config/common.json"] = """{ "Message": "hello from", "Healthy": true, "A": "common", "B": "common", "C": "common", "D": "common", "E": "common", "F": "common", "Token": "${ApiToken}" }""",
        ["deploy/config/common-staging.json"] = """{ "B": "common-staging", "C": "common-staging", "D": "common-staging", "E": "common-staging", "F": "common-staging" }""",
        ["deploy/config/common-production.json"] = """{ "B": "common-production" }""",
        ["deploy/config/app.json"] = """{ "C": "app", "D": "app", "E": "app", "F": "app" }""",
        ["deploy/config/app-staging.json"] = """{ "D": "app-staging", "E": "app-staging", "F": "app-staging" }""",
    };
}
