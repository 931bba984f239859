using NewsModel.Evaluation.Corpus;
using NewsModel.Evaluation.Floors;
using NewsModel.Evaluation.Harness;
using NewsModel.Evaluation.Reporting;

namespace NewsModel.Evaluation;

/// <summary>The evaluation program: reads corpora, runs the extractor, prints the table, writes reports, checks floors.</summary>
public static class EvaluationCommand
{
    /// <summary>Everything passed.</summary>
    public const int Success = 0;

    /// <summary>A figure fell below its floor (or the extractor threw on a page).</summary>
    public const int BelowFloor = 1;

    /// <summary>The command line, the corpus or the floors file is wrong: nothing trustworthy was measured.</summary>
    public const int Failure = 2;

    /// <summary>Runs the program.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="output">Where the table goes.</param>
    /// <param name="error">Where errors go.</param>
    /// <returns>The exit code.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count == 1 && args[0] is "--help" or "-h")
        {
            output.WriteLine(EvaluationOptions.Usage);
            return Success;
        }

        EvaluationOptions options;
        try
        {
            options = EvaluationOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            error.WriteLine(EvaluationOptions.Usage);
            return Failure;
        }

        try
        {
            // Load the floors before the long run, so that a wrong path fails at once.
            var floors = options.FloorsFile is null ? null : FloorSet.Load(options.FloorsFile);
            var predictor = options.CreatePredictor();
            var results = CorpusReader.Discover(options.Corpus)
                .Select(corpus => CorpusEvaluator.Evaluate(corpus, predictor, options.Resamples, options.Seed))
                .ToArray();

            MarkdownSummary.Write(output, results);
            if (options.OutputDirectory is not null)
            {
                Directory.CreateDirectory(options.OutputDirectory);
                PageReportWriter.Write(Path.Combine(options.OutputDirectory, "pages.jsonl"), results);
                foreach (var result in results)
                {
                    WorstPagesWriter.Write(options.OutputDirectory, result, options.Worst);
                }

                output.WriteLine($"Reports written to {Path.GetFullPath(options.OutputDirectory)}");
            }

            if (floors is null)
            {
                return Success;
            }

            var failures = FloorChecker.Check(floors, results);
            foreach (var failure in failures)
            {
                error.WriteLine($"FLOOR: {failure}");
            }

            if (failures.Count > 0)
            {
                error.WriteLine($"{failures.Count} floor check(s) failed against {Path.GetFullPath(options.FloorsFile!)}.");
                return BelowFloor;
            }

            output.WriteLine($"All floors in {options.FloorsFile} hold.");
            return Success;
        }
        catch (Exception ex) when (ex is CorpusException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            error.WriteLine($"error: {ex.Message}");
            return Failure;
        }
    }
}
