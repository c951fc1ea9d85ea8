namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>One generated request: its body and how to send it.</summary>
/// <param name="Class">The case class.</param>
/// <param name="Variant">A short name of what was generated, for the failure list.</param>
/// <param name="Body">The raw body bytes.</param>
/// <param name="ContentType">The Content-Type header sent verbatim, or null for none.</param>
/// <param name="Chunked">True to send the body chunked, without Content-Length.</param>
internal sealed record FuzzRequest(FuzzClass Class, string Variant, byte[] Body, string? ContentType = FuzzRequest.Json, bool Chunked = false)
{
    public const string Json = "application/json; charset=utf-8";
}
