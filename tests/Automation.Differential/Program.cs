using System.Diagnostics;
using System.Globalization;
using Automation.Differential.Benchmarks;
using Automation.Differential.Comparison;
using Automation.Differential.Histories;
using Automation.Differential.Oracle;
using Automation.Differential.Repositories;

// The differential harness as a program, for the scripts in tests/benchmarks:
//   agreement [--count N] [--first SEED] [--parallel P] [--show K] [--trunk-based]   agreement rate on seeded histories
//   seed SEED [--trunk-based]                                        one history: both answers and the git commands
// (--trunk-based: the same seeds' histories under the TrunkBased/preview1 workflow)
//   repository PATH [--samples K]                                    both engines on a real repository's branches
//   here PATH                                                        both engines on a work tree as it is checked out
//   benchmark [--runs R] [--limit SECONDS]                           both engines' times on generated large repositories
var command = args.Length > 0 ? args[0] : "agreement";
int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

var trunkBased = args.Contains("--trunk-based");
var oracle = GitVersionOracle.Locate(out var problem);
if (oracle is null)
{
    Console.Error.WriteLine(problem);
    return 1;
}

switch (command)
{
    case "agreement":
        {
            var first = Option("--first", 1);
            var count = Option("--count", 1000);
            var clock = Stopwatch.StartNew();
            var cases = await DifferentialRun.RunAsync(oracle, Enumerable.Range(first, count), Option("--parallel", Environment.ProcessorCount), trunkBased);
            Console.WriteLine(AgreementReport.Write(cases, clock.Elapsed));
            foreach (var result in cases.Where(result => result.Unexplained.Any()).Take(Option("--show", 10)))
            {
                Console.WriteLine(result.Describe());
            }

            return 0;
        }

    case "seed":
        {
            var seed = int.Parse(args[1], CultureInfo.InvariantCulture);
            var directory = Path.Combine(Path.GetTempPath(), $"gitversion-differential-seed-{seed}{(trunkBased ? "-trunk-based" : string.Empty)}");
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            var result = await DifferentialRun.RunOneAsync(oracle, seed, directory, trunkBased);
            Console.WriteLine(result.Describe());
            Console.WriteLine($"ours: {result.Ours["FullSemVer"] ?? result.Ours.Error}; GitVersion: {result.Theirs["FullSemVer"] ?? result.Theirs.Error}");
            Console.WriteLine($"repository kept in {directory}");
            return 0;
        }

    case "repository":
        return await RepositoryDifferential.RunAsync(oracle, args[1], Option("--samples", 6), Console.Out);

    case "here":
        {
            var ours = OurEngine.Run(args[1]);
            var theirs = await oracle.RunAsync(args[1]);
            Console.WriteLine($"ours {ours["FullSemVer"] ?? $"(error: {ours.Error})"}, GitVersion {theirs["FullSemVer"] ?? $"(error: {theirs.Error})"}");
            foreach (var difference in Comparer.Compare(ours, theirs))
            {
                Console.WriteLine($"  {difference}");
            }

            return 0;
        }

    case "benchmark":
        return await VersionBenchmark.RunAsync(oracle, Option("--runs", 3), TimeSpan.FromSeconds(Option("--limit", 600)), Console.Out);

    default:
        Console.Error.WriteLine($"Unknown command '{command}': use agreement, seed, repository or benchmark.");
        return 2;
}
