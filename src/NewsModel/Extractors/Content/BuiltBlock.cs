using NewsModel.Blocks;

namespace NewsModel.Extractors.Content;

/// <summary>A block as the builder made it, with the counts the cleaning rules need.</summary>
/// <param name="Block">The block.</param>
/// <param name="Characters">Non-space characters of its text.</param>
/// <param name="LinkCharacters">Non-space characters inside links.</param>
internal readonly record struct BuiltBlock(Block Block, int Characters, int LinkCharacters)
{
    public double LinkDensity => Characters == 0 ? 0 : (double)LinkCharacters / Characters;
}
