/**
 * Web addresses in text the app shows. The app sends nobody to a web page: no request leaves its
 * origin, and a link in a message is how the known "your POS must be upgraded" scams begin. Text
 * from outside the app's own sources (a provider's file) is refused when it holds one; the guide
 * contract test holds the guides to the same rule. Pure.
 */

/** The endings of the addresses a merchant in China meets (a made-up ending is not a risk). */
const ENDINGS =
  'com|cn|net|org|io|top|xyz|vip|shop|info|biz|cc|co|me|tv|app|site|online|ltd|club|link|hk|tw|mo';

const WEB_ADDRESS = new RegExp(
  [
    // Any scheme with an authority: http://, https://, weixin://…
    String.raw`\b[a-z][a-z0-9+.-]*:\/\/`,
    String.raw`\bwww\.`,
    // A host name: example.com, pay.example.com.cn (ASCII labels, a known ending)
    String.raw`\b(?:[a-z0-9-]+\.)+(?:${ENDINGS})\b`,
    // Chinese endings: 例子.中国, 例子.公司
    String.raw`\.(?:中国|公司|网络)`,
  ].join('|'),
  'i',
);

/** The first web address in the text (full-width forms read as ASCII), or null. */
export function findWebAddress(text: string): string | null {
  const m = WEB_ADDRESS.exec(text.normalize('NFKC'));
  return m ? m[0] : null;
}
