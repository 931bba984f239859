using NewsModel;

// A crawler fetched the same article from several mirror hosts. NewsModel gives every copy the same identity
// (publisher + article id, from the built-in publisher profiles), so the copies collapse into one article.
var folder = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "pages");
var listing = Path.Combine(folder, "urls.tsv");
if (!File.Exists(listing))
{
    Console.Error.WriteLine($"error: {listing} not found. Usage: NewsModel.MirrorDedup [folder with urls.tsv and pages]");
    return 1;
}

var fetched = File.ReadAllLines(listing)
    .Where(line => line.Contains('\t', StringComparison.Ordinal))
    .Select(line => line.Split('\t'))
    .Select(parts => (File: Path.Combine(folder, parts[0]), Url: new Uri(parts[1])))
    .ToArray();

// Parse in parallel: the parser is thread-safe and shares one immutable pipeline.
var articles = new Article[fetched.Length];
Parallel.For(0, fetched.Length, i => articles[i] = ArticleParser.Parse(File.ReadAllBytes(fetched[i].File), fetched[i].Url));

foreach (var group in articles.GroupBy(a => a.Identity?.Key ?? a.Url!.AbsoluteUri))
{
    var first = group.First();
    Console.WriteLine($"{group.Key}  {first.Headline}");
    Console.WriteLine($"    by {first.Byline}, published {first.Published}, section {first.Section}");
    foreach (var copy in group)
    {
        Console.WriteLine($"    fetched from {copy.Url}");
    }

    foreach (var mirror in first.Alternates.Where(m => m.Kind == MirrorKind.Mirror))
    {
        Console.WriteLine($"    also served at {mirror.Url}");
    }
}

var unique = articles.DistinctByIdentity().Count();
Console.WriteLine($"{articles.Length} pages fetched, {unique} distinct articles.");
return 0;
