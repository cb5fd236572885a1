/// <summary>The build configurations of this repository.</summary>
enum Configuration
{
    Debug,
    Release,
}
