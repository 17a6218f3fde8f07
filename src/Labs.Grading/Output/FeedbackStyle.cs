namespace Labs.Grading.Output;

/// <summary>The style sheet embedded in every <c>feedback.html</c> (no external files, works offline and in print).</summary>
internal static class FeedbackStyle
{
    /// <summary>The CSS text.</summary>
    public const string Css = """
        :root { --pass: #1a7f37; --fail: #cf222e; --muted: #57606a; --line: #d0d7de; --soft: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #fff; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        header { border-bottom: 1px solid var(--line); padding-bottom: 1rem; margin-bottom: 1rem; }
        h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
        h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; display: flex; justify-content: space-between; gap: 1rem; }
        h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
        .score { font-size: 1.25rem; font-weight: 600; }
        .bar { height: .5rem; background: var(--soft); border: 1px solid var(--line); border-radius: .25rem; overflow: hidden; }
        .bar span { display: block; height: 100%; background: var(--pass); }
        .notice { border-left: .25rem solid #bf8700; background: #fff8c5; padding: .5rem .75rem; margin: .75rem 0; border-radius: .25rem; }
        .notice.status { border-color: var(--fail); background: #ffebe9; }
        ul.tests { list-style: none; padding: 0; margin: .5rem 0; }
        ul.tests > li { border: 1px solid var(--line); border-radius: .375rem; padding: .5rem .75rem; margin: .5rem 0; }
        ul.tests > li.pass { border-left: .25rem solid var(--pass); }
        ul.tests > li.fail { border-left: .25rem solid var(--fail); }
        .mark { font-weight: 700; margin-right: .25rem; }
        .pass .mark { color: var(--pass); }
        .fail .mark { color: var(--fail); }
        .points { float: right; color: var(--muted); font-variant-numeric: tabular-nums; }
        .outcome, .tag, .criterion, footer, .summary { color: var(--muted); }
        .tag { font-size: .8rem; border: 1px solid var(--line); border-radius: 1rem; padding: 0 .5rem; margin-left: .25rem; }
        pre { background: var(--soft); border: 1px solid var(--line); border-radius: .375rem; padding: .5rem .75rem; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
        code, pre { font: .875rem/1.45 ui-monospace, SFMono-Regular, Consolas, monospace; }
        table { border-collapse: collapse; margin: .5rem 0; }
        td, th { border: 1px solid var(--line); padding: .25rem .75rem; text-align: left; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        footer { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: .5rem; font-size: .875rem; }
        """;
}
