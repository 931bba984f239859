using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace NewsModel.Evaluation.Metrics;

/// <summary>Scores an extracted publication date against its label: the same calendar date counts.</summary>
public static class DateScorer
{
    private static readonly Regex LabelPattern = new(
        @"^\s*(\d{4})[-./](\d{1,2})[-./](\d{1,2})",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Reads a labelled date written <c>YYYY-MM-DD</c> (any time after it is ignored).</summary>
    /// <param name="label">The label.</param>
    /// <param name="date">The date read.</param>
    /// <returns>False when the label is not a date.</returns>
    /// <remarks>
    /// Some labels are written <c>YYYY-DD-MM</c> by mistake; when the middle number cannot be a month and the last
    /// can, the two are swapped. A mistaken label whose day is 12 or less cannot be told apart and is read as written.
    /// </remarks>
    public static bool TryParseLabel(string? label, out LocalDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(label))
        {
            return false;
        }

        var match = LabelPattern.Match(label);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[3].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        if (month > 12 && day <= 12)
        {
            (month, day) = (day, month);
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    /// <summary>Scores one page.</summary>
    /// <param name="label">The labelled date: null when the page was not annotated (or the label is not a date), <see cref="LabelState.Empty"/> via <paramref name="labelState"/>.</param>
    /// <param name="labelState">Whether the page has a label.</param>
    /// <param name="predicted">The extracted publication date, or null.</param>
    /// <returns>The outcome; strict and lenient are both "same calendar date".</returns>
    public static FieldOutcome Score(LocalDate? label, LabelState labelState, LocalDate? predicted)
    {
        var hasPrediction = predicted is not null;
        switch (labelState)
        {
            case LabelState.NotLabelled:
                return FieldOutcome.NotLabelled(hasPrediction);
            case LabelState.Empty:
                return FieldOutcome.EmptyLabel(hasPrediction);
            default:
                if (label is null)
                {
                    throw new ArgumentException("A present label needs a date.", nameof(label));
                }

                var same = predicted == label;
                return new FieldOutcome(LabelState.Present, hasPrediction, same, same, same ? 1 : 0);
        }
    }
}
