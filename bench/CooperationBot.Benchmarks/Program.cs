using BenchmarkDotNet.Running;
using CooperationBot.Benchmarks;
using CooperationBot.Benchmarks.Fanout;
using CooperationBot.Benchmarks.Fuzz;
using CooperationBot.Benchmarks.Load;

// generate <items> <out-folder> [seed] | answers <items> <out-file> [--questions N] | latency [items...] [--questions N] [--in-memory]
// | latency [items...] --baseline lucene [--rounds R (5)] [--json] [--questions N] [--in-memory] (pipeline and plain Lucene, alternating rounds)
// | load [--rates 100,500,1000] [--seconds S] [--warmup S] [--workers W] | soak [--minutes M] [--rate R] [--edit-seconds S] [--max-growth-mb B]
// | fanout [--subscribers N] [--rate R] [--throttle P] [--retry-after S] [--concurrency C] [--runs K]
// | fuzz [--requests N] [--seed S] [--concurrency C] [--out file] [--replay S:I] | bdn [BenchmarkDotNet args]
return args.FirstOrDefault() switch
{
    "generate" => GenerateCommand.Run(args[1..]),
    "latency" => LatencyCommand.Run(args[1..]),
    "answers" => AnswersCommand.Run(args[1..]),
    "fanout" => FanoutCommand.Run(args[1..]),
    "load" => LoadCommand.Run(args[1..]),
    "soak" => SoakCommand.Run(args[1..]),
    "fuzz" => FuzzCommand.Run(args[1..]),
    { } command when FanoutCommand.Handles(command) => FanoutCommand.RunOne(args[1..]),
    { } command when LatencyCommand.Handles(command) => LatencyCommand.RunOne(args[1..]),
    { } command when LatencySide.Handles(command) => LatencySide.Run(args[1..]),
    "bdn" => Run(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(Measure).Assembly).Run(args);
    return 0;
}
