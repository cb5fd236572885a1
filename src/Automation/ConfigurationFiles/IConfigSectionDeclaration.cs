namespace Automation.ConfigurationFiles;

/// <summary>What <see cref="SectionSpelling"/> reads from a <see cref="ConfigSectionAttribute{TSettings}"/> without knowing its type argument.</summary>
internal interface IConfigSectionDeclaration
{
    string Name { get; }

    Type SettingsType { get; }
}
