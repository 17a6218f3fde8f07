namespace Labs.Testing;

/// <summary>
/// The script of a visual report page, embedded in the page itself. It decodes the exact pixel values (little-endian
/// 64-bit floats in base64), draws them on canvases, and wires zoom, pan, readout, sliders and the red-overlay mode.
/// </summary>
internal static class ReportScript
{
    /// <summary>JavaScript for report and viewer pages; exposes <c>window.labsReport</c> for tests.</summary>
    public const string JavaScript = """

        (() => {
          'use strict';
          const data = JSON.parse(document.getElementById('labs-data').textContent);
          const byId = (id) => document.getElementById(id);
          const sections = Array.from(document.querySelectorAll('section.panel'));

          const decode = (text) => {
            const binary = atob(text);
            const bytes = new Uint8Array(binary.length);
            for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
            return new Float64Array(bytes.buffer);
          };

          const panels = data.panels.map((p, index) => {
            const section = sections[index];
            const canvas = section.querySelector('canvas.image');
            return Object.assign({}, p, {
              index, section, canvas,
              context: canvas.getContext('2d'),
              values: decode(p.pixels),
              plane: p.width * p.height,
              viewport: section.querySelector('.viewport'),
              marker: section.querySelector('.marker'),
              readout: section.querySelector('.readout'),
              histogramCanvas: section.querySelector('canvas.histogram'),
              legendLow: section.querySelector('.legend-low'),
              legendHigh: section.querySelector('.legend-high'),
            });
          });

          const settings = { brightness: 0, contrast: 0, shared: false, overlay: false, tolerance: data.tolerance };
          const view = { scale: 1, tx: 0, ty: 0, fit: 1 };
          const imagePanels = panels.filter((p) => p.role === 'image');
          const shared = {
            lo: Math.min(...imagePanels.map((p) => p.lo)),
            hi: Math.max(...imagePanels.map((p) => p.hi)),
          };

          const formatValue = (v) => Number.isNaN(v) ? 'NaN' : String(v);
          const formatShort = (v) => Number.isFinite(v) ? String(Number(v.toPrecision(4))) : String(v);

          // The value range mapped to black..white (or to the ends of the diverging map for a difference).
          const windowOf = (p) => {
            const factor = Math.pow(2, settings.contrast);
            if (p.role === 'difference') {
              const extent = (p.abs > 0 ? p.abs : 1) / factor;
              return { lo: -extent, hi: extent };
            }
            let lo = settings.shared ? shared.lo : p.lo;
            let hi = settings.shared ? shared.hi : p.hi;
            let span = hi - lo;
            if (!(span > 0)) span = Math.max(Math.abs(lo), 1);
            const centre = (lo + hi) / 2 - settings.brightness * span;
            const width = span / factor;
            return { lo: centre - width / 2, hi: centre + width / 2 };
          };

          // For RGB differences the channel with the largest |difference| is shown (NaN first).
          const differenceAt = (p, i) => {
            const v = p.values;
            if (p.channels === 1) return v[i];
            let best = v[i];
            for (let c = 1; c < p.channels; c++) {
              const d = v[i + c * p.plane];
              if (Number.isNaN(best)) break;
              if (Number.isNaN(d) || Math.abs(d) > Math.abs(best)) best = d;
            }
            return best;
          };

          const exceeds = (p, i) => {
            for (let c = 0; c < p.channels; c++) {
              const d = p.values[i + c * p.plane];
              if (Number.isNaN(d) || Math.abs(d) > settings.tolerance) return true;
            }
            return false;
          };

          const overlayFor = (p) => data.overlays.find((o) => o.target === p.index);

          const render = (p) => {
            const image = p.context.createImageData(p.width, p.height);
            const out = image.data;
            const v = p.values;
            const n = p.plane;
            const win = windowOf(p);
            const scale = 255 / (win.hi - win.lo);
            const gray = (x) => x <= win.lo ? 0 : x >= win.hi ? 255 : Math.round((x - win.lo) * scale);
            const overlay = settings.overlay ? overlayFor(p) : undefined;
            const differences = overlay ? panels[overlay.difference] : undefined;
            for (let i = 0; i < n; i++) {
              let r; let g; let b;
              if (p.role === 'difference') {
                const d = differenceAt(p, i);
                if (Number.isNaN(d)) { r = 255; g = 0; b = 255; } else {
                  const t = Math.max(-1, Math.min(1, d / win.hi));
                  if (t >= 0) { r = 255; g = b = Math.round(255 * (1 - t)); } else { b = 255; r = g = Math.round(255 * (1 + t)); }
                }
              } else if (p.channels === 3) {
                const x = v[i]; const y = v[i + n]; const z = v[i + 2 * n];
                if (Number.isNaN(x) || Number.isNaN(y) || Number.isNaN(z)) { r = 255; g = 0; b = 255; } else { r = gray(x); g = gray(y); b = gray(z); }
              } else {
                const x = v[i];
                if (Number.isNaN(x)) { r = 255; g = 0; b = 255; } else { r = g = b = gray(x); }
              }
              if (differences && exceeds(differences, i)) { r = 235; g = 20; b = 20; }
              out[4 * i] = r; out[4 * i + 1] = g; out[4 * i + 2] = b; out[4 * i + 3] = 255;
            }
            p.context.putImageData(image, 0, 0);
            if (p.legendLow) { p.legendLow.textContent = formatShort(win.lo); p.legendHigh.textContent = formatShort(win.hi); }
          };

          const drawHistogram = (p) => {
            const canvas = p.histogramCanvas;
            if (!canvas || !p.histograms) return;
            const context = canvas.getContext('2d');
            const w = canvas.width; const h = canvas.height;
            context.fillStyle = '#f8f9fb';
            context.fillRect(0, 0, w, h);
            const colours = p.channels === 3
              ? ['rgba(220, 38, 38, 0.55)', 'rgba(22, 163, 74, 0.55)', 'rgba(37, 99, 235, 0.55)']
              : [p.role === 'difference' ? '#7c5cc4' : '#3d5a80'];
            let peak = 1;
            for (const histogram of p.histograms) for (const c of histogram.counts) peak = Math.max(peak, c);
            p.histograms.forEach((histogram, channel) => {
              context.fillStyle = colours[channel];
              const bins = histogram.counts.length;
              histogram.counts.forEach((count, k) => {
                if (count === 0) return;
                const x0 = Math.floor((k * w) / bins);
                const x1 = Math.max(x0 + 1, Math.floor(((k + 1) * w) / bins) - (bins <= w / 3 ? 1 : 0));
                const height = Math.max(1, Math.round((count / peak) * (h - 6)));
                context.fillRect(x0, h - height, x1 - x0, height);
              });
            });
            // The current display window (brightness/contrast) as two orange lines.
            const first = p.histograms[0];
            const win = windowOf(p);
            const toX = (value) => ((value - first.lower) / (first.upper - first.lower)) * w;
            context.strokeStyle = '#e8590c';
            context.lineWidth = 2;
            for (const value of [win.lo, win.hi]) {
              const x = toX(value);
              if (x >= 0 && x <= w) { context.beginPath(); context.moveTo(x, 0); context.lineTo(x, h); context.stroke(); }
            }
          };

          const updateMismatch = () => {
            const output = byId('mismatch');
            if (!output) return;
            let count = 0; let total = 0;
            for (const overlay of data.overlays) {
              const p = panels[overlay.difference];
              total += p.plane;
              for (let i = 0; i < p.plane; i++) if (exceeds(p, i)) count++;
            }
            output.textContent = count + ' of ' + total + ' pixels differ';
          };

          const renderAll = () => {
            panels.forEach(render);
            panels.forEach(drawHistogram);
            updateMismatch();
          };

          let cursor = null;
          const placeMarker = (p) => {
            if (!cursor) { p.marker.style.display = 'none'; return; }
            const x = Math.floor(cursor.x / p.step); const y = Math.floor(cursor.y / p.step);
            if (x < 0 || y < 0 || x >= p.width || y >= p.height) { p.marker.style.display = 'none'; return; }
            const size = Math.max(3, view.scale * p.step);
            p.marker.style.display = 'block';
            p.marker.style.width = size + 'px';
            p.marker.style.height = size + 'px';
            p.marker.style.transform = 'translate(' + (view.tx + x * p.step * view.scale) + 'px, ' + (view.ty + y * p.step * view.scale) + 'px)';
          };

          const applyView = () => {
            for (const p of panels) {
              p.canvas.style.transform = 'translate(' + view.tx + 'px, ' + view.ty + 'px) scale(' + view.scale * p.step + ')';
              placeMarker(p);
            }
            byId('zoom-value').textContent = formatShort(view.scale) + '×';
          };

          const viewportSize = () => ({ w: panels[0].viewport.clientWidth, h: panels[0].viewport.clientHeight });
          const fullWidth = Math.max(...panels.map((p) => p.originalWidth));
          const fullHeight = Math.max(...panels.map((p) => p.originalHeight));

          const fit = () => {
            const { w, h } = viewportSize();
            view.fit = Math.min(w / fullWidth, h / fullHeight);
            view.scale = view.fit;
            view.tx = (w - fullWidth * view.scale) / 2;
            view.ty = (h - fullHeight * view.scale) / 2;
            applyView();
          };

          const zoomAt = (mx, my, factor) => {
            const scale = Math.min(512, Math.max(view.fit / 8, view.scale * factor));
            const ix = (mx - view.tx) / view.scale; const iy = (my - view.ty) / view.scale;
            view.scale = scale;
            view.tx = mx - ix * scale;
            view.ty = my - iy * scale;
            applyView();
          };

          const describe = (p) => {
            const x = Math.floor(cursor.x / p.step); const y = Math.floor(cursor.y / p.step);
            if (x < 0 || y < 0 || x >= p.width || y >= p.height) return '(' + cursor.x + ', ' + cursor.y + ') outside the image';
            const i = y * p.width + x;
            const values = [];
            for (let c = 0; c < p.channels; c++) values.push(formatValue(p.values[i + c * p.plane]));
            const text = p.channels === 1 ? values[0] : '(' + values.join(', ') + ')';
            return '(' + x * p.step + ', ' + y * p.step + ') = ' + text;
          };

          const readoutHint = panels[0].readout.innerHTML;
          const showReadout = () => {
            for (const p of panels) {
              if (cursor) p.readout.textContent = describe(p); else p.readout.innerHTML = readoutHint;
              placeMarker(p);
            }
          };

          let drag = null;
          for (const p of panels) {
            const viewport = p.viewport;
            viewport.addEventListener('mousemove', (e) => {
              const rect = viewport.getBoundingClientRect();
              const mx = e.clientX - rect.left - viewport.clientLeft; const my = e.clientY - rect.top - viewport.clientTop;
              cursor = { x: Math.floor((mx - view.tx) / view.scale), y: Math.floor((my - view.ty) / view.scale) };
              showReadout();
            });
            viewport.addEventListener('mouseleave', () => { cursor = null; showReadout(); });
            viewport.addEventListener('mousedown', (e) => {
              if (e.button !== 0) return;
              drag = { x: e.clientX, y: e.clientY };
              document.body.classList.add('dragging');
              e.preventDefault();
            });
            viewport.addEventListener('wheel', (e) => {
              e.preventDefault();
              const rect = viewport.getBoundingClientRect();
              const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
              zoomAt(e.clientX - rect.left - viewport.clientLeft, e.clientY - rect.top - viewport.clientTop, Math.exp(-e.deltaY * unit * 0.002));
            }, { passive: false });
            viewport.addEventListener('dblclick', fit);
          }
          window.addEventListener('mousemove', (e) => {
            if (!drag) return;
            view.tx += e.clientX - drag.x; view.ty += e.clientY - drag.y;
            drag = { x: e.clientX, y: e.clientY };
            applyView();
          });
          window.addEventListener('mouseup', () => { drag = null; document.body.classList.remove('dragging'); });

          const brightness = byId('brightness'); const contrast = byId('contrast');
          const sharedRange = byId('shared-range'); const mode = byId('mode'); const tolerance = byId('tolerance');
          const syncOutputs = () => {
            byId('brightness-value').textContent = (settings.brightness > 0 ? '+' : '') + settings.brightness.toFixed(2);
            byId('contrast-value').textContent = formatShort(Math.pow(2, settings.contrast)) + '×';
          };
          brightness.addEventListener('input', () => { settings.brightness = Number(brightness.value); syncOutputs(); renderAll(); });
          contrast.addEventListener('input', () => { settings.contrast = Number(contrast.value); syncOutputs(); renderAll(); });
          if (sharedRange) sharedRange.addEventListener('change', () => { settings.shared = sharedRange.checked; renderAll(); });
          if (mode) mode.addEventListener('change', () => { settings.overlay = mode.value === 'overlay'; renderAll(); });
          if (tolerance) {
            tolerance.addEventListener('input', () => {
              const value = Number(tolerance.value);
              if (Number.isFinite(value) && value >= 0) { settings.tolerance = value; renderAll(); }
            });
          }
          byId('reset').addEventListener('click', () => {
            settings.brightness = 0; settings.contrast = 0; brightness.value = '0'; contrast.value = '0';
            if (sharedRange) { sharedRange.checked = false; settings.shared = false; }
            syncOutputs(); renderAll(); fit();
          });
          byId('fit').addEventListener('click', fit);

          // For automated checks: where pixel (x, y) of a panel is on the screen.
          const clientPointOf = (index, x, y) => {
            const viewport = panels[index].viewport;
            const rect = viewport.getBoundingClientRect();
            return {
              clientX: rect.left + viewport.clientLeft + view.tx + (x + 0.5) * view.scale,
              clientY: rect.top + viewport.clientTop + view.ty + (y + 0.5) * view.scale,
            };
          };
          const setOverlay = (on) => { settings.overlay = on; if (mode) mode.value = on ? 'overlay' : 'side'; renderAll(); };
          window.labsReport = { panels, view, settings, clientPointOf, setOverlay, fit, zoomAt, renderAll };

          syncOutputs();
          renderAll();
          fit();
        })();

        """;
}
