using Labs.Imaging;

namespace Labs.Testing;

/// <summary>One image of a visual report, with its caption.</summary>
/// <param name="Title">Caption above the image, e.g. "Expected".</param>
/// <param name="Image">The pixels shown.</param>
/// <param name="Role">How the values are coloured.</param>
internal sealed record ReportPanel(string Title, Image Image, PanelRole Role = PanelRole.Image);
