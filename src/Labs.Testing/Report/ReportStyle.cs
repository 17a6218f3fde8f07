namespace Labs.Testing;

/// <summary>The style sheet of a visual report page, embedded in the page itself (no external files or fonts).</summary>
internal static class ReportStyle
{
    /// <summary>CSS for report and viewer pages.</summary>
    public const string Css = """

        :root { --ink: #1f2933; --muted: #616e7c; --line: #d9dee5; --paper: #ffffff; --back: #eef1f5; --accent: #2f6fde; }
        * { box-sizing: border-box; }
        body { margin: 0; padding: 20px 24px 28px; background: var(--back); color: var(--ink);
               font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
        header { margin-bottom: 12px; }
        h1 { font-size: 20px; margin: 0 0 6px; word-break: break-word; }
        .badge { display: inline-block; padding: 1px 10px; margin-right: 4px; border-radius: 999px; font-size: 13px; font-weight: 600; vertical-align: 2px; }
        .badge.failed { background: #fde8e6; color: #b42318; }
        .badge.passed { background: #e3f6ea; color: #1d7a3e; }
        .details { display: flex; flex-wrap: wrap; gap: 6px 8px; margin: 0; }
        .details div { display: flex; border: 1px solid var(--line); border-radius: 999px; background: var(--paper); overflow: hidden; }
        .details dt { padding: 2px 8px; background: #f4f6f9; color: var(--muted); border-right: 1px solid var(--line); }
        .details dd { margin: 0; padding: 2px 10px; font-weight: 600; }
        .message { margin: 0 0 12px; padding: 10px 12px; background: #fff8f6; border: 1px solid #f3c5bd; border-left: 4px solid #d92d20;
                   border-radius: 6px; white-space: pre-wrap; font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
        .note { margin: 4px 0 10px; color: #8a4b00; }
        .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 12px; padding: 8px 12px; margin-bottom: 14px;
                   background: var(--paper); border: 1px solid var(--line); border-radius: 8px; }
        .toolbar label { display: inline-flex; align-items: center; gap: 6px; color: var(--muted); }
        .toolbar input[type=range] { width: 90px; accent-color: var(--accent); }
        .toolbar input[type=number] { width: 80px; }
        .toolbar output { min-width: 2.8em; color: var(--ink); font-variant-numeric: tabular-nums; }
        .toolbar .zoom { margin-left: auto; color: var(--muted); }
        #mismatch { color: #b42318; font-weight: 600; }
        button, select { font: inherit; padding: 2px 10px; border: 1px solid #c4cbd4; border-radius: 6px; background: #f8f9fb; color: var(--ink); cursor: pointer; }
        button:hover, select:hover { background: #eef2f7; }
        .panels { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
        .panel { width: calc(var(--viewport-width) + 26px); padding: 12px; background: var(--paper); border: 1px solid var(--line);
                 border-radius: 10px; box-shadow: 0 1px 2px rgba(16, 24, 40, 0.06); }
        .panel h2 { display: flex; justify-content: space-between; align-items: baseline; gap: 8px; margin: 0 0 8px; font-size: 15px; }
        .panel h2 .title { overflow-wrap: anywhere; }
        .panel h2 .shape { color: var(--muted); font-weight: 400; font-size: 13px; white-space: nowrap; }
        .viewport { position: relative; width: var(--viewport-width); height: var(--viewport-height); overflow: hidden; cursor: crosshair;
                    border-radius: 6px; border: 1px solid #1f2328; user-select: none; touch-action: none;
                    background: repeating-conic-gradient(#30343b 0% 25%, #282b31 0% 50%) 0 0 / 16px 16px; }
        body.dragging .viewport { cursor: grabbing; }
        .viewport canvas.image { position: absolute; left: 0; top: 0; transform-origin: 0 0; image-rendering: crisp-edges; image-rendering: pixelated; }
        .marker { position: absolute; left: 0; top: 0; display: none; pointer-events: none; transform-origin: 0 0;
                  outline: 2px solid #fbbf24; box-shadow: 0 0 0 3px rgba(0, 0, 0, 0.45); }
        .readout .hint { color: #9aa5b1; font: 12px/1.7 system-ui, "DejaVu Sans", sans-serif; }
        .readout { margin: 6px 0 8px; padding: 3px 8px; min-height: 1.6em; background: #f4f6f9; border-radius: 4px;
                   font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        canvas.histogram { display: block; width: var(--viewport-width); height: 72px; border: 1px solid var(--line); border-radius: 4px; }
        .axis, .legend { display: flex; justify-content: space-between; align-items: center; gap: 8px; color: var(--muted); font-size: 12px;
                         font-variant-numeric: tabular-nums; margin: 2px 0 6px; }
        .legend .ramp { flex: 1; height: 10px; border-radius: 3px; border: 1px solid var(--line);
                        background: linear-gradient(to right, #0000ff, #ffffff 50%, #ff0000); }
        .stats { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; font-size: 13px; }
        .stats th { color: var(--muted); font-weight: 500; text-align: right; padding: 2px 4px; border-bottom: 1px solid var(--line); }
        .stats tbody th { border-bottom: none; text-align: left; }
        .stats td { text-align: right; padding: 2px 4px; }
        .counts { margin: 4px 0 0; color: #8a4b00; font-size: 12px; }
        footer { margin-top: 16px; color: var(--muted); font-size: 12px; }
        .nan-swatch, .ramp-swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -2px; border: 1px solid #999; }
        .nan-swatch { background: #ff00ff; }
        .ramp-swatch { width: 36px; background: linear-gradient(to right, #0000ff, #ffffff 50%, #ff0000); }

        """;
}
