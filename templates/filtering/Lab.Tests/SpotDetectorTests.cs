using Labs.Testing;

namespace Lab.Tests;

[TestFixture, LabTask(8, "Spot detector")]
public sealed class SpotDetectorTests
{
    [Test, Points(1)]
    public void Finds_three_blobs_at_their_centres_strongest_first()
    {
        var image = TestImages.Blobs(48, 36, background: 10, (10, 9, 100), (35, 12, 80), (22, 27, 60));

        var spots = SpotDetector.Detect(image, sigma: 1.5, threshold: 5);

        // A blob of amplitude A and standard deviation 1.5 gives a response of about 0.22 · A at its centre
        // (22, 17.5 and 13), far above the threshold; the flat background gives 0 and the dip around each blob
        // is negative. So there are exactly three spots, in the order of their amplitudes.
        Assert.That(spots.Select(s => (s.X, s.Y)), Is.EqualTo(new[] { (10, 9), (35, 12), (22, 27) }),
            "Expected the blob centres (10, 9), (35, 12) and (22, 27), strongest first. A spot is a pixel whose "
                + "response is above the threshold and strictly greater than each of its 8 neighbours.");
    }

    [Test, Points(1)]
    public void Blobs_whose_response_is_below_the_threshold_are_left_out()
    {
        var image = TestImages.Blobs(48, 36, background: 10, (10, 9, 100), (35, 12, 50), (22, 27, 10));

        var spots = SpotDetector.Detect(image, sigma: 1.5, threshold: 5);

        // Responses of about 22, 11 and 2.2: only the first two are above 5.
        Assert.Multiple(() =>
        {
            Assert.That(spots.Select(s => (s.X, s.Y)), Is.EqualTo(new[] { (10, 9), (35, 12) }),
                "Only responses strictly greater than the threshold count.");
            Assert.That(spots.Select(s => s.Response), Is.All.GreaterThan(5),
                "Each spot carries its response, which is above the threshold.");
            Assert.That(spots.Select(s => s.Response), Is.Ordered.Descending, "The strongest spot comes first.");
        });
    }
}
