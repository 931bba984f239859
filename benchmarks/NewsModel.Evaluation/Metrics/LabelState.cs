namespace NewsModel.Evaluation.Metrics;

/// <summary>Whether a page carries a label for a metadata field.</summary>
public enum LabelState
{
    /// <summary>The page was not annotated for the field; it counts in no figure of that field.</summary>
    NotLabelled,

    /// <summary>The annotator said the page has no value; a value given here is spurious.</summary>
    Empty,

    /// <summary>The page has a labelled value.</summary>
    Present,
}
