using AngleSharp.Dom;
using NewsModel.Internal;

namespace NewsModel.Extractors.Dates;

/// <summary>
/// Where a time printed before its date ("10:35 14.11.2024", "10:35, 14 ноября 2024") can be trusted to be the date's:
/// both in one run of text, not a video's duration or a match score in an element of its own before the date.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
internal static class TimeThenDateText
{
    /// <summary>Whether one of the element's text nodes holds a time with a colon ("10:35") followed by more digits (its date).</summary>
    public static bool InOneRun(IElement element)
    {
        for (var node = element.FirstChild; node is not null; node = ElementText.NextInside(node, element))
        {
            if (node is IText text && TimeThenDigits(text.Data))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a date's printed text opens with a time ("10:35 14.11.2024", "9:12 pm PST, Monday, ..."), not with its date.</summary>
    public static bool OpensWithTime(string? span)
    {
        if (string.IsNullOrEmpty(span))
        {
            return false;
        }

        var digits = 0;
        while (digits < span.Length && char.IsDigit(span[digits]))
        {
            digits++;
        }

        return digits is 1 or 2 && digits < span.Length && span[digits] == ':';
    }

    private static bool TimeThenDigits(string data)
    {
        for (var colon = 1; colon + 2 < data.Length; colon++)
        {
            if (data[colon] == ':' && char.IsDigit(data[colon - 1]) && char.IsDigit(data[colon + 1]) && char.IsDigit(data[colon + 2]))
            {
                for (var i = colon + 3; i < data.Length; i++)
                {
                    if (char.IsDigit(data[i]))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
