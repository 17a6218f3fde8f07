namespace Labs.Testing.Feedback;

/// <summary>The rung of the tolerance ladder a result reached.</summary>
public enum Accuracy
{
    /// <summary>Every value is within the tolerance.</summary>
    Exact,

    /// <summary>Not within the tolerance, but within 1 % of the expected values' size: the method is right, the accuracy is not.</summary>
    Almost,

    /// <summary>Further off than that: the method itself is wrong.</summary>
    Wrong,
}
