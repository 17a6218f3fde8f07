using Lab.Hidden.Tests.Reference;
using Labs.Testing;

namespace Lab.Hidden.Tests;

/// <summary>Task 8 on the retina image against the same detector written with scipy.ndimage.</summary>
[TestFixture, LabTask(8, "Spot detector")]
public sealed class SpotDetectorGradingTests
{
    private const double Tolerance = 1e-9;

    [Test, Points(1)]
    public void Finds_the_two_microaneurysms_of_the_retina_image()
    {
        var spots = SpotDetector.Detect(GradingData.RetinaNegative(), sigma: 1, threshold: 8);

        AssertSpots(spots, ScipyReference.RetinaSpotsSigma1Threshold8);
    }

    [Test, Points(1)]
    public void Finds_every_local_maximum_of_the_retina_image_like_the_reference()
    {
        var negative = GradingData.RetinaNegative();

        var medium = SpotDetector.Detect(negative, sigma: 1.5, threshold: 5);
        var coarse = SpotDetector.Detect(negative, sigma: 2, threshold: 3);

        Assert.Multiple(() =>
        {
            AssertSpots(medium, ScipyReference.RetinaSpotsSigma15Threshold5);
            AssertSpots(coarse, ScipyReference.RetinaSpotsSigma2Threshold3);
        });
    }

    [Test, Points(1)]
    public void Finds_spots_in_a_corner_and_on_the_edges()
    {
        var image = GradingData.Blobs(48, 36, (0, 0, 100), (47, 10, 80), (20, 35, 60));

        var spots = SpotDetector.Detect(image, sigma: 1.5, threshold: 5);

        // Mirror extends each blob symmetrically about its centre pixel, so each centre is a maximum among the neighbours
        // that are inside the image (about 0.22 · amplitude: 21.9, 17.5 and 13.1, as for blobs away from the edges).
        Assert.That(spots.Select(s => (s.X, s.Y)), Is.EqualTo(new[] { (0, 0), (47, 10), (20, 35) }),
            "Neighbours outside the image do not count, so a spot can lie on the edge of the image.");
    }

    private static void AssertSpots(IReadOnlyList<Spot> spots, (int X, int Y, double Response)[] reference)
    {
        Assert.That(spots.Select(s => (s.X, s.Y)), Is.EqualTo(reference.Select(r => (r.X, r.Y))),
            "Spot positions, strongest first");
        Assert.That(spots.Select(s => s.Response), Matches.Vector(reference.Select(r => r.Response)).Within(Tolerance), "Responses");
    }
}
