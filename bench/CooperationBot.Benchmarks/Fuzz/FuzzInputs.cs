namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>
/// The generated requests. Request <c>index</c> of run <c>seed</c> depends on nothing else, so any request can be
/// made again on its own (<c>fuzz --replay seed:index</c>).
/// </summary>
internal static class FuzzInputs
{
    public static IReadOnlyList<FuzzClass> Classes { get; } = Enum.GetValues<FuzzClass>();

    public static FuzzRequest Create(int seed, int index, FuzzTarget target)
    {
        var source = new FuzzSource(new Random(Mix(seed, index)), target, $"fuzz-{seed}-{index}");
        return Classes[source.Random.Next(Classes.Count)] switch
        {
            FuzzClass.InvalidJson => JsonShapeCases.InvalidJson(source),
            FuzzClass.WrongTypes => JsonShapeCases.WrongTypes(source),
            FuzzClass.DeepNesting => JsonShapeCases.DeepNesting(source),
            FuzzClass.EmptyBody => JsonShapeCases.EmptyBody(source),
            FuzzClass.WrongContentType => JsonShapeCases.WrongContentType(source),
            FuzzClass.HugeStrings => SizeCases.HugeStrings(source),
            FuzzClass.OversizedBody => SizeCases.OversizedBody(source),
            FuzzClass.UnknownType => ActivityCases.UnknownType(source),
            FuzzClass.MissingFields => ActivityCases.MissingFields(source),
            FuzzClass.MalformedInvoke => ActivityCases.MalformedInvoke(source),
            FuzzClass.MalformedSubmit => ActivityCases.MalformedSubmit(source),
            FuzzClass.OddUnicode => TextCases.OddUnicode(source),
            _ => TextCases.HostileText(source),
        };
    }

    /// <summary>A fixed mix of seed and index (System.HashCode differs per process, so it cannot be used).</summary>
    private static int Mix(int seed, int index)
    {
        var x = unchecked(((ulong)(uint)seed << 32) | (uint)index);
        x = unchecked((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL);
        x = unchecked((x ^ (x >> 27)) * 0x94D049BB133111EBUL);
        return unchecked((int)(x ^ (x >> 31)));
    }
}
