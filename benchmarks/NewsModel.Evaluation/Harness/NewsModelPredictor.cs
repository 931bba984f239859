using System.Diagnostics;
using NewsModel.Evaluation.Corpus;

namespace NewsModel.Evaluation.Harness;

/// <summary>
/// Runs the library as a user would: the page's bytes and address go to
/// <see cref="ArticleParser.Parse(byte[], Uri?, ArticleParserOptions?, CancellationToken)"/>, which gunzips and detects
/// the charset itself.
/// </summary>
/// <param name="options">The parser options; the defaults when null.</param>
public sealed class NewsModelPredictor(ArticleParserOptions? options = null) : IPagePredictor
{
    /// <summary>The name used on the command line and in reports.</summary>
    public const string PredictorName = "newsmodel";

    private readonly ArticleParserOptions _options = options ?? ArticleParserOptions.Default;

    /// <inheritdoc />
    public string Name => PredictorName;

    /// <inheritdoc />
    public TimedPrediction Predict(LabelledPage page, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(bytes);
        var stopwatch = Stopwatch.StartNew();
        var article = ArticleParser.Parse(bytes, page.Url, _options);
        stopwatch.Stop();

        var prediction = new Prediction(
            article.Text,
            article.Headline,
            AuthorNames(article.Byline),
            article.Published?.Date,
            article.Section.Segments.Select(s => s.Name).ToArray());
        return new TimedPrediction(prediction, stopwatch.Elapsed);
    }

    /// <summary>
    /// The names the corpora's <c>author</c> labels describe: the contributors credited with writing or reporting
    /// the article (<see cref="ContributorRole.Author"/>, <see cref="ContributorRole.Reporter"/>), in byline order; the
    /// unspecified <see cref="ContributorRole.Contributor"/> people ("Additional reporting by …") only when the byline credits
    /// nobody so. Agencies credited as contributors supplied copy ("Con información de EFE"), not the writing; editors,
    /// photographers, translators, illustrators and producers the byline also credits are not authors.
    /// </summary>
    /// <param name="byline">The article's byline.</param>
    /// <returns>The authors' names.</returns>
    public static IReadOnlyList<string> AuthorNames(Byline byline)
    {
        ArgumentNullException.ThrowIfNull(byline);
        var writers = byline.Contributors.Where(c => c.Role is ContributorRole.Author or ContributorRole.Reporter).Select(c => c.Name).ToArray();
        return writers.Length > 0
            ? writers
            : byline.Contributors.Where(c => c is { Role: ContributorRole.Contributor, Kind: ContributorKind.Person }).Select(c => c.Name).ToArray();
    }
}
