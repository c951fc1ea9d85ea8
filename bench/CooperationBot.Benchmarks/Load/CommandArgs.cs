namespace CooperationBot.Benchmarks.Load;

/// <summary>The <c>--name value</c> options of the load and soak commands.</summary>
internal static class CommandArgs
{
    /// <summary>The value after <paramref name="name"/>, or <paramref name="fallback"/> when the option is not given.</summary>
    public static string Value(string[] args, string name, string fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
    }
}
