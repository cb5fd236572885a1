namespace Automation.IntegrationTests.Tools.Resolution;

/// <summary>A small Cobertura file for ReportGenerator to read: one class, two lines, one of them covered.</summary>
public static class Coverage
{
    public const string Cobertura = """
        <?xml version="1.0" encoding="utf-8"?>
        <coverage line-rate="0.5" branch-rate="0" version="1.9" timestamp="1700000000" lines-covered="1" lines-valid="2" branches-covered="0" branches-valid="0">
          <sources><source>src</source></sources>
          <packages>
            <package name="Sample" line-rate="0.5" branch-rate="0" complexity="1">
              <classes>
                <class name="Sample.Greeter" filename="Greeter.cs" line-rate="0.5" branch-rate="0" complexity="1">
                  <methods>
                    <method name="Greet" signature="()" line-rate="0.5" branch-rate="0" complexity="1">
                      <lines><line number="3" hits="1" branch="false" /><line number="4" hits="0" branch="false" /></lines>
                    </method>
                  </methods>
                  <lines><line number="3" hits="1" branch="false" /><line number="4" hits="0" branch="false" /></lines>
                </class>
              </classes>
            </package>
          </packages>
        </coverage>
        """;

    public const string Manifest = """
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "dotnet-reportgenerator-globaltool": { "version": "5.6.0", "commands": ["reportgenerator"], "rollForward": false }
          }
        }
        """;
}
