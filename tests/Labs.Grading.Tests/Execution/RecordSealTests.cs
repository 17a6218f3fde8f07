using Labs.Grading.Execution.Protocol;

namespace Labs.Grading.Tests.Execution;

public sealed class RecordSealTests
{
    private static readonly HostRecord Passed = new()
    {
        Sequence = 7,
        Kind = HostRecord.TestResult,
        Name = "Lab.Hidden.Tests.GradingTests.Mean",
        Outcome = HostRecord.OutcomePassed,
    };

    [Test]
    public void A_sealed_record_opens_with_the_same_key()
    {
        var key = RecordSeal.NewKey();
        var opened = RecordSeal.TryOpen(RecordSeal.Seal(Passed, key), key, out var record);
        Assert.Multiple(() =>
        {
            Assert.That(opened, Is.True);
            Assert.That(record, Is.EqualTo(Passed));
        });
    }

    [Test]
    public void Text_printed_before_a_record_on_the_same_line_does_not_hide_it()
    {
        var key = RecordSeal.NewKey();
        Assert.That(RecordSeal.TryOpen("half a line" + RecordSeal.Seal(Passed, key), key, out _), Is.True);
    }

    [Test]
    public void A_record_sealed_with_another_key_is_rejected()
    {
        var forged = RecordSeal.Seal(Passed, RecordSeal.NewKey());
        Assert.That(RecordSeal.TryOpen(forged, RecordSeal.NewKey(), out _), Is.False);
    }

    [Test]
    public void A_changed_record_is_rejected()
    {
        var key = RecordSeal.NewKey();
        var failed = RecordSeal.Seal(Passed with { Outcome = HostRecord.OutcomeFailed }, key);
        var passedPayload = RecordSeal.Seal(Passed, key).Split('.')[0];
        var failedTag = failed.Split('.')[1];
        Assert.That(RecordSeal.TryOpen(passedPayload + "." + failedTag, key, out _), Is.False);
    }

    [TestCase("Passed Lab.Hidden.Tests.GradingTests.Mean")]
    [TestCase("\u001eLABS1 eyJzZXEiOjEsImtpbmQiOiJyZXN1bHQifQ==.AAAA")]
    [TestCase("\u001eLABS1 not base64.at all")]
    [TestCase("\u001eLABS1 ")]
    public void Lines_that_are_not_sealed_records_are_rejected(string line) =>
        Assert.That(RecordSeal.TryOpen(line, RecordSeal.NewKey(), out _), Is.False);
}
