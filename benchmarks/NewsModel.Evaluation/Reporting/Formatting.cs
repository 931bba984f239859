using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace NewsModel.Evaluation.Reporting;

/// <summary>Invariant number formatting and Markdown escaping for reports.</summary>
public static class Formatting
{
    /// <summary>A figure to three decimals, as the published table prints them.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>A number to one decimal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string OneDecimal(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Text made safe for one Markdown table cell: one line, pipes escaped, cut to a length.</summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">The longest text kept.</param>
    /// <returns>The cell text.</returns>
    public static string Cell(string? text, int maxLength = 300)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "∅";
        }

        var flat = Metrics.TextNormalization.CollapseWhitespace(text).Replace("|", "\\|", StringComparison.Ordinal);
        return flat.Length <= maxLength ? flat : string.Concat(flat.AsSpan(0, maxLength), "…");
    }

    /// <summary>A date as ISO <c>YYYY-MM-DD</c>, or null.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
