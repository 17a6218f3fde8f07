using Labs.Imaging;
using Labs.Testing;

// Usage: dotnet run --project samples/FirstLook [-- path/to/image.png]
var path = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "camera.png");

try
{
    var image = ImageFile.Load(path);
    Console.WriteLine($"Loaded {Path.GetFileName(path)}: {image.Shape}, grey levels {image.Min()}..{image.Max()}, mean {image.Mean():F2}");

    // A 5×5 moving average with the mirror boundary condition (scipy.ndimage mode 'mirror').
    var box = new double[5, 5];
    foreach (var (row, column) in from r in Enumerable.Range(0, 5) from c in Enumerable.Range(0, 5) select (r, c))
    {
        box[row, column] = 1.0 / 25;
    }

    var smoothed = image.Correlate(box, BoundaryCondition.Mirror);

    Console.WriteLine();
    Console.WriteLine("Top-left corner, before:");
    Console.WriteLine(image.GetSubImage(0, 0, 6, 4).ToImage().Visualize());
    Console.WriteLine();
    Console.WriteLine("Top-left corner, after the 5×5 moving average:");
    Console.WriteLine(smoothed.GetSubImage(0, 0, 6, 4).ToImage().Visualize(precision: 1));
    Console.WriteLine();

    // One line to look at both images side by side in the browser (zoom, pan, pixel values, histograms).
    Viewer.Show([image, smoothed], ["original", "5×5 moving average"], compare: true);
    return 0;
}
catch (ImageFileException error)
{
    Console.Error.WriteLine(error.Message);
    return 1;
}
