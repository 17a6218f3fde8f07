namespace Labs.Testing;

/// <summary>One line of the report index: a page written during a test run.</summary>
/// <param name="Page">Path of the page relative to the results folder, with '/' separators.</param>
/// <param name="Title">Heading of the page.</param>
/// <param name="Kind">"failed", "passed" or "viewer".</param>
/// <param name="Test">Full name of the test that wrote the page, or null outside a test.</param>
/// <param name="Student">Student id shown on the page, or null.</param>
/// <param name="Written">When the page was written.</param>
/// <param name="Run">Identifies the test process that wrote the page, so pages of earlier runs can be told apart.</param>
internal sealed record ReportEntry(string Page, string Title, string Kind, string? Test, string? Student, DateTimeOffset Written, string Run);
