const html = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * Prints a code as the card that hangs where it is scanned (a shop's door, a patrol point): the name,
 * what the code is for, and the QR large enough to scan from a step away. A window of its own, so the
 * page's layout stays out.
 */
export function printCodeCard(card: { name: string; address: string; hint: string; qr: string }): boolean {
  const win = window.open('', '_blank', 'width=480,height=640');
  if (!win) return false;
  win.document.write(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${html(card.name)}</title>
<style>body{font-family:sans-serif;text-align:center;margin:24px}h1{font-size:28px;margin:8px 0}
p{color:#444;margin:4px 0}img{width:300px;height:300px;margin:16px auto;display:block}</style></head>
<body><h1>${html(card.name)}</h1><p>${html(card.address)}</p><img src="${card.qr}" alt=""><p>${html(card.hint)}</p></body></html>`);
  win.document.close();
  win.focus();
  win.onload = () => win.print();
  return true;
}
