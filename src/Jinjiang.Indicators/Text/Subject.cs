namespace Jinjiang.Indicators.Text;

/// <summary>
/// What a sentence spoke of last, for a clause that names only its verb and figure (190个园林绿化项目，开工建设165个，
/// 年内完成153个; 实施棚户区改造项目，开工建设1万户): the object of the last promise, else the last clause without a figure.
/// The clause's text is made into a name only when a bare verb needs it.
/// </summary>
internal struct Subject(string text)
{
    /// <summary>Verbs that name nothing on their own.</summary>
    private static readonly string[] BareVerbs = ["开工建设", "新开工", "开工", "完成", "建成", "竣工", "投用", "启动", "治理", "整治", "改造", "实施", "建设", "新建"];

    private static readonly string[] TimeWords = ["年内", "全年", "今年", "年底前"];

    private string? named;
    private int plainStart = -1;
    private int plainEnd = -1;

    /// <summary>A clause [start, end) was read; one without a figure may be what later clauses speak of.</summary>
    internal void Saw(int start, int end)
    {
        if (text.AsSpan(start, end - start).IndexOfAnyInRange('0', '9') < 0)
        {
            (plainStart, plainEnd, named) = (start, end, null);
        }
    }

    /// <summary>A promise's object was named.</summary>
    internal void Named(string @object) => named = @object;

    /// <summary>A name that is only a verb (开工建设), completed with what the sentence spoke of; any other name as it is.</summary>
    internal readonly string Completed(string name)
    {
        var verb = name.AsSpan();
        foreach (var time in TimeWords)
        {
            verb = verb.StartsWith(time, StringComparison.Ordinal) ? verb[time.Length..] : verb;
        }

        if (!BareVerbs.Contains(verb.ToString()) || Of() is not { Length: >= 2 } of)
        {
            return name;
        }

        return string.Concat(verb, of);
    }

    /// <summary>The last thing spoken of: after 等 when names were listed (A、B等园林绿化项目: 园林绿化项目), a plain clause without its verb.</summary>
    private readonly string? Of()
    {
        if (named is { } n)
        {
            var etc = n.LastIndexOf('等');
            var of = etc >= 0 ? n[(etc + 1)..] : n;
            return Completed(of) == of ? Strip(of) : null;
        }

        return plainStart >= 0 ? Strip(text[plainStart..plainEnd]) : null;
    }

    private static string Strip(string clause)
    {
        var span = clause.AsSpan().Trim();
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var verb in BareVerbs.Concat(Lexicon.ProjectVerbs).Concat(["规划实施", "推进", "开展", "加快"]))
            {
                if (span.StartsWith(verb, StringComparison.Ordinal) && span.Length > verb.Length + 1)
                {
                    span = span[verb.Length..];
                    changed = true;
                }
            }
        }

        return span.ToString();
    }
}
