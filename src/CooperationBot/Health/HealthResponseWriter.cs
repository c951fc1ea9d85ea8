using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationBot.Host.Health;

/// <summary>
/// Writes a health report as JSON: the overall status and each check's name, status and own description. An
/// exception's message or stack trace is never written (a check that threw shows only that it failed or timed out).
/// </summary>
public static class HealthResponseWriter
{
    public static async Task WriteAsync(HttpContext http, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(report);
        http.Response.ContentType = "application/json; charset=utf-8";
        var writer = new Utf8JsonWriter(http.Response.Body);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteString("status", report.Status.ToString());
            if (report.Entries.Count > 0)
            {
                writer.WriteStartArray("checks");
                foreach (var (name, entry) in report.Entries)
                {
                    writer.WriteStartObject();
                    writer.WriteString("name", name);
                    writer.WriteString("status", entry.Status.ToString());
                    writer.WriteString("description", Describe(entry));
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }
    }

    private static string? Describe(HealthReportEntry entry) => entry.Exception switch
    {
        null => entry.Description,
        OperationCanceledException => "The check did not finish in time.",
        _ => $"The check failed ({entry.Exception.GetType().Name}).",
    };
}
