/** An on-page SVG chart as a PNG data URL (text colours from CSS inlined; the page background behind). */
export async function svgPng(svg: SVGSVGElement, background = '#0f1720', scale = 2): Promise<string> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const from = svg.querySelectorAll('text');
  clone.querySelectorAll('text').forEach((t, i) => {
    const cs = getComputedStyle(from[i]!);
    t.setAttribute('fill', cs.fill);
    t.setAttribute('font-family', cs.fontFamily);
  });
  const box = svg.viewBox.baseVal;
  const w = box?.width || svg.clientWidth;
  const h = box?.height || svg.clientHeight;
  clone.setAttribute('width', String(w));
  clone.setAttribute('height', String(h));
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  const img = new Image();
  await new Promise<void>((ok, fail) => {
    img.onload = () => ok();
    img.onerror = () => fail(new Error('the chart could not be drawn as an image'));
    img.src = url;
  });
  const c = document.createElement('canvas');
  c.width = Math.round(w * scale);
  c.height = Math.round(h * scale);
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.drawImage(img, 0, 0, c.width, c.height);
  return c.toDataURL('image/png');
}
