// Reading what a test printed: the PDF's pages and text with Mozilla's PDF.js (pdfjs-dist), a
// page drawn to pixels, and QR codes found in pixels with jsQR. Test-only tools.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

const open = (bytes) => getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;

/** { pages, text, smallestFontSize (pt) } of a PDF. */
export async function readPdf(bytes) {
  const pdf = await open(bytes);
  const texts = [];
  let smallestFontSize = Infinity;
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) {
      if (!item.str.trim()) continue;
      smallestFontSize = Math.min(smallestFontSize, Math.hypot(item.transform[2], item.transform[3]));
    }
    texts.push(content.items.map((item) => item.str + (item.hasEOL ? '\n' : '')).join(''));
  }
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, text: texts.join('\n'), smallestFontSize };
}

/** The PDF's first page drawn at `scale` (1 = 72 dpi): { png (bytes), rgba, width, height }. */
export async function drawFirstPage(bytes, scale = 2) {
  const pdf = await open(bytes);
  const page = await pdf.getPage(1);
  const viewport = page.getViewport({ scale });
  const { canvas, context } = pdf.canvasFactory.create(viewport.width, viewport.height);
  await page.render({ canvasContext: context, viewport }).promise;
  const { data, width, height } = context.getImageData(0, 0, viewport.width, viewport.height);
  const png = canvas.toBuffer('image/png');
  await pdf.destroy();
  return { png, rgba: new Uint8ClampedArray(data), width, height };
}

/** The text of the QR code in RGBA pixels, or null. */
export function decodeQr({ rgba, width, height }) {
  return jsQR(rgba, width, height)?.data ?? null;
}

/** RGBA pixels of a PNG (a screenshot). */
export function pngPixels(bytes) {
  const { data, width, height } = PNG.sync.read(bytes);
  return { rgba: new Uint8ClampedArray(data), width, height };
}
