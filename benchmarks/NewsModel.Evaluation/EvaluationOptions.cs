using System.Globalization;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Metrics;
using NewsModel.Evaluation.Reporting;

namespace NewsModel.Evaluation;

/// <summary>The command line, parsed.</summary>
public sealed record EvaluationOptions
{
    /// <summary>The usage text.</summary>
    public const string Usage = """
        Usage: NewsModel.Evaluation --corpus DIR [options]

          --corpus DIR          a corpus folder (ground-truth.json or labels.json, with html/), or a folder of them
          --out DIR             write pages.jsonl and the worst pages per metric (worst-<corpus>-<metric>.md) there
          --check-floors FILE   exit 1 when a figure falls below its floor in FILE (floors.json)
          --extractor NAME      newsmodel (default) or visible-text (the whole-page baseline)
          --bootstrap N         bootstrap resamples for the ± (default 1000)
          --seed N              bootstrap seed (default 20191128)
          --worst N             pages listed per metric in the worst-pages files (default 20)
        """;

    /// <summary>The corpus folder.</summary>
    public required string Corpus { get; init; }

    /// <summary>The report folder, or null.</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>The floors file to check, or null.</summary>
    public string? FloorsFile { get; init; }

    /// <summary>The extractor's name.</summary>
    public string Extractor { get; init; } = NewsModelPredictor.PredictorName;

    /// <summary>Bootstrap resamples.</summary>
    public int Resamples { get; init; } = Bootstrap.DefaultResamples;

    /// <summary>Bootstrap seed.</summary>
    public int Seed { get; init; } = Bootstrap.DefaultSeed;

    /// <summary>Pages listed per metric in the worst-pages files.</summary>
    public int Worst { get; init; } = WorstPagesWriter.DefaultCount;

    /// <summary>Parses the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">The command line is wrong; the message says how.</exception>
    public static EvaluationOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? corpus = null, output = null, floors = null, extractor = null;
        int resamples = Bootstrap.DefaultResamples, seed = Bootstrap.DefaultSeed, worst = WorstPagesWriter.DefaultCount;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--corpus": corpus = Value(); break;
                case "--out": output = Value(); break;
                case "--check-floors": floors = Value(); break;
                case "--extractor": extractor = Value(); break;
                case "--bootstrap": resamples = Integer(name, Value(), 2); break;
                case "--seed": seed = Integer(name, Value(), int.MinValue); break;
                case "--worst": worst = Integer(name, Value(), 1); break;
                default: throw new ArgumentException($"Unknown argument '{name}'.");
            }
        }

        if (string.IsNullOrWhiteSpace(corpus))
        {
            throw new ArgumentException("--corpus DIR is required.");
        }

        extractor ??= NewsModelPredictor.PredictorName;
        if (extractor is not (NewsModelPredictor.PredictorName or VisibleTextPredictor.PredictorName))
        {
            throw new ArgumentException($"Unknown extractor '{extractor}'; use {NewsModelPredictor.PredictorName} or {VisibleTextPredictor.PredictorName}.");
        }

        return new EvaluationOptions
        {
            Corpus = corpus,
            OutputDirectory = output,
            FloorsFile = floors,
            Extractor = extractor,
            Resamples = resamples,
            Seed = seed,
            Worst = worst,
        };
    }

    /// <summary>Creates the extractor the options name.</summary>
    /// <returns>The predictor.</returns>
    public IPagePredictor CreatePredictor() => Extractor == VisibleTextPredictor.PredictorName
        ? new VisibleTextPredictor()
        : new NewsModelPredictor();

    private static int Integer(string name, string text, int minimum)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new ArgumentException($"{name} needs an integer of at least {minimum.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
        }

        return value;
    }
}
