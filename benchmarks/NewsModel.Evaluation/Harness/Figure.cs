namespace NewsModel.Evaluation.Harness;

/// <summary>One corpus figure with its bootstrap standard deviation.</summary>
/// <param name="Key">The stable key used in floors ("body.f1").</param>
/// <param name="Label">The label shown in the table.</param>
/// <param name="Value">The figure, from 0 to 1.</param>
/// <param name="StandardDeviation">The bootstrap standard deviation over pages.</param>
/// <param name="Pages">How many pages the figure is computed over.</param>
/// <param name="HigherIsBetter">False for rates that should fall (spurious values).</param>
public sealed record Figure(string Key, string Label, double Value, double StandardDeviation, int Pages, bool HigherIsBetter = true);
