using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;

namespace CooperationBot.Host.Cli;

/// <summary><c>cards export &lt;dir&gt;</c>: writes each card of <see cref="CardCatalog"/> as <c>&lt;name&gt;.json</c>.</summary>
public static class CardsExportCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length != 1)
        {
            error.WriteLine("Usage: cards export <dir>");
            return 2;
        }

        using var services = CliServices.TryCreate(error);
        if (services is null)
        {
            return 1;
        }

        var directory = Path.GetFullPath(args[0]);
        Directory.CreateDirectory(directory);
        var count = 0;
        foreach (var (name, card) in CardCatalog.All(services.GetRequiredService<Answerer>()))
        {
            File.WriteAllText(Path.Combine(directory, name + ".json"), card.ToJson(indented: true));
            count++;
        }

        output.WriteLine($"Wrote {count} cards to {directory}");
        return 0;
    }
}
