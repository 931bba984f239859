using AngleSharp.Dom;

namespace NewsModel.Internal;

/// <summary>The attributes the document walk looks at on every element, read in one pass over the element's attributes.</summary>
internal readonly record struct ElementAttributes(string? Class, string? Id, string? ItemProp, string? Property, string? AriaLabel, string? ItemType, string? TypeOf)
{
    public static ElementAttributes Read(IElement element)
    {
        string? cls = null, id = null, itemprop = null, property = null, label = null, itemtype = null, typeOf = null;
        var all = element.Attributes;
        for (var i = 0; i < all.Length; i++)
        {
            var attribute = all[i]!;
            // HTML attribute names are lower case after parsing.
            switch (attribute.Name)
            {
                case "class": cls = attribute.Value; break;
                case "id": id = attribute.Value; break;
                case "itemprop": itemprop = attribute.Value; break;
                case "property": property = attribute.Value; break;
                case "aria-label": label = attribute.Value; break;
                case "itemtype": itemtype = attribute.Value; break;
                case "typeof": typeOf = attribute.Value; break;
                default: break;
            }
        }

        return new ElementAttributes(cls, id, itemprop, property, label, itemtype, typeOf);
    }
}
