namespace AdversarialLab;

/// <summary>Correct student code, whose tests must keep passing whatever the other tests do to the test host.</summary>
public static class Honest
{
    /// <summary>The square of <paramref name="x"/>.</summary>
    public static double Square(double x) => x * x;
}
