namespace Labs.Testing;

/// <summary>What a panel of a visual report shows, which decides how its values are coloured.</summary>
internal enum PanelRole
{
    /// <summary>An ordinary image, drawn in gray (or colour for RGB) from its value range.</summary>
    Image,

    /// <summary>A difference image, drawn with a diverging colour map: blue below zero, white at zero, red above.</summary>
    Difference,
}
