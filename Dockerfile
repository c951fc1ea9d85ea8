# CooperationBot in a container: build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
#   docker build --platform linux/amd64 -t cooperationbot .
# linux/amd64 only: the publish is for linux-x64 (ReadyToRun code and native libraries such as SQLite's are x64).
#   docker run -p 8080:8080 --env-file bot.env cooperationbot
# Settings come from environment variables (see README, "Deploy"); the bot listens on port 8080 over plain HTTP
# behind the platform's TLS front end (App Service, Container Apps, an ingress).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files only, so a code change does not repeat the restore. The host's publish is
# ReadyToRun, framework-dependent, for linux-x64 (CooperationBot.csproj, shorter start-up), so the restore is for that
# runtime with ReadyToRun too: it fetches the runtime packs and the ReadyToRun compiler the publish without restore needs.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/CooperationBot.Protocol/CooperationBot.Protocol.csproj src/CooperationBot.Protocol/
COPY src/CooperationBot.AdaptiveCards/CooperationBot.AdaptiveCards.csproj src/CooperationBot.AdaptiveCards/
COPY src/CooperationBot.Bot/CooperationBot.Bot.csproj src/CooperationBot.Bot/
COPY src/CooperationBot/CooperationBot.csproj src/CooperationBot/
RUN dotnet restore src/CooperationBot/CooperationBot.csproj -r linux-x64 -p:PublishReadyToRun=true

# The code, the knowledge file with its sources and schema (published beside the program), appsettings.json.
COPY src/ src/
COPY knowledge/ knowledge/
COPY appsettings.json ./
RUN dotnet publish src/CooperationBot/CooperationBot.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The SQLite default store and the development key file live in /app/.data; with Store:Provider=postgres nothing
# is written there. The image's non-root user (APP_UID) owns it.
RUN mkdir -p /app/.data && chown "$APP_UID" /app/.data
USER $APP_UID
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
EXPOSE 8080
ENTRYPOINT ["dotnet", "CooperationBot.dll"]
