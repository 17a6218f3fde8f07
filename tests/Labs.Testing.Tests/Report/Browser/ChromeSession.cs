using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Labs.Testing.Tests.Report.Browser;

/// <summary>
/// A headless Chromium driven through chromedriver with the W3C WebDriver protocol over plain HTTP on a loopback port:
/// no extra packages, no network beyond 127.0.0.1.
/// </summary>
internal sealed class ChromeSession : IDisposable
{
    public const string InstallHint = "Install chromium and chromium-driver (apt-get install chromium chromium-driver) to run browser tests";

    private static readonly TimeSpan _startTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _driver;
    private readonly HttpClient _http;
    private readonly string _profile;
    private readonly string _session;

    private ChromeSession(Process driver, HttpClient http, string profile, string session)
    {
        _driver = driver;
        _http = http;
        _profile = profile;
        _session = session;
    }

    /// <summary>Finds an executable on PATH, or null.</summary>
    public static string? FindOnPath(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Starts chromedriver on a free loopback port and opens one headless browser session.</summary>
    public static ChromeSession Start(string chromium, string chromedriver, int width, int height)
    {
        var port = FreePort();
        var driver = Process.Start(new ProcessStartInfo(chromedriver, [$"--port={port}", "--allowed-ips=127.0.0.1"])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"Could not start {chromedriver}.");
        driver.OutputDataReceived += (_, _) => { };
        driver.ErrorDataReceived += (_, _) => { };
        driver.BeginOutputReadLine();
        driver.BeginErrorReadLine();

        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(60) };
        var profile = Directory.CreateTempSubdirectory("labs-chromium-").FullName;
        try
        {
            WaitUntilReady(http, driver);
            var capabilities = new
            {
                capabilities = new
                {
                    alwaysMatch = new Dictionary<string, object>
                    {
                        ["browserName"] = "chrome",
                        ["goog:chromeOptions"] = new
                        {
                            binary = chromium,
                            args = new[]
                            {
                                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                                "--disable-component-update", "--disable-sync", "--disable-quic", "--disable-dev-shm-usage",
                                "--hide-scrollbars", "--force-device-scale-factor=1", $"--window-size={width},{height}", $"--user-data-dir={profile}",
                            },
                        },
                    },
                },
            };
            var reply = Send(http, HttpMethod.Post, "session", capabilities);
            var session = reply.GetProperty("sessionId").GetString()!;
            return new ChromeSession(driver, http, profile, session);
        }
        catch
        {
            Stop(driver);
            http.Dispose();
            TryDelete(profile);
            throw;
        }
    }

    /// <summary>Opens <paramref name="path"/> as a file:/// page and waits until it has loaded.</summary>
    public void Open(string path) => Send(HttpMethod.Post, "url", new { url = new Uri(path).AbsoluteUri });

    /// <summary>Runs <paramref name="script"/> (a function body; use <c>return</c>) in the page and returns its result.</summary>
    public JsonElement Execute(string script, params object[] args) =>
        Send(HttpMethod.Post, "execute/sync", new { script, args });

    /// <summary>Resizes the browser window.</summary>
    public void Resize(int width, int height) => Send(HttpMethod.Post, "window/rect", new { width, height });

    /// <summary>Takes a PNG screenshot of the visible page.</summary>
    public byte[] Screenshot() => Convert.FromBase64String(Send(HttpMethod.Get, "screenshot", null).GetString()!);

    public void Dispose()
    {
        try
        {
            Send(HttpMethod.Delete, string.Empty, null);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            // The browser may already be gone; the driver is stopped below either way.
        }

        Stop(_driver);
        _http.Dispose();
        TryDelete(_profile);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitUntilReady(HttpClient http, Process driver)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < _startTimeout)
        {
            if (driver.HasExited)
            {
                throw new InvalidOperationException($"chromedriver stopped at start with exit code {driver.ExitCode}.");
            }

            try
            {
                if (Send(http, HttpMethod.Get, "status", null).GetProperty("ready").GetBoolean())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            Thread.Sleep(100);
        }

        throw new InvalidOperationException($"chromedriver was not ready within {_startTimeout.TotalSeconds} s.");
    }

    private JsonElement Send(HttpMethod method, string command, object? body) =>
        Send(_http, method, command.Length == 0 ? $"session/{_session}" : $"session/{_session}/{command}", body);

    private static JsonElement Send(HttpClient http, HttpMethod method, string path, object? body)
    {
        // chromedriver may drop idle keep-alive connections, so every command gets its own connection.
        using var request = new HttpRequestMessage(method, path);
        request.Headers.ConnectionClose = true;
        if (body is not null)
        {
            // A string body has a Content-Length; chromedriver does not read chunked requests.
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = http.Send(request);
        using var reader = new StreamReader(response.Content.ReadAsStream());
        using var json = JsonDocument.Parse(reader.ReadToEnd());
        var value = json.RootElement.GetProperty("value").Clone();
        if (!response.IsSuccessStatusCode)
        {
            var error = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("message", out var message) ? message.GetString() : value.ToString();
            throw new InvalidOperationException($"WebDriver {method} /{path} failed ({(int)response.StatusCode}): {error}");
        }

        return value;
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }

        process.Dispose();
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary profile is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
