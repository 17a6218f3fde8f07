"""Writes ScipyReference.cs: reference values from scipy.ndimage for the hidden tests of the filtering lab.

Run from this folder with Debian's python3-scipy (scipy 1.10, numpy 1.24):

    /usr/bin/python3 make_scipy_reference.py

It also checks the visible tests' snapshots (Lab.Tests/*.verified.png) against scipy, so that
those files are known to be right and not just what the reference solution happened to produce.
"""
import os
import struct
import zlib

import numpy as np
from scipy import ndimage as ndi

HERE = os.path.dirname(os.path.abspath(__file__))
LAB = os.path.normpath(os.path.join(HERE, "..", ".."))

# Ours → scipy.ndimage's mode names (see BoundaryCondition in Labs.Imaging).
MODES = {"Mirror": "mirror", "Symmetric": "reflect", "Periodic": "wrap", "Zero": "constant", "Clamp": "nearest"}


def load_gray_png(path):
    """An 8-bit grey, non-interlaced PNG as a float array [row, column] (numpy has no PNG reader)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour == 0 and interlace == 0, (path, depth, colour, interlace)
        elif kind == b"IDAT":
            idat += body
    raw = zlib.decompress(idat)
    out = np.zeros((height, width), np.int64)
    previous = np.zeros(width, np.int64)
    p = 0
    for y in range(height):
        kind = raw[p]
        row = np.frombuffer(raw[p + 1:p + 1 + width], np.uint8).astype(np.int64)
        p += 1 + width
        current = np.zeros(width, np.int64)
        for x in range(width):
            a = current[x - 1] if x > 0 else 0
            b = previous[x]
            c = previous[x - 1] if x > 0 else 0
            if kind == 0:
                predicted = 0
            elif kind == 1:
                predicted = a
            elif kind == 2:
                predicted = b
            elif kind == 3:
                predicted = (a + b) // 2
            else:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                predicted = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            current[x] = (row[x] + predicted) & 255
        out[y] = current
        previous = current
    return out.astype(float)


def gaussian_kernel(sigma):
    """scipy's own weights: gaussian_filter1d of an impulse (the kernel is symmetric, so correlation keeps its order)."""
    radius = int(4.0 * sigma + 0.5)
    impulse = np.zeros(4 * radius + 3)
    impulse[2 * radius + 1] = 1.0
    response = ndi.gaussian_filter1d(impulse, sigma, mode="constant")
    return response[radius + 1:3 * radius + 2]


def spots(image, sigma, threshold):
    """The lab's spot detector with scipy: strict 8-neighbour maxima of the DoG above the threshold, strongest first."""
    r = ndi.gaussian_filter(image, sigma, mode="mirror") - ndi.gaussian_filter(image, 1.6 * sigma, mode="mirror")
    height, width = r.shape
    found = []
    for y in range(height):
        for x in range(width):
            if r[y, x] < threshold - 1e-6:
                continue  # clearly below the threshold: not a spot, whatever its neighbours
            neighbours = [r[y + dy, x + dx] for dy in (-1, 0, 1) for dx in (-1, 0, 1)
                          if (dx, dy) != (0, 0) and 0 <= y + dy < height and 0 <= x + dx < width]
            # Rounding in a student's code is about 1e-13: no decision may hinge on a smaller margin than 1e-6.
            clearly_not = any(n - r[y, x] > 1e-6 for n in neighbours)
            clearly_maximum = all(r[y, x] - n > 1e-6 for n in neighbours)
            assert clearly_not or clearly_maximum, ("tie with a neighbour", sigma, threshold, x, y)
            if clearly_maximum:
                assert abs(r[y, x] - threshold) > 1e-6, ("response at the threshold", sigma, threshold, x, y)
                if r[y, x] > threshold:
                    found.append((r[y, x], x, y))
    found.sort(key=lambda s: -s[0])
    responses = [s[0] for s in found]
    assert all(a - b > 1e-6 for a, b in zip(responses, responses[1:])), "ties would make the order ambiguous"
    return [(x, y, v) for v, x, y in found]


def number(v):
    text = repr(float(v))
    return text if ("." in text or "e" in text or "n" in text) else text + ".0"


def array2d(a, indent):
    pad = " " * indent
    rows = [pad + "    { " + ", ".join(number(v) for v in row) + " }," for row in a]
    return "new double[,]\n" + pad + "{\n" + "\n".join(rows) + "\n" + pad + "}"


def per_mode(name, doc, make):
    lines = [f"    /// <summary>{doc}, for each boundary condition.</summary>",
             f"    public static readonly Dictionary<BoundaryCondition, double[,]> {name} = new()",
             "    {"]
    for ours, theirs in MODES.items():
        lines.append(f"        [BoundaryCondition.{ours}] = {array2d(make(theirs), 8)},")
    lines.append("    };")
    return "\n".join(lines)


