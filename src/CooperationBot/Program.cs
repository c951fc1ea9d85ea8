using CooperationBot.Host;
using CooperationBot.Host.Cli;

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(args, Console.Out, Console.Error);
}

var app = BotHost.Build(args);
if (!BotHost.TryValidateConfiguration(app, Console.Error))
{
    return 1;
}

app.MapBotEndpoints();
await app.RunAsync();
return 0;
