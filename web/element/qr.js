// A QR code made on the device, never by a remote service: Nayuki's QR Code generator (npm
// `nayuki-qr-code-generator`, copied into the site by scripts/assemble-site.mjs) encodes, and the
// symbol is drawn as an SVG built with DOM calls (no markup parsing).

import qrcodegen from '../third-party/nayuki-qr-code-generator.js';

const SVG = 'http://www.w3.org/2000/svg';
const QUIET_ZONE = 4; // modules of light margin the standard asks for around the symbol

function svgNode(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** An <svg role="img"> of `text` as a QR code (error correction level M), named by `label`. */
export function qrCodeImage(text, label) {
  const code = qrcodegen.QrCode.encodeText(text, qrcodegen.QrCode.Ecc.MEDIUM);
  const size = code.size + 2 * QUIET_ZONE;
  let path = '';
  for (let y = 0; y < code.size; y += 1) {
    for (let x = 0; x < code.size; x += 1) {
      if (code.getModule(x, y)) path += `M${x + QUIET_ZONE} ${y + QUIET_ZONE}h1v1h-1z`;
    }
  }
  const image = svgNode('svg', {
    viewBox: `0 0 ${size} ${size}`,
    role: 'img',
    'aria-label': label,
    'shape-rendering': 'crispEdges',
    class: 'qr',
  });
  image.append(
    svgNode('rect', { width: size, height: size, fill: '#fff' }),
    svgNode('path', { d: path, fill: '#000' }),
  );
  return image;
}