def main():
    rng = np.random.RandomState(20240501)
    small = np.round(rng.uniform(0, 255, (6, 9)), 2)  # 9 wide, 6 high

    out = ["// <auto-generated>",
           "// Written by make_scipy_reference.py (scipy " + __import__("scipy").__version__ + ", numpy " + np.__version__ + ").",
           "// Do not edit: change the script and run it again.",
           "// </auto-generated>",
           "using Labs.Imaging;",
           "",
           "namespace Lab.Hidden.Tests.Reference;",
           "",
           "/// <summary>Results of scipy.ndimage on small inputs, the independent oracle of the hidden tests.</summary>",
           "internal static class ScipyReference",
           "{",
           "    /// <summary>The input of every per-condition reference below: 9 wide, 6 high, values in [0, 255).</summary>",
           "    public static readonly double[,] Small = " + array2d(small, 4) + ";",
           ""]

    sigmas = [0.3, 0.5, 0.62, 0.63, 1.0, 1.3, 2.5, 3.7]
    out.append("    /// <summary>gaussian_filter1d's weights (truncate 4) for each σ.</summary>")
    out.append("    public static readonly Dictionary<double, double[]> GaussianKernels = new()")
    out.append("    {")
    for s in sigmas:
        out.append(f"        [{number(s)}] = [{', '.join(number(v) for v in gaussian_kernel(s))}],")
    out.append("    };")
    out.append("")

    out.append(per_mode("GaussianSigma08", "gaussian_filter(Small, 0.8)", lambda m: ndi.gaussian_filter(small, 0.8, mode=m)))
    out.append("")
    out.append(per_mode("GaussianSigma22", "gaussian_filter(Small, 2.2): radius 9, more than the image's 6 rows",
                        lambda m: ndi.gaussian_filter(small, 2.2, mode=m)))
    out.append("")
    out.append(per_mode("SobelX", "sobel(Small, axis=1), the derivative along x", lambda m: ndi.sobel(small, axis=1, mode=m)))
    out.append("")
    out.append(per_mode("SobelY", "sobel(Small, axis=0), the derivative along y", lambda m: ndi.sobel(small, axis=0, mode=m)))
    out.append("")
    out.append(per_mode("SobelMagnitude", "hypot(sobel(Small, axis=1), sobel(Small, axis=0))",
                        lambda m: np.hypot(ndi.sobel(small, axis=1, mode=m), ndi.sobel(small, axis=0, mode=m))))
    out.append("")
    for size in (2, 3, 4):
        out.append(per_mode(f"UniformSize{size}", f"uniform_filter(Small, {size})", lambda m, size=size: ndi.uniform_filter(small, size, mode=m)))
        out.append("")
    out.append(per_mode("DogSigma1And16", "gaussian_filter(Small, 1) − gaussian_filter(Small, 1.6)",
                        lambda m: ndi.gaussian_filter(small, 1.0, mode=m) - ndi.gaussian_filter(small, 1.6, mode=m)))
    out.append("")
    out.append(per_mode("DogSigma2And12", "gaussian_filter(Small, 2) − gaussian_filter(Small, 1.2): σ1 > σ2, so the sign flips",
                        lambda m: ndi.gaussian_filter(small, 2.0, mode=m) - ndi.gaussian_filter(small, 1.2, mode=m)))
    out.append("")

    retina = load_gray_png(os.path.join(LAB, "images", "microaneurysms.png"))
    negative = 255.0 - retina
    for sigma, threshold, name in [(1.0, 8.0, "RetinaSpotsSigma1Threshold8"), (1.5, 5.0, "RetinaSpotsSigma15Threshold5"),
                                   (2.0, 3.0, "RetinaSpotsSigma2Threshold3")]:
        found = spots(negative, sigma, threshold)
        out.append(f"    /// <summary>The spots of 255 − microaneurysms.png with σ = {sigma}, threshold {threshold} ({len(found)} spots), strongest first: (x, y, response).</summary>")
        out.append(f"    public static readonly (int X, int Y, double Response)[] {name} =")
        out.append("    [")
        for x, y, v in found:
            out.append(f"        ({x}, {y}, {number(v)}),")
        out.append("    ];")
        out.append("")
        print(f"{name}: {len(found)} spots, first {found[:3]}")

    out[-1] = "}"
    with open(os.path.join(HERE, "ScipyReference.cs"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")

    check_snapshots()


def check_snapshots():
    """Compares the committed snapshots with scipy (rounded half away from zero and clipped to 0..255, as Snapshot does)."""
    camera = load_gray_png(os.path.join(LAB, "images", "camera.png"))[40:296, 120:376]  # TestImages.CameraDetail
    expected = {
        "GaussianTests.Camera_detail_blurred_with_sigma_2.verified.png": ndi.gaussian_filter(camera, 2.0, mode="mirror"),
        "SobelTests.Camera_detail_edges_are_the_Sobel_magnitude_divided_by_4.verified.png":
            np.hypot(ndi.sobel(camera, axis=1, mode="reflect"), ndi.sobel(camera, axis=0, mode="reflect")) / 4,
    }
    for name, values in expected.items():
        path = os.path.join(LAB, "Lab.Tests", name)
        if not os.path.exists(path):
            print(f"{name}: not there yet")
            continue
        rounded = np.clip(np.sign(values) * np.floor(np.abs(values) + 0.5), 0, 255)
        difference = np.abs(load_gray_png(path) - rounded)
        print(f"{name}: largest difference from scipy {difference.max():g}, pixels that differ {int((difference > 0).sum())}")
        assert difference.max() <= 1, name


if __name__ == "__main__":
    main()
