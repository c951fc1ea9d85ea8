using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace CooperationBot.Bot.Answering.Indexing;

/// <summary>
/// Dutch past participles of separable verbs put "ge" inside the word ("teruggekeerd", "uitgezet"), which the
/// Snowball stemmer leaves alone. This filter adds, at the same position, the infinitive stem without "ge" and
/// without the participle's final d/t ("terugkeer"), so that "teruggekeerd" and "terugkeer" meet after stemming.
/// </summary>
internal sealed class SeparableParticipleFilter : TokenFilter
{
    private static readonly string[] Prefixes =
    [
        "terug", "samen", "binnen", "door", "over", "voor", "weg", "mee", "aan", "uit", "toe", "op", "af", "in", "na", "bij",
    ];

    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private string? _pending;
    private State? _state;

    public SeparableParticipleFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is not null)
        {
            RestoreState(_state);
            _term.SetEmpty().Append(_pending);
            _position.PositionIncrement = 0;
            _pending = null;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        _pending = Variant(_term.ToString());
        if (_pending is not null)
        {
            _state = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
        _state = null;
    }

    /// <summary>"teruggekeerd" gives "terugkeer"; null when the word is no such participle.</summary>
    internal static string? Variant(string word)
    {
        foreach (var prefix in Prefixes)
        {
            var rest = word.Length - prefix.Length - 2;
            if (rest >= 3 && word.StartsWith(prefix, StringComparison.Ordinal)
                && string.CompareOrdinal(word, prefix.Length, "ge", 0, 2) == 0)
            {
                var stem = word[(prefix.Length + 2)..];
                if (stem.Length > 4 && stem[^1] == 'e' && stem[^2] is 'd' or 't')
                {
                    stem = stem[..^2];
                }
                else if (stem.Length > 3 && stem[^1] is 'd' or 't')
                {
                    stem = stem[..^1];
                }

                return prefix + stem;
            }
        }

        return null;
    }
}
