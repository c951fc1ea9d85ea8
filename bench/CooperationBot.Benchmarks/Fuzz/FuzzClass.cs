namespace CooperationBot.Benchmarks.Fuzz;

/// <summary>The kinds of hostile request the fuzzer sends to <c>POST /api/messages</c>.</summary>
internal enum FuzzClass
{
    /// <summary>Truncated JSON, garbage, comments, trailing commas, single quotes.</summary>
    InvalidJson,

    /// <summary>A valid activity with one field of the wrong JSON type.</summary>
    WrongTypes,

    /// <summary>Arrays and objects nested up to 10,000 levels.</summary>
    DeepNesting,

    /// <summary>Long strings: just under and just over the body limit, and several MB.</summary>
    HugeStrings,

    /// <summary>Bodies over the limit, with a Content-Length and chunked without one.</summary>
    OversizedBody,

    /// <summary>Activity types the bot does not handle, or odd spellings of known ones.</summary>
    UnknownType,

    /// <summary>Lone surrogates, NUL, bidi overrides, combining marks, emoji, invalid UTF-8 bytes.</summary>
    OddUnicode,

    /// <summary>Activities without one or more of the fields a channel always sends.</summary>
    MissingFields,

    /// <summary>adaptiveCard/action with wrong shapes, unknown invoke names, malformed message/submitAction.</summary>
    MalformedInvoke,

    /// <summary>Card submits whose value is not an object, names unknown verbs, or is huge.</summary>
    MalformedSubmit,

    /// <summary>Bodies sent as text/plain, forms, XML, no Content-Type, other charsets.</summary>
    WrongContentType,

    /// <summary>Empty and whitespace-only bodies.</summary>
    EmptyBody,

    /// <summary>Valid messages whose text is hostile: injections, regex bombs, huge mentions.</summary>
    HostileText,
}
