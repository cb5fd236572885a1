# Sourced by the benchmark scripts: writes the project of a generated benchmark build into $1/build,
# referencing the engine in the repository at $2, and marks $1 as a build root.
write_bench_project() {
  mkdir -p "$1/.nuke" "$1/build"
  cat > "$1/build/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <Optimize>true</Optimize>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$2/src/Automation/Automation.csproj" />
  </ItemGroup>
</Project>
XML
}
