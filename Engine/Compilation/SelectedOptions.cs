namespace Inspection.Engine.Compilation;

/// <summary>A multi-choice answer as rules see it.</summary>
public sealed class SelectedOptions(IReadOnlyList<string> values)
{
    /// <summary>How many options were chosen.</summary>
    public int Count => values.Count;

    /// <summary>Whether <paramref name="option"/> was chosen.</summary>
    public bool Contains(string option)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], option, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
